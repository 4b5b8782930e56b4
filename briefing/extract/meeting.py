"""The meeting: its name, date, chair (chủ trì) and the leaders attending ("Đến dự có …").

Reports state these in their opening sentences: "Chiều 15/10, Đảng ủy Khối … tổ chức hội
nghị …", "… dưới sự chủ trì của …", "Đến dự có …". The date is resolved against the
publication date (the reader's, or a dateline in the text) or a year the text states.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.mentions import Registry
from briefing.extract.people import TITLE_HEAD, Mention, find_mentions
from briefing.text.dates import find_event_date, parse_dateline
from briefing.types import Meeting, Person, Segmented, Sentence, Task

_OPENING = 8  # sentences of the body where reports state the event
_EVENT = re.compile(
    r"(?<!\w)(?:[Hh]ội\s+nghị|[Pp]hiên\s+(?:họp|chất\s+vấn|giải\s+trình)|[Cc]uộc\s+họp|[Bb]uổi\s+(?:làm\s+việc|họp|"
    r"đối\s+thoại|kiểm\s+tra|gặp\s+mặt|tiếp)|[Kk]ỳ\s+họp|[Hh]ội\s+thảo|[Tt]ọa\s+đàm|[Đđ]oàn\s+công\s+tác)(?!\w)"
)
_NAME_STOP = re.compile(r"[.;]\s|[.;]$|\s(?:do|dưới|với\s+sự|nhằm|để|khi)\s|,\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹ]+\s+[a-zà-ỹ])|”")
_CHAIR_BEFORE = re.compile(r"(?:dưới\s+sự\s+chủ\s+trì\s+của"
                           r"|[Cc]hủ\s+trì\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc|phiên\s+họp)?\s*(?:có|là)?)\s*$")
_CHAIR_AFTER = re.compile(r"^\s*(?:đã\s+|cùng\s+)?chủ\s+trì")
_ATTEND = re.compile(r"(?:[Đđ]ến\s+dự|[Tt]ham\s+dự|[Dd]ự)\s+"
                     r"(?:hội\s+nghị|buổi\s+làm\s+việc|cuộc\s+họp|phiên\s+họp|kỳ\s+họp)?\s*(?:có|còn\s+có)\s")


# "chủ trì" as the sentence's verb: the person who opens the clause chairs ("Bộ trưởng X đã
# chỉ đạo như trên khi chủ trì cuộc họp", "A, B, C chủ trì Hội nghị" with the first of the
# co-chairs first). "do Bộ chủ trì" names a body, not a person.
_CHAIR_VERB = re.compile(r"(?<!\w)(?:đồng\s+)?chủ\s+trì(?!\w)")
_BY_BODY = re.compile(r"(?<!\w)do\s+\S+(?:\s+\S+)?\s*$")
# A leader who leads a visit or a working session ("Bí thư X dẫn đầu đoàn …", "Bộ trưởng X
# làm việc với …", "Thủ tướng X kiểm tra …") chairs it in all but name: the report's
# opening says so with the leader as the subject.
_LEADS = re.compile(
    r"\s*(?:đã\s+)?(?:có\s+(?:buổi|chuyến)\s+)?(?:dẫn\s+đầu|làm\s+việc\s+với|thăm\s+và\s+làm\s+việc|"
    r"đến\s+thăm\s+và\s+làm\s+việc|kiểm\s+tra|đi\s+kiểm\s+tra|đối\s+thoại|tiếp)(?!\w)"
)
# "Ngày 4/2, tại Hà Nội, …": the time and place before the subject.
_OPENING_PHRASE = re.compile(r"^(?:[^,;:“\"]{0,60},\s*){1,2}")


def _stated_chair(text: str, mentions: list[Mention]) -> Mention | None:
    """The person a sentence says chairs (its clause's subject before "chủ trì")."""
    verb = _CHAIR_VERB.search(text)
    if verb is None or _BY_BODY.search(text, 0, verb.start()):
        return None
    before = [m for m in mentions if m.end <= verb.start()]
    if not before:
        return None
    # Co-chairs are listed with ";" between them: the first listed is given.
    clause_start = text.rfind(". ", 0, verb.start())
    inside = [m for m in before if m.start > clause_start]
    return inside[0] if inside else None


def _leader_of_visit(opening: list[Sentence], registry: Registry) -> Person | None:
    """A titled leader who opens the report leading a visit or working session."""
    for s in opening:
        lead = _OPENING_PHRASE.match(s.text)
        starts = {0, lead.end()} if lead else {0}
        for m in find_mentions(s.text):
            if m.start in starts and m.title and _LEADS.match(s.text, m.end):
                return registry.resolve(m, s.start + m.start)
    return None


_WORKING_SESSION = re.compile(
    r"(?<!\w)(?:buổi|chuyến)\s+(?:làm\s+việc|công\s+tác|kiểm\s+tra)(?:\s+\S+){0,3}?\s+(?:với|tại)(?!\w)")
_DIRECTION_OF = re.compile(r"(?:chỉ\s+đạo|yêu\s+cầu|kết\s+luận)\s+của\s+$")


def _directing_visitor(opening: list[Sentence], registry: Registry) -> Person | None:
    """The leader who gives directions "tại buổi làm việc với …": the visitor chairs.

    In a working session ("buổi làm việc với lãnh đạo huyện") the side that directs is the
    visiting leader, who runs the session; the hosts report.
    """
    from briefing.extract.signals import speaker_pairs

    for s in opening:
        if not _WORKING_SESSION.search(s.text):
            continue
        mentions = find_mentions(s.text)
        directing = {id(p.mention) for p in speaker_pairs(s.text, mentions) if p.kind in ("directive", "speech")}
        for m in mentions:
            if m.title and (id(m) in directing or _DIRECTION_OF.search(s.text[: m.start])):
                return registry.resolve(m, s.start + m.start)
    return None


# "Kết luận hội nghị, Thủ tướng …": in Vietnamese meetings the chair sums up.
_CONCLUDES = re.compile(
    r"(?:^|,\s*)(?:[Pp]hát\s+biểu\s+)?[Kk]ết\s+luận\s+(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+(?:làm\s+việc|họp|kiểm\s+tra))"
    r"[^,.;]{0,80},\s*$"
)


def _concluder(body: list[Sentence], registry: Registry) -> Person | None:
    """The titled leader who sums up the meeting ("Kết luận cuộc họp, Phó Cục trưởng X …")."""
    for s in body:
        if "ết luận" not in s.text:
            continue
        for m in find_mentions(s.text):
            if m.title and _CONCLUDES.search(s.text[: m.start]):
                return registry.resolve(m, s.start + m.start)
    return None


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
    # Without a publication date the year is inferred from the years the text cites, and a
    # report that gives no directions is rarely a meeting report (a news story, an
    # interview): its first date is seldom a meeting's, and a wrong date is worse than none.
    # On the 116 gold articles (cross-validated tasks) this gives 3 wrong dates; dating
    # every opening sentence that names a meeting gives 6.
    for s in opening if tasks or published else ():
        when = find_event_date(s.text, published=published, context=segmented.document.text)
        if when:
            break
    if when is None and tasks and not published:
        # Past the opening a report may date the meeting it names in passing ("tại Hội
        # nghị … (ngày 12/1/2021)"); only a date with its year is taken there.
        for s in body[_OPENING:]:
            if _EVENT.search(s.text):
                when = find_event_date(s.text)
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
        mentions = find_mentions(s.text)
        for men in mentions:
            if chair is None and (_CHAIR_BEFORE.search(s.text[: men.start]) or _CHAIR_AFTER.match(s.text[men.end:])):
                chair = registry.resolve(men, s.start + men.start)
        if chair is None:
            found = _stated_chair(s.text, mentions)
            chair = registry.resolve(found, s.start + found.start) if found else None
        a = _ATTEND.search(s.text)
        if a:
            for men in find_mentions(s.text[a.end():]):
                p = registry.resolve(men, s.start + a.end() + men.start)
                if p not in attendees:
                    attendees.append(p)
    if chair is None:
        chair = (_leader_of_visit(opening[:3], registry) or _directing_visitor(opening[:4], registry)
                 or _concluder(body, registry))
    if chair is not None and chair.title is None and chair.name and TITLE_HEAD.match(chair.name):
        # An office the report never names a holder of ("Phó Thủ tướng"): a title, not a name.
        chair = Person(name=None, title=chair.name)
    if name:
        name = name[:1].upper() + name[1:]
    return Meeting(name=name or segmented.document.title, date=when, chair=chair, attendees=tuple(attendees))
