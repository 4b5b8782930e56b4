"""Who must act and the action itself: assignees and a concise task text.

Reports name the units that must act right after the directive verb ("yêu cầu các bộ, ngành,
UBND các tỉnh khẩn trương …") or as the subject of a bare direction ("Bộ Công Thương phải
…"). The unit phrase ends where the action begins, found with a list of the verbs that open
directions; a concise task text is the clause from that action on.
"""
from __future__ import annotations

import re

from briefing.extract import cues
from briefing.extract.people import _UP
from briefing.text.clean import strip_credits
from briefing.text.shorten import shorten

_WORDLIKE = re.compile(r"[^\W\d_]")

# What an assignee phrase opens with: a determiner, then a unit word. Covers the bodies of
# the Party (Đảng ủy, Thành ủy, Tỉnh ủy, cấp ủy, chi bộ), the State and Government (Bộ, Sở,
# Cục, Tổng cục, Vụ, UBND, HĐND, Văn phòng, Thanh tra, Kiểm toán, Kho bạc, Ngân hàng), the
# courts, police, customs and army, mass organisations (MTTQ, Đoàn, Hội, Công đoàn), state
# companies (Tập đoàn, Tổng công ty, Công ty), the administrative levels (tỉnh, thành phố,
# quận, huyện, xã, phường) and the common plural nouns for them ("các bộ, ngành", "địa
# phương", "đơn vị", "người đứng đầu"). A run of capitalised words (a place or body name,
# "Hà Nội", "TKV") also opens one; a capitalised ordinary word ("Khi", "Bây giờ") does not.
_DETERMINER = r"(?:(?:các|Các|những|Những|mỗi|Mỗi|từng|Từng|toàn|Toàn|cả|Cả|tất\s+cả|Tất\s+cả)\s+)?"
_UNIT_WORDS = (
    r"(?i:bộ|sở|ban|cục|tổng\s+cục|chi\s+cục|vụ(?!\s+việc)|viện|ủy\s+ban|uỷ\s+ban|văn\s+phòng|thanh\s+tra|kiểm\s+toán|"
    r"kho\s+bạc|ngân\s+hàng|tòa\s+án|toà\s+án|công\s+an|hải\s+quan|quân\s+khu|bộ\s+đội|bộ\s+chỉ\s+huy|"
    r"đảng\s+ủy|đảng\s+uỷ|đảng\s+bộ|thành\s+ủy|thành\s+uỷ|tỉnh\s+ủy|tỉnh\s+uỷ|huyện\s+ủy|huyện\s+uỷ|quận\s+ủy|quận\s+uỷ|"
    r"cấp\s+ủy|cấp\s+uỷ|chi\s+bộ|mặt\s+trận|đoàn|hội(?!\s+nghị)|công\s+đoàn|liên\s+đoàn|tập\s+đoàn|tổng\s+công\s+ty|"
    r"công\s+ty|trung\s+tâm|trường|đài|báo|chính\s+phủ|quốc\s+hội|thường\s+trực|thường\s+vụ|hội\s+đồng|tổ\s+công\s+tác|"
    r"ngành|địa\s+phương|đơn\s+vị|cơ\s+quan|chính\s+quyền|lực\s+lượng|doanh\s+nghiệp|thủ\s+trưởng|lãnh\s+đạo|"
    r"người\s+đứng\s+đầu|cán\s+bộ|công\s+chức|đảng\s+viên|chủ\s+đầu\s+tư|nhà\s+thầu|tỉnh|thành\s+phố|quận|huyện|"
    r"thị\s+xã|xã|phường|thị\s+trấn|đồng\s+chí|bệnh\s+viện|trạm|ban\s+quản\s+lý|BQL|BTC|BCĐ)(?!\w)"
    r"|(?:UBND|HĐND|MTTQ|NHNN|TP\.?|TW|TƯ|BCH|Q\.|P\.)(?!\w)"
)
# (An A-ZĐÀ-Ỹ range would take lower-case letters too: it spans most of Latin Extended.)
_WORD_UP = rf"[{_UP}][\w&.\-/]*"
_ABBREV = rf"[{_UP}][{_UP}&.\-/0-9]+"
_CAPS_RUN = rf"(?:{_ABBREV}|{_WORD_UP}(?:\s+(?:{_WORD_UP}|\d+))+)"
UNIT = re.compile(r"^" + _DETERMINER + r"(?:" + _UNIT_WORDS + r")")
# A whole proper name: "Hà Nội", "TKV", "Đà Nẵng" (an abbreviation, or two or more words
# all capitalised: a single capitalised word is as often "Khi" or "Việc" opening a clause).
_PROPER = re.compile(r"^" + _CAPS_RUN + r"$")
# Words that end a unit phrase as the subject of something else than a direction: tense
# and aspect markers ("Bộ GTVT sẽ", "Cục X cũng") are dropped from the phrase's end.
_TRAILING = re.compile(r"(?:\s+(?:sẽ|cũng|đã|đang|vẫn|cần|phải|luôn|đều|thì))+$")
# Verbs inside a would-be unit phrase show it is a clause, not a name.
_VERB_INSIDE = re.compile(
    r"(?<!\w)(?:" + f"{cues.DIRECTIVE_VERBS}|{cues.SPEECH_VERBS}|{cues.REPORT_VERBS}|{cues.ASSESS_VERBS}" +
    r"|là|có|được|bị|còn|vẫn|đang|nhưng|nếu|khi|vì|để)(?!\w)"
)

_ACTION_ANYWHERE = re.compile(
    r"(?<!\w)(?:cần|phải|khẩn\s+trương|tập\s+trung|tiếp\s+tục|đẩy\s+mạnh|tăng\s+cường|chú\s+trọng|"
    r"rà\s+soát|nghiên\s+cứu|thực\s+hiện|xây\s+dựng|chủ\s+động|phối\s+hợp|có|sớm|quan\s+tâm|làm|"
    r"triển\s+khai|xử\s+lý|kiểm\s+tra|chỉ\s+đạo|nâng\s+cao|đảm\s+bảo|bảo\s+đảm|hoàn\s+thành|tính\s+toán|"
    r"soạn\s+thảo|báo\s+cáo|theo\s+dõi|nêu\s+cao|không|giải\s+quyết|quyết\s+liệt|kiên\s+quyết|đưa|"
    r"chuẩn\s+bị|tổ\s+chức|ban\s+hành|cho\s+ý\s+kiến|bám\s+sát|tham\s+mưu|hướng\s+dẫn|giữ|đề\s+xuất|"
    r"chủ\s+trì|phấn\s+đấu|hỗ\s+trợ|đôn\s+đốc|giám\s+sát|tuyên\s+truyền|tham\s+gia|khắc\s+phục|bổ\s+sung|"
    r"hoàn\s+thiện|đẩy\s+nhanh|ưu\s+tiên|tạo\s+điều\s+kiện|nắm\s+chắc|quản\s+lý|cải\s+thiện)(?!\w)"
)


_OPENS_PROPER = re.compile(r"^" + _DETERMINER + _CAPS_RUN + r"(?=[\s,])")


def opens_with_unit(text: str) -> bool:
    """Whether a sentence opens with a unit as its subject ("Bộ X …", "TKV …", "Hà Nội …")."""
    return bool(UNIT.match(text) or _OPENS_PROPER.match(text))


def is_unit(phrase: str) -> bool:
    """Whether ``phrase`` names a unit that can be given a task ("UBND các tỉnh", "Hà Nội")."""
    phrase = phrase.strip(" ,")
    if not phrase or _VERB_INSIDE.search(phrase):
        return False
    return bool(UNIT.match(phrase) or _PROPER.match(phrase))


def _split_units(head: str) -> list[str]:
    """Split a list of units at "," and "và", but not inside one body's name.

    "Bộ Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch" are one
    body each: a part that does not itself open like a unit ("Phát triển nông thôn",
    "Thể thao") goes back to the part before it, with its separator. A bare "ngành" after
    "các bộ" stays with it too: "các bộ, ngành" is how reports write one list.
    """
    pieces = re.split(r"(,\s*|\s+và\s+|\s+cùng\s+)", head)
    out: list[str] = []
    for i in range(0, len(pieces), 2):
        part = pieces[i].strip(" ,")
        sep = pieces[i - 1] if i else ""
        if not part:
            continue
        plural_tail = re.fullmatch(r"(?:các\s+)?(?:ngành|địa\s+phương|đơn\s+vị|sở|ban|ngành\s+liên\s+quan)", part)
        if out and (plural_tail or not (UNIT.match(part) or _PROPER.match(part))):
            glue = ", " if sep.strip() == "," else f" {sep.strip()} "
            out[-1] = f"{out[-1]}{glue}{part}"
        else:
            out.append(part)
    return out


def find_assignees(clause: str) -> tuple[str, ...]:
    """Units named before the action in a clause ("các bộ, ngành, UBND TP Hà Nội phải …")."""
    clause = clause.strip(" ,:")
    c = cues.CONTINUATION.match(clause)
    if c and clause[c.end():c.end() + 1] in ", ":
        clause = clause[c.end():].strip(" ,:")
    if cues.ACTION_START.match(clause) or cues.CONTINUATION.match(clause):
        return ()  # the clause opens with the action (or a connective): no unit is named
    m = _ACTION_ANYWHERE.search(clause)
    if not m or m.start() == 0:
        return ()
    head = _TRAILING.sub("", clause[: m.start()].strip(" ,")).strip(" ,")
    if len(head.split()) > 14 or not is_unit(head.split(",")[0].split(" và ")[0]):
        return ()
    units = _split_units(head)
    return tuple(u for u in units if is_unit(u))


def concise(clause: str, assignees: tuple[str, ...]) -> str:
    """A short form of a direction that starts with the action (never empty of words)."""
    clause = strip_credits(clause)
    text = clause.strip(" ,:“”\"")
    c = cues.CONTINUATION.match(text)
    if c and c.end() < len(text) and text[c.end():c.end() + 1] in ", ":
        # "Đặc biệt là lãnh đạo …", "Cùng với đó là làm tốt …": the link goes with the opener.
        text = re.sub(r"^(?:với\s+đó\s+)?là\s+", "", text[c.end():].strip(" ,:"))
    if assignees:
        joined = assignees[-1]
        at = text.find(joined)
        if 0 <= at < 120:
            text = text[at + len(joined):].strip(" ,")
    text = re.sub(r"^(?:cần\s+phải|cần|phải|nên|hãy)\s+", "", text, flags=re.IGNORECASE)
    text = text.rstrip(" .;…”\"")
    # The evidence carries the whole sentence; the task line only has to be scannable.
    text = shorten(text, 30)
    if not _WORDLIKE.search(text):
        # Only punctuation left (the clause was all connective or quotation marks): the
        # caller falls back to the evidence.
        return ""
    return text[:1].upper() + text[1:]
