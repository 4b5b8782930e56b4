"""The local executor: this process, or a pool of processes on this machine.

A model is loaded once, in this process, and fed ``batch_size`` documents at a time; the
extractive engine is spread over ``workers`` processes. Either way each input goes through
:class:`~briefing.batch.worker.Processor`, which writes its outputs and returns an
:class:`~briefing.batch.worker.Outcome`; the runner records the outcomes.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from briefing.batch.worker import Job, Outcome, Processor, init_worker, run_chunk, settings_of
from briefing.pipeline import Briefer

log = logging.getLogger("briefing")


class LocalExecutor:
    """Runs the batch on this machine (``--executor local``, the default)."""

    name = "local"

    def __init__(self, briefer: Mapping[str, Any], *, workers: int = 1, batch_size: int = 8,
                 notice: Callable[[str], None] = log.warning) -> None:
        self.kwargs = dict(briefer)
        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)
        self.notice = notice
        self.briefer = Briefer(**self.kwargs, on_notice=notice)

    def settings(self) -> dict[str, Any]:
        # Loads the model when there is one: a model that cannot be used fails the run
        # here, before anything is written.
        return settings_of(self.briefer)

    def execute(self, todo: Sequence[Job], out_dir: str, settings: str) -> Iterator[Outcome]:
        """Outcomes of ``todo``, in the order they finish."""
        if not todo:
            return
        uses_model = self.briefer.summarizer.name != "extractive"
        if uses_model and self.workers > 1:
            self.notice("a model runs in one process, loaded once, with documents batched through it; "
                        "--workers ignored")
        if uses_model or self.workers == 1 or len(todo) == 1:
            chunk = self.batch_size if uses_model else 1
            proc = Processor(self.briefer, out_dir, settings)
            for start in range(0, len(todo), chunk):
                yield from proc.run(todo[start:start + chunk])
            return
        yield from self._pool(todo, out_dir, settings)

    def close(self) -> None:
        """Nothing to release: each pool is shut down in the ``finally`` of the run that made it."""

    def _pool(self, todo: Sequence[Job], out_dir: str, settings: str) -> Iterator[Outcome]:
        import multiprocessing as mp

        # Small chunks keep the workers evenly loaded and the progress bar moving; big enough
        # that sending a job costs little next to briefing it.
        chunk = max(1, min(self.batch_size, math.ceil(len(todo) / (self.workers * 4))))
        chunks = [list(todo[i:i + chunk]) for i in range(0, len(todo), chunk)]
        kwargs = dict(self.kwargs)
        kwargs["engine"] = "extractive"  # only the extractive engine is spread over processes
        # forkserver: workers start from a clean, preloaded server, not a fork of a process
        # that may hold threads (tqdm's monitor) or a loaded library.
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        ctx = mp.get_context(method)
        if method == "forkserver":
            ctx.set_forkserver_preload(["briefing.batch.worker"])
        ex = ProcessPoolExecutor(max_workers=min(self.workers, len(chunks)), mp_context=ctx,
                                 initializer=init_worker, initargs=(kwargs, out_dir, settings))
        pending: dict[Future[list[Outcome]], list[Job]] = {}
        try:
            for c in chunks:
                pending[ex.submit(run_chunk, c)] = c
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    jobs = pending.pop(fut)
                    try:
                        yield from fut.result()
                    except BrokenProcessPool:
                        # A worker died (killed, out of memory): the pool is unusable, but the run
                        # goes on here with every job not yet reported (a redone job rewrites the
                        # same files). An input that kills any process would kill this one too.
                        log.warning("a worker process died; briefing the rest in this process")
                        rest = jobs + [j for js in pending.values() for j in js]
                        pending.clear()
                        proc = Processor(Briefer(**kwargs), out_dir, settings)
                        for j in rest:
                            yield from proc.run([j])
                        return
        finally:
            ex.shutdown(wait=True, cancel_futures=True)
