import pytest

import briefing
from briefing.errors import EmptyInputError, InputTooLargeError
from briefing.types import Briefing


def test_brief_returns_a_briefing_with_summary_and_provenance(meeting_report):
    b = briefing.brief(meeting_report, engine="extractive")
    assert isinstance(b, Briefing)
    assert b.summary.engine == "extractive"
    assert b.summary.text
    assert b.title == "Hà Nội họp bàn giải pháp xử lý rác thải"


def test_briefer_is_reusable_and_keeps_its_summarizer(meeting_report, sample_path):
    br = briefing.Briefer(engine="extractive")
    first = br.brief(meeting_report)
    engine = br.summarizer
    second = br.brief_file(sample_path)
    assert br.summarizer is engine
    assert first.source is None and second.source == str(sample_path)


def test_brief_many_is_lazy_and_ordered(tmp_path, meeting_report, sample_path):
    other = tmp_path / "a.txt"
    other.write_text(meeting_report, encoding="utf-8")
    gen = briefing.brief_many([sample_path, other], engine="extractive", batch_size=1)
    assert iter(gen) is gen
    out = list(gen)
    assert [b.source for b in out] == [str(sample_path), str(other)]


def test_brief_many_yields_the_reports_before_a_bad_file_then_raises(tmp_path, meeting_report):
    good = tmp_path / "a.txt"
    good.write_text(meeting_report, encoding="utf-8")
    gen = briefing.brief_many([good, tmp_path / "absent.txt", good], engine="extractive", batch_size=8)
    assert next(gen).source == str(good)  # not lost in the batch the bad file interrupts
    with pytest.raises(briefing.BriefingError):
        next(gen)


def test_empty_text_is_a_briefing_error():
    with pytest.raises(EmptyInputError):
        briefing.brief("   \n\t ", engine="extractive")


def test_max_chars_is_enforced(meeting_report):
    with pytest.raises(InputTooLargeError):
        briefing.brief(meeting_report, engine="extractive", max_chars=50)


def test_evidence_is_verbatim_with_offsets(sample_path):
    br = briefing.Briefer(engine="extractive")
    doc = br.read(sample_path)
    b = br.brief_document(doc)
    assert b.tasks
    for t in b.tasks:
        assert doc.text[t.start : t.end] == t.evidence
    for r in b.reports:
        assert doc.text[r.start : r.end] == r.evidence
