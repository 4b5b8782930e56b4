"""Fit the extractive summary's weights to journalists' summaries, one split, and check on the other.

Usage:
  python benchmarks/rouge_tune.py [--tune-on A|B] [--lambdas 1,3,10,30,100] [--json OUT]

The pairs are ``../shared/dev/pairs.jsonl`` (VietNews) and ``../shared/dev/pairs-news.jsonl``
(baomoi and hddtvn, told apart by the id prefix). Each source is cut in two by a hash of
the pair id (split A: even SHA-1, split B: odd), so both halves hold every source.

For every report the engine can show three shapes (see ``briefing/summarize/extractive.py``):
a sentence with the headline, a sentence alone, the headline alone. Each shape's
ROUGE-1 + ROUGE-L F1 against the reference is computed for the first 25 candidate
sentences, and a ridge regression of it on the shape's signals, centred per report (only
the ranking within a report matters), gives the weights. The ridge strength is chosen by
5-fold cross-validation inside the tuning split, maximising the smallest margin over
"headline + first sentence" (the reference point of ``../shared/eval/rouge.py``) across the
sources. The other split is never looked at until the weights are fixed; its scores are
printed last, per source, beside the tuned split's and the full sets'.

Scores use the tokenizer of ``../shared/eval/rouge.py`` (lower-cased ``\\w+`` after NFC) and
Google's rouge-score, as that script does. The printed ``ExtractiveSettings(...)`` is what
``briefing/summarize/extractive.py`` ships. Deterministic: no randomness anywhere.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import pathlib
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from briefing.summarize.extractive import Candidate, ExtractiveSettings

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SOURCES = ("vietnews", "baomoi", "hddtvn")
MAX_CANDIDATES = 25
METRICS = ("rouge1", "rouge2", "rougeL")


def _rouge_module() -> Any:
    spec = importlib.util.spec_from_file_location("shared_rouge", SHARED / "eval" / "rouge.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Doc:
    id: str
    source: str
    split: str
    title: str
    reference: str
    baseline: str
    cands: list[Candidate]
    #: Each shape's regression inputs and its text.
    options: list[tuple[np.ndarray[Any, Any], str]]
    targets: np.ndarray[Any, Any]


def split_of(pair_id: str) -> str:
    return "A" if int(hashlib.sha1(pair_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def option_vectors(cands: Sequence[Candidate], title: str,
                   sentence_first: bool) -> list[tuple[np.ndarray[Any, Any], str]]:
    """Each shape's regression inputs: the sentence's signals, then three indicators
    (sentence alone, alone × closeness to the headline, headline alone)."""
    from briefing.summarize.extractive import Choice, ExtractiveSettings, compose

    s = ExtractiveSettings(sentence_first=sentence_first)
    out = []
    for c in cands:
        sig = np.array(c.signals, dtype=np.float64)
        out.append((np.concatenate([sig, [0.0, 0.0, 0.0]]), compose(title, Choice(c, True), s)))
        out.append((np.concatenate([sig, [1.0, c.title_similarity, 0.0]]), compose(title, Choice(c, False), s)))
    if title.strip():
        out.append((np.concatenate([np.zeros(len(cands[0].signals) if cands else 0), [0.0, 0.0, 1.0]]),
                    compose(title, Choice(None, True), s)))
    return out


class Scorer:
    """ROUGE F1 with ``rouge.py``'s tokenizer, as that script computes it."""

    def __init__(self) -> None:
        from rouge_score import rouge_scorer

        self._s = rouge_scorer.RougeScorer(list(METRICS), tokenizer=_rouge_module().VietTokenizer())

    def one(self, reference: str, hypothesis: str) -> dict[str, float]:
        return {m: v.fmeasure for m, v in self._s.score(reference, hypothesis).items()}

    def mean(self, docs: Sequence[Doc], hyps: Sequence[str]) -> dict[str, float]:
        tot: dict[str, float] = defaultdict(float)
        for d, h in zip(docs, hyps, strict=True):
            for m, v in self.one(d.reference, h).items():
                tot[m] += v
        return {m: 100 * tot[m] / max(1, len(docs)) for m in METRICS}


def load(scorer: Scorer, sentence_first: bool) -> list[Doc]:
    from briefing.evaluate import read_pairs
    from briefing.pipeline import Briefer
    from briefing.summarize.extractive import candidates
    from briefing.text.segment import segment

    lead = _rouge_module().lead
    briefer = Briefer(engine="extractive", condense=False)
    docs = []
    for name in ("pairs.jsonl", "pairs-news.jsonl"):
        for pair in read_pairs(SHARED / "dev" / name):
            source = "vietnews" if name == "pairs.jsonl" else pair.id.split("-")[0]
            seg = segment(briefer.document_from_text(pair.text(), source=pair.id))
            title = seg.document.title or ""
            cands = candidates(seg)[:MAX_CANDIDATES]
            opts = option_vectors(cands, title, sentence_first) if cands else []
            targets = np.array([sum(scorer.one(pair.summary, text)[m] for m in ("rouge1", "rougeL"))
                                for _, text in opts])
            baseline = (pair.title.strip() + " " + lead(pair.document, 1)).strip()
            docs.append(Doc(pair.id, source, split_of(pair.id), title, pair.summary, baseline, cands, opts, targets))
    return docs


def fit(docs: Sequence[Doc], lam: float) -> np.ndarray[Any, Any]:
    xs, ys = [], []
    for d in docs:
        if len(d.options) < 2:
            continue
        x = np.stack([v for v, _ in d.options])
        xs.append(x - x.mean(0))
        ys.append(d.targets - d.targets.mean())
    x, y = np.vstack(xs), np.concatenate(ys)
    return np.linalg.solve(x.T @ x + lam * np.eye(x.shape[1]), x.T @ y)


def settings_from(w: np.ndarray[Any, Any], sentence_first: bool) -> ExtractiveSettings:
    from briefing.summarize.extractive import ExtractiveSettings

    n = len(w) - 3
    return ExtractiveSettings(weights=tuple(round(float(v), 4) for v in w[:n]), alone=round(float(w[n]), 4),
                              alone_title=round(float(w[n + 1]), 4), headline_alone=round(float(w[n + 2]), 4),
                              sentence_first=sentence_first)


def summaries(docs: Sequence[Doc], settings: ExtractiveSettings) -> list[str]:
    from briefing.summarize.extractive import choose, compose

    return [compose(d.title, choose(d.cands, d.title, settings), settings) for d in docs]


def choose_lambda(scorer: Scorer, docs: Sequence[Doc], lambdas: Sequence[float], sentence_first: bool,
                  log: Callable[[str], None]) -> float:
    folds = [[d for i, d in enumerate(docs) if i % 5 == k] for k in range(5)]
    best = (-float("inf"), lambdas[0])
    for lam in lambdas:
        held = []
        for k in range(5):
            train = [d for j, f in enumerate(folds) if j != k for d in f]
            held.append(settings_from(fit(train, lam), sentence_first))
        # Pool the held-out folds' summaries, then take the worst source margin.
        by_doc = {}
        for k in range(5):
            for d, h in zip(folds[k], summaries(folds[k], held[k]), strict=True):
                by_doc[d.id] = h
        worst = float("inf")
        for src in SOURCES:
            ds = [d for d in docs if d.source == src]
            ours = scorer.mean(ds, [by_doc[d.id] for d in ds])
            base = scorer.mean(ds, [d.baseline for d in ds])
            worst = min(worst, ours["rouge1"] - base["rouge1"], ours["rougeL"] - base["rougeL"])
        log(f"  lambda {lam:g}: cross-validated worst margin {worst:+.2f}")
        best = max(best, (worst, lam))
    return best[1]


def report(scorer: Scorer, docs: Sequence[Doc], settings: ExtractiveSettings,
           tuned: str) -> dict[str, dict[str, float]]:
    rows = {}
    print(f"{'source':9} {'split':14} {'n':>4}  {'ours R1/R2/RL':>20}  {'headline+first R1/R2/RL':>24}  margin R1/RL")
    for src in SOURCES:
        for label, sel in ((f"{tuned} (tuned)", lambda d: d.split == tuned),
                           (f"{'B' if tuned == 'A' else 'A'} (held out)", lambda d: d.split != tuned),
                           ("all", lambda d: True)):
            ds = [d for d in docs if d.source == src and sel(d)]
            ours, base = scorer.mean(ds, summaries(ds, settings)), scorer.mean(ds, [d.baseline for d in ds])
            rows[f"{src} {label}"] = {"n": len(ds), **{f"ours_{m}": round(ours[m], 2) for m in METRICS},
                                      **{f"base_{m}": round(base[m], 2) for m in METRICS}}
            print(f"{src:9} {label:14} {len(ds):4}  {ours['rouge1']:6.2f}/{ours['rouge2']:5.2f}/{ours['rougeL']:5.2f}"
                  f"  {base['rouge1']:12.2f}/{base['rouge2']:5.2f}/{base['rougeL']:5.2f}"
                  f"  {ours['rouge1'] - base['rouge1']:+.2f}/{ours['rougeL'] - base['rougeL']:+.2f}")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tune-on", choices=("A", "B"), default="A")
    ap.add_argument("--lambdas", default="1,3,10,30,100")
    ap.add_argument("--headline-first", action="store_true", help="show the headline before the sentence")
    ap.add_argument("--json", type=pathlib.Path, help="also write the scores here")
    a = ap.parse_args(argv)
    sentence_first = not a.headline_first
    scorer = Scorer()
    docs = load(scorer, sentence_first)
    tune = [d for d in docs if d.split == a.tune_on]
    lam = choose_lambda(scorer, tune, [float(x) for x in a.lambdas.split(",")], sentence_first, print)
    settings = settings_from(fit(tune, lam), sentence_first)
    print(f"fitted on split {a.tune_on} ({len(tune)} pairs), lambda {lam:g}:\n{settings!r}\n")
    rows = report(scorer, docs, settings, a.tune_on)
    if a.json:
        a.json.write_text(json.dumps({"lambda": lam, "settings": repr(settings), "scores": rows}, indent=1),
                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
