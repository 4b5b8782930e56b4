"""PDF input: paragraphs rebuilt from laid-out lines, page furniture marked, scans and
locked files refused with their own codes. The PDFs are made here, from samples/seed.txt."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import briefing
from briefing.cli.main import cli
from briefing.errors import BinaryInputError, EncryptedInputError, InputError, NoTextLayerError
from briefing.io import read, read_bytes
from briefing.io.pdf import Line, build_paragraphs, find_furniture
from briefing.text.segment import segment
from tests.conftest import MEETING_REPORT
from tests.pdfs import RUNNING_HEADER, image_only_pdf, locked_pdf, report_pdf


def _task_keys(b: briefing.Briefing) -> list[tuple[object, ...]]:
    return [(t.text, t.assigner, t.assignees, t.deadline, t.evidence, t.implicit_speaker) for t in b.tasks]


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory, sample_text: str) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    path.write_bytes(report_pdf(sample_text))
    return path


def test_seed_pdf_gives_the_tasks_of_the_seed_text(seed_pdf: Path, sample_path: Path) -> None:
    from_text = briefing.brief_file(sample_path, engine="extractive")
    from_pdf = briefing.brief_file(seed_pdf, engine="extractive")
    assert len(from_text.tasks) >= 5
    assert _task_keys(from_pdf) == _task_keys(from_text)
    assert from_pdf.meeting == from_text.meeting
    assert from_pdf.title == from_text.title
    assert from_pdf.warnings == from_text.warnings


def test_wrapped_lines_become_the_seed_paragraphs(seed_pdf: Path, sample_text: str) -> None:
    doc = read(seed_pdf)
    assert doc.format == "pdf"
    paragraphs = doc.text.split("\n\n")
    body = [p for p in paragraphs if not p.startswith(RUNNING_HEADER) and not p.startswith("Trang ")]
    assert body == [" ".join(p.split()) for p in sample_text.splitlines() if p.strip()]


def test_headers_footers_and_page_numbers_are_marked_as_furniture(seed_pdf: Path) -> None:
    doc = read(seed_pdf)
    marked = [doc.text[s:e] for s, e in doc.furniture]
    pages = sum(1 for m in marked if m.startswith("Trang "))
    assert pages >= 2, marked  # the seed fills more than one page
    assert marked.count(RUNNING_HEADER) == pages
    seg = segment(doc)
    assert all(p.kind == "furniture" for p in seg.paragraphs if p.text == RUNNING_HEADER or p.text.startswith("Trang "))
    assert not any("Trang " in s.text or RUNNING_HEADER in s.text for s in seg.body_sentences)


@pytest.mark.parametrize(("align", "gap", "indent"), [("L", 3.0, False), ("J", 0.0, True), ("L", 0.0, True)],
                         ids=["ragged-spaced", "justified-indented", "ragged-indented"])
def test_other_layouts_give_the_same_tasks(tmp_path: Path, sample_path: Path, sample_text: str, align: str,
                                           gap: float, indent: bool) -> None:
    path = tmp_path / "seed.pdf"
    path.write_bytes(report_pdf(sample_text, align=align, gap=gap, indent=indent))
    from_text = briefing.brief_file(sample_path, engine="extractive")
    assert _task_keys(briefing.brief_file(path, engine="extractive")) == _task_keys(from_text)


def test_a_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(report_pdf(MEETING_REPORT))
    doc = read(path)
    assert doc.format == "pdf" and doc.title == "Hà Nội họp bàn giải pháp xử lý rác thải"


def test_scanned_pdf_exits_1_and_names_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(image_only_pdf(pages=2))
    with pytest.raises(NoTextLayerError):
        read(path)
    r = CliRunner().invoke(cli, ["summarize", "--engine", "extractive", str(path)])
    assert r.exit_code == 1
    line = r.stderr.strip()
    assert line.startswith("briefing: error: [B106] ") and "scan.pdf" in line and "OCR" in line
    assert len(line.splitlines()) == 1 and r.stdout == ""


def test_password_protected_pdf_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(locked_pdf())
    with pytest.raises(EncryptedInputError):
        read(path)
    r = CliRunner().invoke(cli, ["summarize", "--engine", "extractive", str(path)])
    assert r.exit_code == 1 and r.stderr.startswith("briefing: error: [B107] ") and "password" in r.stderr


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"%PDF-1.4\n" + bytes(200)],
                         ids=["truncated", "garbage"])
def test_damaged_pdf_is_binary_data_that_cannot_be_read(data: bytes) -> None:
    with pytest.raises(BinaryInputError, match="PDF document that cannot be read") as info:
        read_bytes(data, source="broken.pdf", suffix=".pdf")
    assert info.value.code == "B102"


def test_pages_of_images_among_text_pages_are_noted(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    path.write_bytes(report_pdf(MEETING_REPORT, scanned_pages=1))
    doc = read(path)
    assert "Trần Văn Nam" in doc.text
    assert any("1 of 2 PDF pages hold images but no text" in w and "OCR" in w for w in doc.warnings)


def test_max_chars_applies_to_pdf_text(seed_pdf: Path) -> None:
    with pytest.raises(InputError) as info:
        read(seed_pdf, max_chars=1000)
    assert info.value.code == "B105"


# -- paragraph rules on hand-made lines (no PDF, no font needed) ----------------------------

def _line(page: int, y: float, text: str, x0: float = 50.0, x1: float | None = None, h: float = 11.0) -> Line:
    return Line(page=page, text=text, x0=x0, x1=x1 if x1 is not None else 545.0, top=y, bottom=y - h)


def test_a_sentence_over_a_page_break_is_one_paragraph_and_the_furniture_goes_last() -> None:
    pages = [
        [_line(0, 815, "Báo cáo", x0=250, x1=340, h=9), _line(0, 760, "Chủ tịch yêu cầu các sở khẩn trương rà soát,"),
         _line(0, 745, "hoàn thiện hồ sơ và báo cáo kết quả về UBND tỉnh trong tháng"),
         _line(0, 40, "1", x0=295, x1=300, h=9)],
        [_line(1, 815, "Báo cáo", x0=250, x1=340, h=9), _line(1, 760, "này để tổng hợp.", x1=140),
         _line(1, 40, "2", x0=295, x1=300, h=9)],
    ]
    furniture = find_furniture(pages, [842.0, 842.0])
    assert furniture == {(0, 0), (0, 3), (1, 0), (1, 2)}
    items = build_paragraphs(pages, furniture)
    assert items == [
        (False, ("Chủ tịch yêu cầu các sở khẩn trương rà soát, hoàn thiện hồ sơ và báo cáo kết quả về UBND tỉnh "
                 "trong tháng này để tổng hợp.")),
        (True, "Báo cáo"), (True, "1"), (True, "Báo cáo"), (True, "2"),
    ]


def test_list_items_short_lines_and_larger_gaps_start_paragraphs() -> None:
    lines = [
        _line(0, 760, "Tiêu đề ngắn của báo cáo", x1=200, h=14),
        _line(0, 730, "Đoạn thứ nhất chạy hết dòng và tiếp tục ở dòng"),
        _line(0, 716, "sau rồi kết thúc ở đây.", x1=160),
        _line(0, 702, "- Một mục trong danh sách chạy hết dòng,"),
        _line(0, 688, "tiếp tục ở dòng sau.", x1=150),
        _line(0, 660, "Đoạn cách một dòng trống với đoạn trên."),
    ]
    texts = [t for _, t in build_paragraphs([lines], set())]
    assert texts == [
        "Tiêu đề ngắn của báo cáo",
        "Đoạn thứ nhất chạy hết dòng và tiếp tục ở dòng sau rồi kết thúc ở đây.",
        "- Một mục trong danh sách chạy hết dòng, tiếp tục ở dòng sau.",
        "Đoạn cách một dòng trống với đoạn trên.",
    ]


def test_a_dash_wrapped_to_the_start_of_a_line_is_not_a_list_item() -> None:
    lines = [_line(0, 760, "Đảng ủy Khối Dân - Chính – Đảng TPHCM tổ chức hội nghị, Đảng ủy Khối Dân"),
             _line(0, 746, "- Chính – Đảng đề nghị các đơn vị triển khai.", x1=300)]
    assert [t for _, t in build_paragraphs([lines], set())] == [
        ("Đảng ủy Khối Dân - Chính – Đảng TPHCM tổ chức hội nghị, Đảng ủy Khối Dân - Chính – Đảng đề nghị các đơn vị "
         "triển khai.")]


def test_a_line_repeated_mid_page_or_said_once_at_the_top_is_not_furniture() -> None:
    first = ["Mở đầu hội nghị.", "Ý kiến của các sở.", "Kết luận của chủ tọa."]
    last = ["Các sở triển khai ngay.", "Hội nghị bế mạc lúc 17 giờ.", "Đề nghị báo cáo kết quả."]
    pages = [[_line(p, 760, first[p]), _line(p, 400, "Kết luận của hội nghị"), _line(p, 100, last[p])]
             for p in range(3)]
    assert find_furniture(pages, [842.0] * 3) == set()


def test_a_pdf_typed_in_a_vni_font_is_converted(tmp_path: Path) -> None:
    from briefing.io.legacy import cp1252_text
    from tests.io.encoders import to_vni

    path = tmp_path / "vni.pdf"
    # A VNI font maps Latin-1 code points to Vietnamese glyphs: the text layer holds those.
    path.write_bytes(report_pdf(cp1252_text(to_vni(MEETING_REPORT))))
    doc = read(path)
    assert doc.title == "Hà Nội họp bàn giải pháp xử lý rác thải"
    assert "Trần Văn Nam" in doc.text and any("VNI" in w for w in doc.warnings)
    # The marks still fit the converted text (the header here was typed in Unicode, so the
    # conversion of the whole page garbles it, as it would in such a mixed file).
    marked = [doc.text[s:e] for s, e in doc.furniture]
    assert len(marked) == 2 and marked[0].startswith("Văn ph") and marked[1] == "Trang 1"
