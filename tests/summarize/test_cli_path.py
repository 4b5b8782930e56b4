"""The whole CLI path on tiny random models, offline: resolution, loading through the Auto
classes, chunking (the tiny models' window is 64 tokens), generation and rendering."""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefing.cli.main import cli


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("kind", ["t5", "mt5", "mbart"])
def test_summarize_with_a_tiny_model(kind: str, tiny_model_factory: Callable[[str], Path], sample_path: Path) -> None:
    folder = tiny_model_factory(kind)
    r = run("summarize", "--model", str(folder), "--threads", "1", "-f", "json", str(sample_path))
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    info = data["summary_info"]
    assert info["engine"] == "abstractive" and info["model"] == str(folder)
    assert info["chunks"] > 1  # the sample does not fit a 64-token window
    assert isinstance(data["summary"], str)
    assert data["tasks"], "tasks come from extraction, whatever the engine"


def test_markdown_names_the_model(tiny_t5: Path, sample_path: Path) -> None:
    r = run("summarize", "--model", str(tiny_t5), "--threads", "1", str(sample_path))
    assert r.exit_code == 0, r.output
    assert f"tóm tắt mô hình {tiny_t5}" in r.stdout.splitlines()[-1]


def test_env_variable_selects_the_model(tiny_t5: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_MODEL", str(tiny_t5))
    r = run("summarize", "--threads", "1", "-f", "json", str(sample_path))
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["summary_info"]["model"] == str(tiny_t5)


def test_auto_without_a_model_falls_back_with_one_notice(sample_path: Path) -> None:
    r = run("summarize", "-f", "json", str(sample_path))
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["summary_info"]["engine"] == "extractive"
    notices = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(notices) == 1 and "briefing models download vit5-base" in notices[0]


@pytest.mark.parametrize("model", ["missing-folder", "nobody-here/no-such-model", "vit5-large"])
def test_a_missing_model_fails_fast_with_one_line(model: str, tmp_path: Path, sample_path: Path) -> None:
    name = str(tmp_path / model) if model == "missing-folder" else model
    start = time.monotonic()
    r = run("summarize", "--model", name, str(sample_path))
    assert time.monotonic() - start < 5
    assert r.exit_code == 1 and r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing: error: [B201]")


def test_a_broken_model_folder_fails_with_one_line(tiny_t5_copy: Path, sample_path: Path) -> None:
    (tiny_t5_copy / "model.safetensors").write_bytes(b"not weights")
    r = run("summarize", "--model", str(tiny_t5_copy), str(sample_path))
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "[B202]" in lines[0] and str(tiny_t5_copy) in lines[0]
