"""``briefing batch --executor ray`` against the local executor, on this machine.

    .venv/bin/python benchmarks/ray_bench.py extractive [-n 1000] [--repeat 3]
    .venv/bin/python benchmarks/ray_bench.py model [--reports 8] [--backend ct2]

``extractive``: 1,000 generated reports (``gen_reports.py``), the extractive engine. Each
round runs, into a fresh OUT_DIR each time:

* the CLI with ``--executor local -j 1`` and ``-j 2`` (wall time, as ``batch_bench.py``);
* the CLI with ``--executor ray --actors 2``: wall time end to end, Ray's start and stop
  included, as a user sees it;
* the same run through ``run_batch`` in this process with Ray already started, so the
  start-up is apart: Ray's start (``ray.init``), the run itself (actors started, every
  report briefed and written, index built), and Ray's stop, each timed on its own.

The ratio is ray's run (Ray up) over local ``-j 2``'s wall time, both with 2 processes
briefing. The outputs of every run are compared with the first local run's.

``model``: the random ViT5-base-shaped model (``random_vit5.py``, registry settings of
vit5-base) on ``--reports`` generated reports, the abstractive engine end to end (chunks,
generation, condensed lines): the local executor (one process, the model loaded once,
``--threads 2``) against the ray executor with 2 actors of one thread each (the model
loaded once per actor). Both through the CLI; the ray figure includes Ray's start.

Prints the load average before and after each figure; appends JSON lines to
``bench-out/results.jsonl``.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_reports import generate

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench-out"
#: Keeps a local Ray from reporting usage or wrapping its workers in `uv run`.
RAY_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_ENABLE_UV_RUN_RUNTIME_ENV": "0"}


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def record(result: dict[str, Any]) -> None:
    OUT.mkdir(exist_ok=True)
    with (OUT / "results.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **result},
                           ensure_ascii=False) + "\n")


def cli(src: Path, out: Path, *args: str) -> float:
    """Wall seconds of one `briefing batch` run (exit 0 or 3 expected)."""
    cmd = [sys.executable, "-m", "briefing", "batch", str(src), "-o", str(out), "-r", "-q", *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env={**os.environ, **RAY_ENV}, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return wall


def files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def in_process_ray(src: Path, out: Path, actors: int) -> dict[str, float]:
    """Ray started, the run, Ray stopped: each timed apart."""
    os.environ.update(RAY_ENV)
    import ray

    from briefing.batch import BatchOptions, run_batch

    t0 = time.perf_counter()
    ray.init(address="local", include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    t1 = time.perf_counter()
    r = run_batch(src, out, BatchOptions(recursive=True, executor="ray", actors=actors,
                                         briefer={"engine": "extractive"}), on_notice=lambda _m: None)
    t2 = time.perf_counter()
    ray.shutdown()
    t3 = time.perf_counter()
    assert r.briefed == r.total, r.summary_line()
    return {"start": t1 - t0, "run": t2 - t1, "stop": t3 - t2}


def bench_extractive(n: int, repeat: int) -> dict[str, Any]:
    res: dict[str, Any] = {"bench": "ray-extractive", "reports": n, "repeat": repeat, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="briefing-ray-bench-") as tmp:
        src = Path(tmp, "in")
        generate(src, n, seed=7)
        ref: dict[str, bytes] | None = None
        runs: dict[str, list[float]] = {"local-j1": [], "local-j2": [], "ray-cli": [], "ray-start": [], "ray-run": [],
                                        "ray-stop": []}
        res["load_before"] = load()
        print(f"{n} generated reports; {os.cpu_count()} CPUs; load {res['load_before']}", flush=True)
        for i in range(repeat):
            for name, args in (("local-j1", ["--engine", "extractive", "-j", "1"]),
                               ("local-j2", ["--engine", "extractive", "-j", "2"]),
                               ("ray-cli", ["--engine", "extractive", "--executor", "ray", "--actors", "2"])):
                out = Path(tmp, f"{name}-{i}")
                runs[name].append(cli(src, out, *args))
                snap = files(out)
                ref = ref or snap
                assert snap == ref, f"{name} gave other files than the first local run"
                print(f"  round {i + 1} {name}: {runs[name][-1]:.2f} s (load {load()})", flush=True)
            out = Path(tmp, f"ray-inproc-{i}")
            # A child process, so that each round starts Ray afresh.
            code = (f"import json, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import ray_bench; "
                    f"print(json.dumps(ray_bench.in_process_ray(__import__('pathlib').Path({str(src)!r}), "
                    f"__import__('pathlib').Path({str(out)!r}), 2)))")
            proc = subprocess.run([sys.executable, "-c", code], env={**os.environ, **RAY_ENV}, capture_output=True,
                                  text=True, check=True)
            parts = json.loads(proc.stdout.strip().splitlines()[-1])
            assert files(out) == ref, "ray (in-process) gave other files than the first local run"
            for k in ("start", "run", "stop"):
                runs[f"ray-{k}"].append(parts[k])
            print(f"  round {i + 1} ray in-process: start {parts['start']:.2f} s, run {parts['run']:.2f} s, "
                  f"stop {parts['stop']:.2f} s (load {load()})", flush=True)
    res["load_after"] = load()
    for k, v in runs.items():
        res[f"{k}_s"] = round(statistics.median(v), 2)
        res[f"{k}_all"] = [round(x, 2) for x in v]
    for k in ("local-j1", "local-j2", "ray-cli", "ray-run"):
        res[f"{k}_reports_per_s"] = round(n / res[f"{k}_s"], 1)
    res["ray_run_over_local_j2"] = round(res["ray-run_s"] / res["local-j2_s"], 2)
    print(f"medians of {repeat}: local -j1 {res['local-j1_s']} s ({res['local-j1_reports_per_s']}/s), "
          f"local -j2 {res['local-j2_s']} s ({res['local-j2_reports_per_s']}/s), ray CLI {res['ray-cli_s']} s "
          f"({res['ray-cli_reports_per_s']}/s, Ray's start and stop included); ray with Ray up: start "
          f"{res['ray-start_s']} s, run {res['ray-run_s']} s ({res['ray-run_reports_per_s']}/s), stop "
          f"{res['ray-stop_s']} s; ray run / local -j2 = {res['ray_run_over_local_j2']}x the time; "
          f"load {res['load_before']} -> {res['load_after']}", flush=True)
    return res


def bench_model(reports: int, backend: str, batch_size: int) -> dict[str, Any]:
    subprocess.run([sys.executable, str(Path(__file__).parent / "random_vit5.py")], check=True, cwd=ROOT)
    model = OUT / "vit5-base-random"
    meta = model / "briefing-model.json"
    if not meta.exists():  # vit5-base's registry settings: 1,024-token window, no prefix
        meta.write_text('{"name": "vit5-base"}\n', encoding="utf-8")
    res: dict[str, Any] = {"bench": "ray-model", "reports": reports, "backend": backend, "batch_size": batch_size}
    common = ["--engine", "abstractive", "--model", str(model), "--backend", backend, "--device", "cpu",
              "--batch-size", str(batch_size)]
    with tempfile.TemporaryDirectory(prefix="briefing-ray-model-") as tmp:
        src = Path(tmp, "in")
        generate(src, reports, seed=11)
        # An untimed run first: the CTranslate2 copy is made once (and the page cache warmed),
        # not by two actors at once during the timed run.
        cli(src, Path(tmp, "warm"), *common, "--threads", "2")
        for name, args in (("local", ["--threads", "2"]), ("ray-2-actors", ["--executor", "ray", "--actors", "2",
                                                                            "--threads", "1"])):
            before = load()
            wall = cli(src, Path(tmp, name), *common, *args)
            res[name] = {"wall_s": round(wall, 1), "s_per_report": round(wall / reports, 2), "load_before": before,
                         "load_after": load()}
            print(f"{name}: {reports} reports in {wall:.1f} s ({wall / reports:.2f} s/report, model load and, for ray, "
                  f"Ray's start included); load {before} -> {load()}", flush=True)
        same = files(Path(tmp, "local")) == files(Path(tmp, "ray-2-actors"))
        res["same_files"] = same
        print(f"same files from both executors: {same}")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["extractive", "model"])
    ap.add_argument("-n", type=int, default=1000, help="extractive: reports")
    ap.add_argument("--repeat", type=int, default=3, help="extractive: rounds")
    ap.add_argument("--reports", type=int, default=8, help="model: reports")
    ap.add_argument("--backend", default="ct2", choices=["torch", "ct2"], help="model: runtime")
    ap.add_argument("--batch-size", type=int, default=4, help="model: documents per model call")
    args = ap.parse_args(argv)
    if args.what == "extractive":
        record(bench_extractive(args.n, args.repeat))
    else:
        record(bench_model(args.reports, args.backend, args.batch_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
