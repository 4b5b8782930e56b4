"""Extraction never fails and keeps its offsets on arbitrary text made of report-like pieces."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.extract import extract
from briefing.extract.people import find_mentions
from briefing.text.segment import segment
from briefing.types import Document

PIECES = ["Thủ tướng", "Bộ trưởng Bộ Y tế", "Nguyễn", "Văn", "Hòa", "yêu cầu", "cần", "phải", "“", "”", "\"",
          "...", "…", ".", ",", ":", "Ông", "bà", "Phó", "Chủ tịch", "UBND", "tỉnh", "Q.", "3", "–", "-",
          "Sáng 7/2", "năm 2020", "\n", "đã", "Ảnh:", "Bên cạnh đó,", "và", "phụ trách", "Thứ hai,", "tôi"]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.text(max_size=30))
def test_extract_is_total_and_keeps_offsets(pieces: list[str], noise: str) -> None:
    text = " ".join(pieces) + noise
    find_mentions(text)
    if not text.strip():
        return
    doc = Document(text=text)
    ex = extract(segment(doc))
    for t in ex.tasks:
        assert text[t.start:t.end] == t.evidence
    for r in ex.reports:
        assert text[r.start:r.end] == r.evidence
