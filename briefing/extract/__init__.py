"""Extraction stage: people and their mentions, tasks and reports, the meeting."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.types import Extraction, Segmented

if TYPE_CHECKING:
    from briefing.extract.signals import Analysis
    from briefing.extract.tagger import SentenceTagger


def extract(segmented: Segmented, *, tagger: SentenceTagger | None = None) -> Extraction:
    """Find the meeting, the tasks (with assigners) and the reports in a segmented report.

    ``tagger`` replaces the shipped sentence tagger (cross-validation passes its own).
    """
    from briefing.extract.features import sentence_features
    from briefing.extract.signals import analyse
    from briefing.extract.tagger import default_tagger

    analysis = analyse(segmented)
    labels = (tagger or default_tagger()).tag(sentence_features(analysis))
    return extraction_from_labels(analysis, labels)


def extraction_from_labels(analysis: Analysis, labels: Sequence[str]) -> Extraction:
    """The extraction once each body sentence is labelled task, report or neither."""
    from briefing.extract.meeting import extract_meeting, find_published
    from briefing.extract.tasks import assemble

    segmented = analysis.segmented
    # "Bộ trưởng X đã chỉ đạo như trên khi …" recaps the directions the lead gave: the lead
    # sentence is the task, the recap never is.
    labels = ["O" if label == "T" and sig.summary else label
              for sig, label in zip(analysis.sentences, labels, strict=True)]
    tasks, reports, people = assemble(analysis, labels)
    meeting = extract_meeting(segmented, people=people, tasks=tasks, registry=analysis.registry)
    return Extraction(meeting=meeting, tasks=tuple(tasks), reports=tuple(reports), people=tuple(people),
                      published=find_published(segmented))
