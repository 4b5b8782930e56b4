"""A cheap guard against the two hallucinations a reader is hurt by most: wrong figures and
wrong names.

A generated sentence that carries a number or a proper name absent from the source is
reported (not removed: the reader decides). Names are what Vietnamese capitalises inside a
sentence: runs of Title-case syllables joined by spaces only (personal and place names,
"Bộ Tài chính" style bodies) and all-capital acronyms (UBND, HĐND). The sentence's first
word is capitalised anyway, so it is left out of the run it opens ("Ông Trần Văn Ba" gives
"Trần Văn Ba"). Matching is case-insensitive, folds tone placement (hoà/hòa) and ignores
punctuation ("TP." = "TP"); numbers match on their digits ("1.000" = "1000"). A number
written out in words in the source ("hai") and in digits in the summary is flagged: the
guard prefers a false alarm to a missed figure.

Measured on the 200 dev pairs (``shared/dev/pairs.jsonl``): 0 of 407 sentences of
extractive summaries (verbatim, so any flag would be false) are flagged; 58 of 238
sentences of the reference summaries are, which are journalists' leads that often name
people and figures the article body does not.
"""
from __future__ import annotations

import re

from briefing.text.normalize import match_key

# A sentence ends at . ! ? … (and closing quotes) before a space, except after a short
# all-capital abbreviation ("TP. Hồ Chí Minh", "Q. 1", "TS. Lê Văn A").
_SENTENCE_END = re.compile(r"(?<![\s(][A-ZĐ]\.)(?<![\s(][A-ZĐ]{2}\.)(?<![\s(][A-ZĐ]{3}\.)(?<=[.!?…])[\"”’»)]*\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def split_summary(text: str) -> list[str]:
    """Sentences of a text, a line break ending one too (a headline has no full stop)."""
    return [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line) if s.strip()]


def _digits(number: str) -> str:
    return re.sub(r"[.,]", "", number)


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not _is_acronym(word)


def _runs(sentence: str) -> list[tuple[list[str], bool]]:
    """Capitalised runs in a sentence, each with whether it opens the sentence.

    A run holds Title-case words separated by spaces only: punctuation between two names
    ("Hà Nội, Hải Phòng", "Bộ Y tế (Việt Nam)") ends one; an acronym is a run of its own.
    """
    runs: list[tuple[list[str], bool]] = []
    run: list[str] = []
    opens = False
    last_end = 0
    for i, m in enumerate(_WORD.finditer(sentence)):
        word = m.group()
        joined = not sentence[last_end:m.start()].strip()
        last_end = m.end()
        if run and (not joined or not _is_title(word)):
            runs.append((run, opens))
            run = []
        if _is_acronym(word):
            runs.append(([word], i == 0))
        elif _is_title(word):
            if not run:
                opens = i == 0
            run.append(word)
    if run:
        runs.append((run, opens))
    return runs


def names(sentence: str) -> list[str]:
    """Proper names in a sentence: Title-case runs and acronyms, in order.

    A run that opens the sentence starts with a word capitalised for that reason alone
    ("Ông", "Tỉnh"): the name is the rest.
    """
    found = []
    for words, opens in _runs(sentence):
        kept = words[1:] if opens and not _is_acronym(words[0]) else words
        if kept:
            found.append(" ".join(kept))
    return found


def _key_words(text: str) -> str:
    """Words only, lower-cased and tone-folded, space-joined with spaces at both ends."""
    return " " + " ".join(_WORD.findall(match_key(text))) + " "


class _Source:
    """What a name is checked against: the source's words in order, and its own names."""

    def __init__(self, text: str) -> None:
        self.words = _key_words(text)
        self.runs: set[str] = set()
        for sentence in split_summary(text):
            for words, _ in _runs(sentence):
                self.runs.add(_key_words(" ".join(words)))
                self.runs.add(_key_words(" ".join(words[1:])))

    def supports(self, name: str) -> bool:
        """The name reads in the source, whole or as a sequence of names the source has.

        Summaries join names the source keeps apart ("Tổng thống Mỹ Barack Obama" from
        "Mỹ" and "Barack Obama"), so a name is cut into the longest pieces found in the
        source; a one-word piece must be a name of its own there, so that "Trần Văn Hoa"
        is not excused by "Trần Văn Nam" and "Lê Thị Hoa".
        """
        words = name.split()
        at = 0
        while at < len(words):
            for end in range(len(words), at, -1):
                piece = _key_words(" ".join(words[at:end]))
                if piece in self.words and (end - at > 1 or piece in self.runs):
                    at = end
                    break
            else:
                return False
        return True


def unsupported(summary: str, source: str) -> list[tuple[str, list[str]]]:
    """Each summary sentence with the numbers and names it carries that the source lacks."""
    source_digits = {_digits(n) for n in _NUMBER.findall(source)}
    checker = _Source(source)
    out: list[tuple[str, list[str]]] = []
    for sentence in split_summary(summary):
        missing = [n for n in dict.fromkeys(_NUMBER.findall(sentence)) if _digits(n) not in source_digits]
        missing += [n for n in dict.fromkeys(names(sentence)) if not checker.supports(n)]
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
