"""briefing: short briefings of Vietnamese meeting reports.

>>> import briefing
>>> b = briefing.brief(open("samples/seed.txt", encoding="utf-8").read(), engine="extractive")
>>> b.tasks[0].evidence  # doctest: +SKIP
"""
from __future__ import annotations

from briefing.errors import BriefingError
from briefing.pipeline import Briefer, brief, brief_file, brief_many
from briefing.types import (
    SCHEMA_VERSION,
    AssignerLine,
    Briefing,
    Document,
    Extraction,
    Meeting,
    Paragraph,
    Person,
    Report,
    Segmented,
    Sentence,
    Summary,
    Task,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AssignerLine",
    "Briefer",
    "Briefing",
    "BriefingError",
    "Document",
    "Extraction",
    "Meeting",
    "Paragraph",
    "Person",
    "Report",
    "Segmented",
    "Sentence",
    "Summary",
    "Task",
    "__version__",
    "brief",
    "brief_file",
    "brief_many",
]
