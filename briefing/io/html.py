"""HTML reader: the main text of a news page, its title and publication date.

trafilatura strips navigation, comments and related-link boxes far better than a
hand-written walker; its metadata gives the headline and the date.
"""
from __future__ import annotations

from briefing.errors import EmptyInputError
from briefing.types import Document


def read_html_text(html: str, *, source: str | None = None) -> Document:
    from briefing.text.normalize import normalize

    import trafilatura

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
    if not body or not body.strip():
        raise EmptyInputError("no article text found in the HTML page", path=source)
    title = published = None
    meta = trafilatura.extract_metadata(html)
    if meta is not None:
        title = meta.title or None
        published = meta.date or None
    body = normalize(body)
    if title:
        title = normalize(title).strip()
        if not body.lstrip().startswith(title):
            body = f"{title}\n\n{body}"
    return Document(text=body, title=title, published=published, source=source, format="html")
