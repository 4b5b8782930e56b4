"""Pick a reader for a path (or ``-`` for stdin) and refuse what is not a report.

Limits, each a documented :class:`~briefing.errors.InputTooLargeError` (see README,
"Limits and errors"):

- a file is read through a bounded read, never more than :data:`MAX_INPUT_BYTES`, and never
  more than ``4 * max_chars`` bytes (no encoding takes more than four bytes a character),
  so ``/dev/zero``, a pipe that never ends or a 20 MB dump is refused in milliseconds;
- the decoded, normalised text is refused past ``max_chars`` characters;
- a .docx is refused past its expansion limits (:mod:`briefing.io.docx`);
- a PDF past :data:`briefing.io.pdf.MAX_PDF_PAGES` pages, or once its text passes ``max_chars``.

What the bytes are is decided by content first and the file suffix second: a report saved
as .txt that is really HTML, .docx or PDF is still read; an image named .txt is refused
with what it is.
"""
from __future__ import annotations

import errno
import io
import os
import sys
import zipfile
from dataclasses import replace
from typing import BinaryIO

from briefing.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    UnsupportedFormatError,
)
from briefing.types import Document

#: Largest input read at all, in bytes; ``max_chars`` then bounds the text kept.
MAX_INPUT_BYTES = 64 * 1024 * 1024

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office (.doc/.xls/.ppt) file; save it as .docx or .txt"),
    (b"{\\rtf", "an RTF document; save it as .docx or .txt"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"OggS", "a media file"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_KNOWN_BINARY_SUFFIXES = {
    ".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".gif", ".zip",
    ".gz", ".7z", ".rar", ".exe", ".mp3", ".mp4",
}


def sniff_binary(data: bytes) -> str | None:
    """What binary thing ``data`` looks like, or ``None`` when it may be text.

    Magic numbers name the common formats. Anything else is judged on a sample: text in an
    8-bit encoding has almost no C0 control bytes; UTF-16/32 has NULs, but at regular
    positions (every second or fourth byte), which random bytes do not.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    sample = data[:8192]
    if not sample:
        return None
    if sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return None  # a BOM: decoding decides, and says so if it fails
    nul = sample.count(0)
    if nul:
        half = len(sample) / 2
        regular = sample[0::2].count(0) > 0.3 * half or sample[1::2].count(0) > 0.3 * half
        if not regular:
            return "binary data"
        # Regular NULs: UTF-16/32. A stray NUL or two in it is fine; NUL pairs in both
        # lanes are not text (UTF-16 of ASCII has one zero byte per pair).
        pairs = sum(1 for i in range(0, len(sample) - 1, 2) if sample[i] == 0 and sample[i + 1] == 0)
        if pairs > 0.3 * half and not sample.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
            return "binary data"
        return None
    controls = sum(1 for b in sample if b < 9 or 13 < b < 27 or 27 < b < 32)
    if controls / len(sample) > 0.02:
        return "binary data"
    return None


def _looks_like_html(data: bytes) -> bool:
    """Markup from the first byte, with an html, head or body tag near the top."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and any(tag in head for tag in (b"<html", b"<head", b"<body", b"<!doctype html"))


def _is_pdf(data: bytes) -> bool:
    """A PDF: its header comes first, or within the first KiB after junk some writers add."""
    return data.startswith(b"%PDF-") or (b"%PDF-" in data[:1024] and sniff_binary(data) is not None)


def _is_docx(data: bytes) -> bool:
    """A zip archive holding a Word main part: a .docx whatever its name."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _check_length(doc: Document, max_chars: int | None, source: str | None) -> None:
    if max_chars is not None and len(doc.text) > max_chars:
        raise InputTooLargeError(
            f"the text has {len(doc.text):,} characters, over the limit of {max_chars:,} "
            "(raise it with --max-chars, or split the file)",
            path=source,
        )


def read_bytes(data: bytes, *, source: str | None = None, suffix: str = "", max_chars: int | None = None) -> Document:
    """A :class:`Document` from raw bytes, choosing the reader by content, then suffix.

    Raises:
        EmptyInputError, BinaryInputError, EncodingError, UnsupportedFormatError,
        InputTooLargeError, InputError: see README, "Limits and errors".
    """
    suffix = suffix.lower()
    if not data.strip():
        raise EmptyInputError("the input is empty", path=source)
    if _is_pdf(data):
        from briefing.io.pdf import read_pdf_bytes

        doc = read_pdf_bytes(data, source=source, max_chars=max_chars)
    elif suffix == ".docx" or _is_docx(data):
        from briefing.io.docx import read_docx_bytes

        doc = read_docx_bytes(data, source=source)
    else:
        what = sniff_binary(data)
        if what is not None:
            raise BinaryInputError(f"this is {what}, not a text report", path=source)
        if suffix in _KNOWN_BINARY_SUFFIXES:
            raise UnsupportedFormatError(
                f"'{suffix}' files are not supported; save the report as .txt, .html, .docx or .pdf", path=source
            )
        if suffix in _HTML_SUFFIXES or _looks_like_html(data):
            from briefing.io.html import read_html_bytes

            doc = read_html_bytes(data, source=source)
        else:
            # Plain text has at least one character per four bytes: refuse before decoding.
            if max_chars is not None and len(data) > 4 * max_chars + 4:
                raise InputTooLargeError(
                    f"the input is {len(data):,} bytes, more than {max_chars:,} characters in any encoding "
                    "(raise the limit with --max-chars, or split the file)",
                    path=source,
                )
            from briefing.io.text import read_text_bytes

            doc = read_text_bytes(data, source=source)
    if not doc.text.strip():
        raise EmptyInputError("the input holds only whitespace or invisible characters", path=source)
    _check_length(doc, max_chars, source)
    return with_language_warning(doc)


def with_language_warning(doc: Document) -> Document:
    """``doc`` with a warning added when its text does not read as Vietnamese."""
    from briefing.io.language import language_warning

    note = language_warning(doc.text)
    return replace(doc, warnings=(*doc.warnings, note)) if note else doc


def display_name(name: str) -> str:
    """A path as it can be printed and put in JSON: undecodable bytes become U+FFFD.

    POSIX file names are bytes; Python keeps undecodable ones as lone surrogates, which
    cannot be written to a UTF-8 stream and would crash the output stage.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit + 1`` bytes, so that "over the limit" can be told from "at it"."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = stream.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _byte_limit(max_chars: int | None, suffix: str) -> int:
    """Bytes worth reading: markup, .docx packages and PDFs hold far more bytes than characters."""
    if max_chars is None or suffix.lower() in _HTML_SUFFIXES | {".docx", ".pdf"}:
        return MAX_INPUT_BYTES
    return min(MAX_INPUT_BYTES, 4 * max_chars + 4)


def _too_large(what: str, limit: int, max_chars: int | None, source: str) -> InputTooLargeError:
    if max_chars is not None and limit < MAX_INPUT_BYTES:
        return InputTooLargeError(
            f"{what} is over {limit:,} bytes, so over the limit of {max_chars:,} characters "
            "(raise it with --max-chars, or split the file)",
            path=source,
        )
    return InputTooLargeError(f"{what} is over {limit:,} bytes, the most briefing reads (split the file)",
                              path=source)


def read(path: str | os.PathLike[str], *, max_chars: int | None = None) -> Document:
    """Read a report from a file path, or from standard input when ``path`` is ``"-"``.

    Raises:
        InputError: and its subclasses, each with a one-line message naming the path.
    """
    name = os.fspath(path)
    suffix = os.path.splitext(name)[1]
    limit = _byte_limit(max_chars, suffix)
    if name == "-":
        limit = MAX_INPUT_BYTES  # stdin may be HTML: read_bytes bounds plain text itself
        data = _read_limited(sys.stdin.buffer, limit)
        if len(data) > limit:
            raise _too_large("standard input", limit, max_chars, "-")
        return read_bytes(data, source="-", max_chars=max_chars)
    shown = display_name(name)
    try:
        with open(name, "rb") as fh:
            data = _read_limited(fh, limit)
    except FileNotFoundError as exc:
        missing = "no such file" if not os.path.islink(name) else "a broken symbolic link"
        raise InputError(missing, path=shown) from exc
    except IsADirectoryError as exc:
        raise InputError("is a folder, not a file (use 'briefing batch' for folders)", path=shown) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("a symbolic link loop", path=shown) from exc
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=shown) from exc
    if len(data) > limit:
        raise _too_large("the file", limit, max_chars, shown)
    return read_bytes(data, source=shown, suffix=suffix, max_chars=max_chars)
