"""Plain-text reader: bytes in any Unicode encoding or a legacy Vietnamese code page.

BOMs and UTF-16/32 are recognised first; then strict UTF-8; then charset-normalizer, a
well-kept detector, picks among the legacy encodings (Windows-1258 among them).
"""
from __future__ import annotations

import codecs

from briefing.errors import EncodingError
from briefing.types import Document

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM shows as every other byte zero in mostly-ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0) / (len(data) / 2)
    odd_zero = data[1::2].count(0) / (len(data) / 2)
    for share, enc in ((odd_zero, "utf-16-le"), (even_zero, "utf-16-be")):
        if share > 0.3:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; return the text and the encoding used."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise EncodingError(f"starts with a {enc} byte-order mark but is not valid {enc}: {exc.reason}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _utf16_without_bom(data)
    if text is not None:
        return text, "utf-16"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise EncodingError(
            "could not detect the text encoding; convert the file to UTF-8 "
            "(for example: iconv -f WINDOWS-1258 -t UTF-8 FILE)"
        )
    return str(best), best.encoding


def read_text_bytes(data: bytes, *, source: str | None = None) -> Document:
    from briefing.text.normalize import normalize

    text, encoding = decode(data)
    return Document(text=normalize(text), title=first_line_title(normalize(text)), source=source, format="text", encoding=encoding)


def first_line_title(text: str) -> str | None:
    """Plain-text reports put the headline on their first non-empty line (after any dateline)."""
    from briefing.text.clean import is_dateline

    for line in text.split("\n")[:4]:
        line = line.strip()
        if not line or is_dateline(line):
            continue
        if len(line) <= 250 and not line.endswith((".", ":", ";")):
            return line
        return None
    return None
