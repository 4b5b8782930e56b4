"""Download file selection and checks; the network itself is replaced by fakes."""
from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from briefing.errors import ModelError, ModelNotFoundError
from briefing.summarize import download as dl
from briefing.summarize.resolve import read_metadata, resolve_name

REPO_FILES = {
    "config.json": 10, "generation_config.json": 5, "spiece.model": 20, "tokenizer.json": 30,
    "tokenizer_config.json": 4, "special_tokens_map.json": 3, "README.md": 7, ".gitattributes": 1,
    "pytorch_model.bin": 100, "model.safetensors": 90, "tf_model.h5": 100, "flax_model.msgpack": 100,
    "training_args.bin": 2, "onnx/encoder.onnx": 50,
}


def test_safetensors_are_preferred_and_other_frameworks_skipped() -> None:
    chosen = dl.choose_files(REPO_FILES)
    assert "model.safetensors" in chosen
    assert not {"pytorch_model.bin", "tf_model.h5", "flax_model.msgpack", "training_args.bin",
                "onnx/encoder.onnx", ".gitattributes"} & set(chosen)
    assert {"config.json", "spiece.model", "tokenizer.json", "tokenizer_config.json"} <= set(chosen)


def test_pickled_weights_only_when_there_are_no_safetensors() -> None:
    files = {k: v for k, v in REPO_FILES.items() if not k.endswith(".safetensors")}
    chosen = dl.choose_files(files)
    assert "pytorch_model.bin" in chosen and "training_args.bin" not in chosen


def test_check_files(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"12345")
    (tmp_path / "b").write_bytes(b"1")
    check = dl.check_files(tmp_path, {"a": 5, "b": 3, "c": 1})
    assert not check.ok and check.missing == ("c",) and check.wrong_size == ("b",)
    assert dl.check_files(tmp_path, {"a": 5, "b": None}).ok


class FakeApi:
    """Stands in for ``HfApi``: a repository listing, or an error."""

    error: Exception | None = None

    def model_info(self, repo_id: str, **_: Any) -> Any:
        if self.error is not None:
            raise self.error
        siblings = [SimpleNamespace(rfilename=k, size=v) for k, v in REPO_FILES.items()]
        return SimpleNamespace(sha="f" * 40, siblings=siblings)


def fake_snapshot_download(repo_id: str, *, revision: str, local_dir: Path, allow_patterns: list[str]) -> str:
    for name in allow_patterns:
        (Path(local_dir) / name).write_bytes(b"x" * REPO_FILES[name])
    return str(local_dir)


@pytest.fixture
def fake_hub(monkeypatch: pytest.MonkeyPatch) -> type[FakeApi]:
    import huggingface_hub

    FakeApi.error = None
    monkeypatch.setattr(huggingface_hub, "HfApi", FakeApi)
    monkeypatch.setattr(huggingface_hub, "snapshot_download", fake_snapshot_download)
    return FakeApi


def test_download_into_models_then_resolve(fake_hub: type[FakeApi], isolated_models: Path) -> None:
    folder = dl.download_model("vit5-base")
    assert folder == isolated_models / "vit5-base"
    meta = read_metadata(folder)
    assert meta["repo_id"] == "VietAI/vit5-base-vietnews-summarization" and meta["revision"] == "f" * 40
    assert dl.check_recorded(folder).ok  # type: ignore[union-attr]
    assert resolve_name("vit5-base").path == folder


def test_download_to_a_chosen_folder(fake_hub: type[FakeApi], tmp_path: Path) -> None:
    folder = dl.download_model("someone/model", tmp_path / "here")
    assert folder == tmp_path / "here" and (folder / "model.safetensors").is_file()


def test_damage_after_download_is_detected(fake_hub: type[FakeApi], isolated_models: Path) -> None:
    folder = dl.download_model("vit5-base")
    (folder / "model.safetensors").write_bytes(b"short")
    check = dl.check_recorded(folder)
    assert check is not None and check.wrong_size == ("model.safetensors",)


def test_offline_is_reported_at_once(fake_hub: type[FakeApi]) -> None:
    fake_hub.error = ConnectionError("Name or service not known")
    start = time.monotonic()
    with pytest.raises(ModelError, match="cannot reach the Hugging Face Hub"):
        dl.download_model("vit5-base")
    assert time.monotonic() - start < 2.0


def test_hf_hub_offline_refuses_before_any_request(fake_hub: type[FakeApi], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    fake_hub.error = AssertionError("no request may be made")
    with pytest.raises(ModelError, match="HF_HUB_OFFLINE"):
        dl.download_model("vit5-base")


def test_unknown_names_are_refused() -> None:
    with pytest.raises(ModelNotFoundError, match="registry name"):
        dl.download_model("not a model")
