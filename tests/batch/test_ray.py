"""``--executor ray``: the same OUT_DIR as the local executor, resumable by either one.

The tests that run Ray share one local Ray (2 CPUs) per module and are skipped, with the
reason, when Ray Data is not installed (``pip install 'briefing-vn[ray]'``). The actor's
start-up checks run without Ray.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefing.batch import BatchOptions, BatchResult, run_batch
from briefing.batch.ray_executor import BriefActor, WorkerLost, _raise_fatal
from briefing.batch.worker import Job, settings_of
from briefing.errors import EXIT_PARTIAL, ClusterError, ModelNotFoundError
from briefing.pipeline import Briefer

from .conftest import manifest_lines, slow_hook, snapshot, write_tree

EXTRACTIVE = {"engine": "extractive"}

# Ray Data's own deprecation notices, raised inside Ray when it copies its context.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

# Makes a Ray worker die on one input, as the OOM killer would. Loaded by the workers only:
# they start after the fixture sets PYTHONPATH, this process started before.
DYING_WORKER_HOOK = """
import os
import briefing.batch.worker as w
_read = w.Processor.read
def read(self, path):
    if "chet" in path:
        os._exit(1)
    return _read(self, path)
w.Processor.read = read
"""

#: Keeps a Ray started by these tests from reporting usage, or wrapping workers in `uv run`.
RAY_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_ENABLE_UV_RUN_RUNTIME_ENV": "0"}


@pytest.fixture(scope="module")
def ray_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One local Ray with 2 CPUs for the module; the executor uses it and leaves it open."""
    pytest.importorskip("ray.data", reason="the Ray executor needs Ray Data: pip install 'briefing-vn[ray]'")
    import ray

    hook = tmp_path_factory.mktemp("ray-hook")
    (hook / "sitecustomize.py").write_text(DYING_WORKER_HOOK, encoding="utf-8")
    saved = {k: os.environ.get(k) for k in [*RAY_ENV, "PYTHONPATH"]}
    os.environ.update(RAY_ENV)
    # The workers inherit the environment Ray starts with; this process keeps its own.
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in [str(hook), saved["PYTHONPATH"] or ""] if p)
    try:
        ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False,
                 logging_level=logging.ERROR)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    yield ray
    ray.shutdown()


def _run(src: Path, out: Path, **kw: Any) -> BatchResult:
    kw.setdefault("briefer", EXTRACTIVE)
    return run_batch(src, out, BatchOptions(recursive=True, **kw), on_notice=lambda _m: None)


@pytest.fixture
def bad_tree(tree: Path) -> Path:
    (tree / "hong.txt").write_bytes(b"%PDF-1.4 binary")
    return tree


def test_ray_leaves_what_local_leaves_and_a_rerun_skips(ray_session: Any, bad_tree: Path, tmp_path: Path) -> None:
    local = _run(bad_tree, tmp_path / "local")
    ray = _run(bad_tree, tmp_path / "ray", executor="ray", actors=2, batch_size=2)
    assert (local.briefed, local.failed, local.exit_code) == (5, 1, EXIT_PARTIAL)
    assert (ray.briefed, ray.failed, ray.exit_code) == (5, 1, EXIT_PARTIAL)
    assert ray.errors == local.errors and ray.errors[0]["code"] == "B102"
    done = snapshot(tmp_path / "ray")
    assert done == snapshot(tmp_path / "local")  # briefings, tasks.*, digest, errors, manifest

    again = _run(bad_tree, tmp_path / "ray", executor="ray")
    assert (again.briefed, again.skipped, again.failed) == (0, 5, 1)
    assert snapshot(tmp_path / "ray") == done


def test_each_executor_resumes_the_others_run(ray_session: Any, bad_tree: Path, tmp_path: Path) -> None:
    _run(bad_tree, tmp_path / "clean")
    clean = snapshot(tmp_path / "clean")
    for first, then in (("local", "ray"), ("ray", "local")):
        out = tmp_path / f"{first}-then-{then}"
        part = _run(bad_tree, out, executor=first, globs=("thang3/*.txt",))  # a run cut short
        assert part.briefed == 2
        rest = _run(bad_tree, out, executor=then)
        assert (rest.briefed, rest.skipped, rest.failed) == (3, 2, 1), (first, then)
        assert snapshot(out) == clean, (first, then)


def test_a_report_that_kills_its_worker_is_recorded_and_its_chunk_briefed(ray_session: Any, tree: Path,
                                                                         tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.batch import ray_executor

    monkeypatch.setattr(ray_executor, "TASK_RETRIES", 0)  # each pass tries once: the test stays short
    (tree / "chet.txt").write_text((tree / "a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    r = _run(tree, tmp_path / "out", executor="ray", actors=2, batch_size=8)  # one chunk: all six
    assert (r.briefed, r.failed) == (5, 1)
    assert r.errors[0]["path"] == "chet.txt" and r.errors[0]["error"] == WorkerLost.__name__
    assert snapshot(tmp_path / "out")["a.json"]  # the five others of its chunk are briefed


def test_a_model_loads_in_the_actors_and_briefs_as_in_one_process(ray_session: Any, tree: Path,
                                                                  tmp_path_factory: pytest.TempPathFactory,
                                                                  tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    from tests.summarize import tiny_models

    root = tmp_path_factory.mktemp("tiny")
    model = tiny_models.build("t5", tiny_models.train_sentencepiece(root / "spm", "Báo cáo."), root / "t5")
    briefer = {"engine": "abstractive", "model": str(model), "device": "cpu", "threads": 1}
    local = _run(tree, tmp_path / "local", briefer=briefer, batch_size=2)
    # One actor: each one imports torch, which is most of this test's time on two cores.
    ray = _run(tree, tmp_path / "ray", briefer=briefer, batch_size=2, executor="ray", actors=1)
    assert (local.briefed, ray.briefed) == (5, 5)
    assert '"engine": "abstractive"' in (tmp_path / "ray" / "a.json").read_text(encoding="utf-8")
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")


# Slows each report down in the Ray workers, so that a kill lands mid-run.
SLOW_HOOK = slow_hook(0.3)


@pytest.mark.slow
def test_a_killed_ray_run_is_finished_by_a_local_one(ray_session: Any, bad_tree: Path, tmp_path: Path) -> None:
    """The command as a user runs it, with its own local Ray, SIGKILLed mid-run (the whole
    process group: the command, its Ray and the actors); a local run then finishes the job
    and leaves what a clean run leaves."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(SLOW_HOOK, encoding="utf-8")
    env = {**os.environ, **RAY_ENV, "PYTHONPATH": os.pathsep.join(p for p in [str(hook), os.environ.get("PYTHONPATH")] if p)}
    env.pop("RAY_ADDRESS", None)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "batch", str(bad_tree), "-o", str(out), "-r",
                             "--engine", "extractive", "--executor", "ray", "--actors", "1", "--batch-size", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True)
    deadline = time.monotonic() + 90
    while manifest_lines(out) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    # Nothing on stderr but Ray's one line about actor arguments (see the README): no Ray
    # start-up lines, no Ray Data progress bars.
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert [x for x in err.splitlines() if "constructor arguments in the object store" not in x] == []
    for p in out.rglob("*.json"):  # what the kill left is whole
        json.loads(p.read_text(encoding="utf-8"))
    assert 2 <= manifest_lines(out) < 5

    rest = _run(bad_tree, out)  # the local executor
    assert (rest.skipped + rest.briefed, rest.failed) == (5, 1) and rest.skipped >= 2
    _run(bad_tree, tmp_path / "clean")
    assert snapshot(out) == snapshot(tmp_path / "clean")


# -- the actor's start-up, without Ray -----------------------------------------------------
def _expected(**briefer: Any) -> dict[str, Any]:
    return settings_of(Briefer(**briefer))


def test_an_actor_that_would_brief_otherwise_stops_the_run(tmp_path: Path) -> None:
    planned = _expected(engine="extractive", max_chars=1000)
    actor = BriefActor({"engine": "extractive"}, str(tmp_path), planned, str(tmp_path), False)
    (failure,) = [json.loads(x) for x in actor({"jobs": ["[]"]})["outcomes"]]
    with pytest.raises(ClusterError, match="max_chars: 2000000 here, 1000 planned"):
        _raise_fatal(failure)


def test_a_model_missing_on_a_node_is_the_error_a_local_run_gives(tmp_path: Path) -> None:
    actor = BriefActor({"engine": "abstractive", "model": "vit5-base"}, str(tmp_path), {}, str(tmp_path), False)
    assert actor.failure is not None
    with pytest.raises(ModelNotFoundError):
        _raise_fatal(actor.failure)


def test_an_actor_reads_relative_paths_from_the_drivers_folder(tmp_path: Path) -> None:
    write_tree(tmp_path / "in", ["a.txt"])
    planned = _expected(engine="auto")
    # engine auto, no model here: the driver planned the extractive engine, and so does the actor.
    actor = BriefActor({"engine": "auto"}, str(tmp_path / "out"), planned, str(tmp_path), True)
    job = Job(key="a.txt", path="in/a.txt", outputs={"json": "a.json"})
    (row,) = actor({"jobs": [json.dumps([job.to_dict()])]})["outcomes"]
    (outcome,) = json.loads(row)
    assert outcome["error"] is None and outcome["entry"]["key"] == "a.txt"
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["source"] == "in/a.txt"
