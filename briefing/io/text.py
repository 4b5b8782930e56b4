"""Plain-text reader: bytes in any Unicode encoding or a legacy Vietnamese code page.

The order of the tries matters and goes from certain to guessed:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. strict UTF-8 (almost never valid by accident for non-ASCII text);
3. UTF-16 without a BOM (every other byte zero in mostly-ASCII text);
4. the legacy Vietnamese encodings, Windows-1258, TCVN3 (ABC) and VNI, each decoded and
   scored by how Vietnamese the result reads (:mod:`briefing.io.language`): a wrong
   decoding gives stray symbols and impossible syllables, so the right one stands out;
5. charset-normalizer, a well-kept detector, for everything else (other languages).

Unicode text can still carry a legacy font encoding (copied out of a Word file set in a
``.VnTime`` font) or be UTF-8 decoded once too often ("Viá»‡t"): when decoded text does
not read as Vietnamese but a conversion of it does, the conversion is used and a warning
says so.
"""
from __future__ import annotations

import codecs
import functools
from collections.abc import Callable

from briefing.errors import EncodingError
from briefing.io.language import LanguageScore, looks_vietnamese, score
from briefing.io.legacy import CONVERTERS, cp1252_text, has_legacy_hints
from briefing.types import Document

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Bytes of a single-byte file scored to choose its encoding: enough for a stable score.
SNIFF_BYTES = 64 * 1024

#: Encodings that :func:`decode` reports as converted rather than merely decoded.
LEGACY = frozenset({"windows-1258", "mojibake-utf-8", *CONVERTERS})

HOW_TO_CONVERT = (
    "convert the file to UTF-8, e.g. 'iconv -f WINDOWS-1258 -t UTF-8 FILE' or, for TCVN3/VNI/VISCII, "
    "Unikey's converter (Công cụ chuyển mã)"
)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM shows as every other byte zero in mostly-ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) / 2
    even_zero = data[0::2].count(0) / half
    odd_zero = data[1::2].count(0) / half
    for share, enc in ((odd_zero, "utf-16-le"), (even_zero, "utf-16-be")):
        if share > 0.3:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _undo_double_utf8(text: str) -> str:
    """UTF-8 bytes that were read as Windows-1252 and saved again as UTF-8 ("Viá»‡t")."""
    raw = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            raw.append(code)
        else:
            try:
                raw += ch.encode("cp1252")
            except UnicodeEncodeError as exc:
                raise ValueError("not Windows-1252 mojibake") from exc
    return raw.decode("utf-8")


def _best_reading(readings: dict[str, Callable[[], str]]) -> str | None:
    """The name of the reading (a thunk giving converted text) that is most Vietnamese, if any is."""
    best: tuple[float, str] | None = None
    for name, reading in readings.items():
        try:
            s: LanguageScore = score(reading())
        except (ValueError, UnicodeError):
            continue
        if looks_vietnamese(s) and (best is None or s.syllable_share > best[0]):
            best = (s.syllable_share, name)
    return best[1] if best else None


def repair_legacy(text: str) -> tuple[str, str | None]:
    """Convert Unicode text holding TCVN3/VNI letters or double-encoded UTF-8.

    Returns the (possibly converted) text and the name of what was undone, or ``None``
    when the text is left as it is. Text that already reads as Vietnamese is never touched.
    """
    if not has_legacy_hints(text):
        return text, None
    sample = text[:SNIFF_BYTES]
    if looks_vietnamese(score(sample)):
        return text, None
    candidates: dict[str, Callable[[str], str]] = {"mojibake-utf-8": _undo_double_utf8, **CONVERTERS}
    name = _best_reading({n: functools.partial(c, sample) for n, c in candidates.items()})
    if name is None:
        return text, None
    try:
        return candidates[name](text), name
    except (ValueError, UnicodeError):  # the sample converted, a later part does not
        return text, None


def _single_byte(data: bytes) -> tuple[str, str] | None:
    """Decode ``data`` as Windows-1258, TCVN3 or VNI when one of them reads as Vietnamese."""
    head = data[:SNIFF_BYTES]
    def legacy(convert: Callable[[str], str], b: bytes) -> str:
        return convert(cp1252_text(b))

    decoders: dict[str, Callable[[bytes], str]] = {
        "windows-1258": lambda b: b.decode("cp1258", errors="replace"),
        **{name: functools.partial(legacy, convert) for name, convert in CONVERTERS.items()},
    }
    name = _best_reading({n: functools.partial(d, head) for n, d in decoders.items()})
    if name is None:
        return None
    return decoders[name](data), name


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; return the text and the encoding (or conversion) used.

    Raises:
        EncodingError: the bytes are in no encoding that can be recognised.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"starts with a {enc} byte-order mark but is not valid {enc} ({exc.reason}); {HOW_TO_CONVERT}"
                ) from exc
            repaired, legacy = repair_legacy(text)
            return repaired, legacy or enc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # A file cut mid-character, or a few bad bytes in a long UTF-8 text: still UTF-8.
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        if bad and bad <= max(3, len(text) // 1000):
            return text, "utf-8 (with invalid bytes)"
    else:
        repaired, legacy = repair_legacy(text)
        return repaired, legacy or "utf-8"
    text16 = _utf16_without_bom(data)
    if text16 is not None:
        repaired, legacy = repair_legacy(text16)
        return repaired, legacy or "utf-16"
    found = _single_byte(data)
    if found is not None:
        return found
    from charset_normalizer import from_bytes

    results = from_bytes(data[: 4 * SNIFF_BYTES])
    best = results.best()
    # On short samples the detector ranks look-alike code pages (cp1257, cp1250) above
    # Windows-1252 by a hair; the Western code page is by far the likeliest of them.
    for match in results:
        if best is not None and match.encoding == "cp1252" and match.chaos <= best.chaos + 0.1:
            best = match
            break
    if best is None or best.encoding is None:
        raise EncodingError(f"could not detect the text encoding; {HOW_TO_CONVERT}")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise EncodingError(f"could not decode the text as {best.encoding}; {HOW_TO_CONVERT}") from exc


def encoding_warning(encoding: str) -> str | None:
    """The note a briefing carries about how its text was decoded, if worth one."""
    if encoding == "mojibake-utf-8":
        return "the text was UTF-8 decoded twice (mojibake such as 'Viá»‡t'); it was repaired"
    if encoding in CONVERTERS:
        return f"the text was in the legacy {encoding} font encoding; it was converted to Unicode"
    if encoding == "windows-1258":
        return "the text was in the Windows-1258 encoding; it was converted to Unicode"
    if encoding == "utf-8 (with invalid bytes)":
        return "the text is UTF-8 with a few invalid bytes; they were replaced with U+FFFD"
    if encoding.replace("_", "-").lower() not in {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                                  "ascii"}:
        return f"the text encoding was guessed as {encoding}"
    return None


def read_text_bytes(data: bytes, *, source: str | None = None) -> Document:
    from briefing.text.normalize import normalize

    text, encoding = decode(data)
    text = normalize(text)
    note = encoding_warning(encoding)
    return Document(text=text, title=first_line_title(text), source=source, format="text", encoding=encoding,
                    warnings=(note,) if note else ())


def first_line_title(text: str) -> str | None:
    """Plain-text reports put the headline on their first non-empty line (after any dateline)."""
    from briefing.text.clean import is_dateline

    # Only the head is split: a headline is short, and a 20 MB text need not be split whole.
    for raw in text[:2000].split("\n")[:4]:
        line = raw.strip()
        if not line or is_dateline(line):
            continue
        if len(line) <= 250 and not line.endswith((".", ":", ";")):
            return line
        return None
    return None
