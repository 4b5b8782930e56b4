"""``briefing models list | download | info`` and the lazy-import promise."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from briefing.cli.main import cli


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def test_list_shows_every_model_with_its_licence() -> None:
    r = run("models", "list")
    assert r.exit_code == 0, r.output
    assert "*vit5-base" in r.stdout and "VietAI/vit5-base-vietnews-summarization" in r.stdout
    assert "non-commercial" in r.stdout and "'vietnews: '" in r.stdout
    assert "briefing models download vit5-base" in r.stdout


def test_list_marks_downloaded_models(isolated_models: Path) -> None:
    (isolated_models / "vit5-large").mkdir()
    (isolated_models / "vit5-large" / "config.json").write_text("{}")
    line = next(x for x in run("models", "list").stdout.splitlines() if "vit5-large " in x)
    assert line.rstrip().endswith("yes")


def test_info_of_a_model_not_downloaded_says_how_to_get_it() -> None:
    r = run("models", "info", "vit5-large")
    assert r.exit_code == 0, r.output
    assert "briefing models download vit5-large" in r.stdout and "'vietnews: '" in r.stdout
    assert "1,024 tokens" in r.stdout


def test_info_of_a_folder_reads_its_settings(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "mbart", "max_position_embeddings": 256}))
    r = run("models", "info", str(folder))
    assert r.exit_code == 0, r.output
    assert f"found:     {folder.resolve()}" in r.stdout and "256 tokens" in r.stdout
    assert "not checked" in r.stdout
    assert "config.json" not in r.stdout  # a readable config draws no remark


@pytest.mark.parametrize("config", [None, "{not json"])
def test_info_of_a_folder_without_a_usable_config_says_so(tmp_path: Path, config: str | None) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    if config is not None:
        (folder / "config.json").write_text(config)
    r = run("models", "info", str(folder))
    assert r.exit_code == 0, r.output
    assert "config.json: not a usable transformers model folder" in r.stdout


def test_info_of_an_unknown_model_fails_with_one_line() -> None:
    r = run("models", "info", "nobody-here/no-such-model")
    assert r.exit_code == 1 and len(r.stderr.strip().splitlines()) == 1


def test_download_offline_fails_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import huggingface_hub

    class Offline:
        def model_info(self, *a: object, **k: object) -> None:
            raise OSError("[Errno -2] Name or service not known")

    monkeypatch.setattr(huggingface_hub, "HfApi", Offline)
    r = run("models", "download", "vit5-base")
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Hugging Face Hub" in lines[0]


def test_list_and_extractive_summaries_import_no_model_library(sample_path: Path) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from briefing.cli.main import cli\n"
        "for args in (['models', 'list'], ['models', 'info', 'vit5-base'],\n"
        f"             ['summarize', '--engine', 'extractive', {str(sample_path)!r}]):\n"
        "    assert CliRunner().invoke(cli, args).exit_code == 0, args\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'transformers', 'ctranslate2')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
