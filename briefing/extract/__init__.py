"""Extraction stage: people and their mentions, tasks and reports, the meeting."""
from __future__ import annotations

from briefing.types import Extraction, Segmented


def extract(segmented: Segmented) -> Extraction:
    """Find the meeting, the tasks (with assigners) and the reports in a segmented report."""
    from briefing.extract.meeting import extract_meeting
    from briefing.extract.tasks import extract_tasks

    tasks, reports, people = extract_tasks(segmented)
    meeting = extract_meeting(segmented, people=people)
    return Extraction(meeting=meeting, tasks=tuple(tasks), reports=tuple(reports), people=tuple(people))
