"""PDF reader: the text layer through pypdfium2 (PDFium), rebuilt into paragraphs.

A PDF holds positioned lines, not paragraphs. The reader takes each line's text and box
from PDFium and puts the report back together:

- **page furniture**: the outermost lines of each page (top and bottom fifth) that are a
  page number ("3", "- 3 -", "Trang 3/10") or that repeat on several pages (a running
  header or footer, digits ignored) are kept in the text as paragraphs of their own and
  listed in :attr:`Document.furniture`, so segmentation marks them as furniture the way it
  marks a news page's share buttons: nothing is deleted and offsets stay valid. They go
  after the report's last paragraph, in page order: a page break has no place in the
  report's flow, and left where it fell it would cut a paragraph in two or stand between
  a speaker and the directions that continue on the next page.
- **paragraphs**: lines wrapped by the layout are joined with a space; a new paragraph
  starts at a larger gap between lines, a change of font size, a list marker, an indented
  first line after a finished sentence, or after a line that stops short of the right
  margin (Vietnamese syllables are short, so a wrapped line nearly always reaches it).

A PDF without a text layer (a scan, pages of images) raises
:class:`~briefing.errors.NoTextLayerError` and one that needs a password
:class:`~briefing.errors.EncryptedInputError`; both name the way out. Only single-column
reading order is rebuilt (PDFium's own order); text in several columns comes out in the
order the PDF stores it.
"""
from __future__ import annotations

import re
import statistics
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from briefing.errors import (
    BinaryInputError,
    DependencyError,
    EncryptedInputError,
    InputTooLargeError,
    NoTextLayerError,
)
from briefing.types import Document

#: Refuse PDFs with more pages than this (a report of 2,000,000 characters is ~1,000 pages).
MAX_PDF_PAGES = 5000
#: A page with fewer letters than this in its text layer, but with images, is taken as scanned.
MIN_LETTERS_PER_PAGE = 20
#: Share of the page height, at the top and at the bottom, where headers and footers live.
FURNITURE_BAND = 0.2

# PDFium is not thread-safe (pypdfium2 says so): one lock for every PDFium call in the
# process, so that a server or a threaded caller can read PDFs from several threads.
_PDFIUM_LOCK = threading.Lock()

_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:trang|page|tr\.?)\s*)?\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?[\W_]*$", re.IGNORECASE
)
_LIST_MARKER = re.compile(r"^(?:[-–—•·‣▪●○■□➢►✓+*]\s|\(?\d{1,2}[.)]\s|\(?[a-zđ][)]\s|[IVXLC]{1,5}[.)]\s)")
_SENTENCE_END = (".", "!", "?", "…", ":", ";", "”", '"', "»", ")")


@dataclass(frozen=True)
class Line:
    """One line of a page as PDFium lays it out (PDF units, y grows upwards)."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def char_width(self) -> float:
        return (self.x1 - self.x0) / max(1, len(self.text))


@dataclass(frozen=True)
class _Layout:
    """What the body lines of the whole document share: margins, letter width, line pitch."""

    left: float
    right: float
    char_width: float
    pitch: float

    @property
    def slack(self) -> float:
        """How far from the right margin a wrapped line may stop: about one long word."""
        return max(8 * self.char_width, 0.08 * (self.right - self.left))


def _page_text(textpage: Any, raw: Any) -> str:
    """The page's characters, one per PDFium char index (so char boxes can be looked up)."""
    n = textpage.count_chars()
    if n <= 0:
        return ""
    text: str = textpage.get_text_range(0, n)
    if len(text) == n:
        return text
    # PDFium left out or added characters in its text view: ask for each one. Characters
    # outside the BMP come as surrogate pairs; the pair becomes the character and a
    # zero-width space, which normalisation removes, so indices still line up.
    units = [raw.FPDFText_GetUnicode(textpage.raw, i) for i in range(n)]
    out: list[str] = []
    i = 0
    while i < n:
        u = units[i]
        if 0xD800 <= u < 0xDC00 and i + 1 < n and 0xDC00 <= units[i + 1] < 0xE000:
            out += [chr(0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00)), "\u200b"]
            i += 2
            continue
        out.append("\ufffd" if 0xD800 <= u < 0xE000 else chr(u))
        i += 1
    return "".join(out)


def _page_lines(page: Any, index: int, raw: Any) -> list[Line]:
    textpage = page.get_textpage()
    try:
        text = _page_text(textpage, raw)
        lines: list[Line] = []
        for m in re.finditer(r"[^\r\n]+", text):
            s, e = m.span()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            l0, b0, _, t0 = textpage.get_charbox(s, loose=True)
            _, b1, r1, t1 = textpage.get_charbox(e - 1, loose=True)
            lines.append(Line(page=index, text=" ".join(text[s:e].split()), x0=l0, x1=max(r1, l0),
                              top=max(t0, t1), bottom=min(b0, b1)))
        return lines
    finally:
        textpage.close()


def _has_images(page: Any, raw: Any) -> bool:
    return any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3))


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def find_furniture(pages: Sequence[Sequence[Line]], heights: Sequence[float]) -> set[tuple[int, int]]:
    """``(page, line)`` indices of running headers, footers and page numbers.

    Candidates are the two outermost lines at the top and at the bottom of each page,
    inside :data:`FURNITURE_BAND`; a candidate is furniture when it is a page number, when
    the same text (digits aside) is a candidate on at least two pages and on at least 40% of
    the pages (a header left off the first page still counts), or when it is the outermost
    line, in smaller type than the text and set apart from it by more than a line's height.
    """
    every = [ln for lines in pages for ln in lines]
    if not every:
        return set()
    line_height = statistics.median(ln.height for ln in every)
    candidates: list[tuple[int, int, str]] = []
    aside: set[tuple[int, int]] = set()
    for p, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        if not lines:
            continue
        order = sorted(range(len(lines)), key=lambda i: -lines[i].top)
        top = [i for i in order[:2] if lines[i].bottom >= (1 - FURNITURE_BAND) * height]
        bottom = [i for i in order[::-1][:2] if lines[i].top <= FURNITURE_BAND * height and i not in top]
        candidates += [(p, i, _furniture_key(lines[i].text)) for i in top + bottom]
        # On one page nothing repeats: a header or footer shows as an outermost line in a
        # smaller type, set well apart from the text.
        if len(order) >= 3:
            first, second, last, before = order[0], order[1], order[-1], order[-2]
            if (top[:1] == [first] and lines[first].bottom - lines[second].top > line_height
                    and lines[first].height < 0.9 * line_height):
                aside.add((p, first))
            if (bottom[:1] == [last] and lines[before].bottom - lines[last].top > line_height
                    and lines[last].height < 0.9 * line_height):
                aside.add((p, last))
    pages_with: Counter[str] = Counter(key for _, key in {(p, key) for p, _, key in candidates})
    used = sum(1 for lines in pages if lines)
    out = set(aside)
    for p, i, key in candidates:
        repeated = pages_with[key] >= 2 and pages_with[key] >= 0.4 * used
        if repeated or _PAGE_NUMBER.match(pages[p][i].text):
            out.add((p, i))
    return out


def _layout(body: Sequence[Line]) -> _Layout:
    x0s = [ln.x0 for ln in body]
    x1s = sorted(ln.x1 for ln in body)
    right = x1s[min(len(x1s) - 1, int(0.9 * len(x1s)))]
    widths = [ln.char_width for ln in body if len(ln.text) >= 10] or [ln.char_width for ln in body]
    pitches = [a.top - b.top for a, b in pairwise(body) if a.page == b.page and 0 < a.top - b.top < 4 * a.height]
    return _Layout(left=statistics.median(x0s), right=right, char_width=statistics.median(widths),
                   pitch=statistics.median(pitches) if pitches else 0.0)


def _starts_paragraph(prev: Line, cur: Line, lay: _Layout) -> bool:
    """Whether ``cur`` starts a new paragraph after ``prev`` (its line before, maybe on the last page)."""
    if abs(cur.height - prev.height) > 0.2 * max(cur.height, prev.height):
        return True  # a change of font size: a heading, or back from one
    same_page = cur.page == prev.page
    if same_page and lay.pitch and prev.top - cur.top > 1.35 * lay.pitch:
        return True  # a blank line's worth of space
    if same_page and cur.top > prev.top:
        return True  # back up the page: a new block (a column, a box)
    ended = prev.text.endswith(_SENTENCE_END)
    short = prev.x1 < lay.right - lay.slack
    if _LIST_MARKER.match(cur.text) and (ended or short):
        # A list item; a dash that only wrapped to the line's start ("Dân -" / "- Chính")
        # follows a full line that did not end a sentence.
        return True
    # A short line ends its paragraph, unless the sentence plainly goes on below it on the
    # same page (a long word such as a web address did not fit on the line).
    if short and (ended or not same_page or not cur.text[:1].islower()):
        return True
    # An indented first line after a finished sentence or a short line: a new paragraph,
    # even where the last line of the one before happened to be full.
    indented = cur.x0 > lay.left + 2 * lay.char_width and prev.x0 <= lay.left + lay.char_width
    return indented and (ended or short)


def _join(prev: str, cur: str) -> str:
    if prev.endswith(("\u00ad", "\x02")):  # a soft hyphen from the layout: the word goes on
        return prev[:-1] + cur
    return prev + " " + cur


def build_paragraphs(pages: Sequence[Sequence[Line]], furniture: set[tuple[int, int]]) -> list[tuple[bool, str]]:
    """``(is_furniture, text)`` items: the report's paragraphs in reading order, then the furniture."""
    flat = [(ln, (p, i) in furniture) for p, lines in enumerate(pages) for i, ln in enumerate(lines)]
    body = [ln for ln, f in flat if not f]
    marked: list[tuple[bool, str]] = [(True, ln.text) for ln, f in flat if f]
    if not body:
        return marked
    lay = _layout(body)
    paragraphs: list[str] = []
    prev: Line | None = None
    for ln in body:
        if prev is not None and not _starts_paragraph(prev, ln, lay):
            paragraphs[-1] = _join(paragraphs[-1], ln.text)
        else:
            paragraphs.append(ln.text)
        prev = ln
    return [(False, t) for t in paragraphs] + marked


def _assemble(items: Sequence[tuple[bool, str]]) -> tuple[str, tuple[tuple[int, int], ...], str | None]:
    """The document text, the furniture spans in it, and a legacy font encoding if converted."""
    from briefing.io.text import repair_legacy
    from briefing.text.normalize import normalize

    pieces = [" ".join(normalize(t).split()) for _, t in items]
    kept = [(f, t) for (f, _), t in zip(items, pieces, strict=True) if t]
    joined = "\n\n".join(t for _, t in kept)
    # Old Vietnamese PDFs use TCVN3/VNI fonts: their text layer reads as Latin-1 letters.
    repaired, legacy = repair_legacy(joined)
    if legacy:
        parts = repaired.split("\n\n")
        if len(parts) == len(kept):
            kept = [(f, t) for (f, _), t in zip(kept, parts, strict=True)]
        else:  # conversion moved a paragraph break: keep the text, lose the marks
            return repaired, (), legacy
    spans: list[tuple[int, int]] = []
    pos = 0
    for is_furniture, t in kept:
        if is_furniture:
            spans.append((pos, pos + len(t)))
        pos += len(t) + 2
    return "\n\n".join(t for _, t in kept), tuple(spans), legacy


def _open(data: bytes, source: str | None) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        from pypdfium2 import raw

        if getattr(exc, "err_code", None) in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise EncryptedInputError(
                "this PDF is protected by a password, so its text cannot be read; open it with the password "
                "and save or print it as a PDF without one (or export the report as .docx or .txt)",
                path=source,
            ) from exc
        # Binary data that is not a readable report, like any other (B102).
        raise BinaryInputError(f"this is a PDF document that cannot be read (damaged or incomplete: {exc})",
                               path=source) from exc


def _pages(pdf: Any, source: str | None, max_chars: int | None, raw: Any) -> Iterator[tuple[list[Line], float, bool]]:
    """Each page's lines, height and whether it looks scanned (images, next to no text)."""
    chars = 0
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            lines = _page_lines(page, index, raw)
            letters = sum(ch.isalpha() for ln in lines for ch in ln.text)
            scanned = letters < MIN_LETTERS_PER_PAGE and _has_images(page, raw)
            height = page.get_height()
        finally:
            page.close()
        chars += sum(len(ln.text) + 1 for ln in lines)
        if max_chars is not None and chars > max_chars + 1000:
            # Stop reading early: a PDF of thousands of pages would take long to read whole.
            raise InputTooLargeError(
                f"the PDF holds more than {max_chars:,} characters of text, over the limit "
                "(raise it with --max-chars, or split the file)",
                path=source,
            )
        yield lines, height, scanned


def read_pdf_bytes(data: bytes, *, source: str | None = None, max_chars: int | None = None) -> Document:
    """A :class:`Document` from the bytes of a PDF file.

    Raises:
        EncryptedInputError: the PDF needs a password.
        NoTextLayerError: no page has a text layer (a scan): it needs OCR first.
        InputTooLargeError: more than :data:`MAX_PDF_PAGES` pages, or text past ``max_chars``.
        BinaryInputError: not a readable PDF (damaged, truncated).
    """
    from briefing.io.text import encoding_warning, first_line_title

    try:
        from pypdfium2 import raw
    except ImportError as exc:
        raise DependencyError(f"reading PDF needs pypdfium2 ({exc}); pip install pypdfium2", path=source) from exc
    with _PDFIUM_LOCK:
        pdf = _open(data, source)
        try:
            n_pages = len(pdf)
            if n_pages > MAX_PDF_PAGES:
                raise InputTooLargeError(f"the PDF has {n_pages:,} pages, over the limit of {MAX_PDF_PAGES:,}; "
                                         "split the file", path=source)
            read = list(_pages(pdf, source, max_chars, raw))
        finally:
            pdf.close()
    pages = [lines for lines, _, _ in read]
    scanned = sum(1 for _, _, s in read if s)
    letters = sum(ch.isalpha() for lines in pages for ln in lines for ch in ln.text)
    if letters < MIN_LETTERS_PER_PAGE * max(1, n_pages) and (scanned or letters == 0):
        raise NoTextLayerError(
            "this PDF has no text layer (a scanned document or pages of images), so there is no text to read; "
            "run OCR on it first (for example `ocrmypdf --language vie in.pdf out.pdf`) "
            "or export the report as .docx or .txt",
            path=source,
        )
    items = build_paragraphs(pages, find_furniture(pages, [h for _, h, _ in read]))
    text, spans, legacy = _assemble(items)
    warnings: list[str] = []
    if scanned:
        warnings.append(f"{scanned} of {n_pages} PDF pages hold images but no text (scanned pages?); what they say "
                        "is not in this briefing: run OCR on the PDF to include it")
    note = encoding_warning(legacy) if legacy else None
    if note:
        warnings.append(note)
    body = "\n\n".join(t for f, t in _pieces(text, spans) if not f)
    return Document(text=text, title=first_line_title(body), source=source, format="pdf",
                    warnings=tuple(warnings), furniture=spans)


def _pieces(text: str, spans: Sequence[tuple[int, int]]) -> Iterator[tuple[bool, str]]:
    """The paragraphs of :func:`_assemble`'s text, each with whether it is furniture."""
    marked = set(spans)
    pos = 0
    for part in text.split("\n\n"):
        yield (pos, pos + len(part)) in marked, part
        pos += len(part) + 2
