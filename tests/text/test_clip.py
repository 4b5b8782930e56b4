"""Shortening at clause boundaries: a cut never falls inside a phrase, a list or a quote."""
from __future__ import annotations

import pytest

from briefing.text.clip import boundaries, clip

REPORT = ("Đảng ủy Khối đã lãnh đạo các đoàn thể chủ động xây dựng các chương trình, kế hoạch hoạt động năm 2023; "
          "chấp hành nghiêm các quy định về phòng, chống dịch; đảm bảo thực hiện nhiệm vụ chuyên môn")


def test_short_text_is_kept_whole() -> None:
    assert clip("Tăng cường kiểm tra.", 10) == "Tăng cường kiểm tra."


def test_a_cut_falls_at_the_last_boundary_within_the_bound() -> None:
    assert clip(REPORT, 25) == ("Đảng ủy Khối đã lãnh đạo các đoàn thể chủ động xây dựng các chương trình, "
                                "kế hoạch hoạt động năm 2023…")


def test_commas_between_short_list_items_are_not_boundaries() -> None:
    text = "Nâng cao trách nhiệm của cán bộ, đảng viên, công chức, viên chức thuộc Khối trong thực thi công vụ"
    assert boundaries(text) == []
    assert clip(text, 8) == text  # no boundary within twice the bound: kept whole
    assert clip(text, 8, phrases=True) == "Nâng cao trách nhiệm…"


def test_a_pair_written_with_a_comma_stays_together() -> None:
    text = "Xây dựng kế hoạch tổng thể về phòng, chống dịch bệnh và phục hồi kinh tế của thành phố"
    assert all(text[:c].rsplit(maxsplit=1)[-1] != "phòng" for c in boundaries(text))


def test_no_cut_inside_quotation_marks_or_brackets() -> None:
    text = "Đẩy mạnh phong trào “học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” gắn với nhiệm vụ chính trị"
    inside = text.index("“"), text.index("”")
    assert not [c for c in boundaries(text) if inside[0] < c < inside[1]]


def test_a_piece_never_ends_on_a_word_that_needs_what_follows() -> None:
    text = "Các bộ, ngành, địa phương báo cáo tình hình và kiến nghị các giải pháp để bảo đảm an ninh trật tự trong dịp Tết"
    out = clip(text, 12, phrases=True, mark="")
    assert out.split()[-1] not in {"để", "của", "và", "các"}


def test_strong_ends_are_preferred_within_the_slack() -> None:
    # The ";" closes word 22: past 1.5 x 14, within 1.5 x 15; the comma closes word 16.
    assert clip(REPORT, 14, strong_slack=1.5) == clip(REPORT, 14)
    assert clip(REPORT, 15).endswith("các chương trình…")
    assert clip(REPORT, 15, strong_slack=1.5).endswith("năm 2023…")


@pytest.mark.parametrize("bound", [4, 8, 12, 20])
def test_every_cut_is_a_prefix_at_a_boundary(bound: int) -> None:
    out = clip(REPORT, bound, mark="")
    assert REPORT.startswith(out)
    assert out == REPORT or len(out) in set(boundaries(REPORT)) | set(boundaries(REPORT, phrases=True))
