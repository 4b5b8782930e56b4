"""Cheap checks of whether a text reads as Vietnamese.

Two signals, both computed on a sample so that a 20 MB file costs the same as a page:

- the share of *letters* that carry a Vietnamese diacritic or are ``đ`` (about a quarter
  in Vietnamese prose, a few percent in French, none in English);
- the share of *words* that are well-formed Vietnamese syllables (onset + vowel nucleus +
  coda, at most one tone mark), which also tells a correct decoding of legacy bytes from
  a wrong one: mis-decoded words contain stray symbols or impossible letter runs.

A statistical language identifier would be more general, but the ones at hand (underthesea's
``lang_detect``) import torch; these two numbers take microseconds and are enough to warn.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook, dot).
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

#: Every lower-case letter of the Vietnamese alphabet that carries a diacritic, plus đ.
VIETNAMESE_MARKED = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)

# Syllable shape on the toneless, lower-case form. Onsets are the written initial
# consonants of the standard orthography; nuclei are one to three vowel letters; codas
# are the eight written finals. Loose on purpose (it accepts some impossible nuclei):
# it has to separate Vietnamese from mojibake and from other languages, not spell-check.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+")

#: Characters of text looked at; enough for stable shares, cheap on huge inputs.
SAMPLE_CHARS = 20_000
#: Below this many letters a text is too short to judge and no warning is given.
MIN_LETTERS = 80


@dataclass(frozen=True)
class LanguageScore:
    letters: int
    words: int
    #: Share of letters that are Vietnamese-marked (see :data:`VIETNAMESE_MARKED`).
    marked_share: float
    #: Share of words that are well-formed Vietnamese syllables.
    syllable_share: float


def _sample(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    # Three slices, so a long English preamble does not decide for a Vietnamese body.
    third = limit // 3
    mid = len(text) // 2
    return "\n".join((text[:third], text[mid - third // 2: mid + third // 2], text[-third:]))


def is_syllable(word: str) -> bool:
    """Whether ``word`` (any case, NFC or NFD) has the shape of one Vietnamese syllable."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return _SYLLABLE.fullmatch(base) is not None


def score(text: str, *, sample_chars: int = SAMPLE_CHARS) -> LanguageScore:
    """How Vietnamese ``text`` looks, from a sample of at most ``sample_chars`` characters."""
    sample = unicodedata.normalize("NFC", _sample(text, sample_chars))
    words = _WORD.findall(sample)
    letters = sum(len(w) for w in words)
    if not words:
        return LanguageScore(0, 0, 0.0, 0.0)
    marked = sum(1 for w in words for c in w.lower() if c in VIETNAMESE_MARKED)
    syllables = sum(1 for w in words if is_syllable(w))
    return LanguageScore(letters, len(words), marked / letters, syllables / len(words))


def looks_vietnamese(s: LanguageScore) -> bool:
    """Vietnamese prose has ~20-30% marked letters and ~90% well-formed syllables.

    The thresholds leave room for text heavy in names, acronyms and numbers, while French
    (a few marked letters) and English (none) fall well below.
    """
    return s.marked_share >= 0.12 and s.syllable_share >= 0.6


def language_warning(text: str) -> str | None:
    """A one-line warning when ``text`` does not look like Vietnamese, else ``None``."""
    s = score(text)
    if s.letters < MIN_LETTERS or looks_vietnamese(s):
        return None
    if s.syllable_share >= 0.6 and s.marked_share < 0.02:
        return ("the text looks like Vietnamese written without diacritics; "
                "names, cues and dates may be missed")
    return (f"the text does not look like Vietnamese ({s.marked_share:.0%} Vietnamese letters, "
            f"{s.syllable_share:.0%} Vietnamese syllables); the briefing may miss tasks")
