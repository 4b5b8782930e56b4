"""The task index across reports: ``tasks.csv``, ``tasks.jsonl`` and ``digest.md``.

Rows are made once per briefing (:func:`task_rows`) and kept in the manifest, so the index
of a resumed run is built from the same rows as a clean run's and comes out identical.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote

from briefing.types import Briefing

Row = dict[str, Any]

#: CSV columns, in order. ``meeting_date`` is the meeting's date, else the publication date.
CSV_COLUMNS = ("file", "report_title", "meeting_date", "assigner", "assigner_title", "assignees", "deadline",
               "task", "evidence")

#: A spreadsheet reads a cell starting with one of these as a formula (and shows #NAME? or,
#: worse, runs it); such cells get a leading apostrophe in the CSV only (OWASP advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

NO_ASSIGNER = "Không rõ người giao"
NO_ASSIGNEE = "Không rõ đơn vị thực hiện"


def task_rows(b: Briefing, *, file: str, output: str | None = None) -> list[Row]:
    """One row per task of ``b``, for the index; ``file`` is the input's key."""
    date = b.meeting.date or b.published
    rows = []
    for t in b.tasks:
        a = t.assigner
        rows.append({
            "file": file,
            "output": output,
            "report_title": b.title,
            "meeting_date": date,
            "assigner": (a.name or a.label()) if a else None,
            "assigner_title": a.title if a else None,
            "assignees": list(t.assignees),
            "deadline": t.deadline,
            "task": t.text,
            "evidence": t.evidence,
            "evidence_start": t.start,
            "evidence_end": t.end,
        })
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(rows: Iterable[Row]) -> bytes:
    """The rows as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Vietnamese), CRLF."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in CSV_COLUMNS])
    return buf.getvalue().encode("utf-8-sig")


def to_jsonl(rows: Iterable[Row]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# -- digest ------------------------------------------------------------------------------
def _key(text: str) -> str:
    """Group key: the same name however it is spaced, cased or composed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _md(text: str) -> str:
    """Text safe inside a Markdown list item: one line, markup characters escaped."""
    out = " ".join(str(text).split())
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _who(r: Row) -> str:
    if not r.get("assigner"):
        return NO_ASSIGNER
    return " ".join(p for p in (r.get("assigner_title"), r["assigner"]) if p)


def _most_common(labels: Sequence[str]) -> str:
    # Ties go to the first met, so the heading is stable for a given row order.
    counts = Counter(labels)
    return max(dict.fromkeys(labels), key=lambda s: counts[s])


def to_digest(rows: Sequence[Row], *, total_reports: int) -> str:
    """Markdown: tasks grouped by assigner, then by assignee, across all reports.

    Assigners are grouped by name (the title a report gives them varies), the heading
    shows the title+name most reports use. A task with several assignees is listed under
    each; groups come by number of tasks, then alphabetically.
    """
    by_assigner: dict[str, list[Row]] = {}
    for r in rows:
        by_assigner.setdefault(_key(r["assigner"]) if r.get("assigner") else "", []).append(r)
    reports = len({r["file"] for r in rows})
    lines = ["# Tổng hợp nhiệm vụ", "",
             f"{len(rows)} nhiệm vụ, từ {reports} trong số {total_reports} báo cáo.", ""]
    order = sorted(by_assigner, key=lambda k: (k == "", -len(by_assigner[k]), k))
    for akey in order:
        group = by_assigner[akey]
        lines += [f"## {_md(_most_common([_who(r) for r in group]))} ({len(group)})", ""]
        by_assignee: dict[str, tuple[list[str], list[Row]]] = {}
        for r in group:
            for name in r.get("assignees") or [""]:
                labels, items = by_assignee.setdefault(_key(name), ([], []))
                labels.append(name or NO_ASSIGNEE)
                items.append(r)
        for ekey in sorted(by_assignee, key=lambda k: (k == "", -len(by_assignee[k][1]), k)):
            labels, items = by_assignee[ekey]
            lines += [f"### {_md(_most_common(labels))} ({len(items)})", ""]
            for r in items:
                lines.append("- " + _md(r["task"]) + _facts(r))
            lines.append("")
    if not rows:
        lines += ["_Không tìm thấy nhiệm vụ nào._", ""]
    return "\n".join(lines).rstrip() + "\n"


def _facts(r: Row) -> str:
    facts = []
    if r.get("deadline"):
        facts.append("hạn: " + _md(r["deadline"]))
    if r.get("meeting_date"):
        facts.append("ngày họp: " + _md(r["meeting_date"]))
    src = _md(r["file"])
    # Percent-encoded so spaces and brackets in a file name cannot break the link.
    facts.append(f"[{src}]({quote(r['output'], safe='/~')})" if r.get("output") else src)
    return " (" + "; ".join(facts) + ")"
