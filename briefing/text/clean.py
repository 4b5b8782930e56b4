"""Mark page furniture so that later stages read only the report.

Nothing is deleted: each paragraph gets a kind, and only ``"body"`` paragraphs feed the
extractors and summarizers. Offsets into the document therefore never move.

The rules are general to Vietnamese news pages (the headings and share widgets that news
CMSs print), not phrases from one article:

- ``title``: the headline, i.e. the first line when it matches the document title or is a
  short line with no final full stop;
- ``dateline``: a line that is only a date ("Thứ Ba, ngày 30 tháng 11 năm 2021", "15/10/2021 08:30");
- ``caption``: a photo caption ("… Ảnh: VGP/Thành Chung", "(Ảnh: TTXVN)", "Ảnh minh họa");
- ``furniture``: share/print widgets, "Tin liên quan"/"Tin khác"/"Xem thêm" blocks and the
  links under them, reader-comment blocks, tags, and a short byline or source line at the end.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.text.normalize import match_key

_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|t[2-7]|cn)"
_DATELINE = re.compile(
    rf"^\s*(?:{_WEEKDAY}\s*[,\-–]?\s*)?(?:ngày\s+)?\d{{1,2}}\s*(?:[/\-.]|\s+tháng\s+)\s*\d{{1,2}}"
    rf"\s*(?:[/\-.]|\s+năm\s+)\s*\d{{4}}\s*(?:[,\-–|]?\s*\d{{1,2}}[:h]\d{{2}}(?:\s*(?:\(?gmt[+\-]\d+\)?|am|pm))?)?\s*$"
    rf"|^\s*{_WEEKDAY}\s*[,\-–]?\s*(?:ngày\s+)?\d{{1,2}}[/\-.]\d{{1,2}}[/\-.]\d{{4}}.*$",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"(?:^|[\s(\-–—.:])ảnh\s*(?::|minh\s*họa|tư\s*liệu)"
    r"|^\s*\(?\s*ảnh\s*:"
    r"|(?:^|\s)(?:nguồn\s+ảnh|photo|ảnh chụp màn hình)\s*:",
    re.IGNORECASE,
)
# Headings after which a news page lists related articles or reader comments.
_BLOCK_HEADINGS = re.compile(
    r"^\s*(?:tin\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|mới(?:\s+nhất)?|đọc\s+nhiều|nổi\s+bật)"
    r"|bài\s+(?:viết\s+)?(?:liên\s+quan|khác)|các\s+tin\s+(?:khác|đã\s+đưa)|đọc\s+thêm|xem\s+thêm"
    r"|ý\s+kiến\s+bạn\s+đọc|bình\s+luận(?:\s*\(\d+\))?|gửi\s+bình\s+luận|ý\s+kiến\s+của\s+bạn"
    r"|từ\s+khóa|tags?|chủ\s+đề)\s*[:\-–»>]*\s*$",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^\s*(?:(?:chia\s+sẻ|share|thích|like|tweet|in\s+bài(?:\s+viết)?|gửi\s+(?:bài|email)|lưu\s+bài|"
    r"facebook|twitter|zalo|email|print|bản\s+in|quay\s+lại|về\s+đầu\s+trang|trở\s+lại|"
    r"theo\s+dõi|đánh\s+giá\s+bài\s+viết|\d+\s+(?:lượt\s+xem|bình\s+luận))\s*[|/·•,]*\s*)+$",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^\s*[(\[]?\s*(?:theo|nguồn)\s*:?\s+[^.]{2,60}[)\]]?\s*$", re.IGNORECASE)
_NAME_WORD = r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\.?"
_BYLINE = re.compile(
    rf"^\s*(?:(?:PV|BTV|CTV|TTXVN|Nhóm\s+PV)\b.*|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
    rf"(?:\s*[-–/,]\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})*)\s*$"
)


def is_dateline(text: str) -> bool:
    return len(text) <= 80 and bool(_DATELINE.match(text))


def is_caption(text: str) -> bool:
    """A photo caption: a short paragraph that credits a photo ("Ảnh: …")."""
    return len(text) <= 400 and bool(_CAPTION.search(text))


# Captions that credit no photo: a scene ("Quang cảnh hội nghị", "Toàn cảnh buổi làm việc",
# "Các đại biểu dự hội nghị") or a person at the event ("Bộ trưởng X phát biểu tại hội
# nghị."): one short sentence whose verb is attending, speaking or posing at the event.
_SCENE_CAPTION = re.compile(
    r"^\s*(?:Quang\s+cảnh|Toàn\s+cảnh|Cảnh\s+(?:hội\s+nghị|buổi)|Các\s+đại\s+biểu|Đại\s+biểu\s+(?:dự|tham\s+dự)|"
    r"Lãnh\s+đạo\s+.{0,80}chụp\s+ảnh|Đoàn\s+công\s+tác\s+.{0,60}(?:thăm|kiểm\s+tra))",
)
_EVENT_CAPTION = re.compile(
    r"(?:phát\s+biểu(?:\s+(?:chỉ\s+đạo|kết\s+luận|khai\s+mạc|bế\s+mạc))?|tham\s+dự|dự|"
    r"trao\s+[^.]{0,60}|chụp\s+ảnh\s+lưu\s+niệm|thăm\s+[^.]{0,60}|kiểm\s+tra\s+[^.]{0,60}|làm\s+việc)"
    r"\s+(?:tại|với)?\s*(?:hội\s+nghị|buổi\s+(?:làm\s+việc|họp|gặp|tiếp|lễ)|cuộc\s+họp|phiên\s+họp|"
    r"kỳ\s+họp|lễ|hội\s+thảo|tọa\s+đàm|buổi\s+\w+)[^.]{0,60}\.?\s*$",
    re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(
    r"^\s*[(\[]?\s*(?:Ảnh|ẢNH|Nguồn\s+ảnh|Photo)\s*:|[(\[]\s*Ảnh\s*:|[(\[]\s*ảnh\s+(?:minh\s+họa|[A-ZĐ])",
    re.IGNORECASE,
)


# A photo credit run into a sentence: "(ảnh Minh Khánh)", "Ảnh: VGP/Lê Sơn", "Ảnh: TTXVN".
# The credit is the mark, one token (an agency, "VGP/Lê") and at most two capitalised
# syllables of a photographer's name after it.
_RUN_IN_CREDIT = re.compile(
    r"\s*[(\[]\s*[Ảả]nh\b[^)\]]{0,60}[)\]]"
    r"|\s*(?<!\w)(?:Ảnh|ẢNH|Nguồn\s+ảnh)\s*:\s*\S+(?:\s+[A-ZĐ][a-zà-ỹđ]+(?=\s+[A-ZĐ])){0,2}"
)


def strip_credits(text: str) -> str:
    """``text`` without photo credits run into it (for short forms, never for evidence)."""
    return re.sub(r"\s{2,}", " ", _RUN_IN_CREDIT.sub(" ", text)).strip()


_TIMED = re.compile(r"^\W*(?:sáng|chiều|tối|trưa|ngày|hôm)\b", re.IGNORECASE)


def is_caption_sentence(text: str) -> bool:
    """One sentence that is a photo caption or credit, even run into a body paragraph."""
    if _PHOTO_CREDIT.search(text) and len(text) <= 200:
        return True
    words = len(text.split())
    if _TIMED.match(text):  # "Sáng 15/3, …": the report's own account of the event
        return False
    if words <= 40 and _SCENE_CAPTION.match(text):
        return True
    return words <= 30 and bool(_EVENT_CAPTION.search(text)) and not re.search(r"[“\"”:]", text)


def _repeats_itself(text: str) -> bool:
    """Some CMSs print a caption twice in a row: "X. X." with X the same sentence."""
    t = text.strip()
    half = len(t) // 2
    for cut in range(max(0, half - 3), min(len(t), half + 4)):
        a, b = t[:cut].strip(), t[cut:].strip()
        if a and a == b:
            return True
    return False


def is_widget(text: str) -> bool:
    return len(text) <= 120 and bool(_WIDGET.match(text))


def is_block_heading(text: str) -> bool:
    return len(text) <= 60 and bool(_BLOCK_HEADINGS.match(text))


def is_byline(text: str) -> bool:
    """A closing signature: a few capitalised words (a name, "PV", "Theo TTXVN")."""
    if len(text) > 60 or (text.rstrip().endswith((".", ":", "?", "!")) and not text.rstrip().endswith(".)")):
        return bool(_SOURCE_LINE.match(text)) and len(text) <= 80
    return bool(_BYLINE.match(text) or _SOURCE_LINE.match(text))


def _is_headline(text: str, title: str | None) -> bool:
    if title and match_key(text.strip()) == match_key(title.strip()):
        return True
    stripped = text.strip()
    return len(stripped) <= 200 and not stripped.endswith((".", "…", ":", ";")) and len(stripped.split()) >= 3


def classify_paragraphs(paragraphs: Sequence[str], *, title: str | None = None) -> list[str]:
    """One kind per paragraph: body, title, dateline, caption or furniture."""
    kinds = ["body"] * len(paragraphs)
    n = len(paragraphs)
    seen_title = False
    in_block = False
    for i, text in enumerate(paragraphs):
        if in_block:
            # Related links and comments run to the end, until a long paragraph of
            # prose shows the report has resumed.
            if len(text) > 300 and text.rstrip().endswith((".", "…", "!", "?")):
                in_block = False
            else:
                kinds[i] = "furniture"
                continue
        if is_block_heading(text):
            kinds[i] = "furniture"
            in_block = True
        elif is_widget(text):
            kinds[i] = "furniture"
        elif is_dateline(text):
            kinds[i] = "dateline"
        elif not seen_title and i <= 2 and _is_headline(text, title):
            kinds[i] = "title"
            seen_title = True
        elif is_caption(text) or (len(text) <= 400 and (_repeats_itself(text) or is_caption_sentence(text))):
            kinds[i] = "caption"
    # A signature or source line closes many reports: mark the last one or two.
    tail = [i for i in range(n) if kinds[i] == "body"][-2:]
    for i in reversed(tail):
        if is_byline(paragraphs[i]) and i > 0:
            kinds[i] = "furniture"
        else:
            break
    return kinds
