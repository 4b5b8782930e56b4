"""Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI, to Unicode.

Before Unicode, Vietnamese documents were typed with *font* encodings: the bytes are
Windows-1252 text and a special font (``.VnTime`` for TCVN3, ``VNI-Times`` for VNI) draws
them as Vietnamese letters. Read as Windows-1252 they show as ``ViÖt Nam`` (TCVN3) or
``Vieät Nam`` (VNI). Such text arrives either as raw bytes or already inside a Unicode
file (copied out of a Word document that used the font), so both converters work on
*characters*: bytes are first read as Windows-1252 by :func:`cp1252_text`.

No maintained PyPI package does this conversion, so the tables are here. Coverage:
- TCVN3: TCVN 5712:1993 "VN3", the ABC font set (.VnTime, .VnArial…): all lower-case
  letters with tones, and the seven upper-case base letters Ă Â Ê Ô Ơ Ư Đ. Upper-case
  letters with tones do not exist in VN3 (the ``…H`` fonts draw lower-case codes as
  capitals), so they come out lower-case, as the bytes say.
- VNI: VNI-Windows (VNI-Times and friends), a base vowel followed by a mark character;
  i, y-dot, ơ, ư and đ are single characters. Upper and lower case.
VISCII, VPS and VNI for DOS are not converted: :func:`decode` reports them as undetected
and the error message says how to convert with iconv or Unikey.
"""
from __future__ import annotations

import re
import unicodedata

# -- Windows-1252 as characters ---------------------------------------------------------
# The five bytes Windows-1252 leaves undefined keep their Latin-1 meaning, so that any byte
# string reads as text and the conversion never fails.
_CP1252 = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)
)


def cp1252_text(data: bytes) -> str:
    """Bytes read as Windows-1252 (undefined bytes as Latin-1): never raises."""
    return data.decode("latin-1").translate({i: c for i, c in enumerate(_CP1252) if ord(c) != i})


# -- TCVN3 (ABC) --------------------------------------------------------------------------
# byte -> letter; bytes absent here are the same as in Windows-1252.
_TCVN3_BYTES: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3_CHARS = {ord(_CP1252[b]): letter for b, letter in _TCVN3_BYTES.items()}


def from_tcvn3(text: str) -> str:
    """TCVN3 text (bytes read as Windows-1252) to Unicode."""
    return text.translate(_TCVN3_CHARS)


# -- VNI-Windows --------------------------------------------------------------------------
_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# Mark characters (lower-case forms; upper-case bases take the upper-case forms):
# tone only, circumflex + tone, breve + tone.
_VNI_TONE = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRCUMFLEX = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
# Single characters.
_VNI_SINGLE = {
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ", "ô": "ơ", "ö": "ư",
}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(key: str, base: str, marks: str) -> None:
        letter = unicodedata.normalize("NFC", base + marks)
        table[key] = letter
        table[key.upper()] = letter.upper()
        # Upper-case base with a lower-case mark: what typists produce in Title Case.
        table[key[0].upper() + key[1:]] = letter[0].upper() + letter[1:]

    for base in "aeouy":
        for mark, tone in _VNI_TONE.items():
            add(base + mark, base, tone)
    for base in "aeo":
        for mark, tone in _VNI_CIRCUMFLEX.items():
            add(base + mark, base, _CIRCUMFLEX + tone)
    for mark, tone in _VNI_BREVE.items():
        add("a" + mark, "a", _BREVE + tone)
    for vni_base, base in (("ô", "o"), ("ö", "u")):  # ơ and ư take tone marks after them
        for mark, tone in _VNI_TONE.items():
            add(vni_base + mark, base, _HORN + tone)
    for key, letter in _VNI_SINGLE.items():
        table[key] = letter
        table[key.upper()] = letter.upper()
    return table


_VNI_TABLE = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(_VNI_TABLE, key=len, reverse=True)))


def from_vni(text: str) -> str:
    """VNI-Windows text (bytes read as Windows-1252) to Unicode."""
    return _VNI_PATTERN.sub(lambda m: _VNI_TABLE[m.group()], text)


#: name shown to users -> converter from Windows-1252 characters to Unicode.
CONVERTERS = {"TCVN3 (ABC)": from_tcvn3, "VNI": from_vni}

# Latin-1 letters and symbols that Vietnamese does not use but TCVN3/VNI text read as
# Windows-1252 is full of (ä ë ï ö ü å æ ø û ñ µ ¸ ¶…): their presence makes a try worth it.
_LEGACY_HINT = re.compile("[ÄÅÆÇËÎÏÑÖØÛÜÞäåæçëîïñöøûüþµ¶¸§¤¥¦©ª¬®]")


def has_legacy_hints(text: str) -> bool:
    """Cheap test: does ``text`` hold characters typical of TCVN3/VNI read as Windows-1252?"""
    return _LEGACY_HINT.search(text, 0, 100_000) is not None
