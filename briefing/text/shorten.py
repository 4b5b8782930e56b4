"""Shortening text for display, at a clause boundary (a pure ``str -> str`` function)."""
from __future__ import annotations


def shorten(text: str, max_words: int) -> str:
    """Cut ``text`` to about ``max_words`` words at a clause boundary, marking the cut with "…"."""
    words = text.split()
    if len(words) <= max_words:
        return text
    cut = " ".join(words[:max_words])
    for mark in (";", ",", ":"):
        at = cut.rfind(mark)
        if at > len(cut) // 2:
            return cut[:at].rstrip() + "…"
    return cut.rstrip(",;: ") + "…"
