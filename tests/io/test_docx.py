"""Word files: a real one built here, a fake one, an old .doc and zip bombs."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from briefing.errors import InputError, InputTooLargeError, UnsupportedFormatError
from briefing.io import docx as docx_reader
from briefing.io import read, read_bytes

from ..conftest import MEETING_REPORT


def _docx_bytes(title: str | None = None) -> bytes:
    import docx

    d = docx.Document()
    if title:
        d.core_properties.title = title
    lines = [line for line in MEETING_REPORT.split("\n") if line.strip()]
    d.add_heading(lines[0], level=1)
    for line in lines[1:3]:
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Đơn vị", "Nhiệm vụ"
    table.cell(1, 0).text, table.cell(1, 1).text = "Sở Xây dựng", "Rà soát quy hoạch"
    for line in lines[3:]:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_valid_docx_keeps_paragraphs_and_tables_in_order() -> None:
    doc = read_bytes(_docx_bytes(), source="r.docx", suffix=".docx")
    assert doc.format == "docx"
    assert doc.title == "Hà Nội họp bàn giải pháp xử lý rác thải"
    assert "Sở Xây dựng | Rà soát quy hoạch" in doc.text
    assert doc.text.index("Sở Xây dựng") < doc.text.index("Phát biểu kết luận")
    assert doc.text.index("Sở Xây dựng") > doc.text.index("chủ trì hội nghị")


def test_core_title_wins(tmp_path: Path) -> None:
    path = tmp_path / "báo cáo; 'họp'.docx"
    path.write_bytes(_docx_bytes(title="Hội nghị môi trường"))
    assert read(path).title == "Hội nghị môi trường"


def test_docx_that_is_not_a_zip() -> None:
    with pytest.raises(InputError, match="not a zip"):
        read_bytes(b"just some text pretending", suffix=".docx")


def test_old_doc_named_docx() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"old Word \.doc"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, suffix=".docx")


def test_zip_without_word_document() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(UnsupportedFormatError, match="not a Word document"):
        read_bytes(buf.getvalue(), suffix=".docx")


def test_corrupt_docx_parts() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<not xml")
        zf.writestr("word/document.xml", "<w:document")
    with pytest.raises(InputError, match=r"not a readable \.docx"):
        read_bytes(buf.getvalue(), suffix=".docx")


def _bomb(size: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/image1.bin", b"\0" * size)
    return buf.getvalue()


def test_zip_bomb_by_ratio(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "RATIO_FLOOR", 1024 * 1024)
    data = _bomb(2 * 1024 * 1024)
    assert len(data) < 10_000
    with pytest.raises(InputTooLargeError, match="zip bomb"):
        read_bytes(data, suffix=".docx")


def test_zip_bomb_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_DOCX_UNCOMPRESSED", 1024 * 1024)
    with pytest.raises(InputTooLargeError, match="zip bomb"):
        read_bytes(_bomb(2 * 1024 * 1024), suffix=".docx")


def test_too_many_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_DOCX_PARTS", 5)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(10):
            zf.writestr(f"word/part{i}.xml", "x")
    with pytest.raises(InputTooLargeError, match="parts"):
        read_bytes(buf.getvalue(), suffix=".docx")


def test_default_limits_are_sane() -> None:
    assert docx_reader.MAX_DOCX_UNCOMPRESSED >= 100 * 1024 * 1024
    assert docx_reader.MAX_DOCX_RATIO >= 50
