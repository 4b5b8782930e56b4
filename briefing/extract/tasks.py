"""Tasks and reports: who directs what, sentence by sentence.

Most task sentences in real reports do not name their speaker: a leader is named once
("Phát biểu chỉ đạo, Thủ tướng yêu cầu …") and the directions go on over sentences and
paragraphs ("Bên cạnh đó, cần …", "Tập trung …", a quotation). So the extractor walks the
body sentences in order and keeps a *speaker context*: the last person who spoke and in
what mode (directing, speaking, reporting). A sentence is

- an explicit task when a person is its subject with a directive verb (đề nghị, yêu cầu …),
  or a verb of speech with an obligation (nhấn mạnh … cần/phải);
- an implicit task when it names no speaker, looks like a direction (an obligation marker
  or an opening bare verb) and the context holds a directing speaker;
- a report when a person is its subject with a reporting verb (cho biết, báo cáo …).

The context lapses after two sentences that are not directions, and a report by someone
else replaces it. Photo captions are skipped and do not break it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing.extract import clauses, cues
from briefing.extract.assignees import concise, find_assignees
from briefing.extract.clauses import looks_directive
from briefing.extract.deadlines import find_deadline
from briefing.extract.mentions import Registry
from briefing.extract.people import TITLE_HEAD, TITLE_LOWER, Mention, find_mentions, title_head
from briefing.extract.quotes import Quote, find_quotes
from briefing.text.clean import is_caption_sentence
from briefing.text.normalize import match_key
from briefing.types import Person, Report, Segmented, Sentence, Task

# "Thủ tướng đã có công văn chỉ đạo …": a written direction is still a direction.
_ADVERBS = (r"(?:(?:cũng|đã|còn|thì|lại|tiếp\s+tục|đồng\s+thời|luôn|vẫn|một\s+lần\s+nữa|trước\s+đó|sau\s+đó|đặc\s+biệt|"
            r"có\s+(?:công\s+văn|văn\s+bản|ý\s+kiến))\s+)*")
_VERB_AFTER = re.compile(r"\s*,?\s*" + _ADVERBS + "(" + cues.ANY_VERB_RE.pattern + ")")
_THEO_BEFORE = re.compile(r"(?:^|[\s,(])(?:[Tt]heo|[Qq]uan\s+điểm\s+của|[Ý]\s+kiến\s+của)\s+$")
# "đề nghị Chính phủ …", "kiến nghị Thủ tướng …": a proposal sent upward, not a task.
_UPWARD_OBJECT = re.compile(
    r"\s*(?:với\s+)?(?:Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội|Trung\s+ương|cấp\s+trên|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)"
)
MAX_MISSES = 2
# Bodies that give directions in their own name: "UBND tỉnh yêu cầu", "Hội nghị thống nhất",
# "Tổ công tác đề nghị", "Bộ Công Thương chỉ đạo".
_BODY_SUBJECT = re.compile(
    r"(?:^|[,:;–\-)]\s*)((?:UBND|HĐND|Ủy\s+ban|Uỷ\s+ban|Bộ|Sở|Ban(?=\s+[A-ZĐÀ-Ỹ])|Tổng\s+cục|Cục|Hội\s+nghị|Thành\s+ủy|Thành\s+uỷ|"
    r"Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Chính\s+phủ|Đảng\s+ủy|Đảng\s+uỷ|Tổ\s+công\s+tác|Đoàn\s+công\s+tác|"
    r"Hội\s+đồng|Văn\s+phòng|Thường\s+trực|Quốc\s+hội|Ngân\s+hàng\s+Nhà\s+nước|NHNN|Kiểm\s+toán|"
    r"Thanh\s+tra|Công\s+an|Tòa\s+án|Viện\s+kiểm\s+sát)(?:\s+(?:[A-ZĐÀ-Ỹ0-9][^\s,.;:]*|tỉnh|thành\s+phố|huyện|"
    r"quận|xã|phường|thị\s+xã|nhân\s+dân|chỉ\s+đạo|thường\s+vụ|thường\s+trực|công\s+tác|và|của)){0,7}?)\s+(?:cũng\s+|đã\s+)?"
    r"(?P<verb>đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|" + cues.GIAO + r"|thống\s+nhất|kết\s+luận|chỉ\s+thị|lưu\s+ý|quán\s+triệt)(?!\w)"
)
# Unnamed people speaking ("nhiều đại biểu cho rằng", "các doanh nghiệp kiến nghị"): their
# words are not the leader's directions, so they end the leader's context.
_OTHER_VOICES = re.compile(
    r"(?<!\w)(?:đại\s+biểu|ý\s+kiến|doanh\s+nghiệp|người\s+dân|cử\s+tri|chuyên\s+gia|lãnh\s+đạo\s+(?:các|huyện|xã|tỉnh|sở|địa\s+phương)|"
    r"nhiều\s+\w+|các\s+thành\s+viên|đơn\s+vị)\s+(?:cũng\s+|đều\s+|đã\s+)?(?:cho\s+rằng|cho\s+biết|kiến\s+nghị|đề\s+xuất|"
    r"đề\s+nghị|phản\s+ánh|bày\s+tỏ|nêu|báo\s+cáo|thừa\s+nhận|chia\s+sẻ|tham\s+luận)(?!\w)",
    re.IGNORECASE,
)
# "… đã chỉ đạo như trên": a summary of directions already quoted.
_SUMMARY = re.compile(r".{0,150}?(?<!\w)như\s+(?:trên|vậy|thế)(?!\w)", re.IGNORECASE)
_LIST_INTRO = re.compile(
    r"^(?:[^,]{0,120},\s*)?((?:Cục|Chi\s+cục|Tổng\s+cục|Sở|Bộ|UBND|Ủy\s+ban|Ban|Hải\s+quan|Công\s+an|Ngành|Đảng\s+ủy|"
    r"Thành\s+ủy|Tỉnh\s+ủy|Huyện\s+ủy)(?:\s+[A-ZĐÀ-Ỹ0-9][^\s,.;:]*|\s+(?:" + "|".join(sorted(TITLE_LOWER)) + r")(?!\w)){0,6})"
    r"\s+(?:sẽ\s+)?(?:tập\s+trung|đề\s+ra|xác\s+định|triển\s+khai|thực\s+hiện)[^:]*(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung)[^:]*:\s*$"
)
# A body reporting: "Báo cáo tại hội nghị, Sở X cho biết …".
_BODY_REPORT = re.compile(r"(?<!\w)cho\s+biết(?!\w)|^\W*(?:Báo\s+cáo|Theo\s+báo\s+cáo)(?!\w)")
# The lead says the whole article records one person's speech.
_SPEECH_RECORD = re.compile(
    r"(?:lược\s+ghi|ghi\s+lại|trích|giới\s+thiệu|đăng(?:\s+tải)?|nội\s+dung)\s+(?:bài\s+)?(?:phát\s+biểu|ý\s+kiến)"
    r"(?:\s+(?:chỉ\s+đạo|kết\s+luận))?\s+của\s+$", re.IGNORECASE)


@dataclass
class _Pair:
    mention: Mention
    kind: str  # directive | speech | report | assess
    verb_start: int
    verb_end: int


@dataclass
class _Context:
    person: Person
    mode: str  # directive | speech | report
    misses: int = 0
    #: The speaker is a body ("UBND tỉnh", "Hội nghị"), not a person.
    body: bool = False

    def carries(self, comrades: set[str]) -> bool:
        """Whether unattributed directions after this speaker are theirs.

        Only an official gives directions that go on without being attributed again: a
        person with a title, an office never named ("Thủ tướng"), someone the report calls
        "đồng chí" (``comrades``), or a body. A resident, a business owner or an expert
        quoted by name only ("ông Quảng", "chị Hoa") describes what has to happen to them;
        their "phải …" sentences are not tasks that a briefing should carry.
        """
        return _official(self.person, comrades) or self.body


def _official(person: Person, comrades: set[str]) -> bool:
    return bool(person.title or (person.name and (TITLE_HEAD.match(person.name) or match_key(person.name) in comrades)))


# "đồng chí Nguyễn Văn A": the Party's form of address for its officials.
_COMRADE = re.compile(r"[Đđ]ồng\s+chí\s")


def _verb_kind(verb: str) -> str:
    v = verb.lower()
    if cues.ASSESS_RE.fullmatch(v) and not cues.DIRECTIVE_RE.fullmatch(v):
        return "assess"
    if cues.DIRECTIVE_RE.fullmatch(v):
        return "directive"
    if cues.REPORT_RE.fullmatch(v):
        return "report"
    return "speech"


_NO_OBJECT = re.compile(r"\s*(?:[.;)”\"]|$)")
_PASSIVE_AGENT = re.compile(r"(?<!\w)(?:do|được|bị)\s+$")


def speaker_pairs(text: str, mentions: list[Mention]) -> list[_Pair]:
    """(mention, verb) pairs where the mention is the subject of a verb of speech."""
    pairs: list[_Pair] = []
    for m in mentions:
        v = _VERB_AFTER.match(text, m.end)
        if v and _verb_kind(v.group(1)) == "directive" and (
                _NO_OBJECT.match(text, v.end(1)) and v.group(1).lower().startswith("giao")
                or _PASSIVE_AGENT.search(text, 0, m.start) and not _NO_OBJECT.match(text, v.end(1))):
            # "các đề án … Thủ tướng giao.", "nhiệm vụ do Bộ trưởng giao": a relative clause
            # naming who assigned something earlier, not a direction given here. (A final
            # "…”, Thủ tướng yêu cầu." attributes a quotation, and "… được Bộ trưởng lưu
            # ý." what the minister stressed: those stay.)
            continue
        if v:
            kind = _verb_kind(v.group(1))
            if kind == "directive" and v.group(1).lower() in cues.SOFT_DIRECTIVES and text[v.end(1):v.end(1) + 1] in ",:":
                kind = "speech"
            pairs.append(_Pair(m, kind, v.start(1), v.end(1)))
        elif _THEO_BEFORE.search(text, 0, m.start) and _THEO_BEFORE.search(text[:m.start]):
            pairs.append(_Pair(m, "speech", m.end, m.end))
    return pairs


def _in_quote(s: Sentence, quotes: list[Quote]) -> Quote | None:
    for q in quotes:
        if q.start < s.end and s.start < q.end and (s.end - s.start) > 0:
            overlap = min(q.end, s.end) - max(q.start, s.start)
            if overlap >= (s.end - s.start) / 2:
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
        registry.extend((m, s.start + m.start) for m in ms)
    return registry, mention_cache


def extract_tasks(segmented: Segmented, registry: Registry | None = None,
                  mention_cache: dict[int, list[Mention]] | None = None) -> tuple[list[Task], list[Report], list[Person]]:
    """Tasks (document order), reports and the people named, for one segmented report."""
    text = segmented.document.text
    if registry is None or mention_cache is None:
        registry, mention_cache = build_registry(segmented)
    # Quotations may run over several lines (one sentence per line in some sources), so
    # they are found in the whole text.
    quotes = find_quotes(text)

    tasks: list[Task] = []
    reports: list[Report] = []
    ctx: _Context | None = None
    body = [s for s in segmented.sentences if s.kind == "body"]
    comrades = {match_key(m.name) for s in segmented.sentences for m in mention_cache.get(s.index, [])
                if m.name and _COMRADE.match(s.text, m.start)}
    default = _recorded_speaker(body[:3], mention_cache, registry)
    for i, s in enumerate(body):
        nxt = body[i + 1].text if i + 1 < len(body) else ""
        if is_caption_sentence(s.text) or (
            is_caption_sentence(nxt) and body[i + 1].paragraph == s.paragraph and not cues.MODAL.search(s.text)
            and not cues.DIRECTIVE_RE.search(s.text) and len(s.text.split()) <= 30
        ):
            continue  # a photo caption run into the text: skipped, the context goes on
        if ctx is not None and default is not None and ctx.misses >= MAX_MISSES:
            ctx = None  # back to the speaker the whole article records
        mentions = mention_cache.get(s.index, [])
        pairs = speaker_pairs(s.text, mentions)
        quote = _in_quote(s, quotes)
        q_person = registry.resolve(quote.speaker, quote.speaker_at or s.start) if quote and quote.speaker else None
        q_explicit = bool(quote and quote.speaker_at is not None and s.start <= quote.speaker_at < s.end)
        directive = next((p for p in pairs if p.kind == "directive"), None)
        task_person: Person | None = None
        implicit = False
        evidence = (s.start, s.end)
        clause = s.text
        # A body speaks for itself only where no named person holds the floor.
        free = ctx is None or ctx.mode == "report" or ctx.misses >= MAX_MISSES
        body_m = _BODY_SUBJECT.search(s.text) if directive is None and not pairs else None
        if body_m is not None and (re.match(r"\s*(?:[,.;)”]|$)", s.text[body_m.end():])
                                   or _AGENT_BEFORE.search(s.text, 0, body_m.start(1))):
            body_m = None  # "chỉ tiêu do UBND tỉnh giao": the body is an agent, not the speaker
        if body_m is not None and not free and _body_person(body_m.group(1), registry).title is None:
            # While a named leader holds the floor, a body speaks only as the body they head
            # ("Tổ công tác đề nghị …" from the Tổ trưởng), not as another voice.
            body_m = None
        d_person = registry.resolve(directive.mention, s.start + directive.mention.start) if directive else None
        if directive is not None and d_person is not None and (
                not _official(d_person, comrades)
                or _SUMMARY.match(s.text, directive.verb_end) and not cues.MODAL.search(s.text)):
            # A summary of directions already quoted, or a private person's request ("ông
            # Vinh đề nghị …"): speech, not a task; the gold guideline's assigners are
            # officials and bodies.
            ctx = _Context(d_person, "speech")
        elif directive is not None and not _UPWARD_OBJECT.match(s.text, directive.verb_end):
            task_person = registry.resolve(directive.mention, s.start + directive.mention.start)
            clause = s.text[directive.verb_end:]
            ctx = _Context(task_person, "directive")
            split = _second_speaker(s, pairs, directive, task_person, registry)
            if split is not None:
                # One sentence, two speakers: each gets the exact clause that is theirs.
                cut, other, other_pair = split
                tasks.append(_task(text, (s.start, s.start + cut), s.text[directive.verb_end:cut], task_person, False))
                evidence = (s.start + _clause_start(s.text, cut), s.end)
                clause = s.text[other_pair.verb_end:]
                task_person = other
                ctx = _Context(other, "directive")
        elif body_m is not None and not _UPWARD_OBJECT.match(s.text, body_m.end()) \
                and not cues.PAST.search(s.text, _clause_before(s.text, body_m.start(1)), body_m.start("verb")):
            task_person = _body_person(body_m.group(1), registry)
            clause = s.text[body_m.end():]
            ctx = _Context(task_person, "directive", body=not task_person.title)
        elif _OTHER_VOICES.search(s.text) and not q_person:
            ctx = None
        elif q_person is not None and not (pairs and pairs[0].kind == "report" and not q_explicit):
            assert quote is not None
            # Only the quoted words count: "…”, bà X yêu cầu." is the attribution.
            quoted = text[max(s.start, quote.start):min(s.end, quote.end)]
            if (cues.DIRECTIVE_RE.search(quoted) or looks_directive(quoted) and not clauses.states_only(quoted)) \
                    and _official(q_person, comrades):
                task_person, implicit = q_person, not q_explicit
            ctx = _Context(q_person, "directive" if task_person else "speech")
        elif pairs:
            first = pairs[0]
            person = registry.resolve(first.mention, s.start + first.mention.start)
            after = s.text[first.verb_end:]
            if first.kind == "report":
                reports.append(Report(speaker=person, evidence=s.text, start=s.start, end=s.end))
                ctx = _Context(person, "report")
            else:
                if first.kind == "assess":
                    wants = bool(cues.DIRECTIVE_RE.search(after))
                else:  # "… nêu rõ và đề nghị …", "… nhấn mạnh, cần …", "… nhấn mạnh: Tập trung …"
                    wants = bool(cues.MODAL.search(after) or cues.DIRECTIVE_RE.search(after)
                                 or cues.ACTION_START.match(after.lstrip(" ,:"))) and not clauses.states_first(after)
                if wants and _official(person, comrades):
                    task_person, clause = person, after
                ctx = _Context(person, "directive" if task_person else "speech")
        elif (free or ctx is None or ctx.mode != "directive") and not pairs and (org := _LIST_INTRO.match(s.text)) \
                and not cues.PAST.search(s.text):
            # "Để hoàn thành …, Cục Hải quan X tập trung các nhóm nhiệm vụ sau:" — a body's
            # own programme, item by item in the sentences that follow.
            task_person = Person(name=org.group(1).strip(), title=None)
            ctx = _Context(task_person, "directive", body=True)
        elif not pairs and (_BODY_REPORT.search(s.text) or _OTHER_VOICES.search(s.text)):
            ctx = None  # a body or unnamed people report: the leader's directions have ended
        elif ctx is not None and ctx.mode != "report" and ctx.misses < MAX_MISSES and ctx.carries(comrades) \
                and looks_directive(s.text) and not clauses.reads_as_result(s.text):
            task_person, implicit = ctx.person, True
            ctx.misses = 0
        elif ctx is not None:
            ctx.misses += 1
        elif default is not None and looks_directive(s.text) and not clauses.reads_as_result(s.text):
            task_person, implicit = default, True
        if task_person is not None:
            if ctx is not None:
                ctx.misses = 0
            tasks.append(_task(text, evidence, clause, task_person, implicit))
    return _drop_lead_previews(tasks, segmented), reports, registry.people


_LEADING_VERB = re.compile(r"^(?:(?:và|đồng\s+thời|cũng)\s+)*(?:" + cues.DIRECTIVE_VERBS + r")(?:\s+cho)?(?!\w)\s*:?\s*",
                           re.IGNORECASE)


def _task(text: str, span: tuple[int, int], clause: str, assigner: Person, implicit: bool) -> Task:
    start, end = span
    while end > start and text[end - 1] in " ,;":
        end -= 1
    # "… nêu rõ và đề nghị Bộ X …", "Trưởng Ban chỉ đạo yêu cầu phải …": the clause after
    # the speaker's verb may open with a second verb; the units and the action follow it.
    clause = _LEADING_VERB.sub("", clause.lstrip(" ,:"), count=1)
    assignees = find_assignees(clause)
    return Task(text=concise(clause, assignees), assigner=assigner, assignees=assignees,
                deadline=find_deadline(text[start:end]), evidence=text[start:end], start=start, end=end,
                implicit_speaker=implicit)


def _clause_before(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` starts: after the last comma before it, so a
    preposed "Đánh giá X đã …, Tổ công tác đề nghị …" does not make the direction past."""
    comma = sentence.rfind(",", 0, at)
    return comma + 1 if comma >= 0 and sentence[comma + 1:at].strip() == "" else 0


def _clause_start(sentence: str, cut: int) -> int:
    at = cut
    while at < len(sentence) and sentence[at] in " ,;":
        at += 1
    return at


def _second_speaker(s: Sentence, pairs: list[_Pair], first: _Pair, first_person: Person,
                    registry: Registry) -> tuple[int, Person, _Pair] | None:
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
            return cut, other, p
    return None


# "… chỉ tiêu do Bộ Tài chính, UBND tỉnh giao": "do" (by) before the body makes it a passive
# agent; "do đó"/"do vậy" (therefore) do not.
_AGENT_BEFORE = re.compile(r"(?<!\w)do\s+(?!đó|vậy|thế)[^.;:]{0,60}$")
def _recorded_speaker(opening: list[Sentence], mention_cache: dict[int, list[Mention]],
                      registry: Registry) -> Person | None:
    """The speaker of the whole article when its lead says it records one speech."""
    for s in opening:
        for m in mention_cache.get(s.index, []):
            if _SPEECH_RECORD.search(s.text[: m.start]):
                return registry.resolve(m, s.start + m.start)
    return None


def _body_person(body: str, registry: Registry) -> Person:
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


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _drop_lead_previews(tasks: list[Task], segmented: Segmented) -> list[Task]:
    """Drop tasks of the lead paragraph that only preview a task stated again in the body."""
    body_paras = [p.index for p in segmented.paragraphs if p.kind == "body"]
    if len(body_paras) < 2 or not tasks:
        return tasks
    lead = next((s.paragraph for s in segmented.sentences if s.kind == "body"), None)
    kept: list[Task] = []
    sentence_para = {(s.start, s.end): s.paragraph for s in segmented.sentences}
    lead_text = next((p.text for p in segmented.paragraphs if p.index == lead), "")
    # A lead cut short with an ellipsis is a teaser of the body (news crawls keep them).
    teaser = lead_text.rstrip().endswith(("…", "..."))
    for i, t in enumerate(tasks):
        if sentence_para.get((t.start, t.end)) == lead:
            if teaser:
                continue
            mine = Counter(_words(t.evidence))
            if any(_dice(mine, Counter(_words(o.evidence))) >= 0.4 for o in tasks[i + 1:]):
                continue
        kept.append(t)
    return kept


def _dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0
