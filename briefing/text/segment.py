"""Cut a document into paragraphs and sentences that keep their offsets.

Sentences come from underthesea's Punkt-style ``sent_tokenize``, run per paragraph (it
ignores newlines), with fixes for what it gets wrong in news text: a sentence ending in
``…`` before a capital, a closing quote left at the start of the next sentence, and
domain names (``vnexpress.net``) or decimals split at their dot.

``import underthesea`` pulls in torch and transformers (about 4 s), so the tokenizer module,
which needs only the standard library, is loaded from its file without running the
package's ``__init__``. The CLI stays fast and the algorithm stays underthesea's.
"""
from __future__ import annotations

import bisect
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from briefing.text.clean import classify_paragraphs
from briefing.types import Document, Paragraph, Segmented, Sentence

_MODULE_NAME = "_briefing_underthesea_sent_tokenize"


@lru_cache(maxsize=1)
def _underthesea_sent_tokenize() -> Callable[[str], list[str]] | None:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "pipeline" / "sent_tokenize" / "__init__.py"
    if not path.is_file():
        return None
    sub = importlib.util.spec_from_file_location(_MODULE_NAME, path)
    if sub is None or sub.loader is None:
        return None
    module = importlib.util.module_from_spec(sub)
    sys.modules[_MODULE_NAME] = module
    try:
        sub.loader.exec_module(module)
    except Exception:  # noqa: BLE001 - an underthesea layout we don't know: fall back to our splitter
        sys.modules.pop(_MODULE_NAME, None)
        return None
    fn = getattr(module, "sent_tokenize", None)
    return fn if callable(fn) else None


_FALLBACK_SPLIT = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“‘«(]?[A-ZĐÀ-Ỹ0-9])")


def _fallback_sent_tokenize(text: str) -> list[str]:
    return [s.strip() for s in _FALLBACK_SPLIT.split(text) if s.strip()]


def _locate(paragraph: str, pieces: Sequence[str]) -> list[tuple[int, int]]:
    """Offsets of each piece inside ``paragraph``, searched left to right."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        at = paragraph.find(piece, cursor)
        if at < 0:  # the tokenizer altered the text: give up on its answer
            return []
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return spans


_CLOSERS = "\"”’»)]"
_ELLIPSIS_BREAK = re.compile(r"…[\"”’»)]*\s+(?=[\"“‘«(]?[A-ZĐÀ-Ỹ])")


def _fix_spans(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # 1. split after "…" followed by a capital: underthesea only knows "...".
    split: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for m in _ELLIPSIS_BREAK.finditer(paragraph, start, end):
            piece_end = m.start() + 1
            while piece_end < end and paragraph[piece_end] in _CLOSERS:
                piece_end += 1
            split.append((cut, piece_end))
            cut = m.end()
        split.append((cut, end))
    # 2. glue pieces that touch with no space between them (closing quotes, domain names,
    #    decimals): a real sentence boundary in Vietnamese text is followed by a space.
    fixed: list[tuple[int, int]] = []
    for start, end in split:
        if fixed and start == fixed[-1][1]:
            prev_start, _ = fixed[-1]
            rest = start
            while rest < end and paragraph[rest] in _CLOSERS:
                rest += 1
            stripped = paragraph[rest:end].strip()
            if rest > start and stripped and rest < end and paragraph[rest].isspace():
                # only closing quotes touch: they end the previous sentence
                fixed[-1] = (prev_start, rest)
                lead = rest
                while lead < end and paragraph[lead].isspace():
                    lead += 1
                fixed.append((lead, end))
                continue
            fixed[-1] = (prev_start, end)
            continue
        fixed.append((start, end))
    return [(s, e) for s, e in fixed if paragraph[s:e].strip()]


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence offsets within one paragraph of text (no newlines expected)."""
    if not paragraph.strip():
        return []
    tokenize = _underthesea_sent_tokenize()
    spans: list[tuple[int, int]] = []
    if tokenize is not None:
        try:
            spans = _locate(paragraph, tokenize(paragraph))
        except Exception:  # noqa: BLE001 - whatever underthesea fails on, our splitter reads
            spans = []
    if not spans:
        spans = _locate(paragraph, _fallback_sent_tokenize(paragraph))
    if not spans:
        stripped = paragraph.strip()
        at = paragraph.find(stripped)
        spans = [(at, at + len(stripped))]
    return _cap_length(paragraph, _fix_spans(paragraph, spans))


#: Longest sentence kept whole. Real report sentences stay under ~800 characters; text
#: with no punctuation would otherwise make one huge "sentence", and extraction cost grows
#: with the square of a sentence's length (a 2 MB line took minutes).
MAX_SENTENCE_CHARS = 2000


def _cap_length(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences over :data:`MAX_SENTENCE_CHARS` at the last space before the limit."""
    capped: list[tuple[int, int]] = []
    for span_start, end in spans:
        start = span_start
        while end - start > MAX_SENTENCE_CHARS:
            cut = paragraph.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
            if cut <= start:
                cut = start + MAX_SENTENCE_CHARS
            piece_end = cut
            while piece_end > start and paragraph[piece_end - 1].isspace():
                piece_end -= 1
            capped.append((start, piece_end))
            start = cut
            while start < end and paragraph[start].isspace():
                start += 1
        if end > start:
            capped.append((start, end))
    return capped


_PARAGRAPH = re.compile(r"[^\n]+")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of each non-blank line, trimmed of surrounding spaces."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _kinds(text: str, para_spans: Sequence[tuple[int, int]], document: Document) -> list[str]:
    """Each paragraph's kind; what the reader marked as furniture stays furniture.

    Paragraphs the reader marked are left out of the content rules, so that a running
    header does not take the headline's place and a page number is not the closing byline.
    """
    if not document.furniture:
        return classify_paragraphs([text[s:e] for s, e in para_spans], title=document.title)
    marks = sorted(document.furniture)
    starts = [fs for fs, _ in marks]

    def inside(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1  # the last span starting at or before s
        return i >= 0 and e <= marks[i][1]

    marked = [inside(s, e) for s, e in para_spans]
    rest = [span for span, m in zip(para_spans, marked, strict=True) if not m]
    judged = iter(classify_paragraphs([text[s:e] for s, e in rest], title=document.title))
    return ["furniture" if m else next(judged) for m in marked]


def segment(document: Document) -> Segmented:
    """Paragraphs (classified as body, title, caption, furniture…) and their sentences."""
    text = document.text
    para_spans = split_paragraphs(text)
    kinds = _kinds(text, para_spans, document)
    paragraphs = tuple(
        Paragraph(index=i, start=s, end=e, text=text[s:e], kind=k)
        for i, ((s, e), k) in enumerate(zip(para_spans, kinds, strict=True))
    )
    sentences: list[Sentence] = []
    for p in paragraphs:
        for s, e in split_sentences(p.text):
            start, end = p.start + s, p.start + e
            sentences.append(
                Sentence(index=len(sentences), start=start, end=end, text=text[start:end], paragraph=p.index,
                         kind=p.kind)
            )
    return Segmented(document=document, paragraphs=paragraphs, sentences=tuple(sentences))
