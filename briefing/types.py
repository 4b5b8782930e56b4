"""The typed data that flows through the pipeline.

Every stage takes and returns these frozen dataclasses, so a stage can be tested alone and
nothing downstream can change what an upstream stage produced. Offsets (``start``/``end``)
always index :attr:`Document.text`, so ``document.text[s.start:s.end] == s.text`` holds for
every sentence, task evidence and report evidence.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.1"


@dataclass(frozen=True)
class Document:
    """A report as read: NFC-normalised text plus what the reader learned about it."""

    text: str
    title: str | None = None
    #: Publication date as ISO ``YYYY-MM-DD`` when the source states one.
    published: str | None = None
    #: Where it came from: a path, ``"-"`` for stdin, or ``None`` for a string.
    source: str | None = None
    #: ``"text"``, ``"html"``, ``"docx"`` or ``"pdf"``.
    format: str = "text"
    #: The encoding the bytes were decoded from (text files only).
    encoding: str | None = None
    #: Notes from reading (encoding guesses, truncation) that end up in the briefing.
    warnings: tuple[str, ...] = ()
    #: ``(start, end)`` spans of :attr:`text` that the reader knows are page furniture
    #: (a PDF's running headers, footers and page numbers); segmentation marks the
    #: paragraphs inside them as ``"furniture"``, so they stay in the text but not the report.
    furniture: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A block of text separated from its neighbours by a line break."""

    index: int
    start: int
    end: int
    text: str
    #: ``"title"``, ``"body"``, ``"caption"``, ``"dateline"`` or ``"furniture"``
    #: (page furniture: share buttons, related links, comments, bylines).
    kind: str = "body"


@dataclass(frozen=True)
class Sentence:
    """One sentence with its character offsets into :attr:`Document.text`."""

    index: int
    start: int
    end: int
    text: str
    #: Index of the :class:`Paragraph` that holds it.
    paragraph: int
    #: The kind of its paragraph (see :attr:`Paragraph.kind`), or ``"heading"`` for a
    #: sub-heading or caption that a crawl ran into a body paragraph without a full stop.
    kind: str = "body"


@dataclass(frozen=True)
class Segmented:
    """A document cut into paragraphs and sentences (furniture kept, but marked)."""

    document: Document
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the report itself: no title, captions or furniture."""
        return tuple(s for s in self.sentences if s.kind == "body")


@dataclass(frozen=True)
class Person:
    """An official as the report names them."""

    name: str | None
    title: str | None = None

    def label(self) -> str:
        parts = [p for p in (self.title, self.name) if p]
        return " ".join(parts) if parts else "(unknown)"


@dataclass(frozen=True)
class Task:
    """A direction given for future action, always tied to the sentence that states it."""

    #: A concise form starting with the action.
    text: str
    assigner: Person | None
    assignees: tuple[str, ...]
    deadline: str | None
    #: The source sentence (or clause), verbatim: ``document.text[start:end]``.
    evidence: str
    start: int
    end: int
    #: True when the sentence does not name its speaker (a continuation).
    implicit_speaker: bool = False


@dataclass(frozen=True)
class Report:
    """A sentence in which a named person reports results or figures."""

    speaker: Person | None
    evidence: str
    start: int
    end: int


@dataclass(frozen=True)
class Meeting:
    name: str | None = None
    #: ``YYYY-MM-DD`` (or ``YYYY-MM``); ``None`` when no year can be found.
    date: str | None = None
    chair: Person | None = None
    attendees: tuple[Person, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """What the extract stage finds: the meeting, tasks and reports."""

    meeting: Meeting = field(default_factory=Meeting)
    tasks: tuple[Task, ...] = ()
    reports: tuple[Report, ...] = ()
    people: tuple[Person, ...] = ()
    #: Publication date found in the text itself (a dateline), ISO, when the reader had none.
    published: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    """A summary and how it was made, so a reader can judge it."""

    text: str
    engine: str
    model: str | None = None
    chunks: int = 1
    truncated: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class AssignerLine:
    """One condensed line summing up one assigner's directions."""

    assigner: Person | None
    text: str


@dataclass(frozen=True)
class Briefing:
    """The finished briefing for one report."""

    source: str | None
    title: str | None
    published: str | None
    meeting: Meeting
    summary: Summary
    tasks: tuple[Task, ...]
    reports: tuple[Report, ...] = ()
    assigner_lines: tuple[AssignerLine, ...] = ()
    warnings: tuple[str, ...] = ()
    schema_version: str = SCHEMA_VERSION
    #: Sentences that complete :attr:`summary` for a meeting report: who chaired, who
    #: reported what, who directed what, built from the extraction (empty without tasks).
    #: A reader gets ``summary.text`` then this; :attr:`summary` stays the engine's own.
    meeting_summary: str = ""

    @property
    def summary_text(self) -> str:
        """The summary as a reader gets it: the engine's, then :attr:`meeting_summary`."""
        return " ".join(t for t in (self.summary.text.strip(), self.meeting_summary) if t)

    def to_dict(self) -> dict[str, Any]:
        from briefing.render.json import to_dict

        return to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        from briefing.render.json import to_json

        return to_json(self, indent=indent)

    def to_markdown(self) -> str:
        from briefing.render.markdown import to_markdown

        return to_markdown(self)

    def to_text(self) -> str:
        from briefing.render.text import to_text

        return to_text(self)


def plain(obj: Any) -> Any:
    """A dataclass as plain dicts/lists (tuples become lists) for JSON."""
    return asdict(obj)
