"""Date resolution."""
from __future__ import annotations

from briefing.text.dates import current_year, find_event_date, parse_dateline, resolve_day


def test_dateline() -> None:
    assert parse_dateline("Thứ Ba, ngày 30 tháng 11 năm 2021") == "2021-11-30"
    assert parse_dateline("15/10/2021 08:30") == "2021-10-15"
    assert parse_dateline("không có ngày") is None


def test_event_date_forms() -> None:
    assert find_event_date("Chiều 15/10, Đảng ủy Khối tổ chức hội nghị.", published="2021-11-30") == "2021-10-15"
    assert find_event_date("Sáng ngày 6/7/2018, Tổng cục tổ chức hội nghị.") == "2018-07-06"
    assert find_event_date("Chiều nay, 3/12, Thủ tướng kết luận phiên họp.", published="2018-12-03") == "2018-12-03"
    assert find_event_date("Sáng 15 tháng 10 năm 2020, Sở họp.") == "2020-10-15"


def test_term_dates_are_not_the_event() -> None:
    text = "Sở yêu cầu hoàn thành từ ngày 11/2/2024. Ngày 7/2/2024, Sở họp."
    assert find_event_date(text) == "2024-02-07"


def test_no_year_means_no_date() -> None:
    assert find_event_date("Sáng 7/2, Sở họp với các quận.") is None


def test_january_event_published_early_in_the_year() -> None:
    assert resolve_day(28, 12, published="2025-01-03") == "2024-12-28"
    assert resolve_day(3, 1, published="2025-01-03") == "2025-01-03"


def test_year_from_the_text() -> None:
    # Targets do not count; a January review of 2023 planning 2024 is held in 2024.
    text = "Năm 2023, ngành thu 500 tỷ đồng; năm 2023 vượt kế hoạch. Nhiệm vụ năm 2024 … tầm nhìn đến năm 2030."
    assert current_year(text, month=1) == 2024
    assert current_year(text, month=6) == 2023
    assert find_event_date("Sáng 8/1, Cục họp.", context=text) == "2024-01-08"
    assert current_year("giai đoạn 2021-2025, đến năm 2030") is None


def test_comparison_years_and_this_years_deadlines() -> None:
    text = "Trong 5 tháng đầu năm 2024, lực lượng chức năng xử lý 900 xe; so với năm 2023 giảm 5%."
    assert current_year(text) == 2024
    text = "Năm 2019, tỉnh quyết định di dời. Đến cuối năm 2024, các cơ sở phải di dời xong."
    assert current_year(text) == 2024


def test_targets_and_document_years_are_not_the_present() -> None:
    # A year with an obligation or a future after it is a target.
    assert current_year("Năm 2030 phải chấm dứt tình trạng này. Năm 2022 đã giảm một nửa.") == 2022
    # The year of a law or its amendment says nothing about when the report was written.
    assert current_year("Theo Luật Phòng cháy năm 2001 (sửa đổi, bổ sung năm 2013), cần kiểm tra.") is None
    assert current_year("Luật Đất đai năm 2013 và năm 2019 đạt nhiều kết quả.") == 2019
