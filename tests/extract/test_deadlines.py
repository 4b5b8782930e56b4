"""Deadlines as written."""
from __future__ import annotations

import pytest

from briefing.extract.deadlines import find_deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Các sở hoàn thành kế hoạch trước ngày 30/6.", "trước ngày 30/6"),
        ("Báo cáo Thủ tướng chậm nhất ngày 15/10/2024.", "chậm nhất ngày 15/10/2024"),
        ("Hoàn thành dự án trong quý III năm 2025.", "trong quý III năm 2025"),
        ("Phải xong trước tháng 12.", "trước tháng 12"),
        ("Trong năm 2025, các địa phương rà soát toàn bộ.", "Trong năm 2025"),
        ("Hoàn thành trong vòng 30 ngày.", "trong vòng 30 ngày"),
        ("Tập trung chỉ đạo trong 6 tháng cuối năm.", "trong 6 tháng cuối năm"),
    ],
)
def test_deadlines(text: str, deadline: str) -> None:
    assert find_deadline(text) == deadline


def test_vague_horizon_is_not_a_deadline() -> None:
    assert find_deadline("Trong thời gian tới, cần tăng cường kiểm tra.") is None
    assert find_deadline("Cần tăng cường kiểm tra.") is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Bước sang năm 2025, Cục Thuế cần tăng cường quản lý thu.", "năm 2025"),
        ("Triển khai nhiệm vụ năm 2025, Giám đốc Sở yêu cầu các phòng rà soát.", "năm 2025"),
        ("Để hoàn thành chỉ tiêu thu ngân sách 6 tháng cuối năm, cần chống thất thu.", "6 tháng cuối năm"),
        ("“Quý II/2025, bảo đảm cung cầu hàng hóa”, Phó Thủ tướng yêu cầu.", "Quý II/2025"),
        # An explicit term wins over the plan's period.
        ("Thực hiện kế hoạch năm 2025, các xã báo cáo trước ngày 15/3.", "trước ngày 15/3"),
    ],
)
def test_the_period_a_plan_is_for(text: str, deadline: str) -> None:
    assert find_deadline(text) == deadline


def test_a_past_year_is_no_plan_period() -> None:
    assert find_deadline("Năm 2024 đạt 120% dự toán, tăng 15% so với cùng kỳ.") is None
