"""What completes the engine's summary of a meeting report: who reported and directed what.

The engine (extractive or a model) says what the report is about; for a report with
directions the briefing then adds, from what extraction found, the chair when the summary
does not name them, one clause of what was reported, and one or two sentences of who
directed what (:mod:`.directions`). Each added sentence is put through the faithfulness
guard against the report and left out if it carries a name or a number the report does not
have, so the summary never says more than the source.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.summarize.directions import directions_sentences, lower_first, short_label
from briefing.summarize.faithfulness import split_summary, unsupported
from briefing.text.clip import clip
from briefing.types import Extraction, Meeting, Person, Report

#: At most this many sentences in the summary (engine's and added ones together).
MAX_SENTENCES = 4
REPORT_WORDS = 18

_KINDS = re.compile(r"\b(hội nghị|buổi làm việc|phiên họp|kỳ họp|cuộc họp|buổi họp|hội thảo|phiên chất vấn|"
                    r"buổi tiếp xúc|buổi gặp mặt|lễ)\b", re.IGNORECASE)
# What a speaker reported follows the verb of reporting ("cho biết: …", "báo cáo, …").
_REPORTED = re.compile(r"(?<!\w)(cho biết|báo cáo|cho hay|thông tin|nêu rõ)(?!\w)\s*(?:thêm\s+)?[:,]?\s*(?:rằng\s+)?",
                       re.IGNORECASE)


def meeting_kind(meeting: Meeting) -> str:
    """What kind of meeting it was, as the report calls it ("hội nghị"), else "cuộc họp"."""
    m = _KINDS.search(meeting.name or "")
    return m.group(1).lower() if m else "cuộc họp"


def report_clause(reports: Sequence[Report]) -> tuple[str, Person | None]:
    """"<who> <cho biết> <what>." for the first report whose content can be told apart,
    with the speaker it names."""
    for r in reports:
        who = short_label(r.speaker)
        m = _reporting_verb(r)
        if not who or not m:
            continue
        what = r.evidence[m.end():].strip().strip("“”\"").rstrip(" .;…")
        if len(what.split()) < 4:
            continue
        what = clip(what, REPORT_WORDS, phrases=True, mark="", strong_slack=1.5).rstrip(" ,;:")
        return f"{who} {m.group(1).lower()} {lower_first(what)}.", r.speaker
    return "", None


def _reporting_verb(r: Report) -> re.Match[str] | None:
    """The verb the speaker reports with: the first after their name ("Báo cáo tại hội
    nghị, bà X cho biết: …" reports with "cho biết"), else the last one."""
    found = list(_REPORTED.finditer(r.evidence))
    name = r.speaker.name if r.speaker else None
    at = r.evidence.find(name) if name else -1
    after = [m for m in found if at >= 0 and m.start() > at]
    return after[0] if after else found[-1] if found else None


_SYLLABLE = re.compile(r"\w+")
#: A sentence whose words are mostly in the summary already says nothing new.
SAID_SHARE = 0.6


def _said(sentence: str, summary: str) -> bool:
    words = [w for w in _SYLLABLE.findall(sentence.lower()) if not w.isdigit()]
    have = set(_SYLLABLE.findall(summary.lower()))
    return bool(words) and sum(w in have for w in words) / len(words) >= SAID_SHARE


def _named_in(text: str, p: Person | None) -> bool:
    return p is not None and p.name is not None and p.name in text


def meeting_summary(summary: str, ex: Extraction, source: str) -> str:
    """The sentences that complete ``summary`` for a report with directions (see the module
    doc), or ``""``; ``source`` is the report's text, against which each one is checked."""
    if not ex.tasks:
        return ""
    text = summary.strip()
    kind = meeting_kind(ex.meeting)
    chair = ex.meeting.chair
    directing = directions_sentences(ex.tasks, chair=chair, meeting_kind=kind)
    # By priority, each with the person it introduces (left out when the summary already
    # names them): the main directions, the report, the other directions, the chair.
    wanted: list[tuple[str, Person | None]] = [(d, None) for d in directing[:1]]
    wanted.append(report_clause(ex.reports))
    wanted += [(d, None) for d in directing[1:]]
    if chair is not None and chair.name and not any(chair.name in d for d in directing):
        wanted.append((f"{short_label(chair)} chủ trì {kind}.", chair))
    # The main directions sentence always comes (a model's summary may fill the four
    # sentences alone); the others while the summary has room.
    room = max(1, MAX_SENTENCES - len(split_summary(text)))
    added: list[str] = []
    for sentence, person in wanted:
        if len(added) >= room:
            break
        if (sentence and not _named_in(text, person) and not _said(sentence, text)
                and not unsupported(sentence, source)):
            added.append(sentence)
    # What was reported comes before what was directed, as at the meeting.
    added.sort(key=lambda s: s in directing)
    return " ".join(added)
