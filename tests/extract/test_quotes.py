"""Quotations and who said them."""
from __future__ import annotations

from briefing.extract.quotes import find_quotes


def test_a_straight_opening_mark_may_close_with_a_curly_one() -> None:
    text = ('"Các xã phải hoàn thành việc kê khai trước tháng 9”, ông Hà Văn Long nói. '
            'Người dân "rất vui" khi nghe tin này.')
    first = find_quotes(text)[0]
    assert text[first.start:first.end].endswith("tháng 9”")
    assert first.speaker is not None and first.speaker.name == "Hà Văn Long"
