"""The Briefer: read -> normalize -> segment -> extract -> summarize -> assemble, in order.

A :class:`Briefer` holds what is expensive to set up (a loaded model) so that many reports
can go through it; the module-level :func:`brief`, :func:`brief_file` and
:func:`brief_many` make a throw-away one.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from briefing.errors import BriefingError
from briefing.extract import extract
from briefing.summarize.base import Summarizer
from briefing.summarize.compose import meeting_summary
from briefing.summarize.directions import assigner_line, group_tasks
from briefing.text.normalize import normalize
from briefing.text.segment import segment
from briefing.types import AssignerLine, Briefing, Document, Extraction, Segmented, Summary

log = logging.getLogger("briefing")

#: Default bound on the text of one report, in characters (about 1,000 pages); see README.
DEFAULT_MAX_CHARS = 2_000_000


class Briefer:
    """Makes briefings; reuse one to keep the summarization model loaded between calls.

    Args:
        engine: ``"auto"`` (the abstractive model when one is found, else extractive),
            ``"extractive"`` or ``"abstractive"``.
        model: a registry name, a local folder or a hub id (``model_name_or_path``).
        backend: ``"torch"`` or ``"ct2"`` (CTranslate2) for the abstractive engine.
        device: ``"cpu"``, ``"cuda"`` or ``None`` to pick automatically.
        threads: CPU threads for the model (``None``: the library default).
        max_chars: refuse texts longer than this (``None``: no limit).
        condense: complete the summary with who reported and directed what, and add one
            condensed line per assigner (``False``: the engine's summary alone, as
            ``briefing evaluate`` scores it).
        on_notice: called with one-line notices meant for the user (e.g. "no model found,
            using extractive"); by default they go to the ``briefing`` logger.
        summarizer: a ready :class:`Summarizer` to use instead of building one.
    """

    def __init__(
        self,
        engine: str = "auto",
        model: str | None = None,
        *,
        backend: str = "torch",
        device: str | None = None,
        threads: int | None = None,
        max_chars: int | None = DEFAULT_MAX_CHARS,
        condense: bool = True,
        on_notice: Callable[[str], None] | None = None,
        summarizer: Summarizer | None = None,
    ) -> None:
        self.engine = engine
        self.model = model
        self.backend = backend
        self.device = device
        self.threads = threads
        self.max_chars = max_chars
        self.condense = condense
        self.on_notice = on_notice or log.warning
        self._summarizer = summarizer

    @property
    def summarizer(self) -> Summarizer:
        """The summarization engine, loaded on first use."""
        if self._summarizer is None:
            from briefing.summarize import load_summarizer

            self._summarizer = load_summarizer(
                self.engine,
                self.model,
                backend=self.backend,
                device=self.device,
                threads=self.threads,
                on_notice=self.on_notice,
            )
        return self._summarizer

    # -- the stages -------------------------------------------------------------------
    def read(self, path: str | os.PathLike[str]) -> Document:
        from briefing.io import read

        return read(path, max_chars=self.max_chars)

    def document_from_text(self, text: str, *, title: str | None = None, source: str | None = None,
                           published: str | None = None) -> Document:
        from briefing.errors import EmptyInputError, InputTooLargeError
        from briefing.io.text import first_line_title

        text = normalize(text)
        if not text.strip():
            raise EmptyInputError("the text is empty", path=source)
        if self.max_chars is not None and len(text) > self.max_chars:
            raise InputTooLargeError(f"the text has {len(text):,} characters, over the limit of {self.max_chars:,}",
                                     path=source)
        from briefing.io.detect import with_language_warning

        return with_language_warning(Document(text=text, title=normalize(title) if title else first_line_title(text),
                                              source=source, published=published))

    def analyse(self, document: Document) -> tuple[Segmented, Extraction]:
        """Everything but the summary: segmentation and extraction."""
        seg = segment(document)
        return seg, extract(seg)

    def assemble(self, seg: Segmented, ex: Extraction, summary: Summary) -> Briefing:
        """The briefing: the engine's summary, the sentences that complete it with who
        reported and directed what (:func:`~briefing.summarize.compose.meeting_summary`),
        and one condensed line per assigner of two or more tasks, built from the tasks
        themselves for every engine so that a line never says more than its evidence."""
        doc = seg.document
        lines: tuple[AssignerLine, ...] = ()
        added = ""
        if self.condense and ex.tasks:
            lines = tuple(AssignerLine(assigner=a, text=assigner_line(ts))
                          for a, ts in group_tasks(ex.tasks) if len(ts) >= 2)
            added = meeting_summary(summary.text, ex, doc.text)
        return Briefing(
            source=doc.source,
            title=doc.title,
            published=doc.published or ex.published,
            meeting=ex.meeting,
            summary=summary,
            tasks=ex.tasks,
            reports=ex.reports,
            assigner_lines=lines,
            meeting_summary=added,
            warnings=tuple(dict.fromkeys(doc.warnings + ex.warnings + summary.warnings)),
        )

    # -- whole reports ------------------------------------------------------------------
    def brief_document(self, document: Document) -> Briefing:
        seg, ex = self.analyse(document)
        return self.assemble(seg, ex, self.summarizer.summarize(seg))

    def brief(self, text: str, *, title: str | None = None, source: str | None = None,
              published: str | None = None) -> Briefing:
        """A briefing of a report given as a string."""
        return self.brief_document(self.document_from_text(text, title=title, source=source, published=published))

    def brief_file(self, path: str | os.PathLike[str]) -> Briefing:
        """A briefing of a report file (.txt, .html, .docx) or ``"-"`` for stdin."""
        return self.brief_document(self.read(path))

    def brief_many(self, paths: Iterable[str | os.PathLike[str]], *, batch_size: int = 8) -> Iterator[Briefing]:
        """Briefings of many files, lazily, in order; the model sees them in batches.

        A file that fails raises its :class:`~briefing.errors.BriefingError` when reached;
        use :mod:`briefing.batch` to record failures and go on.
        """
        pending: list[tuple[Segmented, Extraction]] = []
        for path in paths:
            try:
                pending.append(self.analyse(self.read(path)))
            except BriefingError:
                # Yield the briefings of the files before this one first, so that the
                # error comes when its file is reached and no earlier briefing is lost.
                yield from self._flush(pending)
                raise
            if len(pending) >= batch_size:
                yield from self._flush(pending)
                pending = []
        if pending:
            yield from self._flush(pending)

    def _flush(self, pending: list[tuple[Segmented, Extraction]]) -> Iterator[Briefing]:
        summaries = self.summarizer.summarize_many([seg for seg, _ in pending])
        for (seg, ex), summary in zip(pending, summaries, strict=True):
            yield self.assemble(seg, ex, summary)


def brief(text: str, **options: Any) -> Briefing:
    """A briefing of ``text``; ``options`` are :class:`Briefer`'s (and ``title``, ``source``)."""
    per_call = {k: options.pop(k) for k in ("title", "source", "published") if k in options}
    return Briefer(**options).brief(text, **per_call)


def brief_file(path: str | os.PathLike[str], **options: Any) -> Briefing:
    """A briefing of one file; ``options`` are :class:`Briefer`'s."""
    return Briefer(**options).brief_file(path)


def brief_many(paths: Iterable[str | os.PathLike[str]], **options: Any) -> Iterator[Briefing]:
    """Briefings of many files, yielded lazily; ``options`` are :class:`Briefer`'s."""
    batch_size = options.pop("batch_size", 8)
    return Briefer(**options).brief_many(paths, batch_size=batch_size)
