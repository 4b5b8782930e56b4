"""tasks.csv, tasks.jsonl and digest.md on a small hand-made set of briefings."""
from __future__ import annotations

import csv
import io
import json

from briefing.batch.index import CSV_COLUMNS, task_rows, to_csv, to_digest, to_jsonl
from briefing.types import Briefing, Meeting, Person, Summary, Task

CHU_TICH = Person("Phạm Văn Bình", "Chủ tịch UBND tỉnh")
CHU_TICH_SHORT = Person("Phạm Văn Bình", "Chủ tịch")
PHO_CT = Person("Đỗ Thị Mai", "Phó Chủ tịch UBND tỉnh")


def _task(text: str, who: Person | None, assignees: tuple[str, ...] = (), deadline: str | None = None) -> Task:
    return Task(text=text, assigner=who, assignees=assignees, deadline=deadline, evidence=text + ".", start=0,
                end=len(text) + 1)


def _briefing(title: str, date: str | None, tasks: tuple[Task, ...]) -> Briefing:
    return Briefing(source=None, title=title, published=None, meeting=Meeting(name=title, date=date),
                    summary=Summary(text="", engine="extractive"), tasks=tasks)


def _rows() -> list[dict[str, object]]:
    one = _briefing("Họp về giao thông", "2024-03-12", (
        _task("Hoàn thành giải phóng mặt bằng", CHU_TICH, ("Sở Giao thông vận tải", "UBND huyện Đông Sơn"),
              "2024-06-30"),
        _task("Báo cáo tiến độ hằng tuần", CHU_TICH, ("Sở Giao thông vận tải",)),
        _task("Rà soát hồ sơ đất đai", PHO_CT, ("Sở Tài nguyên và Môi trường",)),
    ))
    two = _briefing("Phiên họp thường kỳ", None, (
        _task("Đẩy nhanh giải ngân vốn đầu tư công", CHU_TICH_SHORT, ("sở giao thông vận tải",)),
        _task("=SUM(A1) - tăng cường kiểm tra", None),
    ))
    return task_rows(one, file="thang3/a.txt", output="thang3/a.md") + task_rows(two, file="b.txt")


def test_csv_has_bom_header_and_one_row_per_task_with_vietnamese_intact() -> None:
    data = to_csv(_rows())
    assert data.startswith("\ufeff".encode("utf-8"))
    assert b"\r\n" in data
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert tuple(table[0]) == CSV_COLUMNS
    body = [dict(zip(table[0], r, strict=True)) for r in table[1:]]
    assert len(body) == 5
    first = body[0]
    assert first["file"] == "thang3/a.txt"
    assert first["meeting_date"] == "2024-03-12"
    assert first["assigner"] == "Phạm Văn Bình" and first["assigner_title"] == "Chủ tịch UBND tỉnh"
    assert first["assignees"] == "Sở Giao thông vận tải; UBND huyện Đông Sơn"
    assert first["deadline"] == "2024-06-30"
    assert first["evidence"] == "Hoàn thành giải phóng mặt bằng."
    # A cell a spreadsheet would run as a formula is defused in the CSV only.
    assert body[4]["task"] == "'=SUM(A1) - tăng cường kiểm tra"
    assert body[4]["assigner"] == ""


def test_jsonl_keeps_exact_values() -> None:
    rows = [json.loads(line) for line in to_jsonl(_rows()).splitlines()]
    assert rows[0]["assignees"] == ["Sở Giao thông vận tải", "UBND huyện Đông Sơn"]
    assert rows[4]["task"].startswith("=SUM")
    assert rows[4]["assigner"] is None
    assert rows[3]["meeting_date"] is None


def test_digest_groups_by_assigner_then_assignee() -> None:
    md = to_digest(_rows(), total_reports=3)
    lines = md.splitlines()
    heads = [ln for ln in lines if ln.startswith("#")]
    assert heads == [
        "# Tổng hợp nhiệm vụ",
        # the same person under two titles is one group; the heading uses the commoner title
        "## Chủ tịch UBND tỉnh Phạm Văn Bình (3)",
        "### Sở Giao thông vận tải (3)",
        "### UBND huyện Đông Sơn (1)",
        "## Phó Chủ tịch UBND tỉnh Đỗ Thị Mai (1)",
        "### Sở Tài nguyên và Môi trường (1)",
        "## Không rõ người giao (1)",
        "### Không rõ đơn vị thực hiện (1)",
    ]
    assert "5 nhiệm vụ, từ 2 trong số 3 báo cáo." in lines
    item = next(ln for ln in lines if ln.startswith("- Hoàn thành giải phóng"))
    assert "hạn: 2024-06-30" in item and "ngày họp: 2024-03-12" in item
    assert "[thang3/a.txt](thang3/a.md)" in item
    assert sum(ln.startswith("- Hoàn thành giải phóng") for ln in lines) == 2  # under both assignees


def test_digest_escapes_markdown_and_handles_no_tasks() -> None:
    rows = task_rows(_briefing("t", None, (_task("Xử lý *ngay* [khẩn]", PHO_CT),)), file="x_y.txt",
                     output="a b/x.md")
    md = to_digest(rows, total_reports=1)
    assert r"Xử lý \*ngay\* \[khẩn\]" in md
    assert "(a%20b/x.md)" in md
    assert "Không tìm thấy nhiệm vụ nào" in to_digest([], total_reports=2)
