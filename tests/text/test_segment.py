"""Sentence splitting keeps offsets into the document."""
from __future__ import annotations

from briefing.text.segment import segment, split_sentences
from briefing.types import Document

TEXT = (
    "Tỉnh họp bàn về môi trường\n\n"
    "Sáng 5/3, Sở Tài nguyên và Môi trường họp. Giám đốc Sở cho biết tỷ lệ thu gom đạt 92,5%… "
    "Theo vnexpress.net, kết quả này cao hơn năm trước. “Phải làm ngay”, ông nói. Ảnh: Minh Anh\n"
    "Bên cạnh đó, cần tăng cường kiểm tra.\n"
)


def test_offsets_invariant_and_kinds() -> None:
    seg = segment(Document(text=TEXT, title="Tỉnh họp bàn về môi trường"))
    assert seg.paragraphs[0].kind == "title"
    for s in seg.sentences:
        assert TEXT[s.start:s.end] == s.text
    texts = [s.text for s in seg.sentences]
    assert "Giám đốc Sở cho biết tỷ lệ thu gom đạt 92,5%…" in texts  # split after "…", not inside 92,5
    assert any(t.startswith("Theo vnexpress.net, kết quả") for t in texts)  # no split in a domain name
    assert "“Phải làm ngay”, ông nói." in texts  # the closing quote stays with its sentence


def test_split_sentences_on_plain_text() -> None:
    para = "Câu thứ nhất. Câu thứ hai!"
    spans = split_sentences(para)
    assert [para[a:b] for a, b in spans] == ["Câu thứ nhất.", "Câu thứ hai!"]
