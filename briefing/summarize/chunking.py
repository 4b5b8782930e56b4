"""Cutting a report into pieces that fit a model's input window, on sentence boundaries.

Sizes are measured with the model's own tokenizer (a ``count`` callback that includes the
prefix and special tokens), so a chunk that "fits" really fits: the engine never needs the
tokenizer's silent ``truncation=True``. A sentence longer than the whole window is split at
clause marks, then between words, then (for a run of characters with no space, which only
junk input has) between characters; text is never dropped.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: Counts the tokens the model would see for a text (prefix and special tokens included).
TokenCounter = Callable[[str], int]

# After a clause mark and its space: the places a long sentence can be cut least harmfully.
_CLAUSE = re.compile(r"(?<=[,;:])\s+")


def _greedy(parts: Sequence[str], fits: Callable[[str], bool], joiner: str) -> list[str]:
    """Pack ``parts`` in order into as few strings as fit; each part must fit alone."""
    out: list[str] = []
    current = ""
    for part in parts:
        candidate = f"{current}{joiner}{part}" if current else part
        if fits(candidate):
            current = candidate
        else:
            if current:
                out.append(current)
            current = part
    if current:
        out.append(current)
    return out


def split_long(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Pieces of one over-long sentence that each fit: clauses, then words, then characters."""
    if fits(text):
        return [text]
    pieces: list[str] = []
    for clause in (c for c in _CLAUSE.split(text) if c):
        if fits(clause):
            pieces.append(clause)
            continue
        for word in clause.split():
            if fits(word):
                pieces.append(word)
            else:
                pieces += _split_chars(word, fits)
    return _greedy(pieces, fits, " ")


def _split_chars(word: str, fits: Callable[[str], bool]) -> list[str]:
    out: list[str] = []
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and fits(word[start:end + 1]):
            end += 1
        out.append(word[start:end])
        start = end
    return out


def chunk_sentences(sentences: Sequence[str], count: TokenCounter, max_tokens: int) -> list[str]:
    """Join consecutive sentences into chunks of at most ``max_tokens`` tokens each.

    ``count`` is called on whole candidate chunks rather than summed per sentence: token
    counts are not additive at the joins, and an estimate that is off by one would leave
    the model to truncate.
    """
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")

    def fits(text: str) -> bool:
        return count(text) <= max_tokens

    parts: list[str] = []
    for raw in sentences:
        sentence = " ".join(raw.split())
        if sentence:
            parts += split_long(sentence, fits)
    return _greedy(parts, fits, " ")
