"""Extraction stage: people and their mentions, tasks and reports, the meeting."""
from __future__ import annotations

from briefing.types import Extraction, Segmented


def extract(segmented: Segmented) -> Extraction:
    """Find the meeting, the tasks (with assigners) and the reports in a segmented report."""
    from briefing.extract.meeting import extract_meeting, find_published
    from briefing.extract.tasks import build_registry, extract_tasks

    registry, mentions = build_registry(segmented)
    tasks, reports, people = extract_tasks(segmented, registry, mentions)
    meeting = extract_meeting(segmented, people=people, tasks=tasks, registry=registry)
    return Extraction(meeting=meeting, tasks=tuple(tasks), reports=tuple(reports), people=tuple(people),
                      published=find_published(segmented))
