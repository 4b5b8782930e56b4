"""``briefing``: the click group, logging set-up and the error-to-exit-code mapping.

Exit codes: 0 success; 1 bad input or processing error (a one-line ``[Bxxx]`` message);
2 usage error (click's own); 3 a batch where some inputs failed; 130 interrupted.
Subcommands are imported only when invoked, so ``briefing --help`` and the extractive path
never import torch or transformers.
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from typing import Any

import click

from briefing import __version__
from briefing.errors import EXIT_ERROR, BriefingError

#: command name -> "module:attribute"
COMMANDS = {
    "summarize": "briefing.cli.summarize:summarize",
    "batch": "briefing.cli.batch:batch",
    "models": "briefing.cli.models:models",
    "evaluate": "briefing.cli.evaluate:evaluate",
    "serve": "briefing.cli.serve:serve",
}


class LazyGroup(click.Group):
    """A group whose subcommands load on demand, and which turns errors into one line."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return self.list_commands_available()

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        try:
            command: click.Command = getattr(importlib.import_module(module), attr)
            return command
        except ModuleNotFoundError as exc:
            if exc.name != module:  # a real missing dependency, not a command still to come
                raise
            return None

    def list_commands_available(self) -> list[str]:
        return [c for c in sorted(COMMANDS) if importlib.util.find_spec(COMMANDS[c].split(":")[0]) is not None]

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BriefingError as exc:
            click.echo(f"briefing: error: {exc.one_line()}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("briefing: interrupted", err=True)
            ctx.exit(130)
        except BrokenPipeError:
            # The reader of our stdout went away (e.g. `| head`): not an error of ours.
            sys.stderr.close()
            ctx.exit(EXIT_ERROR)


def setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("briefing: %(message)s"))
    root = logging.getLogger("briefing")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="briefing")
@click.option("-v", "--verbose", count=True, help="More messages on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Briefings of Vietnamese meeting reports: the meeting, a summary and the key tasks."""
    setup_logging(verbose, quiet)
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet


def main() -> None:
    cli(prog_name="briefing")
