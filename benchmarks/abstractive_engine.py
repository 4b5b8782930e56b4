"""Time the abstractive engine end to end on a report: load, chunk, generate, reduce.

Unlike ``model_bench.py`` (one fixed batch through a backend), this runs what
``briefing summarize --engine abstractive`` runs: the report is segmented, packed into
window-sized chunks with real token counts, every chunk generated with the model's
registry settings, and the partial summaries summarised again if needed. A random model
emits tokens up to the limit, so its times are the worst case for that architecture.

    python benchmarks/random_vit5.py --out bench-out/vit5-base-random
    echo '{"name": "vit5-base"}' > bench-out/vit5-base-random/briefing-model.json
    python benchmarks/abstractive_engine.py --model bench-out/vit5-base-random --reports 4

Prints one JSON object on stdout.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, help="model folder (or registry name / hub id on disk)")
    ap.add_argument("--report", type=Path, default=ROOT / "samples" / "seed.txt")
    ap.add_argument("--reports", type=int, default=4, help="copies of the report summarised as one batch")
    ap.add_argument("--device", default=None, choices=[None, "cpu", "cuda"])
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--backend", default="torch", choices=["torch", "ct2"])
    args = ap.parse_args(argv)

    from briefing.io import read
    from briefing.summarize import load_summarizer
    from briefing.text.segment import segment

    t0 = time.perf_counter()
    engine = load_summarizer("abstractive", args.model, backend=args.backend, device=args.device,
                             threads=args.threads)
    load_s = time.perf_counter() - t0
    seg = segment(read(args.report))
    t0 = time.perf_counter()
    one = engine.summarize(seg)
    one_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    many = engine.summarize_many([seg] * args.reports)
    many_s = time.perf_counter() - t0
    print(json.dumps({
        "engine": engine.describe(),
        "settings": repr(getattr(engine, "model_settings", None)),
        "report_chars": len(seg.document.text),
        "chunks": one.chunks,
        "truncated": one.truncated,
        "summary_chars": len(one.text),
        "load_s": round(load_s, 2),
        "one_report_s": round(one_s, 2),
        "batch_reports": args.reports,
        "batch_s": round(many_s, 2),
        "batch_s_per_report": round(many_s / max(1, args.reports), 2),
        "batch_same_as_one": all(m.text == one.text for m in many),
    }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
