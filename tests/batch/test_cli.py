"""``briefing batch`` as a user runs it: exit codes, messages, options."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli.main import cli


def _invoke(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_all_good_exits_0_with_a_summary_on_stderr(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = _invoke("batch", str(tree), "-o", str(out), "-r", "--engine", "extractive", "-f", "md")
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert "5 report(s): 5 briefed, 0 unchanged, 0 failed" in r.stderr
    assert "briefing  " not in r.stderr and "report/s" not in r.stderr  # no progress bar off a terminal
    assert sorted(p.name for p in out.glob("*.md")) == ["a.md", "b.md", "digest.md"]
    assert not list(out.glob("*.json"))


def test_some_failed_exits_3_and_quiet_is_silent(tree: Path, tmp_path: Path) -> None:
    (tree / "x.txt").write_bytes(b"")
    out = tmp_path / "out"
    r = _invoke("batch", str(tree), "-o", str(out), "--engine", "extractive", "-q")
    assert r.exit_code == 3
    assert r.stderr == ""
    assert json.loads((out / "errors.jsonl").read_text(encoding="utf-8"))["path"] == "x.txt"
    r = _invoke("batch", str(tree), "-o", str(out), "--engine", "extractive")
    assert r.exit_code == 3 and "1 failed" in r.stderr and "errors.jsonl" in r.stderr


def test_formats_and_globs(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = _invoke("batch", str(tree), "-o", str(out), "-r", "--engine", "extractive", "-f", "json,text",
                "-f", "md", "--glob", "thang3/*.txt")
    assert r.exit_code == 0
    assert sorted(str(p.relative_to(out)) for p in (out / "thang3").iterdir()) == [
        "thang3/a.json", "thang3/a.md", "thang3/a.txt", "thang3/c.json", "thang3/c.md", "thang3/c.txt"]
    r = _invoke("batch", str(tree), "-o", str(out), "-f", "pdf")
    assert r.exit_code == 2


def test_usage_and_output_errors(tree: Path, tmp_path: Path) -> None:
    assert _invoke("batch", str(tmp_path / "missing"), "-o", str(tmp_path / "o")).exit_code == 2
    assert _invoke("batch", str(tree)).exit_code == 2  # -o is required
    blocker = tmp_path / "f"
    blocker.write_text("x", encoding="utf-8")
    r = _invoke("batch", str(tree), "-o", str(blocker / "out"), "--engine", "extractive")
    assert r.exit_code == 1 and "[B400]" in r.stderr


def test_batch_command_imports_no_model_library() -> None:
    code = ("import sys; from briefing.cli.batch import batch; import briefing.batch.runner; "
            "print(sorted(m for m in ('torch', 'transformers', 'ctranslate2', 'underthesea', 'ray', 'pyarrow') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_executor_ray_without_ray_exits_2_with_the_install_line(tree: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ray", "ray.data"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    r = _invoke("batch", str(tree), "-o", str(tmp_path / "out"), "--engine", "extractive", "--executor", "ray")
    assert r.exit_code == 2
    assert "pip install 'briefing-vn[ray]'" in r.stderr
    assert not (tmp_path / "out").exists()


def test_ray_options_need_the_ray_executor(tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = str(tmp_path / "out")
    for extra in (["--address", "auto"], ["--actors", "2"]):
        r = _invoke("batch", str(tree), "-o", out, "--engine", "extractive", *extra)
        assert r.exit_code == 2 and "--executor ray" in r.stderr
    r = _invoke("batch", str(tree), "-o", out, "--engine", "extractive", "--executor", "ray", "-j", "2")
    assert r.exit_code == 2 and "--actors" in r.stderr
    # Ray Data cannot run through Ray Client: said before anything starts, with what to do.
    r = _invoke("batch", str(tree), "-o", out, "--executor", "ray", "--address", "ray://head:10001")
    assert r.exit_code == 2 and "ray job submit" in r.stderr
    # $RAY_ADDRESS (set inside a Ray job) is for the ray executor; a local run ignores it.
    monkeypatch.setenv("RAY_ADDRESS", "ray://127.0.0.1:1")
    assert _invoke("batch", str(tree), "-o", out, "--engine", "extractive").exit_code == 0
