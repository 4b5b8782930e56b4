"""SIGKILL a batch mid-run, rerun it, and get exactly what a clean run gives."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.batch.fsio import TMP_SUFFIX

from .conftest import manifest_lines, slow_hook, snapshot, write_tree

SLOW_HOOK = slow_hook(0.02)


def _cli(*args: str, hook: Path | None = None) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    if hook is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(hook), env.get("PYTHONPATH", "")])
    return subprocess.Popen([sys.executable, "-m", "briefing", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True, env=env)


@pytest.mark.slow
@pytest.mark.parametrize(("kill_after", "workers"), [(3, 1), (17, 1), (10, 2)])
def test_killed_batch_resumes_to_the_clean_result(tmp_path: Path, kill_after: int, workers: int) -> None:
    src = tmp_path / "in"
    write_tree(src, [f"{m}/bao-cao-{i:02d}.txt" for m in ("thang1", "thang2") for i in range(15)])
    (src / "hong.txt").write_bytes(b"%PDF-1.4 binary")
    args = ["batch", str(src), "--recursive", "--engine", "extractive", "-f", "json,md", "-q", "-j", str(workers)]
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SLOW_HOOK, encoding="utf-8")

    clean = tmp_path / "clean"
    assert subprocess.run([sys.executable, "-m", "briefing", *args, "-o", str(clean)],
                          check=False, capture_output=True).returncode == 3

    out = tmp_path / "out"
    proc = _cli(*args, "-o", str(out), hook=hook)
    deadline = time.monotonic() + 30
    while manifest_lines(out) < kill_after and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: workers die too
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    # What a kill leaves is whole: every output that exists parses, none is half-written.
    for p in out.rglob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))
    assert manifest_lines(out) < 31

    rerun = _cli(*args, "-o", str(out))
    assert rerun.wait(timeout=60) == 3, rerun.stderr.read() if rerun.stderr else ""
    assert not [p for p in out.rglob("*") if p.name.endswith(TMP_SUFFIX)]
    assert snapshot(out) == snapshot(clean)


# Makes a *worker* die abruptly on one input, as the OOM killer would.
DYING_WORKER_HOOK = """
import multiprocessing, os
import briefing.batch.worker as w
_read = w.Processor.read
def read(self, path):
    if "chet" in path and multiprocessing.parent_process() is not None:
        os._exit(1)
    return _read(self, path)
w.Processor.read = read
"""


@pytest.mark.slow
def test_a_dead_worker_does_not_lose_the_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_tree(src, [f"bao-cao-{i:02d}.txt" for i in range(8)] + ["chet.txt"])
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(DYING_WORKER_HOOK, encoding="utf-8")
    out = tmp_path / "out"
    proc = _cli("batch", str(src), "-o", str(out), "--engine", "extractive", "-j", "2", hook=hook)
    assert proc.wait(timeout=60) == 0
    assert b"worker process died" in (proc.stderr.read() if proc.stderr else b"")
    assert len(list(out.glob("*.json"))) == 9
