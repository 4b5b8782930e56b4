"""Re-encoded copies of the user's sample report give the same tasks as the original."""
from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

import briefing
from briefing.io.legacy import cp1252_text

from .encoders import to_cp1258, to_vni

VARIANTS: dict[str, Callable[[str], bytes]] = {
    "utf-16": lambda t: t.encode("utf-16"),
    "utf-16-le-no-bom": lambda t: t.encode("utf-16-le"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "windows-1258": to_cp1258,
    "nfd": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "vni": to_vni,
    "vni-inside-utf-8": lambda t: cp1252_text(to_vni(t)).encode("utf-8"),
    "double-utf-8": lambda t: cp1252_text(t.encode("utf-8")).encode("utf-8"),
}


@pytest.fixture(scope="module")
def original(sample_path: Path) -> briefing.Briefing:
    return briefing.brief_file(sample_path, engine="extractive")


def _key(b: briefing.Briefing) -> list[tuple[object, ...]]:
    return [(t.text, t.evidence, t.assigner, t.assignees, t.deadline, t.start, t.end) for t in b.tasks]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_same_tasks_as_the_original(variant: str, sample_text: str, original: briefing.Briefing,
                                    tmp_path: Path) -> None:
    path = tmp_path / f"seed {variant}.txt"
    path.write_bytes(VARIANTS[variant](sample_text))
    copy = briefing.brief_file(path, engine="extractive")
    assert original.tasks, "the sample report should give tasks"
    assert _key(copy) == _key(original)
    assert copy.title == original.title
    assert copy.reports == original.reports
