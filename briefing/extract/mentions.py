"""Resolve short mentions to the full person they stand for.

Reports name an official in full once ("Phó Thủ tướng Trịnh Đình Dũng") and then write
"Phó Thủ tướng", "ông Dũng", "đồng chí Dũng" or "Bí thư Thăng". The :class:`Registry`
collects every full mention of a document (headline and captions included: a leader's
full name is sometimes only in a photo caption) and answers, for a short mention at a
position, the person meant: the nearest earlier full mention that fits, else the first
later one.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing.extract.people import _CAP_RUN, Mention, split_name, title_head
from briefing.text.normalize import match_key
from briefing.types import Person


@dataclass
class _Known:
    name: str
    title: str | None
    head: str | None
    first: int
    positions: list[int]


def _is_deputy(head: str | None) -> bool:
    return head is not None and match_key(head).startswith("phó")


def _bare(head: str) -> str:
    key = match_key(head)
    for prefix in ("phó ", "nguyên ", "quyền ", "cựu "):
        key = key.removeprefix(prefix)
    return key


class Registry:
    """The people of one document, by full name, with where each was mentioned."""

    def __init__(self) -> None:
        self._people: dict[str, _Known] = {}
        # Full names written without a title or honorific the mention finder knows
        # ("Giám đốc Trung tâm điều hành chương trình X Nguyễn Văn A"): only for resolving a
        # given name ("ông A") that no full mention explains.
        self._loose: dict[str, _Known] = {}

    def add(self, mention: Mention, at: int) -> None:
        if mention.kind not in ("full", "honorific") or not mention.name:
            return
        key = match_key(mention.name)
        known = self._people.get(key)
        if known is None:
            self._people[key] = _Known(mention.name, mention.title, title_head(mention.title), at, [at])
            return
        known.positions.append(at)
        # Keep the fullest title as written ("Ủy viên Bộ Chính trị, Phó Thủ tướng …").
        if mention.title and (not known.title or len(mention.title) > len(known.title)):
            known.title = mention.title
            known.head = title_head(mention.title) or known.head

    def add_loose_names(self, text: str, offset: int) -> None:
        """Remember the personal names of three or four syllables written anywhere in ``text``."""
        for run in _CAP_RUN.finditer(text):
            split = split_name(run.group(0))
            if split is None or len(split[1].split()) < 3:
                continue
            name = split[1]
            at = offset + run.start() + len(run.group(0)) - len(name)
            key = match_key(name)
            if key in self._loose:
                self._loose[key].positions.append(at)
            else:
                self._loose[key] = _Known(name, None, None, at, [at])

    def extend(self, mentions: Iterable[tuple[Mention, int]]) -> None:
        for m, at in mentions:
            self.add(m, at)

    @property
    def people(self) -> list[Person]:
        return [Person(name=k.name, title=k.title) for k in sorted(self._people.values(), key=lambda k: k.first)]

    def _nearest(self, candidates: list[_Known], at: int) -> _Known | None:
        if not candidates:
            return None
        before = [(max(p for p in k.positions if p <= at), k) for k in candidates if any(p <= at for p in k.positions)]
        if before:
            return max(before, key=lambda x: x[0])[1]
        return min(candidates, key=lambda k: k.first)

    def resolve(self, mention: Mention, at: int) -> Person:
        """The person a mention at offset ``at`` stands for."""
        if mention.kind == "full" and mention.name:
            known = self._people.get(match_key(mention.name))
            title = known.title if known and known.title else mention.title
            return Person(name=mention.name, title=title)
        if mention.kind == "honorific" and mention.name:
            known = self._people.get(match_key(mention.name))
            return Person(name=mention.name, title=known.title if known else None)
        if mention.kind == "short" and mention.name:
            given = match_key(mention.name)
            cands = [k for k in self._people.values()
                     if match_key(k.name) != given and match_key(k.name).endswith(" " + given)]
            if mention.title:
                wanted = _bare(title_head(mention.title) or mention.title)
                titled = [k for k in cands if k.head and _bare(k.head) == wanted]
                cands = titled or cands
            k = self._nearest(cands, at)
            if k is None:
                k = self._nearest([k for k in self._loose.values()
                                   if match_key(k.name).endswith(" " + given)], at)
            if k:
                return Person(name=k.name, title=k.title)
            return Person(name=mention.name, title=mention.title)
        # A bare title: the person holding that office, deputy or not as written.
        title = mention.title or ""
        head = title_head(title)
        key = match_key(title)
        # Each office of a title chain is compared from its start, so "Thủ tướng" does not
        # find a "Phó Thủ tướng" nor "Cục trưởng" a "Tổng cục trưởng".
        cands = [k for k in self._people.values() if k.title
                 and any(match_key(o.strip()).startswith(key) for o in k.title.split(","))]
        if not cands and head:
            cands = [k for k in self._people.values() if k.head and _bare(k.head) == _bare(head)
                     and _is_deputy(head) == _is_deputy(k.head)]
        k = self._nearest(cands, at)
        if k:
            return Person(name=k.name, title=k.title)
        # Never named: the office stands for the person (ANNOTATION: the body's name).
        return Person(name=title or None, title=None)
