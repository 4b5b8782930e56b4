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
