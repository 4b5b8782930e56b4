"""Batch runs over folders: resumable, in parallel, with a task index across reports.

>>> from briefing.batch import BatchOptions, run_batch
>>> result = run_batch("reports/", "briefings/", BatchOptions(recursive=True))  # doctest: +SKIP
>>> result.exit_code  # doctest: +SKIP
0

Modules: :mod:`~briefing.batch.paths` (finding inputs, safe output names),
:mod:`~briefing.batch.fsio` (atomic writes), :mod:`~briefing.batch.manifest` (hashes,
settings, resume), :mod:`~briefing.batch.worker` (briefing a chunk of inputs),
:mod:`~briefing.batch.runner` (the run), :mod:`~briefing.batch.local` and
:mod:`~briefing.batch.ray_executor` (where the briefing runs: this machine, or a Ray
cluster) and :mod:`~briefing.batch.index` (tasks.csv, tasks.jsonl, digest.md).
"""
from __future__ import annotations

from briefing.batch.runner import BatchOptions, BatchResult, run_batch

__all__ = ["BatchOptions", "BatchResult", "run_batch"]
