"""Rule signals: what the lexicons and patterns say about each sentence of a report.

Nothing here decides whether a sentence is a task. Each body sentence gets a
:class:`SentenceSignals`: who (if anyone) is its subject with a verb of direction, speech
or report, whether it sits in an attributed quotation, whether a body ("UBND tỉnh") gives
the direction, and how the sentence reads (an obligation, a bare action verb, a result, a
prediction). :mod:`briefing.extract.features` turns these into the features of the learned
sentence tagger, and :mod:`briefing.extract.tasks` uses the people found here to name the
assigner of the sentences that the tagger marks as tasks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract import clauses, cues
from briefing.extract.mentions import Registry
from briefing.extract.people import _LOW, _UP, TITLE_HEAD, TITLE_LOWER, Mention, find_mentions, title_head
from briefing.extract.quotes import Quote, find_quotes
from briefing.text.clean import is_caption_sentence
from briefing.text.normalize import match_key
from briefing.types import Person, Segmented, Sentence

# "Thủ tướng đã có công văn chỉ đạo …", "… có công điện khẩn yêu cầu …": a written direction is still a
# direction.
_ADVERBS = (r"(?:(?:cũng|đã|còn|thì|lại|tiếp\s+tục|đồng\s+thời|luôn|vẫn|một\s+lần\s+nữa|trước\s+đó|sau\s+đó|đặc\s+biệt|"
            r"có\s+(?:công\s+văn|văn\s+bản|ý\s+kiến|công\s+điện|thông\s+báo)(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc))?)\s+)*")
_VERB_AFTER = re.compile(r"\s*,?\s*" + _ADVERBS + "(" + cues.ANY_VERB_RE.pattern + ")")
# "Tổ trưởng tổ công tác của Thủ tướng nhấn mạnh": the office after "của" belongs to the
# subject's title; the one before it speaks.
_OF_BEFORE = re.compile(r"\s+(?:[^\W\d]+\s+){0,8}?của\s+")
_THEO_BEFORE = re.compile(r"(?:^|[\s,(])(?:[Tt]heo|[Qq]uan\s+điểm\s+của|[Ý]\s+kiến\s+của)\s+$")
# "đề nghị Chính phủ …", "kiến nghị Thủ tướng …": a proposal sent upward, not a task.
UPWARD_OBJECT = re.compile(
    r"\s*(?:với\s+)?(?:Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội|Trung\s+ương|cấp\s+trên|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)"
)
# Bodies that give directions in their own name: "UBND tỉnh yêu cầu", "Hội nghị thống nhất",
# "Tổ công tác đề nghị", "Bộ Công Thương chỉ đạo"; a pledge to direct ("UBND huyện sẽ chỉ đạo …") commits
# the body as its leader's pledge would.
_BODY_SUBJECT = re.compile(
    r"(?:^|[,:;–\-)]\s*)((?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Bộ|Sở|Ban(?=\s+[A-ZĐÀ-Ỹ])|Tổng\s+cục|Cục|Hội\s+nghị|Thành\s+ủy|Thành\s+uỷ|"
    r"Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Chính\s+phủ|Đảng\s+ủy|Đảng\s+uỷ|Tổ\s+công\s+tác|Đoàn\s+công\s+tác|"
    r"Hội\s+đồng|Văn\s+phòng|Thường\s+trực|Quốc\s+hội|Ngân\s+hàng\s+Nhà\s+nước|NHNN|Kiểm\s+toán|"
    r"Thanh\s+tra|Công\s+an|Tòa\s+án|Viện\s+kiểm\s+sát)(?:\s+(?:[" + _UP + r"0-9][^\s,.;:]*\.?|"
    # the lower-case words of bodies' names: "Bộ Tài chính", "Ban Tuyên giáo"
    r"(?:chính|giáo|dục|tạo|hoạch|tư|thông|vận|tải|hội|sản|nghiệp|tế|trị|vụ|trường|"
    # "Tổng cục Hải quan", "Bộ Công an", "Sở Xây dựng", "Bộ Quốc phòng", "Bộ Tư pháp", "Bộ Công Thương"
    r"quan|an|dựng|phòng|pháp|nguyên|thôn|nghệ|học|tin|binh|lịch|thao|hóa|hoá)(?!\w)|tỉnh|thành\s+phố|huyện|"
    r"quận|xã|phường|thị\s+xã|nhân\s+dân|chỉ\s+đạo|thường\s+vụ|thường\s+trực|công\s+tác|và|của)){0,7}?)\s+(?:cũng\s+|đã\s+|sẽ\s+(?:khẩn\s+trương\s+|tiếp\s+tục\s+)?)?"
    r"(?P<verb>đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|" + cues.GIAO
    + r"|thống\s+nhất|kết\s+luận|chỉ\s+thị|lưu\s+ý|quán\s+triệt)(?!\w)"
)
# "Thủ tướng vừa ban hành Chỉ thị số 42/CT-TTg …" then "Chỉ thị yêu cầu …": the document speaks for
# whoever issued it.
_DOC_TYPES = r"Nghị\s+quyết|Chỉ\s+thị|Quyết\s+định|Công\s+điện|Kết\s+luận|Thông\s+báo\s+kết\s+luận|Kế\s+hoạch"
_ISSUED = re.compile(r"\s+(?:(?:đã|vừa|cũng|mới)\s+)*(?:ký\s+)?ban\s+hành\s+(?P<doc>" + _DOC_TYPES + r")(?!\w)")
_DOC_SUBJECT = re.compile(
    r"^(?:[^,]{0,80},\s*)?(?P<doc>" + _DOC_TYPES + r")(?:\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*)?(?:\s+này)?\s+"
    r"(?:(?:cũng|đã)\s+)?(?:" + cues.DIRECTIVE_VERBS
    + r"|nhấn\s+mạnh|nêu\s+rõ|chỉ\s+rõ|đề\s+ra|xác\s+định|đặt\s+ra)(?!\w)")
# Unnamed people speaking ("nhiều đại biểu cho rằng", "các doanh nghiệp kiến nghị", "đại biểu tại
# Hội nghị yêu cầu", "theo đại biểu, …"): their words are not the leader's directions.
_OTHER_VOICES = re.compile(
    r"(?<!\w)(?:(?:đại\s+biểu|ý\s+kiến|doanh\s+nghiệp|người\s+dân|cử\s+tri|chuyên\s+gia|"
    r"lãnh\s+đạo\s+(?:các|huyện|xã|tỉnh|sở|địa\s+phương)|nhiều\s+\w+|các\s+thành\s+viên|đơn\s+vị)"
    r"(?:\s+(?:tại|ở|dự)(?:\s+[^\s,.;]+){1,4}?)?\s+(?:cũng\s+|đều\s+|đã\s+)?(?:cho\s+rằng|cho\s+biết|kiến\s+nghị|"
    r"đề\s+xuất|đề\s+nghị|yêu\s+cầu|phản\s+ánh|bày\s+tỏ|nêu|báo\s+cáo|thừa\s+nhận|chia\s+sẻ|tham\s+luận|hỏi|chất\s+vấn)"
    r"|theo\s+(?:các\s+|nhiều\s+|một\s+số\s+)?(?:đại\s+biểu|cử\s+tri|chuyên\s+gia))(?!\w)",
    re.IGNORECASE,
)
# "… đã chỉ đạo như trên": a summary of directions already quoted.
_SUMMARY = re.compile(r".{0,150}?(?<!\w)như\s+(?:trên|vậy|thế)(?!\w)", re.IGNORECASE)
_LIST_INTRO = re.compile(
    r"^(?:[^,]{0,120},\s*)?((?:Cục|Chi\s+cục|Tổng\s+cục|Sở|Bộ|UBND|Ủy\s+ban|Ban|Hải\s+quan|Công\s+an|Ngành|Đảng\s+ủy|"
    r"Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy)(?:\s+[" + _UP + r"0-9][^\s,.;:]*|\s+(?:" + "|".join(sorted(TITLE_LOWER))
    + r")(?!\w)){0,6})"
    r"\s+(?:sẽ\s+)?(?:tập\s+trung|đề\s+ra|xác\s+định|triển\s+khai|thực\s+hiện)[^:]*(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung)[^:]*:\s*$"
)
# A body reporting: "Báo cáo tại hội nghị, Sở X cho biết …".
_BODY_REPORT = re.compile(r"(?<!\w)cho\s+biết(?!\w)|^\W*(?:Báo\s+cáo|Theo\s+báo\s+cáo)(?!\w)")
# The lead says the whole article records one person's speech.
_SPEECH_RECORD = re.compile(
    r"(?:lược\s+ghi|ghi\s+lại|trích|giới\s+thiệu|đăng(?:\s+tải)?|nội\s+dung)\s+(?:bài\s+)?(?:phát\s+biểu|ý\s+kiến)"
    r"(?:\s+(?:chỉ\s+đạo|kết\s+luận))?\s+của\s+$", re.IGNORECASE)
# "nguyên Phó Chủ nhiệm …", "cựu Bộ trưởng": a former official holds no office now.
_FORMER = re.compile(r"(?:nguyên|cựu)\s", re.IGNORECASE)
# A company's or an association's officer ("Tổng Thư ký Hiệp hội Du lịch", "Giám đốc Công ty X",
# "Chủ tịch Tập đoàn X", "Chủ tịch Hội Quy hoạch …", "Viện trưởng Viện Kinh tế", a chief
# executive "Giám đốc điều hành") asks and
# proposes; the public bodies at a meeting are not theirs to direct. (Not "Hội đồng", "Hội
# nghị", the mass organisations "Hội Nông dân", "Hội Liên hiệp Phụ nữ" …, "Viện Kiểm sát".)
_PRIVATE_ORG = re.compile(
    r"(?<!\w)(?:Công\s+ty|Cty|Hiệp\s+hội|Doanh\s+nghiệp|Tập\s+đoàn|Tổng\s+công\s+ty|Phòng\s+Thương\s+mại|VCCI|"
    r"Giám\s+đốc\s+điều\s+hành|"
    r"(?-i:Hội(?=\s+(?!Liên|Nông|Cựu|Chữ|Người\s+cao)[A-ZĐ]))|(?-i:Viện(?=\s+(?!Kiểm|kiểm|KSND|VKS|trưởng)\w)))(?!\w)",
    re.IGNORECASE)
# "đồng chí Nguyễn Văn A": the Party's form of address for its officials.
_COMRADE = re.compile(r"[Đđ]ồng\s+chí\s")
# "… nhấn mạnh." / "… nói thêm lần nữa.": nothing follows the verb, the words came before the speaker.
NOTHING_SAID = re.compile(r"\W*(?:thêm|rõ|tiếp|lần\s+nữa)?\W*$")
# "chỉ đạo Hội nghị …", "kết luận hội thảo": the verb's object is the meeting itself.
_MEETING_OBJECT = re.compile(r"\s+(?:hội\s+thảo|hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|"
                             r"(?:buổi\s+)?tọa\s+đàm|buổi\s+đối\s+thoại)(?!\w)", re.IGNORECASE)
_NO_OBJECT = re.compile(r"\s*(?:[.;)”\"]|$)")
_PASSIVE_AGENT = re.compile(r"(?<!\w)(?:do|được|bị)\s+$")
# "cử tri mong Thủ tướng chỉ đạo …", "đề nghị Bộ trưởng yêu cầu …", "việc này là Thủ tướng yêu cầu":
# the official is the object of someone else's request (or the one a past direction is traced
# to), not the one who speaks here.
_ASKED_OBJECT = re.compile(r"(?<!\w)(?:mong|mong\s+muốn|muốn|đề\s+nghị|kiến\s+nghị|đề\s+xuất|xin|chờ|đợi|là)\s+$",
                           re.IGNORECASE)
_LATER_DIRECTIVE = re.compile(r"(?:,\s*|\s)(?:và|đồng\s+thời)\s+(?:cũng\s+)?(" + cues.DIRECTIVE_VERBS + r")(?!\w)")
# ("công tác lãnh đạo, chỉ đạo …" pairs two nouns.)
_COMMA_DIRECTIVE = re.compile(r"(?<!lãnh\sđạo),\s*(?:(?:cũng|đã|đồng\s+thời)\s+)*(" + cues.DIRECTIVE_VERBS + r")(?!\w)")
_CHAINED_DIRECTIVE = re.compile(r"\s*(?:,\s*)?(?:và|đồng\s+thời)\s+(?:cũng\s+)?(" + cues.DIRECTIVE_VERBS + r")(?!\w)")
# What may open a sentence before its subject: "Tại hội nghị, ", "Kết luận vấn đề, ".
_OPENING = r"(?:[^,;:“”\"]{0,80},\s*)?"
# A person referred to without a name: "Ông đề nghị …", "Bà cũng lưu ý …", "Người đứng đầu
# Bộ Nội vụ nhận …", "Đại biểu này đề nghị …". Only before a lower-case word (a verb): "Ông
# Nguyễn …" is a named mention.
_PRONOUN = re.compile(
    # The office's words are capitalised or title words: "Người đứng đầu Bộ Nội vụ thay mặt …"
    # ends before the verb's words, so the verb ("cho biết", "nhấn mạnh") is found whole.
    r"^(?P<pro>Người\s+đứng\s+đầu(?:\s+(?:[" + _UP + r"][^\s,;:]*|(?:ngành|" + "|".join(sorted(TITLE_LOWER))
    + r")(?!\w))){1,6})(?=\s+[" + _LOW + "])|"
    "^" + _OPENING + r"(?P<pro2>(?:[Ôô]ng|[Bb]à)(?:\s+ấy)?|[Vv]ị\s+này|[Đđ]ại\s+biểu\s+này|[Ôô]ng\s+này|[Bb]à\s+này)"
    r"(?=\s+[" + _LOW + "])"
)
_TRAILING_PRONOUN = re.compile(r"[”\"]\s*[-–—,]?\s*(?P<pro>(?:[Ôô]ng|[Bb]à)(?:\s+(?:ấy|này))?|[Vv]ị\s+này|"
                               r"[Đđ]ại\s+biểu\s+này)(?=\s+[" + _LOW + "])")
# "đại biểu này", "người đứng đầu Bộ X": the words that refer back name an office, so the one
# referred to speaks as an official even where the report named them only as "ông X".
_OFFICE_PRONOUN = re.compile(r"(?:[Đđ]ại\s+biểu|[Nn]gười\s+đứng\s+đầu)(?!\w)")
# "Tôi mong muốn các đồng chí trung thực …": a speaker's wish for others, in the first person,
# asks them to act ("mong có sự giúp đỡ", "mong rằng …" hope for help or an outcome).
FIRST_PERSON_WISH = re.compile(r"(?<!\w)(?:[Tt]ôi|[Cc]húng\s+tôi)\s+(?:cũng\s+|rất\s+)?mong(?:\s+muốn)?\s+"
                                r"(?!có|được|rằng|là|sao|sẽ|sớm|nhận)(?=\w)")
_SUBJECT_VERB = re.compile(r"\s*,?\s+(?:cũng\s+|còn\s+|thì\s+|đã\s+|lại\s+|vẫn\s+|liền\s+)*[" + _LOW + "]")
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+(?:đồng\s+chí\s+)?$", re.IGNORECASE)
_SUBJECT_AT = re.compile("^" + _OPENING)
# "… chỉ tiêu do Bộ Tài chính, UBND tỉnh giao": "do" (by) before the body makes it a passive
# agent; "do đó"/"do vậy" (therefore) do not.
_AGENT_BEFORE = re.compile(r"(?<!\w)do\s+(?!đó|vậy|thế)[^.;:]{0,60}$")


@dataclass(frozen=True)
class Pair:
    """A mention that is the subject of a verb of speech: "Thủ tướng yêu cầu"."""

    mention: Mention
    #: ``directive``, ``speech``, ``report`` or ``assess``
    kind: str
    verb_start: int
    verb_end: int


@dataclass(frozen=True)
class Voice:
    """Someone who speaks in a sentence, resolved to a person, and where their words start."""

    person: Person
    #: Offset in the sentence where what they say begins (after the verb).
    clause_start: int
    #: An official (a title, an office, "đồng chí") or a body rather than a private person.
    official: bool
    #: ``directive``, ``speech``, ``report``, ``assess``, ``quote`` or ``body``
    kind: str


@dataclass(frozen=True)
class SentenceSignals:
    """What the rules see in one body sentence; see the module docstring."""

    sentence: Sentence
    #: A photo caption run into the text (or the line it captions).
    caption: bool
    #: The first subject with a directive verb (yêu cầu, đề nghị, giao …), if any.
    directive: Voice | None
    #: The directive is sent upward ("đề nghị Chính phủ …").
    upward: bool
    #: The directive only sums up directions already quoted ("… chỉ đạo như trên").
    summary: bool
    #: A second speaker's directions in the same sentence: (cut offset, their voice).
    second: tuple[int, Voice] | None
    #: The first subject with any verb of speech, when it is not a directive.
    speaker: Voice | None
    #: What follows the speech verb asks for action ("nhấn mạnh, cần …").
    speaker_wants: bool
    #: An attributed quotation holding the sentence, and whether its attribution is here.
    quote: Voice | None
    quote_explicit: bool
    #: The quoted words themselves read as a direction.
    quote_directive: bool
    #: A body giving directions in its own name ("UBND tỉnh yêu cầu …").
    body: Voice | None
    body_upward: bool
    body_past: bool
    #: Unnamed others speak ("nhiều đại biểu cho rằng …").
    other_voices: bool
    #: "Cục X tập trung các nhiệm vụ sau:" — a body's own list follows.
    list_intro: Voice | None
    #: A body reports ("Báo cáo tại hội nghị, Sở X cho biết").
    body_report: bool
    #: How the sentence reads without a speaker.
    looks_directive: bool
    reads_as_result: bool


@dataclass(frozen=True)
class Analysis:
    """A report's people, quotations and per-sentence signals (body sentences only)."""

    segmented: Segmented
    registry: Registry
    #: Mentions per sentence index (every non-furniture sentence).
    mentions: dict[int, list[Mention]]
    quotes: tuple[Quote, ...]
    comrades: frozenset[str]
    #: The speaker of the whole article when its lead says it records one speech.
    recorded_speaker: Person | None
    sentences: tuple[SentenceSignals, ...]


def verb_kind(verb: str) -> str:
    v = verb.lower()
    if cues.ASSESS_RE.fullmatch(v) and not cues.DIRECTIVE_RE.fullmatch(v):
        return "assess"
    if cues.DIRECTIVE_RE.fullmatch(v):
        return "directive"
    if cues.REPORT_RE.fullmatch(v):
        return "report"
    return "speech"


def _directs(words: str) -> bool:
    """Whether words said (a quotation, a clause) ask anyone to act."""
    words = words.strip(" ,:;“”\"")
    return not clauses.states_only(words) and bool(
        cues.MODAL.search(words) or cues.DIRECTIVE_RE.search(words) or clauses.looks_directive(words))


def speaker_pairs(text: str, mentions: list[Mention]) -> list[Pair]:
    """(mention, verb) pairs where the mention is the subject of a verb of speech."""
    pairs: list[Pair] = []
    for i, m in enumerate(mentions):
        v = _VERB_AFTER.match(text, m.end)
        if v and verb_kind(v.group(1)) == "directive" and (
                (_NO_OBJECT.match(text, v.end(1)) and v.group(1).lower().startswith("giao"))
                or (_PASSIVE_AGENT.search(text, 0, m.start) and not _NO_OBJECT.match(text, v.end(1)))):
            # "các đề án … Thủ tướng giao.", "nhiệm vụ do Bộ trưởng giao": a relative clause
            # naming who assigned something earlier, not a direction given here. (A final
            # "…”, Thủ tướng yêu cầu." attributes a quotation, and "… được Bộ trưởng lưu
            # ý." what the minister stressed: those stay.)
            continue
        if v and _ASKED_OBJECT.search(text, 0, m.start):
            continue
        subject = m
        if v and i > 0 and _OF_BEFORE.fullmatch(text, mentions[i - 1].end, m.start) \
                and not any(p.mention == mentions[i - 1] for p in pairs):
            subject = mentions[i - 1]
        if v:
            kind = verb_kind(v.group(1))
            if (kind == "directive" and v.group(1).lower() in cues.SOFT_DIRECTIVES
                    and text[v.end(1):v.end(1) + 1] in ",:"):
                kind = "speech"
            if (kind == "directive" and v.group(1).lower() in ("chỉ đạo", "kết luận")
                    and _MEETING_OBJECT.match(text, v.end(1))):
                # Directing or concluding a meeting is chairing it: what it asks comes after.
                # ("yêu cầu hội nghị thống nhất …" asks the meeting to act.)
                kind = "speech"
            if (kind == "directive" and NOTHING_SAID.match(text, v.end(1))
                    and not _PASSIVE_AGENT.search(text, 0, m.start) and not _directs(text[:m.start])):
                # "…thì đúng là không phù hợp”, Bộ trưởng lưu ý.": the verb closes a comment; it
                # says how the words were said, and they ask no one to act.
                kind = "speech"
            pairs.append(Pair(subject, kind, v.start(1), v.end(1)))
        elif _THEO_BEFORE.search(text, 0, m.start) and _THEO_BEFORE.search(text[:m.start]):
            pairs.append(Pair(m, "speech", m.end, m.end))
    return pairs


def is_official(person: Person, comrades: frozenset[str] | set[str]) -> bool:
    """Only an official gives directions that a briefing carries: a person with a title, an
    office never named ("Thủ tướng"), or someone the report calls "đồng chí". A resident or
    an expert quoted by name only ("ông Quảng") describes what has to happen to them, and so
    do a former official ("nguyên Bộ trưởng") and the officer of a company or an association:
    their calls are opinions and requests, not directions."""
    label = person.title or person.name or ""
    if _FORMER.match(label) or _PRIVATE_ORG.search(label):
        return False
    return bool(person.title or (person.name and (TITLE_HEAD.match(person.name) or match_key(person.name) in comrades)))


def in_quote(s: Sentence, quotes: tuple[Quote, ...]) -> Quote | None:
    """The quotation sentence ``s`` speaks in, if any."""
    for q in quotes:
        if q.start < s.end and s.start < q.end and (s.end - s.start) > 0:
            overlap = min(q.end, s.end) - max(q.start, s.start)
            if overlap >= (s.end - s.start) / 2:
                return q
            # "Về X, “chúng tôi đã yêu cầu …” - Thủ tướng nêu rõ và nhấn mạnh …": a quotation that
            # ends in this sentence and is attributed right there is what the speaker says in it,
            # however long the speaker's comment after it runs (not the tail of one that a
            # sentence before holds: "…”, ông nói rằng …").
            if q.end <= s.end and q.speaker_at is not None and q.end <= q.speaker_at < s.end and overlap >= 20:
                return q
    return None


def build_registry(segmented: Segmented) -> tuple[Registry, dict[int, list[Mention]]]:
    """The people of a report, from every paragraph but furniture (a full name may be only
    in the headline or a caption), and each sentence's mentions by sentence index."""
    registry = Registry()
    mention_cache: dict[int, list[Mention]] = {}
    for s in segmented.sentences:
        if s.kind == "furniture":
            continue
        ms = find_mentions(s.text)
        mention_cache[s.index] = ms
        registry.add_loose_names(s.text, s.start)
        registry.extend((m, s.start + m.start) for m in ms)
    return registry, mention_cache


def body_person(body: str, registry: Registry) -> Person:
    """A body as assigner: the named official who heads it when the report names one."""
    key = match_key(body.strip())
    for p in registry.people:
        if not p.title or not key:
            continue
        if key in match_key(p.title):
            return p
        # "Phó Chủ tịch UBND tỉnh" heads "UBND tỉnh Nghệ An": the office's body opens the name.
        for office in p.title.split(","):
            head = title_head(office)
            org = match_key(office.strip()[len(head):].strip()) if head and office.strip().startswith(head) else ""
            if len(org.split()) >= 2 and key.startswith(org):
                return p
    return Person(name=body.strip(), title=None)


def _second_speaker(s: Sentence, pairs: list[Pair], first: Pair, first_person: Person,
                    registry: Registry, comrades: frozenset[str]) -> tuple[int, Voice] | None:
    """Where a second person's directions begin in the same sentence, if they do."""
    for p in pairs:
        if p.kind != "directive" or p.mention.start <= first.verb_end:
            continue
        other = registry.resolve(p.mention, s.start + p.mention.start)
        if other == first_person:
            continue
        # The clause of the second speaker starts at the last "," or ";" before them.
        cut = max(s.text.rfind(",", 0, p.mention.start), s.text.rfind(";", 0, p.mention.start))
        before = s.text[max(cut, 0):p.mention.start]
        if cut > first.verb_end and not re.search(r"(?<!\w)(?:của|với|cho|và)\s+$", before):
            return cut, Voice(other, p.verb_end, is_official(other, comrades), "directive")
    return None


def _clause_before(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` starts: after the last comma before it, so a
    preposed "Đánh giá X đã …, Tổ công tác đề nghị …" does not make the direction past."""
    comma = sentence.rfind(",", 0, at)
    return comma + 1 if comma >= 0 and sentence[comma + 1:at].strip() == "" else 0


def _recorded_speaker(opening: list[Sentence], mention_cache: dict[int, list[Mention]],
                      registry: Registry) -> Person | None:
    for s in opening:
        for m in mention_cache.get(s.index, []):
            if _SPEECH_RECORD.search(s.text[: m.start]):
                return registry.resolve(m, s.start + m.start)
    return None


def _is_caption(i: int, body: list[Sentence]) -> bool:
    s = body[i]
    if is_caption_sentence(s.text):
        return True
    if i + 1 < len(body):
        nxt = body[i + 1]
        # The line a caption mark closes ("Thủ tướng phát biểu. Ảnh: VGP") in crawls that run
        # captions into the text.
        return (is_caption_sentence(nxt.text) and nxt.paragraph == s.paragraph and not cues.MODAL.search(s.text)
                and not cues.DIRECTIVE_RE.search(s.text) and len(s.text.split()) <= 30)
    return False


def analyse(segmented: Segmented) -> Analysis:
    """The rule signals of every body sentence of a segmented report."""
    text = segmented.document.text
    registry, mention_cache = build_registry(segmented)
    # Quotations may run over several lines (one sentence per line in some sources), so
    # they are found in the whole text.
    quotes = tuple(find_quotes(text))
    comrades = frozenset(match_key(m.name) for s in segmented.sentences for m in mention_cache.get(s.index, [])
                         if m.name and _COMRADE.match(s.text, m.start))
    body = [s for s in segmented.sentences if s.kind == "body"]
    doc = _Doc(registry, quotes, comrades, text, _people_in_order(segmented, mention_cache, registry),
               _issuers(segmented, mention_cache, registry))
    out = []
    for i, s in enumerate(body):
        sig = _signals(s, _is_caption(i, body), mention_cache.get(s.index, []), doc)
        doc.voices.extend(v.person for v in (sig.directive, sig.speaker, sig.quote if sig.quote_explicit else None)
                          if v is not None and v.person.name)
        out.append(sig)
    return Analysis(segmented=segmented, registry=registry, mentions=mention_cache, quotes=quotes, comrades=comrades,
                    recorded_speaker=_recorded_speaker(body[:3], mention_cache, registry), sentences=tuple(out))


@dataclass(frozen=True)
class _Doc:
    registry: Registry
    quotes: tuple[Quote, ...]
    comrades: frozenset[str]
    text: str
    #: Every person mention of the text in order: (offset, person, "ông"/"bà"/None).
    people: tuple[tuple[int, Person, str | None], ...]
    #: Who issued each kind of document the report names ("nghị quyết" -> the Prime Minister).
    issuers: dict[str, Person] = field(default_factory=dict)
    #: Who has spoken so far, in order (filled sentence by sentence as the report is read).
    voices: list[Person] = field(default_factory=list)
    #: Whom each quotation (by its start) attributed to a pronoun was resolved to.
    quoters: dict[int, Person | None] = field(default_factory=dict)

    def antecedent(self, pronoun: str, at: int) -> Person | None:
        """Who "ông"/"bà"/"người đứng đầu …" at offset ``at`` refers to.

        "Người đứng đầu Bộ X" is whoever the report names as heading Bộ X. "Ông"/"bà" is the
        last one who spoke before, of the same form of address when the report shows one (a
        person only talked about is rarely the one who goes on speaking), else the last
        person named.
        """
        key = match_key(pronoun)
        if key.startswith("người đứng đầu"):
            head = _head_of(pronoun.split(maxsplit=3)[-1], self.registry)
            if head is not None:
                return head
        word = key.split()[0]
        want = word if word in ("ông", "bà") else None
        forms = {match_key(p.name): form for _, p, form in self.people if p.name and form}
        for person in reversed(self.voices):
            if want is None or forms.get(match_key(person.name or "")) in (want, None):
                return person
        fallback = None
        for offset, person, form in reversed(self.people):
            if offset >= at:
                continue
            if want is None or form == want:
                return person
            if form is None and fallback is None:
                fallback = person
        return fallback


_UNIT_WORD = re.compile(r"^(?:bộ|sở|ban|ủy ban|uỷ ban|cục|tổng cục|ngành)\s+")


def _head_of(org: str, registry: Registry) -> Person | None:
    """The named official whose title holds ``org`` ("Bộ Nội vụ" in "Bộ trưởng Nội vụ"),
    trying the longest run of its words first."""
    words = org.split()
    for k in range(len(words), 0, -1):
        key = match_key(" ".join(words[:k]))
        core = _UNIT_WORD.sub("", key)
        for p in registry.people:
            if p.title and p.name and len(core) >= 4 and (key in match_key(p.title) or core in match_key(p.title)):
                return p
    return None


def _issuers(segmented: Segmented, mentions: dict[int, list[Mention]], registry: Registry) -> dict[str, Person]:
    """The first person said to issue each kind of document ("X vừa ban hành Chỉ thị …")."""
    out: dict[str, Person] = {}
    for s in segmented.sentences:
        for m in mentions.get(s.index, []):
            if (issued := _ISSUED.match(s.text, m.end)) is not None:
                out.setdefault(match_key(issued.group("doc")), registry.resolve(m, s.start + m.start))
    return out


def _people_in_order(segmented: Segmented, mentions: dict[int, list[Mention]],
                     registry: Registry) -> tuple[tuple[int, Person, str | None], ...]:
    forms: dict[str, str] = {}
    seen: list[tuple[int, Person]] = []
    for s in segmented.sentences:
        for m in mentions.get(s.index, []):
            person = registry.resolve(m, s.start + m.start)
            seen.append((s.start + m.start, person))
            head = match_key(s.text[m.start:m.start + 3])
            if person.name and head in ("ông", "bà"):
                forms.setdefault(match_key(person.name), head)
    return tuple((at, p, forms.get(match_key(p.name)) if p.name else None) for at, p in seen)


def _signals(s: Sentence, caption: bool, mentions: list[Mention], doc: _Doc) -> SentenceSignals:
    registry, comrades, text = doc.registry, doc.comrades, doc.text
    pairs = speaker_pairs(s.text, mentions)

    def voice(p: Pair) -> Voice:
        person = registry.resolve(p.mention, s.start + p.mention.start)
        return Voice(person, p.verb_end, is_official(person, comrades), p.kind)

    first_directive = next((p for p in pairs if p.kind == "directive"), None)
    directive = voice(first_directive) if first_directive else None
    upward = summary = False
    second = None
    if first_directive is not None and directive is not None:
        upward = bool(UPWARD_OBJECT.match(s.text, first_directive.verb_end))
        summary = bool(_SUMMARY.match(s.text, first_directive.verb_end) and not cues.MODAL.search(s.text))
        second = _second_speaker(s, pairs, first_directive, directive.person, registry, comrades)
    speaker = None
    wants = False
    first = next((p for p in pairs if p.kind != "directive"), None) if first_directive is None else None
    if first is None and first_directive is None:
        first = _unnamed_subject(s, mentions, doc)
        if first is not None and first.kind == "directive":
            directive = voice(first) if first.mention.kind != "pronoun" else _pronoun_voice(s, first, doc)
            first_directive, first = first, None
            upward = bool(UPWARD_OBJECT.match(s.text, first_directive.verb_end))
    if first is not None and first.kind in ("speech", "assess", "subject") \
            and (chained := _CHAINED_DIRECTIVE.match(s.text, first.verb_end)
                 or _chained_later(s.text, first.verb_end, mentions)
                 # "Thủ tướng đã có cuộc họp với các bộ, yêu cầu …": one who opens the sentence
                 # doing something goes on to direct after a bare comma.
                 or (_comma_directive(s.text, first.verb_end, mentions) if first.kind == "subject" else None)) \
            is not None:
        # "… nêu rõ và đề nghị Bộ X …": the second verb is the one that directs.
        first_directive = Pair(first.mention, "directive", chained.start(1), chained.end(1))
        directive = (voice(first_directive) if first.mention.kind != "pronoun"
                     else _pronoun_voice(s, first_directive, doc))
        upward = bool(UPWARD_OBJECT.match(s.text, first_directive.verb_end))
        first = None
    later = None
    if first is not None:
        speaker = voice(first) if first.mention.kind != "pronoun" else _pronoun_voice(s, first, doc)
        after = s.text[first.verb_end:]
        if NOTHING_SAID.match(after):
            # "Các sở phải rà soát quy chế, ông Ba nhấn mạnh.": the words come before the speaker.
            after = s.text[:first.mention.start]
        kind = first.kind
        later = _chained_later(s.text, first.verb_end, mentions, _LATER_SPEECH) if kind == "assess" else None
        if later is None and kind == "subject":
            # "Bộ trưởng … nhận thiếu sót …, đồng thời cam kết …", "… lên án, hứa hẹn sẽ …": one who
            # acts and then pledges speaks in the pledge.
            later = _chained_later(s.text, first.verb_end, mentions, _LATER_PLEDGE)
        if later is None and kind in ("speech", "report"):
            # "“…” - Thủ tướng trả lời và nhấn mạnh biện pháp …", "Ông cho biết và khẳng định, cần …":
            # the second verb says what the speaker goes on to say.
            later = _CHAINED_SPEECH.match(s.text, first.verb_end)
        if later is not None:
            # "… đánh giá cao …; nhấn mạnh: phải …": after praising (or answering), the same speaker
            # goes on to speak, and what they then say is read as speech.
            kind = "speech"
            after = s.text[later.end(1):]
            if speaker is not None:
                speaker = Voice(speaker.person, later.end(1), speaker.official, "speech")
        if kind == "assess":
            wants = bool(cues.DIRECTIVE_RE.search(after))
        elif kind != "report":  # "… nêu rõ và đề nghị …", "… nhấn mạnh, cần …", "… nhấn mạnh: Tập trung …"
            # and a unit with an action ("mong muốn cán bộ Văn phòng nâng cao …"): what is wished of it.
            wants = bool(cues.MODAL.search(after) or cues.DIRECTIVE_RE.search(after)
                         or (kind == "speech" and _STANCE.match(after))
                         or cues.ACTION_START.match(after.lstrip(" ,:"))
                         or clauses.looks_directive(after.lstrip(" ,:"))) and not clauses.states_first(after) \
                and not clauses.explains(after) and not clauses.views(after)
            fronted = _FRONTED_SPEECH.match(s.text, 0, first.mention.start)
            if not wants and kind != "report" and fronted is not None:
                # "Nhấn mạnh các tỉnh phải rà soát …, Bộ trưởng cho rằng …": the speaker's stress,
                # fronted before them, asks for action even where the clause after the verb explains.
                opening = fronted.group("said")
                wants = bool(cues.MODAL.search(opening) or cues.DIRECTIVE_RE.search(opening)) \
                    and not clauses.states_first(opening) and not clauses.explains(opening)
    q = in_quote(s, doc.quotes)
    quote = None
    q_explicit = q_directive = False
    quoter = pronoun = None
    if q is not None and q.speaker is not None:
        # "“…”, ông nói.": the one the pronoun refers to said it.
        pronoun = q.speaker.name if q.speaker.kind == "pronoun" else None
        if q.speaker.kind != "pronoun":
            quoter = registry.resolve(q.speaker, q.speaker_at or s.start)
        else:
            # "“… Thủ tướng đã quán triệt … Chúng ta phải …”, ông nói.": "ông" is whoever spoke
            # before the quotation opened, not someone its own words name.
            if q.start not in doc.quoters:
                doc.quoters[q.start] = doc.antecedent(pronoun or "", q.speaker_at or s.start)
            quoter = doc.quoters[q.start]
    if q is not None and quoter is not None:
        person = quoter
        quote = Voice(person, max(0, q.start - s.start), _official(person, pronoun, comrades), "quote")
        q_explicit = q.speaker_at is not None and s.start <= q.speaker_at < s.end
        # Only the quoted words count: "…”, bà X yêu cầu." is the attribution.
        quoted = text[max(s.start, q.start):min(s.end, q.end)]
        # ("… vì người dân phải chờ quá lâu": an obligation inside a cause explains, as in speech.)
        q_directive = bool(cues.DIRECTIVE_RE.search(quoted) or FIRST_PERSON_WISH.search(quoted)
                           or (clauses.looks_directive(quoted) and not clauses.states_only(quoted)
                               and not clauses.explains(quoted)))
    body_voice = None
    body_upward = body_past = False
    body_m = _BODY_SUBJECT.search(s.text) if not pairs else None
    if body_m is not None and not (re.match(r"\s*(?:[,.;)”]|$)", s.text[body_m.end():])
                                   or _AGENT_BEFORE.search(s.text, 0, body_m.start(1))):
        # ("chỉ tiêu do UBND tỉnh giao": the body is an agent, not the speaker.)
        person = body_person(body_m.group(1), registry)
        body_voice = Voice(person, body_m.end(), True, "body")
        body_upward = bool(UPWARD_OBJECT.match(s.text, body_m.end()))
        body_past = bool(cues.PAST.search(s.text, _clause_before(s.text, body_m.start(1)), body_m.start("verb")))
    if body_voice is None and not pairs and (dm := _DOC_SUBJECT.match(s.text)) is not None \
            and (issuer := doc.issuers.get(match_key(dm.group("doc")))) is not None:
        body_voice = Voice(issuer, dm.end(), is_official(issuer, comrades), "body")
        body_past = bool(cues.PAST.search(s.text, 0, dm.start("doc")))
    list_intro = None
    if not pairs and (org := _LIST_INTRO.match(s.text)) and not cues.PAST.search(s.text):
        list_intro = Voice(Person(name=org.group(1).strip(), title=None), len(s.text), True, "body")
    return SentenceSignals(
        sentence=s, caption=caption, directive=directive, upward=upward, summary=summary, second=second,
        speaker=speaker, speaker_wants=wants, quote=quote, quote_explicit=q_explicit, quote_directive=q_directive,
        body=body_voice, body_upward=body_upward, body_past=body_past,
        other_voices=bool(_OTHER_VOICES.search(s.text)), list_intro=list_intro,
        body_report=bool(_BODY_REPORT.search(s.text)),
        looks_directive=clauses.looks_directive(s.text), reads_as_result=clauses.reads_as_result(s.text),
    )


# "nhấn mạnh các yêu cầu chung: …", "nêu rõ quan điểm …", "nhấn mạnh tinh thần …", "khẳng định quan
# điểm … là không …": stressing a requirement, a stance or a principle sets out what is to be done
# ("mục tiêu này", "yêu cầu trên" point back to one already set).
_STANCE = re.compile(r"\s*(?:lại\s+)?(?:các\s+|những\s+|một\s+số\s+|\d+\s+)?(?:yêu\s+cầu|nhiệm\s+vụ|giải\s+pháp|"
                     r"biện\s+pháp|tinh\s+thần|quan\s+điểm|chủ\s+trương|định\s+hướng|mục\s+tiêu|nguyên\s+tắc)(?!\w)"
                     r"(?!\s+(?:này|đó|trên|ấy)(?!\w))")
_FRONTED_SPEECH = re.compile(r"^\W*(?:Nhấn\s+mạnh|Lưu\s+ý|Khẳng\s+định|Cho\s+rằng|Chỉ\s+rõ|Nêu\s+rõ)(?!\w)"
                             r"(?P<said>[^;]{5,300}),\s*$")
_LATER_PLEDGE = re.compile(r"(?:[,;]\s*(?:và\s+|đồng\s+thời\s+)?|\s(?:và|đồng\s+thời)\s+)(?:cũng\s+)?"
                           r"(cam\s+kết|hứa\s+hẹn|hứa)(?!\w)")
_CHAINED_SPEECH = re.compile(r"\s*(?:,\s*)?(?:và|đồng\s+thời)\s+(?:cũng\s+)?(" + cues.SPEECH_VERBS + r")(?!\w)")
_LATER_SPEECH = re.compile(r"(?:[,;]\s*(?:và\s+|đồng\s+thời\s+)?|\s(?:và|đồng\s+thời)\s+)(?:cũng\s+)?("
                           + cues.SPEECH_VERBS + r")(?!\w)")


def _chained_later(text: str, at: int, mentions: list[Mention],
                   verbs: re.Pattern[str] = _LATER_DIRECTIVE) -> re.Match[str] | None:
    """ "X nhận thiếu sót …, đồng thời yêu cầu …" (or, with ``_LATER_SPEECH``, "X đánh giá
    cao …; nhấn mạnh …"): a verb that the same subject goes on to, later in the sentence,
    with nobody else named before it."""
    m = verbs.search(text, at)
    if m is None or any(at <= x.start < m.start(1) for x in mentions):
        return None
    return m


def _comma_directive(text: str, at: int, mentions: list[Mention]) -> re.Match[str] | None:
    """ "Thủ tướng đã có cuộc họp với các bộ, yêu cầu …": a directive verb after a bare comma,
    unless it chairs a meeting ("dự, chỉ đạo Hội nghị …")."""
    m = _chained_later(text, at, mentions, _COMMA_DIRECTIVE)
    if m is None or (m.group(1).lower() in ("chỉ đạo", "kết luận") and _MEETING_OBJECT.match(text, m.end(1))):
        return None
    return m


def _unnamed_subject(s: Sentence, mentions: list[Mention], doc: _Doc) -> Pair | None:
    """A subject the verb lexicons miss: a pronoun ("Ông đề nghị …") or a named person who
    opens the sentence and does something ("Phó Chủ tịch X đưa ra thời hạn …")."""
    pro = _PRONOUN.match(s.text)
    group = ("pro" if pro.group("pro") else "pro2") if pro is not None else "pro"
    if pro is not None and not any(m.start <= pro.start(group) < m.end for m in mentions):
        m = Mention(pro.start(group), pro.end(group), None, pro.group(group), "pronoun")
        v = _VERB_AFTER.match(s.text, m.end)
        if v is not None:
            return Pair(m, verb_kind(v.group(1)), v.start(1), v.end(1))
        return Pair(m, "subject", m.end, m.end)
    trailing = _TRAILING_PRONOUN.search(s.text)
    if trailing is not None and not any(m.start <= trailing.start("pro") < m.end for m in mentions) \
            and (v := _VERB_AFTER.match(s.text, trailing.end("pro"))) is not None:
        # "“…”, ông khẳng định.", "“…”, đại biểu này đề nghị.": the one referred to back speaks
        # the quoted words, as a named speaker after a quotation does.
        # The quotation is what is said: a directive verb after words that ask no one to act
        # ("“… đó là cảnh báo”, ông lưu ý và …") says how they were said.
        m = Mention(trailing.start("pro"), trailing.end("pro"), None, trailing.group("pro"), "pronoun")
        kind = verb_kind(v.group(1))
        if kind == "directive" and not _directs(s.text[:trailing.start()]):
            kind = "speech"
        return Pair(m, kind, v.start(1), v.end(1))
    opening = _SUBJECT_AT.match(s.text)
    starts = {0, opening.end()} if opening else {0}
    if mentions and re.search(r",\s*$", s.text[:mentions[0].start]):
        # "Đồng tình với …, đặc biệt là …, Phó Thủ tướng X đặt ra …": the first person named,
        # after an opening of several clauses.
        starts.add(mentions[0].start)
    for m in mentions:
        # A named person, or an office that opens the sentence; "Các đồng chí Bộ trưởng, …"
        # addresses officials, it does not make them speak.
        # An office alone after an opening ("Tại Hội nghị, Bộ trưởng …") is the subject only
        # when it goes on to direct ("… đã phát động phong trào … và đề nghị …").
        if m.start in starts and (m.name or m.start == 0 or _chained_later(s.text, m.end, mentions) is not None) \
                and _SUBJECT_VERB.match(s.text, m.end) \
                and not _PLURAL_BEFORE.search(s.text, 0, m.start):
            return Pair(m, "subject", m.end, m.end)
    return None


def _pronoun_voice(s: Sentence, p: Pair, doc: _Doc) -> Voice | None:
    person = doc.antecedent(p.mention.name or "", s.start + p.mention.start)
    if person is None:
        return None
    return Voice(person, p.verb_end, _official(person, p.mention.name, doc.comrades), p.kind)


def _official(person: Person, pronoun: str | None, comrades: frozenset[str]) -> bool:
    """Whether a person speaks as an official; ``pronoun``, the words that referred to them,
    may say so ("đại biểu này", "người đứng đầu Bộ X")."""
    return is_official(person, comrades) or _OFFICE_PRONOUN.match(pronoun or "") is not None
