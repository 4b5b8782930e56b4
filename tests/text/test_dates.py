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


def test_a_year_on_a_later_month_is_not_the_present() -> None:
    # Narrated from an earlier year or planned, nothing tells which: no year, no date.
    text = "Chiều 9/3, UBND huyện họp về cây cầu. Tháng 8/2015, công ty đã được cấp phép xây cầu."
    assert find_event_date("Chiều 9/3, UBND huyện họp về cây cầu.", context=text) is None
    # A month before the event's is this year's.
    text = "Chiều 9/11, UBND huyện họp về cây cầu. Tháng 8/2015, công ty đã được cấp phép xây cầu."
    assert find_event_date("Chiều 9/11, UBND huyện họp về cây cầu.", context=text) == "2015-11-09"


def test_document_dates_and_numbers_are_not_events() -> None:
    assert find_event_date("Sở thực hiện Quyết định số 12/QĐ-UBND ngày 3/4/2019 của tỉnh.") is None
    assert find_event_date("Theo Nghị định 45/2022/NĐ-CP ngày 7/5/2022, Sở xử phạt.") is None
    assert current_year("Thực hiện Thông tư 33/2017 và Kết luận số 24 ngày 5/6/2012, Sở kiểm tra.") is None


def test_a_date_on_the_event_day_gives_its_year() -> None:
    text = "Sáng nay 14/3, Bộ họp trực tuyến với các tỉnh. Tính tới ngày 14/3/2023, 20 tỉnh đã báo cáo."
    assert find_event_date("Sáng nay 14/3, Bộ họp trực tuyến với các tỉnh.", context=text) == "2023-03-14"
    # "as of" another day is the end of a count, not the present.
    text = "Sáng 14/3, Bộ họp trực tuyến với các tỉnh. Tính đến 13/3/2023, 20 tỉnh đã báo cáo."
    assert find_event_date("Sáng 14/3, Bộ họp trực tuyến với các tỉnh.", context=text) is None


def test_years_that_do_not_agree_give_no_date() -> None:
    opening = "Ngày 8/8, tỉnh họp về dự án chậm tiến độ."
    history = opening + " Dự án khởi công 2009, hoàn thành năm 2014."
    assert current_year(history, month=8) == 2014
    assert find_event_date(opening, context=history) is None
    # This year set against the last settles it.
    compared = opening + " Năm 2022 tỉnh thu 10 tỷ đồng, năm 2023 ước thu 12 tỷ đồng."
    assert find_event_date(opening, context=compared) == "2023-08-08"


def test_one_year_cited_once_at_the_turn_of_the_year_gives_no_date() -> None:
    opening = "Chiều 20/12, Sở họp với cảng."
    once = opening + " Sang năm 2024, Sở áp dụng quy trình mới."
    assert find_event_date(opening, context=once) is None
    twice = opening + " Năm 2023 Sở thu 90 tỷ đồng; trong năm 2023 không có sự cố."
    assert find_event_date(opening, context=twice) == "2023-12-20"
    # The same single mention in June is the report's year.
    assert find_event_date("Chiều 20/6, Sở họp với cảng.", context="Sang năm 2024, Sở áp dụng quy trình mới.") \
        == "2024-06-20"


def test_a_january_date_that_kept_last_years_number() -> None:
    slipped = "Sáng 8/1/2023, Cục tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024."
    assert find_event_date(slipped) == "2024-01-08"
    assert find_event_date("Tại hội nghị triển khai nhiệm vụ năm 2024 (ngày 9/1/2023), Cục trưởng phát biểu.") \
        == "2024-01-09"
    right = "Sáng 8/1/2024, Cục tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024."
    assert find_event_date(right) == "2024-01-08"
    assert find_event_date("Sáng 8/6/2023, Cục tổ chức hội nghị sơ kết, triển khai nhiệm vụ năm 2024.") == "2023-06-08"


def test_deadlines_within_a_year() -> None:
    assert current_year("Dự kiến cuối năm 2024 hoàn thành việc di dời.") == 2024
    assert current_year("Tuyến đường sắt chạy thử trong tháng 9/2024.", month=2) == 2024
    # The start of something is no deadline.
    assert current_year("Dự án đưa vào khai thác từ cuối năm 2027.") is None
