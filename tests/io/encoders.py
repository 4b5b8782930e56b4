"""Encoders the tests use to make legacy-encoded copies of a text.

Python has a Windows-1258 codec but it only encodes letters that the code page holds
precomposed; Vietnamese letters with tones are written as base letter + combining tone,
as Windows-1258 files do. TCVN3 and VNI encoders invert the reader's tables (round trips);
the known-answer tests in test_legacy.py check the tables themselves.
"""
from __future__ import annotations

import unicodedata

from briefing.io.legacy import _TCVN3_BYTES, _VNI_TABLE

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts if m in _TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONES))
        out += (base + tones).encode("cp1258")
    return bytes(out)


_TCVN3_INVERSE = {letter: bytes([b]) for b, letter in _TCVN3_BYTES.items()}


def to_tcvn3(text: str) -> bytes:
    """TCVN3 has no upper-case letters with tones: those are written lower-case."""
    out = bytearray()
    for ch in text:
        code = _TCVN3_INVERSE.get(ch) or _TCVN3_INVERSE.get(ch.lower())
        out += code if code is not None else ch.encode("cp1252")
    return bytes(out)


def _vni_inverse() -> dict[str, str]:
    inverse: dict[str, str] = {}
    for key, letter in _VNI_TABLE.items():
        # Prefer the key whose case matches the letter's (not the Title-case variant).
        if letter not in inverse or (key in (key.upper(), key.lower()) and (key.isupper() == letter.isupper())):
            inverse[letter] = key
    return inverse


_VNI_INVERSE = _vni_inverse()


def to_vni(text: str) -> bytes:
    return "".join(_VNI_INVERSE.get(ch, ch) for ch in text).encode("cp1252")
