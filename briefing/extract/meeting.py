"""The meeting: its name, date, chair (chủ trì) and the leaders attending ("Đến dự có …").

Reports state these in their opening sentences: "Chiều 15/10, Đảng ủy Khối … tổ chức hội
nghị …", "… dưới sự chủ trì của …", "Đến dự có …". The date is resolved against the
publication date (the reader's, or a dateline in the text) or a year the text states.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.mentions import Registry
from briefing.extract.people import find_mentions
from briefing.text.dates import find_event_date, parse_dateline
from briefing.types import Meeting, Person, Segmented, Task

_OPENING = 8  # sentences of the body where reports state the event
_EVENT = re.compile(
    r"(?<!\w)(?:[Hh]ội\s+nghị|[Pp]hiên\s+(?:họp|chất\s+vấn|giải\s+trình)|[Cc]uộc\s+họp|[Bb]uổi\s+(?:làm\s+việc|họp|"
    r"đối\s+thoại|kiểm\s+tra|gặp\s+mặt|tiếp)|[Kk]ỳ\s+họp|[Hh]ội\s+thảo|[Tt]ọa\s+đàm|[Đđ]oàn\s+công\s+tác)(?!\w)"
)
_NAME_STOP = re.compile(r"[.;]\s|[.;]$|\s(?:do|dưới|với\s+sự|nhằm|để|khi)\s|,\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹ]+\s+[a-zà-ỹ])|”")
_CHAIR_BEFORE = re.compile(r"(?:dưới\s+sự\s+chủ\s+trì\s+của|[Cc]hủ\s+trì\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc|phiên\s+họp)?\s*(?:có|là)?)\s*$")
_CHAIR_AFTER = re.compile(r"^\s*(?:đã\s+|cùng\s+)?chủ\s+trì")
_ATTEND = re.compile(r"(?:[Đđ]ến\s+dự|[Tt]ham\s+dự|[Dd]ự)\s+(?:hội\s+nghị|buổi\s+làm\s+việc|cuộc\s+họp|phiên\s+họp|kỳ\s+họp)?\s*(?:có|còn\s+có)\s")


def _published(segmented: Segmented) -> str | None:
    if segmented.document.published:
        return segmented.document.published
    for p in segmented.paragraphs[:6]:
        if p.kind == "dateline":
            found = parse_dateline(p.text)
            if found:
                return found
    return None


def find_published(segmented: Segmented) -> str | None:
    """A publication date from a dateline paragraph, when the reader found none."""
    if segmented.document.published:
        return None
    return _published(segmented)


def extract_meeting(segmented: Segmented, *, people: Sequence[Person] = (), tasks: Sequence[Task] = (),
                    registry: Registry | None = None) -> Meeting:
    body = [s for s in segmented.sentences if s.kind == "body"]
    opening = body[:_OPENING]
    registry = registry or Registry()
    published = _published(segmented)
    when = None
    for s in opening:
        when = find_event_date(s.text, published=published, context=segmented.document.text)
        if when:
            break
    name = None
    for s in opening:
        m = _EVENT.search(s.text)
        if m:
            stop = _NAME_STOP.search(s.text, m.end())
            end = stop.start() if stop else len(s.text)
            words = s.text[m.start():end].split()
            name = " ".join(words[:30]).strip(" ,") or None
            break
    chair = None
    attendees: list[Person] = []
    for s in opening:
        for men in find_mentions(s.text):
            if chair is None and (_CHAIR_BEFORE.search(s.text[: men.start]) or _CHAIR_AFTER.match(s.text[men.end:])):
                chair = registry.resolve(men, s.start + men.start)
        a = _ATTEND.search(s.text)
        if a:
            for men in find_mentions(s.text[a.end():]):
                p = registry.resolve(men, s.start + a.end() + men.start)
                if p not in attendees:
                    attendees.append(p)
    if chair is None:
        # Reports seldom say "chủ trì" of a leader's own working visit: the first leader
        # who gives directions chairs it in all but name.
        # A leader the report lists as attending ("Đến dự có …") is a guest, not the chair.
        chair = next((t.assigner for t in tasks if t.assigner and t.assigner.title and not t.implicit_speaker
                      and t.assigner not in attendees), None)
    if name:
        name = name[:1].upper() + name[1:]
    return Meeting(name=name or segmented.document.title, date=when, chair=chair, attendees=tuple(attendees))
