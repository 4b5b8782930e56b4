"""A cheap guard against the two hallucinations a reader is hurt by most: wrong figures and
wrong names.

A generated sentence that carries a number or a proper name absent from the source is
reported (not removed: the reader decides). Names are what Vietnamese capitalises inside a
sentence: runs of Title-case syllables (personal and place names, "Bộ Tài chính" style
bodies) and all-capital acronyms (UBND, HĐND). The sentence's first word is capitalised
anyway, so it is left out of the run it opens ("Ông Trần Văn Ba" gives "Trần Văn Ba"). Matching folds case-insensitive
tone placement (hoà/hòa) and ignores punctuation ("TP." = "TP"); numbers match on their
digits ("1.000" = "1000").
"""
from __future__ import annotations

import re

from briefing.text.normalize import match_key

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def split_summary(text: str) -> list[str]:
    """Sentences of generated text (a plain splitter: model output has no furniture)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _digits(number: str) -> str:
    return re.sub(r"[.,]", "", number)


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not _is_acronym(word)


def names(sentence: str) -> list[str]:
    """Proper names in a sentence: Title-case runs and acronyms, in order."""
    found: list[str] = []
    words = [(m.group(), m.start()) for m in _WORD.finditer(sentence)]
    run: list[str] = []
    run_starts_sentence = False

    def close() -> None:
        # A run that opens the sentence starts with a word capitalised for that reason
        # alone ("Ông", "Tỉnh"): the name is the rest.
        kept = run[1:] if run_starts_sentence else run
        if kept:
            found.append(" ".join(kept))
        run.clear()

    for i, (word, _) in enumerate(words):
        if _is_acronym(word):
            close()
            found.append(word)
        elif _is_title(word):
            if not run:
                run_starts_sentence = i == 0
            run.append(word)
        else:
            close()
    close()
    return found


def _key_words(text: str) -> str:
    """Words only, lower-cased and tone-folded, space-joined with spaces at both ends."""
    return " " + " ".join(_WORD.findall(match_key(text))) + " "


def unsupported(summary: str, source: str) -> list[tuple[str, list[str]]]:
    """Each summary sentence with the numbers and names it carries that the source lacks."""
    source_digits = {_digits(n) for n in _NUMBER.findall(source)}
    source_words = _key_words(source)
    out: list[tuple[str, list[str]]] = []
    for sentence in split_summary(summary):
        missing = [n for n in dict.fromkeys(_NUMBER.findall(sentence)) if _digits(n) not in source_digits]
        missing += [n for n in dict.fromkeys(names(sentence)) if _key_words(n) not in source_words]
        if missing:
            out.append((sentence, missing))
    return out


def faithfulness_warnings(summary: str, source: str, *, max_chars: int = 120) -> list[str]:
    """One warning per summary sentence carrying numbers or names absent from the source."""
    warnings = []
    for sentence, missing in unsupported(summary, source):
        shown = sentence if len(sentence) <= max_chars else sentence[: max_chars - 1].rstrip() + "…"
        items = ", ".join(f'"{m}"' for m in missing)
        warnings.append(f"the summary says {items}, not found in the report: \u201c{shown}\u201d")
    return warnings
