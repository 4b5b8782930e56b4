"""Finding a model on disk: --model, $BRIEFING_MODEL, models/, the HF cache; never the network."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from briefing.errors import ModelNotFoundError
from briefing.summarize.resolve import METADATA_FILE, hf_cache_snapshot, resolve_model, resolve_name


def fake_model(folder: Path, **meta: object) -> Path:
    """A folder that looks like a model to resolution (loading is tested elsewhere)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text('{"model_type": "t5"}', encoding="utf-8")
    if meta:
        (folder / METADATA_FILE).write_text(json.dumps(meta), encoding="utf-8")
    return folder


def fake_hf_cache(cache: Path, repo_id: str) -> Path:
    repo = cache / ("models--" + repo_id.replace("/", "--"))
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text("abc123", encoding="utf-8")
    return fake_model(repo / "snapshots" / "abc123")


def test_nothing_found_is_none(isolated_models: Path) -> None:
    assert resolve_model() is None


def test_registry_model_in_models_folder_is_found_by_default(isolated_models: Path) -> None:
    folder = fake_model(isolated_models / "vit5-base")
    found = resolve_model()
    assert found is not None and found.path == folder and found.name == "vit5-base"
    assert found.spec is not None and found.spec.repo_id == "VietAI/vit5-base-vietnews-summarization"


def test_default_model_wins_over_other_registry_models(isolated_models: Path) -> None:
    fake_model(isolated_models / "mt5-xlsum")
    fake_model(isolated_models / "vit5-base")
    found = resolve_model()
    assert found is not None and found.name == "vit5-base"


def test_any_other_model_folder_in_models_is_used(isolated_models: Path) -> None:
    fake_model(isolated_models / "my-finetune")
    (isolated_models / "not-a-model").mkdir()
    found = resolve_model()
    assert found is not None and found.name == "my-finetune" and found.spec is None


def test_hf_cache_is_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    snap = fake_hf_cache(tmp_path / "hf-cache", "VietAI/vit5-base-vietnews-summarization")
    assert hf_cache_snapshot("VietAI/vit5-base-vietnews-summarization") == snap
    found = resolve_model()
    assert found is not None and found.path == snap and "cache" in found.origin


def test_a_cached_hub_id_resolves_by_id(tmp_path: Path) -> None:
    snap = fake_hf_cache(tmp_path / "hf-cache", "someone/vi-summarizer")
    found = resolve_name("someone/vi-summarizer")
    assert found.path == snap and found.name == "someone/vi-summarizer"


def test_an_explicit_folder_wins_and_keeps_the_name_given(tmp_path: Path, isolated_models: Path) -> None:
    fake_model(isolated_models / "vit5-base")
    mine = fake_model(tmp_path / "mine")
    found = resolve_model(str(mine))
    assert found is not None and found.path == mine.resolve() and found.name == str(mine)


def test_a_downloaded_folder_keeps_its_registry_settings(tmp_path: Path) -> None:
    folder = fake_model(tmp_path / "elsewhere", name="vit5-large")
    found = resolve_name(str(folder))
    assert found.spec is not None and found.spec.prefix == "vietnews: "


def test_env_variable_comes_after_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_model = fake_model(tmp_path / "from-env")
    other = fake_model(tmp_path / "from-option")
    monkeypatch.setenv("BRIEFING_MODEL", str(env_model))
    assert resolve_model().path == env_model.resolve()  # type: ignore[union-attr]
    assert resolve_model(str(other)).path == other.resolve()  # type: ignore[union-attr]


def test_env_variable_naming_a_missing_model_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_MODEL", "vit5-large")
    with pytest.raises(ModelNotFoundError, match="briefing models download vit5-large") as info:
        resolve_model()
    assert "$BRIEFING_MODEL" in str(info.value)  # the user passed no --model: say where it came from


def test_a_registry_name_not_downloaded_names_the_command() -> None:
    with pytest.raises(ModelNotFoundError, match="briefing models download vit5-base"):
        resolve_name("vit5-base")


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        resolve_name(str(tmp_path / "nowhere"))
    assert "nowhere" in info.value.one_line()


def test_a_file_is_not_a_model(tmp_path: Path) -> None:
    path = tmp_path / "model.bin"
    path.write_bytes(b"x")
    with pytest.raises(ModelNotFoundError, match="is a file"):
        resolve_name(str(path))


def test_an_unknown_hub_id_fails_at_once_without_the_network() -> None:
    start = time.monotonic()
    with pytest.raises(ModelNotFoundError, match="briefing models download nobody-here/no-such-model"):
        resolve_name("nobody-here/no-such-model")
    assert time.monotonic() - start < 2.0  # transformers' own path retries for ~20 s
