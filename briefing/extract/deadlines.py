"""Deadlines as written: "trước ngày 30/6", "trong quý III", "năm 2021", "chậm nhất 15/10/2021".

Vague horizons ("trong thời gian tới", "sắp tới") are not deadlines. The first match in the
sentence wins; the phrase is returned verbatim.
"""
from __future__ import annotations

import re

_DATE = r"(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{4})?|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?"
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


def find_deadline(text: str) -> str | None:
    """The first deadline phrase in ``text`` as written, or None."""
    m = DEADLINE.search(text)
    if not m:
        return None
    return m.group(0).lstrip(", ").strip()
