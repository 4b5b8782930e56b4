"""Summarization engines behind one interface, and :func:`load_summarizer` to pick one.

Nothing here imports torch or transformers: the abstractive engine's module is imported
only once a model has been found, so the extractive path stays fast.
"""
from __future__ import annotations

from collections.abc import Callable

from briefing.errors import BriefingError, ModelNotFoundError
from briefing.summarize.base import Summarizer
from briefing.summarize.extractive import ExtractiveSummarizer
from briefing.summarize.registry import DEFAULT_MODEL, download_command

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
    extractive engine with one notice otherwise. A model asked for by name (``model`` or
    ``$BRIEFING_MODEL``) that is not on disk is an error with either engine, as is
    ``abstractive`` with no model at all: the user asked for something we cannot give.
    """
    if engine not in ENGINES:
        raise BriefingError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "extractive":
        return ExtractiveSummarizer()
    from briefing.summarize.resolve import resolve_model

    resolved = resolve_model(model)
    if resolved is None:
        if engine == "abstractive":
            raise ModelNotFoundError(
                f"no summarization model found; get the default one with `{download_command(DEFAULT_MODEL)}` "
                "or pass --model FOLDER"
            )
        if on_notice is not None:
            on_notice(f"no summarization model found, using the extractive engine; "
                      f"get one with `{download_command(DEFAULT_MODEL)}`")
        return ExtractiveSummarizer()
    from briefing.summarize.seq2seq import AbstractiveSummarizer

    return AbstractiveSummarizer.load(resolved, backend=backend, device=device, threads=threads)
