"""Tasks grouped by assigner, groups in order of first appearance."""
from __future__ import annotations

from collections.abc import Iterable

from briefing.types import Person, Task


def group_tasks(tasks: Iterable[Task]) -> list[tuple[Person | None, list[Task]]]:
    groups: dict[Person | None, list[Task]] = {}
    for t in tasks:
        groups.setdefault(t.assigner, []).append(t)
    return list(groups.items())
