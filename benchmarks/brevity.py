"""How long the default Markdown briefing is against the report it briefs.

Usage: python benchmarks/brevity.py [SEED] [--sets DIR ...] [--per-doc]

Prints, for the sample report and for every meeting report (gold ``kind: meeting``) of the
shared dev and train folders, the byte length of ``briefing summarize --engine extractive``'s
Markdown over the byte length of the report, and the median. It also checks that the
Markdown lists every task the briefing holds (one line each), since a short briefing that
drops tasks would be short for the wrong reason. Targets (issue 11): the seed at most
0.25, the median at most 0.30.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def ratio(path: pathlib.Path, briefer: object) -> tuple[float, int, int, bool]:
    """Markdown bytes / report bytes, the two lengths, and whether every task has its line."""
    from briefing.render.grouping import task_line
    from briefing.render.markdown import to_markdown

    b = briefer.brief_file(str(path))  # type: ignore[attr-defined]
    md = to_markdown(b)
    listed = all(f"- {task_line(t)}" in md for t in b.tasks) and md.count("\n- ") == len(b.tasks)
    size = len(path.read_bytes())
    return len(md.encode("utf-8")) / size, len(md.encode("utf-8")), size, listed


def meeting_reports(folder: pathlib.Path) -> list[pathlib.Path]:
    out = []
    for gold in sorted(folder.glob("*.gold.json")):
        if json.loads(gold.read_text(encoding="utf-8")).get("kind") == "meeting":
            txt = gold.with_name(gold.name.replace(".gold.json", ".txt"))
            if txt.exists():
                out.append(txt)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", nargs="?", type=pathlib.Path, default=ROOT / "samples" / "seed.txt")
    ap.add_argument("--sets", nargs="*", type=pathlib.Path, default=[SHARED / "dev", SHARED / "train"])
    ap.add_argument("--per-doc", action="store_true")
    a = ap.parse_args(argv)

    from briefing.pipeline import Briefer

    briefer = Briefer(engine="extractive")
    r, md, size, listed = ratio(a.seed, briefer)
    print(f"seed {a.seed.name}: {md:,} / {size:,} bytes = {r:.3f} (target <= 0.25), every task listed: {listed}")
    ratios: list[float] = []
    unlisted = []
    for folder in a.sets:
        rs = []
        for path in meeting_reports(folder):
            r, md, size, listed = ratio(path, briefer)
            rs.append(r)
            if not listed:
                unlisted.append(path.name)
            if a.per_doc:
                print(f"  {folder.name}/{path.name}: {md:,} / {size:,} = {r:.3f}")
        if rs:
            print(f"{folder.name}: {len(rs)} meeting reports, median {statistics.median(rs):.3f}, "
                  f"max {max(rs):.3f}")
        ratios += rs
    if ratios:
        print(f"all: {len(ratios)} meeting reports, median {statistics.median(ratios):.3f} (target <= 0.30); "
              f"tasks missing a line in: {', '.join(unlisted) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
