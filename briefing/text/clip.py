"""Shortening at clause boundaries, never inside a phrase (pure ``str -> str`` functions).

A clause may end before ``,`` ``;`` or ``:``, or before a connective that opens a
clause of purpose or elaboration ("để", "nhằm", "nhất là", "trong đó" …), and never
inside quotation marks or brackets. A comma between two short items is a list
("cán bộ, đảng viên, công chức"), not the end of a clause: a comma counts only when the
pieces on both sides of it have at least three words. When no boundary falls within the
bound, the text is cut at the first boundary after it, or not at all: a line a little
long is better than a phrase cut in half.
"""
from __future__ import annotations

import re

_OPEN = "“(«[‘"
_CLOSE = "”)»]’"
# Dashes are left out: "Khối Dân - Chính – Đảng" is one name.
_STRONG = ";:"
# Connectives that open a new clause; the cut falls before them.
_CONNECTIVE = re.compile(
    r"\s(?=(?:để|nhằm|nhất là|đặc biệt là|trong đó|qua đó|góp phần|gắn với|theo hướng|đồng thời|sao cho)\s)",
)
# Prepositions that open a modifier of the phrase before them ("Kế hoạch | của Ban Thường
# vụ", "công tác tư tưởng | trong tình hình mới"): a cut there drops a modifier but leaves
# every phrase whole. Only ``clip(..., phrases=True)`` uses them, when no clause fits.
_PREPOSITION = re.compile(r"\s(?=(?:của|về|trong|theo|tại|trên|đối với|thuộc|trước|sau khi|từ)\s)")
_MIN_LIST_ITEM = 3
# Pairs of verbs that officialese writes with a comma as one phrase ("phòng, chống tham
# nhũng", "sửa đổi, bổ sung"): the comma between them parts nothing.
_PAIRED = re.compile(
    r"(?:phòng|kiểm tra|sửa đổi|lãnh đạo|xây dựng|đôn đốc|tuyên truyền|rà soát|quản lý|bảo vệ|thu gom)"
    r",\s*(?:chống|giám sát|bổ sung|chỉ đạo|chỉnh đốn|kiểm tra|phổ biến|đánh giá|khai thác|phát triển|xử lý)\b",
    re.IGNORECASE,
)
# A piece may not end on a word that needs what follows it ("… các giải pháp để").
_DANGLING = frozenset("để của và với cho các những là được trong về theo tại từ nhằm mà thì như hoặc bị do".split())


def _words(text: str) -> int:
    return len(text.split())


def boundaries(text: str, *, phrases: bool = False, strong: bool = False) -> list[int]:
    """Offsets where a clause of ``text`` may end (the cut is ``text[:offset]``); with
    ``phrases``, where a prepositional modifier begins instead; with ``strong``, only the
    unambiguous ends (``;``, ``:``, a connective), not commas, which may part list items."""
    if phrases:
        return [m.start() for m in _PREPOSITION.finditer(text) if not _inside(text, m.start())]
    cuts: list[int] = []
    depth = 0
    straight_quote = False
    commas: list[int] = []
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight_quote = not straight_quote
        elif depth or straight_quote:
            continue
        elif ch in _STRONG:
            cuts.append(i)
        elif ch == ",":
            commas.append(i)
    if not strong:
        # A comma ends a clause only between two pieces of three words or more.
        paired = {m.start() + m.group().index(",") for m in _PAIRED.finditer(text)}
        edges = [-1, *commas, len(text)]
        for k in range(1, len(edges) - 1):
            before = text[edges[k - 1] + 1:edges[k]]
            after = text[edges[k] + 1:edges[k + 1]]
            if _words(before) >= _MIN_LIST_ITEM and _words(after) >= _MIN_LIST_ITEM and edges[k] not in paired:
                cuts.append(edges[k])
    cuts += [m.start() for m in _CONNECTIVE.finditer(text) if not _inside(text, m.start())]
    return sorted(c for c in set(cuts) if text[:c].strip())


def _dangles(piece: str) -> bool:
    words = piece.rstrip(" ,;:").split()
    return bool(words) and words[-1].lower() in _DANGLING


def _inside(text: str, at: int) -> bool:
    """Whether offset ``at`` lies inside quotation marks or brackets."""
    depth = 0
    straight = False
    for ch in text[:at]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
    return bool(depth) or straight


def clip(text: str, max_words: int, *, min_words: int | None = None, mark: str = "…",
         phrases: bool = False, strong_slack: float = 1.0) -> str:
    """``text`` cut at the last clause boundary within ``max_words`` words, with ``mark``.

    A cut leaves at least ``min_words`` words (default a third of the bound). An
    unambiguous end (``;``, ``:``, a connective) up to ``strong_slack`` times the bound is
    preferred to a comma within it. Without a clause boundary in range, ``phrases`` allows a
    cut before a prepositional modifier; failing that the cut moves to the first boundary
    past the bound, up to twice the bound; past that the text is kept whole.
    """
    text = text.strip()
    if _words(text) <= max_words:
        return text
    low = max_words // 3 if min_words is None else min_words

    def between(cuts: list[int], high: float) -> list[int]:
        return [c for c in cuts if low <= _words(text[:c]) <= high and not _dangles(text[:c])]

    all_cuts = boundaries(text)
    within = between(boundaries(text, strong=True), max_words * strong_slack) if strong_slack > 1 else []
    within = within or between(all_cuts, max_words)
    if not within and phrases:
        within = between(boundaries(text, phrases=True), max_words)
    late = all_cuts + (boundaries(text, phrases=True) if phrases else [])
    beyond = sorted(c for c in late if max_words < _words(text[:c]) <= 2 * max_words and _words(text[c:]) > 2
                    and not _dangles(text[:c]))
    at = within[-1] if within else beyond[0] if beyond else None
    if at is None:
        return text
    return text[:at].rstrip(" ,;:") + mark
