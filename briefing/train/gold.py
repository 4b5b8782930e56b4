"""Gold-annotated articles and the sentence labels they imply.

A gold folder holds ``NAME.txt`` (the article), ``NAME.gold.json`` (tasks and reports with
verbatim evidence, by the rules of ``ANNOTATION.md``) and optionally ``NAME.meta.json``
(its source). A body sentence is labelled ``T`` when a gold task's evidence is that
sentence (or a clause of it), ``R`` when a gold report's is, else ``O``; the match is the
scorer's own (Dice of lower-cased word multisets >= 0.5) or containment of a clause.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.extract.signals import Analysis

_WORD = re.compile(r"\w+")
#: Source corpora by a fragment of the meta file's ``source``; the rest are "other".
SOURCES = (("magizbox", "baomoi"), ("hddtvn", "hddtvn"), ("vietnews", "vietnews"), ("vims", "vims"))


@dataclass(frozen=True)
class GoldDoc:
    name: str
    path: Path
    source: str
    gold: dict[str, Any]


def words(text: str | None) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def dice(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * sum((Counter(a) & Counter(b)).values()) / (len(a) + len(b))


def _contains(outer: list[str], inner: list[str]) -> bool:
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def source_of(meta: dict[str, Any], name: str) -> str:
    src = str(meta.get("source", "")).lower()
    for fragment, label in SOURCES:
        if fragment in src:
            return label
    return "seed" if name == "seed" else "other"


def load_gold(folders: Iterable[Path]) -> list[GoldDoc]:
    """Every article with a gold file in ``folders``, sorted by name within each folder."""
    docs: list[GoldDoc] = []
    for folder in folders:
        for gp in sorted(Path(folder).glob("*.gold.json")):
            name = gp.name[: -len(".gold.json")]
            txt = gp.with_name(name + ".txt")
            if not txt.exists():
                continue
            meta_path = gp.with_name(name + ".meta.json")
            meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
            docs.append(GoldDoc(name, txt, source_of(meta, name), json.loads(gp.read_text(encoding="utf-8"))))
    return docs


def sentence_labels(analysis: Analysis, gold: dict[str, Any]) -> list[str]:
    """``T``/``U``/``R``/``O`` for each body sentence of ``analysis`` by the gold annotation.

    A task sentence is ``U`` when the gold marks its speaker implicit (a continuation of
    someone's directions) and ``T`` when it names its speaker: the two read differently, and
    the chain learns how continuations follow a named direction.
    """
    tasks = [(words(t.get("evidence")), bool(t.get("implicit_speaker"))) for t in gold.get("tasks", [])]
    reports = [words(r.get("evidence")) for r in gold.get("reports", [])]
    labels = []
    for sig in analysis.sentences:
        w = words(sig.sentence.text)
        hit = next((implicit for ev, implicit in tasks
                    if dice(ev, w) >= 0.5 or (len(ev) >= 4 and _contains(w, ev))), None)
        if hit is not None:
            labels.append("U" if hit else "T")
        elif any(dice(ev, w) >= 0.5 for ev in reports):
            labels.append("R")
        else:
            labels.append("O")
    return labels


