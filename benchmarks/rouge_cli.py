"""ROUGE of the CLI's JSON briefings, scored by ``../shared/eval/rouge.py`` itself, per source.

Usage: python benchmarks/rouge_cli.py [--engine extractive] [--keep DIR]

For ``../shared/dev/pairs.jsonl`` and each source of ``../shared/dev/pairs-news.jsonl``
(baomoi, hddtvn): the pairs' documents are exported with ``rouge.py --export-docs``, briefed
with ``briefing batch -f json``, and scored with ``rouge.py --pred-dir``, which reads each
briefing's top-level ``summary``. The reference point, the headline plus the first
sentence, is written as briefing-shaped JSON files (``{"summary": headline + " " + the
first sentence by rouge.py's own ``lead``}``) and scored by the same command. Nothing
is computed here that rouge.py does not compute.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile
from collections.abc import Callable

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ROUGE = SHARED / "eval" / "rouge.py"


def _lead() -> Callable[[str, int], str]:
    spec = importlib.util.spec_from_file_location("shared_rouge", ROUGE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lead: Callable[[str, int], str] = module.lead
    return lead


def score(pairs: pathlib.Path, preds: pathlib.Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(ROUGE), str(pairs), "--pred-dir", str(preds)],
                         capture_output=True, text=True, check=True)
    scores: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="extractive")
    ap.add_argument("--keep", type=pathlib.Path, help="work here instead of a temporary folder")
    a = ap.parse_args(argv)
    work = a.keep or pathlib.Path(tempfile.mkdtemp(prefix="briefing-rouge-"))
    lead = _lead()
    sets: dict[str, list[dict[str, str]]] = {}
    for name in ("pairs.jsonl", "pairs-news.jsonl"):
        for line in (SHARED / "dev" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                source = "vietnews" if name == "pairs.jsonl" else row["id"].split("-")[0]
                sets.setdefault(source, []).append(row)
    briefing = pathlib.Path(sys.executable).with_name("briefing")
    print(f"{'source':9} {'n':>4}  {'briefing summary R1/R2/RL':>26}  {'headline+first R1/R2/RL':>24}  margin R1/RL")
    for source, rows in sets.items():
        d = work / source
        (d / "docs").mkdir(parents=True, exist_ok=True)
        (d / "base").mkdir(exist_ok=True)
        pairs = d / "pairs.jsonl"
        pairs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        subprocess.run([sys.executable, str(ROUGE), str(pairs), "--export-docs", str(d / "docs")],
                       check=True, capture_output=True)
        subprocess.run([str(briefing), "-q", "batch", str(d / "docs"), "-o", str(d / "out"), "-f", "json",
                        "--engine", a.engine, "--force"], check=True)
        for r in rows:
            head = (r.get("title") or "").strip()
            (d / "base" / f"{r['id']}.json").write_text(
                json.dumps({"summary": (head + " " + lead(r["document"], 1)).strip()}, ensure_ascii=False),
                encoding="utf-8")
        ours, base = score(pairs, d / "out"), score(pairs, d / "base")
        print(f"{source:9} {ours['n']:4}  {ours['rouge1']:10.2f}/{ours['rouge2']:5.2f}/{ours['rougeL']:5.2f}"
              f"  {base['rouge1']:12.2f}/{base['rouge2']:5.2f}/{base['rougeL']:5.2f}"
              f"  {ours['rouge1'] - base['rouge1']:+.2f}/{ours['rougeL'] - base['rougeL']:+.2f}"
              + (f"  ({ours['missing']} briefings missing)" if ours["missing"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
