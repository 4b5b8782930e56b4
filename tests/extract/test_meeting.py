"""The meeting: name, date, chair and attendees."""
from __future__ import annotations

from briefing.extract import extract
from briefing.extract.meeting import extract_meeting
from briefing.types import Task

from .conftest import segmented_text

REPORT = """Thứ Hai, ngày 18 tháng 3 năm 2024

Hội nghị tổng kết công tác cải cách hành chính

Chiều 15/3, UBND tỉnh Kim Sơn tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2023. Chủ tịch UBND tỉnh Mạc Văn Hùng chủ trì hội nghị. Đến dự có Phó Bí thư Tỉnh ủy Quách Thị Yến và Giám đốc Sở Nội vụ Lò Văn Pản.

Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành đẩy mạnh số hóa hồ sơ trong quý II.
"""


def test_meeting_from_the_opening() -> None:
    ex = extract(segmented_text(REPORT))
    m = ex.meeting
    assert m.date == "2024-03-15"  # the year comes from the dateline
    assert ex.published == "2024-03-18"
    assert m.name is not None and m.name.startswith("Hội nghị tổng kết công tác cải cách hành chính")
    assert m.chair is not None and m.chair.name == "Mạc Văn Hùng"
    assert [p.name for p in m.attendees] == ["Quách Thị Yến", "Lò Văn Pản"]
    assert ex.tasks[0].assigner is not None and ex.tasks[0].assigner.name == "Mạc Văn Hùng"
    assert ex.tasks[0].deadline == "trong quý II"


def test_no_year_anywhere_gives_no_date() -> None:
    text = "Họp bàn về giao thông\n\nSáng 7/2, Sở Giao thông họp với các quận về ùn tắc.\n"
    assert extract(segmented_text(text)).meeting.date is None


def test_publication_date_from_the_reader_wins() -> None:
    text = "Họp bàn về giao thông\n\nSáng 28/12, Sở Giao thông họp với các quận về ùn tắc.\n"
    assert extract(segmented_text(text, published="2025-01-03")).meeting.date == "2024-12-28"


_LATE = ("Kết quả thu ngân sách của Cục Hải quan Hà Tĩnh\n\n"
         + " ".join(f"Chỉ tiêu thứ {i} của đơn vị đạt kết quả tốt." for i in range(1, 10))
         + " Phát biểu tại Hội nghị triển khai nhiệm vụ năm 2024 của Cục {day}, Cục trưởng Lê Văn Bình"
         " yêu cầu các chi cục đẩy mạnh cải cách thủ tục hành chính.\n")
_TASK = Task(text="đẩy mạnh cải cách thủ tục hành chính", assigner=None, assignees=("các chi cục",), deadline=None,
             evidence="yêu cầu các chi cục đẩy mạnh cải cách thủ tục hành chính", start=0, end=0)


def test_a_meeting_dated_past_the_opening() -> None:
    # Past the opening only a date with its year is taken, and only on a report that gives
    # directions.
    dated = segmented_text(_LATE.format(day="ngày 10/1/2024"))
    assert extract_meeting(dated, tasks=[_TASK]).date == "2024-01-10"
    assert extract_meeting(dated).date is None
    assert extract_meeting(segmented_text(_LATE.format(day="ngày 10/1")), tasks=[_TASK]).date is None


def _chair(text: str) -> str | None:
    chair = extract(segmented_text(text)).meeting.chair
    return chair.name if chair else None


def test_chair_stated_later_in_the_clause_and_co_chairs() -> None:
    one = """Bộ trưởng họp về dự thảo nghị định

Bộ trưởng Bộ Tư pháp Đoàn Minh Khuê đã kết luận như trên khi chủ trì cuộc họp về dự thảo nghị định sáng 2/4/2024.
"""
    assert _chair(one) == "Đoàn Minh Khuê"
    co = """Hội nghị sơ kết phối hợp

Sáng 9/5/2024, các đồng chí: Trưởng ban Nội chính Tỉnh ủy Lê Văn Tùng; Giám đốc Công an tỉnh Vi Văn Hạnh, chủ trì Hội nghị.
"""
    assert _chair(co) == "Lê Văn Tùng"  # the first of the co-chairs


def test_chair_of_a_visit_or_working_session() -> None:
    visit = """Thứ trưởng kiểm tra lễ hội

Ngày 8/2/2024, tại Nam Định, Thứ trưởng Bộ Văn hóa Đào Thị Mai đã dẫn đầu đoàn công tác kiểm tra công tác chuẩn bị lễ hội.
"""
    assert _chair(visit) == "Đào Thị Mai"
    session = """Bí thư làm việc với huyện

Phát biểu tại buổi làm việc với lãnh đạo huyện Kỳ Sơn sáng 7/2/2024, Bí thư Tỉnh ủy Tạ Quang Vinh yêu cầu huyện xử lý dứt điểm rác thải.
"""
    assert _chair(session) == "Tạ Quang Vinh"


def test_no_chair_is_guessed() -> None:
    # A leader who only gives directions at a conference is not said to chair it.
    text = """Hội nghị ngành thuế

Sáng 3/1/2024, Cục Thuế tỉnh Hòa Bình tổ chức hội nghị triển khai nhiệm vụ năm 2024.

Phát biểu tại hội nghị, Phó Tổng cục trưởng Tổng cục Thuế Đặng Ngọc Minh yêu cầu Cục Thuế phấn đấu thu vượt dự toán.
"""
    assert _chair(text) is None
    body = """Họp bàn sách giáo khoa

Mới đây, Bộ Giáo dục chủ trì cuộc họp về sách giáo khoa do Bộ chủ trì.
"""
    assert _chair(body) is None


def test_chair_is_who_sums_up() -> None:
    text = """Họp xử lý hàng tồn

Ngày 20/2/2024, Cục Hải quan tỉnh Bình Sơn họp với các đơn vị liên quan về lô hàng tồn đọng.

Kết luận cuộc họp, Phó Cục trưởng Cục Hải quan tỉnh Bình Sơn Ngô Thị Hằng yêu cầu xử lý dứt điểm lô hàng.
"""
    assert _chair(text) == "Ngô Thị Hằng"
