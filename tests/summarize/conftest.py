"""Fixtures for the summarization tests: tiny random models built once per session, and an
environment where no real model (models/, $BRIEFING_MODEL, the HF cache) can leak in."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.summarize import tiny_models


@pytest.fixture(scope="session")
def spm_folder(tmp_path_factory: pytest.TempPathFactory, sample_text: str) -> Path:
    return tiny_models.train_sentencepiece(tmp_path_factory.mktemp("spm"), sample_text)


@pytest.fixture(scope="session")
def tiny_model_factory(tmp_path_factory: pytest.TempPathFactory, spm_folder: Path) -> Callable[[str], Path]:
    """Builds (once per kind) a tiny random model folder: ``t5``, ``mt5`` or ``mbart``."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("transformers")
    # One thread: on a small shared machine torch's thread pool spins against other work
    # and tiny models run tens of times slower with two threads than with one.
    torch.set_num_threads(1)
    built: dict[str, Path] = {}

    def make(kind: str) -> Path:
        if kind not in built:
            built[kind] = tiny_models.build(kind, spm_folder, tmp_path_factory.mktemp(f"tiny-{kind}"))
        return built[kind]

    return make


@pytest.fixture(scope="session")
def tiny_t5(tiny_model_factory: Callable[[str], Path]) -> Path:
    return tiny_model_factory("t5")


@pytest.fixture
def tiny_t5_copy(tiny_t5: Path, tmp_path: Path) -> Path:
    """A copy of the tiny T5 that a test may damage."""
    return Path(shutil.copytree(tiny_t5, tmp_path / "copy-of-tiny-t5"))
