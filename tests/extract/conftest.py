"""Helpers for extraction tests: a report written for the tests, segmented."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing.io.text import first_line_title
from briefing.text.normalize import normalize
from briefing.text.segment import segment
from briefing.types import Document, Segmented


def segmented_text(text: str, published: str | None = None) -> Segmented:
    text = normalize(text)
    return segment(Document(text=text, title=first_line_title(text), published=published))


@pytest.fixture
def seg() -> Callable[..., Segmented]:
    return segmented_text
