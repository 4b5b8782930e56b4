"""Plain-text briefing for terminals and e-mail: the same short briefing as the Markdown.

The meeting, the summary, one line per task grouped by assigner; the evidence only on
request (``evidence=True``), as numbered notes at the end.
"""
from __future__ import annotations

import textwrap

from briefing.render.grouping import condensed_lines, engine_label, group_tasks, source_name, task_line, vn_date
from briefing.render.grouping import who as _who
from briefing.render.notices import vietnamese
from briefing.types import Briefing


def to_text(b: Briefing, width: int = 88, *, evidence: bool = False) -> str:
    wrap = textwrap.TextWrapper(width=width)
    m = b.meeting
    title = m.name or b.title or "Bản tóm lược"
    out = [title.upper(), "=" * min(width, len(title))]
    if m.date:
        out.append(f"Ngày: {vn_date(m.date)}")
    if m.chair:
        out.append(f"Chủ trì: {_who(m.chair)}")
    if m.attendees:
        out += wrap.wrap("Tham dự: " + "; ".join(_who(p) for p in m.attendees))
    out += ["", "TÓM TẮT", *wrap.wrap(b.summary_text or "(không có)"), "", f"NHIỆM VỤ ({len(b.tasks)})"]
    notes: list[str] = []
    condensed = condensed_lines(b)
    for assigner, tasks in group_tasks(b.tasks):
        out.append(f"* {_who(assigner)}")
        if assigner in condensed:
            out += textwrap.wrap(condensed[assigner], width=width, initial_indent="  ", subsequent_indent="  ")
        for t in tasks:
            line = f"  - {task_line(t)}"
            if evidence:
                notes.append(f"[{len(notes) + 1}] {t.evidence} (ký tự {t.start}–{t.end})")
                line += f" [{len(notes)}]"
            out += textwrap.wrap(line, width=width, subsequent_indent="    ")
    if evidence and b.reports:
        out += ["", f"BÁO CÁO ({len(b.reports)})"]
        for r in b.reports:
            notes.append(f"[{len(notes) + 1}] {r.evidence} (ký tự {r.start}–{r.end})")
            out.append(f"  - {_who(r.speaker)} [{len(notes)}]")
    if b.warnings:
        out += ["", "LƯU Ý", *(line for w in b.warnings for line in wrap.wrap(f"- {vietnamese(w)}"))]
    if notes:
        out += ["", "TRÍCH DẪN", *(line for n in notes for line in wrap.wrap(n))]
    footer = [f"tóm tắt {engine_label(b)}"]
    if b.source and b.source != "-":
        footer.insert(0, source_name(b.source))
    if not evidence and b.tasks:
        footer.append("câu gốc: --evidence")
    out += ["", " · ".join(footer)]
    return "\n".join(out) + "\n"
