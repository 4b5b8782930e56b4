"""HTML reader: the main text of a news page, its title and publication date.

trafilatura strips navigation, scripts, comments and related-link boxes far better than a
hand-written walker, copes with malformed markup (it parses through lxml's forgiving HTML
parser), and its metadata gives the headline and the date.
"""
from __future__ import annotations

import logging
import re

from briefing.errors import DependencyError, EmptyInputError, InputTooLargeError
from briefing.types import Document

#: Most markup handed to trafilatura, in characters, once scripts and styles are gone.
#: trafilatura takes about 4 s a megabyte on one core, so this bounds a page to ~30 s;
#: real article pages hold well under 1 MB of markup besides their scripts.
MAX_HTML_MARKUP = 8_000_000
#: Most tags handed to trafilatura: its time goes with the number of elements (~0.5 ms
#: each), so this bounds a page to about 25 s. News pages hold a few thousand.
MAX_HTML_TAGS = 50_000

# Elements whose content is never article text, and often most of a page's bytes; and comments.
_DROP_OPEN = re.compile(r"<(?:(script|style|svg|noscript|template)\b|!--)", re.IGNORECASE)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page: BOM or valid UTF-8 first, then the charset the page declares, then detection.

    A declared charset is trusted only after UTF-8 fails: pages often declare one encoding
    and are served in another, and valid UTF-8 is almost never an accident.
    """
    import codecs

    from briefing.io.text import decode

    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii", "replace")
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def strip_heavy_markup(html: str) -> str:
    """Drop scripts, styles, SVG and comments before parsing (JSON-LD metadata is kept).

    A forward scan with ``find`` rather than a ``<script>.*?</script>`` regex, which goes
    quadratic on a page full of unclosed tags: every step moves forward, and an element
    left unclosed keeps the rest of the page as it is.
    """
    lower = html.lower()
    out: list[str] = []
    pos = 0
    while True:
        m = _DROP_OPEN.search(html, pos)
        if m is None:
            break
        tag = m.group(1)
        if tag is None:  # a comment
            close = html.find("-->", m.end())
            end = close + 3
            keep = False
        else:
            gt = html.find(">", m.end())
            close = -1 if gt < 0 else lower.find(f"</{tag.lower()}", gt)
            stop = -1 if close < 0 else html.find(">", close)
            end = len(html) if stop < 0 else stop + 1
            keep = gt >= 0 and "ld+json" in lower[m.end():gt]
        if close < 0:
            break
        out.append(html[pos:m.start()])
        if keep:
            out.append(html[m.start():end])
        pos = end
    out.append(html[pos:])
    return "".join(out)


def read_html_bytes(data: bytes, *, source: str | None = None) -> Document:
    """A :class:`Document` from the bytes of an HTML page."""
    from briefing.io.text import encoding_warning

    html, encoding = decode_html(data)
    html = strip_heavy_markup(html)
    if len(html) > MAX_HTML_MARKUP:
        raise InputTooLargeError(
            f"the page holds {len(html):,} characters of markup besides scripts and styles, over the limit of "
            f"{MAX_HTML_MARKUP:,}; save the article's text as .txt",
            path=source,
        )
    tags = html.count("<")
    if tags > MAX_HTML_TAGS:
        raise InputTooLargeError(
            f"the page has {tags:,} tags besides scripts and styles, over the limit of {MAX_HTML_TAGS:,}; "
            "save the article's text as .txt",
            path=source,
        )
    doc = read_html_text(html, source=source)
    note = encoding_warning(encoding)
    return Document(text=doc.text, title=doc.title, published=doc.published, source=source, format="html",
                    encoding=encoding, warnings=((note,) if note else ()) + doc.warnings)


def read_html_text(html: str, *, source: str | None = None) -> Document:
    """A :class:`Document` from the markup of an HTML page.

    Raises:
        EmptyInputError: no article text could be found in the page.
    """
    from briefing.io.text import encoding_warning, repair_legacy
    from briefing.text.normalize import normalize

    # trafilatura reports pages it cannot use through logging; our errors say it better.
    # (Only when the application has not set these loggers itself.)
    for name in ("trafilatura", "htmldate", "courlan"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.CRITICAL)
    try:
        import trafilatura
    except ImportError as exc:  # trafilatura needs lxml_html_clean with lxml >= 5.2
        raise DependencyError(
            f"reading HTML needs trafilatura and lxml_html_clean ({exc}); pip install trafilatura lxml_html_clean",
            path=source,
        ) from exc

    try:
        body = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_links=False,
            favor_precision=True,
            deduplicate=True,
        )
        if not body or not body.strip():
            # Precision mode can drop a short page whole; recall mode keeps more.
            body = trafilatura.extract(html, include_comments=False, favor_recall=True)
        meta = trafilatura.extract_metadata(html) if body and body.strip() else None
    except (ValueError, TypeError, RecursionError) as exc:  # lxml on pathological markup
        raise EmptyInputError(f"the HTML page could not be parsed ({type(exc).__name__})", path=source) from exc
    if not body or not body.strip():
        raise EmptyInputError("no article text found in the HTML page", path=source)
    title = published = None
    if meta is not None:
        title = meta.title or None
        published = meta.date or None
    body, legacy = repair_legacy(normalize(body))
    warnings: tuple[str, ...] = ()
    if legacy:
        note = encoding_warning(legacy)
        warnings = (note,) if note else ()
        title = repair_legacy(title)[0] if title else None
    if title:
        title = normalize(title).strip() or None
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    if published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        published = None
    return Document(text=body, title=title, published=published, source=source, format="html", warnings=warnings)
