"""The web page and JSON API of ``briefing serve``, as a Starlette application.

Routes (documented in the README, "Web page and API"):

- ``GET /``: the page (Jinja2 template; its script and styles ship in the package, so it
  works offline);
- ``POST /api/brief``: a multipart ``file`` or a ``text`` field; returns the briefing JSON
  (the ``-f json`` schema) and its id in ``X-Briefing-Id``; ``?format=md|text|html`` returns
  that rendering instead;
- ``GET /api/briefings/{id}.{md,json,txt,html}``, ``GET /api/briefings/{id}/fragment``,
  ``GET /api/tasks.csv?id=…``: renderings of recent briefings, for the page's downloads;
- ``GET /healthz``.

Input errors become 4xx answers carrying the CLI's one-line message and its Vietnamese
wording (:mod:`briefing.messages_vi`), never a traceback. A request body is counted while it
streams in and refused with 413 as soon as it passes the limit.
"""
from __future__ import annotations

import logging
import os
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar
from urllib.parse import quote

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from briefing import __version__
from briefing.errors import (
    BinaryInputError,
    BriefingError,
    InputError,
    InputTooLargeError,
    UnsupportedFormatError,
)
from briefing.io.detect import MAX_INPUT_BYTES, display_name, read_bytes
from briefing.messages_vi import describe
from briefing.pipeline import Briefer
from briefing.types import Briefing

log = logging.getLogger("briefing")

T = TypeVar("T")

#: Recent briefings kept for the page's download links; the oldest is dropped first.
KEEP_BRIEFINGS = 256
#: Room for multipart's own boundaries and part headers on top of the file itself.
MULTIPART_OVERHEAD = 64 * 1024
#: What ``?format=`` and the download routes accept: name -> (suffix, media type).
RENDERINGS = {
    "json": (".json", "application/json"),
    "md": (".md", "text/markdown; charset=utf-8"),
    "text": (".txt", "text/plain; charset=utf-8"),
    "html": (".html", "text/html; charset=utf-8"),
}
_SUFFIX_FORMAT = {suffix.lstrip("."): fmt for fmt, (suffix, _) in RENDERINGS.items()}
#: The page and the API: scripts and styles only from this server, no frames, no plugins.
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            "frame-ancestors 'none'; form-action 'self'")
#: A standalone HTML briefing: its own inline styles and nothing else.
DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


def default_upload_limit(max_chars: int | None) -> int:
    """Bytes an upload may have: the CLI's bound for ``max_chars`` (4 bytes a character, at
    most :data:`~briefing.io.detect.MAX_INPUT_BYTES`), plus multipart's overhead."""
    if max_chars is None:
        return MAX_INPUT_BYTES + MULTIPART_OVERHEAD
    return min(MAX_INPUT_BYTES, 4 * max_chars) + MULTIPART_OVERHEAD


class BodyTooLarge(Exception):
    """A request body went past the upload limit while it was being received."""


class BodyLimit:
    """ASGI middleware: refuse a request body over ``limit`` bytes with 413, as it streams.

    A declared Content-Length over the limit is refused before any of the body is read;
    otherwise the bytes are counted as they arrive and reading stops at the limit, so a
    huge or endless upload never reaches the disk or the form parser.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await too_large_response(self.limit)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(seen)
            return message

        await self.app(scope, counted, send)


def too_large_error(limit: int) -> InputTooLargeError:
    return InputTooLargeError(f"the upload is over {limit:,} bytes, the most this server takes (split the file)")


def too_large_response(limit: int) -> JSONResponse:
    return error_response(too_large_error(limit))


def status_for(exc: BriefingError) -> int:
    """The HTTP status of a briefing error: 4xx for what the user sent, 503 for the server's own."""
    if isinstance(exc, InputTooLargeError):
        return 413
    if isinstance(exc, (BinaryInputError, UnsupportedFormatError)):
        return 415
    if isinstance(exc, InputError):
        return 422
    return 503  # no model, a broken model, a missing package: not the user's input


def error_body(exc: BriefingError) -> dict[str, Any]:
    message_vi, hint_vi = describe(exc)
    return {"error": {"code": exc.code, "message": exc.one_line(), "message_vi": message_vi, "hint_vi": hint_vi}}


def error_response(exc: BriefingError, *, status: int | None = None) -> JSONResponse:
    return JSONResponse(error_body(exc), status_code=status or status_for(exc))


@lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    """The page's templates, and the HTML renderer's (for its stylesheet), autoescaped."""
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.PackageLoader("briefing.serve", "templates"),
                                    jinja2.PackageLoader("briefing.render", "templates")]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _download_name(source: str | None, suffix: str) -> str:
    stem = os.path.splitext(os.path.basename(source or ""))[0] or "ban-tom-tat"
    return stem + suffix


def _disposition(name: str) -> str:
    """An attachment header that keeps a Vietnamese file name (RFC 6266 with an ASCII fallback)."""
    fallback = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name)}"


class BriefingService:
    """One Briefer for the server's life (the model loads once), used by one request at a time.

    Briefing is CPU-bound and PDFium and the models are not thread-safe, so requests run in
    worker threads (the event loop stays free for the page and ``/healthz``) one after the
    other, behind a lock.
    """

    def __init__(self, briefer: Briefer, *, keep: int = KEEP_BRIEFINGS) -> None:
        self.briefer = briefer
        self.keep = keep
        self._lock = threading.Lock()
        self._store: OrderedDict[str, Briefing] = OrderedDict()
        self._store_lock = threading.Lock()

    def load(self) -> None:
        """Load the summarizer now, so a missing model stops the server before it listens."""
        _ = self.briefer.summarizer

    def _locked(self, fn: Callable[..., T], *args: Any) -> T:
        with self._lock:
            return fn(*args)

    async def brief_bytes(self, data: bytes, name: str) -> Briefing:
        def work() -> Briefing:
            doc = read_bytes(data, source=name, suffix=os.path.splitext(name)[1], max_chars=self.briefer.max_chars)
            return self.briefer.brief_document(doc)

        return await run_in_threadpool(self._locked, work)

    async def brief_text(self, text: str) -> Briefing:
        return await run_in_threadpool(self._locked, self.briefer.brief, text)

    def remember(self, b: Briefing) -> str:
        key = secrets.token_urlsafe(12)
        with self._store_lock:
            self._store[key] = b
            while len(self._store) > self.keep:
                self._store.popitem(last=False)
        return key

    def recall(self, key: str) -> Briefing | None:
        with self._store_lock:
            return self._store.get(key)


def _rendering(b: Briefing, fmt: str) -> str:
    if fmt == "json":
        return b.to_json(indent=2) + "\n"
    from briefing.render import render

    return render(b, fmt)


def create_app(briefer: Briefer | None = None, *, upload_limit: int | None = None,
               allowed_hosts: Sequence[str] | None = None) -> Starlette:
    """The application around one :class:`Briefer` (its model is loaded here, once).

    Args:
        briefer: what makes the briefings (default: ``Briefer()``, engine ``auto``).
        upload_limit: most bytes a request body may have (default: from ``briefer.max_chars``,
            see :func:`default_upload_limit`).
        allowed_hosts: Host headers to answer (e.g. only loopback names, against DNS
            rebinding); ``None`` answers any.
    """
    service = BriefingService(briefer or Briefer())
    service.load()
    limit = upload_limit if upload_limit is not None else default_upload_limit(service.briefer.max_chars)
    summarizer = service.briefer.summarizer

    async def index(request: Request) -> Response:
        page = templates().get_template("index.html.j2").render(
            version=__version__,
            upload_limit=limit,
            upload_limit_mb=f"{limit / 1_000_000:.1f}".replace(".", ","),
            engine=summarizer.describe(),
        )
        return HTMLResponse(page, headers={"Content-Security-Policy": PAGE_CSP})

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__})

    async def stylesheet(request: Request) -> Response:
        css = resources.files("briefing.render").joinpath("templates/briefing.css").read_text(encoding="utf-8")
        return Response(css, media_type="text/css; charset=utf-8")

    async def brief(request: Request) -> Response:
        fmt = request.query_params.get("format", "json")
        if fmt not in RENDERINGS:
            raise HTTPException(400, f"unknown format {fmt!r}; choose one of {', '.join(RENDERINGS)}")
        try:
            form = await request.form(max_files=1, max_fields=8, max_part_size=limit)
        except BodyTooLarge:
            return _error(too_large_error(limit), fmt)
        try:
            upload, text = form.get("file"), form.get("text")
            if isinstance(upload, UploadFile) and (upload.filename or upload.size):
                # Browsers send a base name; some old ones a whole Windows path.
                name = display_name((upload.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1])
                b = await service.brief_bytes(await upload.read(), name)
            elif isinstance(text, str):
                b = await service.brief_text(text)
            else:
                raise HTTPException(400, "send the report as a multipart 'file' or a 'text' field")
        except BriefingError as exc:
            return _error(exc, fmt)
        finally:
            await form.close()
        key = service.remember(b)
        headers = {"X-Briefing-Id": key}
        if fmt == "json":
            return Response(b.to_json(indent=None), media_type="application/json", headers=headers)
        return _rendered(b, fmt, headers=headers)

    def _rendered(b: Briefing, fmt: str, *, headers: dict[str, str], download: bool = False) -> Response:
        suffix, media = RENDERINGS[fmt]
        headers = dict(headers)
        if fmt == "html":
            headers["Content-Security-Policy"] = DOCUMENT_CSP
        if download:
            headers["Content-Disposition"] = _disposition(_download_name(b.source, suffix))
        return Response(_rendering(b, fmt), media_type=media, headers=headers)

    def _error(exc: BriefingError, fmt: str) -> Response:
        """The error as JSON, or as a small page when a form without scripts asked for HTML."""
        if fmt != "html":
            return error_response(exc)
        page = templates().get_template("error.html.j2").render(error=error_body(exc)["error"])
        return HTMLResponse(page, status_code=status_for(exc), headers={"Content-Security-Policy": PAGE_CSP})

    def _recall(key: str) -> Briefing:
        b = service.recall(key)
        if b is None:
            raise HTTPException(404, "this briefing is no longer on the server; send the report again")
        return b

    async def download(request: Request) -> Response:
        fmt = _SUFFIX_FORMAT.get(request.path_params["ext"])
        if fmt is None:
            raise HTTPException(404, "no such rendering; use .md, .json, .txt or .html")
        b = _recall(request.path_params["key"])
        return _rendered(b, fmt, headers={}, download=request.query_params.get("download") == "1")

    async def fragment(request: Request) -> Response:
        from briefing.render.html import to_html_fragment

        return HTMLResponse(to_html_fragment(_recall(request.path_params["key"])))

    async def tasks_csv(request: Request) -> Response:
        from briefing.batch.index import task_rows, to_csv

        keys = request.query_params.getlist("id")
        if not keys:
            raise HTTPException(400, "name the briefings with id=…")
        rows = []
        for b in (_recall(k) for k in keys):
            rows += task_rows(b, file=b.source or "văn bản dán")
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": _disposition("tasks.csv")})

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        vi = {400: "Yêu cầu không hợp lệ.", 404: "Không tìm thấy.", 405: "Phương thức không được hỗ trợ."}
        return JSONResponse({"error": {"code": None, "message": str(exc.detail),
                                       "message_vi": vi.get(exc.status_code, "Yêu cầu không thực hiện được."),
                                       "hint_vi": ""}}, status_code=exc.status_code)

    async def body_too_large(request: Request, exc: Exception) -> Response:
        return too_large_response(limit)

    async def server_error(request: Request, exc: Exception) -> Response:
        # A bug of ours: the details go to the server's log, never to the page.
        log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return JSONResponse({"error": {"code": None, "message": "internal error (see the server's log)",
                                       "message_vi": "Lỗi nội bộ của máy chủ.",
                                       "hint_vi": "Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị."}},
                            status_code=500)

    middleware = [Middleware(BodyLimit, limit=limit), Middleware(SecurityHeaders)]
    if allowed_hosts is not None:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    app = Starlette(
        routes=[
            Route("/", index),
            Route("/healthz", healthz),
            Route("/api/brief", brief, methods=["POST"]),
            Route("/api/briefings/{key}/fragment", fragment),
            Route("/api/briefings/{key}.{ext}", download),
            Route("/api/tasks.csv", tasks_csv),
            Route("/static/briefing.css", stylesheet),
            Mount("/static", StaticFiles(packages=[("briefing.serve", "static")]), name="static"),
        ],
        middleware=middleware,
        exception_handlers={HTTPException: http_error, BodyTooLarge: body_too_large, Exception: server_error},
    )
    app.state.service = service
    app.state.upload_limit = limit
    return app


class SecurityHeaders:
    """ASGI middleware: headers that keep a browser from sniffing types or framing the page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for k, v in ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                             (b"x-frame-options", b"DENY")):
                    if k not in names:
                        headers.append((k, v))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
