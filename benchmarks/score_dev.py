"""Score the extractive briefing against the gold annotations of a dev folder.

Usage: python benchmarks/score_dev.py [DEV_DIR] [--out OUT] [--per-doc] [--by-source] [--fields]

Every ``NAME.txt`` in DEV_DIR is briefed in-process (extractive engine, no condensed
lines), ``OUT/NAME.json`` is written, and the shared scorer is run on the folder. The time
spent in extraction alone (segment + extract) is printed too, since the batch target
depends on it. ``--by-source`` adds one score line per source corpus (read from each
``NAME.meta.json``), since a held-out set of the same sources is scored the same way and a
rule that helps one source may hurt another.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import time

SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the checkout
SCORER = SHARED / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev_dir", nargs="?", type=pathlib.Path, default=SHARED / "dev")
    ap.add_argument("--out", type=pathlib.Path, default=None, help="where NAME.json files go (default: a temp dir)")
    ap.add_argument("--per-doc", action="store_true", help="one line per document from the scorer")
    ap.add_argument("--by-source", action="store_true", help="one score line per source corpus")
    ap.add_argument("--fields", action="store_true",
                    help="also compare the meeting chair and task deadlines with the gold (the scorer does not)")
    ap.add_argument("--scorer", type=pathlib.Path, default=SCORER)
    a = ap.parse_args(argv)

    from briefing.extract import extract
    from briefing.pipeline import Briefer
    from briefing.text.segment import segment

    out = a.out or pathlib.Path(tempfile.mkdtemp(prefix="briefing-dev-"))
    out.mkdir(parents=True, exist_ok=True)
    b = Briefer(engine="extractive", condense=False)
    paths = sorted(a.dev_dir.glob("*.txt"))
    segs = []
    for path in paths:
        briefing = b.brief_file(path)
        (out / f"{path.stem}.json").write_text(briefing.to_json(), encoding="utf-8")
        segs.append(segment(b.read(path)))
    words = sum(len(seg.document.text.split()) for seg in segs)
    # extract() alone, best of three passes (the first pass also pays for compiling regexes).
    extract_s = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for seg in segs:
            extract(seg)
        extract_s = min(extract_s, time.perf_counter() - t0)
    n = max(len(paths), 1)
    print(f"{len(paths)} reports, {words / n:.0f} words each on average; extract(): "
          f"{1000 * extract_s / n:.2f} ms per report (best of 3) ({1000 * extract_s / max(words, 1) * 1000:.2f} ms per 1,000 words)")
    print(f"predictions in {out}")
    cmd = [sys.executable, str(a.scorer), str(a.dev_dir), str(out)] + (["--per-doc"] if a.per_doc else [])
    rc = subprocess.call(cmd)
    if a.by_source:
        by_source(a.dev_dir, out, a.scorer)
    if a.fields:
        fields(a.dev_dir, out, a.scorer)
    return rc


def source_of(meta_path: pathlib.Path) -> str:
    """A short corpus name from a ``NAME.meta.json`` ("github:owner/repo@…" → "repo")."""
    if not meta_path.is_file():
        return "seed"
    src = json.loads(meta_path.read_text(encoding="utf-8")).get("source", "")
    m = re.match(r"github:[^/]+/([^@]+)@", src)
    return {"scraper": "baomoi", "ViMs-Dataset": "vims"}.get(m.group(1), m.group(1)) if m else (src or "?")


def _load_scorer(scorer_path: pathlib.Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("_briefing_score", scorer_path)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def fields(dev_dir: pathlib.Path, out: pathlib.Path, scorer_path: pathlib.Path) -> None:
    """Chair agreement (same person, or both none) and deadline agreement on the gold tasks
    that a prediction matches by evidence (the scorer's Dice >= 0.5)."""
    scorer = _load_scorer(scorer_path)
    chair_ok = docs = dl_ok = matched = 0
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        pred_path = out / f"{name}.json"
        if not pred_path.exists():
            continue
        gold, pred = scorer.load(gold_path), scorer.load(pred_path)
        g_chair = ((gold.get("meeting") or {}).get("chair") or {}).get("name")
        p_chair = ((pred.get("meeting") or {}).get("chair") or {}).get("name")
        docs += 1
        chair_ok += (g_chair is None and p_chair is None) or scorer.same_person(g_chair, p_chair)
        for gt in gold.get("tasks", []):
            gw = scorer.words(gt.get("evidence"))
            scored = [(scorer.dice(gw, scorer.words(pt.get("evidence"))), pt) for pt in pred.get("tasks") or []]
            best = max(scored, key=lambda x: x[0], default=(0.0, None))
            if best[0] < 0.5 or best[1] is None:
                continue
            matched += 1
            dl_ok += (gt.get("deadline") or None) == (best[1].get("deadline") or None)
    print(f"chair agreement {chair_ok}/{docs}; deadline agreement {dl_ok}/{matched} matched gold tasks")


def by_source(dev_dir: pathlib.Path, out: pathlib.Path, scorer_path: pathlib.Path) -> None:
    """Strict/span F1, false tasks on task-free docs and date accuracy for each source."""
    scorer = _load_scorer(scorer_path)
    groups: dict[str, list[dict]] = {}
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        pred_path = out / f"{name}.json"
        pred = scorer.load(pred_path) if pred_path.exists() else None
        groups.setdefault(source_of(dev_dir / f"{name}.meta.json"), []).append(scorer.score_doc(scorer.load(gold_path), pred))
    for src, rows in sorted(groups.items()):
        tot = {k: sum(r[k] for r in rows) for k in ("gold", "pred", "recall_hits", "precision_hits",
                                                      "span_recall_hits", "span_precision_hits")}
        _, _, f = scorer.prf(tot["precision_hits"], tot["pred"], tot["recall_hits"], tot["gold"])
        _, _, sf = scorer.prf(tot["span_precision_hits"], tot["pred"], tot["span_recall_hits"], tot["gold"])
        free = [r for r in rows if r["gold"] == 0]
        dated = [r for r in rows if r["date_gold"]]
        date_acc = f"{sum(r['date_ok'] for r in dated)}/{len(dated)}" if dated else "-"
        print(f"{src:<10} docs {len(rows):>2}  gold {tot['gold']:>3}  pred {tot['pred']:>3}  strict F1 {f:.3f}  "
              f"span F1 {sf:.3f}  false tasks {sum(r['pred'] for r in free)}/{len(free)} task-free  dates {date_acc}")


if __name__ == "__main__":
    sys.exit(main())
