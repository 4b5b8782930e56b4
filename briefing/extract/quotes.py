"""Quotations and who said them.

A quotation is attributed after it ("“…”, Thủ tướng nói.") or before it ("Bộ trưởng nhấn
mạnh: “…”"). Every sentence inside an attributed quotation speaks in that person's voice,
so "tôi"/"chúng tôi" and bare directions inside it belong to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.cues import ANY_VERB_RE
from briefing.extract.people import Mention, find_mentions

_QUOTE = re.compile(r"“[^“”]{0,3000}(?:”|$)|\"[^\"]{0,3000}(?:\"|$)", re.MULTILINE)
_AFTER = re.compile(r"[\s,.\-–—]*")
_ADVERBS = r"(?:(?:cũng|đã|còn|thì|lại|tiếp\s+tục|đồng\s+thời|luôn|vẫn|một\s+lần\s+nữa|khẳng\s+định\s+và)\s+)*"
_VERB_AFTER = re.compile(r"\s*,?\s*" + _ADVERBS + r"(?=" + ANY_VERB_RE.pattern + ")")
_LEAD_IN = re.compile(r"(?::|rằng|là)\s*$")


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
        if speaker is None:
            head_start = max(0, m.start() - 250)
            before = text[head_start:m.start()]
            if _LEAD_IN.search(before):
                for men in reversed(find_mentions(before)):
                    if _VERB_AFTER.match(before, men.end):
                        speaker, at = men, head_start + men.start
                        break
        quotes.append(Quote(offset + m.start(), offset + m.end(), speaker, None if at is None else offset + at))
    return quotes
