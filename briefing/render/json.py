"""JSON output, stable and versioned; ``briefing/schema/briefing.schema.json`` describes it."""
from __future__ import annotations

import json
from typing import Any

from briefing.types import Briefing, Person, Report, Task


def _person(p: Person | None) -> dict[str, Any] | None:
    return None if p is None else {"name": p.name, "title": p.title}


def _task(t: Task) -> dict[str, Any]:
    return {
        "text": t.text,
        "assigner": _person(t.assigner),
        "assignees": list(t.assignees),
        "deadline": t.deadline,
        "evidence": t.evidence,
        "evidence_start": t.start,
        "evidence_end": t.end,
        "implicit_speaker": t.implicit_speaker,
    }


def _report(r: Report) -> dict[str, Any]:
    return {"speaker": _person(r.speaker), "evidence": r.evidence, "evidence_start": r.start, "evidence_end": r.end}


def to_dict(b: Briefing) -> dict[str, Any]:
    """The briefing as plain JSON-ready data, keys in schema order."""
    return {
        "schema_version": b.schema_version,
        "source": b.source,
        "title": b.title,
        "published": b.published,
        "meeting": {
            "name": b.meeting.name,
            "date": b.meeting.date,
            "chair": _person(b.meeting.chair),
            "attendees": [_person(p) for p in b.meeting.attendees],
        },
        "summary": b.summary.text,
        "meeting_summary": b.meeting_summary,
        "summary_info": {
            "engine": b.summary.engine,
            "model": b.summary.model,
            "chunks": b.summary.chunks,
            "truncated": b.summary.truncated,
        },
        "assigner_lines": [{"assigner": _person(a.assigner), "text": a.text} for a in b.assigner_lines],
        "tasks": [_task(t) for t in b.tasks],
        "reports": [_report(r) for r in b.reports],
        "warnings": list(b.warnings),
    }


def to_json(b: Briefing, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(b), ensure_ascii=False, indent=indent)
