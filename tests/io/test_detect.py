"""Choosing a reader and refusing what is not a report: one clear error for each case."""
from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path

import pytest

from briefing.errors import (
    BinaryInputError,
    BriefingError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UnsupportedFormatError,
)
from briefing.io import read, read_bytes
from briefing.io.detect import display_name, sniff_binary

from ..conftest import MEETING_REPORT


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u200b\ufeff \u00a0\n".encode("utf-8")])
def test_empty_and_whitespace_files(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(EmptyInputError) as info:
        read(_write(tmp_path, "empty.txt", data))
    assert info.value.code == "B101" and "empty.txt" in info.value.one_line()


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),
        (b"\x7fELF\x02\x01\x01\x00", "program"),
        (bytes(range(256)) * 20, "binary"),
        (os.urandom(4096), "binary"),
    ],
    ids=["pdf", "png", "jpeg", "zip", "gzip", "doc", "elf", "all-bytes", "random"],
)
def test_binary_files_named_txt(tmp_path: Path, data: bytes, what: str) -> None:
    with pytest.raises(BinaryInputError, match=what):
        read(_write(tmp_path, "report.txt", data))


def test_random_bytes_are_never_mistaken_for_text() -> None:
    # Random data: a NUL or a control byte turns up within a few hundred bytes.
    for seed in range(50):
        data = bytes((seed * 7919 + i * 104729) % 251 for i in range(2048))
        assert sniff_binary(data) is not None


def test_utf16_is_not_binary() -> None:
    assert sniff_binary(MEETING_REPORT.encode("utf-16-le")) is None
    assert sniff_binary(MEETING_REPORT.encode("utf-16")) is None


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx", ".rtf", ".odt"])
def test_unsupported_suffix_with_text_content(tmp_path: Path, suffix: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=suffix):
        read(_write(tmp_path, "report" + suffix, b"plain words"))


def test_text_named_pdf_is_read_as_text(tmp_path: Path) -> None:
    # Content first: a .pdf suffix on plain text does not make it a PDF (PDFs are tested in test_pdf.py).
    doc = read(_write(tmp_path, "report.pdf", MEETING_REPORT.encode("utf-8")))
    assert doc.format == "text" and doc.title == "Hà Nội họp bàn giải pháp xử lý rác thải"


def test_missing_file_folder_and_links(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="folder"):
        read(tmp_path)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    with pytest.raises(InputError, match="loop"):
        read(tmp_path / "loop")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read(tmp_path / "dangling.txt")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "secret.txt", MEETING_REPORT.encode())
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: simulate the refusal
        import builtins

        real_open = builtins.open

        def refuse(file, *args, **kwargs):  # type: ignore[no-untyped-def]
            if os.fspath(file) == os.fspath(path):
                raise PermissionError(13, "Permission denied", os.fspath(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", refuse)
    with pytest.raises(InputError, match="Permission denied"):
        read(path)


def test_size_limits_refuse_without_reading_everything(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", MEETING_REPORT.encode() * 100)
    with pytest.raises(InputTooLargeError, match="--max-chars"):
        read(path, max_chars=1000)
    # Just under the byte bound, the decoded text is measured exactly.
    text = "ệ" * 300
    with pytest.raises(InputTooLargeError, match="300 characters"):
        read(_write(tmp_path, "v.txt", text.encode()), max_chars=299)
    assert len(read(_write(tmp_path, "v.txt", text.encode()), max_chars=300).text) == 300


def test_endless_device_is_refused(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with pytest.raises(InputTooLargeError):
        read("/dev/zero", max_chars=10_000)


def test_very_long_line_and_no_punctuation(tmp_path: Path) -> None:
    line = ("các sở ngành khẩn trương triển khai kế hoạch " * 4000).strip()
    doc = read(_write(tmp_path, "line.txt", line.encode()))
    assert doc.text == line and doc.title is None


@pytest.mark.parametrize(
    "name",
    ["báo cáo họp.txt", "it's \"quoted\".txt", "a;b; rm -rf x.txt", "  lead space.txt", "Hội nghị (1) & [2] $HOME.txt"],
)
def test_odd_file_names(tmp_path: Path, name: str) -> None:
    doc = read(_write(tmp_path, name, MEETING_REPORT.encode()))
    assert doc.source == str(tmp_path / name)
    assert doc.text.startswith("Hà Nội")


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX byte file names")
def test_undecodable_file_name_is_shown_safely(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/b\xe1o c\xe1o.txt"  # Latin-1 bytes, not UTF-8
    with open(raw, "wb") as fh:
        fh.write(MEETING_REPORT.encode())
    doc = read(os.fsdecode(raw))
    assert doc.source is not None and "\ufffd" in doc.source
    doc.source.encode("utf-8")  # printable: no lone surrogates
    assert display_name("ok.txt") == "ok.txt"


def test_content_beats_suffix(tmp_path: Path) -> None:
    html = b"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>" + \
        MEETING_REPORT.replace("\n", "</p><p>").encode() + b"</p></article></body></html>"
    doc = read(_write(tmp_path, "saved.txt", html))
    assert doc.format == "html" and "<p>" not in doc.text

    import docx

    d = docx.Document()
    for para in MEETING_REPORT.split("\n"):
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    doc = read(_write(tmp_path, "renamed.txt", buf.getvalue()))
    assert doc.format == "docx" and "Trần Văn Nam" in doc.text


def test_a_zip_that_is_no_docx_named_txt(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "hello")
    with pytest.raises(BinaryInputError, match="zip"):
        read(_write(tmp_path, "a.txt", buf.getvalue()))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class Stdin:
        buffer = io.BytesIO(MEETING_REPORT.encode("utf-16"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    doc = read("-")
    assert doc.source == "-" and doc.text.startswith("Hà Nội")


def test_non_vietnamese_text_is_read_with_a_warning() -> None:
    english = b"The city council met on Tuesday. The mayor asked all departments to finish the plan by June.\n" * 3
    doc = read_bytes(english, source="x.txt")
    assert doc.text.startswith("The city")
    assert any("does not look like Vietnamese" in w for w in doc.warnings)
    assert not read_bytes(MEETING_REPORT.encode()).warnings


def test_every_error_is_a_briefing_error_with_a_code() -> None:
    for exc in (EmptyInputError, BinaryInputError, InputError, InputTooLargeError, UnsupportedFormatError):
        assert issubclass(exc, BriefingError) and exc.code.startswith("B1")


def test_twenty_megabyte_file_is_refused_at_the_default_limit(tmp_path: Path) -> None:
    from briefing.pipeline import DEFAULT_MAX_CHARS

    path = tmp_path / "dump.txt"
    block = (MEETING_REPORT * 40).encode("utf-8")
    with open(path, "wb") as fh:
        while fh.tell() < 20 * 1024 * 1024:
            fh.write(block)
    with pytest.raises(InputTooLargeError, match="--max-chars") as info:
        read(path, max_chars=DEFAULT_MAX_CHARS)
    assert info.value.exit_code == 1 and info.value.code == "B105"
