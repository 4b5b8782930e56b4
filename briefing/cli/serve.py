"""``briefing serve``: the web page and JSON API on this machine (Starlette under uvicorn).

The web stack is imported only here, when the command runs, so ``briefing --help`` and
``briefing summarize`` start as fast as before.
"""
from __future__ import annotations

import ipaddress
import logging
import socket

import click

from briefing.cli.options import briefer_kwargs, engine_options
from briefing.errors import DependencyError, ServeError
from briefing.pipeline import Briefer

log = logging.getLogger("briefing")

#: Host headers answered when the server listens on loopback only (against DNS rebinding).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (port 0 picks a free one), or a :class:`ServeError`."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ServeError(f"cannot listen on {host}: the address is not known ({exc.strerror})") from exc
    last: OSError | None = None
    for family, kind, proto, _, address in infos:
        sock = socket.socket(family, kind, proto)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(address)
            sock.listen(128)
            sock.set_inheritable(True)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    reason = last.strerror if last is not None and last.strerror else str(last)
    raise ServeError(f"cannot listen on {host}:{port} ({reason}); choose another --port or --host")


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Only this machine can reach 127.0.0.1; 0.0.0.0 opens it to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--max-upload-mb", type=click.FloatRange(min=0.001), default=None,
              help="Largest upload in MB (default: 4 bytes per --max-chars character, at most 64 MiB).")
@engine_options
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, max_upload_mb: float | None, engine: str, model: str | None,
          backend: str, device: str, threads: int | None, max_chars: int | None) -> None:
    """A local web page for briefings: paste a report or drop files (.txt, .html, .docx, .pdf).

    Also a JSON API: POST /api/brief (multipart 'file' or a 'text' field) returns the
    briefing as JSON (the schema of -f json); GET /healthz. Stop it with Ctrl-C.
    """
    try:
        import uvicorn

        from briefing.serve.app import create_app
    except ImportError as exc:  # an install without the web stack
        raise DependencyError(f"briefing serve needs starlette, uvicorn, python-multipart and jinja2 ({exc}); "
                              "pip install starlette uvicorn python-multipart jinja2") from exc

    briefer = Briefer(**briefer_kwargs(engine, model, backend, device, threads, max_chars),
                      on_notice=log.warning)
    sock = bind(host, port)  # before the model loads: a taken port fails at once
    try:
        # The model loads here, once, before the first request (a missing one stops us now).
        app = create_app(briefer, upload_limit=None if max_upload_mb is None else int(max_upload_mb * 1_000_000),
                         allowed_hosts=LOOPBACK_HOSTS if is_loopback(host) else None)
        quiet = bool(ctx.obj and ctx.obj.get("quiet"))
        verbose = log.getEffectiveLevel() <= logging.INFO
        if not quiet:
            click.echo(f"briefing: serving on {url_of(sock)} (Ctrl-C to stop)", err=True)
            if not is_loopback(host):
                click.echo(f"briefing: listening on {host}: other machines on the network can use this page",
                           err=True)
        # No lifespan: the model is already loaded, and uvicorn's lifespan task only prints a
        # traceback of its own cancellation on Ctrl-C.
        config = uvicorn.Config(app, log_level="info" if verbose else "warning", access_log=verbose,
                                server_header=False, lifespan="off")
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
