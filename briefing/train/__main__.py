"""``python -m briefing.train``: train the task tagger from gold folders and write it with its card.

Usage::

    python -m briefing.train                       # ../shared/dev and ../shared/train -> briefing/data/
    python -m briefing.train DIR [DIR …] [--out DIR] [--folds 5] [--seed 0] [--c1 X] [--c2 X]
    python -m briefing.train --cv-only             # measure only, write nothing

It reads every ``NAME.txt`` with a ``NAME.gold.json`` beside it, cross-validates (k folds
with every source in each fold, then leave-one-source-out), prints the shared scorer's
figures, trains on everything and writes ``tasks.crfsuite`` and ``tasks.card.json``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from briefing.train.gold import load_gold
from briefing.train.tasks import (
    DEFAULT_PARAMS,
    TASK_THRESHOLD,
    card,
    checks,
    cross_validate,
    load_scorer,
    prepare,
    train,
    write_json,
)

_CHECKOUT = Path(__file__).resolve().parents[2]
_SHARED = _CHECKOUT.parent / "shared"


def _line(name: str, s: dict[str, Any]) -> str:
    st, sp = s["strict"], s["span"]
    date = f"{s['date_accuracy']:.3f} of {s['dated_docs']}" if s["date_accuracy"] is not None else "-"
    return (f"{name:10s} {s['docs']:4d} {s['gold_tasks']:5d} {s['pred_tasks']:5d}  "
            f"{st['precision']:.3f} {st['recall']:.3f} {st['f1']:.3f}  {sp['f1']:.3f}  "
            f"{s['false_tasks']:3d}/{s['task_free_docs']:<3d} {date:>12s} {s['wrong_dates']:3d}")


def print_table(title: str, result: dict[str, Any]) -> None:
    print(f"\n{title}")
    print(f"{'source':10s} {'docs':>4s} {'gold':>5s} {'pred':>5s}  {'P':>5s} {'R':>5s} {'F1':>5s}  {'span':>5s}  "
          f"{'false':>7s} {'date acc':>12s} {'wrong':>5s}")
    for name, s in result["sources"].items():
        print(_line(name, s))
    if len(result.get("sets", {})) > 1:
        for name, s in result["sets"].items():
            print(_line(f"[{name}]", s))
    print(_line("all", result["overall"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m briefing.train", description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="*", type=Path, default=[_SHARED / "dev", _SHARED / "train"],
                    help="gold folders (default: ../shared/dev ../shared/train beside the checkout)")
    ap.add_argument("--out", type=Path, default=_CHECKOUT / "briefing" / "data", help="where the model and card go")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--c1", type=float, default=DEFAULT_PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=DEFAULT_PARAMS["c2"])
    ap.add_argument("--threshold", type=float, default=TASK_THRESHOLD, help="marginal P(task) that makes a task")
    ap.add_argument("--scorer", type=Path, default=_SHARED / "eval" / "score.py")
    ap.add_argument("--cv-only", action="store_true", help="cross-validate and print, write nothing")
    ap.add_argument("--no-loso", action="store_true", help="skip the leave-one-source-out run")
    ap.add_argument("--per-doc", action="store_true", help="also print each article's cross-validated counts")
    a = ap.parse_args(argv)

    docs = load_gold(a.data)
    if not docs:
        print(f"no gold articles in {', '.join(map(str, a.data))}", file=sys.stderr)
        return 2
    scorer = load_scorer(a.scorer)
    params = {"c1": a.c1, "c2": a.c2}
    print(f"{len(docs)} articles from {', '.join(map(str, a.data))}; CRFsuite {params}", file=sys.stderr)
    examples = prepare(docs)
    cv = cross_validate(examples, scorer, k=a.folds, seed=a.seed, params=params, threshold=a.threshold)
    print_table(f"{a.folds}-fold cross-validation (each article scored by a tagger trained without it)", cv)
    loso = None
    if not a.no_loso:
        loso = cross_validate(examples, scorer, params=params, by="source", threshold=a.threshold)
        print_table("leave one source out (each article scored by a tagger that never saw its source)", loso)
    if a.per_doc:
        for name, row in cv["docs"].items():
            print(f"{name}\t" + "\t".join(f"{k}={v}" for k, v in row.items()))
    if a.cv_only:
        return 0
    a.out.mkdir(parents=True, exist_ok=True)
    model = a.out / "tasks.crfsuite"
    tagger = train(examples, model, params, a.threshold)
    recorded = checks(examples, tagger, scorer)
    write_json(a.out / "tasks.card.json", card(docs, params, a.threshold, cv, loso, model, recorded))
    print(f"\nwrote {model} and {a.out / 'tasks.card.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
