"""Deadlines as written: "trước ngày 30/6", "trong quý III", "năm 2021", "chậm nhất 15/10/2021".

Vague horizons ("trong thời gian tới", "sắp tới") are not deadlines. The first match in the
sentence wins; the phrase is returned verbatim.
"""
from __future__ import annotations

import re

_DATE = (r"(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{4})?"
         r"|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?")
_MONTH = r"tháng\s+(?:\d{1,2}(?:\s*/\s*\d{4})?|này|tới|sau)(?:\s+năm\s+\d{4})?"
_QUARTER = r"quý\s+(?:I{1,3}|IV|[1-4]|này|tới)(?:\s*(?:/|năm)\s*\d{4})?"
_YEAR = r"năm\s+(?:\d{4}|nay|tới|sau)"
_HALF = r"\d+\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+\d{4})?"
_TET = r"Tết\s+Nguyên\s+đán(?:\s+[A-ZĐ][a-zà-ỹ]+\s+[A-ZĐ][a-zà-ỹ]+)?|dịp\s+Tết"
_WHEN = rf"(?:{_DATE}|{_MONTH}|{_QUARTER}|{_HALF}|{_YEAR}|{_TET})"

DEADLINE = re.compile(
    rf"(?<!\w)(?:(?:trước|chậm\s+nhất(?:\s+(?:là|vào|trước))?|muộn\s+nhất|trong|đến|hết|"
    rf"đến\s+hết|ngay\s+trong|trong\s+vòng|kể\s+từ|từ\s+nay\s+đến)\s+(?:ngày\s+)?{_WHEN}"
    rf"|trong\s+vòng\s+\d+\s+(?:ngày|tuần|tháng)|(?:^|,\s*)(?:{_HALF})|(?:^|,\s*){_YEAR}(?=\s*,))",
    re.IGNORECASE,
)


# The period a plan is for, written without a preposition: "nhiệm vụ năm 2021", "bước sang
# năm 2021", "thu ngân sách 6 tháng cuối năm", "Quý I/2019, tăng cường …". Only after the
# words of planning, so a year of the past ("năm 2020 đạt …") is not taken.
PLAN_PERIOD = re.compile(
    rf"(?<!\w)(?:(?:nhiệm\s+vụ(?:\s+trọng\s+tâm)?|kế\s+hoạch(?:\s+công\s+tác)?|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu|"
    rf"bước\s+sang|triển\s+khai|thu\s+(?:ngân\s+sách|NSNN))(?:\s+[^\s,.;:]+){{0,2}}?\s+)"
    rf"(?P<when>{_HALF}|\d+\s+tháng\s+(?:đầu|cuối)\s+năm|năm\s+\d{{4}}|\d{{4}}(?=[\s,.;:]))"
    rf"|(?:^|[“\"]\s*)(?P<quarter>[Qq]uý\s+(?:I{{1,3}}|IV|[1-4])(?:\s*/\s*\d{{4}})?)(?=\s*,)",
    re.IGNORECASE,
)
def find_deadline(text: str) -> str | None:
    """The first deadline phrase in ``text`` as written, or None.

    An explicit term ("trước ngày 30/6") wins, then the period a plan is for ("năm 2021").
    "ngay" (at once) is left out: reports use it as often for what is not a term ("không
    phải bán ngay") as for one.
    """
    m = DEADLINE.search(text)
    if m:
        return m.group(0).lstrip(", ").strip()
    p = PLAN_PERIOD.search(text)
    return (p.group("when") or p.group("quarter")).strip() if p else None
