"""The Ray executor: a batch briefed by a pool of actors on a Ray cluster (``--executor ray``).

The runner does everything but the briefing itself, exactly as for a local run: it lists
the inputs, skips those the manifest shows done, records each outcome in the manifest as
it arrives, and writes the index, the digest and ``errors.jsonl``. This module only turns
the jobs left to do into outcomes:

* the jobs go into a Ray Dataset, one row per chunk of ``batch_size`` jobs (the chunks a
  local run feeds its model), and ``map_batches`` hands the rows to an actor pool;
* each actor builds one :class:`~briefing.pipeline.Briefer` when it starts, so a model
  loads once per actor (on a GPU of its own with ``--device cuda``), and runs the same
  :class:`~briefing.batch.worker.Processor` as a local run on each chunk: read, brief,
  render, and write each output into OUT_DIR through a temporary file and a rename;
* the actor returns the chunk's outcomes (manifest entries or error records) as JSON, and
  the driver yields them to the runner as they arrive.

Why the actors write the outputs rather than send them to the driver: the write is the
same code as a local run's, so the files are the same bytes; writing spreads over the
nodes instead of funnelling through one process; and the order "outputs renamed into
place, then the manifest line" still holds, because the driver writes a line only once
the actor has returned. A kill at any moment therefore leaves whole files and a manifest
that lists only finished inputs, as a local run does, and either executor can resume the
other's run. The price is that IN_DIR and OUT_DIR must be on a file system every node
mounts at the same path (see the README's "On a cluster").

The settings fingerprint is decided before any actor starts (the manifest check needs
it), without loading the model on the driver (which may have no GPU, or no room for it):
the driver finds the model as a local run would and predicts what the actors' engine
will call itself. Each actor then checks that prediction against its own loaded engine,
and the run stops with :class:`~briefing.errors.ClusterError` if a node would brief
differently (another briefing version, another model found), before it writes anything.

Ray is imported only here, and only when this executor is used.
"""
from __future__ import annotations

import importlib
import json
import logging
import os
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefing.batch.manifest import fingerprint
from briefing.batch.worker import Job, Outcome, Processor, error_record, settings_of
from briefing.errors import BriefingError, ClusterError, DependencyError, ModelError
from briefing.pipeline import Briefer

log = logging.getLogger("briefing")

#: The command that installs what this executor needs.
RAY_INSTALL = "pip install 'briefing-vn[ray]'"

#: Variables that decide which model a Briefer finds. Those set on the driver are passed
#: on to the actors, so that a node finds the model the driver planned for.
MODEL_ENV = ("BRIEFING_MODEL", "BRIEFING_MODELS_DIR", "BRIEFING_CACHE", "HF_HOME", "HF_HUB_CACHE",
             "HF_HUB_OFFLINE", "XDG_DATA_HOME")

#: How often Ray runs a chunk again when its worker died (out of memory, a crash, a node
#: lost) before the chunk is dropped. Ray Data's default, forever, would never end on a
#: report that kills its worker; a dropped chunk is retried one report at a time (see
#: RayExecutor.execute), so only that report is lost.
TASK_RETRIES = 2

#: Rows per Ray block for the extractive engine: a chunk takes tens of milliseconds there,
#: so several chunks go in one Ray task to keep the per-task cost small. A model's chunk
#: takes seconds and gets a block of its own, so progress moves with every chunk.
EXTRACTIVE_BLOCKS_PER_ACTOR = 16


class WorkerLost(RuntimeError):
    """A report whose Ray worker died every time it was tried (recorded, not raised)."""


def check_address(address: str | None) -> None:
    """Refuse a Ray Client address (``ray://``), which Ray Data cannot run through.

    Ray Data's streaming executor needs the driver's core worker, which a Ray Client
    connection does not have (ray-project/ray#34770, #39860): the run would fail at its
    first block. A run of this size belongs on the cluster anyway, as a Ray job that
    outlives the connection that started it.
    """
    if address and address.strip().lower().startswith("ray://"):
        raise ClusterError(f"{address} is a Ray Client address, through which Ray Data cannot run; run the batch "
                           "on the cluster instead: ray job submit --address http://HEAD:8265 -- "
                           "briefing batch IN -o OUT --executor ray (it joins the cluster through $RAY_ADDRESS), "
                           "or pass the cluster's own address (HEAD:6379, or auto on a node)")


def require_ray() -> Any:
    """The ``ray`` module with Ray Data importable, or :class:`DependencyError` saying how to
    install it."""
    try:
        ray = importlib.import_module("ray")
        importlib.import_module("ray.data")  # needs pyarrow, pandas: the [data] extra
    except ImportError as exc:
        raise DependencyError(f"--executor ray needs Ray Data; install it with: {RAY_INSTALL} ({exc})") from exc
    return ray


@dataclass(frozen=True)
class Plan:
    """What the actors will run, decided on the driver without loading a model."""

    #: What the actors' engine will call itself (``Summarizer.describe()``).
    engine: str
    uses_model: bool
    #: The device the actors pass to their Briefer (``None``: no model).
    device: str | None = None
    #: ``--engine auto`` found no model here: the actors use the extractive engine even on
    #: a node that finds one, so every report is briefed alike.
    extractive_fallback: bool = False


class RayExecutor:
    """Briefs the jobs in an actor pool on a Ray cluster; see the module docstring."""

    name = "ray"

    def __init__(self, briefer: Mapping[str, Any], *, batch_size: int = 8, address: str | None = None,
                 actors: int | None = None, notice: Callable[[str], None] = log.warning) -> None:
        if actors is not None and actors < 1:
            raise BriefingError(f"--actors must be at least 1, not {actors}")
        check_address(address)
        self.kwargs = dict(briefer)
        self.batch_size = max(1, batch_size)
        self.address = address
        self.actors = actors
        self.notice = notice
        # Only its settings are read on the driver: the model is loaded by the actors.
        self.driver_briefer = Briefer(**self.kwargs, on_notice=notice)
        self._ray: Any = None
        self._owns_ray = False
        self._plan: Plan | None = None
        self._settings: dict[str, Any] | None = None
        self._quieted: list[tuple[logging.Logger, int]] = []

    # -- the Executor protocol ------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        if self._settings is None:
            self._settings = settings_of(self.driver_briefer, engine=self.plan().engine)
        return self._settings

    def execute(self, todo: Sequence[Job], out_dir: str, settings: str) -> Iterator[Outcome]:
        if not todo:
            return
        expected = self.settings()  # what ``settings`` is the fingerprint of; each actor checks it
        ray = self.connect()
        pending = {j.key: j for j in todo}
        for retry in (False, True):
            if not pending:
                break
            if retry:
                log.warning("%d report(s) were lost with a Ray worker; trying them again one at a time", len(pending))
            for outcome in self._run(ray, list(pending.values()), os.path.abspath(out_dir), expected, retry=retry):
                # pop: a chunk Ray ran twice (an actor lost after it returned) counts once.
                if pending.pop(outcome.key, None) is not None:
                    yield outcome
        for job in pending.values():
            exc = WorkerLost(f"the Ray worker briefing it died each of the {2 * (TASK_RETRIES + 1)} times it was "
                             "tried (out of memory, or a crash); see the Ray logs of its node")
            yield Outcome(job.key, error=error_record(job.key, exc))

    def close(self) -> None:
        for logger, level in self._quieted:
            logger.setLevel(level)
        self._quieted.clear()
        if self._owns_ray and self._ray is not None:
            self._ray.shutdown()
        self._ray, self._owns_ray = None, False

    # -- planning ----------------------------------------------------------------------
    def plan(self) -> Plan:
        """Which engine the actors run and on what device (see the module docstring)."""
        if self._plan is None:
            self._plan = self._make_plan()
        return self._plan

    def _make_plan(self) -> Plan:
        kw = self.kwargs
        given = kw.get("summarizer")
        if given is not None:  # a ready engine (Python API): it travels to the actors pickled
            return Plan(given.describe(), given.name != "extractive", kw.get("device"))
        engine = kw.get("engine", "auto")
        if engine == "extractive":
            from briefing.summarize import ExtractiveSummarizer

            return Plan(ExtractiveSummarizer().describe(), False)
        from briefing.summarize.resolve import resolve_model

        resolved = resolve_model(kw.get("model"))
        if resolved is None:
            from briefing.summarize import load_summarizer

            # No model on this machine: load_summarizer then raises what a local run raises
            # (the abstractive engine asked for), or gives the extractive engine with the
            # same notice; either way nothing heavy is loaded.
            fallback = load_summarizer(engine, kw.get("model"), on_notice=self.notice)
            return Plan(fallback.describe(), False, extractive_fallback=True)
        device = self._device()
        # The form AbstractiveSummarizer.describe() gives; each actor checks it against its
        # loaded engine, so a change there stops a run instead of mislabelling outputs.
        return Plan(f"abstractive ({resolved.name}, {kw.get('backend', 'torch')} on {device})", True, device)

    def _device(self) -> str:
        asked = self.kwargs.get("device")
        if asked in ("cpu", "cuda"):
            return str(asked)
        # auto: CUDA when the cluster has GPUs, as a local run picks CUDA when it sees one.
        return "cuda" if self.connect().cluster_resources().get("GPU", 0) >= 1 else "cpu"

    # -- Ray ---------------------------------------------------------------------------
    def connect(self) -> Any:
        """Ray, connected: a session this process already opened, the cluster at
        ``address``, or a local Ray started for this run (shut down by :meth:`close`)."""
        if self._ray is not None:
            return self._ray
        ray = require_ray()
        verbose = log.isEnabledFor(logging.INFO)
        if not ray.is_initialized():
            # Ray's own start-up and shut-down chatter stays out of our stderr unless -v.
            opts: dict[str, Any] = {"logging_level": logging.INFO if verbose else logging.ERROR,
                                    "log_to_driver": verbose}
            try:
                if self.address:
                    ray.init(address=self.address, **opts)
                else:
                    # "local": always a new Ray for this run, never one found running.
                    ray.init(address="local", include_dashboard=False, **opts)
            except Exception as exc:  # Ray raises ConnectionError, RuntimeError, ValueError…
                where = f"join the Ray cluster at {self.address}" if self.address else "start a local Ray"
                raise ClusterError(f"cannot {where} ({_first_line(exc)})") from exc
            self._owns_ray = True
        if not verbose:
            for name in ("ray", "ray.data"):
                logger = logging.getLogger(name)
                self._quieted.append((logger, logger.level))
                logger.setLevel(logging.CRITICAL)
        self._ray = ray
        return ray

    def _pool(self, ray: Any, plan: Plan) -> tuple[int, dict[str, Any]]:
        """Actors in the pool and what each one asks Ray for."""
        resources = ray.cluster_resources()
        if plan.uses_model and plan.device == "cuda":
            gpus = int(resources.get("GPU", 0))
            if gpus == 0 and self.actors is None:
                raise ModelError("--device cuda was asked for, but the Ray cluster has no GPU "
                                 "(pass --actors N to wait for GPU nodes an autoscaler will add)")
            return self.actors or gpus, {"num_gpus": 1, "num_cpus": 1}
        cpus = max(1, int(self.kwargs.get("threads") or 1))
        return self.actors or max(1, int(resources.get("CPU", 1)) // cpus), {"num_cpus": cpus}

    def _run(self, ray: Any, jobs: list[Job], out_dir: str, expected: dict[str, Any], *,
             retry: bool = False) -> Iterator[Outcome]:
        """Outcomes of ``jobs`` as Ray returns them; a chunk Ray gave up on has none.

        First pass: chunks of ``batch_size`` through the actor pool. Retry pass: one report
        per Ray task, so that a report that kills its worker takes no other with it (an
        actor would also lose the chunks queued on it); the Briefer is then kept per worker
        process (:func:`brief_task`), so a model still loads once per process.
        """
        import ray.data as rd

        plan = self.plan()
        size, resources = self._pool(ray, plan)
        chunk = 1 if retry else self.batch_size
        rows = [{"jobs": json.dumps([j.to_dict() for j in jobs[i:i + chunk]], ensure_ascii=False)}
                for i in range(0, len(jobs), chunk)]
        size = min(size, len(rows))
        blocks = len(rows) if plan.uses_model or retry else min(len(rows), size * EXTRACTIVE_BLOCKS_PER_ACTOR)
        kwargs = dict(self.kwargs)
        if plan.uses_model:
            kwargs["device"] = plan.device
        if "num_gpus" not in resources:
            kwargs["threads"] = resources["num_cpus"]
        config = {"briefer": kwargs, "out_dir": out_dir, "expected": expected, "base": os.getcwd(),
                  "extractive": plan.extractive_fallback}
        env = {k: os.environ[k] for k in MODEL_ENV if k in os.environ}
        log.info("briefing %d report(s) on Ray: %d %s, %s each", len(jobs), size, "task(s)" if retry else "actor(s)",
                 ", ".join(f"{k}={v}" for k, v in resources.items()))
        common: dict[str, Any] = {"batch_size": 1, "batch_format": "numpy",
                                  "runtime_env": {"env_vars": env} if env else None, **resources}
        ctx = rd.DataContext.get_current()
        # Set while the dataset is built (it keeps a copy), then put back, so that a Ray
        # session the caller owns keeps its own settings.
        saved = {k: getattr(ctx, k) for k in ("enable_progress_bars", "print_on_execution_start",
                                               "max_errored_blocks") if hasattr(ctx, k)}
        try:
            ctx.enable_progress_bars = False  # the runner's own bar, as for a local run
            if "print_on_execution_start" in saved:
                ctx.print_on_execution_start = False
            # A chunk Ray gave up on is dropped, not fatal: its reports have no outcome and
            # go to the retry pass (see execute).
            ctx.max_errored_blocks = -1
            # Any: Ray's stubs type from_items as a MaterializedDataset, map_batches as a Dataset.
            ds: Any = rd.from_items(rows, override_num_blocks=blocks)
            with warnings.catch_warnings():
                # The retry limits have no named parameter in Ray 2.60; passing them as remote
                # arguments is the documented way, and warns.
                warnings.simplefilter("ignore")
                if retry:
                    ds = ds.map_batches(brief_task, fn_kwargs={"config": config},
                                        compute=rd.TaskPoolStrategy(size=size), max_retries=TASK_RETRIES, **common)
                else:
                    # initial_size: every actor asked for at once; min_size 1: the run starts
                    # with what fits instead of waiting for all of them.
                    ds = ds.map_batches(BriefActor, fn_constructor_kwargs=config,
                                        compute=rd.ActorPoolStrategy(min_size=1, max_size=size, initial_size=size),
                                        max_task_retries=TASK_RETRIES, **common)
        finally:
            for k, v in saved.items():
                setattr(ctx, k, v)
        try:
            for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
                for text in batch["outcomes"]:
                    data = json.loads(text)
                    if isinstance(data, dict):
                        _raise_fatal(data)
                    for d in data:
                        yield Outcome.from_dict(d)
        except ray.exceptions.RayError as exc:
            raise ClusterError(f"the Ray run failed ({_first_line(exc)})") from exc


class BriefActor:
    """One Ray actor of the pool: one Briefer, built once when the actor starts.

    A failure to start (no model on this node, no GPU, other settings than the driver
    planned) is not raised here, where Ray would retry the actor again and again, but
    answered to every call, so the driver stops the run with that error.
    """

    def __init__(self, briefer: dict[str, Any], out_dir: str, expected: dict[str, Any], base: str,
                 extractive: bool) -> None:
        logging.getLogger("briefing").setLevel(logging.ERROR)  # notices were shown by the driver
        self.failure: dict[str, Any] | None = None
        self.processor: Processor | None = None
        try:
            if extractive:
                from briefing.summarize import ExtractiveSummarizer

                briefer = {**briefer, "summarizer": ExtractiveSummarizer()}
            b = Briefer(**briefer)
            actual = settings_of(b)  # loads the model
            if actual != expected:
                diff = "; ".join(f"{k}: {actual.get(k)!r} here, {expected.get(k)!r} planned"
                                 for k in sorted(set(actual) | set(expected)) if actual.get(k) != expected.get(k))
                raise ClusterError(f"a Ray node would brief with other settings than the driver planned ({diff}); "
                                   "install the same briefing version and make the same model visible on every node")
            self.processor = Processor(b, out_dir, fingerprint(expected), base=base)
        except Exception as exc:  # noqa: BLE001 - reported to the driver, which stops the run
            self.failure = {"fatal": type(exc).__name__, "message": getattr(exc, "message", None) or str(exc),
                            "path": getattr(exc, "path", None), "node": os.uname().nodename}

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        out: list[str] = []
        for text in batch["jobs"]:
            if self.processor is None:
                out.append(json.dumps(self.failure, ensure_ascii=False))
                continue
            jobs = [Job.from_dict(d) for d in json.loads(text)]
            out.append(json.dumps([o.to_dict() for o in self.processor.run(jobs)], ensure_ascii=False))
        return {"outcomes": np.array(out, dtype=object)}


#: The BriefActor of each configuration seen by this worker process (retry pass).
_TASK_STATE: dict[str, BriefActor] = {}


def brief_task(batch: dict[str, Any], *, config: dict[str, Any]) -> dict[str, Any]:
    """The retry pass's Ray task: a BriefActor kept for the life of the worker process."""
    key = json.dumps(config, sort_keys=True, default=repr)
    if key not in _TASK_STATE:
        _TASK_STATE[key] = BriefActor(**config)
    return _TASK_STATE[key](batch)


def _raise_fatal(failure: Mapping[str, Any]) -> None:
    """Raise on the driver the error an actor met when it started."""
    from briefing import errors

    cls = getattr(errors, str(failure.get("fatal")), None)
    message = str(failure.get("message"))
    if isinstance(cls, type) and issubclass(cls, BriefingError):
        raise cls(message, path=failure.get("path"))
    raise ClusterError(f"a Ray actor on {failure.get('node')} could not start: {failure.get('fatal')}: {message}")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
