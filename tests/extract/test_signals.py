"""Sentence signals: who speaks, and whether what they say asks for action."""
from __future__ import annotations

from briefing.extract.signals import analyse

from .conftest import segmented_text


def test_a_speaker_who_gives_a_cause_does_not_ask_for_action() -> None:
    text = """Họp về giải ngân vốn đầu tư công

Sáng 4/7/2024, Phó Thủ tướng Trần Văn Hòa chủ trì cuộc họp về giải ngân vốn đầu tư công.

Thứ trưởng Lê Văn Nam cho rằng giải ngân chậm chủ yếu do các thủ tục đầu tư phải tuân thủ trình tự kéo dài.

Phó Thủ tướng nhấn mạnh, các bộ phải giải ngân hết vốn được giao trong quý III.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [False, True]
