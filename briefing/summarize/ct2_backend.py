"""The CTranslate2 generation backend: int8 on CPU, float16 on CUDA.

CTranslate2 runs the same encoder-decoder as transformers with fused, quantized kernels
and its own batching, which on CPU makes greedy and beam decoding markedly faster (see
``benchmarks/README.md``). It takes token *strings*, not ids, so this backend maps ids to
the converted model's vocabulary and back; ``ct2_convert`` checks at conversion time that
vocabulary position and tokenizer id agree, which makes the mapping exact.

Outputs follow ``transformers``' ``generate()``: the decoder start token first, then the
generated ids, then the end token when the model produced one (no trailing padding), so
the engine decodes either backend's output the same way.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.errors import DependencyError, ModelError, ModelLoadError, ModelNotFoundError
from briefing.summarize.backend import GenerationSettings
from briefing.summarize.ct2_convert import (
    QUANTIZATIONS,
    convert_model,
    default_destination,
    is_ct2_model,
    is_up_to_date,
)

log = logging.getLogger("briefing")

#: Weight type per device: int8 keeps CPU matrix products in VNNI/AVX2 integer kernels;
#: float16 is what GPU tensor cores run fastest without int8's accuracy cost.
COMPUTE_TYPE = {"cpu": "int8", "cuda": "float16"}


def _import_ct2() -> Any:
    try:
        import ctranslate2
    except ImportError as exc:
        raise DependencyError("the ct2 backend needs CTranslate2: pip install 'briefing-vn[ct2]'") from exc
    return ctranslate2


def _read_vocabulary(model_dir: Path) -> list[str]:
    """The target vocabulary of a converted model (JSON list, or one token a line)."""
    for stem in ("shared_vocabulary", "target_vocabulary"):
        as_json = model_dir / f"{stem}.json"
        if as_json.is_file():
            return list(json.loads(as_json.read_text(encoding="utf-8")))
        as_txt = model_dir / f"{stem}.txt"
        if as_txt.is_file():
            return as_txt.read_text(encoding="utf-8").split("\n")[:-1]
    raise ModelLoadError("the CTranslate2 model has no vocabulary file", path=str(model_dir))


def _default_threads() -> int:
    """All cores this process may use: CTranslate2's own default caps at 4 regardless."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class CT2Backend:
    """Generates with a CTranslate2 ``Translator``; build one with :meth:`from_pretrained`."""

    #: translate_batch sorts by length and splits by max_batch_size itself.
    splits_batches = True

    name = "ct2"

    def __init__(self, translator: Any, vocabulary: list[str], *, device: str, compute_type: str,
                 model_dir: Path, decoder_start_token: str) -> None:
        self.translator = translator
        self.vocabulary = vocabulary
        self.device = device
        self.compute_type = compute_type
        self.model_dir = model_dir
        # First occurrence wins, so a token listed twice maps back to the id a tokenizer gives it.
        self._ids: dict[str, int] = {}
        for i, tok in enumerate(vocabulary):
            self._ids.setdefault(tok, i)
        self.decoder_start_id = self._ids.get(decoder_start_token, 0)

    @classmethod
    def from_pretrained(cls, path: str | os.PathLike[str], *, device: str | None = None,
                        threads: int | None = None, compute_type: str | None = None,
                        inter_threads: int = 1) -> CT2Backend:
        """Load the model at ``path``, converting it once (cached beside it) if needed.

        Args:
            path: a Hugging Face model folder, or an already converted CTranslate2 folder.
            device: ``"cpu"``, ``"cuda"``, or ``None``/``"auto"`` for CUDA when a GPU is seen.
            threads: CPU threads in all (default: all cores available).
            compute_type: override :data:`COMPUTE_TYPE` (e.g. ``"float32"`` for exact
                agreement with transformers).
            inter_threads: sub-batches decoded in parallel, each on ``threads //
                inter_threads`` cores. 1 (the default) gives the lowest latency for one
                report; as many as there are cores gives the most reports per minute when
                one :meth:`generate` call carries several batches (measured in
                ``benchmarks/README.md``: small decoder steps waste little time in
                thread synchronisation when each runs on one core).
        """
        ct2 = _import_ct2()
        if device in (None, "auto"):
            device = "cuda" if ct2.get_cuda_device_count() > 0 else "cpu"
        if device not in COMPUTE_TYPE:
            raise ModelError(f"unknown device {device!r}; choose cpu or cuda")
        if device == "cuda" and ct2.get_cuda_device_count() == 0:
            raise ModelError("--device cuda was asked for but CTranslate2 sees no CUDA device")
        compute_type = compute_type or COMPUTE_TYPE[device]

        src = Path(path)
        if not src.is_dir():
            raise ModelNotFoundError("no model folder here", path=str(path))
        if is_ct2_model(src):
            model_dir = src
        else:
            # Store weights in the type they will run in: no re-quantization at each load.
            quantization = compute_type if compute_type in QUANTIZATIONS else COMPUTE_TYPE[device]
            model_dir = default_destination(src, quantization)
            if not is_up_to_date(src, model_dir):
                log.warning("converting %s for CTranslate2 (%s), once; later runs reuse %s",
                            src, quantization, model_dir)
                model_dir = convert_model(src, model_dir, quantization=quantization)

        inter_threads = max(1, inter_threads)
        intra_threads = 0  # CTranslate2's own default; only CPU threads are ours to split
        if device == "cpu":
            intra_threads = max(1, (threads or _default_threads()) // inter_threads)
        try:
            translator = ct2.Translator(str(model_dir), device=device, compute_type=compute_type,
                                        intra_threads=intra_threads, inter_threads=inter_threads)
        except (RuntimeError, ValueError) as exc:
            raise ModelLoadError(f"CTranslate2 cannot load the model: {exc}", path=str(model_dir)) from exc
        config_file = model_dir / "config.json"
        config = json.loads(config_file.read_text(encoding="utf-8")) if config_file.is_file() else {}
        start = config.get("decoder_start_token") or config.get("bos_token") or "<s>"
        return cls(translator, _read_vocabulary(model_dir), device=device, compute_type=compute_type,
                   model_dir=model_dir, decoder_start_token=start)

    def _tokens(self, ids: Sequence[int]) -> list[str]:
        vocab = self.vocabulary
        size = len(vocab)
        for i in ids:
            if not 0 <= i < size:
                raise ModelError(f"token id {i} is outside the model's vocabulary of {size}")
        return [vocab[i] for i in ids]

    def generate(self, batch: Sequence[Sequence[int]], settings: GenerationSettings) -> list[list[int]]:
        """One output id sequence per input: decoder start, generated ids, end token if reached."""
        if not batch:
            return []
        results = self.translator.translate_batch(
            [self._tokens(ids) for ids in batch],
            # CTranslate2 sorts by length inside each call and splits into this many
            # examples per forward pass, so padding stays small; with inter_threads > 1
            # those sub-batches run in parallel.
            max_batch_size=max(1, settings.batch_size),
            batch_type="examples",
            beam_size=max(1, settings.num_beams),
            length_penalty=settings.length_penalty,
            repetition_penalty=settings.repetition_penalty,
            no_repeat_ngram_size=settings.no_repeat_ngram_size,
            max_decoding_length=settings.max_new_tokens,
            min_decoding_length=settings.min_new_tokens,
            # The engine chunks long reports itself; never cut an input silently.
            max_input_length=0,
            return_end_token=True,
        )
        ids = self._ids
        return [[self.decoder_start_id] + [ids[t] for t in r.hypotheses[0]] for r in results]
