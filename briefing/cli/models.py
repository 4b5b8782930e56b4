"""``briefing models``: list the known models, download one, show where one is found.

``list`` and ``info`` read the registry and the disk only (no torch, no network);
``download`` is the one command that goes online.
"""
from __future__ import annotations

from pathlib import Path

import click

from briefing.errors import ModelNotFoundError
from briefing.summarize.registry import DEFAULT_MODEL, REGISTRY, ModelSpec, download_command, get_spec


@click.group()
def models() -> None:
    """Summarization models: list, download, info, convert."""


def _settings_lines(spec: ModelSpec | None, folder: str | None) -> list[str]:
    from pathlib import Path

    from briefing.summarize.seq2seq import ModelSettings

    if spec is not None:
        ms = ModelSettings.from_spec(spec)
        origin = "registry"
    elif folder is not None:
        ms = ModelSettings.from_folder(Path(folder))
        origin = "read from the model's config"
    else:
        return []
    g = ms.settings
    return [
        f"settings:  ({origin})",
        f"  input window:  {ms.max_input_tokens:,} tokens (prefix and special tokens included)",
        f"  prefix:        {ms.prefix!r}" + ("  + tone marks normalised (hòa, not hoà)" if ms.tone_normalize else ""),
        (f"  generation:    beams {g.num_beams}, max new tokens {g.max_new_tokens}, "
         f"no_repeat_ngram_size {g.no_repeat_ngram_size}, length penalty {g.length_penalty}, batch {g.batch_size}"),
        f"  per assigner:  max new tokens {ms.condense_settings.max_new_tokens}",
    ]


def _readable_json(path: Path) -> bool:
    import json

    try:
        return isinstance(json.loads(path.read_text(encoding="utf-8")), dict)
    except (OSError, ValueError):
        return False


@models.command("list")
def list_models() -> None:
    """The known models, their licences and whether they are downloaded."""
    from briefing.summarize.resolve import _find_downloaded

    rows = [("NAME", "HUB ID", "LICENCE", "WINDOW", "PREFIX", "SIZE", "HERE")]
    for spec in REGISTRY.values():
        found = _find_downloaded(spec.name)
        mark = "*" if spec.name == DEFAULT_MODEL else " "
        rows.append((mark + spec.name, spec.repo_id, spec.licence, f"{spec.max_input_tokens:,}",
                     repr(spec.prefix) if spec.prefix else "-", spec.size, "yes" if found else "no"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        click.echo("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    click.echo("")
    click.echo(f"* default. Get one with `{download_command()}`; any folder or hub id also works with --model.")
    for spec in REGISTRY.values():
        click.echo(f"  {spec.name}: {spec.description}")


@models.command("download")
@click.argument("name")
@click.option("--to", "to", metavar="DIR", default=None, help="Download into DIR (default: models/NAME).")
@click.option("--revision", default=None, help="A branch, tag or commit of the hub repository.")
def download(name: str, to: str | None, revision: str | None) -> None:
    """Download NAME (a registry name or hub id) from the Hugging Face Hub."""
    from briefing.summarize.download import download_model

    folder = download_model(name, to, revision=revision)
    click.echo(f"downloaded {name} to {folder}")
    spec = get_spec(name)
    if to:
        click.echo(f"use it with: briefing summarize --model {folder} REPORT.txt")
    else:
        click.echo(f"briefing summarize now uses it by default; or name it: --model {spec.name if spec else name}")


@models.command("info")
@click.argument("name")
def info(name: str) -> None:
    """Where NAME (registry name, folder or hub id) is found and how it will run."""
    from briefing.summarize.download import check_recorded
    from briefing.summarize.resolve import resolve_name

    spec = get_spec(name)
    try:
        resolved = resolve_name(name)
    except ModelNotFoundError:
        if spec is None:
            raise
        resolved = None
    if spec is not None or (resolved is not None and resolved.spec is not None):
        shown = spec or (resolved.spec if resolved else None)
        assert shown is not None
        click.echo(f"model:     {shown.name} ({shown.description})")
        click.echo(f"hub id:    {shown.repo_id}")
        click.echo(f"licence:   {shown.licence}" + ("" if shown.commercial else "  -- not for commercial use"))
    else:
        click.echo(f"model:     {name} (not in the registry)")
    if resolved is None:
        click.echo(f"found:     no; get it with `{download_command(name)}`")
        for line in _settings_lines(spec, None):
            click.echo(line)
        return
    click.echo(f"found:     {resolved.path}")
    click.echo(f"via:       {resolved.origin}")
    check = check_recorded(resolved.path)
    config = resolved.path / "config.json"
    if not _readable_json(config):
        # A folder given by path is "found" whatever it holds; loading it would fail (B202).
        click.echo(f"config:    {'unreadable' if config.is_file() else 'missing'} config.json: "
                   "not a usable transformers model folder")
    if check is None:
        click.echo("files:     not checked (no briefing-model.json: not downloaded by briefing)")
    elif check.ok:
        click.echo(f"files:     ok ({check.checked} files, sizes as downloaded)")
    else:
        problems = [f"missing {f}" for f in check.missing] + [f"wrong size {f}" for f in check.wrong_size]
        click.echo("files:     DAMAGED: " + "; ".join(problems) + f"; run `{download_command(name)}` again")
    for line in _settings_lines(resolved.spec, str(resolved.path)):
        click.echo(line)


try:  # the CTranslate2 conversion command lives in its own module (optional dependency)
    from briefing.cli.models_convert import convert

    models.add_command(convert)
except ImportError:
    pass
