"""The one summarizer interface every engine implements."""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from briefing.types import Segmented, Summary


class Summarizer(ABC):
    """Turns a segmented report into a :class:`Summary`.

    Engines are interchangeable: the pipeline calls only these methods. ``summarize_many``
    exists so an engine backed by a model can batch several reports through it at once;
    the default simply loops.
    """

    #: Short engine name recorded in every summary ("extractive", "abstractive").
    name: str = "base"

    @abstractmethod
    def summarize(self, segmented: Segmented) -> Summary:
        """Summarise one report."""

    def summarize_many(self, segmented: Sequence[Segmented]) -> list[Summary]:
        """Summarise several reports; engines with a model batch them."""
        return [self.summarize(s) for s in segmented]

    @abstractmethod
    def condense(self, sentences: Sequence[str], *, max_words: int = 40) -> str:
        """One short line that sums up the given sentences.

        The briefing's own line per assigner is not made here but from the tasks
        (:func:`briefing.summarize.directions.assigner_line`), the same for every engine, so
        that it names the assignees and can say no more than the evidence; this stays for
        callers who want an engine's line over any sentences.
        """

    def condense_many(self, groups: Sequence[Sequence[str]], *, max_words: int = 40) -> list[str]:
        return [self.condense(g, max_words=max_words) for g in groups]

    def describe(self) -> str:
        """A human-readable name for messages: engine and model."""
        return self.name
