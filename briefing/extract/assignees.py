"""Who must act and the action itself: assignees and a concise task text.

Reports name the units that must act right after the directive verb ("yêu cầu các bộ, ngành,
UBND các tỉnh khẩn trương …") or as the subject of a bare direction ("Bộ Công Thương phải
…"). The unit phrase ends where the action begins, found with a list of the verbs that open
directions; a concise task text is the clause from that action on.
"""
from __future__ import annotations

import re

from briefing.extract import cues
from briefing.text.shorten import shorten

UNIT = re.compile(
    r"^(?:các|Các|những|mỗi|từng|toàn|cả)?\s*(?:[A-ZĐÀ-Ỹ]|bộ|ngành|sở|địa\s+phương|đơn\s+vị|cơ\s+quan|"
    r"cấp\s+ủy|chính\s+quyền|lực\s+lượng|doanh\s+nghiệp|thủ\s+trưởng|lãnh\s+đạo|người\s+đứng\s+đầu|cán\s+bộ|"
    r"chi\s+bộ|đảng\s+viên|ngành|huyện|tỉnh|thành\s+phố|quận|xã|phường|chủ\s+đầu\s+tư|nhà\s+thầu|ban)"
)
_ACTION_ANYWHERE = re.compile(
    r"(?<!\w)(?:cần|phải|khẩn\s+trương|tập\s+trung|tiếp\s+tục|đẩy\s+mạnh|tăng\s+cường|chú\s+trọng|"
    r"rà\s+soát|nghiên\s+cứu|thực\s+hiện|xây\s+dựng|chủ\s+động|phối\s+hợp|có|sớm|quan\s+tâm|làm|"
    r"triển\s+khai|xử\s+lý|kiểm\s+tra|chỉ\s+đạo|nâng\s+cao|đảm\s+bảo|bảo\s+đảm|hoàn\s+thành|tính\s+toán|"
    r"soạn\s+thảo|báo\s+cáo|theo\s+dõi|nêu\s+cao|không|giải\s+quyết|quyết\s+liệt|kiên\s+quyết|đưa|"
    r"chuẩn\s+bị|tổ\s+chức|ban\s+hành|cho\s+ý\s+kiến|bám\s+sát|tham\s+mưu|hướng\s+dẫn|giữ|đề\s+xuất)(?!\w)"
)


def find_assignees(clause: str) -> tuple[str, ...]:
    """Units named before the action in a clause ("các bộ, ngành, UBND TP Hà Nội phải …")."""
    clause = clause.strip(" ,:")
    c = cues.CONTINUATION.match(clause)
    if c and clause[c.end():c.end() + 1] in ", ":
        clause = clause[c.end():].strip(" ,:")
    if cues.ACTION_START.match(clause):
        return ()  # the clause opens with the action: no unit is named
    m = _ACTION_ANYWHERE.search(clause)
    if not m or m.start() == 0:
        return ()
    head = clause[: m.start()].strip(" ,")
    if len(head.split()) > 14 or not UNIT.match(head):
        return ()
    parts = [p.strip(" ,") for p in re.split(r",\s*|\s+và\s+|\s+cùng\s+", head) if p.strip(" ,")]
    # "các bộ, ngành" is one unit list as reports write it: keep a bare "ngành" with its "bộ".
    out: list[str] = []
    for p in parts:
        if out and re.fullmatch(r"ngành|địa\s+phương|đơn\s+vị|sở|ban|ngành\s+liên\s+quan", p):
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
    return tuple(out)


def concise(clause: str, assignees: tuple[str, ...]) -> str:
    """A short form of a direction that starts with the action."""
    text = clause.strip(" ,:“”\"")
    c = cues.CONTINUATION.match(text)
    if c and c.end() < len(text) and text[c.end():c.end() + 1] in ", ":
        text = text[c.end():].strip(" ,:")
    if assignees:
        joined = assignees[-1]
        at = text.find(joined)
        if 0 <= at < 120:
            text = text[at + len(joined):].strip(" ,")
    text = re.sub(r"^(?:cần\s+phải|cần|phải|nên|hãy)\s+", "", text, flags=re.IGNORECASE)
    text = text.rstrip(" .;…”\"")
    # The evidence carries the whole sentence; the task line only has to be scannable.
    text = shorten(text, 30)
    return text[:1].upper() + text[1:] if text else clause.strip()
