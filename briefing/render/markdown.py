"""Markdown briefing: meeting, summary, then tasks grouped by who assigned them."""
from __future__ import annotations

from briefing.render.grouping import group_tasks, who as _who
from briefing.types import Briefing


def _md_escape(text: str) -> str:
    return text.replace("\n", " ").strip()


def to_markdown(b: Briefing) -> str:
    lines: list[str] = [f"# {_md_escape(b.meeting.name or b.title or 'Briefing')}", ""]
    m = b.meeting
    facts = []
    if m.name and b.title and m.name != b.title:
        facts.append(f"- **Bài viết:** {_md_escape(b.title)}")
    if m.date:
        facts.append(f"- **Ngày:** {m.date}")
    if m.chair:
        facts.append(f"- **Chủ trì:** {_who(m.chair)}")
    if m.attendees:
        facts.append("- **Tham dự:** " + "; ".join(_who(p) for p in m.attendees))
    if b.source and b.source != "-":
        facts.append(f"- **Nguồn:** `{b.source}`")
    lines += facts + ([""] if facts else [])
    lines += ["## Tóm tắt", "", _md_escape(b.summary.text) or "_(không có)_", ""]
    how = f"_Tóm tắt bằng `{b.summary.engine}`"
    if b.summary.model:
        how += f", mô hình `{b.summary.model}`"
    if b.summary.chunks > 1:
        how += f", {b.summary.chunks} đoạn"
    lines += [how + "._", ""]
    lines += [f"## Nhiệm vụ ({len(b.tasks)})", ""]
    if not b.tasks:
        lines += ["_Không tìm thấy nhiệm vụ nào._", ""]
    condensed = {a.assigner: a.text for a in b.assigner_lines}
    for assigner, tasks in group_tasks(b.tasks):
        lines += [f"### {_who(assigner)}", ""]
        if condensed.get(assigner):
            lines += [f"_{_md_escape(condensed[assigner])}_", ""]
        for t in tasks:
            extra = []
            if t.assignees:
                extra.append("giao cho: " + ", ".join(t.assignees))
            if t.deadline:
                extra.append("thời hạn: " + t.deadline)
            lines.append(f"- **{_md_escape(t.text)}**" + (f" ({'; '.join(extra)})" if extra else ""))
            lines.append(f"  > {_md_escape(t.evidence)}")
        lines.append("")
    if b.reports:
        lines += [f"## Báo cáo ({len(b.reports)})", ""]
        for r in b.reports:
            lines.append(f"- **{_who(r.speaker)}:** {_md_escape(r.evidence)}")
        lines.append("")
    if b.warnings:
        lines += ["## Lưu ý", ""] + [f"- {_md_escape(w)}" for w in b.warnings] + [""]
    return "\n".join(lines).rstrip() + "\n"
