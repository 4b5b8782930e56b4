"""Markdown briefing, read in a minute: the meeting, a summary, one line per task.

Tasks are grouped by who assigned them; the evidence (each task's source sentence, the
reports) stays in the JSON and is printed here only on request (``evidence=True``, the
CLI's ``--evidence``), as numbered notes at the end, so that nothing the JSON has is out
of reach of a reader.
"""
from __future__ import annotations

from briefing.render.grouping import condensed_lines, engine_label, group_tasks, source_name, task_line, vn_date
from briefing.render.grouping import who as _who
from briefing.render.notices import vietnamese
from briefing.types import Briefing


def _md_escape(text: str) -> str:
    return text.replace("\n", " ").strip()


def to_markdown(b: Briefing, *, evidence: bool = False) -> str:
    m = b.meeting
    lines: list[str] = [f"# {_md_escape(m.name or b.title or 'Bản tóm lược')}", ""]
    facts = []
    if m.date:
        facts.append(f"**Ngày:** {vn_date(m.date)}")
    if m.chair:
        facts.append(f"**Chủ trì:** {_who(m.chair)}")
    if m.attendees:
        facts.append("**Tham dự:** " + "; ".join(_who(p) for p in m.attendees))
    if facts:
        lines += [" · ".join(facts), ""]
    lines += ["## Tóm tắt", "", _md_escape(b.summary_text) or "_(không có)_", ""]

    notes: list[str] = []
    lines += [f"## Nhiệm vụ ({len(b.tasks)})", ""]
    if not b.tasks:
        lines += ["_Không tìm thấy nhiệm vụ nào._", ""]
    condensed = condensed_lines(b)
    for assigner, tasks in group_tasks(b.tasks):
        head = f"**{_md_escape(_who(assigner))}**"
        if assigner in condensed:
            head += f" — {_md_escape(condensed[assigner])}"
        lines.append(head)
        for t in tasks:
            mark = ""
            if evidence:
                notes.append(f"[^{len(notes) + 1}]: {_md_escape(t.evidence)} (ký tự {t.start}–{t.end})")
                mark = f"[^{len(notes)}]"
            lines.append(f"- {_md_escape(task_line(t))}{mark}")
        lines.append("")

    if evidence and b.reports:
        lines += [f"## Báo cáo ({len(b.reports)})", ""]
        for r in b.reports:
            notes.append(f"[^{len(notes) + 1}]: {_md_escape(r.evidence)} (ký tự {r.start}–{r.end})")
            lines.append(f"- {_md_escape(_who(r.speaker))}[^{len(notes)}]")
        lines.append("")
    if b.warnings:
        lines += ["## Lưu ý", ""] + [f"- {_md_escape(vietnamese(w))}" for w in b.warnings] + [""]
    if notes:
        lines += ["## Trích dẫn", "", *notes, ""]
    footer = [f"tóm tắt {engine_label(b)}"]
    if b.source and b.source != "-":
        footer.insert(0, _md_escape(source_name(b.source)))
    if not evidence and b.tasks:
        footer.append("câu gốc: `--evidence`")
    lines.append("_" + " · ".join(footer) + "_")
    return "\n".join(lines).rstrip() + "\n"
