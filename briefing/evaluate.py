"""ROUGE evaluation of summaries against reference summaries (``pairs.jsonl``).

Tokens are lower-cased Unicode words (``\\w+`` after NFC), so Vietnamese diacritics count;
the default tokenizer of rouge-score keeps only ASCII letters and would score "hội" and
"hồi" as the same word. Scoring itself is Google's rouge-score package.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import DependencyError, InputError

_WORD = re.compile(r"\w+")


class VietnameseTokenizer:
    """rouge-score tokenizer that keeps Vietnamese letters."""

    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(unicodedata.normalize("NFC", text).lower())


@dataclass(frozen=True)
class Pair:
    id: str
    title: str
    document: str
    summary: str

    def text(self) -> str:
        """The document as a report file holds it: headline, blank line, body."""
        return (self.title.strip() + "\n\n" if self.title.strip() else "") + self.document


def read_pairs(path: str | Path) -> Iterator[Pair]:
    """The pairs of a JSON Lines file; blank lines are skipped.

    Raises :class:`InputError` when the file can't be read as UTF-8 or a line is not an
    object whose ``document`` and ``summary`` (and ``title``, when present) are strings.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the pairs file ({exc.strerror or exc})", path=str(p)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"the pairs file is not UTF-8 ({exc.reason} at byte {exc.start})", path=str(p)) from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise InputError(f"line {n} is not JSON ({exc})", path=str(p)) from exc
        # A line of valid JSON may still be a list, a number or hold a null or a number
        # where text belongs: refuse it here rather than fail inside the summarizer.
        row = row if isinstance(row, dict) else {}
        document, summary, title = row.get("document"), row.get("summary"), row.get("title")
        if not isinstance(document, str) or not isinstance(summary, str) or not isinstance(title, (str, type(None))):
            raise InputError(f"line {n} is not a pair with 'document' and 'summary' as text", path=str(p))
        yield Pair(str(row.get("id", n)), title or "", document, summary)


def rouge_scorer() -> object:
    try:
        from rouge_score import rouge_scorer as rs
    except ImportError as exc:
        raise DependencyError("ROUGE needs the rouge-score package: pip install 'briefing-vn[eval]'") from exc
    return rs.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=VietnameseTokenizer())


def evaluate(pairs: list[Pair], summarize: Callable[[list[Pair]], list[str]]) -> dict[str, float]:
    """Mean ROUGE-1/2/L F1 (in %) of ``summarize``'s outputs against the references."""
    scorer = rouge_scorer()
    hyps = summarize(pairs)
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for pair, hyp in zip(pairs, hyps, strict=True):
        scores = scorer.score(pair.summary, hyp)  # type: ignore[attr-defined]
        for k in totals:
            totals[k] += scores[k].fmeasure
    n = max(1, len(pairs))
    return {k: round(100 * v / n, 2) for k, v in totals.items()} | {"n": len(pairs)}
