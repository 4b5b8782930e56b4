"""Options shared by several commands, so they read and behave the same everywhere."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from briefing.pipeline import DEFAULT_MAX_CHARS
from briefing.summarize import ENGINES

F = TypeVar("F", bound=Callable[..., Any])


def engine_options(fn: F) -> F:
    """--engine, --model, --backend, --device, --threads, --max-chars."""
    for decorator in reversed(
        [
            click.option("--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
                         help="Summarizer: the model when one is found (auto), or force one."),
            click.option("--model", "model", metavar="NAME_OR_PATH", default=None,
                         help="Registry name, model folder or hub id (default: $BRIEFING_MODEL, then models/)."),
            click.option("--backend", type=click.Choice(["torch", "ct2"]), default="torch", show_default=True,
                         help="Runtime for the abstractive engine (ct2 = CTranslate2, faster on CPU)."),
            click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True,
                         help="Where the model runs."),
            click.option("--threads", type=click.IntRange(min=1), default=None, help="CPU threads for the model."),
            click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
                         help="Refuse reports longer than this many characters."),
        ]
    ):
        fn = decorator(fn)
    return fn


def briefer_kwargs(engine: str, model: str | None, backend: str, device: str, threads: int | None,
                   max_chars: int | None) -> dict[str, Any]:
    return {
        "engine": engine,
        "model": model,
        "backend": backend,
        "device": None if device == "auto" else device,
        "threads": threads,
        "max_chars": max_chars,
    }
