"""Fixtures shared by the whole suite. Texts here are written for the tests, except the
user's own sample report in samples/."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test sees an empty models/ folder and HF cache and no $BRIEFING_MODEL, so a
    model the developer downloaded can never change what `--engine auto` does in a test."""
    models = tmp_path / "models"
    models.mkdir()
    monkeypatch.setenv("BRIEFING_MODELS_DIR", str(models))
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hf-cache"))
    monkeypatch.delenv("BRIEFING_MODEL", raising=False)
    return models


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return ROOT / "samples" / "seed.txt"


@pytest.fixture(scope="session")
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")


#: A short report written for the tests: a meeting, a report of results, directions.
MEETING_REPORT = """Hà Nội họp bàn giải pháp xử lý rác thải

Sáng 12/3/2024, UBND thành phố Hà Nội tổ chức hội nghị về công tác vệ sinh môi trường. Chủ tịch UBND thành phố Trần Văn Nam chủ trì hội nghị.

Báo cáo tại hội nghị, Giám đốc Sở Tài nguyên và Môi trường Lê Thị Hoa cho biết trong năm 2023 thành phố đã thu gom 95% lượng rác thải sinh hoạt.

Phát biểu kết luận, Chủ tịch UBND thành phố Trần Văn Nam yêu cầu các sở, ngành khẩn trương hoàn thành kế hoạch xử lý rác tồn đọng trước ngày 30/6.

Bên cạnh đó, cần tăng cường kiểm tra, xử lý nghiêm các trường hợp đổ rác trái phép.
"""


@pytest.fixture
def meeting_report() -> str:
    return MEETING_REPORT
