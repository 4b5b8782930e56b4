"""The JSON API of `briefing serve` through Starlette's test client: uploads, the text field,
bad and oversized input, downloads, and that the model loads once per server."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from collections.abc import MutableMapping
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("httpx", reason="Starlette's test client needs httpx (in the test extra)")

from starlette.testclient import TestClient

import briefing
from briefing.pipeline import Briefer
from briefing.serve.app import create_app, default_upload_limit
from tests.conftest import MEETING_REPORT


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Briefer(engine="extractive")))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = resources.files("briefing").joinpath("schema/briefing.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _tasks(data: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(t["text"], t["evidence"], t["evidence_start"]) for t in data["tasks"]]


def _error(r: Any, status: int, code: str | None) -> dict[str, Any]:
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["message_vi"] and "Traceback" not in r.text
    return err


def test_healthz_and_page(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "version": briefing.__version__}
    page = client.get("/")
    assert page.status_code == 200 and "Tóm tắt báo cáo hội nghị" in page.text
    # Offline: every asset the page names is served by the package itself.
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/static/") for a in assets)
    for a in assets:
        assert client.get(a).status_code == 200, a
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_seed_upload_returns_the_json_of_the_cli(client: TestClient, sample_path: Path,
                                                  schema: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    r = client.post("/api/brief", files={"file": ("seed.txt", sample_path.read_bytes(), "text/plain")})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = r.json()
    jsonschema.validate(data, schema)
    expected = briefing.brief_file(sample_path, engine="extractive").to_dict()
    assert _tasks(data) == _tasks(expected) and len(data["tasks"]) >= 5
    assert data["source"] == "seed.txt" and data["meeting"] == expected["meeting"]
    key = r.headers["x-briefing-id"]
    md = client.get(f"/api/briefings/{key}.md?download=1")
    assert md.status_code == 200 and md.text.startswith("# ") and "seed.md" in md.headers["content-disposition"]
    assert client.get(f"/api/briefings/{key}.json").json() == data
    html = client.get(f"/api/briefings/{key}.html")
    assert html.text.startswith("<!DOCTYPE html>")
    assert "style-src 'unsafe-inline'" in html.headers["content-security-policy"]
    fragment = client.get(f"/api/briefings/{key}/fragment").text
    assert fragment.count('<tr class="task"') == len(data["tasks"])


def test_text_field(client: TestClient) -> None:
    r = client.post("/api/brief", data={"text": MEETING_REPORT})
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["title"] == "Hà Nội họp bàn giải pháp xử lý rác thải" and data["source"] is None
    assert any(t["assigner"] and t["assigner"]["name"] == "Trần Văn Nam" for t in data["tasks"])
    md = client.post("/api/brief?format=md", data={"text": MEETING_REPORT})
    assert md.headers["content-type"].startswith("text/markdown") and "Trần Văn Nam" in md.text


def test_several_briefings_give_one_tasks_csv(client: TestClient, sample_path: Path) -> None:
    pasted = client.post("/api/brief", data={"text": MEETING_REPORT})
    uploaded = client.post("/api/brief", files={"file": ("báo cáo.txt", sample_path.read_bytes())})
    keys = [pasted.headers["x-briefing-id"], uploaded.headers["x-briefing-id"]]
    r = client.get("/api/tasks.csv", params=[("id", k) for k in keys])
    assert r.status_code == 200 and "filename*=UTF-8''tasks.csv" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    files = {row["file"] for row in rows}
    assert files == {"văn bản dán", "báo cáo.txt"}
    seed_tasks = len(briefing.brief_file(sample_path, engine="extractive").tasks)
    assert sum(row["file"] == "báo cáo.txt" for row in rows) == seed_tasks
    _error(client.get("/api/tasks.csv?id=gone"), 404, None)


@pytest.mark.parametrize(
    ("name", "data", "status", "code"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), 415, "B102"),
        ("sheet.xlsx", b"a,b,c", 415, "B104"),
        ("empty.txt", b"  \n ", 422, "B101"),
        ("broken.pdf", b"%PDF-1.4\n" + bytes(100), 415, "B102"),
        ("fake.docx", b"not a zip", 422, "B100"),
    ],
)
def test_bad_file_gets_the_cli_message_in_vietnamese(client: TestClient, name: str, data: bytes, status: int,
                                                     code: str) -> None:
    err = _error(client.post("/api/brief", files={"file": (name, data)}), status, code)
    assert err["message"].startswith(f"[{code}] {name}: ")  # the CLI's own one-line message
    assert err["hint_vi"]


def test_scanned_pdf_is_refused_with_ocr_named(client: TestClient) -> None:
    from tests.pdfs import image_only_pdf

    err = _error(client.post("/api/brief", files={"file": ("scan.pdf", image_only_pdf())}), 422, "B106")
    assert "OCR" in err["message"] and "OCR" in err["hint_vi"]


def test_bad_requests_are_4xx_json(client: TestClient) -> None:
    _error(client.post("/api/brief"), 400, None)
    _error(client.post("/api/brief?format=pdf", data={"text": "x"}), 400, None)
    _error(client.post("/api/brief", data={"text": " "}), 422, "B101")
    two = [("file", ("a.txt", MEETING_REPORT.encode())), ("file", ("b.txt", MEETING_REPORT.encode()))]
    _error(client.post("/api/brief", files=two), 400, None)
    _error(client.get("/api/briefings/nothing.md"), 404, None)


def test_form_without_scripts_gets_an_html_page_even_for_errors(client: TestClient) -> None:
    ok = client.post("/api/brief?format=html", files={"file": ("hop.txt", MEETING_REPORT.encode())})
    assert ok.status_code == 200 and ok.text.startswith("<!DOCTYPE html>")
    bad = client.post("/api/brief?format=html", files={"file": ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64))})
    assert bad.status_code == 415 and "text/html" in bad.headers["content-type"]
    assert "dữ liệu nhị phân" in bad.text and "[B102] photo.png" in bad.text


def test_oversized_upload_is_413_before_it_is_read() -> None:
    app = create_app(Briefer(engine="extractive", max_chars=5_000))
    client = TestClient(app)
    limit = app.state.upload_limit
    assert limit == default_upload_limit(5_000) == 4 * 5_000 + 64 * 1024
    err = _error(client.post("/api/brief", files={"file": ("big.txt", b"a" * (limit + 1))}), 413, "B105")
    assert f"{limit:,}" in err["message"]
    # Under the byte limit but over --max-chars once read: 413 too, with the CLI's message.
    err = _error(client.post("/api/brief", data={"text": MEETING_REPORT * 20}), 413, "B105")
    assert "5,000" in err["message"]


def test_an_upload_without_length_is_cut_off_at_the_limit() -> None:
    """Chunked (no Content-Length): the body is counted as it arrives and reading stops past
    the limit, long before the sender is done."""
    app = create_app(Briefer(engine="extractive"), upload_limit=256 * 1024)
    chunk = b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n" + b"a" * 65536
    sent = 0
    replies: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        sent += 1
        return {"type": "http.request", "body": chunk if sent == 1 else b"a" * 65536, "more_body": sent < 10_000}

    async def send(message: MutableMapping[str, Any]) -> None:
        replies.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/brief", "raw_path": b"/api/brief", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver"), (b"content-type", b"multipart/form-data; boundary=x"),
                         (b"transfer-encoding", b"chunked")],
             "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    assert replies[0]["status"] == 413
    assert sent * 65536 <= 256 * 1024 + 2 * 65536  # stopped within a chunk of the limit, not after 650 MB
    assert json.loads(b"".join(m.get("body", b"") for m in replies[1:]))["error"]["code"] == "B105"


def test_the_model_loads_once_per_server(monkeypatch: pytest.MonkeyPatch, sample_path: Path) -> None:
    from briefing import summarize

    calls: list[str] = []
    real = summarize.load_summarizer

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else kwargs.get("engine", "?"))
        return real(*args, **kwargs)

    monkeypatch.setattr(summarize, "load_summarizer", counting)
    client = TestClient(create_app(Briefer(engine="extractive")))
    assert calls == ["extractive"]  # loaded with the app, before any request
    for _ in range(3):
        assert client.post("/api/brief", files={"file": ("seed.txt", sample_path.read_bytes())}).status_code == 200
    assert calls == ["extractive"]


def test_a_bug_is_a_500_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(Briefer(engine="extractive"))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app.state.service.briefer, "brief_document", broken)
    client = TestClient(app, raise_server_exceptions=False)
    r = client.post("/api/brief", files={"file": ("a.txt", MEETING_REPORT.encode())})
    assert r.status_code == 500 and r.json()["error"]["message_vi"]
    assert "secret internals" not in r.text and "Traceback" not in r.text


def test_only_loopback_host_names_are_answered_when_asked() -> None:
    app = create_app(Briefer(engine="extractive"), allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app).get("/healthz").status_code == 400  # Host: testserver, as a rebinding page would send
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/healthz").status_code == 200
