"""What the renderers share: tasks grouped by assigner (in order of first appearance), how
a person and a date are written, and the one-line form of a task."""
from __future__ import annotations

import re

from briefing.summarize.directions import action, group_tasks
from briefing.types import Briefing, Person, Task

__all__ = ["condensed_lines", "engine_label", "group_tasks", "source_name", "task_line", "vn_date", "who"]

#: Words of a task's action on its line in the short briefing.
TASK_WORDS = 14


def who(p: Person | None) -> str:
    """How a renderer names an assigner or speaker ("Không rõ người giao" when unknown)."""
    return p.label() if p is not None else "Không rõ người giao"


def engine_label(b: Briefing) -> str:
    """How the summary was made, in Vietnamese: "trích câu từ bài" or "mô hình NAME"."""
    s = b.summary
    if not s.model:
        return "trích câu từ bài" if s.engine == "extractive" else s.engine
    return f"mô hình {s.model}" + (f", {s.chunks} đoạn" if s.chunks > 1 else "")


def source_name(source: str) -> str:
    """The file a briefing came from, by name: the full path is in the JSON."""
    return re.split(r"[\\/]", source.rstrip("/\\"))[-1] or source


def vn_date(iso: str) -> str:
    """``2021-10-15`` as Vietnamese write it, ``15/10/2021`` (``2021-10`` as ``10/2021``)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
    if not m:
        return iso
    year, month, day = m.groups()
    return f"{int(day)}/{int(month)}/{year}" if day else f"{int(month)}/{year}"


def task_line(t: Task, max_words: int = TASK_WORDS) -> str:
    """The action, to whom, by when, on one line; "…" marks an action cut short."""
    text = action(t, max_words)
    if text != action(t, len(t.text.split())) or t.text.rstrip().endswith("…"):
        text += "…"
    extra = []
    if t.assignees:
        extra.append("giao " + ", ".join(t.assignees))
    if t.deadline:
        extra.append("hạn " + t.deadline)
    return text + (f" ({'; '.join(extra)})" if extra else "")


def condensed_lines(b: Briefing) -> dict[Person | None, str]:
    """Each assigner's condensed line, left out where the summary already says it."""
    summary = b.summary_text.lower()
    out: dict[Person | None, str] = {}
    for line in b.assigner_lines:
        core = re.sub(r"\s*\(và \d+ nhiệm vụ khác\)", "", line.text).rstrip(" .").lower()
        if core and core not in summary:
            out[line.assigner] = line.text
    return out
