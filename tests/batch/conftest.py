"""Reports written for the batch tests, and helpers to build input trees from them."""
from __future__ import annotations

from pathlib import Path

import pytest

REPORT = """{title}

Sáng {day}/{month}/2024, UBND tỉnh {province} tổ chức hội nghị sơ kết công tác {topic}. Chủ tịch UBND tỉnh {chair} chủ trì hội nghị.

Báo cáo tại hội nghị, Giám đốc Sở Kế hoạch và Đầu tư {reporter} cho biết tỉnh đã giải ngân được 62% kế hoạch vốn.

Kết luận hội nghị, Chủ tịch UBND tỉnh {chair} yêu cầu các sở, ngành khẩn trương hoàn thành các thủ tục đầu tư trước ngày 30/{deadline}.

Đồng thời, Chủ tịch giao Sở Tài chính phối hợp với các địa phương rà soát nguồn vốn, báo cáo UBND tỉnh.
"""

PROVINCES = ("Thanh Hóa", "Nghệ An", "Quảng Ngãi", "Bình Định", "Đắk Lắk", "Cà Mau")
CHAIRS = ("Nguyễn Văn Hùng", "Lê Thị Thu", "Trần Quốc Bảo", "Hoàng Minh Tuấn")
TOPICS = ("giải ngân vốn đầu tư công", "chuyển đổi số", "phòng chống thiên tai", "xây dựng nông thôn mới")


def report(i: int, *, extra: str = "") -> str:
    """A short meeting report; ``i`` varies the names, places, topic and dates."""
    text = REPORT.format(
        title=f"Hội nghị sơ kết công tác {TOPICS[i % len(TOPICS)]} tại {PROVINCES[i % len(PROVINCES)]}",
        day=1 + i % 28, month=1 + i % 12, province=PROVINCES[i % len(PROVINCES)],
        topic=TOPICS[i % len(TOPICS)], chair=CHAIRS[i % len(CHAIRS)], reporter=CHAIRS[(i + 1) % len(CHAIRS)],
        deadline=1 + (i + 3) % 12,
    )
    return text + extra


def write_tree(root: Path, names: list[str]) -> None:
    for i, name in enumerate(names):
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(report(i), encoding="utf-8")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (links not followed) and its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    write_tree(src, ["a.txt", "b.txt", "thang3/a.txt", "thang3/c.txt", "thang4/a.txt"])
    return src


def slow_hook(seconds: float) -> str:
    """A sitecustomize that slows each input's reading, in the main process and in every
    worker (Python imports sitecustomize at start-up), so that a kill lands mid-run whatever
    the machine; the slowing lives in the tests, not in the package."""
    return f"""
import time
import briefing.batch.worker as w
_read = w.Processor.read
def read(self, path):
    time.sleep({seconds})
    return _read(self, path)
w.Processor.read = read
"""


def manifest_lines(out: Path) -> int:
    """How many reports a (possibly running) batch has recorded so far."""
    try:
        return (out / "manifest.jsonl").read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0
