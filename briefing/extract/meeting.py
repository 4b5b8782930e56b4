"""The meeting: name, date, chair, attendees (first cut)."""
from __future__ import annotations

from collections.abc import Sequence

from briefing.types import Meeting, Person, Segmented


def extract_meeting(segmented: Segmented, *, people: Sequence[Person] = ()) -> Meeting:
    return Meeting(name=segmented.document.title)
