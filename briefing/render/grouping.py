"""What the renderers share: tasks grouped by assigner (in order of first appearance), and
how a person is named."""
from __future__ import annotations

from collections.abc import Iterable

from briefing.types import Person, Task


def group_tasks(tasks: Iterable[Task]) -> list[tuple[Person | None, list[Task]]]:
    groups: dict[Person | None, list[Task]] = {}
    for t in tasks:
        groups.setdefault(t.assigner, []).append(t)
    return list(groups.items())


def who(p: Person | None) -> str:
    """How a renderer names an assigner or speaker ("Không rõ người giao" when unknown)."""
    return p.label() if p is not None else "Không rõ người giao"
