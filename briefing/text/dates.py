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
_WITHIN_YEAR = re.compile(r"(?:(?:đến|trước)\s+(?:cuối|hết)|đến\s+hết|trong)\s+năm\s+((?:19[89]|20[0-4])\d)(?!\d)",
                          re.IGNORECASE)
_RANGE = re.compile(r"\d{4}\s*[-–]\s*$|^\s*[-–]\s*\d{4}")


def current_year(text: str, *, month: int | None = None) -> int | None:
    """The year a report's present is in, judged from the years it mentions.

    Reports look back ("năm 2020 đạt …") and forward only as targets ("đến năm 2025"),
    so the latest year that is not a target is the year of the report; a meeting in
    November or December that plans "năm 2021" is held in 2020.
    """
    years: list[int] = []
    for m in _YEAR_ANY.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 8]
        if _TARGET_BEFORE.search(before) or _RANGE.search(before) or _RANGE.search(after) \
                or _TARGET_AFTER.match(text, m.end()) or _DOCUMENT_YEAR.search(text, max(0, m.start() - 60), m.start()):
            continue
        years.append(int(m.group(0)))
    if not years:
        # Only targets: one that falls within a year ("đến cuối năm 2017", "trong năm 2017")
        # is this year's deadline, so the report is of that year.
        within = [int(m.group(1)) for m in _WITHIN_YEAR.finditer(text)]
        return min(within) if within else None
    counts = Counter(years)
    top = max(counts.values())
    best = max(y for y in counts if counts[y] == top)
    latest = max(years)
    # "Đến cuối năm 2017 phải …": a deadline within a later year than any past year cited
    # is this year's.
    within = [int(m.group(1)) for m in _WITHIN_YEAR.finditer(text)]
    if within and min(within) > latest:
        return min(within)
    # A meeting in January reviews last year and plans this one ("tổng kết năm 2020,
    # triển khai nhiệm vụ năm 2021"); one in November or December plans next year.
    if month is not None and month <= 2 and best + 1 == latest:
        return latest
    if month is not None and month >= 11 and best == latest and best - 1 in counts:
        return best - 1
    return best


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
    date does (see :func:`current_year`).
    """
    for m in EVENT_DATE.finditer(text):
        if _NOT_EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "từ ngày 11/2", "trước ngày 30/6": a term, not the event
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("m") or m.group("m2"))
        y = m.group("y") or m.group("y2")
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        if not y and not published and fallback_year is None and context is not None:
            fallback_year = current_year(context, month=mo)
        return resolve_day(d, mo, year=int(y) if y else None, published=published, fallback_year=fallback_year)
    return None
