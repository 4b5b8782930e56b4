"""One interface suite that every engine passes: the pipeline relies on nothing else.

The abstractive engine runs the tiny random T5, so its words are junk: the tests check
structure and provenance, never wording.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing.io import read
from briefing.pipeline import Briefer
from briefing.summarize.base import Summarizer
from briefing.summarize.extractive import ExtractiveSummarizer
from briefing.text.segment import segment
from briefing.types import Document, Segmented, Summary

ENGINES = ["extractive", "abstractive"]


@pytest.fixture(params=ENGINES)
def summarizer(request: pytest.FixtureRequest) -> Summarizer:
    if request.param == "extractive":
        return ExtractiveSummarizer()
    from briefing.summarize import load_summarizer

    return load_summarizer("abstractive", str(request.getfixturevalue("tiny_t5")), threads=1)


@pytest.fixture(scope="module")
def reports(sample_path: Path, meeting_report_text: str) -> list[Segmented]:
    return [segment(read(sample_path)), segment(Document(text=meeting_report_text, title=None))]


@pytest.fixture(scope="module")
def meeting_report_text() -> str:
    from tests.conftest import MEETING_REPORT

    return MEETING_REPORT


def test_summarize_returns_a_summary_that_names_its_engine(summarizer: Summarizer, reports: list[Segmented]) -> None:
    summary = summarizer.summarize(reports[0])
    assert isinstance(summary, Summary)
    assert summary.engine == summarizer.name
    assert isinstance(summary.text, str) and summary.chunks >= 1
    assert summary.model is None or isinstance(summary.model, str)
    assert all(isinstance(w, str) and w for w in summary.warnings)
    assert summary.truncated == any("limit" in w for w in summary.warnings)


def test_summarize_many_matches_summarize_in_order(summarizer: Summarizer, reports: list[Segmented]) -> None:
    many = summarizer.summarize_many(reports)
    one = [summarizer.summarize(r) for r in reports]
    assert [s.text for s in many] == [s.text for s in one]
    assert [s.chunks for s in many] == [s.chunks for s in one]
    assert summarizer.summarize_many([]) == []


def test_condense_gives_one_short_line_per_group(summarizer: Summarizer) -> None:
    groups = [
        ["Yêu cầu các sở khẩn trương hoàn thành kế hoạch trước ngày 30/6.", "Cần tăng cường kiểm tra, xử lý vi phạm."],
        [],
        ["Giao Sở Y tế chuẩn bị phương án phòng dịch."],
    ]
    lines = summarizer.condense_many(groups, max_words=12)
    assert len(lines) == 3 and lines[1] == ""
    for line in lines:
        assert "\n" not in line and len(line.split()) <= 12
    assert summarizer.condense(groups[0], max_words=12) == lines[0]


def test_the_briefing_records_how_the_summary_was_made(summarizer: Summarizer, sample_path: Path) -> None:
    briefing = Briefer(summarizer=summarizer).brief_file(sample_path)
    assert briefing.summary.engine == summarizer.name
    info = briefing.to_dict()["summary_info"]
    assert info["engine"] == summarizer.name and info["chunks"] == briefing.summary.chunks
    assert set(briefing.summary.warnings) <= set(briefing.warnings)
    assert summarizer.name in summarizer.describe()
