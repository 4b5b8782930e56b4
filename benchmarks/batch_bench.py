"""Batch benchmark: ``briefing batch`` over generated reports with 1 and 2 workers.

    .venv/bin/python benchmarks/batch_bench.py [-n 1000] [--workers 1 2] [--repeat 3]

For each worker count it runs the real CLI (``python -m briefing batch IN -o OUT -r
--engine extractive -q -j N``) ``--repeat`` times into a fresh OUT_DIR and prints the
median wall time, reports per second and peak memory:

* ``tree MiB``: the largest sum of resident memory over the whole process tree (the CLI,
  the forkserver and the workers), sampled every 20 ms from /proc (Linux only);
* ``max proc MiB``: the largest resident memory of any one process of the tree (same);
* ``cpu s``: user + system CPU time of the whole tree (same sampling, so a process's last
  20 ms may be missed), which other load on the machine disturbs less than wall time; the
  load average is printed for that reason.

It ends with a rerun over a finished OUT_DIR (every report unchanged, all skipped), the
cost of resuming. Reports come from ``gen_reports.py`` (templates written for this).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_reports import generate  # noqa: E402

_TICK = os.sysconf("SC_CLK_TCK")


def _sample(pid: int, cpu: dict[int, float]) -> tuple[int, int]:
    """Resident memory of ``pid`` and all its descendants, in KiB: (sum, largest one).

    Also notes each process's CPU time so far in ``cpu`` (pid -> seconds), so time spent by
    workers is counted even though the CLI never waits for them itself (under forkserver
    they are the forkserver's children), which ``getrusage`` would miss.
    """
    total = largest = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                rss = next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            cpu[p] = (int(fields[11]) + int(fields[12])) / _TICK  # utime + stime
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError, StopIteration):
            continue
        total += rss
        largest = max(largest, rss)
    return total, largest


def run_once(src: Path, out: Path, workers: int) -> dict[str, float]:
    cmd = [sys.executable, "-m", "briefing", "batch", str(src), "-o", str(out), "-r", "--engine", "extractive",
           "-q", "-j", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak_tree = peak_one = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        tree, one = _sample(proc.pid, cpu)
        peak_tree, peak_one = max(peak_tree, tree), max(peak_one, one)
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 3):
        raise SystemExit(f"batch failed with exit code {proc.returncode}: {' '.join(cmd)}")
    return {"wall": wall, "tree_mib": peak_tree / 1024, "maxrss_mib": peak_one / 1024, "cpu": sum(cpu.values())}


def main() -> None:
    ap = argparse.ArgumentParser(description="briefing batch benchmark")
    ap.add_argument("-n", type=int, default=1000, help="reports to generate (default 1000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        src = Path(tmp, "in")
        generate(src, args.n, seed=args.seed)
        size = sum(p.stat().st_size for p in src.rglob("*.txt"))
        print(f"{args.n} generated reports, {size / args.n / 1024:.1f} KiB each on average; "
              f"{os.cpu_count()} CPUs; python {sys.version.split()[0]}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"{'workers':>7} {'median s':>9} {'reports/s':>10} {'cpu s':>7} {'tree MiB':>9} {'max proc MiB':>13}"
              "  runs (s)")
        last_out = None
        for w in args.workers:
            runs = []
            for r in range(args.repeat):
                last_out = Path(tmp, f"out-{w}-{r}")
                runs.append(run_once(src, last_out, w))
            med = statistics.median(x["wall"] for x in runs)
            walls = " ".join(f"{x['wall']:.2f}" for x in runs)
            cpu = statistics.median(x["cpu"] for x in runs)
            print(f"{w:>7} {med:>9.2f} {args.n / med:>10.1f} {cpu:>7.2f} {max(x['tree_mib'] for x in runs):>9.0f} "
                  f"{max(x['maxrss_mib'] for x in runs):>13.0f}  {walls}")
        if last_out is not None:
            again = run_once(src, last_out, args.workers[-1])
            print(f"rerun, all {args.n} unchanged (skipped): {again['wall']:.2f} s")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
