"""The meeting: name, date, chair and attendees."""
from __future__ import annotations

from briefing.extract import extract

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
