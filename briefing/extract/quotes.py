"""Quotations and who said them.

A quotation is attributed after it ("“…”, Thủ tướng nói.") or before it ("Bộ trưởng nhấn
mạnh: “…”"). Every sentence inside an attributed quotation speaks in that person's voice,
so "tôi"/"chúng tôi" and bare directions inside it belong to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.cues import ANY_VERB_RE
from briefing.extract.people import _LOW, Mention, find_mentions

# A quotation opened with a straight mark is often closed with a curly one ("… phải làm”).
_QUOTE = re.compile(r"“[^“”]{0,3000}(?:”|$)|\"[^\"”]{0,3000}(?:[\"”]|$)", re.MULTILINE)
_AFTER = re.compile(r"[\s,.\-–—]*")
_ADVERBS = r"(?:(?:cũng|đã|còn|thì|lại|tiếp\s+tục|đồng\s+thời|luôn|vẫn|một\s+lần\s+nữa|khẳng\s+định\s+và)\s+)*"
_VERB_AFTER = re.compile(r"\s*,?\s*" + _ADVERBS + r"(?=" + ANY_VERB_RE.pattern + ")")
_LEAD_IN = re.compile(r"(?::|rằng|là)\s*$")
# "“…”, ông nói.", "Bà nhấn mạnh: “…”": a speaker named earlier, referred to without a name
# (before a lower-case word, so "ông Hải" stays a named mention).
PRONOUN = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Vv]ị|[Đđ]ại\s+biểu)(?:\s+(?:ấy|này))?(?=\s+[" + _LOW + "])")
_BARE = frozenset({"vị", "đại biểu"})


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    #: The attribution mention and its offset in the text searched, when one is found.
    speaker: Mention | None
    speaker_at: int | None


def find_quotes(text: str, offset: int = 0) -> list[Quote]:
    """Quotations in a paragraph ``text`` (offsets shifted by ``offset``)."""
    quotes: list[Quote] = []
    for m in _QUOTE.finditer(text):
        if m.end() - m.start() < 12:  # a quoted term ("tự diễn biến"), not speech
            continue
        speaker: Mention | None = None
        at: int | None = None
        after = _AFTER.match(text, m.end())
        tail_start = after.end() if after else m.end()
        for men in find_mentions(text[tail_start:tail_start + 200])[:1]:
            if men.start <= 1 and _VERB_AFTER.match(text, tail_start + men.end):
                speaker, at = men, tail_start + men.start
        if speaker is None and (pro := _pronoun(text, tail_start)) is not None:
            speaker, at = pro, tail_start
        if speaker is None:
            head_start = max(0, m.start() - 250)
            before = text[head_start:m.start()]
            if _LEAD_IN.search(before):
                named = [men for men in find_mentions(before) if _VERB_AFTER.match(before, men.end)]
                pros = [p for p in (_pronoun(before, x.start()) for x in PRONOUN.finditer(before)) if p is not None]
                last = max([*named, *pros], key=lambda x: x.start, default=None)
                if last is not None:
                    speaker, at = last, head_start + last.start
        quotes.append(Quote(offset + m.start(), offset + m.end(), speaker, None if at is None else offset + at))
    return quotes


def _pronoun(text: str, at: int) -> Mention | None:
    """A pronoun subject of a verb of speech at offset ``at`` ("ông khẳng định"), as a
    mention of kind "pronoun" with offsets relative to ``at``'s text; the reader resolves
    it to the person it refers to."""
    p = PRONOUN.match(text, at)
    if p is None or (p.group(0).lower() in _BARE) or not _VERB_AFTER.match(text, p.end()):
        return None
    return Mention(p.start(), p.end(), None, p.group(0), "pronoun")
