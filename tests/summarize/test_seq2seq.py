"""The abstractive engine's own logic: chunking, map-reduce, batching, provenance, guards.

Most tests drive the engine with scripted backends over the tiny model's real tokenizer,
so what reaches the "model" and what comes back are known exactly; the last ones run the
tiny random T5 through the torch backend.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from briefing.errors import ModelLoadError
from briefing.io import read
from briefing.summarize.backend import GenerationSettings
from briefing.summarize.resolve import resolve_name
from briefing.summarize.seq2seq import AbstractiveSummarizer, ModelSettings, load_tokenizer
from briefing.text.segment import segment
from briefing.types import Segmented
from tests.summarize.tiny_models import EOS, WINDOW

SETTINGS = GenerationSettings(num_beams=1, max_new_tokens=16, no_repeat_ngram_size=0, batch_size=4)


class ScriptedBackend:
    """A backend whose "summary" is a function of the input ids; it records every call."""

    name = "scripted"
    device = "cpu"

    def __init__(self, respond: Callable[[list[int], GenerationSettings], list[int]]) -> None:
        self.respond = respond
        self.calls: list[list[list[int]]] = []

    def generate(self, batch: Sequence[Sequence[int]], settings: GenerationSettings) -> list[list[int]]:
        self.calls.append([list(ids) for ids in batch])
        return [self.respond(list(ids), settings) for ids in batch]


def lead(ids: list[int], settings: GenerationSettings) -> list[int]:
    """Copies the first tokens of the input, then stops: a faithful, shrinking summarizer."""
    content = [t for t in ids if t != EOS]
    return [0, *content[:settings.max_new_tokens // 2], EOS]


@pytest.fixture(scope="module")
def tokenizer(tiny_t5: Path) -> Any:
    return load_tokenizer(tiny_t5)


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> Segmented:
    return segment(read(sample_path))


def engine(tokenizer: Any, backend: Any, **overrides: Any) -> AbstractiveSummarizer:
    ms = ModelSettings(max_input_tokens=WINDOW, settings=SETTINGS, condense_settings=SETTINGS)
    return AbstractiveSummarizer(tokenizer, backend, model_name="scripted-model", model_settings=replace(ms, **overrides))


def test_a_long_report_is_chunked_and_partial_summaries_summarised_again(tokenizer: Any, sample: Segmented) -> None:
    backend = ScriptedBackend(lead)
    eng = engine(tokenizer, backend)
    summary = eng.summarize(sample)
    expected_chunks = eng.chunk([s.text for s in sample.body_sentences])
    assert summary.chunks == len(expected_chunks) > 1
    assert len(backend.calls) > -(-len(expected_chunks) // SETTINGS.batch_size)  # more than one round
    assert summary.engine == "abstractive" and summary.model == "scripted-model"
    assert not summary.truncated
    assert 0 < eng.count_tokens(summary.text) <= SETTINGS.max_new_tokens + 1
    assert summary.warnings == ()  # copied from the source: nothing invented


def test_no_input_exceeds_the_window_and_prefix_is_counted(tokenizer: Any, sample: Segmented) -> None:
    backend = ScriptedBackend(lead)
    eng = engine(tokenizer, backend, prefix="vietnews: ")
    prefix_ids = tokenizer("vietnews: ", add_special_tokens=False)["input_ids"]
    eng.summarize(sample)
    inputs = [ids for call in backend.calls for ids in call]
    assert max(len(ids) for ids in inputs) <= WINDOW
    assert all(ids[: len(prefix_ids)] == prefix_ids for ids in inputs)


def test_documents_and_chunks_are_batched_together_longest_first(tokenizer: Any, sample: Segmented) -> None:
    backend = ScriptedBackend(lead)
    eng = engine(tokenizer, backend)
    short = segment(read_text("Hội nghị bàn về giao thông. Các sở cần báo cáo sớm."))
    summaries = eng.summarize_many([sample, short, sample])
    assert [s.chunks for s in summaries] == [summaries[0].chunks, 1, summaries[0].chunks]
    total = 2 * summaries[0].chunks + 1
    first_round = backend.calls[: -(-total // SETTINGS.batch_size)]
    assert sum(len(c) for c in first_round) == total
    assert all(len(call) <= SETTINGS.batch_size for call in backend.calls)
    lengths = [len(ids) for call in first_round for ids in call]
    assert lengths == sorted(lengths, reverse=True)
    assert summaries[0].text == summaries[2].text == eng.summarize(sample).text


def read_text(text: str) -> Any:
    from briefing.types import Document

    return Document(text=text, title=None)


def test_an_output_cut_at_the_token_limit_is_recorded(tokenizer: Any, sample: Segmented) -> None:
    def endless(ids: list[int], settings: GenerationSettings) -> list[int]:
        return [0] + [t for t in ids if t != EOS][:1] * settings.max_new_tokens

    summary = engine(tokenizer, ScriptedBackend(endless)).summarize(sample)
    assert summary.truncated
    assert any("limit of 16 tokens" in w for w in summary.warnings)


def test_invented_figures_and_names_are_reported(tokenizer: Any) -> None:
    invented = tokenizer("Có 2021 hộ dân ở Đà Lạt.", add_special_tokens=False)["input_ids"]
    summary = engine(tokenizer, ScriptedBackend(lambda ids, s: [*invented, EOS])).summarize(
        segment(read_text("Hội nghị bàn về giao thông. Các sở cần báo cáo sớm.")))
    assert any('"2021"' in w for w in summary.warnings)


def test_tone_marks_are_normalised_when_the_model_needs_it(tokenizer: Any) -> None:
    eng = engine(tokenizer, ScriptedBackend(lead), tone_normalize=True)
    assert eng.encode("Hoà Bình hoà giải") == eng.encode("Hòa Bình hòa giải")


def test_condense_keeps_to_the_word_bound(tokenizer: Any) -> None:
    def wordy(ids: list[int], settings: GenerationSettings) -> list[int]:
        return tokenizer("một hai ba bốn năm sáu bảy tám", add_special_tokens=False)["input_ids"] + [EOS]

    eng = engine(tokenizer, ScriptedBackend(wordy))
    lines = eng.condense_many([["Các sở báo cáo.", "Các huyện kiểm tra."], []], max_words=4)
    assert lines[1] == ""
    assert lines[0].endswith("…") and len(lines[0].split()) <= 4


def test_a_window_too_small_for_the_prefix_is_refused(tokenizer: Any) -> None:
    with pytest.raises(ModelLoadError, match="no room"):
        engine(tokenizer, ScriptedBackend(lead), max_input_tokens=4, prefix="một tiền tố rất dài ở đây")


def test_the_torch_backend_puts_settings_on_generation_config(tiny_t5: Path, sample: Segmented) -> None:
    eng = AbstractiveSummarizer.load(resolve_name(str(tiny_t5)), threads=1)
    eng.model_settings = replace(eng.model_settings, settings=replace(SETTINGS, num_beams=2, max_new_tokens=12,
                                                                       no_repeat_ngram_size=2))
    summary = eng.summarize(sample)
    gen = eng.backend.model.generation_config  # type: ignore[attr-defined]
    assert (gen.num_beams, gen.max_new_tokens, gen.no_repeat_ngram_size) == (2, 12, 2)
    assert summary.model == str(tiny_t5) and summary.chunks > 1
    import torch

    expected = "cuda" if torch.cuda.is_available() else "cpu"  # device=None picks CUDA when present
    assert eng.backend.device == expected and f"torch on {expected}" in eng.describe()


def test_torch_device_mistakes_are_model_errors_like_ct2s() -> None:
    """An impossible --device is B200 on both backends, not "a package is missing" (B300)."""
    import torch

    from briefing.errors import ModelError
    from briefing.summarize.torch_backend import pick_device

    with pytest.raises(ModelError) as info:
        pick_device("tpu")
    assert info.value.code == "B200"
    if not torch.cuda.is_available():
        with pytest.raises(ModelError, match="no CUDA"):
            pick_device("cuda")
