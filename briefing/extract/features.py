"""Features of the sentence tagger: one plain function shared by training and inference.

:func:`sentence_features` turns a report's rule signals (:mod:`briefing.extract.signals`)
into one feature dict per body sentence, in the form CRFsuite takes (name -> value). The
rule signals are features here, not verdicts: the tagger learns from the gold how much
"a titled official is the subject of *yêu cầu*" or "an opening bare verb two sentences
after a directing speaker" says about a sentence being a task, a report or neither.

Feature families:

- the sentence's own signals: who speaks and with what verb, quotation, a body as speaker,
  obligation markers, opening action verb, enumeration, future and past marks, first
  person, figures, questions, captions;
- its opening words (the first one and two syllables, lower-cased), which carry most of
  the continuation cues ("Bên cạnh đó", "Thứ hai", "Tập trung");
- context that no single sentence shows: how many sentences and paragraphs ago an official
  last gave directions, spoke or reported, what kind of voice spoke last and which one
  speaks next in the same paragraph, and an unvoiced sentence's obligation, pledge or
  opening action verb paired with the last voice;
- the same key signals of the previous and next sentences.
"""
from __future__ import annotations

import re

from briefing.extract import clauses, cues
from briefing.extract.signals import FIRST_PERSON_WISH, NOTHING_SAID, Analysis, SentenceSignals
from briefing.text.normalize import match_key

_WORD = re.compile(r"\w+")
_FIRST_PERSON = re.compile(r"(?<!\w)(?:tôi|chúng\s+tôi|chúng\s+ta|mình|ta)(?!\w)", re.IGNORECASE)
# "khả năng sẽ ban hành", "có thể sẽ tạo điều kiện": a "sẽ" weighed as a likelihood forecasts;
# it pledges nothing.
_WILL = re.compile(r"(?<!\w)(?<!khả năng )(?<!Khả năng )(?<!có thể )(?<!Có thể )(?<!có lẽ )(?<!Có lẽ )sẽ(?!\w)",
                   re.IGNORECASE)
# "tin tưởng … sẽ hoàn thành", "dự báo … sẽ giảm": the "sẽ" after a belief or a forecast is
# what the speaker expects of others, not what they commit to.
_HOPED = re.compile(r"(?<!\w)(?:tin\s+tưởng|tin\s+rằng|tin\s+chắc|hy\s+vọng|hi\s+vọng|kỳ\s+vọng|dự\s+báo)"
                    r"(?!\w)[^.;]*?(?<!\w)sẽ(?!\w)", re.IGNORECASE)
# "sẽ cố gắng, nỗ lực hoàn thành …", "sẽ phấn đấu …": a pledge of effort names no action.
# "sẽ xây dựng thành phố thành nơi đáng sống": to make a place into what one hopes of it is a vision.
_VAGUE_PLEDGE = re.compile(
    r"(?<!\w)sẽ\s+(?:(?:\w+\s+){0,4}?(?:cố\s+gắng|nỗ\s+lực|phấn\s+đấu|quyết\s+tâm|hết\s+mình)|"
    r"(?:\w+\s+){0,2}?(?:xây\s+dựng|đưa|phát\s+triển)\s+[^,.;]{1,40}?\s+(?:trở\s+)?thành)(?!\w)", re.IGNORECASE)
_IF = re.compile(r"(?<!\w)nếu(?!\w)", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|ngàn|vụ|tấn|lượt|km|ha|người|doanh\s+nghiệp|đồng|USD)",
                     re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)])\s")
# "Vấn đề thứ 2 là …", "Nhiệm vụ đầu tiên …": a numbered point of a speech, named by its kind.
_ENUM = re.compile(
    r"^\W*(?:(?:vấn\s+đề|nhiệm\s+vụ|giải\s+pháp|nội\s+dung|yêu\s+cầu|điểm|nhóm(?:\s+nhiệm\s+vụ|\s+giải\s+pháp)?)\s+"
    r"(?=thứ\s|đầu\s+tiên))?(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)|(?:một|hai|ba|bốn|năm|sáu|bảy)\s+là|"
    r"trước\s+hết|đầu\s+tiên|cuối\s+cùng|tiếp\s+theo)(?!\w)", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[“”\"]")
_DEADLINE_HINT = re.compile(r"(?<!\w)(?:trước\s+ngày|chậm\s+nhất|trong\s+(?:quý|tháng|năm)|đến\s+hết|trước\s+\d)",
                            re.IGNORECASE)
# "… là không được, …" is a verdict (not acceptable), not a ban.
_NEGATIVE_ORDER = re.compile(r"(?<!\w)(?:không\s+(?:được(?!\s*(?:[.,;:?”\"…]|$))|để)|tránh|nghiêm\s+cấm"
                             r"|kiên\s+quyết\s+không)(?!\w)", re.IGNORECASE)


# "Theo quy định, dự án phải …", "Luật … yêu cầu người dân … phải …": an obligation that a law
# lays down, restated; no one gives it as a task.
_BY_LAW = re.compile(
    r"(?:^\W*(?:(?:đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|tuy\s+nhiên|nhưng)\s*,?\s*)?"
    r"(?:theo\s+(?:đúng\s+)?quy\s+định(?:\s+của\s+[^,;]{1,80})?\s*,|quy\s+định\s+(?:rõ|về|là|tại))"
    r"|(?<!\w)(?:pháp\s+luật|luật|nghị\s+định|thông\s+tư|điều\s+\d+|khoản\s+\d+)(?:\s+[^\s,.;]+){0,8}?"
    r"\s+(?:quy\s+định|yêu\s+cầu)(?!\w)"
    # "việc khai báo theo Điều 29 Luật Hải quan cần tuân thủ …": what the cited text requires.
    r"|(?<!\w)theo\s+(?:điều\s+\d+|khoản\s+\d+|luật|nghị\s+định|thông\s+tư)(?!\w))", re.IGNORECASE)


# "Tỉnh có 37 cơ sở phải di dời, nhưng …", "hiện có 8 dự án cần thu hồi": the obligation qualifies
# a counted thing; the sentence counts what is pending, it gives no task.
# A count may be written in words: "có ba nội dung phải xử lý", "có nhiều yếu tố phải tuân thủ".
_COUNTED_BEFORE = re.compile(r"(?<!\w)có\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
                             r"(?:\d[\d.,]*|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|một\s+số|nhiều)"
                             r"\s+(?:[^\W\d]+\s+){1,6}$"
                             # "X là một trong những đơn vị phải thoái vốn": one of a group that must.
                             r"|(?<!\w)một\s+trong\s+(?:những|các|số)\s+(?:[^\W\d]+\s+){1,4}$", re.IGNORECASE)


# "Ví dụ như …, một phòng ở cấp huyện phải lên Bộ …": an example shows how things go; its
# obligation describes a case, it is asked of no one.
_EXAMPLE = re.compile(r"^\W*(?:ví\s+dụ|thí\s+dụ|chẳng\s+hạn)(?!\w)", re.IGNORECASE)


# "Xin ông cho biết, những việc mà ngành cần làm …?": an interviewer's question; what it names is
# asked about, not asked of anyone.
_INTERVIEW_QUESTION = re.compile(r"^\W*(?:xin|xin\s+phép|đề\s+nghị)\s+(?:ông|bà|anh|chị|đồng\s+chí)\s+"
                                 r"(?:cho\s+biết|chia\s+sẻ|giải\s+thích|đánh\s+giá|nói\s+rõ)(?!\w)", re.IGNORECASE)


_DIRECTING_RECORD = re.compile(r"(?<!\w)(?:phát\s+biểu|ý\s+kiến|bài\s+nói)\s+(?:chỉ\s+đạo|kết\s+luận)(?!\w)",
                               re.IGNORECASE)


def _bucket(n: int | None, edges: tuple[int, ...] = (0, 1, 2, 3, 5, 8)) -> str:
    if n is None:
        return "none"
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


# Where a trailing attribution begins: the closing quotation mark, else the dash or comma
# before the speaker ("“…” - Thủ tướng nói.", "Các sở phải …, ông Ba nhấn mạnh.").
_ATTRIBUTION_EDGES = ("”\"", "-–—", ",")
# A sentence that opens with a quotation and names its speaker right after it.
_QUOTED_HEAD = re.compile(r"^\W*?[“\"]?([^“”\"]{10,})[”\"]\s*[-–—,]?\s*(?:[^\s,;“”\"]+\s+){1,8}?\S+$")


def _said(sig: SentenceSignals) -> str:
    """What is said: the words after the speaker's verb, the words before a trailing
    attribution, or the whole sentence."""
    text = sig.sentence.text
    for voice in (sig.speaker, sig.directive, sig.body):
        if voice is None or voice.clause_start >= len(text):
            continue
        # "“… chúng tôi sẽ đề xuất …” - ông Ba nói và cho rằng …": the quotation is what is
        # said; what follows the verb only adds the speaker's comment.
        quoted = _QUOTED_HEAD.match(text, 0, voice.clause_start)
        if quoted is not None:
            return quoted.group(1)
        if not NOTHING_SAID.match(text, voice.clause_start):
            return text[voice.clause_start:]
        head = text[:voice.clause_start]
        for marks in _ATTRIBUTION_EDGES:
            cut = max(head.rfind(m) for m in marks)
            if cut > 0:
                return head[:cut]
        return head
    return text


_MARKS = re.compile(r"(?<!\w)(?:(?P<past>đã|vừa|đang)|(?P<will>sẽ))(?!\w)", re.IGNORECASE)


_THEREFORE = re.compile(r"(?<!\w)(?:do\s+đó|do\s+vậy|vì\s+vậy|vì\s+thế|bởi\s+vậy|cho\s+nên)(?!\w)", re.IGNORECASE)


def _first_mark(said: str, modal: re.Match[str] | None) -> str:
    """What the said clause states first: an obligation (``modal``, its first modal) or a
    direction, a pledge or forecast ("sẽ"), a past or ongoing fact ("đã", "đang"), a list of
    actions after a colon ("act"), or none."""
    therefore = _THEREFORE.search(said)
    if therefore is not None:
        # "Người dân đã chịu thiệt, do đó thành phố sẽ xem xét …", "… đã giảm, vì vậy các tỉnh
        # cần …": the conclusion drawn is what the speaker means to say.
        tail = said[therefore.end():]
        mark = _first_mark(tail, cues.MODAL.search(tail))
        if mark not in ("none", "act"):
            return mark
    found = []
    if modal is not None:
        found.append((modal.start(), "modal"))
    if (d := cues.DIRECTIVE_RE.search(said)) is not None:
        found.append((d.start(), "modal"))
    # "Tôi mong muốn các đồng chí trung thực …": a speaker's wish for others asks them to act.
    if (w := FIRST_PERSON_WISH.search(said)) is not None:
        found.append((w.start(), "modal"))
    if (t := _MARKS.search(said)) is not None:
        found.append((t.start(), t.lastgroup or "past"))
    if found:
        return min(found)[1]
    # "nhấn mạnh các yêu cầu chung: phát huy thế mạnh, …": what follows the colon opens with an
    # action, the bare form in which a leader sets out what is to be done.
    colon = said.find(":")
    if colon >= 0 and cues.ACTION_START.match(said[colon + 1:]):
        return "act"
    return "none"


_ENDS_DIRECTING = re.compile(r"(?<!\w)(?:" + cues.DIRECTIVE_VERBS + r")$", re.IGNORECASE)


# "Tiếp thu ý kiến chỉ đạo của Bộ trưởng, Cục trưởng … khẳng định …": the speaker answers
# directions given to them; what they then say or pledge is their reply, not a new task.
_RECEIVES = re.compile(r"(?<!\w)(?:tiếp\s+thu|đồng\s+tình\s+với|nhất\s+trí\s+với|thống\s+nhất\s+với|cảm\s+ơn|"
                       r"quán\s+triệt|tiếp\s+nhận)\s+(?:\w+\s+){0,4}?chỉ\s+đạo(?!\w)", re.IGNORECASE)


def _own(sig: SentenceSignals) -> dict[str, float]:
    """The signals of one sentence, without context."""
    text = sig.sentence.text
    f: dict[str, float] = {}

    def on(name: str, cond: object = True) -> None:
        if cond:
            f[name] = 1.0

    if sig.directive is not None:
        on("dir")
        on("dir.official", sig.directive.official)
        on("dir.up", sig.upward)
        on("dir.summary", sig.summary)
        on("dir.second", sig.second is not None)
        on("dir.at_start", sig.directive.clause_start < 0.5 * max(len(text), 1))
    if sig.speaker is not None:
        on("spk." + sig.speaker.kind)
        on("spk." + sig.speaker.kind + ".official", sig.speaker.official)
        on("spk.wants", sig.speaker_wants)
        on("spk.wants.official", sig.speaker_wants and sig.speaker.official)
        # "X cho biết, sở sẽ …": a leader's commitment for the body they head.
        # A pledge in reply to directions ("Tiếp thu ý kiến chỉ đạo …, X hứa sẽ …") answers them.
        # The pledge opens what is said ("cho biết, sở sẽ …"); a "sẽ" far into it, or after "nếu",
        # tells what will follow from something else.
        will = _WILL.search(text, sig.speaker.clause_start)
        on("spk.commits", sig.speaker.official and will is not None and not _HOPED.search(text)
           and not _RECEIVES.search(text, 0, sig.speaker.clause_start)
           and len(text[sig.speaker.clause_start:will.start()].split()) <= 12
           and not _IF.search(text, sig.speaker.clause_start, will.start())
           # "cho rằng giá BOT sẽ cơ bản ổn định": a "sẽ" before a state forecasts, it pledges nothing.
           and clauses.acts_after(text, will.end()) and not _VAGUE_PLEDGE.match(text, will.start()))
    if sig.quote is not None:
        on("quote")
        on("quote.official", sig.quote.official)
        on("quote.explicit", sig.quote_explicit)
        on("quote.directive", sig.quote_directive)
        on("quote.directive.official", sig.quote_directive and sig.quote.official)
        will = _WILL.search(text)
        on("quote.commits", sig.quote.official and will is not None and clauses.acts_after(text, will.end())
           and not _VAGUE_PLEDGE.match(text, will.start()))
    if sig.body is not None and sig.directive is None \
            and _ENDS_DIRECTING.search(text, 0, sig.body.clause_start) is not None:
        # "UBND tỉnh yêu cầu các sở …": a body that directs in its own name directs as its head
        # would; it shares what the tagger learns of an official's directions.
        on("dir")
        on("dir.official")
        on("dir.up", sig.body_upward)
        on("dir.at_start", sig.body.clause_start < 0.5 * max(len(text), 1))
    if sig.body is not None:
        on("body")
        on("body.up", sig.body_upward)
        on("body.past", sig.body_past)
        on("body.headed", sig.body.person.title is not None)
    on("others", sig.other_voices)
    on("list_intro", sig.list_intro is not None)
    on("body_report", sig.body_report)
    # "Phát hiện, bắt giữ 27 vụ …": an action counted in figures, with no obligation and no one
    # to give it, reports what was done.
    counted = sig.directive is None and not cues.MODAL.search(text) and bool(_FIGURE.search(text))
    # "Lưu ý về …, Phó Thủ tướng nhấn mạnh: …", "Chỉ đạo tại Hội nghị, ông X đánh giá …": the verb
    # that opens the sentence is the speaker's own, said before their name; what they say tells
    # whether they direct.
    opener = cues.ACTION_START.match(text)
    said = _said(sig)
    speaker_opens = (opener is not None and sig.speaker is not None and sig.directive is None
                     and said == text[sig.speaker.clause_start:]
                     and 0 < text.find(",", opener.end()) < sig.speaker.clause_start)
    looks = clauses.looks_directive(said) if speaker_opens else sig.looks_directive
    on("looks_dir", looks and not counted)
    on("result", sig.reads_as_result)
    on("caption", sig.caption)
    on("modal", cues.MODAL.search(text))
    c = cues.CONTINUATION.match(text)
    on("cont", c)
    # "Cùng với đó là nâng cao …": the link "là" stands before the action.
    rest = clauses.after_link(text[c.end():]) if c else text
    on("action_start", cues.ACTION_START.match(rest) and not counted and not speaker_opens)
    on("enum", _ENUM.match(text))
    on("bullet", _BULLET.match(text))
    on("past", cues.PAST.search(text))
    on("will", _WILL.search(text))
    on("first_person", _FIRST_PERSON.search(text))
    on("question", "?" in text)
    # "Chẳng hạn như trường hợp …": an example opens; it tells of a case, whatever voice came before.
    on("example", _EXAMPLE.match(text))
    on("figures", _FIGURE.search(text))
    on("colon_end", text.rstrip().endswith(":"))
    on("quote_mark", _QUOTE_MARK.search(text))
    on("deadline", _DEADLINE_HINT.search(text))
    on("neg_order", _NEGATIVE_ORDER.search(text))
    # "đại diện nhiều DN đề nghị …", "cử tri đề nghị …": the directive verb is theirs, and they direct no one.
    on("directive_verb", cues.DIRECTIVE_RE.search(text)
       and not (sig.other_voices and sig.directive is None and sig.speaker is None and sig.quote is None))
    on("speech_verb", cues.SPEECH_RE.search(text))
    on("report_verb", cues.REPORT_RE.search(text))
    on("assess_verb", cues.ASSESS_RE.search(text))
    # A modal or "sẽ" before an action directs or pledges; before a state it assesses or
    # forecasts ("nhấn mạnh, các tỉnh cần rà soát …" / "…, việc này cần nhiều thời gian").
    modal = cues.MODAL.search(said)
    if modal is not None and (_BY_LAW.search(said, 0, modal.start()) or _EXAMPLE.match(said)
                              or _INTERVIEW_QUESTION.match(text)
                              or _COUNTED_BEFORE.search(said, max(0, modal.start() - 60), modal.start())):
        for key in ("modal", "looks_dir"):
            f.pop(key, None)
        modal = None
    for name, mark in (("modal", modal), ("will", _WILL.search(said))):
        if mark is not None:
            # "theo quy định của Luật …, chủ tịch tỉnh sẽ ban hành …" tells what the law has happen.
            by_law = name == "will" and _BY_LAW.search(said, 0, mark.start()) is not None
            f[f"{name}.then=" + ("act" if clauses.acts_after(said, mark.end()) and not by_law else "state")] = 1.0
    on("modal.unit", modal is not None and clauses.unit_subject(said, modal.start()))
    # "sắp tới đơn vị sẽ xây dựng …", "chúng tôi sẽ đề xuất …": a unit that will act pledges; "giá sẽ
    # giảm" forecasts.
    will = _WILL.search(said)
    on("will.unit", will is not None and clauses.unit_subject(said, will.start()))
    on("will.vague", _VAGUE_PLEDGE.search(said))
    if sig.speaker is not None or sig.quote is not None:
        first = _first_mark(said, modal)
        # "nhận định giá xăng sẽ cơ bản ổn định" opens with a forecast, not with a pledge.
        if first == "will" and will is not None and not clauses.acts_after(said, will.end()):
            first = "forecast"
        f["said.first=" + first] = 1.0
    if sig.speaker is not None and sig.directive is None:
        on("spk.receives", _RECEIVES.search(text, 0, sig.speaker.clause_start))
    words = _WORD.findall(match_key(text))
    n = len(words)
    f["len=" + _bucket(n, (5, 10, 20, 35, 60))] = 1.0
    if words:
        f["w1=" + words[0]] = 1.0
        if n > 1:
            f["w2=" + words[0] + "_" + words[1]] = 1.0
    return f


# The signals worth seeing in the neighbours.
_NEIGHBOUR_KEYS = ("dir", "dir.official", "spk.report", "spk.speech", "spk.wants.official", "quote.directive.official",
                   "body", "modal", "action_start", "looks_dir", "result", "cont", "enum", "others", "colon_end",
                   "caption", "first_person", "will", "question", "quote.official", "spk.commits", "body.past",
                   "dir.summary")


# The signals of an unvoiced sentence that take their sense from the last voice.
_UNVOICED_KEYS = ("modal", "modal.then=act", "will.then=act", "action_start", "enum")


def _voice_kind(sig: SentenceSignals) -> str | None:
    """The kind of official voice a sentence carries, for the context features."""
    if sig.directive is not None and sig.directive.official and not sig.upward:
        return "directive"
    if sig.body is not None and not sig.body_upward:
        return "body"
    if sig.quote is not None and sig.quote.official and sig.quote_explicit:
        return "quote"
    if sig.list_intro is not None:
        return "list"
    if sig.speaker is not None:
        if sig.speaker.kind == "report":
            # ("“Các doanh nghiệp cần hỗ trợ nhau …”, bà X, Chủ tịch tập đoàn, chia sẻ": one without
            # office shares a view; their words direct no one.)
            return "report" if sig.speaker.official else "private"
        if sig.speaker.official:
            return "speech_wants" if sig.speaker_wants else "speech"
        return "private"
    # "TS X: “… Hơn nữa, phải làm sao …”": the words go on in the quotation of one without office,
    # not in the last official's voice.
    if sig.quote is not None and not sig.quote.official:
        return "private"
    if sig.other_voices or sig.body_report:
        return "others"
    return None


def sentence_features(analysis: Analysis) -> list[dict[str, float]]:
    """One feature dict per body sentence of ``analysis``, in order."""
    sigs = analysis.sentences
    own = [_own(s) for s in sigs]
    n = len(sigs)
    doc: dict[str, float] = {}
    if analysis.recorded_speaker is not None:
        doc["doc.recorded"] = 1.0
    kinds = [_voice_kind(s) for s in sigs]
    directing = sum(1 for k in kinds if k in ("directive", "body", "quote", "speech_wants"))
    # "… lược ghi phát biểu chỉ đạo của Thứ trưởng …": the recorded speech gives directions, and
    # what no other voice claims in it is a direction as much as a speaker's own "yêu cầu".
    directing_record = analysis.recorded_speaker is not None and any(
        _DIRECTING_RECORD.search(s.sentence.text) for s in sigs[:3])
    if directing_record:
        directing += sum(1 for k in kinds[1:] if k is None)
    doc["doc.directing=" + _bucket(directing, (0, 1, 3, 6))] = 1.0
    paras = len({s.sentence.paragraph for s in sigs}) or 1
    doc["doc.sent_per_para=" + _bucket(round(n / paras), (1, 2, 4))] = 1.0

    # The next voice in the same paragraph: a paragraph is often one turn, and its speaker
    # may be named only after the words ("Các huyện phải rà soát … . Đây là việc cấp bách,
    # Phó Thủ tướng nhấn mạnh.").
    ahead: list[str | None] = [None] * n
    for i in range(n - 2, -1, -1):
        nxt = kinds[i + 1]
        same = sigs[i + 1].sentence.paragraph == sigs[i].sentence.paragraph
        ahead[i] = (nxt or ahead[i + 1]) if same else None
    out: list[dict[str, float]] = []
    last: dict[str, int] = {}
    last_para: dict[str, int] = {}
    last_kind: str | None = None
    for i, sig in enumerate(sigs):
        f = dict(own[i])
        f.update(doc)
        f["bias"] = 1.0
        para = sig.sentence.paragraph
        if i == 0:
            f["lead"] = 1.0
        if i == 0 or sigs[i - 1].sentence.paragraph != para:
            f["para_start"] = 1.0
        for k in ("directive", "speech", "report", "others", "any"):
            d = i - last[k] if k in last else None
            f[f"since.{k}=" + _bucket(d)] = 1.0
            if k in last_para:
                f[f"paras_since.{k}=" + _bucket(para - last_para[k], (0, 1, 2))] = 1.0
        f["last_voice=" + (last_kind or "none")] = 1.0
        kind = kinds[i]
        if kind is None:
            # What no one in the sentence voices ("Thứ hai, phải …", "Tập trung …", "… sẽ bố trí …")
            # reads as the last voice's: a task or a pledge after an official, an opinion after an
            # expert or a company.
            for key in _UNVOICED_KEYS:
                if key in own[i]:
                    f[f"unvoiced.{key}.after=" + (last_kind or "none")] = 1.0
        f["next_voice_in_para=" + (ahead[i] or "none")] = 1.0
        for key in _NEIGHBOUR_KEYS:
            if i > 0 and key in own[i - 1]:
                f["-1:" + key] = 1.0
            if i + 1 < n and key in own[i + 1]:
                f["+1:" + key] = 1.0
        out.append(f)
        if kind is None and analysis.recorded_speaker is not None and i > 0:
            # The lead says the article records one official's speech: each sentence no
            # other voice claims is theirs, as if they had just spoken it.
            kind = "speech_wants" if directing_record else "speech"
        if kind is not None:
            last_kind = kind
            group = {"directive": "directive", "body": "directive", "quote": "directive", "list": "directive",
                     "speech_wants": "directive", "speech": "speech", "report": "report",
                     "private": "others", "others": "others"}[kind]
            for g in (group, "any"):
                last[g] = i
                last_para[g] = para
    return out
