"""Score the extractive briefing against the gold annotations of a dev folder.

Usage: python benchmarks/score_dev.py [DEV_DIR] [--out OUT] [--per-doc]

Every ``NAME.txt`` in DEV_DIR is briefed in-process (extractive engine, no condensed
lines), ``OUT/NAME.json`` is written, and the shared scorer is run on the folder. The time
spent in extraction alone (segment + extract) is printed too, since the batch target
depends on it.
"""
from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys
import tempfile
import time

SCORER = pathlib.Path("/work/shared/eval/score.py")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev_dir", nargs="?", type=pathlib.Path, default=pathlib.Path("/work/shared/dev"))
    ap.add_argument("--out", type=pathlib.Path, default=None, help="where NAME.json files go (default: a temp dir)")
    ap.add_argument("--per-doc", action="store_true", help="one line per document from the scorer")
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
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
