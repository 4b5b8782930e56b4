"""Speed and memory of briefing on this machine: the medians behind benchmarks/README.md.

    python benchmarks/run.py cold         # CLI cold start, extractive engine: wall, peak RSS, no torch
    python benchmarks/run.py extractive   # reports/s over 1,000 reports, 1 and 2 workers
                                          # (`briefing batch` via batch_bench.py, then brief() in a pool)
    python benchmarks/run.py model        # ViT5-base-shaped random model: transformers fp32 vs CTranslate2 int8
    python benchmarks/run.py ratios       # the same, alternated in one process: speed-up and batching gain
    python benchmarks/run.py all
    python benchmarks/run.py ray          # --executor ray against local (ray_bench.py; needs briefing-vn[ray])

Every figure is the median of ``--runs`` runs, printed with the load average before and
after (other processes share these cores; a figure taken under load says so). Results
are also appended as JSON lines to ``bench-out/results.jsonl`` (git-ignored).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
OUT = ROOT / "bench-out"
PYTHON = sys.executable
SAMPLE = ROOT / "samples" / "seed.txt"
#: Real articles to time the extractive engine on, read at run time (never copied here);
#: the sample alone stands in where they are absent.
# ../shared beside the checkout, as the project is laid out for development.
DEV = Path(os.environ.get("BRIEFING_DEV_DIR", Path(__file__).resolve().parents[2] / "shared" / "dev"))
#: Modules whose import would mean the extractive start-up pays for a model runtime.
HEAVY = ("torch", "transformers", "ctranslate2", "underthesea", "tensorflow", "numpy")


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def record(result: dict[str, Any]) -> None:
    OUT.mkdir(exist_ok=True)
    result = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **result}
    with (OUT / "results.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(result, ensure_ascii=False) + "\n")


def run_with_rusage(cmd: list[str]) -> tuple[float, float, int, str, str]:
    """Wall seconds, peak RSS in MB (this child alone, via wait4), exit code, stdout, stderr."""
    r_out, w_out = os.pipe()
    r_err, w_err = os.pipe()
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, dict(os.environ),
                         file_actions=[(os.POSIX_SPAWN_DUP2, w_out, 1), (os.POSIX_SPAWN_DUP2, w_err, 2),
                                       (os.POSIX_SPAWN_CLOSE, r_out), (os.POSIX_SPAWN_CLOSE, r_err)])
    os.close(w_out)
    os.close(w_err)
    with os.fdopen(r_out, "rb") as fo, os.fdopen(r_err, "rb") as fe:
        # Outputs here are small (a briefing, a JSON line): reading one after the other cannot deadlock
        # unless stderr fills its pipe first, so stderr is drained in a thread.
        import threading

        err_chunks: list[bytes] = []
        t = threading.Thread(target=lambda: err_chunks.append(fe.read()))
        t.start()
        out = fo.read()
        t.join()
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    return (wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace"),
            b"".join(err_chunks).decode("utf-8", "replace"))


# -- 1. cold start --------------------------------------------------------------------------
def bench_cold(runs: int) -> dict[str, Any]:
    briefing_exe = str(Path(PYTHON).with_name("briefing"))
    cmd = [briefing_exe, "summarize", "--engine", "extractive", str(SAMPLE.relative_to(ROOT))]
    before = load()
    os.chdir(ROOT)
    run_with_rusage(cmd)  # warm the page cache: "cold" means a fresh process, not a cold disk
    walls, peaks = [], []
    for _ in range(runs):
        wall, peak, code, _, err = run_with_rusage(cmd)
        if code != 0:
            raise SystemExit(f"cold start failed ({code}): {err.strip()}")
        walls.append(wall)
        peaks.append(peak)
    # Which modules load: -X importtime lists every import with its cumulative microseconds.
    imp = subprocess.run([PYTHON, "-X", "importtime", "-m", "briefing", *cmd[1:]], capture_output=True, text=True,
                         cwd=ROOT)
    rows = []
    for line in imp.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    modules = {name for _, _, name in rows}
    heavy = sorted({name.split(".")[0] for name in modules if name.split(".")[0] in HEAVY})
    top = [f"{name} {us / 1000:.0f} ms" for us, _, name in sorted(rows, reverse=True) if name.startswith("briefing")][:6]
    res = {
        "bench": "cold", "command": " ".join(["briefing", *cmd[1:]]), "runs": runs,
        "median_wall_s": round(statistics.median(walls), 3), "min_wall_s": round(min(walls), 3),
        "median_peak_rss_mb": round(statistics.median(peaks), 1), "heavy_imports": heavy,
        "modules_imported": len(modules), "slowest_briefing_imports": top, "load_before": before, "load_after": load(),
    }
    print(f"cold start  {res['command']}\n  median {res['median_wall_s']} s (min {res['min_wall_s']}) over {runs} runs, "
          f"peak RSS {res['median_peak_rss_mb']} MB, heavy imports: {heavy or 'none'}\n"
          f"  slowest briefing imports (cumulative): {', '.join(top)}\n  load {before} -> {res['load_after']}")
    return res


# -- 2. extractive throughput ---------------------------------------------------------------------
_BRIEFER: Any = None


def _init_worker() -> None:
    global _BRIEFER
    from briefing import Briefer

    _BRIEFER = Briefer(engine="extractive")


def _brief_one(text: str) -> int:
    return len(_BRIEFER.brief(text).tasks)


def corpus(n: int) -> tuple[list[str], str]:
    files = sorted(DEV.glob("d*.txt")) if DEV.is_dir() else []
    source = f"{len(files)} articles of {DEV}" if files else str(SAMPLE.relative_to(ROOT))
    texts = [f.read_text(encoding="utf-8") for f in (files or [SAMPLE])]
    return [texts[i % len(texts)] for i in range(n)], source


def bench_extractive_inprocess(runs: int, n: int) -> dict[str, Any]:
    """brief() over real articles in a process pool: the library, without the CLI's file I/O."""
    texts, source = corpus(n)
    words = sum(len(t.split()) for t in texts) / len(texts)
    res: dict[str, Any] = {"bench": "extractive-inprocess", "reports": n, "source": source,
                           "mean_words": round(words), "runs": runs, "load_before": load()}
    for workers in (1, 2):
        rates, tasks = [], 0
        for _ in range(runs):
            t0 = time.perf_counter()
            # The pool's start (workers importing briefing) counts: it is part of a batch run.
            with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
                tasks = sum(pool.map(_brief_one, texts, chunksize=20))
            rates.append(n / (time.perf_counter() - t0))
        res[f"workers_{workers}_reports_per_s"] = round(statistics.median(rates), 1)
        res[f"workers_{workers}_all_runs"] = [round(r, 1) for r in rates]
        res["tasks_found"] = tasks
    res["load_after"] = load()
    print(f"extractive, in-process brief(): {n} reports ({source}, mean {res['mean_words']} words), median of "
          f"{runs}:\n  1 worker {res['workers_1_reports_per_s']} reports/s, 2 workers "
          f"{res['workers_2_reports_per_s']} reports/s ({tasks} tasks found per pass)\n"
          f"  load {res['load_before']} -> {res['load_after']}", flush=True)
    return res


def bench_extractive_cli(runs: int, n: int) -> dict[str, Any] | None:
    """``briefing batch`` end to end, via the batch engineer's batch_bench.py (when present)."""
    script = BENCH / "batch_bench.py"
    if not script.is_file():
        return None
    cmd = [PYTHON, str(script), "-n", str(n), "--workers", "1", "2", "--repeat", str(runs)]
    print(f"extractive, `briefing batch` ({' '.join(['benchmarks/batch_bench.py', *cmd[2:]])}):", flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    print("  " + proc.stdout.strip().replace("\n", "\n  "), flush=True)
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    res: dict[str, Any] = {"bench": "extractive-cli", "reports": n, "runs": runs, "output": proc.stdout}
    for line in proc.stdout.splitlines():
        m = re.match(r"\s*(\d+)\s+([\d.]+)\s+([\d.]+)\s", line)
        if m:
            res[f"workers_{m.group(1)}_reports_per_s"] = float(m.group(3))
    return res


# -- 3./4. the model path ----------------------------------------------------------------------
MODEL_CONFIGS = {
    # name: (backend, reports, batch size, ct2 inter_threads; 0 = as many as cores)
    "torch-single": ("torch", 1, 1, 1),
    "ct2-single": ("ct2", 1, 1, 1),
    "torch-batched": ("torch", 8, 8, 1),
    # One call with 8 reports: two sub-batches of 4 decoded in parallel, one core each.
    "ct2-batched": ("ct2", 8, 4, 0),
    # The same 8 reports as one batch of 8 on all cores, for comparison.
    "ct2-batched-1x8": ("ct2", 8, 8, 1),
}


def bench_model(runs: int, new_tokens: int, beams: int, configs: list[str],
                threads: dict[str, int | None]) -> dict[str, Any]:
    subprocess.run([PYTHON, str(BENCH / "random_vit5.py")], check=True, cwd=ROOT)
    res: dict[str, Any] = {"bench": "model", "new_tokens": new_tokens, "beams": beams, "runs": runs}
    for name in configs:
        backend, reports, bs, inter = MODEL_CONFIGS[name]
        cmd = [PYTHON, str(BENCH / "model_bench.py"), "--backend", backend, "--reports", str(reports),
               "--batch-size", str(bs), "--new-tokens", str(new_tokens), "--beams", str(beams), "--runs", str(runs)]
        n_threads = threads[backend] or len(os.sched_getaffinity(0))
        cmd += ["--threads", str(n_threads)]
        if backend == "ct2":
            cmd += ["--inter-threads", str(inter or n_threads)]
        if reports > 1:
            cmd.append("--no-encoder")  # throughput only: the split is measured on the single report
        before = load()
        wall, peak, code, out, err = run_with_rusage(cmd)
        if code != 0:
            raise SystemExit(f"{name} failed ({code}):\n{err[-3000:]}")
        r = json.loads(out.strip().splitlines()[-1])
        r.update(config=name, peak_rss_mb=round(peak, 1), load_before=before, load_after=load())
        res[name] = r
        print(f"{name:14s} {r['runtime']}: {r['reports']} report(s) of {r['input_tokens']} tokens -> {new_tokens} tokens, "
              f"batch {bs}, beams {beams}, {r['threads']} thread(s): {r['s_per_report']} s/report (total "
              f"{r['median_total_s']} s, encoder {r['median_encoder_s']} s, decoder {r['median_decoder_s']} s), "
              f"{r['reports_per_min']} reports/min, "
              f"peak RSS {r['peak_rss_mb']} MB, load {before} -> {r['load_after']}", flush=True)
    if "torch-single" in res and "ct2-single" in res:
        res["ct2_speedup_per_report"] = round(res["torch-single"]["s_per_report"] / res["ct2-single"]["s_per_report"], 2)
        print(f"CTranslate2 int8 vs transformers fp32, one report: {res['ct2_speedup_per_report']}x faster")
    for b in ("torch", "ct2"):
        if f"{b}-single" in res and f"{b}-batched" in res:
            gain = res[f"{b}-batched"]["reports_per_min"] / res[f"{b}-single"]["reports_per_min"]
            res[f"{b}_batched_gain"] = round(gain, 2)
            print(f"{b}: batched {res[f'{b}-batched']['reports_per_min']} vs one at a time "
                  f"{res[f'{b}-single']['reports_per_min']} reports/min: {gain:.2f}x")
    return res


def bench_ratios(runs: int, new_tokens: int, beams: int, reports: int, threads: dict[str, int | None],
                 input_tokens: int = 1024) -> dict[str, Any]:
    """The targets' ratios from one process that alternates the set-ups round by round."""
    subprocess.run([PYTHON, str(BENCH / "random_vit5.py")], check=True, cwd=ROOT)
    cores = len(os.sched_getaffinity(0))
    cmd = [PYTHON, str(BENCH / "model_bench.py"), "--backend", "interleaved", "--reports", str(reports),
           "--batch-size", str(reports), "--new-tokens", str(new_tokens), "--beams", str(beams), "--runs", str(runs),
           "--input-tokens", str(input_tokens), "--threads", str(threads["ct2"] or cores), "--torch-threads", str(threads["torch"] or cores)]
    before = load()
    wall, peak, code, out, err = run_with_rusage(cmd)
    if code != 0:
        raise SystemExit(f"interleaved run failed ({code}):\n{err[-3000:]}")
    r = json.loads(out.strip().splitlines()[-1])
    r.update(bench="ratios", load_before=before, load_after=load())
    m = r["median_s_per_report"]
    print(f"interleaved, {runs} rounds, {reports} reports batched, {r['input_tokens']} -> {new_tokens} tokens, "
          f"beams {beams}, threads "
          f"torch {r['torch_threads']} / ct2 {r['threads']}: s/report torch single {m['torch_single']}, ct2 single "
          f"{m['ct2_single']}, ct2 batched {m['ct2_batched']}, torch batched {m['torch_batched']}\n"
          f"  CTranslate2 vs transformers, one report: {r['ct2_speedup_per_report']}x; batched vs one at a time: "
          f"ct2 {r['ct2_batched_gain']}x, torch {r['torch_batched_gain']}x; ct2 batched vs torch one at a time: "
          f"{r['ct2_batched_vs_torch_single']}x (medians of per-round ratios)\n  load {before} -> {r['load_after']}")
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["cold", "extractive", "model", "ratios", "all", "ray"])
    ap.add_argument("--runs", type=int, default=None, help="runs per figure (default: cold 9, others 3)")
    ap.add_argument("--reports", type=int, default=1000, help="extractive: reports per run")
    ap.add_argument("--new-tokens", type=int, default=128, help="model: output length (min = max)")
    ap.add_argument("--beams", type=int, default=1, help="model: beam size (1 = greedy)")
    ap.add_argument("--input-tokens", type=int, default=1024, help="ratios: input length per report (<= 1024)")
    ap.add_argument("--configs", default="torch-single,ct2-single,torch-batched,ct2-batched",
                    help="model: which of " + ",".join(MODEL_CONFIGS))
    ap.add_argument("--threads", type=int, default=None, help="model: CPU threads (default: all cores)")
    ap.add_argument("--torch-threads", type=int, default=None, help="model: CPU threads for transformers (default --threads)")
    ap.add_argument("--ct2-threads", type=int, default=None, help="model: CPU threads for CTranslate2 (default --threads)")
    args = ap.parse_args(argv)
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?") if Path("/proc/cpuinfo").exists() else "?"
    machine = {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "python": sys.version.split()[0]}
    print(f"machine: {machine['cpu']}, {machine['cores']} cores, Python {machine['python']}")
    if args.what in ("cold", "all"):
        record({**bench_cold(args.runs or 9), **machine})
    if args.what in ("extractive", "all"):
        cli_res = bench_extractive_cli(args.runs or 3, args.reports)
        if cli_res:
            record({**cli_res, **machine})
        record({**bench_extractive_inprocess(args.runs or 3, args.reports), **machine})
    if args.what in ("model", "all"):
        configs = [c for c in args.configs.split(",") if c]
        unknown = set(configs) - set(MODEL_CONFIGS)
        if unknown:
            ap.error(f"unknown configs: {', '.join(sorted(unknown))}")
        threads = {"torch": args.torch_threads or args.threads, "ct2": args.ct2_threads or args.threads}
        record({**bench_model(args.runs or 3, args.new_tokens, args.beams, configs, threads), **machine})
    if args.what == "ray":
        # Not part of `all`: it needs the [ray] extra. ray_bench.py records its own results.
        for what in (["extractive", "-n", str(args.reports), "--repeat", str(args.runs or 3)], ["model"]):
            subprocess.run([PYTHON, str(BENCH / "ray_bench.py"), *what], check=True, cwd=ROOT)
    if args.what in ("ratios", "all"):
        threads = {"torch": args.torch_threads or args.threads, "ct2": args.ct2_threads or args.threads}
        record({**bench_ratios(args.runs or 3, args.new_tokens, args.beams, 8, threads, args.input_tokens), **machine})
    return 0


if __name__ == "__main__":
    sys.exit(main())
