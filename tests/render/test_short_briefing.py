"""The default briefing is short: one screen, the meeting in a few lines, every task on one."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import briefing
from briefing.cli.main import cli
from briefing.render import render
from briefing.render.grouping import source_name, task_line, vn_date
from briefing.summarize.faithfulness import unsupported
from briefing.types import Briefing


@pytest.fixture(scope="module")
def seed(sample_path: Path) -> Briefing:
    return briefing.brief_file(sample_path, engine="extractive")


def test_the_seed_briefing_is_a_quarter_of_the_article_and_lists_every_task(seed: Briefing, sample_path: Path) -> None:
    md = render(seed, "md")
    assert len(md.encode("utf-8")) <= 0.25 * len(sample_path.read_bytes())
    assert seed.tasks
    lines = [line for line in md.splitlines() if line.startswith("- ")]
    assert lines == [f"- {task_line(t)}" for t in seed.tasks]


def test_the_seed_summary_names_the_meeting_its_date_the_report_and_the_directions(seed: Briefing) -> None:
    text = seed.summary_text
    assert re.search(r"hội nghị lần thứ 9", text, re.IGNORECASE)
    assert "15/10" in text
    # Who reported what: the reporter with a verb of reporting and what she said.
    assert re.search(r"Lê Thị Hồng Nga (?:cho biết|báo cáo) \S+(?: \S+){3,}", text)
    # Who directed what: the assigner, a verb of direction, then the directed actions.
    directed = re.search(r"Nguyễn Thị Lệ (?:đề nghị|yêu cầu|chỉ đạo) (.+?)\.", text)
    assert directed and len(directed.group(1).split()) >= 8
    # Two to four sentences, every name and number of them in the report.
    assert 2 <= len(re.findall(r"[.!?](?:\s|$)", text)) <= 4
    assert unsupported(seed.meeting_summary, Path(seed.source or "").read_text(encoding="utf-8")) == []


def test_the_summary_the_engine_wrote_is_kept_apart(seed: Briefing) -> None:
    data = seed.to_dict()
    assert data["summary"] == seed.summary.text
    assert data["meeting_summary"] == seed.meeting_summary and seed.meeting_summary
    assert seed.summary_text == f"{seed.summary.text} {seed.meeting_summary}"


def test_an_assigner_line_condenses_that_assigners_tasks(seed: Briefing) -> None:
    (line,) = seed.assigner_lines
    assert line.assigner == seed.tasks[0].assigner
    assert line.text.startswith("Đề nghị Đảng ủy Khối")
    assert re.search(r"\(và \d+ nhiệm vụ khác\)\.$", line.text)
    # The line is in the summary already, so the Markdown does not repeat it.
    assert line.text.split(" (và")[0] not in render(seed, "md")


def test_notices_are_in_vietnamese(seed: Briefing) -> None:
    noted = replace(seed, warnings=("the text encoding was guessed as cp1258",
                                    "the text looks like Vietnamese written without diacritics; names may be missed"))
    for fmt, heading in (("md", "## Lưu ý"), ("text", "LƯU Ý")):
        out = render(noted, fmt)
        notes = out.split(heading, 1)[1]
        assert "Bảng mã của văn bản được đoán là cp1258." in notes
        assert "tiếng Việt không dấu" in notes
        assert "the text" not in notes


def test_the_document_has_no_english_headings(seed: Briefing) -> None:
    for fmt in ("md", "text"):
        out = render(seed, fmt, evidence=True)
        assert not re.search(r"\b(?:Briefing|Summary|Tasks|Reports|Notes|Source|engine)\b", out)


def test_cli_prints_the_evidence_on_request(sample_path: Path, seed: Briefing) -> None:
    runner = CliRunner()
    short = runner.invoke(cli, ["-q", "summarize", "--engine", "extractive", str(sample_path)])
    full = runner.invoke(cli, ["-q", "summarize", "--engine", "extractive", "--evidence", str(sample_path)])
    assert short.exit_code == 0 and full.exit_code == 0
    assert seed.tasks[0].evidence not in short.stdout
    assert seed.tasks[0].evidence in full.stdout
    assert len(full.stdout) > 2 * len(short.stdout)


@pytest.mark.parametrize(("iso", "written"), [("2021-10-15", "15/10/2021"), ("2017-02", "2/2017"), ("soon", "soon")])
def test_dates_are_written_the_vietnamese_way(iso: str, written: str) -> None:
    assert vn_date(iso) == written


def test_the_source_is_named_by_its_file() -> None:
    assert source_name("/a/b/report.txt") == "report.txt"
    assert source_name("C:\\reports\\họp.docx") == "họp.docx"
