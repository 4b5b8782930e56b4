"""The generation backend protocol: what the abstractive engine needs from a runtime.

The abstractive engine (``seq2seq.py``) does chunking, prompting and bookkeeping; a backend
only turns token id sequences into generated token id sequences. Two implement it:
``torch_backend.TorchBackend`` (transformers ``generate()``) and ``ct2_backend.CT2Backend``
(CTranslate2, int8 on CPU / float16 on CUDA). Both share the same Hugging Face tokenizer,
so "how many tokens" means the same thing whichever runs.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class GenerationSettings:
    """Decoding settings, per model (see the registry)."""

    num_beams: int = 4
    max_new_tokens: int = 256
    min_new_tokens: int = 0
    no_repeat_ngram_size: int = 3
    length_penalty: float = 1.0
    repetition_penalty: float = 1.0
    early_stopping: bool = True
    batch_size: int = 8


@runtime_checkable
class GenerationBackend(Protocol):
    """Generates output token ids for batches of input token ids."""

    #: "torch" or "ct2"
    name: str
    #: "cpu" or "cuda"
    device: str
    # A backend may also set ``splits_batches = True`` when it sorts its inputs and splits
    # them into ``settings.batch_size`` pieces itself; the engine then hands it all at once.

    def generate(self, batch: Sequence[Sequence[int]], settings: GenerationSettings) -> list[list[int]]:
        """One output id sequence per input (special tokens may be included)."""
        ...
