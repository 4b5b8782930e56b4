"""Cue lexicons: which openings read as a direction."""
from __future__ import annotations

import pytest

from briefing.extract.cues import ACTION_START


@pytest.mark.parametrize(("text", "directs"), [
    ("Giao Bộ Xây dựng chủ trì rà soát quy hoạch.", True),
    ("Giao các địa phương hoàn thành trước tháng 6.", True),
    ("Giao thông trên tuyến đường này thường ùn tắc.", False),
    ("Giao lưu văn hóa giữa hai tỉnh diễn ra sôi nổi.", False),
])
def test_a_bare_giao_with_its_assignee_opens_a_direction(text: str, directs: bool) -> None:
    assert bool(ACTION_START.match(text)) is directs
