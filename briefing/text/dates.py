"""Dates as Vietnamese reports write them, resolved to ISO.

- A dateline: "Thứ Ba, ngày 30 tháng 11 năm 2021", "15/10/2021 08:30".
- An event date: "Chiều 15/10", "sáng ngày 7/2", "Chiều nay, 3/12", "ngày 6/7/2018",
  "sáng 15 tháng 10". Without a year it is resolved against the publication date (an
  event reported is on or before it, so a month after the publication month means the
  year before) or, failing that, the year the text itself talks about most; ``None`` when
  no year can be found.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

_PART = (r"(?:sáng|chiều|tối|trưa|đêm|rạng\s+sáng|hôm\s+nay|hôm\s+qua|chiều\s+nay|sáng\s+nay|tối\s+nay|trưa\s+nay"
         r"|ngày|hôm)")
#: An event date: a part of the day or "ngày" then day/month (and maybe year).
EVENT_DATE = re.compile(
    rf"(?<!\w)(?P<part>{_PART})(?:\s+(?:qua|nay|mai))?(?:\s*,)?(?:\s+(?:thứ\s+\w+|chủ\s+nhật)\s*,?)?\s+(?:ngày\s+)?"
    rf"(?:(?P<d>\d{{1,2}})\s*[/\-.]\s*(?P<m>\d{{1,2}})(?:\s*[/\-.]\s*(?P<y>\d{{4}}))?(?![\d/])"
    rf"|(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})(?:\s+năm\s+(?P<y2>\d{{4}}))?)",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:[/\-.]|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:[/\-.]|\s+năm\s+)\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.,])(?:19[89]\d|20[0-4]\d)(?![\d])")
# Also "tháng 9/2017", "quý 4/2020": a year after a slash, but not the tail of a number.
_YEAR_ANY = re.compile(r"(?<![\d.,])(?:19[89]\d|20[0-4]\d)(?![\d]|/\d)")


_NOT_EVENT_BEFORE = re.compile(r"(?:từ|đến|tới|trước|sau|hết|kể)\s*$", re.IGNORECASE)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_dateline(text: str) -> str | None:
    """The ISO date of a dateline such as "Thứ Ba, ngày 30 tháng 11 năm 2021"."""
    m = _DATELINE.search(text)
    if not m:
        return None
    return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))


# A year that is a target, the end of a period or a point of comparison ("đến năm 2025",
# "tầm nhìn 2030", "giai đoạn 2021-2025", "so với năm 2016", "từ tháng 11-2016") says
# nothing about when the meeting was held.
_TARGET_BEFORE = re.compile(
    r"(?:đến|tới|trước|sau|tầm\s+nhìn|định\s+hướng|giai\s+đoạn|nhiệm\s+kỳ|hết|cuối|vào|từ|khóa|khoá|so\s+với|hơn)"
    r"(?:\s+(?:năm|hết\s+năm|cuối\s+năm|tháng\s+\d{1,2}|quý\s+\w+|cùng\s+kỳ(?:\s+năm)?))?\s*[/\-]?\s*$",
    re.IGNORECASE,
)
# "Năm 2025 phải chấm dứt …", "năm 2030 sẽ đạt …": a year followed by an obligation or a
# future is a target too.
_TARGET_AFTER = re.compile(r"\s*,?\s*(?:phải|cần|sẽ|phấn\s+đấu|đặt\s+mục\s+tiêu)(?!\w)", re.IGNORECASE)
# "Luật Đất đai năm 2013", "(sửa đổi, bổ sung năm 2008)": the year of a legal document.
_DOCUMENT_YEAR = re.compile(
    r"(?:Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+định|Thông\s+tư|Nghị\s+quyết|Chỉ\s+thị|sửa\s+đổi|bổ\s+sung|"
    r"ban\s+hành)[^.;()\d]{0,40}?\s(?:năm\s+)?$|(?:sửa\s+đổi|bổ\s+sung)[^.;()\d]{0,20}năm\s+$"
)
# A deadline within a year: "đến cuối năm 2017", "dự kiến cuối năm 2017 hoàn thành", "trong năm
# 2017", "chạy thử trong tháng 9/2017"; not "từ cuối năm 2021", the start of something.
_WITHIN_YEAR = re.compile(
    r"(?<!từ\s)(?:(?:(?:đến|trước|vào)\s+)?(?:cuối|hết)\s+năm|trong\s+(?:năm|tháng\s*\d{1,2}\s*[/\-]|tháng\s+\d{1,2}\s+năm))"
    r"\s*((?:19[89]|20[0-4])\d)(?!\d)",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\d{4}\s*[-–]\s*$|^\s*[-–]\s*\d{4}")


# A year written onto a day or a month ("ngày 5/6/2012", "tháng 9/2017", "ngày 5 tháng 6 năm
# 2012") dates one particular event, which a report may cite from any year.
_ATTACHED = re.compile(
    r"(?:(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})|(?:(?P<d2>\d{1,2})\s+)?tháng\s*(?P<m2>\d{1,2}))\s*(?:[/\-.]|\s+năm)\s*$",
    re.IGNORECASE,
)
# "Nghị định 98/2020/NĐ-CP ngày 26/8/2020", "Kết luận số 24 ngày 5/6/2012", "Công văn số
# 10218/BCT-TTTN ngày 30/12/2020": the date a document was signed, not an event of the report.
_DOCUMENT_DATE = re.compile(r"(?:(?<!\w)số\s+\d\S*|\d+/\S*[A-ZĐ]\S*)\s+(?:ban\s+hành\s+)?(?:ngày\s+)?$")
# "Thông tư 33/2017", "98/2020/NĐ-CP": the year in a document's number.
_NUMBERED = re.compile(r"(?<![\w/.])\d+\s*/\s*$")
_PERIOD = re.compile(r"(?:tháng|quý)\s*\w+\s*/\s*$", re.IGNORECASE)
# "tính đến 31/5/2016", "tới ngày 28/1/2021": the end of a count, as of some day.
_CUTOFF = re.compile(r"(?:đến|tới|trước|sau|từ|hết)\s+(?:ngày\s+)?$", re.IGNORECASE)
# "tổng kết công tác năm 2020", "triển khai nhiệm vụ năm 2021": the year a meeting reviews or plans.
_REVIEW_OR_PLAN = re.compile(
    r"(?P<kind>tổng\s+kết|nhiệm\s+vụ|kế\s+hoạch|phương\s+hướng|triển\s+khai)[^.;()]{0,40}?năm\s+(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)


def _cited_years(text: str, *, day: int | None = None, month: int | None = None) -> tuple[list[int], int | None]:
    """The years a report cites as its present, and the year of any date that is the event's day.

    Targets, ranges, laws and document numbers are left out. With the event's month given, a
    year written onto a later month is left out too: a report narrates such a month ("tháng
    5/2012, Công an đã …") from an earlier year, or plans it, and nothing tells which. A date
    on the event's own day and month ("tới ngày 28/1/2021" in a report of "chiều nay 28/1")
    gives the year outright.
    """
    years: list[int] = []
    same_day = None
    for m in _YEAR_ANY.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 8]
        if _TARGET_BEFORE.search(before) or _RANGE.search(before) or _RANGE.search(after) \
                or _TARGET_AFTER.match(text, m.end()) or _DOCUMENT_YEAR.search(text, max(0, m.start() - 60), m.start()):
            continue
        y = int(m.group(0))
        attached = _ATTACHED.search(before)
        if attached is None:
            if _NUMBERED.search(before) and not _PERIOD.search(before):
                continue
            years.append(y)
            continue
        start = m.start() - len(before) + attached.start()
        if _DOCUMENT_DATE.search(text, max(0, start - 40), start):
            continue
        if month is not None:
            d = attached.group("d") or attached.group("d2")
            mo = int(attached.group("m") or attached.group("m2"))
            if d is not None and int(d) == day and mo == month and same_day is None:
                same_day = y
            if mo > month or _CUTOFF.search(text, max(0, start - 12), start):
                continue
        years.append(y)
    return years, same_day


def _judge(years: list[int], text: str, month: int | None) -> tuple[int | None, bool]:
    """The year of the report's present, and whether it was read off the years cited (not a deadline)."""
    if not years:
        # Only targets: one that falls within a year ("đến cuối năm 2017", "trong năm 2017")
        # is this year's deadline, so the report is of that year.
        within = [int(m.group(1)) for m in _WITHIN_YEAR.finditer(text)]
        return (min(within) if within else None), False
    counts = Counter(years)
    top = max(counts.values())
    best = max(y for y in counts if counts[y] == top)
    latest = max(years)
    # "Đến cuối năm 2017 phải …": a deadline within a later year than any past year cited
    # is this year's.
    within = [int(m.group(1)) for m in _WITHIN_YEAR.finditer(text)]
    if within and min(within) > latest:
        return min(within), False
    # A meeting in January reviews last year and plans this one ("tổng kết năm 2020,
    # triển khai nhiệm vụ năm 2021"); one in November or December plans next year.
    if month is not None and month <= 2 and best + 1 == latest:
        return latest, True
    if month is not None and month >= 11 and best == latest and best - 1 in counts:
        return best - 1, True
    return best, True


def current_year(text: str, *, month: int | None = None) -> int | None:
    """The year a report's present is in, judged from the years it mentions.

    Reports look back ("năm 2020 đạt …") and forward only as targets ("đến năm 2025"),
    so the latest year that is not a target is the year of the report; a meeting in
    November or December that plans "năm 2021" is held in 2020.
    """
    return _judge(_cited_years(text, month=month)[0], text, month)[0]


def event_year(text: str, *, day: int, month: int) -> int | None:
    """The year of an event on ``day``/``month`` that a report states without one, or None
    when the years the report cites do not settle it (a wrong year is worse than none).

    The year is taken when the report dates the same day with a year, or when the years
    it cites agree: one year only, one cited more than once, or one cited beside the year
    before it (this year set against the last). Years cited once each and apart are
    history ("khởi công 2008, hoàn thành năm 2015"), and in December or January one year
    cited once may be the closing year, the coming one or the last, so neither is used.
    """
    years, same_day = _cited_years(text, day=day, month=month)
    if same_day is not None:
        return same_day
    year, from_years = _judge(years, text, month)
    if year is None or not from_years:
        return year
    counts = Counter(years)
    if counts[year] >= 2 or year - 1 in counts or year + 1 in counts:
        return year
    if month in (12, 1):
        return None
    return year if len(counts) == 1 else None


def dominant_year(text: str) -> int | None:
    """The year the text mentions most (ties: the first mentioned), or None."""
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        # Only targets: one that falls within a year ("đến cuối năm 2017", "trong năm 2017")
        # is this year's deadline, so the report is of that year.
        within = [int(m.group(1)) for m in _WITHIN_YEAR.finditer(text)]
        return min(within) if within else None
    counts = Counter(years)
    best = max(counts.values())
    return next(y for y in years if counts[y] == best)


def resolve_day(day: int, month: int, *, year: int | None = None, published: str | None = None,
                fallback_year: int | None = None) -> str | None:
    """ISO date for day/month: an explicit year, else the publication date's, else a fallback."""
    if year is not None:
        return _iso(year, month, day)
    if published:
        try:
            pub = date.fromisoformat(published[:10])
        except ValueError:
            pub = None
        if pub is not None:
            # An event reported in January may have happened in December of the year before.
            y = pub.year - 1 if month > pub.month + 1 else pub.year
            return _iso(y, month, day)
    if fallback_year is not None:
        return _iso(fallback_year, month, day)
    return None


def find_event_date(text: str, *, published: str | None = None, fallback_year: int | None = None,
                    context: str | None = None) -> str | None:
    """The first event date in ``text`` ("Chiều 15/10"), resolved to ISO, or None.

    ``context`` (the whole report) gives the year when neither the date nor a publication
    date does, if the years it cites settle it (see :func:`event_year`).
    """
    for m in EVENT_DATE.finditer(text):
        if _NOT_EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "từ ngày 11/2", "trước ngày 30/6": a term, not the event
        if _DOCUMENT_DATE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Nghị định 98/2020/NĐ-CP ngày 26/8/2020": a document's date
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("m") or m.group("m2"))
        y = m.group("y") or m.group("y2")
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        if y and mo == 1 and _slipped_year(text, int(y)):
            y = str(int(y) + 1)
        if not y and not published and fallback_year is None and context is not None:
            fallback_year = event_year(context, day=d, month=mo)
        return resolve_day(d, mo, year=int(y) if y else None, published=published, fallback_year=fallback_year)
    return None


def _slipped_year(sentence: str, year: int) -> bool:
    """Whether a January date's year is last year's, kept by habit: the meeting it dates
    reviews that year or plans the next ("hội nghị tổng kết năm 2020, triển khai nhiệm vụ
    năm 2021 … ngày 6/1/2020"), which cannot happen in January of that year."""
    for m in _REVIEW_OR_PLAN.finditer(sentence):
        cited = int(m.group("y"))
        if cited == year + 1 or (cited == year and m.group("kind").lower().startswith("tổng")):
            return True
    return False
