"""Paragraph kinds on a page with furniture around a report (text written for the tests)."""
from __future__ import annotations

from briefing.text.clean import classify_paragraphs, is_caption, is_caption_sentence

PAGE = [
    "Thứ Hai, ngày 18/03/2024 09:15",
    "Tỉnh họp bàn phòng chống thiên tai",
    "Chia sẻ | Facebook | Zalo",
    "Sáng 15/3, UBND tỉnh tổ chức hội nghị về phòng chống thiên tai. Chủ tịch UBND tỉnh chủ trì.",
    "Chủ tịch UBND tỉnh Trịnh Văn Quang phát biểu tại hội nghị. Ảnh: Minh Anh",
    "Quang cảnh hội nghị.",
    "Toàn cảnh buổi làm việc. Toàn cảnh buổi làm việc.",
    "Chủ tịch yêu cầu các sở rà soát phương án ứng phó bão lũ, hoàn thành trước ngày 30/5.",
    "Minh Anh",
    "Tin liên quan",
    "Tỉnh tổng kết công tác năm 2023",
    "Hội nghị triển khai nhiệm vụ năm 2024",
]


def test_page_kinds() -> None:
    kinds = classify_paragraphs(PAGE, title="Tỉnh họp bàn phòng chống thiên tai")
    assert kinds == [
        "dateline", "title", "furniture", "body", "caption", "caption", "caption", "body",
        "furniture", "furniture", "furniture", "furniture",
    ]


def test_caption_sentences_run_into_a_body() -> None:
    assert is_caption_sentence("Ảnh: Trường Phong.")
    assert is_caption_sentence("Bộ trưởng Lê Văn Hòa phát biểu tại buổi làm việc.")
    assert is_caption_sentence("Các đại biểu dự hội nghị.")
    assert not is_caption_sentence("Bộ trưởng Lê Văn Hòa yêu cầu các đơn vị báo cáo trước ngày 30/6.")
    assert not is_caption_sentence("Sáng 15/3, Bộ trưởng Lê Văn Hòa làm việc với Sở Y tế.")
    assert is_caption("Lãnh đạo tỉnh thăm công trình (Ảnh: TTXVN)")


def test_photo_credits_run_into_a_sentence_are_stripped_for_short_forms() -> None:
    from briefing.text.clean import strip_credits

    assert strip_credits("Các sở rà soát phương án (ảnh Minh Khánh) ngay trong tuần.") == \
        "Các sở rà soát phương án ngay trong tuần."
    assert strip_credits("Quang cảnh hội nghị Ảnh: VGP/Lê Sơn Lưu ý về đê điều") == "Quang cảnh hội nghị Lưu ý về đê điều"
    assert strip_credits("Ảnh: TTXVN Không chỉ nói mà phải làm") == "Không chỉ nói mà phải làm"
    assert strip_credits("Ảnh hưởng của bão rất lớn.") == "Ảnh hưởng của bão rất lớn."


def test_a_short_form_always_has_words() -> None:
    from briefing.extract.assignees import concise

    assert concise("”.", ()) == ""  # the caller falls back to the evidence
    assert concise("Ảnh: TTXVN tăng cường kiểm tra đê điều", ()) == "Tăng cường kiểm tra đê điều"


def test_a_short_form_drops_the_link_after_a_continuation_opener() -> None:
    from briefing.extract.assignees import concise

    assert concise("Đặc biệt là lãnh đạo thực hiện hiệu quả các nghị quyết.", ()) == \
        "Lãnh đạo thực hiện hiệu quả các nghị quyết"
