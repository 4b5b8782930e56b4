"""Pick a reader for a path (or ``-`` for stdin) and refuse what is not a report."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from briefing.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UnsupportedFormatError,
)
from briefing.types import Document

#: Largest file read at all, in bytes; ``max_chars`` then bounds the text kept.
MAX_INPUT_BYTES = 64 * 1024 * 1024

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office (.doc/.xls) file"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"ID3", "an MP3 file"),
)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_KNOWN_BINARY_SUFFIXES = {".pdf", ".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".zip"}


def sniff_binary(data: bytes) -> str | None:
    """What binary thing ``data`` looks like, or ``None`` when it may be text."""
    head = data[:8]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    sample = data[:8192]
    if not sample:
        return None
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00\x00" not in sample and sample.count(0) / len(sample) > 0.3:
        return None  # UTF-16 text has many NULs but in a regular pattern
    nul = sample.count(0)
    if nul and not (sample[0::2].count(0) > 0.3 * len(sample) / 2 or sample[1::2].count(0) > 0.3 * len(sample) / 2):
        return "binary data"
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls / len(sample) > 0.05 and not nul:
        return "binary data"
    return None


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]


def read_bytes(data: bytes, *, source: str | None = None, suffix: str = "", max_chars: int | None = None) -> Document:
    """A :class:`Document` from raw bytes, choosing the reader by suffix and content."""
    suffix = suffix.lower()
    if not data.strip():
        raise EmptyInputError("the input is empty", path=source)
    if suffix == ".docx":
        from briefing.io.docx import read_docx_bytes

        doc = read_docx_bytes(data, source=source)
    else:
        what = sniff_binary(data)
        if what is not None:
            raise BinaryInputError(f"this is {what}, not a text report", path=source)
        if suffix in _KNOWN_BINARY_SUFFIXES:
            raise UnsupportedFormatError(f"'{suffix}' files are not supported; save the report as .txt, .html or .docx", path=source)
        from briefing.io.text import decode, read_text_bytes

        if suffix in _HTML_SUFFIXES or (suffix not in {".txt", ".text"} and _looks_like_html(data)):
            from briefing.io.html import read_html_text

            html, _ = decode(data)
            doc = read_html_text(html, source=source)
        else:
            doc = read_text_bytes(data, source=source)
    if not doc.text.strip():
        raise EmptyInputError("the input holds only whitespace", path=source)
    if max_chars is not None and len(doc.text) > max_chars:
        raise InputTooLargeError(
            f"the text has {len(doc.text):,} characters, over the limit of {max_chars:,} (raise it with --max-chars)",
            path=source,
        )
    return doc


def read(path: str | os.PathLike[str], *, max_chars: int | None = None) -> Document:
    """Read a report from a file path, or from standard input when ``path`` is ``"-"``."""
    name = os.fspath(path)
    if name == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputTooLargeError(f"standard input is over {MAX_INPUT_BYTES:,} bytes", path="-")
        return read_bytes(data, source="-", max_chars=max_chars)
    p = Path(name)
    try:
        if p.is_dir():
            raise InputError("is a folder, not a file (use 'briefing batch' for folders)", path=name)
        if not p.exists():
            raise InputError("no such file", path=name)
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputTooLargeError(f"the file is {size:,} bytes, over the limit of {MAX_INPUT_BYTES:,}", path=name)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=name) from exc
    return read_bytes(data, source=name, suffix=p.suffix, max_chars=max_chars)
