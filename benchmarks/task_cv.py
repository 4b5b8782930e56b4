"""Key-task extraction out of sample: the learned tagger by cross-validation against the rules.

Usage: python benchmarks/task_cv.py [--rules-commit 1da8041] [--seeds 0 1 2] [--oracle]

- learned: ``briefing.train`` cross-validation over ../shared/dev + ../shared/train, 5 folds
  with every source in each fold (each article scored by a tagger trained without it),
  averaged over ``--seeds`` fold shuffles, by source and by set;
- rules: the hand-written extractor of ``--rules-commit`` (the last one before the learned
  tagger), checked out with ``git archive`` into a temporary folder and run on the same
  articles. It was tuned on dev, so only its ../shared/train figures are out of sample.

Both are scored by ../shared/eval/score.py. ``--oracle`` adds one line: the attribution
rules fed the gold sentence labels instead of the tagger's, which bounds what a better
tagger alone could gain.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

CHECKOUT = Path(__file__).resolve().parents[1]
SHARED = CHECKOUT.parent / "shared"
SETS = ("dev", "train")

# Runs inside the old checkout: briefs every article of a folder, prints one JSON line of
# per-article scorer rows.
_RULES_RUNNER = r"""
import importlib.util, json, pathlib, sys
from briefing.pipeline import Briefer
spec = importlib.util.spec_from_file_location("score", sys.argv[2]); score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
b = Briefer(engine="extractive", condense=False)
rows = {}
for txt in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    gold = txt.with_name(txt.stem + ".gold.json")
    if not gold.exists():
        continue
    br = b.brief_file(txt).to_dict()
    rows[txt.stem] = score.score_doc(json.loads(gold.read_text()), br, txt.read_text(encoding="utf-8"))
print(json.dumps(rows))
"""


def rules_rows(commit: str, scorer: Path) -> dict[str, dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="briefing-rules-") as tmp:
        archive = subprocess.run(["git", "-C", str(CHECKOUT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        rows: dict[str, dict[str, Any]] = {}
        env = {**os.environ, "PYTHONPATH": tmp}
        for s in SETS:
            out = subprocess.run([sys.executable, "-c", _RULES_RUNNER, str(SHARED / s), str(scorer)], cwd=tmp, env=env,
                                 check=True, capture_output=True, text=True).stdout
            rows.update(json.loads(out.strip().splitlines()[-1]))
        return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules-commit", default="1da8041", help="the commit whose hand-written rules to compare with")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--oracle", action="store_true", help="also score attribution given the gold sentence labels")
    a = ap.parse_args(argv)

    from briefing.train.gold import load_gold
    from briefing.train.tasks import cross_validate, load_scorer, prediction, prepare, summarise

    docs = load_gold([SHARED / s for s in SETS])
    examples = prepare(docs)
    scorer = load_scorer(a.scorer)
    runs = [cross_validate(examples, scorer, seed=seed) for seed in a.seeds]
    rules = summarise(examples, rules_rows(a.rules_commit, a.scorer))

    groups: dict[str, list[Any]] = defaultdict(list)
    for ex in examples:
        groups[f"{ex.doc.path.parent.name} · {ex.doc.source}"].append(ex)

    def learned_group(members: list[Any]) -> dict[str, float]:
        vals = []
        for run in runs:
            sub = summarise(members, {ex.doc.name: _row(run, ex.doc.name) for ex in members})
            vals.append(sub["overall"])
        return {k: statistics.mean(v["strict"][k] for v in vals) for k in ("precision", "recall", "f1")} | {
            "span": statistics.mean(v["span"]["f1"] for v in vals),
            "false": statistics.mean(v["false_tasks"] for v in vals)}

    print("| articles | n | gold tasks | rules P / R / F1 | rules span F1 | rules false | learned P / R / F1 | learned span F1 | learned false |")
    print("|---|---|---|---|---|---|---|---|---|")
    keyed = sorted(groups.items()) + [(f"{s} (all)", [e for e in examples if e.doc.path.parent.name == s]) for s in SETS]
    keyed.append(("all", list(examples)))
    for name, members in keyed:
        r = summarise(members, {ex.doc.name: rules["_rows"][ex.doc.name] for ex in members})["overall"]
        lg = learned_group(members)
        print(f"| {name} | {len(members)} | {r['gold_tasks']} | {r['strict']['precision']:.3f} / {r['strict']['recall']:.3f} / "
              f"**{r['strict']['f1']:.3f}** | {r['span']['f1']:.3f} | {r['false_tasks']} | {lg['precision']:.3f} / "
              f"{lg['recall']:.3f} / **{lg['f1']:.3f}** | {lg['span']:.3f} | {lg['false']:.1f} |")
    dates = [run["overall"] for run in runs][0]
    print(f"\nmeeting dates (learned path): accuracy {dates['date_accuracy']} over {dates['dated_docs']} articles that "
          f"state the year, {dates['wrong_dates']} wrong dates given; rules: {rules['overall']['date_accuracy']} over "
          f"{rules['overall']['dated_docs']}, {rules['overall']['wrong_dates']} wrong")
    if a.oracle:
        # "T" for both task labels: what the tagger hands attribution.
        rows = {ex.doc.name: scorer.score_doc(ex.doc.gold, prediction(ex, ["T" if x in "TU" else x for x in ex.labels]),
                                              ex.analysis.segmented.document.text) for ex in examples}
        o = summarise(examples, rows)["overall"]
        print(f"oracle (gold sentence labels, rules attribute): strict P/R/F1 {o['strict']['precision']:.3f} / "
              f"{o['strict']['recall']:.3f} / {o['strict']['f1']:.3f}, span F1 {o['span']['f1']:.3f}")
    return 0


def _row(run: dict[str, Any], name: str) -> dict[str, Any]:
    return run["_rows"][name]


if __name__ == "__main__":
    sys.exit(main())
