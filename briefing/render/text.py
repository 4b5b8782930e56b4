"""Plain-text briefing for terminals and e-mail."""
from __future__ import annotations

import textwrap

from briefing.render.grouping import group_tasks, who as _who
from briefing.types import Briefing


def to_text(b: Briefing, width: int = 88) -> str:
    wrap = textwrap.TextWrapper(width=width)
    sub = textwrap.TextWrapper(width=width, initial_indent="    ", subsequent_indent="    ")
    title = b.meeting.name or b.title or "Briefing"
    out = [title.upper(), "=" * min(width, len(title))]
    m = b.meeting
    if m.date:
        out.append(f"Ngày: {m.date}")
    if m.chair:
        out.append(f"Chủ trì: {_who(m.chair)}")
    if m.attendees:
        out.append("Tham dự: " + "; ".join(_who(p) for p in m.attendees))
    out += ["", "TÓM TẮT", *wrap.wrap(b.summary.text or "(không có)"), "", f"NHIỆM VỤ ({len(b.tasks)})"]
    for assigner, tasks in group_tasks(b.tasks):
        out.append(f"* {_who(assigner)}")
        for i, t in enumerate(tasks, 1):
            head = f"  {i}. {t.text}"
            if t.assignees:
                head += f" [giao: {', '.join(t.assignees)}]"
            if t.deadline:
                head += f" [hạn: {t.deadline}]"
            out += textwrap.wrap(head, width=width, subsequent_indent="     ")
            out += sub.wrap(f"“{t.evidence}”")
    if b.warnings:
        out += ["", "LƯU Ý", *(f"- {w}" for w in b.warnings)]
    return "\n".join(out) + "\n"
