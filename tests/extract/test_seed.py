"""End to end on the user's sample report (samples/seed.txt): properties, not a frozen copy."""
from __future__ import annotations

from pathlib import Path

from briefing.extract import extract
from briefing.text.segment import segment
from briefing.types import Document


def test_sample_report(sample_text: str, sample_path: Path) -> None:
    from briefing.io import read

    doc: Document = read(sample_path)
    seg = segment(doc)
    ex = extract(seg)
    assert len(ex.tasks) >= 5
    for t in ex.tasks:
        assert doc.text[t.start:t.end] == t.evidence
        assert t.text
    # The directions are given by the Chủ tịch HĐND TP, whose full name the report gives.
    names = {t.assigner.name for t in ex.tasks if t.assigner}
    assert names == {"Nguyễn Thị Lệ"}
    # Her results report is a report, not a task; the photo caption is neither.
    assert any(r.speaker and r.speaker.name == "Lê Thị Hồng Nga" for r in ex.reports)
    assert not any(t.evidence.startswith("Quang cảnh") for t in ex.tasks)
    assert ex.meeting.date == "2021-10-15"
    assert ex.published == "2021-11-30"
    assert [p.name for p in ex.meeting.attendees] == ["Nguyễn Thị Lệ"]
