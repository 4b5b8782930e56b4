"""The CTranslate2 backend agrees with transformers and caches its conversion.

The model is a tiny random T5 built here (two layers, d_model 32) with a hand-written
unigram vocabulary, so nothing is downloaded. Its weights are drawn wider than T5's own
initialisation: with the default ones a random T5 emits the pad token forever, and an
"equal outputs" check on constant outputs could not fail.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

ct2 = pytest.importorskip("ctranslate2")
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from click.testing import CliRunner  # noqa: E402

from briefing.cli.models_convert import convert  # noqa: E402
from briefing.errors import ModelError, ModelLoadError, ModelNotFoundError  # noqa: E402
from briefing.summarize import ct2_convert  # noqa: E402
from briefing.summarize.backend import GenerationBackend, GenerationSettings  # noqa: E402
from briefing.summarize.ct2_backend import CT2Backend  # noqa: E402
from briefing.summarize.ct2_convert import convert_model, default_destination, is_up_to_date  # noqa: E402

LETTERS = "abcdeghiklmnopqrstuvxyàáảãạăâđêôơư"
EOS = 1


def _build_tiny_t5(folder: Path) -> Path:
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    pieces = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0)]
    pieces += [("▁" + a + b, -5.0) for a in LETTERS[:10] for b in LETTERS[:10]]
    pieces += [(c, -8.0) for c in LETTERS]
    tokenizer = T5Tokenizer(vocab=pieces, extra_ids=0)
    config = T5Config(vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=64, num_layers=2, num_decoder_layers=2,
                      num_heads=4, feed_forward_proj="relu", decoder_start_token_id=0, pad_token_id=0, eos_token_id=EOS)
    torch.manual_seed(0)
    model = T5ForConditionalGeneration(config).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.normal_(0.0, 0.3)
        # A louder end token, so that some greedy outputs stop early and the end-token
        # handling is compared too.
        model.shared.weight[EOS] *= 8.0
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def tiny_t5(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_tiny_t5(tmp_path_factory.mktemp("tiny-t5"))


@pytest.fixture(scope="module")
def inputs() -> list[list[int]]:
    rng = random.Random(7)
    return [[rng.randrange(3, 138) for _ in range(rng.randrange(2, 40))] + [EOS] for _ in range(10)]


def _torch_greedy(model_dir: Path, batch: list[list[int]], max_new: int, min_new: int) -> list[list[int]]:
    from transformers import T5ForConditionalGeneration

    model = T5ForConditionalGeneration.from_pretrained(model_dir).eval()
    out = []
    with torch.no_grad():
        for ids in batch:  # one at a time: no padding, so nothing but the model decides
            seq = model.generate(torch.tensor([ids]), num_beams=1, do_sample=False,
                                 max_new_tokens=max_new, min_new_tokens=min_new)[0].tolist()
            out.append(seq)
    return out


@pytest.mark.parametrize("min_new", [0, 12])
def test_greedy_ids_equal_transformers(tiny_t5: Path, inputs: list[list[int]], min_new: int) -> None:
    backend = CT2Backend.from_pretrained(tiny_t5, device="cpu", threads=1, compute_type="float32")
    settings = GenerationSettings(num_beams=1, max_new_tokens=12, min_new_tokens=min_new, no_repeat_ngram_size=0,
                                  batch_size=4)
    got = backend.generate(inputs, settings)
    expected = _torch_greedy(tiny_t5, inputs, 12, min_new)
    assert got == expected
    # Guard against a degenerate model, under which equality would prove nothing.
    assert len({tuple(s) for s in expected}) >= 5
    assert len({t for s in expected for t in s}) >= 8
    if min_new == 0:
        assert any(s[-1] == EOS and len(s) < 13 for s in expected), "no output stopped early"
    else:
        assert all(len(s) == 13 for s in expected)


def test_int8_runs_and_respects_lengths(tiny_t5: Path, inputs: list[list[int]]) -> None:
    backend = CT2Backend.from_pretrained(tiny_t5, device="cpu", threads=1)
    assert backend.compute_type == "int8"
    assert isinstance(backend, GenerationBackend)
    out = backend.generate(inputs, GenerationSettings(num_beams=2, max_new_tokens=9, min_new_tokens=9))
    assert len(out) == len(inputs)
    assert all(len(s) == 10 and s[0] == 0 for s in out)
    assert all(0 <= t < len(backend.vocabulary) for s in out for t in s)
    assert (tiny_t5 / "ct2-int8" / "model.bin").is_file()


def test_conversion_is_cached_and_redone_when_weights_change(tmp_path: Path) -> None:
    src = _build_tiny_t5(tmp_path / "m")
    dst = convert_model(src, quantization="float32")
    assert dst == src / "ct2-float32" and is_up_to_date(src, dst)
    stamp = (dst / "model.bin").stat().st_mtime_ns
    assert convert_model(src, quantization="float32") == dst
    assert (dst / "model.bin").stat().st_mtime_ns == stamp  # reused, not rewritten
    weights = next(src.glob("*.safetensors"))
    weights.write_bytes(weights.read_bytes())  # same bytes, new mtime: treated as changed
    assert not is_up_to_date(src, dst)
    convert_model(src, quantization="float32")
    assert is_up_to_date(src, dst)
    assert not list(src.glob(".ct2-*")), "a temporary folder was left behind"


def test_read_only_model_converts_into_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(ct2_convert.os, "access", lambda *args, **kwargs: False)
    dst = default_destination(tmp_path / "some-model", "int8")
    assert dst.is_relative_to(tmp_path / "cache") and dst.name == "ct2-int8"
    assert default_destination(tmp_path / "other" / "some-model", "int8") != dst


def test_a_converted_folder_loads_directly(tiny_t5: Path, inputs: list[list[int]]) -> None:
    converted = convert_model(tiny_t5, quantization="float32")
    direct = CT2Backend.from_pretrained(converted, device="cpu", threads=1, compute_type="float32")
    assert direct.model_dir == converted
    settings = GenerationSettings(num_beams=1, max_new_tokens=6, no_repeat_ngram_size=0)
    via_source = CT2Backend.from_pretrained(tiny_t5, device="cpu", threads=1, compute_type="float32")
    assert direct.generate(inputs[:3], settings) == via_source.generate(inputs[:3], settings)


def test_errors_are_briefing_errors(tiny_t5: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        CT2Backend.from_pretrained(tmp_path / "missing", device="cpu")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "config.json").write_text('{"model_type": "t5"}', encoding="utf-8")
    with pytest.raises(ModelLoadError):
        convert_model(tmp_path / "broken")
    backend = CT2Backend.from_pretrained(tiny_t5, device="cpu", threads=1)
    with pytest.raises(ModelError):
        backend.generate([[5, 10_000, EOS]], GenerationSettings(num_beams=1, max_new_tokens=3))
    assert backend.generate([], GenerationSettings()) == []


def test_convert_command(tiny_t5: Path, tmp_path: Path) -> None:
    out = tmp_path / "converted"
    result = CliRunner().invoke(convert, [str(tiny_t5), "--quantization", "float32", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "model.bin").is_file()
    assert str(out) in result.output
    missing = CliRunner().invoke(convert, [str(tmp_path / "nope")])
    assert missing.exit_code != 0


@pytest.mark.skipif(ct2.get_cuda_device_count() == 0, reason="needs a CUDA device")
def test_cuda_is_picked_automatically_and_runs_float16(tiny_t5: Path, inputs: list[list[int]]) -> None:
    backend = CT2Backend.from_pretrained(tiny_t5)
    assert (backend.device, backend.compute_type) == ("cuda", "float16")
    assert (tiny_t5 / "ct2-float16" / "model.bin").is_file()
    out = backend.generate(inputs, GenerationSettings(num_beams=2, max_new_tokens=7, min_new_tokens=7))
    assert [len(s) for s in out] == [8] * len(inputs)
    assert all(0 <= t < len(backend.vocabulary) for s in out for t in s)


def test_parallel_sub_batches_keep_input_order(tiny_t5: Path, inputs: list[list[int]]) -> None:
    settings = GenerationSettings(num_beams=1, max_new_tokens=8, no_repeat_ngram_size=0, batch_size=3)
    serial = CT2Backend.from_pretrained(tiny_t5, device="cpu", threads=1, compute_type="float32")
    parallel = CT2Backend.from_pretrained(tiny_t5, device="cpu", threads=2, compute_type="float32", inter_threads=2)
    assert parallel.generate(inputs, settings) == serial.generate(inputs, settings)
