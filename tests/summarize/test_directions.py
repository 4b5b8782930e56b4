"""Who reported and directed what, condensed from the extraction, never beyond its words."""
from __future__ import annotations

import pytest

import briefing
from briefing.summarize.compose import meeting_kind, meeting_summary, report_clause
from briefing.summarize.directions import (
    assigner_line,
    directions_sentences,
    lower_first,
    predicate,
    short_label,
    verb_of,
)
from briefing.summarize.faithfulness import split_summary, unsupported
from briefing.types import Extraction, Meeting, Person, Report, Task
from tests.conftest import MEETING_REPORT

NAM = Person("Trần Văn Nam", "Chủ tịch UBND thành phố")
HOA = Person("Lê Thị Hoa", "Giám đốc Sở Tài nguyên và Môi trường")


def task(text: str, evidence: str, *, who: Person | None = NAM, to: tuple[str, ...] = (), implicit: bool = False,
         start: int = 0) -> Task:
    return Task(text=text, assigner=who, assignees=to, deadline=None, evidence=evidence, start=start,
                end=start + len(evidence), implicit_speaker=implicit)


TASKS = (
    task("Khẩn trương hoàn thành kế hoạch xử lý rác tồn đọng trước ngày 30/6",
         "Chủ tịch UBND thành phố Trần Văn Nam yêu cầu các sở, ngành khẩn trương hoàn thành kế hoạch xử lý rác "
         "tồn đọng trước ngày 30/6.", to=("các sở, ngành",), start=10),
    task("Tăng cường kiểm tra, xử lý nghiêm các trường hợp đổ rác trái phép",
         "Bên cạnh đó, cần tăng cường kiểm tra, xử lý nghiêm các trường hợp đổ rác trái phép.", implicit=True,
         start=200),
    task("Rà soát các bãi rác đủ điều kiện", "Ông Nam cũng yêu cầu rà soát các bãi rác đủ điều kiện.", start=300),
    task("Báo cáo kết quả trong quý III", "Đồng thời báo cáo kết quả trong quý III.", implicit=True, start=400),
)


def test_short_label_keeps_the_post_a_person_speaks_in() -> None:
    assert short_label(Person("Nguyễn Văn A", "Phó Bí thư Thành ủy, Chủ tịch HĐND TP")) == "Chủ tịch HĐND TP Nguyễn Văn A"
    assert short_label(Person("Lê B", "Phó Bí thư Thường trực, phụ trách Khối")) == "Phó Bí thư Thường trực Lê B"
    assert short_label(Person(None, "UBND tỉnh")) == "UBND tỉnh"
    assert short_label(None) == ""


def test_lower_first_spares_names_and_acronyms() -> None:
    assert lower_first("Tập trung chỉ đạo") == "tập trung chỉ đạo"
    assert lower_first("UBND tỉnh chỉ đạo") == "UBND tỉnh chỉ đạo"
    assert lower_first("Hà Nội phải chủ động") == "Hà Nội phải chủ động"


def test_the_verb_is_the_one_before_the_action() -> None:
    assert verb_of(TASKS) == "yêu cầu"
    given = task("Triển khai ngay các việc", "Các nhiệm vụ được giao năm trước, Bộ trưởng đề nghị triển khai ngay các việc.")
    assert verb_of([given]) == "đề nghị"
    assert verb_of([task("Xử lý dứt điểm", "Cần xử lý dứt điểm.", implicit=True)]) == "chỉ đạo"


def test_an_assigner_line_names_the_main_actions_and_assignees() -> None:
    # The tasks stated in person are named first, in document order with the continuation
    # between them; the rest are counted, not dropped silently.
    assert assigner_line(TASKS) == (
        "Yêu cầu các sở, ngành khẩn trương hoàn thành kế hoạch xử lý rác tồn đọng; tăng cường kiểm tra, xử lý "
        "nghiêm các trường hợp đổ rác trái phép và rà soát các bãi rác đủ điều kiện (và 1 nhiệm vụ khác).")


def test_actions_are_cut_at_a_boundary_never_inside_a_phrase() -> None:
    long = task("Xây dựng Nghị quyết chuyên đề về nâng cao trách nhiệm thực hiện công vụ của cán bộ, đảng viên, "
                "công chức, viên chức thuộc Khối là một giải pháp cần thiết để mỗi cán bộ rèn luyện đạo đức",
                "Chủ tịch đề nghị xây dựng Nghị quyết chuyên đề …")
    text = predicate([long], action_words=8)
    assert text.startswith("đề nghị xây dựng Nghị quyết chuyên đề")
    # The cut falls before a preposition ("về"), not inside "Nghị quyết chuyên đề".
    assert text == "đề nghị xây dựng Nghị quyết chuyên đề"


def test_directions_name_the_chair_who_directs() -> None:
    (sentence,) = directions_sentences(TASKS, chair=NAM, meeting_kind="hội nghị")
    assert sentence.startswith("Chủ trì hội nghị, Chủ tịch UBND thành phố Trần Văn Nam yêu cầu các sở, ngành")
    other = task("Lập phương án", "Bà Hoa đề nghị lập phương án.", who=HOA, start=500)
    two = directions_sentences((*TASKS, other), max_assigners=2)
    assert [s.split(" ")[0] for s in two] == ["Chủ", "Giám"]


def test_meeting_kind_comes_from_the_meetings_name() -> None:
    assert meeting_kind(Meeting(name="Buổi làm việc với huyện Phúc Thọ")) == "buổi làm việc"
    assert meeting_kind(Meeting(name=None)) == "cuộc họp"


def test_the_report_clause_takes_what_follows_the_verb_of_reporting() -> None:
    evidence = ("Báo cáo tại hội nghị, Giám đốc Sở Tài nguyên và Môi trường Lê Thị Hoa cho biết trong năm 2023 "
                "thành phố đã thu gom 95% lượng rác thải sinh hoạt.")
    sentence, speaker = report_clause([Report(HOA, evidence, 0, len(evidence))])
    assert speaker == HOA
    assert sentence == ("Giám đốc Sở Tài nguyên và Môi trường Lê Thị Hoa cho biết trong năm 2023 thành phố đã thu "
                        "gom 95% lượng rác thải sinh hoạt.")


def test_the_meeting_summary_of_a_written_report_is_faithful() -> None:
    b = briefing.brief(MEETING_REPORT, engine="extractive")
    assert "Trần Văn Nam" in b.summary_text and "yêu cầu" in b.summary_text
    assert unsupported(b.meeting_summary, MEETING_REPORT) == []


def test_a_sentence_with_a_name_the_report_lacks_is_left_out() -> None:
    stranger = Person("Phạm Văn Xuân", "Bộ trưởng")
    ex = Extraction(tasks=tuple(task(t.text, t.evidence, who=stranger, to=t.assignees, implicit=t.implicit_speaker,
                                     start=t.start) for t in TASKS))
    assert meeting_summary("Hà Nội họp bàn giải pháp xử lý rác thải.", ex, MEETING_REPORT) == ""
    ex_known = Extraction(tasks=TASKS)
    assert "Trần Văn Nam" in meeting_summary("Hà Nội họp bàn giải pháp xử lý rác thải.", ex_known, MEETING_REPORT)


def test_no_tasks_no_meeting_summary() -> None:
    assert meeting_summary("Một bản tin.", Extraction(), MEETING_REPORT) == ""


@pytest.mark.parametrize("engine_summary", ["Một câu. Hai câu. Ba câu.", "Một câu. Hai câu. Ba câu. Bốn câu."])
def test_a_long_summary_gets_the_directions_sentence_only(engine_summary: str) -> None:
    # Four sentences at most while there is room; a model's long summary still gets who
    # directed what.
    text = meeting_summary(engine_summary, Extraction(tasks=TASKS), MEETING_REPORT)
    assert split_summary(text) == [text]
    assert text.startswith("Chủ tịch UBND thành phố Trần Văn Nam yêu cầu các sở, ngành")


def test_a_short_summary_gets_the_report_too() -> None:
    evidence = "Giám đốc Sở Tài nguyên và Môi trường Lê Thị Hoa cho biết thành phố đã thu gom 95% lượng rác thải sinh hoạt."
    ex = Extraction(tasks=TASKS, reports=(Report(HOA, evidence, 0, len(evidence)),))
    text = meeting_summary("Hà Nội họp bàn giải pháp xử lý rác thải.", ex, MEETING_REPORT)
    first, second = split_summary(text)
    assert first.startswith("Giám đốc Sở Tài nguyên và Môi trường Lê Thị Hoa cho biết")
    assert second.startswith("Chủ tịch UBND thành phố Trần Văn Nam yêu cầu")
