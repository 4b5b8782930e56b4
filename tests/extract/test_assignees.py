"""Assignees: unit lists, body names that contain "và" or commas, and what is no unit."""
from __future__ import annotations

import pytest

from briefing.extract.assignees import find_assignees, is_unit, opens_with_unit


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("các bộ, ngành, UBND các tỉnh phải báo cáo kết quả", ("các bộ, ngành", "UBND các tỉnh")),
        # One body whose name holds "và" or commas stays whole.
        ("Bộ Nông nghiệp và Phát triển nông thôn chủ trì xây dựng đề án", ("Bộ Nông nghiệp và Phát triển nông thôn",)),
        ("Sở Văn hóa, Thể thao và Du lịch phối hợp với các huyện", ("Sở Văn hóa, Thể thao và Du lịch",)),
        ("Bộ Giáo dục và Đào tạo, Bộ Y tế phối hợp hướng dẫn", ("Bộ Giáo dục và Đào tạo", "Bộ Y tế")),
        # "và" between two bodies does split.
        ("Sở Y tế và UBND các huyện phải kiểm tra ngay", ("Sở Y tế", "UBND các huyện")),
        ("các sở, ngành và địa phương cần rà soát", ("các sở, ngành và địa phương",)),
        # Aspect words after the unit are not part of its name.
        ("Bộ Giao thông vận tải sẽ xây dựng kế hoạch", ("Bộ Giao thông vận tải",)),
        ("Cục Thuế tỉnh cũng cần phấn đấu vượt dự toán", ("Cục Thuế tỉnh",)),
        # A place or an abbreviation names a unit too.
        ("Quảng Trị phải xử lý dứt điểm", ("Quảng Trị",)),
        ("EVN phải bảo đảm đủ điện", ("EVN",)),
    ],
)
def test_units_before_the_action(clause: str, expected: tuple[str, ...]) -> None:
    assert find_assignees(clause) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "Đồng thời, khẩn trương triển khai kế hoạch",  # a connective, then the action
        "Bây giờ phải làm quyết liệt hơn",  # an adverb of time is no unit
        "Khi sản xuất đã ổn định thì cần tăng thu",
        "Việc này cần làm ngay",
        "Tiếp đó, phải rà soát lại",
        "phải báo cáo trước ngày 15",
    ],
)
def test_no_unit(clause: str) -> None:
    assert find_assignees(clause) == ()


def test_unit_predicates() -> None:
    assert is_unit("UBND các xã")
    assert is_unit("các cơ quan chức năng")
    assert not is_unit("Khi")
    assert not is_unit("chiến lược này cần")
    assert opens_with_unit("Bộ Tài chính chủ trì, phối hợp")
    assert opens_with_unit("Thái Nguyên tiếp tục thu hút đầu tư")
    assert not opens_with_unit("Sau đó, mọi việc")


def test_task_text_skips_a_second_verb_of_direction() -> None:
    text = """Ban Chỉ đạo phòng chống thiên tai họp

Sáng 9/5/2024, Phó Thủ tướng Trần Quang Vinh chủ trì cuộc họp Ban Chỉ đạo phòng chống thiên tai.

Phó Thủ tướng Trần Quang Vinh nêu rõ và đề nghị Bộ Quốc phòng, Tổng cục Thủy lợi rà soát các phương án ứng phó bão lũ.
"""
    from .conftest import tasks_when

    task = tasks_when(text, lambda t: "nêu rõ và đề nghị" in t)[0]
    assert task.assignees == ("Bộ Quốc phòng", "Tổng cục Thủy lợi")
    assert task.text.startswith("Rà soát các phương án")
