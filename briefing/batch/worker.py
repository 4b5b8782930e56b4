"""Briefing a list of inputs and writing their outputs: the work one process does.

The same :class:`Processor` runs in the main process (one worker, or a model loaded once),
in each pool worker (extractive engine, ``--workers N``) and in each Ray actor
(``--executor ray``). Every input succeeds or fails on its own: a failure becomes an error
record, never an exception out of :meth:`run`.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.batch.fsio import atomic_write
from briefing.batch.index import task_rows
from briefing.batch.manifest import content_hash
from briefing.errors import BriefingError, InputError, InputTooLargeError
from briefing.io.detect import MAX_INPUT_BYTES, read_bytes
from briefing.pipeline import Briefer
from briefing.render import render
from briefing.types import SCHEMA_VERSION, Document, Extraction, Segmented, Summary

log = logging.getLogger("briefing")


def settings_of(briefer: Briefer, *, engine: str | None = None) -> dict[str, Any]:
    """What shapes a briefing's content; a change to any of these redoes every input.

    ``engine`` stands in for ``briefer.summarizer.describe()`` when the caller knows it
    without loading the model (the Ray driver, whose actors load it; each actor checks it).
    """
    from briefing import __version__

    return {
        "briefing": __version__,
        "schema": SCHEMA_VERSION,
        "engine": engine if engine is not None else briefer.summarizer.describe(),
        "requested_engine": briefer.engine,
        "model": briefer.model,
        "backend": briefer.backend,
        "max_chars": briefer.max_chars,
        "condense": briefer.condense,
    }


@dataclass(frozen=True)
class Job:
    key: str
    path: str
    #: format -> output path relative to OUT_DIR
    outputs: Mapping[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "path": self.path, "outputs": dict(self.outputs)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Job:
        return cls(key=d["key"], path=d["path"], outputs=dict(d["outputs"]))


@dataclass
class Outcome:
    key: str
    sha256: str | None = None
    #: The manifest entry, on success.
    entry: dict[str, Any] | None = None
    #: ``{"path", "error", "code", "message"}``, on failure.
    error: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "sha256": self.sha256, "entry": self.entry, "error": self.error}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Outcome:
        return cls(key=d["key"], sha256=d.get("sha256"), entry=d.get("entry"), error=d.get("error"))


def error_record(key: str, exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, BriefingError):
        return {"path": key, "error": type(exc).__name__, "code": exc.code, "message": exc.message}
    # Not a user's mistake but a bug met on this input: record it and go on with the rest.
    return {"path": key, "error": type(exc).__name__, "code": None, "message": str(exc) or repr(exc)}


class Processor:
    """Reads, briefs, renders and writes a chunk of jobs with one :class:`Briefer`.

    ``base`` is the folder relative input paths are read from when this process does not
    run where the paths were listed (a Ray actor on another node, or in another working
    folder); the path as listed is still what a briefing names as its source, so the
    outputs do not depend on where they were made.
    """

    def __init__(self, briefer: Briefer, out_dir: str, settings: str, *, base: str | None = None) -> None:
        self.briefer = briefer
        self.out_dir = out_dir
        self.settings = settings
        self.base = base

    def read(self, path: str) -> tuple[str, Document]:
        """The document and the hash of exactly the bytes it was made from."""
        where = os.path.join(self.base, path) if self.base else path
        try:
            if os.path.isdir(where):
                raise InputError("is a folder, not a file", path=path)
            with open(where, "rb") as fh:
                data = fh.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise InputError(f"cannot read the file ({exc.strerror or exc})", path=path) from exc
        if len(data) > MAX_INPUT_BYTES:
            raise InputTooLargeError(f"the file is over the limit of {MAX_INPUT_BYTES:,} bytes", path=path)
        doc = read_bytes(data, source=path, suffix=Path(path).suffix, max_chars=self.briefer.max_chars)
        return content_hash(data), doc

    def run(self, jobs: Sequence[Job]) -> list[Outcome]:
        outcomes = [Outcome(j.key) for j in jobs]
        ready: list[tuple[int, Segmented, Extraction]] = []
        for i, job in enumerate(jobs):
            try:
                outcomes[i].sha256, doc = self.read(job.path)
                seg, ex = self.briefer.analyse(doc)
                ready.append((i, seg, ex))
            except Exception as exc:  # noqa: BLE001 - one bad input must not stop the others
                outcomes[i].error = error_record(job.key, exc)
        for (i, seg, ex), summary in zip(ready, self._summaries(ready, outcomes, jobs), strict=True):
            if summary is None:
                continue
            job = jobs[i]
            try:
                b = self.briefer.assemble(seg, ex, summary)
                for fmt, rel in job.outputs.items():
                    atomic_write(self.out_dir, rel, render(b, fmt))
                outcomes[i].entry = {
                    "key": job.key,
                    "sha256": outcomes[i].sha256,
                    "settings": self.settings,
                    "outputs": dict(sorted(job.outputs.items())),
                    "tasks": task_rows(b, file=job.key, output=job.outputs.get("md")),
                }
            except Exception as exc:  # noqa: BLE001
                outcomes[i].error = error_record(job.key, exc)
        return outcomes

    def _summaries(self, ready: list[tuple[int, Segmented, Extraction]], outcomes: list[Outcome],
                   jobs: Sequence[Job]) -> list[Summary | None]:
        """Summaries of the whole chunk at once (a model batches them); when that fails,
        one by one, so that only the input at fault is lost (its summary is ``None``)."""
        if not ready:
            return []
        summarizer = self.briefer.summarizer
        try:
            return list(summarizer.summarize_many([seg for _, seg, _ in ready]))
        except Exception:  # one by one below finds the input at fault
            log.debug("batched summaries failed; retrying one by one", exc_info=True)
        out: list[Summary | None] = []
        for i, seg, _ in ready:
            try:
                out.append(summarizer.summarize(seg))
            except Exception as exc:  # noqa: BLE001
                outcomes[i].error = error_record(jobs[i].key, exc)
                out.append(None)
        return out


# -- pool workers ------------------------------------------------------------------------
_PROCESSOR: Processor | None = None


def init_worker(briefer_kwargs: dict[str, Any], out_dir: str, settings: str) -> None:
    """Pool initializer: one Briefer per worker process, built once."""
    global _PROCESSOR  # noqa: PLW0603 - one per pool process, read by run_chunk
    logging.getLogger("briefing").setLevel(logging.ERROR)  # notices were shown by the parent
    _PROCESSOR = Processor(Briefer(**briefer_kwargs), out_dir, settings)


def run_chunk(jobs: Sequence[Job]) -> list[Outcome]:
    assert _PROCESSOR is not None, "init_worker was not called"
    return _PROCESSOR.run(jobs)
