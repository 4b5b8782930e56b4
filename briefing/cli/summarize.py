"""``briefing summarize``: briefings of one or more files, to stdout or a file."""
from __future__ import annotations

import logging

import click

from briefing.cli.options import briefer_kwargs, engine_options
from briefing.cli.output import write_text
from briefing.errors import EXIT_ERROR, InputError
from briefing.pipeline import Briefer
from briefing.render import render
from briefing.types import Briefing

log = logging.getLogger("briefing")


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("-f", "--format", "fmt", type=click.Choice(["md", "json", "text", "html"]), default="md",
              show_default=True,
              help="Output format. Several inputs give JSON Lines with json, one HTML page with html.")
@click.option("-o", "--output", metavar="PATH", default="-", show_default=True, help="Write here ('-' is stdout).")
@click.option("--evidence", is_flag=True,
              help="md/text: add each task's source sentence and the reports as numbered notes.")
@engine_options
def summarize(files: tuple[str, ...], fmt: str, output: str, evidence: bool, engine: str, model: str | None,
              backend: str, device: str, threads: int | None, max_chars: int | None) -> None:
    """Brief each FILE (.txt, .html, .docx, .pdf; '-' reads stdin)."""
    briefer = Briefer(**briefer_kwargs(engine, model, backend, device, threads, max_chars),
                      on_notice=log.warning)
    chunks: list[str] = []
    briefings: list[Briefing] = []
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
        elif fmt == "html":
            briefings.append(b)  # several briefings make one page, not pages glued together
        else:
            chunks.append(render(b, fmt, evidence=evidence))
    if briefings:
        from briefing.render.html import to_html_many

        chunks.append(to_html_many(briefings))
    sep = "" if fmt == "json" else "\n---\n\n"
    if chunks:
        write_text(output, sep.join(chunks))
    if failed:
        raise click.exceptions.Exit(EXIT_ERROR)
