"""Helpers for extraction tests: a report written for the tests, segmented."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.extract.signals import SentenceSignals, analyse
from briefing.extract.tasks import assemble
from briefing.io.text import first_line_title
from briefing.text.normalize import normalize
from briefing.text.segment import segment
from briefing.types import Document, Segmented, Task


def segmented_text(text: str, published: str | None = None) -> Segmented:
    text = normalize(text)
    return segment(Document(text=text, title=first_line_title(text), published=published))


@pytest.fixture
def seg() -> Callable[..., Segmented]:
    return segmented_text


def signals_of(text: str) -> list[SentenceSignals]:
    """The rule signals of each body sentence of a report written for the tests."""
    return list(analyse(segmented_text(text)).sentences)


def tasks_when(text: str, is_task: Callable[[str], bool]) -> list[Task]:
    """The tasks :func:`assemble` makes when the sentences for which ``is_task`` holds are
    labelled tasks: attribution, clauses and assignees without the learned tagger."""
    an = analyse(segmented_text(text))
    labels = ["T" if is_task(s.sentence.text) else "O" for s in an.sentences]
    return assemble(an, labels)[0]
