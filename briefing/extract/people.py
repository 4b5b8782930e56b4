"""Officials as Vietnamese reports write them: a title, then a personal name.

"Phó Bí thư Thành ủy, Chủ tịch HĐND TP Nguyễn Thị Lệ", "Thủ tướng Nguyễn Xuân Phúc",
"Bộ trưởng Bộ Công Thương Trần Tuấn Anh", "đồng chí Lê Thị Hồng Nga", "ông Hải".

The hard part is where the name starts: the organisation inside a title is capitalised too
("Bộ Công Thương", "tỉnh Lâm Đồng"). A personal name is 2-4 capitalised syllables that
begin with a family name, so the name is the first family name in the capitalised run
after the title that leaves at most four syllables to the run's end. Everything here is
plain regular expressions and set lookups: no tagger, so it runs in microseconds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract import cues

# Vietnamese family names: the ~60 that cover nearly all officials (the common Kinh names,
# plus common names of the Tày, Thái, Mường, Khmer and Hoa communities).
SURNAMES = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai
    Đào Lương Tô Vương Trương Lưu Phùng Đoàn Tạ Hà Cao Lâm Thái Chu Kiều Quách Âu Triệu Tăng
    Khổng Lại Giang La Châu Nông Lò Bạc Hầu Thân Tống Diệp Doãn Khúc Mạc Nghiêm
    Thạch Từ Tôn Lục Cù Bế Hứa Đàm Lã Mã Tiêu Viên Lữ Đồng Khuất Phí Khương Thiều""".split()
)
# Provinces and cities whose names begin with a family name, so are not taken for people.
PLACES = frozenset(
    ("Hà Nội", "Hà Nam", "Hà Tĩnh", "Hà Giang", "Cao Bằng", "Thái Bình", "Thái Nguyên",
     "Lâm Đồng", "Hồ Chí", "Mai Châu", "Hà Đông", "Hà Tiên", "Lâm Hà", "Ninh Bình", "Ninh Thuận",
     "Bạc Liêu", "Châu Đốc", "Lý Sơn", "Cao Lãnh", "Hà Tây", "Hà Bắc", "Tô Lịch", "Hồ Tây", "Lê Chân",
     "Ngô Quyền", "Hoàng Mai", "Đinh Lập", "Đồng Nai", "Đồng Tháp", "Đồng Hới", "Đồng Xoài", "Đồng Anh",
     "Đồng Hỷ", "Đồng Xuân", "Đồng Phú", "Đồng Tâm", "Đồng Đăng", "Đồng Khởi", "Đồng Hòa", "Đồng Hoà",
     # and that end in one: "tỉnh Bắc Giang Lê Văn A" is not "Giang Lê Văn A".
     "Bắc Giang", "Tiền Giang", "Kiên Giang", "Hậu Giang", "Thanh Hà", "Hải Hà",
     "Cù Lao")  # "cù lao" (an islet): "Cù Lao Chàm", "Cù Lao Dung"
)
# A place that is also a plausible name, known as the place when nothing follows it.
_PLACE_ALONE = frozenset(("Đồng Văn",))
# "Hoà/Hòa", "Thuỷ/Thủy": both spellings occur; name matching folds them elsewhere.

# Title heads: the office itself (longest first when alternatives share a prefix). Covers
# the Party (Tổng Bí thư, Bí thư, Ủy viên Bộ Chính trị, Trưởng ban), the State (Chủ tịch nước),
# the Government (Thủ tướng, Bộ trưởng, Thứ trưởng, Chủ nhiệm VPCP), the National Assembly
# (Chủ tịch Quốc hội, Tổng Thư ký), ministries' departments (Tổng cục trưởng, Cục trưởng,
# Vụ trưởng, Chánh Thanh tra), provinces/districts/communes (Chủ tịch UBND/HĐND, Giám đốc
# Sở), the courts and procuracy, the armed forces' ranks, mass organisations (Chủ tịch
# MTTQ, Bí thư Đoàn) and companies (Tổng Giám đốc, Chủ tịch HĐQT).
_HEADS = [
    "Tổng Bí thư", "Bí thư", "Thường trực Ban Bí thư", "Ủy viên", "Uỷ viên", "UV",
    "Chủ tịch nước", "Chủ tịch", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm",
    "Tổng cục trưởng", "Tổng Cục trưởng", "Chi cục trưởng", "Cục trưởng", "Vụ trưởng", "Viện trưởng", "Chánh án",
    "Chánh Thanh tra",
    "Chánh Văn phòng", "Chánh văn phòng", "Tổng Thanh tra", "Tổng Kiểm toán", "Thống đốc",
    "Tổng Thư ký", "Tổng thư ký", "Tổng Giám đốc", "Tổng giám đốc", "Giám đốc điều hành", "Giám đốc", "Trưởng ban",
    "Trưởng Ban", "Trưởng phòng", "Trưởng đoàn", "Trưởng Đoàn", "Trưởng công an", "Trưởng Công an",
    "Tổ trưởng", "Chỉ huy trưởng", "Tư lệnh", "Chính ủy", "Hiệu trưởng", "Người phát ngôn",
    "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tướng", "Đại tá", "Thượng tá", "Trung tá",
    "Chủ tịch HĐQT", "Trưởng", "Đại biểu", "Đại sứ", "Bí thư thứ nhất",
]
_PREFIX = r"(?:(?:[Pp]hó|[Nn]guyên|[Qq]uyền|[Cc]ựu)\s+)?(?:[Pp]hó\s+)?"
# Heads that are also ordinary words in lower case ("tăng trưởng", "đại biểu") must be
# capitalised; the others are matched in any case ("Phó chủ tịch UBND tỉnh").
_CASE_SENSITIVE = frozenset({"Trưởng", "Đại biểu", "UV", "Đại sứ", "Tổ trưởng", "Trưởng ban", "Trưởng Ban",
                             "Trưởng đoàn", "Trưởng Đoàn", "Trưởng phòng", "Người phát ngôn"})


def _head_pattern(head: str) -> str:
    if head in _CASE_SENSITIVE:
        return re.escape(head)
    first, rest = head[0], head[1:]
    return f"[{first.upper()}{first.lower()}](?i:{re.escape(rest)})"


_HEAD_RE = "|".join(_head_pattern(h) for h in sorted(_HEADS, key=len, reverse=True))
#: A title head at a word start ("Phó Thủ tướng", "Bộ trưởng", "phó chủ tịch").
# "Ban Bí thư" (the Secretariat) is a body, not a secretary.
TITLE_HEAD = re.compile(rf"(?<!\w)(?<!Ban )(?<!ban ){_PREFIX}(?:{_HEAD_RE})(?!\w)")
# Lower-case forms that reports use mid-sentence ("chủ tịch UBND tỉnh", "phó chủ tịch").
TITLE_HEAD_LOWER = re.compile(
    r"(?<!\w)(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|thủ\s+tướng|bộ\s+trưởng|thứ\s+trưởng|giám\s+đốc|"
    r"tổng\s+cục\s+trưởng|cục\s+trưởng|trưởng\s+ban)(?!\w)"
)
#: Honorifics that introduce a name without a title.
HONORIFIC = re.compile(r"(?<!\w)(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+(?=[A-ZĐÀ-Ỹ])")
# Elected delegates are written in lower case before their name ("đại biểu Phạm Văn A"):
# the office then works as an honorific that is also a title.
_DELEGATE = re.compile(r"(?<!\w)đại\s+biểu\s+(?=[A-ZĐÀ-Ỹ])")
# Degrees and professions written before a name ("GS.TS", "Giáo sư, Tiến sĩ", "chuyên gia
# cao cấp"): after an office's comma ("Thứ trưởng Bộ Y tế, PGS.TS Nguyễn Văn A") they belong
# to the title chain.
_DEGREE = (r"(?:[Pp]hó\s+[Gg]iáo\s+sư|[Gg]iáo\s+sư|[Tt]iến\s+sĩ(?:\s+khoa\s+học)?|[Tt]hạc\s+sĩ|[Bb]ác\s+sĩ|"
           r"[Ll]uật\s+sư|[Kk]iến\s+trúc\s+sư|[Kk]ỹ\s+sư|[Nn]hà\s+báo|[Nn]hà\s+nghiên\s+cứu|"
           r"[Cc]huyên\s+gia(?:\s+cao\s+cấp|\s+kinh\s+tế)?|(?:P?GS|TSKH|TS|ThS|BS|NSND|NSƯT)(?:\.\s*(?=[A-Z]))?)")
_SCHOLAR = re.compile(rf"(?<![\w.]){_DEGREE}(?:\s*[.,]?\s*{_DEGREE})*\.?\s+(?=[A-ZĐÀ-Ỹ])")
# The same degrees opening a mention of their own ("TS. Nguyễn Văn An cho rằng", "Theo
# GS.Kenji Tanaka"): a scholar or a professional speaks. The degree is no office, so
# the speaker counts as an official only when the report gives them one as well.
_SCHOLAR_HONORIFIC = re.compile(
    rf"(?<![\w.]){_DEGREE}(?:\s*[.,]?\s*{_DEGREE})*(?:(?<=[.\s])|\.?\s+)(?=[A-ZĐÀ-Ỹ])")
# The offices of the State and the Party ("GS.TS X, Bộ trưởng Bộ Y tế", "TS. X, Phó Chủ tịch UBND
# tỉnh"): a scholar who holds one speaks as an official.
_STATE_OFFICE = re.compile(
    r"(?<!\w)(?:Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Bí\s+thư|Ủy\s+viên|Uỷ\s+viên|Chủ\s+nhiệm|Tổng\s+cục\s+trưởng|"
    r"Cục\s+trưởng|Vụ\s+trưởng|Thống\s+đốc|Tổng\s+Kiểm\s+toán|Thanh\s+tra|Đại\s+biểu|Chủ\s+tịch\s+nước|UBND|HĐND|"
    r"Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Quốc\s+hội|QH|Sở|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|MTTQ|Mặt\s+trận)(?!\w)",
    re.IGNORECASE)
# Words that follow "chuyên gia", "nhà báo" as often as a name does: where the expert comes from.
_ORIGIN_AFTER = re.compile(r"(?:[Cc]huyên\s+gia|[Nn]hà\s+)")
# A foreign name after a degree ("TS. Aladdin D. Rillo"): plain Latin words and initials.
_FOREIGN_NAME = re.compile(r"[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z]+)){1,3}(?![\w.])")

_UP = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
_LOW = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
#: One capitalised syllable ("Nguyễn", "Hà", "TP.HCM" is not one: it has no lower case).
SYLLABLE = rf"[{_UP}][{_LOW}]+"
_CAP_RUN = re.compile(rf"{SYLLABLE}(?:\s+{SYLLABLE})*")
# Lower-case syllables that occur inside titles, between the office and the name: the
# common words of organisations' names ("Bộ Tài chính", "Thành ủy", "Công an", "tỉnh",
# "Thường trực Chính phủ"). Capitalised words and abbreviations (TP, UBND, HĐND, MTTQ,
# TW/TƯ, BCH, Q., P., GD&ĐT) are taken without a list.
TITLE_LOWER = frozenset(
    """tỉnh thành phố huyện quận thị xã phường trấn ủy uỷ chính trị phủ an quan thương vụ pháp
    tế dựng phòng dục đào tạo hoạch đầu tư thông vận tải nghiệp triển nông thôn nguyên
    trường học nghệ tin truyền hóa hoá thao lịch động binh hội tộc dân cao trực ương nước thuế
    tra giáo chức sát văn ban sở bộ chống tham nhũng đạo giá đảng khối đoàn
    viên quản ty ngân hàng án viện cục phó kiêm thường tổng mại cổ phần lý ngoại y xây vệ sinh
    môi khoa gia quốc sự thư ký thống đốc trưởng nhiệm chủ tịch tướng thứ xuất nhập khẩu bảo
    hiểm kho bạc dự trữ biên giới hải cảnh sát nhân tối đội mặt trận liên hiệp phụ nữ niên
    cựu chiến thanh tuyên vận phụ trách nguyện sản""".split()
)
# Capitalised words that begin organisations or offices, never a given name.
_ORG_WORDS = frozenset(
    "Bộ Sở Ban Ủy Uỷ Cục Vụ Viện Tổng Đảng Tỉnh Huyện Quận Phòng Tập Tòa Toà "
    "Các Tại Trong Theo Khi Sau Về Với Bí Phó Chủ Thủ Giám Hội".split()
)
# Words of _ORG_WORDS that no one is called.
_NOT_GIVEN = frozenset("Các Tại Trong Theo Khi Sau Về Với Phó".split())
# Lower-case words that may follow an office directly ("Chủ tịch tỉnh", "Phó Thủ tướng
# thường trực", "Bộ trưởng bộ GD&ĐT"); any other lower-case word there is the verb.
# Units written with a number: "Q. 3", "Quận 1", "P. 12".
_NUMBERED_UNITS = frozenset("Q. P. Quận Phường quận phường".split())
# "Ban Chỉ đạo 389 quốc gia", "Tổ công tác 399 Chính phủ": a body's number inside its name,
# known by the name going on after it.
_NUMBER_GOES_ON = re.compile(rf"\s+(?:quốc\s+gia(?!\w)|[{_UP}])")
# ", phụ trách Đảng bộ Khối", ", kiêm Giám đốc …": the title goes on after the comma.
_CHARGE = re.compile(r"(?:phụ\s+trách|kiêm)\s")
# Lower-case links inside an office's name: "của" before a capitalised body ("Ủy ban Kinh
# tế của Quốc hội"), the committees' "về các vấn đề …" ("Ủy ban về các vấn đề xã hội") and
# "công tác" of task forces ("Tổ trưởng Tổ công tác", "Trưởng Đoàn công tác"), the "công ty"
# of corporations ("Phó Tổng Giám đốc Tổng công ty Điện lực"), and the
# "giao" of "Ngoại giao" (a verb "giao" elsewhere, so it is not in TITLE_LOWER).
_TITLE_LINK = re.compile(rf"của(?=\s+[{_UP}])|công\s+(?:tác|ty)(?=[\s,])|(?<=Ngoại\s)giao(?!\w)"
                         rf"|về\s+các\s+vấn\s+đề\s+[{_LOW}]+(?:\s+(?:xã\s+hội|hội))?(?=[\s,])")
_TITLE_PREFIXES = frozenset("Phó Nguyên Quyền Cựu".split())
# "Bộ Giáo dục và đào tạo", "Cục Giám sát và quản lý hải quan": a body's name written in lower
# case after "và" goes on with the words of bodies' names (not with an office: "và phó …").
_BODY_AND = re.compile(r"\s+(?:đào\s+tạo|quản\s+lý|môi\s+trường|xã\s+hội|truyền\s+thông|đầu\s+tư|thương\s+binh)(?!\w)")
_FIRST_LOWER = frozenset("tỉnh thành huyện quận xã phường thị thường bộ ủy uỷ".split())
_TOKEN = re.compile(r"\s*(,|[^\s,;:()“”\"'‘’]+)")
_SYL = re.compile(SYLLABLE)
_ABBR = re.compile(rf"[{_UP}][{_UP}{_LOW}&.\-/0-9]*")


def _scan_title(text: str, pos: int) -> tuple[list[tuple[int, int]], int]:
    """Tokens of a title after its head, up to where the title (and any name) stops."""
    toks: list[tuple[int, int]] = []
    while True:
        m = _TOKEN.match(text, pos)
        if not m:
            break
        tok = m.group(1)
        if tok == ",":
            nxt = re.compile(r",\s*").match(text, m.start(1))
            # A comma then an office continues a title chain, unless a name has just ended
            # one title: then it is the next person of a list.
            if nxt and (TITLE_HEAD.match(text, nxt.end()) or _CHARGE.match(text, nxt.end())
                        or _SCHOLAR.match(text, nxt.end())) \
                    and _name_from_tokens(text, toks) is None:
                toks.append(m.span(1))
                pos = m.end()
                continue
            break
        if (sch := _SCHOLAR.match(text, m.start(1))) and toks:
            toks.append((sch.start(), sch.end() - len(sch.group(0)) + len(sch.group(0).rstrip())))
            pos = sch.end()
            continue
        if toks and TITLE_HEAD.match(text, m.start(1)) and _SYL.fullmatch(text, *toks[-1]) \
                and text[toks[-1][0]:toks[-1][1]] not in _TITLE_PREFIXES:
            break  # a new title right after a name: "… Hoàng Trung Hiếu Bí thư …"
        core = tok.rstrip(".") if tok.endswith(".") and len(tok) > 2 and not tok[-2].isupper() else tok
        if not core:  # a run of dots ("...")
            break
        if not toks and not core[0].isupper() and core not in _FIRST_LOWER and core not in ("phụ", "kiêm"):
            break
        numbered = core.isdigit() and bool(toks) and (text[toks[-1][0]:toks[-1][1]] in _NUMBERED_UNITS
                                                      or bool(_NUMBER_GOES_ON.match(text, m.end())))
        link = _TITLE_LINK.match(text, m.start(1)) if toks else None
        if link:
            # "Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội": links inside an office.
            toks.extend((link.start() + w.start(), link.start() + w.end()) for w in re.finditer(r"\S+", link.group(0)))
            pos = link.end()
            continue
        if numbered or core[0].isupper() or core in TITLE_LOWER or core in ("&", "-", "–") or (
            core == "và" and re.match(rf"\s*[{_UP}]", text[m.end():]) and not TITLE_HEAD.match(text[m.end():].lstrip())
        ) or (core == "và" and _BODY_AND.match(text, m.end())):
            toks.append((m.start(1), m.start(1) + len(core)))
            pos = m.start(1) + len(core)
            if len(core) < len(tok):  # a full stop ended the title and the sentence
                break
            continue
        bridge = _bridge(text, m.start(1)) if toks and _name_from_tokens(text, toks) is None else None
        if bridge:
            toks.extend(bridge)
            pos = bridge[-1][1]
            continue
        break
    while toks and text[toks[-1][0]:toks[-1][1]] in ("&", "-", "–"):
        # "Ông A – Giám đốc Sở Y tế – yêu cầu": the dash closes the apposition.
        toks.pop()
    return toks, pos


# Lower-case words that end an organisation's name: prepositions, auxiliaries, links.
_BRIDGE_STOP = frozenset(
    """tại cho với đối về trong ngoài khi sau trước đã đang sẽ vừa là có được bị để thì mà nhưng cùng theo
    từ đến tới cũng của do nên vì nếu rằng này đó ông bà anh chị em""".split()
)
# Verbs that follow an official as subject, beyond those of speech ("thăm hỏi gia đình …").
_BRIDGE_VERB = re.compile(r"(?:thăm|tặng|trao|gặp|tiếp|chúc|làm\s+việc|chủ\s+trì|dự|ký|khen|biểu\s+dương|tuyên\s+dương|"
                          r"kỷ\s+luật|bổ\s+nhiệm|cách\s+chức|chỉ\s+định|phê\s+bình|bầu|cử|mời|đón|hỏi|gửi|cảm\s+ơn|"
                          r"giới\s+thiệu|đồng\s+chí)(?!\w)")
_BRIDGE_TOKEN = re.compile(r"\s*([^\s,;:()“”\"'‘’]+)")


def _bridge(text: str, pos: int) -> list[tuple[int, int]] | None:
    """The lower-case words of an organisation's name that the lexicon lacks, when a
    personal name ends the title: "Giám đốc Trung tâm Điều hành chương trình chống ngập TP
    Nguyễn Văn B", "Phó Cục trưởng Cục Bổ trợ tư pháp Nguyễn Thị C". A verb, a preposition,
    an office or punctuation on the way means any name after is someone else's. The tokens
    up to the name are returned; the scan goes on from there."""
    spans: list[tuple[int, int]] = []
    lower = 0
    while len(spans) < 14:
        m = _BRIDGE_TOKEN.match(text, pos)
        if m is None:
            return None
        w = m.group(1)
        if w[0].isupper():
            run = _CAP_RUN.match(text, m.start(1))
            if run is not None and spans and split_name(run.group(0)) is not None \
                    and not re.match(rf"\s*[{_UP}\d]", text[run.end():]):
                return spans
            if not _ABBR.fullmatch(w) or TITLE_HEAD.match(text, m.start(1)):
                return None
            spans.append(m.span(1))
        elif link := _TITLE_LINK.match(text, m.start(1)):
            spans.extend((link.start() + x.start(), link.start() + x.end()) for x in re.finditer(r"\S+", link.group(0)))
            m = link
        else:
            if w in _BRIDGE_STOP or not w.isalpha() or cues.ANY_VERB_RE.match(text, m.start(1)) \
                    or _BRIDGE_VERB.match(text, m.start(1)) or TITLE_HEAD.match(text, m.start(1)) or lower >= 7:
                return None
            spans.append(m.span(1))
            lower += w not in TITLE_LOWER
        pos = m.end()
    return None


@dataclass(frozen=True)
class Mention:
    """A person as written at one place: ``title`` and/or ``name`` with offsets in the text."""

    start: int
    end: int
    title: str | None
    name: str | None
    #: "full" (title + name), "honorific" (ông/bà/đồng chí + name), "title" (bare title),
    #: "short" (title or honorific + a given name only: "Bí thư Thăng", "ông Hải").
    kind: str


def split_name(run: str) -> tuple[str, str] | None:
    """Split a run of capitalised syllables into (organisation part, personal name).

    The name starts at the first family name that leaves 2-4 syllables to the end of the
    run; with no family name, a run of 2-4 syllables is taken whole only by the caller.
    """
    words = run.split()
    n = len(words)
    for i, w in enumerate(words):
        if w not in SURNAMES or not 2 <= n - i <= 4 or " ".join(words[i:i + 2]) in PLACES \
                or (i > 0 and " ".join(words[i - 1:i + 1]) in PLACES) or " ".join(words[i:]) in _PLACE_ALONE:
            continue
        return " ".join(words[:i]), " ".join(words[i:])
    return None


_NAME_AFTER = re.compile(rf"\s*({SYLLABLE}(?:\s+{SYLLABLE}){{0,7}})")


def _name_from_tokens(text: str, toks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a personal name at the end of a title's tokens, if there is one."""
    run: list[tuple[int, int]] = []
    for a, b in reversed(toks):
        if _SYL.fullmatch(text, a, b) and text[a:b] not in _ORG_WORDS:
            run.insert(0, (a, b))
        else:
            break
    if not run:
        return None
    words = [text[a:b] for a, b in run]
    split = split_name(" ".join(words))
    if split is None:
        return None
    k = len(split[0].split()) if split[0] else 0
    return run[k][0], run[-1][1]


_IN_PLACE_NAME = re.compile(r"Bà\s+(?:Rịa|Chiểu|Điểm|Đen|Triệu)(?!\w)")
_CAP_BEFORE = re.compile(rf"{SYLLABLE}\s+$")
_OPEN_PAREN = re.compile(r"\s*\(\s*")
# "(Sở NNPTNT tỉnh Y)" after a title in apposition: where the office belongs.
_PAREN_NOTE = re.compile(r"\s*\([^()]{1,80}\)")
_CLOSING_DASH = re.compile(r"\s*[\-–](?=\s)")


def _close_apposition(text: str, at: int, opener: str) -> int | None:
    """Where a title in apposition after a name ends, its closing mark included.

    "Ông A - Chi cục trưởng Chi cục X (Sở Y) - cho biết": a dash opens the title and one
    closes it, so the verb comes after the second dash; the mark after a comma is the
    comma the verb pattern already skips. A title in brackets must end at its ")".
    """
    if opener == "(":
        close = re.compile(r"\s*\)").match(text, at)
        return close.end() if close else None
    note = _PAREN_NOTE.match(text, at)
    if note:
        at = note.end()
    if opener in ("-", "–") and (dash := _CLOSING_DASH.match(text, at)):
        at = dash.end()
    return at


_POSSESSIVE = re.compile(r"(?<!\w)(?:của|theo)\s+$", re.IGNORECASE)
# "Phó Thủ tướng Lê Văn A kiêm Chủ tịch Ủy ban X": a second office held by the same person.
_APPOSITIVE = re.compile(r"\s*(?:[,\-–]|kiêm(?=\s))\s*")


def find_mentions(text: str) -> list[Mention]:
    """Every person mention in ``text`` (one sentence or paragraph), left to right."""
    found: list[Mention] = []
    taken_until = -1
    for m in TITLE_HEAD.finditer(text):
        if m.start() < taken_until:
            continue
        start = m.start()
        toks, _ = _scan_title(text, m.end())
        if _POSSESSIVE.search(text, 0, start):
            # "ý kiến chỉ đạo của Thủ tướng, Bộ trưởng X": the office after "của" is
            # someone else, not the first link of X's title chain.
            toks = toks[: next((i for i, (a, b) in enumerate(toks) if text[a:b] == ","), len(toks))]
        # A name may stop short of the tokens' end: "Hoàng Trung Hiếu Bí thư ..." run-ins are
        # cut at the next title head by the scan itself, so try the longest prefix first.
        name_span = None
        for k in range(len(toks), 0, -1):  # the longest title that ends in a name
            name_span = _name_from_tokens(text, toks[:k])
            if name_span is not None:
                toks = toks[:k]
                break
        if name_span is not None:
            title = _clean_title(text[start:name_span[0]])
            end = name_span[1]
            # ", Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an" after the name: more titles.
            more = _APPOSITIVE.match(text, end) or _OPEN_PAREN.match(text, end)
            if more and TITLE_HEAD.match(text, more.end()):
                h = TITLE_HEAD.match(text, more.end())
                assert h is not None
                extra, _ = _scan_title(text, h.end())
                tail_end = extra[-1][1] if extra else h.end()
                closed = _close_apposition(text, tail_end, more.group(0).strip())
                if _name_from_tokens(text, extra) is None and closed is not None:
                    title = _clean_title(f"{title}, {text[more.end():tail_end]}")
                    end = closed
            elif note := _PAREN_NOTE.match(text, end):
                end = note.end()  # "Bộ trưởng Lê Văn A (Bộ Y tế) yêu cầu"
            found.append(Mention(start, end, title, text[name_span[0]:name_span[1]], "full"))
            taken_until = end
            continue
        if "," in (text[a:b] for a, b in toks):
            # "Bộ trưởng, Chủ nhiệm VPCP, Thủ tướng đề nghị": a chain that ends in no name
            # is a list of different people; keep the first office only.
            toks = toks[: next(i for i, (a, b) in enumerate(toks) if text[a:b] == ",")]
        end = toks[-1][1] if toks else m.end()
        # Drop a trailing capital that starts the next clause ("Thủ tướng Chính phủ" keeps
        # its words; "Bí thư Thăng" is a title with a given name).
        head_words = len(m.group(0).split())
        words = text[start:end].split()
        if len(words) == head_words + 1 and _SYL.fullmatch(words[-1]) and words[-1] not in _ORG_WORDS \
                and words[-1] not in SURNAMES:
            found.append(Mention(start, end, m.group(0), words[-1], "short"))
        else:
            found.append(Mention(start, end, _clean_title(text[start:end]), None, "title"))
        taken_until = end
    for m in [*HONORIFIC.finditer(text), *_DELEGATE.finditer(text), *_SCHOLAR_HONORIFIC.finditer(text)]:
        scholar = m.re is _SCHOLAR_HONORIFIC
        if any(f.start <= m.start() < f.end for f in found) or _IN_PLACE_NAME.match(text, m.start()) \
                or (_CAP_BEFORE.search(text, 0, m.start()) and m.group(0)[0].isupper() and not scholar):
            # "Bà Rịa", "cầu Ông Lãnh", "phố Bà Triệu": places and streets, not people.
            continue
        delegate = m.group(0).startswith("đại")
        nm = _NAME_AFTER.match(text, m.end())
        if scholar and (foreign := _FOREIGN_NAME.match(text, m.end())) \
                and (nm is None or split_name(nm.group(1)) is None):
            found.append(Mention(m.start(), foreign.end(), None, foreign.group(0), "honorific"))
            continue
        if not nm:
            continue
        run = nm.group(1).split()
        split = split_name(" ".join(run[:4]))
        if split and not split[0]:
            name = split[1]
            end = m.end() + len(name)
            title = None
            # "Ông Nguyễn Văn A, Tổng cục trưởng Tổng cục X, cho biết": the title in apposition.
            comma = _APPOSITIVE.match(text, end) or _OPEN_PAREN.match(text, end)
            if comma and (h := TITLE_HEAD.match(text, comma.end())):
                toks, _ = _scan_title(text, h.end())
                t_end = toks[-1][1] if toks else h.end()
                if _name_from_tokens(text, toks) is None:
                    closed = _close_apposition(text, t_end, comma.group(0).strip())
                    if closed is not None:
                        title = _clean_title(text[comma.end():t_end])
                        end = closed
            if scholar and title is not None and not _STATE_OFFICE.search(title):
                # "TS. X, Viện trưởng Viện Y", "bác sĩ X, Giám đốc Bệnh viện Y": an expert
                # introduced by their learning speaks as one, not as the head of their unit.
                title = None
            if title is None and delegate:
                title = "đại biểu"
            found.append(Mention(m.start(), end, title, name, "honorific" if title is None else "full"))
        elif scholar and (_ORIGIN_AFTER.match(m.group(0)) or run[0] in _ORG_WORDS or run[0] == "Nhà"):
            continue  # "chuyên gia Mỹ", "luật sư Nhà Trắng": not a given name
        elif run and ((run[0] not in SURNAMES and run[0] not in _ORG_WORDS)
                      or (len(run) == 1 and run[0] not in _NOT_GIVEN and not TITLE_HEAD.match(text, m.end()))):
            # "ông Hải", "bà Thu Hà": a given name of one or two syllables. Alone before a
            # lower-case word, a family name or an office's word is a given name too ("bà
            # Mai giải thích", "ông Huyện nhấn mạnh"), unless it opens a title ("ông Bộ trưởng").
            given = " ".join(run[:2]) if len(run) == 2 else run[0]
            found.append(Mention(m.start(), m.end() + len(given), None, given, "short"))
    found.sort(key=lambda x: (x.start, -x.end))
    # A title inside an honorific's apposition is the same person: keep the outer mention.
    kept: list[Mention] = []
    for f in found:
        if kept and f.end <= kept[-1].end:
            continue
        kept.append(f)
    return kept


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    return re.sub(r"\s+", " ", title).strip(" ,") or None


def title_head(title: str | None) -> str | None:
    """The last office in a title chain, for matching bare titles: 'Phó Thủ tướng'."""
    if not title:
        return None
    heads = list(TITLE_HEAD.finditer(title))
    if not heads:
        return None
    # "Ủy viên Bộ Chính trị, Phó Thủ tướng": the office that speaks is the last head that is
    # not a membership ("Ủy viên") or a rank.
    for h in reversed(heads):
        if not re.match(r"(?:Ủy|Uỷ)\s+viên|UV|Thượng tướng|Trung tướng|Thiếu tướng|Đại tướng", h.group(0)):
            return h.group(0)
    return heads[-1].group(0)
