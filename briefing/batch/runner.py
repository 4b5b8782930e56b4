"""``run_batch``: brief every report under IN_DIR into OUT_DIR, resumably.

Order of a run: check OUT_DIR, sweep temporaries a killed run left, find the inputs, skip
those the manifest shows done, brief the rest through an executor, then write the task
index, the digest and a compacted manifest. Each input's outputs are renamed into place
before its manifest line is written, so a kill at any moment leaves only whole files, and a
rerun redoes exactly the inputs with no manifest line.

Executors (:class:`Executor`) only turn jobs into outcomes: :mod:`~briefing.batch.local`
(this process, or worker processes for the extractive engine) and
:mod:`~briefing.batch.ray_executor` (an actor pool on a Ray cluster). Both run the same
:class:`~briefing.batch.worker.Processor` on each job, and everything else (listing,
manifest, index, digest, errors) is done here, once, in this process, so the OUT_DIR a run
leaves does not depend on the executor, and either can resume the other's run.
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from briefing.batch import index
from briefing.batch.fsio import atomic_write, ensure_writable, exclusive, sweep_temporaries
from briefing.batch.manifest import Manifest, fingerprint
from briefing.batch.paths import RESERVED_NAMES, Input, discover, is_inside, output_path
from briefing.batch.worker import Job, Outcome, error_record, settings_of
from briefing.errors import EXIT_OK, EXIT_PARTIAL, BriefingError, InputError, OutputError
from briefing.render import FORMATS

__all__ = ["EXECUTORS", "BatchOptions", "BatchResult", "Executor", "run_batch", "settings_of"]

log = logging.getLogger("briefing")

ERRORS_NAME = "errors.jsonl"

#: Where the briefing work runs: this machine, or a Ray cluster (``briefing-vn[ray]``).
EXECUTORS = ("local", "ray")


@dataclass(frozen=True)
class BatchOptions:
    recursive: bool = False
    #: ``--glob`` patterns; empty means the formats briefing reads (.txt, .html, .docx).
    globs: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("json", "md")
    #: Worker processes for the extractive engine (a model always runs in this process).
    workers: int = 1
    force: bool = False
    #: Documents per summarizer call (a model batches them) and per pool task.
    batch_size: int = 8
    #: Show a tqdm bar (done/total, rate, time left) on stderr.
    progress: bool = False
    #: :class:`Briefer` keyword arguments (engine, model, backend, device, threads, max_chars).
    briefer: Mapping[str, Any] = field(default_factory=dict)
    #: ``"local"`` or ``"ray"``: see :data:`EXECUTORS`.
    executor: str = "local"
    #: Ray: the cluster to join (``"auto"``, ``"HEAD:6379"``; not a ``ray://`` Ray Client
    #: address, which Ray Data cannot run through); ``None`` starts a local Ray for the run
    #: (a Ray session this process already opened is used as it is).
    address: str | None = None
    #: Ray: actors in the pool (``None``: as many as the cluster's CPUs, or GPUs with CUDA, hold).
    actors: int | None = None


class Executor(Protocol):
    """Where inputs are briefed. The runner lists the inputs, keeps the manifest, and writes
    the index and digest; an executor only turns jobs into outcomes (each outcome's outputs
    already in place), so every executor leaves the same OUT_DIR."""

    name: str

    def settings(self) -> dict[str, Any]:
        """What shapes the briefings (see :func:`settings_of`); raises when the engine asked
        for cannot be used."""

    def execute(self, todo: Sequence[Job], out_dir: str, settings: str) -> Iterator[Outcome]:
        """One outcome per job of ``todo``, in any order, as each finishes."""

    def close(self) -> None:
        """Release what the executor started (a process pool, a local Ray)."""


@dataclass
class BatchResult:
    out_dir: str
    total: int = 0
    briefed: int = 0
    skipped: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.errors)

    @property
    def exit_code(self) -> int:
        """0 when every input is briefed (now or before), 3 when some failed."""
        return EXIT_PARTIAL if self.errors else EXIT_OK

    def summary_line(self) -> str:
        rate = f", {self.briefed / self.seconds:.1f}/s" if self.briefed and self.seconds > 0 else ""
        line = (f"{self.total} report(s): {self.briefed} briefed, {self.skipped} unchanged, "
                f"{self.failed} failed in {self.seconds:.1f} s{rate}")
        if self.errors:
            line += f" (see {os.path.join(self.out_dir, ERRORS_NAME)})"
        return line


def make_executor(options: BatchOptions, notice: Callable[[str], None]) -> Executor:
    """The executor ``options.executor`` names; Ray is imported only when asked for."""
    if options.executor == "local":
        from briefing.batch.local import LocalExecutor

        return LocalExecutor(options.briefer, workers=options.workers, batch_size=options.batch_size, notice=notice)
    if options.executor == "ray":
        from briefing.batch.ray_executor import RayExecutor

        if options.workers > 1:
            notice("workers are for the local executor; the ray executor sizes its pool with actors")

        return RayExecutor(options.briefer, batch_size=options.batch_size, address=options.address,
                           actors=options.actors, notice=notice)
    raise BriefingError(f"unknown executor {options.executor!r}; choose from {', '.join(EXECUTORS)}")


def run_batch(in_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str], options: BatchOptions = BatchOptions(),
              *, on_notice: Callable[[str], None] | None = None) -> BatchResult:
    """Brief every report under ``in_dir`` into ``out_dir``; see the module docstring.

    Raises :class:`~briefing.errors.InputError` when ``in_dir`` is not a folder and
    :class:`~briefing.errors.OutputError` when ``out_dir`` cannot be written at all; a
    failure of one input is recorded in the result and ``errors.jsonl`` instead.
    """
    started = time.perf_counter()
    notice = on_notice or log.warning
    src, dst = os.fspath(in_dir), os.fspath(out_dir)
    if not os.path.isdir(src):
        raise InputError("is not a folder", path=src)
    bad = [f for f in options.formats if f not in FORMATS]
    if bad or not options.formats:
        raise BriefingError(f"unknown format(s) {', '.join(bad) or '(none)'}; choose from {', '.join(FORMATS)}")
    if options.executor not in EXECUTORS:
        raise BriefingError(f"unknown executor {options.executor!r}; choose from {', '.join(EXECUTORS)}")
    if os.path.exists(dst) and os.path.realpath(dst) == os.path.realpath(src):
        raise OutputError("OUT_DIR must not be IN_DIR (outputs would mix with the reports)", path=dst)
    ensure_writable(dst)
    with exclusive(dst):
        return _run_locked(src, dst, options, notice, started)


def _run_locked(src: str, dst: str, options: BatchOptions, notice: Callable[[str], None],
                started: float) -> BatchResult:
    swept = sweep_temporaries(dst)
    if swept:
        log.info("removed %d temporary file(s) left by an interrupted run", swept)

    inputs = discover(src, recursive=options.recursive, globs=options.globs,
                      exclude=[dst] if is_inside(dst, src) else [])
    if not inputs:
        notice(f"no reports found in {src}" + ("" if options.recursive else " (use --recursive for subfolders)"))

    executor = make_executor(options, notice)
    try:
        return _brief_all(src, dst, inputs, executor, options, notice, started)
    finally:
        executor.close()


def _brief_all(src: str, dst: str, inputs: Sequence[Input], executor: Executor, options: BatchOptions,
               notice: Callable[[str], None], started: float) -> BatchResult:
    """The one path every executor shares: skip what is done, record each outcome as it
    arrives, then write the index, the digest and the compacted manifest."""
    fp = fingerprint(executor.settings())
    manifest = Manifest(dst).load()
    result = BatchResult(out_dir=dst, total=len(inputs))
    jobs = _plan(inputs, options.formats)
    if is_inside(src, dst):
        jobs = _refuse_outputs_in(src, dst, jobs, result)
    todo: list[Job] = []
    for job in jobs:
        if not options.force and manifest.is_current(job.key, _hash_or_none(job.path), fp, job.outputs):
            result.skipped += 1
        else:
            todo.append(job)

    errors_path = Path(dst, ERRORS_NAME)
    atomic_write(dst, ERRORS_NAME, "")  # errors.jsonl lists the failures of the latest run
    planned = {rel for j in jobs for rel in j.outputs.values()}
    todo_keys = {j.key for j in todo}
    done_keys = {j.key for j in jobs if j.key not in todo_keys}
    bar = _progress(len(todo), options.progress)
    manifest_warned = False
    try:
        with open(errors_path, "a", encoding="utf-8") as err_fh:
            for outcome in executor.execute(todo, dst, fp):
                if outcome.entry is not None:
                    old = manifest.entries.get(outcome.key)
                    try:
                        manifest.record(outcome.entry)
                    except OutputError as exc:
                        # The outputs are in place; without their line they are only redone
                        # on the next run, so this costs time, not results.
                        if not manifest_warned:
                            notice(f"{exc}; finished reports will be redone on the next run")
                            manifest_warned = True
                    _remove_stale(dst, old, outcome.entry, planned)
                    done_keys.add(outcome.key)
                    result.briefed += 1
                else:
                    assert outcome.error is not None
                    result.errors.append(outcome.error)
                    try:
                        err_fh.write(json.dumps(outcome.error, ensure_ascii=False) + "\n")
                        err_fh.flush()
                    except OSError:
                        pass  # a full disk: the error is still counted and written at the end
                if bar is not None:
                    bar.update(1)
                    if result.errors:
                        bar.set_postfix(failed=len(result.errors), refresh=False)
    finally:
        if bar is not None:
            bar.close()
        manifest.close()

    result.errors.sort(key=lambda e: e["path"])
    _write_index(dst, manifest, sorted(done_keys), result)
    manifest.compact(j.key for j in jobs)  # inputs gone from IN_DIR drop out
    result.seconds = time.perf_counter() - started
    return result


def _refuse_outputs_in(src: str, dst: str, jobs: list[Job], result: BatchResult) -> list[Job]:
    """The jobs whose outputs all stay out of IN_DIR; the others are recorded as failed.

    When OUT_DIR holds IN_DIR, the mirror of a subfolder of IN_DIR can fall inside IN_DIR
    itself (``OUT/in/in/r.txt`` is briefed to ``OUT/in/r.md``), where an output could
    overwrite a report (``-f text``: ``OUT/in/r.txt``) or be read back as one.
    """
    kept = []
    for job in jobs:
        if any(is_inside(os.path.join(dst, rel), src) for rel in job.outputs.values()):
            exc = OutputError("its output would be written inside IN_DIR, over or among the reports "
                              "(OUT_DIR holds IN_DIR); choose an OUT_DIR outside IN_DIR", path=job.key)
            result.errors.append(error_record(job.key, exc))
        else:
            kept.append(job)
    return kept


def _hash_or_none(path: str) -> str | None:
    from briefing.batch.manifest import content_hash
    from briefing.io import detect

    try:
        with open(path, "rb") as fh:
            # Bounded like the worker's read: a file over the limit is refused there (and
            # its error recorded), and reading a huge one whole here could exhaust memory.
            data = fh.read(detect.MAX_INPUT_BYTES + 1)
    except OSError:
        return None  # unreadable: not current, so it is tried (and its error recorded)
    return None if len(data) > detect.MAX_INPUT_BYTES else content_hash(data)


def _plan(inputs: Sequence[Input], formats: Sequence[str]) -> list[Job]:
    return [Job(key=i.key, path=i.path, outputs={f: output_path(i.out_stem, f) for f in dict.fromkeys(formats)})
            for i in inputs]


def _remove_stale(root: str, old: Mapping[str, Any] | None, new: Mapping[str, Any], planned: set[str]) -> None:
    """Delete an input's earlier outputs that its new outputs do not replace (a renamed
    output, or a format not asked for this time): they describe content that changed."""
    if not old:
        return
    keep = set(new.get("outputs", {}).values()) | planned
    for rel in (old.get("outputs") or {}).values():
        if isinstance(rel, str) and rel not in keep and rel not in RESERVED_NAMES:
            path = Path(root, rel)
            if is_inside(path.parent, root):
                path.unlink(missing_ok=True)


def _progress(total: int, enabled: bool) -> Any:
    if not enabled or total == 0:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="report", file=sys.stderr, dynamic_ncols=True, desc="briefing")


def _write_index(out_dir: str, manifest: Manifest, keys: Sequence[str], result: BatchResult) -> None:
    """tasks.csv, tasks.jsonl, digest.md and the final errors.jsonl, from the manifest."""
    rows = [r for k in keys for r in (manifest.entries.get(k) or {}).get("tasks", [])]
    atomic_write(out_dir, "tasks.csv", index.to_csv(rows))
    atomic_write(out_dir, "tasks.jsonl", index.to_jsonl(rows))
    atomic_write(out_dir, "digest.md", index.to_digest(rows, total_reports=len(keys)))
    atomic_write(out_dir, ERRORS_NAME, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in result.errors))
