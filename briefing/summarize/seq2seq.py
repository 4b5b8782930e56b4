"""The abstractive engine: a pretrained seq2seq model (ViT5 by default) condenses the report.

The engine owns everything model-independent: the tokenizer (shared by both backends, so
token counts mean the same thing), the prompt prefix, chunking on sentence boundaries with
real token counts, batching (inputs sorted by length so padding is small), and map-reduce
for long reports: each chunk is summarised, and the joined partial summaries are
summarised again while they are longer than one summary may be. Input is never truncated;
an output that stops at the token limit is recorded as ``truncated`` with a warning, and
numbers or names the model made up are reported (:mod:`.faithfulness`).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefing.errors import DependencyError, ModelLoadError
from briefing.summarize.backend import GenerationBackend, GenerationSettings
from briefing.summarize.base import Summarizer
from briefing.summarize.chunking import chunk_sentences
from briefing.summarize.faithfulness import faithfulness_warnings, split_summary
from briefing.summarize.registry import ModelSpec
from briefing.summarize.resolve import ResolvedModel
from briefing.text.normalize import fold_tone_marks
from briefing.text.shorten import shorten
from briefing.types import Segmented, Summary

log = logging.getLogger("briefing")

#: Rounds of summarising partial summaries before giving up and keeping them joined.
MAX_ROUNDS = 6
# T5-family configs state no position limit; their tokenizers often claim a huge one.
_FALLBACK_WINDOW = 512
_SANE_WINDOW = 100_000


@dataclass(frozen=True)
class ModelSettings:
    """How to prompt and decode one model: from the registry, or read from its folder."""

    max_input_tokens: int
    prefix: str = ""
    tone_normalize: bool = False
    settings: GenerationSettings = GenerationSettings()
    condense_settings: GenerationSettings = GenerationSettings(max_new_tokens=64)

    @classmethod
    def from_spec(cls, spec: ModelSpec) -> ModelSettings:
        return cls(spec.max_input_tokens, spec.prefix, spec.tone_normalize, spec.settings, spec.condense_settings)

    @classmethod
    def from_folder(cls, folder: Path, tokenizer_max_length: int | None = None) -> ModelSettings:
        """Settings for a model the registry does not know, from its config and tokenizer.

        The window is the smaller of the position-embedding limit (BART/mBART: a hard
        limit) and the tokenizer's ``model_max_length``; the prefix is the config's own
        summarization prefix (``task_specific_params``), as T5 checkpoints record it.
        """
        config = _read_json(folder / "config.json")
        if tokenizer_max_length is None:
            tokenizer_max_length = _read_json(folder / "tokenizer_config.json").get("model_max_length")
        limits = [v for v in (config.get("max_position_embeddings"), config.get("n_positions"), tokenizer_max_length)
                  if isinstance(v, int) and 0 < v < _SANE_WINDOW]
        window = min(limits) if limits else _FALLBACK_WINDOW
        task = (config.get("task_specific_params") or {}).get("summarization") or {}
        prefix = task.get("prefix")
        if not isinstance(prefix, str):
            prefix = ""
        # A summary much longer than a quarter of the window could not be condensed by
        # summarising partial summaries again.
        new_tokens = max(8, min(256, window // 4))
        return cls(
            max_input_tokens=window,
            prefix=prefix,
            settings=GenerationSettings(max_new_tokens=new_tokens),
            condense_settings=GenerationSettings(max_new_tokens=max(8, min(64, window // 4))),
        )


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_tokenizer(folder: Path) -> Any:
    """The folder's tokenizer through ``AutoTokenizer``, offline, no remote code."""
    try:
        from transformers import AutoTokenizer
    except ImportError as exc:  # pragma: no cover - transformers is a dependency
        raise DependencyError(f"the abstractive engine needs transformers ({exc})") from exc
    from briefing.summarize.torch_backend import quiet_transformers

    quiet_transformers()
    try:
        tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True, trust_remote_code=False)
    except Exception as exc:
        raise ModelLoadError(f"the tokenizer cannot be loaded ({' '.join(str(exc).split())[:200]})",
                             path=str(folder)) from exc
    if isinstance(tokenizer, bool) or not callable(tokenizer):
        raise ModelLoadError("no usable tokenizer in the folder", path=str(folder))
    vocab = _read_json(folder / "config.json").get("vocab_size")
    if isinstance(vocab, int) and len(tokenizer) > vocab:
        raise ModelLoadError(f"the tokenizer ({len(tokenizer):,} tokens) does not belong to the model "
                             f"({vocab:,} embeddings)", path=str(folder))
    if tokenizer.eos_token_id is None:
        raise ModelLoadError("the tokenizer has no end-of-sequence token", path=str(folder))
    return tokenizer


def load_backend(kind: str, folder: Path, *, device: str | None, threads: int | None) -> GenerationBackend:
    """The runtime asked for; ``ct2`` is imported only when asked for."""
    if kind == "torch":
        from briefing.summarize.torch_backend import TorchBackend

        return TorchBackend.from_pretrained(str(folder), device=device, threads=threads)
    if kind == "ct2":
        try:
            from briefing.summarize.ct2_backend import CT2Backend
        except ImportError as exc:
            raise DependencyError(f"--backend ct2 needs CTranslate2: pip install 'briefing-vn[ct2]' ({exc})") from exc
        return CT2Backend.from_pretrained(str(folder), device=device, threads=threads)
    raise DependencyError(f"unknown backend {kind!r}; use torch or ct2")


@dataclass
class _Job:
    """One text being map-reduced: its current pieces and what happened to it."""

    pieces: list[str]
    chunks: int
    text: str = ""
    truncated: bool = False
    notes: tuple[str, ...] = ()


class AbstractiveSummarizer(Summarizer):
    """Summaries written by a seq2seq model; see the module docstring for how."""

    name = "abstractive"

    def __init__(self, tokenizer: Any, backend: GenerationBackend, *, model_name: str,
                 model_settings: ModelSettings) -> None:
        self.tokenizer = tokenizer
        self.backend = backend
        self.model_name = model_name
        self.model_settings = model_settings
        overhead = self.count_tokens("")
        if model_settings.max_input_tokens - overhead < 8:
            raise ModelLoadError(f"an input window of {model_settings.max_input_tokens} tokens leaves no room "
                                 f"for text after the prefix ({overhead} tokens)")

    @classmethod
    def load(cls, resolved: ResolvedModel, *, backend: str = "torch", device: str | None = None,
             threads: int | None = None, max_input_tokens: int | None = None) -> AbstractiveSummarizer:
        """Load the tokenizer and the backend for a model found by :func:`resolve_model`."""
        if resolved.path.is_dir() and not (resolved.path / "config.json").is_file():
            # Say so before AutoTokenizer fails on it with a message about tokenizer classes.
            raise ModelLoadError("no config.json: this is not a transformers model folder", path=str(resolved.path))
        tokenizer = load_tokenizer(resolved.path)
        settings = (ModelSettings.from_spec(resolved.spec) if resolved.spec
                    else ModelSettings.from_folder(resolved.path, getattr(tokenizer, "model_max_length", None)))
        if max_input_tokens:
            settings = replace(settings, max_input_tokens=max_input_tokens)
        runtime = load_backend(backend, resolved.path, device=device, threads=threads)
        log.info("abstractive engine: %s from %s (%s on %s)", resolved.name, resolved.path, runtime.name,
                 runtime.device)
        return cls(tokenizer, runtime, model_name=resolved.name, model_settings=settings)

    def describe(self) -> str:
        return f"abstractive ({self.model_name}, {self.backend.name} on {self.backend.device})"

    # -- tokens -----------------------------------------------------------------------
    def encode(self, text: str) -> list[int]:
        """The ids the model sees for ``text``: prefix and special tokens included, never cut."""
        ms = self.model_settings
        if ms.tone_normalize:
            text = fold_tone_marks(text)
        ids = self.tokenizer(ms.prefix + text, add_special_tokens=True, truncation=False)["input_ids"]
        return list(ids)

    def count_tokens(self, text: str) -> int:
        return len(self.encode(text))

    def chunk(self, sentences: Sequence[str]) -> list[str]:
        """Sentences packed into inputs that fit the window."""
        return chunk_sentences(sentences, self.count_tokens, self.model_settings.max_input_tokens)

    # -- generation ---------------------------------------------------------------------
    def generate(self, texts: Sequence[str], settings: GenerationSettings) -> list[tuple[str, bool]]:
        """Each text's output and whether it stopped at ``max_new_tokens``, in input order.

        Inputs go longest first so each batch pads little; beam search cost grows with
        the longest input of the batch.
        """
        encoded = [self.encode(t) for t in texts]
        for ids in encoded:  # chunking guarantees this; a bug here must not truncate silently
            if len(ids) > self.model_settings.max_input_tokens:
                raise AssertionError(f"an input of {len(ids)} tokens exceeds the window")
        order = sorted(range(len(texts)), key=lambda i: -len(encoded[i]))
        out: list[tuple[str, bool]] = [("", False)] * len(texts)
        # A backend that sorts and splits batches itself (CTranslate2) gets every input in
        # one call, so it can run its sub-batches in parallel.
        size = len(order) if getattr(self.backend, "splits_batches", False) else max(1, settings.batch_size)
        special = set(self.tokenizer.all_special_ids)
        eos = self.tokenizer.eos_token_id
        for at in range(0, len(order), size):
            batch = order[at:at + size]
            results = self.backend.generate([encoded[i] for i in batch], settings)
            for i, ids in zip(batch, results, strict=True):
                content = [t for t in ids if t not in special]
                hit_limit = eos not in ids and len(content) >= settings.max_new_tokens - 1
                text = self.tokenizer.decode(content, skip_special_tokens=True, clean_up_tokenization_spaces=True)
                out[i] = (" ".join(text.split()), hit_limit)
        return out

    def _map_reduce(self, inputs: Sequence[Sequence[str]], settings: GenerationSettings) -> list[_Job]:
        """Summaries of several sentence lists at once, chunks of all of them batched together."""
        jobs = []
        for sentences in inputs:
            pieces = self.chunk(sentences)
            jobs.append(_Job(pieces=pieces, chunks=len(pieces)))
        pending = [j for j in jobs if j.pieces]
        for round_no in range(MAX_ROUNDS):
            if not pending:
                break
            flat = [(job, piece) for job in pending for piece in job.pieces]
            outputs = self.generate([p for _, p in flat], settings)
            partial: dict[int, list[str]] = {}
            for (job, _), (text, hit_limit) in zip(flat, outputs, strict=True):
                partial.setdefault(id(job), []).append(text)
                job.truncated |= hit_limit
            still: list[_Job] = []
            for job in pending:
                parts = [p for p in partial[id(job)] if p]
                joined = " ".join(parts)
                before = sum(self.count_tokens(p) for p in job.pieces)
                if len(parts) <= 1 or self.count_tokens(joined) <= settings.max_new_tokens:
                    job.text, job.pieces = joined, []
                    continue
                # Still longer than one summary may be: summarise the partial summaries.
                pieces = self.chunk(split_summary(joined))
                after = sum(self.count_tokens(p) for p in pieces)
                if round_no == MAX_ROUNDS - 1 or after >= before:
                    job.text, job.pieces = joined, []
                    job.notes += ((f"the summary joins {len(parts)} partial summaries that the model "
                                   "could not condense further"),)
                    continue
                job.pieces = pieces
                still.append(job)
            pending = still
        return jobs

    # -- the Summarizer interface -------------------------------------------------------
    def _sentences(self, segmented: Segmented) -> list[str]:
        body = [s.text for s in segmented.body_sentences]
        return body or [s.text for s in segmented.sentences if s.kind not in ("furniture", "title")]

    def summarize(self, segmented: Segmented) -> Summary:
        return self.summarize_many([segmented])[0]

    def summarize_many(self, segmented: Sequence[Segmented]) -> list[Summary]:
        settings = self.model_settings.settings
        jobs = self._map_reduce([self._sentences(s) for s in segmented], settings)
        summaries = []
        for seg, job in zip(segmented, jobs, strict=True):
            warnings = list(job.notes)
            if job.truncated:
                warnings.append(f"the model stopped at its limit of {settings.max_new_tokens} tokens: "
                                "part of the summary may be cut off")
            warnings += faithfulness_warnings(job.text, seg.document.text)
            summaries.append(Summary(text=job.text, engine=self.name, model=self.model_name, chunks=job.chunks,
                                     truncated=job.truncated, warnings=tuple(warnings)))
        return summaries

    def condense(self, sentences: Sequence[str], *, max_words: int = 40) -> str:
        return self.condense_many([sentences], max_words=max_words)[0]

    def condense_many(self, groups: Sequence[Sequence[str]], *, max_words: int = 40) -> list[str]:
        """One line per group, generated with the shorter condense settings.

        The word bound is enforced after generation with a visible "…", since a token
        limit does not map onto words.
        """
        cleaned = [[s for s in g if s.strip()] for g in groups]
        jobs = self._map_reduce(cleaned, self.model_settings.condense_settings)
        return [shorten(job.text, max_words) if job.text else "" for job in jobs]

