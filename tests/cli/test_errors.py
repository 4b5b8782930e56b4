"""Bad inputs at the command line: exit code 1 and one ``[Bxxx]`` line on stderr, never a
traceback; warnings for odd but readable inputs end up in the briefing."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli.main import cli
from briefing.errors import EXIT_ERROR

from ..conftest import MEETING_REPORT
from ..io.encoders import to_vni


def _run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["summarize", "--engine", "extractive", *args], input=input)


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/image1.bin", b"\0" * (11 * 1024 * 1024))  # over RATIO_FLOOR, ratio ~1000
    return buf.getvalue()


CASES = {
    "empty.txt": (b"", "B101"),
    "blank.txt": (b" \n\r\n\t ", "B101"),
    "scan.txt": (b"%PDF-1.5\n" + bytes(range(256)), "B102"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(64), "B102"),
    "noise.txt": (bytes((i * 7919) % 251 for i in range(3000)), "B102"),
    "fake.docx": (b"this is not a zip archive", "B100"),
    "bomb.docx": (_bomb(), "B105"),
    "sheet.xlsx": (b"a,b,c", "B104"),
    "empty page.html": (b"<html><body><script>var x=1;</script></body></html>", "B101"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_inputs_give_one_line_and_exit_1(tmp_path: Path, name: str) -> None:
    data, code = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    r = _run(str(path))
    assert r.exit_code == EXIT_ERROR, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"briefing: error: [{code}] ") and name in lines[0]
    assert r.stdout == ""


def test_missing_file_folder_and_loop(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    for target, words in ((tmp_path / "absent.txt", "no such file"), (tmp_path, "folder"),
                          (tmp_path / "loop.txt", "loop")):
        r = _run(str(target))
        assert r.exit_code == EXIT_ERROR and "[B100]" in r.stderr and words in r.stderr


def test_max_chars_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(MEETING_REPORT * 20, encoding="utf-8")
    r = _run("--max-chars", "500", str(path))
    assert r.exit_code == EXIT_ERROR and "[B105]" in r.stderr and "--max-chars" in r.stderr
    assert _run("--max-chars", "100000", str(path)).exit_code == 0


def test_empty_stdin() -> None:
    r = _run("-", input=b"")
    assert r.exit_code == EXIT_ERROR and "[B101] -: " in r.stderr


def test_non_vietnamese_text_warns_in_the_briefing(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("The council met on Monday. The mayor asked every department to submit a plan.\n" * 3)
    r = _run("-f", "json", str(path))
    assert r.exit_code == 0, r.output
    assert any("does not look like Vietnamese" in w for w in json.loads(r.stdout)["warnings"])


def test_legacy_encoding_is_converted_and_noted(tmp_path: Path) -> None:
    path = tmp_path / "vni.txt"
    path.write_bytes(to_vni(MEETING_REPORT))
    r = _run("-f", "json", str(path))
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["title"] == "Hà Nội họp bàn giải pháp xử lý rác thải"
    assert any("VNI" in w for w in data["warnings"])


@pytest.mark.parametrize("name", ["báo cáo họp.txt", "it's \"odd\"; rm x.txt", " lead & $HOME.txt"])
def test_odd_file_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(MEETING_REPORT, encoding="utf-8")
    r = _run("-f", "json", str(path))
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["source"] == str(path)


def _subprocess(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "briefing", "summarize", "--engine", "extractive", *args],
                          capture_output=True, cwd=cwd, env=env, timeout=60, check=False)


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(200))
    raw_name = b"b\xe1o c\xe1o.txt"  # a Latin-1 file name: not valid UTF-8
    with open(os.path.join(os.fsencode(tmp_path), raw_name), "wb") as fh:
        fh.write(MEETING_REPORT.encode())
    for args, rc in ((("scan.txt",), 1), (("nothing here.txt",), 1), (("-f", "json", raw_name), 0)):
        done = _subprocess(*args, cwd=tmp_path)
        stderr = done.stderr.decode("utf-8", "replace")
        assert done.returncode == rc, stderr
        assert "Traceback" not in stderr
        if rc:
            assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("briefing: error: [B10")
        else:
            assert "\ufffd" in json.loads(done.stdout)["source"]


def test_a_missing_model_stops_a_several_file_run_with_one_line(tmp_path: Path) -> None:
    """Only a bad input is per-file; no model would fail every file the same way."""
    paths = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(MEETING_REPORT, encoding="utf-8")
        paths.append(str(tmp_path / name))
    r = CliRunner().invoke(cli, ["summarize", "--engine", "abstractive", *paths])
    assert r.exit_code == EXIT_ERROR
    assert r.stderr.count("[B201]") == 1 and r.stdout == "", r.stderr


def test_a_bad_input_among_several_is_reported_and_the_rest_briefed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(MEETING_REPORT, encoding="utf-8")
    r = _run(str(tmp_path / "absent.txt"), str(good))
    assert r.exit_code == EXIT_ERROR and r.stderr.count("[B100]") == 1
    assert r.stdout.startswith("# ")
