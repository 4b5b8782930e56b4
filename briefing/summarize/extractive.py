"""The extractive engine: the report's own sentence about the event, and its headline.

A journalist's summary of a news report retells the event (who, what, when) and its point,
which the headline already states. The engine therefore chooses among three shapes: the
best sentence followed by the headline, the best sentence alone (when it already says
what the headline says), or the headline alone (when no sentence adds to it). Sentences
are scored by a linear function of a few signals (closeness to the headline, to the whole
text and to its lead, place in its paragraph, length, whether it is a full sentence or a
caption, whether it names people and the event); the weights were fitted to journalists'
summaries by ``benchmarks/rouge_tune.py`` (see :class:`ExtractiveSettings`).
Sentences are compared as bags of syllables and syllable bigrams (Vietnamese words are
often two syllables, so bigrams stand in for words without a word segmenter).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from briefing.summarize.base import Summarizer
from briefing.text.clean import is_caption_sentence
from briefing.text.normalize import match_key
from briefing.text.shorten import shorten
from briefing.types import Segmented, Sentence, Summary

_WORD = re.compile(r"\w+")
# Very frequent function syllables carry no topic; they would make every sentence look alike.
_STOP = frozenset(
    "và của là các có được cho với trong đã này những một để tại theo không khi về từ người đến "
    "như nhiều cũng thì sẽ ra đó năm vào đang lại nhưng hơn mà nên do bị vì rằng hiện cùng trên "
    "làm việc sau nếu nay".split()
)


def _features(text: str) -> Counter[str]:
    toks = [t for t in _WORD.findall(match_key(text)) if not t.isdigit()]
    feats: Counter[str] = Counter(t for t in toks if t not in _STOP)
    feats.update(f"{a}_{b}" for a, b in pairwise(toks) if not (a in _STOP and b in _STOP))
    return feats


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    if not dot:
        return 0.0
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


# A lead often opens with the outlet's tag: "(Thanhuytphcm.vn) - ", "(HDDTVN) – ", "TTO - ".
_SOURCE_TAG = re.compile(r"^\s*(?:\([^()]{2,40}\)|[A-ZĐ][\w.]{1,20})\s*[-–—]\s+(?=\S)")
# A body run into one line keeps the credit of the photo before it: "(Ảnh: TTXVN) Chiều 7/2, …".
_LEADING_CREDIT = re.compile(r"^\s*\(\s*(?:ảnh|nguồn ảnh|photo)\s*:[^()]{1,80}\)\s*(?=\S)", re.IGNORECASE)
# A sentence ends with a stop, possibly inside closing quotes or brackets; a line without
# one is a sub-heading, a caption or a list item, not a sentence of the account.
_COMPLETE = re.compile(r"[.!?…][\"”’»)\]]*\s*$|[\"”’»][.!?…]\s*$")
# A sentence opening with a connective leans on the one before it.
_CONNECTIVE = re.compile(
    r"^\W*(?:theo đó|bên cạnh đó|ngoài ra|đồng thời|cụ thể|tuy nhiên|trong đó|vì vậy|do đó|mặt khác|"
    r"thứ (?:nhất|hai|ba|tư|năm)|riêng|còn|đặc biệt)\b",
    re.IGNORECASE,
)
# Words that tell an event took place: the sentence a summary retells.
_EVENT = re.compile(r"\b(?:hội nghị|buổi làm việc|cuộc họp|phiên họp|kỳ họp|tổ chức|diễn ra|khai mạc)\b",
                    re.IGNORECASE)
# Names: two or more capitalised syllables in a row ("Nguyễn Thị Lệ", "Bộ Tài chính" counts
# its "Bộ Tài").
_NAME = re.compile(r"[A-ZĐÀ-Ỹ][\wà-ỹđ]*(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹđ]*)+")

#: The signals each candidate sentence is scored on, in the order of
#: :attr:`ExtractiveSettings.weights`.
SIGNALS = (
    "position",       # 1 / (1 + rank among the candidates)
    "paragraph_first",  # opens its paragraph
    "title",          # cosine with the headline
    "centrality",     # cosine with the whole text
    "lead",           # cosine with the first three candidates
    "length",         # words / 50, capped at 60 words
    "long",           # words past 35, over 35
    "short",          # fewer than 12 words
    "connective",     # opens with a connective ("Bên cạnh đó, …")
    "names",          # names in it, over 5, capped
    "event",          # says that an event took place
)


def strip_source_tag(sentence: str) -> str:
    """The sentence without a leading news-agency tag or photo credit (for display)."""
    return _SOURCE_TAG.sub("", _LEADING_CREDIT.sub("", sentence, count=1), count=1)


def _words(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True)
class Candidate:
    """A body sentence as the summary may show it, with its signals (see :data:`SIGNALS`)."""

    sentence: Sentence
    #: What the summary shows: the sentence without an agency tag or photo credit.
    text: str
    position: int
    title_similarity: float
    signals: tuple[float, ...] = field(repr=False)


def candidates(segmented: Segmented) -> list[Candidate]:
    """The sentences a summary may take, in document order, with their signals."""
    body = [s for s in segmented.body_sentences if _words(s.text) >= 5]
    sents = body or list(segmented.body_sentences) or [s for s in segmented.sentences if s.kind != "furniture"]
    texts = [strip_source_tag(s.text).strip() for s in sents]
    feats = [_features(t) for t in texts]
    centroid: Counter[str] = Counter()
    for f in feats:
        centroid.update(f)
    lead: Counter[str] = Counter()
    for f in feats[:3]:
        lead.update(f)
    title = segmented.document.title or next((s.text for s in segmented.sentences if s.kind == "title"), "")
    tfeats = _features(title) if title else Counter()
    # A summary is made of sentences: headings and photo captions are passed over when
    # the report has any full sentence (their words still count in the centroid).
    full = [i for i, t in enumerate(texts) if _COMPLETE.search(t) and not is_caption_sentence(t)]
    keep = set(full) if full else set(range(len(texts)))
    out: list[Candidate] = []
    previous_paragraph = None
    for i, (s, text, f) in enumerate(zip(sents, texts, feats, strict=True)):
        if i not in keep:
            previous_paragraph = s.paragraph
            continue
        words = _words(text)
        title_similarity = _cosine(f, tfeats)
        signals = (
            1.0 / (1.0 + len(out)),
            float(s.paragraph != previous_paragraph),
            title_similarity,
            _cosine(f, centroid),
            _cosine(f, lead),
            min(words, 60) / 50,
            max(0, words - 35) / 35,
            float(words < 12),
            float(bool(_CONNECTIVE.match(text))),
            min(len(_NAME.findall(text)), 5) / 5,
            float(bool(_EVENT.search(text))),
        )
        previous_paragraph = s.paragraph
        out.append(Candidate(sentence=s, text=text, position=len(out), title_similarity=title_similarity,
                             signals=signals))
    return out


@dataclass(frozen=True)
class ExtractiveSettings:
    """The fitted weights of :class:`ExtractiveSummarizer`.

    ``weights`` score a sentence shown with the headline (one per :data:`SIGNALS`);
    a sentence shown alone adds ``alone + alone_title × its closeness to the headline``
    (dropping the headline pays only when the sentence already says it); the headline
    alone scores ``headline_alone``. Fitted by ``benchmarks/rouge_tune.py`` (ridge
    regression of each shape's ROUGE-1 + ROUGE-L F1 against the journalist's summary) on
    one half of each source of the dev pairs (VietNews, baomoi, hddtvn) and checked on
    the other half: ``rouge_tune.py --tune-on A`` (ridge strength 3, chosen by
    cross-validation inside half A) prints these values; the README gives both halves'
    scores.
    """

    weights: tuple[float, ...] = (0.0476, 0.0326, 0.0617, 0.347, 0.0624, -0.0323, -0.0653, 0.0032, -0.0182, 0.0181,
                                  0.0543)
    alone: float = -0.2455
    alone_title: float = 0.4271
    headline_alone: float = 0.2258
    #: The sentence before the headline: the event first, then its point.
    sentence_first: bool = True


def sentence_score(c: Candidate, s: ExtractiveSettings) -> float:
    return sum(w * x for w, x in zip(s.weights, c.signals, strict=True))


@dataclass(frozen=True)
class Choice:
    """What the summary shows: a sentence, the headline, or both."""

    sentence: Candidate | None
    headline: bool


def choose(cands: Sequence[Candidate], title: str | None, s: ExtractiveSettings) -> Choice:
    """The best-scoring shape of summary for these candidates and headline."""
    if not cands:
        return Choice(None, bool(title))
    scored = [(sentence_score(c, s), c) for c in cands]
    if not title:
        return Choice(max(scored, key=lambda x: x[0])[1], False)
    options = [(v, Choice(c, True)) for v, c in scored]
    options += [(v + s.alone + s.alone_title * c.title_similarity, Choice(c, False)) for v, c in scored]
    options.append((s.headline_alone, Choice(None, True)))
    return max(options, key=lambda o: o[0])[1]


def compose(title: str | None, choice: Choice, s: ExtractiveSettings) -> str:
    title = (title or "").strip()
    headline = title if title.endswith((".", "!", "?", "…")) else title + "."
    parts = [choice.sentence.text] if choice.sentence else []
    if choice.headline and title:
        parts.insert(len(parts) if s.sentence_first else 0, headline)
    return " ".join(parts)


class ExtractiveSummarizer(Summarizer):
    """The event's sentence and the headline, chosen by fitted weights (see the module doc).

    Keyword arguments override fields of :class:`ExtractiveSettings`.
    """

    name = "extractive"

    def __init__(self, settings: ExtractiveSettings | None = None, **overrides: object) -> None:
        self.settings = replace(settings or ExtractiveSettings(), **overrides)  # type: ignore[arg-type]

    def select(self, segmented: Segmented) -> list[Sentence]:
        """The sentences the summary takes besides the headline (none or one)."""
        choice = choose(candidates(segmented), segmented.document.title, self.settings)
        return [choice.sentence.sentence] if choice.sentence else []

    def summarize(self, segmented: Segmented) -> Summary:
        title = segmented.document.title
        choice = choose(candidates(segmented), title, self.settings)
        return Summary(text=compose(title, choice, self.settings), engine=self.name)

    def condense(self, sentences: Sequence[str], *, max_words: int = 40) -> str:
        """The most central of the sentences, cut at a clause boundary near ``max_words``."""
        sentences = [s for s in sentences if s.strip()]
        if not sentences:
            return ""
        feats = [_features(s) for s in sentences]
        centroid: Counter[str] = Counter()
        for f in feats:
            centroid.update(f)
        best = max(range(len(sentences)), key=lambda i: (_cosine(feats[i], centroid), -i))
        return shorten(sentences[best], max_words)
