"""PDFs made by the tests: a report laid out on pages, a scan (an image only), a locked one.

fpdf2 writes them. Vietnamese letters need a TrueType font with them; Debian's DejaVu
(fonts-dejavu-core, which .ci/run installs) or another common one is used when present,
and the tests that need it skip, saying why, when none is.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

#: Fonts with Vietnamese letters found on common Linux installs, best first.
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
)
RUNNING_HEADER = "Văn phòng Đảng ủy Khối – Báo cáo hội nghị"


def fpdf() -> Any:
    """fpdf2's FPDF class, or a skip when fpdf2 is not installed."""
    return pytest.importorskip("fpdf", reason="fpdf2 (in the test extra) makes the test PDFs").FPDF


def vietnamese_font() -> str:
    for path in FONT_CANDIDATES:
        if Path(path).is_file():
            return path
    pytest.skip("no TrueType font with Vietnamese letters (apt-get install fonts-dejavu-core)")


def report_pdf(text: str, *, align: str = "J", gap: float = 3.0, indent: bool = False, furniture: bool = True,
               scanned_pages: int = 0) -> bytes:
    """``text`` laid out as a printed report: one paragraph per non-blank line, wrapped to the
    page by fpdf2, with a running header and "Trang N" footer on every page; then
    ``scanned_pages`` pages that hold only a picture."""
    FPDF = fpdf()
    font = vietnamese_font()

    class Report(FPDF):  # type: ignore[misc, valid-type]
        #: pages of text, once known: the scanned pages after them get no header or footer
        text_pages: int | None = None

        def _furnished(self) -> bool:
            return furniture and (self.text_pages is None or self.page_no() <= self.text_pages)

        def header(self) -> None:
            if self._furnished():
                self.set_font("body", size=9)
                self.cell(0, 8, RUNNING_HEADER, align="C")
                self.ln(12)

        def footer(self) -> None:
            if self._furnished():
                self.set_y(-15)
                self.set_font("body", size=9)
                self.cell(0, 10, f"Trang {self.page_no()}", align="C")

    pdf = Report(format="A4")
    pdf.add_font("body", fname=font)
    pdf.add_page()
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    for i, paragraph in enumerate(paragraphs):
        pdf.set_font("body", size=14 if i == 1 else 11)  # the headline in a larger size
        # an em-space indent on the first line
        para = "\u2003\u2003" + paragraph if indent else paragraph
        pdf.multi_cell(0, 6, para, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
    pdf.text_pages = pdf.page_no()
    for _ in range(scanned_pages):
        pdf.add_page()
        pdf.image(_picture(), x=10, y=10, w=180)
    return bytes(pdf.output())


def _picture() -> io.BytesIO:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (300, 400), 235).save(buf, format="PNG")
    buf.seek(0)
    return buf


def image_only_pdf(pages: int = 1) -> bytes:
    """A "scan": pages holding one picture each and no text layer."""
    FPDF = fpdf()
    pdf = FPDF()
    for _ in range(pages):
        pdf.add_page()
        pdf.image(_picture(), x=10, y=10, w=180)
    return bytes(pdf.output())


def locked_pdf() -> bytes:
    """A PDF that needs a password to open (ASCII text: no font file needed)."""
    FPDF = fpdf()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Bao cao hoi nghi")
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    return bytes(pdf.output())
