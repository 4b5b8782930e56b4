"""``briefing summarize``: briefings of one or more files, to stdout or a file."""
from __future__ import annotations

import logging

import click

from briefing.cli.output import write_text
from briefing.cli.options import briefer_kwargs, engine_options
from briefing.errors import EXIT_ERROR, InputError
from briefing.pipeline import Briefer
from briefing.render import render

log = logging.getLogger("briefing")


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("-f", "--format", "fmt", type=click.Choice(["md", "json", "text"]), default="md", show_default=True,
              help="Output format. Several inputs give JSON Lines with json.")
@click.option("-o", "--output", metavar="PATH", default="-", show_default=True, help="Write here ('-' is stdout).")
@engine_options
def summarize(files: tuple[str, ...], fmt: str, output: str, engine: str, model: str | None, backend: str,
              device: str, threads: int | None, max_chars: int | None) -> None:
    """Brief each FILE (.txt, .html, .docx; '-' reads stdin)."""
    briefer = Briefer(**briefer_kwargs(engine, model, backend, device, threads, max_chars),
                      on_notice=lambda msg: log.warning(msg))
    chunks: list[str] = []
    failed = 0
    for path in files:
        try:
            b = briefer.brief_file(path)
        except InputError as exc:
            # A bad input is that file's problem: report it and brief the others. Any other
            # error (no model, a broken model, a missing package) would repeat for every
            # file, so it stops the run with one message.
            if len(files) == 1:
                raise
            failed += 1
            click.echo(f"briefing: error: {exc.one_line()}", err=True)
            continue
        if fmt == "json" and len(files) > 1:
            chunks.append(b.to_json(indent=None) + "\n")
        else:
            chunks.append(render(b, fmt))
    sep = "" if fmt == "json" else "\n---\n\n"
    if chunks:
        write_text(output, sep.join(chunks))
    if failed:
        raise click.exceptions.Exit(EXIT_ERROR)
