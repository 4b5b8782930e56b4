"""Pure ``str -> str`` normalisation applied to every text on the way in.

:func:`normalize` is what readers apply. :func:`fold_tone_marks` and :func:`match_key` give a
*matching* form only: they keep the length of the string, so a regex match found on the key
maps back to the same offsets in the original, and evidence is always quoted as read.
"""
from __future__ import annotations

import re
import unicodedata

# Zero-width and formatting characters that editors and CMSs leave in text; they break
# word matching and are invisible to a reader, so they are dropped.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Horizontal spaces that are not a plain space (NBSP, thin and em spaces…).
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def normalize_unicode(text: str) -> str:
    """Compose to NFC: decomposed (NFD) Vietnamese becomes one code point per letter."""
    return unicodedata.normalize("NFC", text)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; Unicode line and paragraph separators become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def remove_invisible(text: str) -> str:
    """Drop zero-width characters, soft hyphens, stray BOMs and C0 control characters."""
    return _CONTROL.sub("", _INVISIBLE.sub("", text))


def normalize_spaces(text: str) -> str:
    """Turn exotic horizontal spaces and tabs into plain spaces."""
    return _ODD_SPACE.sub(" ", text)


def normalize(text: str) -> str:
    """Everything a reader applies: newlines, invisible characters, spaces, then NFC."""
    return normalize_unicode(normalize_spaces(remove_invisible(normalize_newlines(text))))


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _tone_table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for first, seconds in (("o", "ae"), ("u", "y"), ("O", "AE"), ("U", "Y")):
        for second in seconds:
            for tone in _TONES:
                old = unicodedata.normalize("NFC", second + tone)
                new = unicodedata.normalize("NFC", first + tone)
                table[first + old] = (new, second)
    return table


_TONE_TABLE = _tone_table()
# "oà", "oé", "uý"… at the end of a syllable: the tone sits on the second vowel in one
# spelling convention (hoà, thuý) and on the first in the other (hòa, thúy). "qu" is a
# consonant, so "quý" is the same in both and is left alone.
_TONE_PAIR = re.compile(
    "(?<![qQ])(" + "|".join(re.escape(k) for k in _TONE_TABLE) + r")(?!\w)"
)


def fold_tone_marks(text: str) -> str:
    """Put tone marks of open ``oa/oe/uy`` syllables on the first vowel (``hoà`` -> ``hòa``).

    The result has the same length as the input (each pair maps to a pair), so offsets
    found on it are valid in the original.
    """

    def swap(m: re.Match[str]) -> str:
        new, second = _TONE_TABLE[m.group(1)]
        return new + second

    return _TONE_PAIR.sub(swap, text)


def match_key(text: str) -> str:
    """Lower-cased, tone-folded form of ``text`` with the same length, for matching."""
    key = fold_tone_marks(text).lower()
    if len(key) != len(text):  # a few non-Vietnamese letters change length when lowered
        key = "".join(c.lower() if len(c.lower()) == 1 else c for c in fold_tone_marks(text))
    return key
