"""Train the sentence tagger of task extraction, and measure it by cross-validation.

Deterministic: the folds come from a seeded shuffle within each source, CRFsuite's L-BFGS
training has no randomness, and the data are read in sorted order. Only the training
code imports this module; briefing itself never does.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from briefing.extract import extraction_from_labels
from briefing.extract.features import sentence_features
from briefing.extract.signals import Analysis, analyse
from briefing.extract.tagger import SentenceTagger
from briefing.io import read
from briefing.text.segment import segment
from briefing.train.gold import GoldDoc, sentence_labels

#: CRFsuite settings (L-BFGS with elastic-net regularisation), chosen by cross-validation.
DEFAULT_PARAMS: dict[str, Any] = {"c1": 0.2, "c2": 2.0, "max_iterations": 300, "feature.possible_transitions": True}
#: A sentence is a task when the CRF's marginal P(T) reaches this. Under 6-seed CV, strict F1
#: is flat from 0.33 to 0.40 (0.855-0.857) while recall falls from 0.873 to 0.849; 0.36 keeps
#: recall high, because missed task sentences are most of the gap on reports never seen, and
#: no task-free article gets more than one false task (Viterbi decoding would favour precision
#: further).
TASK_THRESHOLD = 0.36


@dataclass
class Example:
    doc: GoldDoc
    analysis: Analysis
    features: list[dict[str, float]]
    labels: list[str]


@dataclass
class Scores:
    """Counts as the shared scorer makes them, summed over documents."""

    counts: Counter[str] = field(default_factory=Counter)
    docs: int = 0

    def add(self, row: dict[str, Any]) -> None:
        self.docs += 1
        for k in ("gold", "pred", "recall_hits", "precision_hits", "span_recall_hits", "span_precision_hits"):
            self.counts[k] += int(row[k])
        if row["gold"] == 0:
            self.counts["task_free_docs"] += 1
            self.counts["false_tasks"] += int(row["pred"])
            self.counts["max_false_tasks"] = max(self.counts["max_false_tasks"], int(row["pred"]))
        self.counts["dated"] += bool(row["date_gold"])
        self.counts["date_ok"] += bool(row["date_gold"]) and bool(row["date_ok"])
        self.counts["date_wrong"] += bool(row["date_wrong"])

    def summary(self) -> dict[str, Any]:
        c = self.counts

        def prf(p_hits: int, r_hits: int) -> dict[str, float]:
            p = p_hits / c["pred"] if c["pred"] else (1.0 if c["gold"] == 0 else 0.0)
            r = r_hits / c["gold"] if c["gold"] else 1.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}

        return {
            "docs": self.docs, "gold_tasks": c["gold"], "pred_tasks": c["pred"],
            "strict": prf(c["precision_hits"], c["recall_hits"]),
            "span": prf(c["span_precision_hits"], c["span_recall_hits"]),
            "task_free_docs": c["task_free_docs"], "false_tasks": c["false_tasks"],
            "max_false_tasks_per_doc": c["max_false_tasks"],
            "dated_docs": c["dated"],
            "date_accuracy": round(c["date_ok"] / c["dated"], 3) if c["dated"] else None,
            "wrong_dates": c["date_wrong"],
        }


def load_scorer(path: Path) -> ModuleType:
    """The shared scorer (``eval/score.py``), imported from its file so that the figures
    here are computed by the very code that scores the hidden set."""
    spec = importlib.util.spec_from_file_location("briefing_shared_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepare(docs: Sequence[GoldDoc], progress: Callable[[str], None] | None = None) -> list[Example]:
    """Read, segment and analyse every article once; features and gold labels."""
    out = []
    for d in docs:
        an = analyse(segment(read(d.path)))
        out.append(Example(d, an, sentence_features(an), sentence_labels(an, d.gold)))
        if progress:
            progress(d.name)
    return out


def train(examples: Sequence[Example], path: Path, params: dict[str, Any] | None = None,
          threshold: float = TASK_THRESHOLD) -> SentenceTagger:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        trainer.append(pycrfsuite.ItemSequence(ex.features), ex.labels)
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    trainer.train(str(path))
    tagger = SentenceTagger(path)
    tagger.threshold = threshold
    return tagger


def prediction(ex: Example, labels: Sequence[str]) -> dict[str, Any]:
    """What the scorer reads of a briefing, made from the sentence labels."""
    extraction = extraction_from_labels(ex.analysis, labels)
    return {
        "tasks": [{"evidence": t.evidence, "assigner": {"name": t.assigner.name if t.assigner else None}}
                  for t in extraction.tasks],
        "meeting": {"date": extraction.meeting.date},
    }


def folds(examples: Sequence[Example], k: int, seed: int) -> list[int]:
    """A fold number per example: shuffled within each source, then dealt in turn, so each
    fold holds every source in proportion."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, ex in enumerate(examples):
        by_source[ex.doc.source].append(i)
    rng = random.Random(seed)
    fold = [0] * len(examples)
    turn = 0
    for source in sorted(by_source):
        idx = by_source[source]
        rng.shuffle(idx)
        for i in idx:
            fold[i] = turn % k
            turn += 1
    return fold


def cross_validate(examples: Sequence[Example], scorer: ModuleType, *, k: int = 5, seed: int = 0,
                   params: dict[str, Any] | None = None, by: str = "fold",
                   threshold: float = TASK_THRESHOLD) -> dict[str, Any]:
    """Score each article with a tagger trained without it.

    ``by="fold"``: k folds, each source spread over all folds. ``by="source"``: leave one
    source out, so an article is scored by a tagger that never saw its source at all.
    Returns the scorer's figures overall, per source and per article.
    """
    if by == "source":
        names = sorted({ex.doc.source for ex in examples})
        assign = [names.index(ex.doc.source) for ex in examples]
        n_folds = len(names)
    else:
        assign = folds(examples, k, seed)
        n_folds = k
    rows: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="briefing-cv-") as tmp:
        for f in range(n_folds):
            held = [ex for ex, a in zip(examples, assign, strict=True) if a == f]
            if not held:
                continue
            rest = [ex for ex, a in zip(examples, assign, strict=True) if a != f]
            tagger = train(rest, Path(tmp) / f"fold{f}.crfsuite", params, threshold)
            for ex in held:
                pred = prediction(ex, tagger.tag(ex.features))
                rows[ex.doc.name] = scorer.score_doc(ex.doc.gold, pred, ex.analysis.segmented.document.text)
    return summarise(examples, rows)


def summarise(examples: Sequence[Example], rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    overall = Scores()
    per_source: dict[str, Scores] = defaultdict(Scores)
    per_set: dict[str, Scores] = defaultdict(Scores)
    for ex in examples:
        row = rows[ex.doc.name]
        overall.add(row)
        per_source[ex.doc.source].add(row)
        per_set[ex.doc.path.parent.name].add(row)
    return {"overall": overall.summary(), "sources": {s: v.summary() for s, v in sorted(per_source.items())},
            "sets": {s: v.summary() for s, v in sorted(per_set.items())},
            "docs": {name: {k: row[k] for k in ("gold", "pred", "recall_hits", "precision_hits")}
                     for name, row in sorted(rows.items())},
            "_rows": rows}


def checks(examples: Sequence[Example], tagger: SentenceTagger, scorer: ModuleType,
           per_source: int = 2) -> dict[str, Any]:
    """The shipped tagger's scorer counts on a few training articles (the first of each
    source by name): recorded in the card so that a test can tell when the model file and
    the feature code drift apart."""
    picked: dict[str, list[Example]] = defaultdict(list)
    for ex in sorted(examples, key=lambda e: e.doc.name):
        if len(picked[ex.doc.source]) < per_source:
            picked[ex.doc.source].append(ex)
    out: dict[str, Any] = {}
    for ex in (e for group in picked.values() for e in group):
        pred = prediction(ex, tagger.tag(ex.features))
        row = scorer.score_doc(ex.doc.gold, pred, ex.analysis.segmented.document.text)
        out[f"{ex.doc.path.parent.name}/{ex.doc.name}"] = {
            k: row[k] for k in ("gold", "pred", "recall_hits", "precision_hits")}
    return out


def data_hash(docs: Sequence[GoldDoc]) -> str:
    """A SHA-256 over every article and gold file used, in order: the data's fingerprint."""
    h = hashlib.sha256()
    for d in docs:
        for p in (d.path, d.path.with_name(d.name + ".gold.json")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def card(docs: Sequence[GoldDoc], params: dict[str, Any], threshold: float, cv: dict[str, Any],
         loso: dict[str, Any] | None, model: Path, recorded: dict[str, Any]) -> dict[str, Any]:
    import pycrfsuite

    from briefing import __version__

    return {
        "name": "briefing sentence tagger (tasks, reports)",
        "model_file": model.name,
        "model_sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
        "format": "CRFsuite model (python-crfsuite); loading runs no code",
        "labels": {"T": "task sentence naming its speaker", "U": "task sentence continuing a speaker's directions",
                   "R": "report sentence", "O": "neither"},
        "trained": time.strftime("%Y-%m-%d"),
        "briefing_version": __version__,
        "python_crfsuite": getattr(pycrfsuite, "__version__", None),
        "params": {**DEFAULT_PARAMS, **params},
        "decision": {"task_threshold": threshold},
        "data": {
            "articles": len(docs),
            "sha256": data_hash(docs),
            "sources": dict(sorted(Counter(d.source for d in docs).items())),
            "names": [d.name for d in docs],
        },
        "cross_validation": {k: v for k, v in cv.items() if k not in ("docs", "_rows")},
        "leave_one_source_out": {k: v for k, v in (loso or {}).items() if k not in ("docs", "_rows")} or None,
        "checks": recorded,
    }


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
