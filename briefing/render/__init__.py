"""Renderers: one module per output format (Markdown, JSON, plain text)."""
from __future__ import annotations

from typing import Callable

from briefing.types import Briefing

FORMATS = ("md", "json", "text")


def render(briefing: Briefing, fmt: str) -> str:
    """The briefing in ``fmt`` (``md``, ``json`` or ``text``), ending with a newline."""
    renderers: dict[str, Callable[[Briefing], str]]
    from briefing.render.json import to_json
    from briefing.render.markdown import to_markdown
    from briefing.render.text import to_text

    renderers = {"md": to_markdown, "markdown": to_markdown, "json": to_json, "text": to_text, "txt": to_text}
    try:
        out = renderers[fmt](briefing)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return out if out.endswith("\n") else out + "\n"
