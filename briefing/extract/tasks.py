"""Tasks and reports (first cut: cue-word sentences; replaced by the full extractor)."""
from __future__ import annotations

import re

from briefing.types import Person, Report, Segmented, Task

_CUE = re.compile(r"\b(đề nghị|yêu cầu|chỉ đạo|giao|cần|phải)\b", re.IGNORECASE)


def extract_tasks(segmented: Segmented) -> tuple[list[Task], list[Report], list[Person]]:
    tasks = [
        Task(text=s.text, assigner=None, assignees=(), deadline=None, evidence=s.text, start=s.start, end=s.end)
        for s in segmented.body_sentences
        if _CUE.search(s.text)
    ]
    return tasks, [], []
