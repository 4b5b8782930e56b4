"""`briefing serve` as a real process: where it listens, a taken port, Ctrl-C; and the
other commands never load the web stack or PDFium."""
from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli.main import cli
from briefing.cli.serve import bind, is_loopback

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def _start(*args: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "briefing", "serve", "--engine", "extractive", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    assert proc.stderr is not None
    line = proc.stderr.readline()  # the first line says where it listens
    m = re.match(r"briefing: serving on (http://\S+/) \(Ctrl-C to stop\)$", line.strip())
    if m is None:
        proc.kill()
        pytest.fail(f"unexpected first line: {line!r} {proc.communicate()}")
    return proc, m.group(1)


def test_serves_on_loopback_by_default_and_stops_on_ctrl_c(sample_path: Path) -> None:
    proc, url = _start("--port", "0")
    try:
        assert url.startswith("http://127.0.0.1:")
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url + "healthz", timeout=5) as r:
                    assert json.load(r)["status"] == "ok"
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        boundary = "b0undary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"seed.txt\"\r\n\r\n"
                .encode() + sample_path.read_bytes() + f"\r\n--{boundary}--\r\n".encode())
        req = urllib.request.Request(url + "api/brief", data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert len(json.load(r)["tasks"]) >= 5
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 130, err
    assert "Traceback" not in err


def test_a_taken_port_is_one_line_and_exit_1() -> None:
    taken = bind("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        r = CliRunner().invoke(cli, ["serve", "--engine", "extractive", "--port", str(port)])
    finally:
        taken.close()
    assert r.exit_code == 1
    assert re.fullmatch(rf"briefing: error: \[B600\] cannot listen on 127\.0\.0\.1:{port} \(.+\); "
                        r"choose another --port or --host\n", r.stderr), r.stderr


def test_loopback_names() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


def test_summarize_and_help_load_no_web_stack_or_pdfium(sample_path: Path) -> None:
    code = (
        "import sys\n"
        "import briefing.cli.main as m\n"
        f"for argv in (['--help'], ['summarize', '--engine', 'extractive', {str(sample_path)!r}]):\n"
        "    try:\n        m.cli(argv, prog_name='briefing')\n"
        "    except SystemExit as e:\n        assert e.code in (0, None), e.code\n"
        "heavy = sorted({n.split('.')[0] for n in sys.modules} & {'starlette', 'uvicorn', 'multipart', 'jinja2',"
        " 'pypdfium2', 'torch'})\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=ENV,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert "serve" in proc.stdout  # listed in --help


def test_port_zero_socket_is_on_loopback() -> None:
    s = bind("127.0.0.1", 0)
    try:
        assert s.getsockname()[0] == "127.0.0.1" and s.family == socket.AF_INET
    finally:
        s.close()
