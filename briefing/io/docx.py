"""Word (.docx) reader through python-docx, with a guard against zip bombs.

A .docx is a zip archive; a crafted one can expand a few kilobytes into gigabytes. The
central directory states each part's uncompressed size, and Python's zipfile never
inflates a part past its stated size, so checking the directory before python-docx opens
anything bounds both memory and time. Limits (documented in README, "Limits and errors"):

- :data:`MAX_DOCX_UNCOMPRESSED` bytes for all parts together;
- :data:`MAX_DOCX_RATIO` expansion ratio, once the parts pass :data:`RATIO_FLOOR` bytes
  (small files compress well without being bombs);
- :data:`MAX_DOCX_PARTS` parts (a directory of millions of entries is a bomb of its own).

python-docx parses XML with entity resolution off, so "billion laughs" XML does not expand.
"""
from __future__ import annotations

import io
import zipfile

from briefing.errors import DependencyError, InputError, InputTooLargeError, UnsupportedFormatError
from briefing.types import Document

#: Refuse a .docx whose parts would expand past this many bytes…
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
#: …or expand more than this many times over their compressed size…
MAX_DOCX_RATIO = 100
#: …once they pass this size.
RATIO_FLOOR = 10 * 1024 * 1024
#: Refuse a .docx with more parts than this.
MAX_DOCX_PARTS = 10_000


def _check_zip(data: bytes, source: str | None) -> None:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormatError(
            "this is an old Word .doc file named .docx; open it in Word or LibreOffice and save it as .docx",
            path=source,
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError("not a valid .docx file (it is not a zip archive)", path=source) from exc
    if len(infos) > MAX_DOCX_PARTS:
        raise InputTooLargeError(f".docx has {len(infos):,} parts (limit {MAX_DOCX_PARTS:,}); refusing it", path=source)
    total = sum(i.file_size for i in infos)
    packed = max(1, sum(i.compress_size for i in infos))
    if total > MAX_DOCX_UNCOMPRESSED or (total > RATIO_FLOOR and total / packed > MAX_DOCX_RATIO):
        raise InputTooLargeError(
            f".docx expands to {total:,} bytes from {packed:,} (limits: {MAX_DOCX_UNCOMPRESSED:,} bytes, "
            f"ratio {MAX_DOCX_RATIO}); refusing it as a possible zip bomb",
            path=source,
        )
    if not any(i.filename == "word/document.xml" for i in infos):
        raise UnsupportedFormatError("a zip archive but not a Word document (no word/document.xml)", path=source)


def _paragraphs(document: object) -> list[str]:
    """Body paragraphs and table rows in document order (python-docx lists them apart)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[str] = []
    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    # Merged cells repeat in python-docx's row view: keep each once.
                    if not cells or cell.text != cells[-1]:
                        cells.append(cell.text)
                out.append(" | ".join(cells))
    return out


def read_docx_bytes(data: bytes, *, source: str | None = None) -> Document:
    """A :class:`Document` from the bytes of a .docx file.

    Raises:
        InputError: not a zip or not a readable Word document.
        UnsupportedFormatError: an old .doc, or a zip that is not a Word document.
        InputTooLargeError: past the expansion limits above.
    """
    from briefing.io.text import encoding_warning, first_line_title, repair_legacy
    from briefing.text.normalize import normalize

    _check_zip(data, source)
    try:
        import docx
    except ImportError as exc:
        raise DependencyError(f"reading .docx needs python-docx ({exc}); pip install python-docx", path=source) from exc

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = _paragraphs(document)
        props_title = document.core_properties.title
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors…
        raise InputError(f"not a readable .docx file ({type(exc).__name__})", path=source) from exc
    text, legacy = repair_legacy(normalize("\n\n".join(p for p in paragraphs if p.strip())))
    title = normalize(props_title).strip() if props_title else None
    if not title:
        title = first_line_title(text)
    note = encoding_warning(legacy) if legacy else None
    return Document(text=text, title=title, source=source, format="docx", warnings=(note,) if note else ())
