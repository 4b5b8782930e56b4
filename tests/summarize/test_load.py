"""load_summarizer's choice of engine, and clear errors for broken model folders."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefing.errors import DependencyError, ModelLoadError, ModelNotFoundError
from briefing.summarize import ExtractiveSummarizer, load_summarizer
from briefing.summarize.resolve import resolve_name
from briefing.summarize.seq2seq import AbstractiveSummarizer


def test_auto_without_a_model_falls_back_with_one_notice() -> None:
    notices: list[str] = []
    engine = load_summarizer("auto", on_notice=notices.append)
    assert isinstance(engine, ExtractiveSummarizer)
    assert len(notices) == 1 and "briefing models download vit5-base" in notices[0]


def test_extractive_needs_no_model_and_says_nothing() -> None:
    notices: list[str] = []
    assert isinstance(load_summarizer("extractive", on_notice=notices.append), ExtractiveSummarizer)
    assert notices == []


def test_abstractive_without_a_model_is_an_error_naming_the_command() -> None:
    with pytest.raises(ModelNotFoundError, match="briefing models download vit5-base"):
        load_summarizer("abstractive")


def test_auto_with_an_explicit_missing_model_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        load_summarizer("auto", str(tmp_path / "gone"))


def test_auto_uses_a_model_found_in_models(tiny_t5: Path, isolated_models: Path) -> None:
    shutil.copytree(tiny_t5, isolated_models / "my-model")
    notices: list[str] = []
    engine = load_summarizer("auto", on_notice=notices.append, threads=1)
    assert isinstance(engine, AbstractiveSummarizer) and engine.model_name == "my-model"
    assert notices == []


def test_unknown_backend_is_refused(tiny_t5: Path) -> None:
    with pytest.raises(DependencyError, match="backend"):
        load_summarizer("abstractive", str(tiny_t5), backend="tpu")


def broken_error(folder: Path) -> str:
    with pytest.raises(ModelLoadError) as info:
        AbstractiveSummarizer.load(resolve_name(str(folder)), threads=1)
    line = info.value.one_line()
    assert str(folder) in line and "\n" not in line
    return line


def test_missing_weights(tiny_t5_copy: Path) -> None:
    (tiny_t5_copy / "model.safetensors").unlink()
    assert "no weights" in broken_error(tiny_t5_copy)


def test_corrupt_weights(tiny_t5_copy: Path) -> None:
    weights = tiny_t5_copy / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:200])
    assert "weights cannot be loaded" in broken_error(tiny_t5_copy)


def test_weights_of_another_shape(tiny_t5_copy: Path, tiny_model_factory) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(tiny_model_factory("mt5") / "model.safetensors", tiny_t5_copy / "model.safetensors")
    config = json.loads((tiny_t5_copy / "config.json").read_text())
    config["d_model"] = 48
    (tiny_t5_copy / "config.json").write_text(json.dumps(config))
    assert "weights" in broken_error(tiny_t5_copy)


def test_wrong_architecture(tiny_t5_copy: Path) -> None:
    (tiny_t5_copy / "config.json").write_text(json.dumps({"model_type": "bert", "vocab_size": 400}))
    assert "not a sequence-to-sequence" in broken_error(tiny_t5_copy)


def test_missing_config(tiny_t5_copy: Path) -> None:
    (tiny_t5_copy / "config.json").unlink()
    with pytest.raises(ModelNotFoundError):  # without config.json it is not a model folder at all
        resolve_name("vit5-base")
    assert "config.json" in broken_error(tiny_t5_copy)


def test_mismatched_tokenizer(tiny_t5_copy: Path) -> None:
    from transformers import AutoTokenizer

    # A tokenizer with ids the model has no embeddings for (another model's tokenizer).
    tokenizer = AutoTokenizer.from_pretrained(tiny_t5_copy)
    tokenizer.add_tokens([f"từmới{i}" for i in range(40)])
    tokenizer.save_pretrained(tiny_t5_copy)
    assert "does not belong" in broken_error(tiny_t5_copy)


def test_unreadable_tokenizer(tiny_t5_copy: Path) -> None:
    for f in tiny_t5_copy.glob("tokenizer*"):
        f.write_text("{ not json")
    assert "tokenizer" in broken_error(tiny_t5_copy)


def test_an_empty_folder_is_named_as_no_model_not_a_tokenizer_failure(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-model"
    folder.mkdir()
    assert "no config.json" in broken_error(folder)
