"""``briefing models convert``: make the CTranslate2 copy of a model ahead of time.

``--backend ct2`` converts on first use anyway; this command does it at a moment of the
user's choosing (an install script, a Docker build) and says where the result went.
The ``models`` group adds it with ``models.add_command(convert)``.
"""
from __future__ import annotations

from pathlib import Path

import click

from briefing.summarize.ct2_convert import QUANTIZATIONS


@click.command()
@click.argument("name_or_path", metavar="NAME_OR_PATH")
@click.option("--quantization", type=click.Choice(QUANTIZATIONS), default="int8", show_default=True,
              help="Weight type on disk: int8 for CPU, float16 for CUDA (what --backend ct2 loads on each).")
@click.option("--output", "output", metavar="DIR", default=None,
              help="Where to write it (default: NAME_OR_PATH/ct2-QUANTIZATION, or the user cache if read-only).")
@click.option("--force", is_flag=True, help="Convert again even if an up-to-date copy exists.")
def convert(name_or_path: str, quantization: str, output: str | None, force: bool) -> None:
    """Convert a downloaded model to CTranslate2 for `--backend ct2`."""
    from briefing.summarize.ct2_convert import convert_model
    from briefing.summarize.resolve import resolve_name

    src = resolve_name(name_or_path, origin="NAME_OR_PATH").path
    dst = convert_model(src, Path(output) if output else None, quantization=quantization, force=force)
    click.echo(str(dst))
