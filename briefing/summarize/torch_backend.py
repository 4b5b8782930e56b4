"""The PyTorch backend: transformers' ``AutoModelForSeq2SeqLM`` and ``generate()``.

Loading is strict because a half-loaded model silently produces junk: the folder must hold
a config of an encoder-decoder model and weights that cover every parameter. Weights load
from safetensors when present; pickled ``.bin`` files only through torch's safe loader
(``weights_only=True``); remote code is never run. Everything stays offline
(``local_files_only=True``): the folder was found on disk by :mod:`briefing.summarize.resolve`.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.errors import DependencyError, ModelError, ModelLoadError
from briefing.summarize.backend import GenerationSettings

log = logging.getLogger("briefing")

WEIGHT_FILES = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin",
                "pytorch_model.bin.index.json")


def quiet_transformers() -> None:
    """Silence transformers' progress bars and advice: the CLI owns stderr."""
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def pick_device(device: str | None) -> str:
    """``cuda`` when asked for or (with ``None``/``auto``) when present, else ``cpu``."""
    import torch

    if device in (None, "auto"):
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ModelError("--device cuda was asked for, but torch sees no CUDA device")
    if device not in ("cpu", "cuda"):
        raise ModelError(f"unknown device {device!r}; use cpu, cuda or auto")
    return device


def check_folder(folder: Path) -> None:
    """Cheap checks before transformers runs, so the message names what is missing."""
    if not folder.is_dir():
        raise ModelLoadError("not a folder", path=str(folder))
    if not (folder / "config.json").is_file():
        raise ModelLoadError("no config.json: this is not a transformers model folder", path=str(folder))
    if not any((folder / f).is_file() for f in WEIGHT_FILES):
        raise ModelLoadError("no weights (model.safetensors or pytorch_model.bin); download the model again",
                             path=str(folder))


def load_seq2seq(folder: Path, *, device: str) -> Any:
    """The model in ``folder``, checked, in eval mode on ``device``."""
    try:
        from transformers import AutoConfig, AutoModelForSeq2SeqLM
        from transformers.models.auto.modeling_auto import MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES
    except ImportError as exc:  # pragma: no cover - transformers is a dependency
        raise DependencyError(f"the abstractive engine needs transformers ({exc})") from exc
    check_folder(folder)
    try:
        config = AutoConfig.from_pretrained(folder, local_files_only=True, trust_remote_code=False)
    except Exception as exc:
        raise ModelLoadError(f"config.json cannot be read ({_short(exc)})", path=str(folder)) from exc
    model_type = getattr(config, "model_type", None)
    if model_type not in MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES:
        raise ModelLoadError(f"a {model_type or 'unknown'} model is not a sequence-to-sequence summarizer "
                             "(expected t5, mt5, mbart, bart…)", path=str(folder))
    try:
        model, info = AutoModelForSeq2SeqLM.from_pretrained(
            folder, config=config, local_files_only=True, trust_remote_code=False, weights_only=True,
            output_loading_info=True,
        )
    except Exception as exc:
        raise ModelLoadError(f"the weights cannot be loaded ({_short(exc)})", path=str(folder)) from exc
    problems = [f"{k.replace('_', ' ')}: {len(v)}" for k, v in info.items() if k != "error_msgs" and v]
    if problems or info.get("error_msgs"):
        sample = next((min(v) for k, v in info.items() if k != "error_msgs" and v), "")
        raise ModelLoadError(
            "the weights do not match the model's config (" + ", ".join(problems)
            + (f", e.g. {sample}" if sample else "") + "); download the model again",
            path=str(folder),
        )
    return model.eval().to(device)


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:199] + "…"


class TorchBackend:
    """Runs ``model.generate()``; decoding settings go on ``model.generation_config``."""

    name = "torch"

    def __init__(self, model: Any, device: str) -> None:
        self.model = model
        self.device = device
        config = model.config
        self.pad_token_id: int = config.pad_token_id if config.pad_token_id is not None else 0
        self._applied: GenerationSettings | None = None

    @classmethod
    def from_pretrained(cls, path: str, *, device: str | None = None, threads: int | None = None) -> TorchBackend:
        try:
            import torch
        except ImportError as exc:  # pragma: no cover - torch is a dependency
            raise DependencyError(f"the torch backend needs torch ({exc})") from exc
        quiet_transformers()
        if threads:
            torch.set_num_threads(threads)
        resolved = pick_device(device)
        return cls(load_seq2seq(Path(path), device=resolved), resolved)

    def apply(self, settings: GenerationSettings) -> None:
        """Put ``settings`` on ``generation_config`` (the place transformers 5 reads them)."""
        if settings == self._applied:
            return
        gen = self.model.generation_config
        gen.num_beams = settings.num_beams
        gen.max_new_tokens = settings.max_new_tokens
        gen.min_new_tokens = settings.min_new_tokens or None
        gen.no_repeat_ngram_size = settings.no_repeat_ngram_size
        gen.length_penalty = settings.length_penalty
        gen.repetition_penalty = settings.repetition_penalty
        # early stopping only means something to beam search; set otherwise, transformers warns.
        gen.early_stopping = settings.early_stopping if settings.num_beams > 1 else False
        gen.do_sample = False
        gen.max_length = None
        self._applied = settings

    def generate(self, batch: Sequence[Sequence[int]], settings: GenerationSettings) -> list[list[int]]:
        import torch

        if not batch:
            return []
        self.apply(settings)
        width = max(len(ids) for ids in batch)
        input_ids = torch.full((len(batch), width), self.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = torch.tensor(list(ids), dtype=torch.long)
            mask[row, : len(ids)] = 1
        with torch.inference_mode():
            out = self.model.generate(input_ids=input_ids.to(self.device), attention_mask=mask.to(self.device))
        return [row.tolist() for row in out.cpu()]
