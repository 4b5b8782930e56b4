"""Tasks and reports: which sentences direct, and who directs them.

Three steps over a report's body sentences:

1. :func:`briefing.extract.signals.analyse` finds what the rules see in each sentence
   (speakers and their verbs, quotations, bodies, obligation markers …);
2. the learned tagger (:mod:`briefing.extract.tagger`) labels each sentence a task, a
   report or neither, from those signals as features;
3. :func:`attribute` names who speaks each task sentence. A sentence that names its
   speaker (a subject with a verb of direction or speech, a quotation's attribution, a
   body) is theirs. One that does not is a continuation: it belongs to whoever last held
   the floor as an official (the last speaker of directions, or the speaker of the
   previous task), and failing that to the person the article records or features.

Rules stay where they are exact: names and titles, offsets, the clause of a second
speaker in one sentence, assignees, deadlines.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing.extract import cues
from briefing.extract.assignees import concise, find_assignees
from briefing.extract.deadlines import find_deadline
from briefing.extract.people import _UP, TITLE_LOWER
from briefing.extract.signals import Analysis, SentenceSignals, Voice, in_quote, is_official
from briefing.types import Person, Report, Segmented, Task

__all__ = ["Attribution", "assemble", "attribute"]


@dataclass(frozen=True)
class Attribution:
    """Who speaks a task sentence, and which part of it is theirs."""

    person: Person
    #: Offset in the sentence where the direction itself starts (after the speaker's verb).
    clause_start: int
    #: The sentence does not name its speaker (a continuation).
    implicit: bool


def _explicit(sig: SentenceSignals) -> Voice | None:
    """The voice a sentence names for itself, most direct first."""
    if sig.directive is not None:
        return sig.directive
    if sig.body is not None:
        return sig.body
    if sig.speaker is not None:
        return sig.speaker
    if sig.quote is not None and sig.quote_explicit:
        return sig.quote
    if sig.list_intro is not None:
        return sig.list_intro
    return None


# "Giao Bộ trưởng X chỉ đạo …", "yêu cầu Giám đốc Sở báo cáo …": the person right after a verb
# of direction is the one directed, not the speaker.
_DIRECTED_BEFORE = re.compile(r"(?<!\w)(?:" + cues.DIRECTIVE_VERBS + r")\s+(?:cho\s+)?$", re.IGNORECASE)


def _directed(an: Analysis, sig: SentenceSignals, voice: Voice) -> bool:
    """The sentence's named voice is the object of a verb of direction (only then: the
    tagger still sees the sentence as naming someone who directs)."""
    if voice.kind not in ("directive", "speech", "report", "assess"):
        return False
    s = sig.sentence
    for m in an.mentions.get(s.index, []):
        if m.end <= voice.clause_start and an.registry.resolve(m, s.start + m.start) == voice.person:
            return bool(_DIRECTED_BEFORE.search(s.text, 0, m.start))
    return False


def _holds_floor(sig: SentenceSignals) -> Voice | None:
    """The official who takes the floor in a sentence, whatever the sentence's label."""
    for v in (sig.directive, sig.body, sig.quote if sig.quote_explicit else None, sig.list_intro, sig.speaker):
        if v is not None and v.official and v.kind != "report":
            return v
    return None


def _featured(an: Analysis) -> Person | None:
    """The official an article is about when no sentence hands over the floor: the one its
    lead names first with a title (headline or first sentences), else the most named."""
    if an.recorded_speaker is not None:
        return an.recorded_speaker
    titled = [(s.index, p) for s in an.segmented.sentences for m in an.mentions.get(s.index, [])
              if (p := an.registry.resolve(m, s.start + m.start)).title]
    lead = {s.index for s in an.segmented.sentences[:4]}
    first = next((p for index, p in titled if index in lead), None)
    if first is not None:
        return first
    counts = Counter(p for _, p in titled)
    return counts.most_common(1)[0][0] if counts else None


# Items of a numbered list of points: "Thứ nhất, …", "Vấn đề thứ 2 là …", "Hai là, …".
_ORDINAL_WORDS = r"(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})"
_ITEM_NOUN = r"(?:(?:vấn\s+đề|nội\s+dung|nhiệm\s+vụ|giải\s+pháp|nhóm\s+giải\s+pháp|yêu\s+cầu|điểm|việc)\s+)?"
_FIRST_ITEM = re.compile(
    r"(?<!\w)(?:" + _ITEM_NOUN + r"(?:thứ\s+(?:nhất|1)|đầu\s+tiên)|một\s+là)(?!\w)", re.IGNORECASE)
_LATER_ITEM = re.compile(
    r"^\W*(?:" + _ITEM_NOUN + r"thứ\s+" + _ORDINAL_WORDS + r"|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+là"
    r"|cuối\s+cùng)(?!\w)", re.IGNORECASE)


# A body that opens the main clause and commits itself: "Để …, Cục Hải quan X sẽ tập trung …",
# "Triển khai nhiệm vụ năm tới, Sở Y đặt mục tiêu …".
_BODY_COMMITS = re.compile(
    r"^(?:[^,;:“”\"]{0,150},\s*)?((?:Cục|Chi\s+cục|Tổng\s+cục|Sở|Bộ|UBND|Ủy\s+ban|Uỷ\s+ban|Ban|Hải\s+quan|Công\s+an|"
    r"Thành\s+ủy|Thành\s+uỷ|Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Đảng\s+ủy|Đảng\s+uỷ|Kho\s+bạc|Thanh\s+tra)"
    r"(?:\s+(?:[" + _UP + r"][^\s,.;:]*|(?:" + "|".join(sorted(TITLE_LOWER)) + r")(?!\w))){1,6})"
    r"\s+(?:cũng\s+)?(?:sẽ|đặt\s+(?:ra\s+)?mục\s+tiêu|phấn\s+đấu|xác\s+định)(?!\w)")


# "Lãnh đạo thành phố đã yêu cầu …", "Lãnh đạo TP X đánh giá cao …, yêu cầu …": the
# leadership of a body, unnamed, directs.
_LEADERS_DIRECT = re.compile(
    r"^(?:[^,;:“”\"]{0,80},\s*)?([Ll]ãnh\s+đạo\s+(?:(?:UBND|HĐND|TP\.?|thành\s+phố|tỉnh|huyện|quận|xã|Bộ|Sở|Cục|"
    r"[" + _UP + r"][^\s,.;:]*)(?:\s+|(?=,))){1,6})(?:cũng\s+|đã\s+)*(?:[^,.;:]{0,80},\s*)?"
    r"(?:" + cues.DIRECTIVE_VERBS + r")(?!\w)")


def attribute(an: Analysis, labels: list[str]) -> list[Attribution | None]:
    """The speaker of each sentence labelled ``T`` (``None`` for the others)."""
    out: list[Attribution | None] = []
    floor: Voice | None = None
    previous: Person | None = None
    # The previous task's speaker was named in it or in the run of tasks before it, not
    # guessed from who last held the floor or from the lead.
    grounded = False
    # Who set out the list of points now open ("Thứ nhất, …"): its later items are theirs
    # even when someone else spoke in between ("Vấn đề đầu tiên, Thủ tướng lưu ý …", the
    # minister's own remarks, then "Vấn đề thứ 2 là …").
    list_owner: Person | None = None
    featured: Person | None = None
    featured_known = False
    # The quotation the previous task sentence sits in.
    previous_quote = None
    for sig, label in zip(an.sentences, labels, strict=True):
        here = _explicit(sig)
        if here is not None and _directed(an, sig, here):
            here = None
        taker = _holds_floor(sig)
        opens_list = _FIRST_ITEM.search(sig.sentence.text) is not None
        if label != "T":
            out.append(None)
            previous, grounded, previous_quote = None, False, None
            if opens_list:
                list_owner = None
            elif list_owner is not None and taker is None and _LATER_ITEM.match(sig.sentence.text):
                # "Vấn đề thứ 2 là …" not itself a task: what follows is still the list owner's.
                floor = Voice(list_owner, 0, True, "directive")
            if taker is not None and taker.kind != "subject":
                # Someone who only does something ("X đưa ra …") takes the floor by
                # directing, so only in a task sentence.
                floor = taker
            continue
        att: Attribution | None
        guessed = False
        quote_here = in_quote(sig.sentence, an.quotes)
        if here is not None and here.kind == "body" and here.person.title is None \
                and previous is not None and grounded and is_official(previous, an.comrades) \
                and previous != here.person:
            # "Bộ Công Thương chỉ đạo Tổng cục QLTT …" in the middle of a leader's (or a
            # never-named office's) directions: the leader assigns it to the body, the body
            # does not speak.
            att = Attribution(previous, 0, True)
        elif here is not None:
            att = Attribution(here.person, here.clause_start, False)
        elif (leaders := _LEADERS_DIRECT.match(sig.sentence.text)) is not None \
                and not (previous is not None and grounded and is_official(previous, an.comrades)):
            # Unless it goes on from a named leader's directions, who is meant is not said.
            att = Attribution(Person(name=leaders.group(1).strip(" ,"), title=None), leaders.end(), False)
        elif sig.quote is not None and not (
                previous is not None and grounded and previous != sig.quote.person
                and previous_quote is not None and previous_quote is quote_here):
            # “Thủ tướng đã yêu cầu …. Các địa phương phải …”, ông X nói: the quoted words go on
            # with the directions the speaker relays, not the speaker's own.
            att = Attribution(sig.quote.person, 0, True)
        elif list_owner is not None and _LATER_ITEM.match(sig.sentence.text):
            att = Attribution(list_owner, 0, True)
        elif previous is not None:
            att = Attribution(previous, 0, True)
        elif floor is not None:
            att, guessed = Attribution(floor.person, 0, True), True
        elif (commits := _BODY_COMMITS.match(sig.sentence.text)) is not None:
            # Nobody has the floor yet: a body committing itself is its own assigner.
            att = Attribution(Person(name=commits.group(1), title=None), 0, False)
        else:
            if not featured_known:
                featured, featured_known = _featured(an), True
            att = Attribution(featured, 0, True) if featured is not None else None
            guessed = True
        out.append(att)
        if opens_list:
            list_owner = att.person if att is not None else None
        if att is not None:
            previous, grounded = att.person, not guessed and (grounded or not att.implicit)
            previous_quote = quote_here
        if taker is not None:
            floor = taker
    return out


_LEADING_VERB = re.compile(
    r"^(?:(?:và|đồng\s+thời|cũng)\s+)*(?:" + cues.DIRECTIVE_VERBS + r")(?:\s+cho)?(?!\w)\s*:?\s*", re.IGNORECASE)


def _task(text: str, span: tuple[int, int], clause: str, assigner: Person, implicit: bool) -> Task:
    start, end = span
    while end > start and text[end - 1] in " ,;":
        end -= 1
    # "… nêu rõ và đề nghị Bộ X …", "Trưởng Ban chỉ đạo yêu cầu phải …": the clause after
    # the speaker's verb may open with a second verb; the units and the action follow it.
    clause = _LEADING_VERB.sub("", clause.lstrip(" ,:"), count=1)
    assignees = find_assignees(clause)
    short = concise(clause, assignees) or concise(text[start:end], ())
    return Task(text=short or text[start:end], assigner=assigner, assignees=assignees,
                deadline=find_deadline(text[start:end]), evidence=text[start:end], start=start, end=end,
                implicit_speaker=implicit)


def _clause_start(sentence: str, cut: int) -> int:
    at = cut
    while at < len(sentence) and sentence[at] in " ,;":
        at += 1
    return at


def assemble(an: Analysis, labels: list[str]) -> tuple[list[Task], list[Report], list[Person]]:
    """Tasks and reports from a report's sentence labels (see :func:`extract_tasks`)."""
    text = an.segmented.document.text
    tasks: list[Task] = []
    reports: list[Report] = []
    for sig, label, att in zip(an.sentences, labels, attribute(an, labels), strict=True):
        s = sig.sentence
        if label == "R":
            voice = _explicit(sig)
            if voice is not None:
                reports.append(Report(speaker=voice.person, evidence=s.text, start=s.start, end=s.end))
            continue
        if att is None:
            continue
        span = (s.start, s.end)
        clause = s.text[att.clause_start:]
        person, implicit = att.person, att.implicit
        if not att.implicit and sig.directive is not None and sig.second is not None \
                and att.person == sig.directive.person:
            # One sentence, two speakers: each gets the exact clause that is theirs.
            cut, other = sig.second
            tasks.append(_task(text, (s.start, s.start + cut), s.text[att.clause_start:cut], att.person, False))
            span = (s.start + _clause_start(s.text, cut), s.end)
            clause = s.text[other.clause_start:]
            person, implicit = other.person, False
        tasks.append(_task(text, span, clause, person, implicit))
    return _drop_lead_previews(tasks, an.segmented), reports, an.registry.people


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
