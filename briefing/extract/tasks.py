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
from briefing.extract.signals import Analysis, SentenceSignals, Voice
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


def attribute(an: Analysis, labels: list[str]) -> list[Attribution | None]:
    """The speaker of each sentence labelled ``T`` (``None`` for the others)."""
    out: list[Attribution | None] = []
    floor: Voice | None = None
    previous: Person | None = None
    featured: Person | None = None
    featured_known = False
    for sig, label in zip(an.sentences, labels, strict=True):
        here = _explicit(sig)
        taker = _holds_floor(sig)
        if label != "T":
            out.append(None)
            previous = None
            if taker is not None and taker.kind != "subject":
                # Someone who only does something ("X đưa ra …") takes the floor by
                # directing, so only in a task sentence.
                floor = taker
            continue
        att: Attribution | None
        if here is not None and here.kind == "body" and here.person.title is None \
                and previous is not None and previous.title is not None:
            # "Bộ Công Thương chỉ đạo Tổng cục QLTT …" in the middle of a leader's
            # directions: the leader assigns it to the body, the body does not speak.
            att = Attribution(previous, 0, True)
        elif here is not None:
            att = Attribution(here.person, here.clause_start, False)
        elif sig.quote is not None:
            att = Attribution(sig.quote.person, 0, True)
        elif previous is not None:
            att = Attribution(previous, 0, True)
        elif floor is not None:
            att = Attribution(floor.person, 0, True)
        else:
            if not featured_known:
                featured, featured_known = _featured(an), True
            att = Attribution(featured, 0, True) if featured is not None else None
        out.append(att)
        if att is not None:
            previous = att.person
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
