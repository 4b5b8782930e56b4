"""Renderers: one module per output format (Markdown, JSON, plain text, HTML)."""
from __future__ import annotations

from collections.abc import Callable

from briefing.types import Briefing

FORMATS = ("md", "json", "text", "html")


def render(briefing: Briefing, fmt: str, *, evidence: bool = False) -> str:
    """The briefing in ``fmt`` (``md``, ``json``, ``text`` or ``html``), ending with a newline.

    ``evidence`` adds each task's source sentence, as numbered notes, to the short ``md``
    and ``text`` briefings (the JSON always has it).
    """
    renderers: dict[str, Callable[[Briefing], str]]
    from briefing.render.html import to_html
    from briefing.render.json import to_json
    from briefing.render.markdown import to_markdown
    from briefing.render.text import to_text

    def md(b: Briefing) -> str:
        return to_markdown(b, evidence=evidence)

    def text(b: Briefing) -> str:
        return to_text(b, evidence=evidence)

    renderers = {"md": md, "markdown": md, "json": to_json, "text": text, "txt": text, "html": to_html}
    try:
        out = renderers[fmt](briefing)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    return out if out.endswith("\n") else out + "\n"
