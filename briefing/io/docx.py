"""Word (.docx) reader through python-docx, with a guard against zip bombs."""
from __future__ import annotations

import io
import zipfile

from briefing.errors import InputError, InputTooLargeError
from briefing.types import Document

#: Refuse a .docx whose parts would expand past this many bytes, or by more than this ratio.
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 100


def _check_zip(data: bytes, source: str | None) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise InputError("not a valid .docx file (it is not a zip archive)", path=source) from exc
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_DOCX_UNCOMPRESSED or (total > 10 * 1024 * 1024 and total / packed > MAX_DOCX_RATIO):
        raise InputTooLargeError(
            f".docx expands to {total} bytes (limit {MAX_DOCX_UNCOMPRESSED}, ratio {MAX_DOCX_RATIO}); refusing it",
            path=source,
        )


def read_docx_bytes(data: bytes, *, source: str | None = None) -> Document:
    from briefing.text.normalize import normalize

    _check_zip(data, source)
    import docx

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        raise InputError(f"not a readable .docx file ({type(exc).__name__})", path=source) from exc
    paragraphs = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text for cell in row.cells))
    text = normalize("\n\n".join(p for p in paragraphs if p.strip()))
    props = doc.core_properties
    title = normalize(props.title).strip() if props.title else None
    if not title:
        from briefing.io.text import first_line_title

        title = first_line_title(text)
    return Document(text=text, title=title, source=source, format="docx")
