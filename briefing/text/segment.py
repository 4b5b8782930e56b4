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
_UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
# A straight opening quote may stand apart from its first word (' " Chúng tôi … "': the
# spacing of tokenised corpora). Underthesea splits after "..." but not before a quote.
_ELLIPSIS_BREAK = re.compile(r"(?:…|\.\.\.)[\"”’»)]*\s+(?=(?:[“‘«(]|\"\s?)?[" + _UPPER + "])")
_TRAILS_OFF = re.compile(r"(?:…|\.\.\.)\.?\s*$")


def _fix_spans(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # 1. split after "…" or "..." followed by a capital: underthesea misses these.
    split: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for m in _ELLIPSIS_BREAK.finditer(paragraph, start, end):
            piece_end = m.start() + (1 if paragraph[m.start()] == "…" else 3)
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
        if fixed and _TRAILS_OFF.search(paragraph, fixed[-1][0], fixed[-1][1]) \
                and paragraph[start:end].lstrip()[:1].islower():
            # "… như Bạch Mai, Việt Đức… đều thành lập …": an open list's "…" goes on into the
            # same sentence when a lower-case word follows; underthesea cuts there anyway.
            fixed[-1] = (fixed[-1][0], end)
            continue
        fixed.append((start, end))
    return [(s, e) for s, e in fixed if paragraph[s:e].strip()]


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence offsets within one paragraph of text (no newlines expected)."""
    return [(s, e) for s, e, _ in sentence_spans(paragraph)]


def sentence_spans(paragraph: str) -> list[tuple[int, int, bool]]:
    """Like :func:`split_sentences`, each with whether it is a sub-heading run into the text."""
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
    pieces = _split_run_ins(paragraph, _fix_spans(paragraph, spans))
    headings = {s for s, _, heading in pieces if heading}
    return [(s, e, s in headings) for s, e in _cap_length(paragraph, [(s, e) for s, e, _ in pieces])]


# Crawls that flatten a page to one line run captions, photo credits and sub-headings into
# the next sentence with no full stop between them ("… tại hội nghị. Ảnh: VGP/Lê Sơn Theo
# thống kê, …", "Liên tục gặp sự cố Chiều 11.5, ông …"). The glue hides where the real
# sentence starts, so they are cut where a new sentence visibly begins.

# A photo credit: the mark, then the photographer or agency ("VGP/Lê Sơn", "N.B", "TTXVN").
_CREDIT_MARK = re.compile(r"(?<!\w)(?:Ảnh|ẢNH|Bài\s*(?:,|và|/)\s*ảnh)\s*:\s*")
# A bracketed credit: "(ảnh Minh Khánh)", "(Ảnh: Hoàng Triều)", "(Ảnh do … cung cấp)".
_BRACKET_CREDIT = re.compile(r"[(\[]\s*(?:Ảnh|ảnh|ẢNH)\b[^)\]\n]{0,80}[)\]](?=\s+[\"“‘«]?[^\W\d_])")
_OPEN_MARKS = "\"“‘«•"
_TOKEN = re.compile(r"\S+")
_HONORIFIC = frozenset({"Ông", "Bà"})
# Capitalised words that open a sentence's first phrase ("Phó Thủ tướng …", "Theo Reuters, …",
# "Dự hội nghị có …"), so they belong to the sentence, not to the credit before them.
_PHRASE_HEADS = frozenset({"Phó", "Tổng", "Nguyên", "Quyền", "Theo", "Dự", "Tại", "Cùng", "Ông", "Bà"})
#: Most name tokens a photo credit runs to.
_CREDIT_TOKENS = 5


def _glued_caps(token: str) -> int:
    """Where an upper-case credit glued to the next word ends: "MINHPhái" -> 4, else -1."""
    for i in range(2, len(token) - 1):
        if token[i - 2].isupper() and token[i - 1].isupper() and token[i].isupper() and token[i + 1].islower():
            return i
    return -1


def _title_word(token: str) -> bool:
    word = token.rstrip(",")
    return len(word) > 0 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _after_credit(paragraph: str, start: int, end: int) -> list[int]:
    """Where a sentence starts right after a photo credit inside ``paragraph[start:end]``."""
    cuts = []
    for m in _CREDIT_MARK.finditer(paragraph, start, end):
        tokens = list(_TOKEN.finditer(paragraph, m.end(), end))
        found = None
        for k, tok in enumerate(tokens[: _CREDIT_TOKENS + 1]):
            text = tok.group()
            if k > 0 and (text[0].islower() or paragraph[tokens[k - 1].end() - 1] in ".!?…"):
                break  # not a name, or the tokenizer already ends the credit there
            glued = _glued_caps(text)
            if glued > 0:
                found = (k, tok.start() + glued)
                break
            nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            # Names are capitalised syllable after syllable: a capitalised word followed by a
            # lower-case word or a number ("Theo thống kê", "Chiều 10/5") starts a sentence.
            if k > 0 and (text[0] in _OPEN_MARKS
                          or (_title_word(text) and nxt and (nxt[0].islower() or nxt[0].isdigit()))
                          or (text in _HONORIFIC and nxt[:1].isupper())
                          or _RUN_IN_OPENER.match(paragraph, tok.start())):
                first = k
                while first > 1 and tokens[first - 1].group() in _PHRASE_HEADS:
                    first -= 1
                found = (first, tokens[first].start())
                break
        # A short tail is the rest of the credit ("Ảnh: Bộ Ngoại giao"), not a sentence.
        if found and len(tokens) - found[0] >= 4:
            cuts.append(found[1])
    for m in _BRACKET_CREDIT.finditer(paragraph, start, end):
        rest = m.end()
        while rest < end and paragraph[rest].isspace():
            rest += 1
        if rest < end:
            cuts.append(rest)
    return cuts


# Openers that begin a sentence and are never written with a capital inside one: a time
# ("Chiều 11.5, …"), a connective ("Bên cạnh đó", "Tuy nhiên"), or the participle that
# introduces a speaker ("Phát biểu tại hội nghị, Thủ tướng …"). Glued after a heading or a
# caption with no full stop, they mark where the sentence starts.
_RUN_IN_OPENER = re.compile(
    r"(?:Sáng|Chiều|Tối|Trưa|Đêm)\s+(?:nay|qua|cùng\s+ngày|hôm\s+qua|(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}\b)"
    r"|Ngày\s+\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{2,4})?\s*,"
    r"|(?:Bên\s+cạnh\s+đó|Tuy\s+nhiên|Theo\s+đó|Trước\s+đó|Sau\s+đó|Tiếp\s+đó|Ngoài\s+ra|Do\s+đó|Vì\s+vậy"
    r"|Cụ\s+thể|Đặc\s+biệt|Mặt\s+khác|Cùng\s+với\s+đó|Song\s+song\s+với\s+đó|Trong\s+khi\s+đó)\s*,"
    r"|(?:Bên\s+cạnh\s+đó|Tuy\s+nhiên|Đồng\s+thời|Mặc\s+dù|Theo)\s"
    r"|(?:Phát\s+biểu\s+(?:tại|chỉ\s+đạo|khai\s+mạc|bế\s+mạc|kết\s+luận|trong|với)"
    r"|Kết\s+luận\s+(?:tại|hội\s+nghị|cuộc\s+họp|buổi|phiên)|Chỉ\s+đạo\s+(?:tại|hội\s+nghị|cuộc\s+họp|buổi)"
    r"|Báo\s+cáo\s+(?:tại|với|về|trước)|Giải\s+trình\s+(?:về|tại|các|những|vấn\s+đề)"
    r"|(?:Trao\s+đổi|Chia\s+sẻ)\s+(?:với|tại|về)|Trả\s+lời\s+(?:câu\s+hỏi|chất\s+vấn|phóng\s+viên|báo\s+chí|ý\s+kiến|về|cử\s+tri)"
    r"|Nói\s+về|Thay\s+mặt|Trước\s+(?:ý\s+kiến|vấn\s+đề|tình\s+hình|thực\s+trạng|những|các)"
    r"|Tại\s+(?:buổi|hội\s+nghị|cuộc|phiên|kỳ\s+họp|lễ|hội\s+thảo|diễn\s+đàn))\b[^.;:!?]{0,100}?,"
    r"|Cử\s+tri\s+(?=\w)"
)
#: A word before which a capitalised opener is a name's part ("Ban Chỉ đạo", "Ủy ban Về …").
_NAME_HEADS = frozenset({"ban", "tổ", "đoàn", "hội", "cục", "vụ", "viện", "sở", "bộ", "báo"})


def _before_opener(paragraph: str, start: int, end: int) -> list[int]:
    cuts = []
    for m in _RUN_IN_OPENER.finditer(paragraph, start, end):
        at = m.start()
        if at == start or not paragraph[at - 1].isspace():
            continue
        before = paragraph[start:at].rstrip()
        if not before or before[-1] in ",;:(-–—/&" or len(before.split()) < 2:
            continue
        if before.split()[-1].lower() in _NAME_HEADS:
            continue
        if m.group().startswith("Cử") and not paragraph[m.end()].isupper():
            continue  # a voter named next ("Cử tri Nguyễn Văn A …"), not "cử tri" in a title
        cuts.append(at)
    return cuts


# A line break the crawler flattened into two spaces, then a sentence's first word: "… khởi
# kiện  Trao đổi với …". Some pages also pad bold names with two spaces ("của  Ban Bí thư  đối
# với"), so the word after must be a capitalised common word (one followed by a lower-case
# word), not a name.
_FLAT_BREAK = re.compile(r"(?<=[\w”\"’)])\s{2,}[\"“‘«]?(\S+)\s+(\S)")


def _flat_breaks(paragraph: str, start: int, end: int) -> list[int]:
    return [m.start() + len(m.group()) - len(m.group().lstrip()) for m in _FLAT_BREAK.finditer(paragraph, start, end)
            if _title_word(m.group(1)) and (m.group(2).islower() or m.group(2).isdigit())]


# Live-blog entries run together: "• 2017-05-13 09:44 …".
_BULLET = re.compile(r"(?<=\S)\s+(?=•\s)")
# A closing quotation mark may stand on either side of the stop ("… tài chính”.Trước …").
_STOP_RUN = re.compile(r"(?<=\s)(\w+)([”\"’»)]*[.!?…]+[”\"’»)]*)(\w+)(?=[\s,])")


def _missing_spaces(paragraph: str, start: int, end: int) -> list[int]:
    """A stop with no space after it between two words: "… rất hiệu quả.Phó Thủ tướng …",
    "… tự chủ tài chính”.Trước định hướng …".

    The word before is lower-case and the one after a capitalised word, so that a domain
    name ("vnexpress.net", "www.Site.com"), a decimal, or an abbreviation ("TP.Hồ Chí Minh",
    "Ng.Hưởng", "Pte.Ltd") stays whole.
    """
    return [m.start(3) for m in _STOP_RUN.finditer(paragraph, start, end)
            if m.group(1).islower() and len(m.group(1)) >= 2 and m.group(1) != "www" and _title_word(m.group(3))]


#: Longest run-in sub-heading: a longer piece is more likely a sentence that lost its stop.
_HEADING_WORDS = 40
_FINAL = tuple(".!?…:;\"”’)")


def _split_run_ins(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """``spans`` cut where a run-in sentence starts; each piece says whether it is a heading.

    The words before an opener, with no stop of their own, are a sub-heading or a caption
    ("Liên tục gặp sự cố", "Thủ tướng phát biểu tại hội nghị"): never a sentence of the
    report. A photo credit is no heading: it stays with the text so that the caption it
    closes is still read as one.
    """
    out: list[tuple[int, int, bool]] = []
    for start, end in spans:
        credit_cuts = set(_after_credit(paragraph, start, end))
        credit_cuts.update(m.end() for m in _BULLET.finditer(paragraph, start, end))
        credit_cuts.update(_missing_spaces(paragraph, start, end))
        opener_cuts = set(_before_opener(paragraph, start, end)) | set(_flat_breaks(paragraph, start, end))
        piece = start
        for cut in sorted(c for c in credit_cuts | opener_cuts if start < c < end):
            piece_end = cut
            while piece_end > piece and paragraph[piece_end - 1].isspace():
                piece_end -= 1
            if piece_end > piece:
                text = paragraph[piece:piece_end]
                heading = (cut in opener_cuts and cut not in credit_cuts and not text.endswith(_FINAL)
                           and len(text.split()) <= _HEADING_WORDS)
                out.append((piece, piece_end, heading))
            piece = cut
        out.append((piece, end, False))
    return out


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
        for s, e, heading in sentence_spans(p.text):
            start, end = p.start + s, p.start + e
            kind = "heading" if heading and p.kind == "body" else p.kind
            sentences.append(
                Sentence(index=len(sentences), start=start, end=end, text=text[start:end], paragraph=p.index,
                         kind=kind)
            )
    return Segmented(document=document, paragraphs=paragraphs, sentences=tuple(sentences))
