"""``briefing batch``: brief a whole folder into another, resumably, with a task index."""
from __future__ import annotations

import logging
import sys

import click
from click.core import ParameterSource

from briefing.cli.options import briefer_kwargs, engine_options

log = logging.getLogger("briefing")


def _formats(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    from briefing.render import FORMATS

    out: list[str] = []
    for v in value:
        for part in v.split(","):
            f = part.strip().lower()
            if f == "markdown":
                f = "md"
            if f not in FORMATS:
                raise click.BadParameter(f"{f!r} is not one of {', '.join(FORMATS)}")
            if f not in out:
                out.append(f)
    return tuple(out) or ("json", "md")


@click.command()
@click.argument("in_dir", type=click.Path(exists=True, file_okay=False, dir_okay=True))
@click.option("-o", "--output", "out_dir", required=True, metavar="OUT_DIR", type=click.Path(file_okay=False),
              help="Folder for the briefings (made if missing); mirrors IN_DIR.")
@click.option("-r", "--recursive", is_flag=True, help="Also brief reports in subfolders.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Only files matching PATTERN (repeatable; with a '/' it matches the path under IN_DIR). "
                   "Default: *.txt, *.text, *.html, *.htm, *.xhtml, *.docx.")
@click.option("-f", "--format", "formats", multiple=True, callback=_formats, metavar="FMT[,FMT]",
              help="Output formats: md, json, text (comma-separated or repeated). Default: json,md.")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for the extractive engine (a model always runs in one process).")
@click.option("--batch-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Documents per model call.")
@click.option("--executor", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where to brief: this machine, or an actor pool on a Ray cluster (needs briefing-vn[ray]).")
@click.option("--address", metavar="ADDR", envvar="RAY_ADDRESS", default=None,
              help="With --executor ray: the cluster to join (auto on a node of it, or HEAD:6379; default "
                   "$RAY_ADDRESS, as in a Ray job); without it a local Ray is started for the run.")
@click.option("--actors", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --executor ray: actors in the pool, each with its own Briefer "
                   "(default: as many as the cluster's CPUs, or GPUs with --device cuda, hold).")
@click.option("--force", is_flag=True, help="Redo every report, even those already briefed.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no closing summary.")
@engine_options
@click.pass_context
def batch(ctx: click.Context, in_dir: str, out_dir: str, recursive: bool, globs: tuple[str, ...],
          formats: tuple[str, ...], workers: int, batch_size: int, executor: str, address: str | None,
          actors: int | None, force: bool, quiet: bool, engine: str, model: str | None, backend: str, device: str,
          threads: int | None, max_chars: int | None) -> None:
    """Brief every report in IN_DIR into OUT_DIR.

    \b
    OUT_DIR gets one briefing per report in each format, in the same folder layout, and:
      tasks.csv, tasks.jsonl  one row per task across all reports
      digest.md               the tasks grouped by assigner, then by assignee
      errors.jsonl            the reports that failed in this run, and why
      manifest.jsonl          what was briefed from what (for resuming)
    A rerun skips reports already briefed with the same settings and redoes changed ones,
    whichever executor made them.
    Exit status: 0 all reports briefed, 3 some failed (see errors.jsonl), 1 OUT_DIR not
    writable or in use, the model asked for is not usable, or the Ray cluster failed.
    """
    from briefing.batch import BatchOptions, run_batch

    if executor == "ray":
        _check_ray_options(workers, address)
    else:
        for name, value in (("address", address), ("actors", actors)):
            if value is not None and ctx.get_parameter_source(name) != ParameterSource.ENVIRONMENT:
                raise click.UsageError(f"--{name} goes with --executor ray")

    quiet = quiet or bool((ctx.obj or {}).get("quiet"))
    options = BatchOptions(
        recursive=recursive,
        globs=globs,
        formats=formats,
        workers=workers,
        force=force,
        batch_size=batch_size,
        progress=not quiet and sys.stderr.isatty(),
        briefer=briefer_kwargs(engine, model, backend, device, threads, max_chars),
        executor=executor,
        address=address if executor == "ray" else None,
        actors=actors,
    )
    result = run_batch(in_dir, out_dir, options, on_notice=log.warning)
    if not quiet:
        click.echo(f"briefing: {result.summary_line()}", err=True)
    ctx.exit(result.exit_code)


def _check_ray_options(workers: int, address: str | None) -> None:
    """Usage errors (exit 2) for --executor ray: Ray missing, a local-only option, or an
    address Ray Data cannot run through."""
    from briefing.batch.ray_executor import check_address, require_ray
    from briefing.errors import BriefingError

    if workers > 1:
        raise click.UsageError("--workers is for --executor local; with ray, use --actors")
    try:
        check_address(address)
        require_ray()
    except BriefingError as exc:
        raise click.UsageError(exc.message) from exc
