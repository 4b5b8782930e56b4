"""The learned sentence tagger: each body sentence is a task (``T``), a report (``R``) or
neither (``O``).

A linear-chain CRF (CRFsuite, through python-crfsuite) over a report's body sentences,
with the features of :mod:`briefing.extract.features`. The chain matters: a leader's
directions run over many sentences that do not name the leader again, and the CRF learns
how likely a task follows a task, a report or a plain sentence. Inside the model a task is
one of two labels, ``T`` (it names its speaker) and ``U`` (it continues someone's
directions); callers get ``T`` for both.

The model ships as package data (``briefing/data/tasks.crfsuite``, CRFsuite's own binary
format: loading it runs no code) with a card beside it (``tasks.card.json``: the data it
was trained on, their hash, the settings and the cross-validated scores). It is trained by
``python -m briefing.train``; nothing here imports the training code.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from briefing.errors import ModelLoadError

#: Task sentences that name their speaker (``T``) and continuations (``U``), reports, neither.
LABELS = ("T", "U", "R", "O")
TASK_LABELS = ("T", "U")
MODEL_NAME = "tasks.crfsuite"
CARD_NAME = "tasks.card.json"


def model_path() -> Path:
    """Where the shipped tagger model lies (a real file: CRFsuite opens paths only)."""
    return Path(str(resources.files("briefing") / "data" / MODEL_NAME))


class SentenceTagger:
    """A trained CRF over sentence feature dicts; see the module docstring."""

    def __init__(self, path: str | Path) -> None:
        import pycrfsuite

        self.path = str(path)
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(self.path)
        except (OSError, ValueError) as exc:
            raise ModelLoadError(f"cannot load the sentence tagger {self.path}: {exc}") from exc
        # A CRFsuite tagger holds per-sequence state between set() and marginal(): one caller at a time.
        self._lock = threading.Lock()
        self.threshold = float(self.card().get("decision", {}).get("task_threshold", 0.5))
        self._labels = frozenset(self._tagger.labels())

    def tag(self, features: Sequence[dict[str, float]]) -> list[str]:
        """One label per feature dict: ``T`` (a task), ``R`` (a report) or ``O``.

        A sentence is a task when the CRF's marginal probability of being one (named or
        continuing, ``T`` + ``U``) reaches the threshold in the model card (chosen by
        cross-validation to balance precision and recall); else the likelier of ``R``, ``O``.
        """
        if not features:
            return []
        import pycrfsuite

        with self._lock:
            self._tagger.set(pycrfsuite.ItemSequence(list(features)))
            known = [label for label in TASK_LABELS if label in self._labels]
            out = []
            for i in range(len(features)):
                if sum(self._tagger.marginal(label, i) for label in known) >= self.threshold:
                    out.append("T")
                else:
                    out.append("R" if "R" in self._labels
                               and self._tagger.marginal("R", i) > self._tagger.marginal("O", i) else "O")
            return out

    def card(self) -> dict[str, Any]:
        """The model card beside the model file, or ``{}`` when there is none."""
        card = Path(self.path).with_name(CARD_NAME)
        return json.loads(card.read_text(encoding="utf-8")) if card.exists() else {}


@lru_cache(maxsize=1)
def default_tagger() -> SentenceTagger:
    """The tagger that ships with briefing, loaded once per process."""
    return SentenceTagger(model_path())
