"""The faithfulness guard flags numbers and names the source does not have."""
from __future__ import annotations

from briefing.summarize.faithfulness import faithfulness_warnings, names, split_summary, unsupported

SOURCE = (
    "Chiều 5/9, UBND tỉnh Quảng Trị họp về phòng chống bão. Chủ tịch tỉnh Võ Văn Hưng yêu cầu "
    "các huyện sơ tán 1.200 hộ dân và báo cáo trước 17 giờ. Hoà Bình cử đoàn hỗ trợ."
)


def test_supported_sentences_give_no_warning() -> None:
    summary = "Chủ tịch tỉnh Võ Văn Hưng yêu cầu sơ tán 1200 hộ dân. UBND tỉnh Quảng Trị họp chiều 5/9."
    assert faithfulness_warnings(summary, SOURCE) == []


def test_a_number_absent_from_the_source_is_flagged() -> None:
    found = unsupported("Các huyện sơ tán 2.500 hộ dân.", SOURCE)
    assert found == [("Các huyện sơ tán 2.500 hộ dân.", ["2.500"])]


def test_a_name_absent_from_the_source_is_flagged() -> None:
    warnings = faithfulness_warnings("Ông Nguyễn Văn Bình chỉ đạo các huyện.", SOURCE)
    assert len(warnings) == 1 and '"Nguyễn Văn Bình"' in warnings[0]


def test_an_acronym_absent_from_the_source_is_flagged() -> None:
    assert unsupported("HĐND tỉnh họp về bão.", SOURCE) == [("HĐND tỉnh họp về bão.", ["HĐND"])]


def test_the_capitalised_first_word_is_not_a_name() -> None:
    assert names("Các huyện sơ tán dân.") == []
    assert names("Tỉnh Quảng Trị họp.") == ["Quảng Trị"]
    assert names("Ông Trần Quốc Toản đến.") == ["Trần Quốc Toản"]


def test_tone_mark_placement_does_not_matter() -> None:
    # the source writes "Hoà Bình", the summary "Hòa Bình": the same name
    assert unsupported("Đoàn của tỉnh Hòa Bình đến hỗ trợ.", SOURCE) == []


def test_one_warning_per_sentence_naming_what_is_missing() -> None:
    warnings = faithfulness_warnings("Có 99 hộ dân. Ông Trần Quốc Toản đến. Các huyện sơ tán dân.", SOURCE)
    assert len(warnings) == 2
    assert '"99"' in warnings[0] and '"Trần Quốc Toản"' in warnings[1]


def test_split_summary() -> None:
    assert split_summary("Một câu. Câu hai! Câu ba") == ["Một câu.", "Câu hai!", "Câu ba"]


def test_punctuation_separates_names() -> None:
    assert names("Đoàn đến Hà Nội, Hải Phòng (Việt Nam) hôm qua.") == ["Hà Nội", "Hải Phòng", "Việt Nam"]


def test_names_the_source_keeps_apart_may_be_joined() -> None:
    source = "Bộ trưởng Ngoại giao Anh gặp ông John Smith. Ông Smith nói."
    assert unsupported("Hôm qua ngoại trưởng Anh John Smith phát biểu.", source) == []


def test_a_name_made_of_two_other_names_is_flagged() -> None:
    source = "Ông Trần Văn Nam và bà Lê Thị Hoa dự họp."
    assert unsupported("Ông Trần Văn Hoa phát biểu.", source) == [("Ông Trần Văn Hoa phát biểu.", ["Trần Văn Hoa"])]


def test_abbreviations_and_line_breaks_in_splitting() -> None:
    assert split_summary("Họp tại TP. Hồ Chí Minh hôm nay. Xong") == ["Họp tại TP. Hồ Chí Minh hôm nay.", "Xong"]
    assert split_summary("Tiêu đề không dấu chấm\nCâu đầu.") == ["Tiêu đề không dấu chấm", "Câu đầu."]


def test_a_headline_does_not_run_into_the_next_line() -> None:
    source = "Hội nghị tại Cần Thơ\nTheo Sở Y tế, dịch đã giảm."
    assert unsupported("Theo Sở Y tế, dịch đã giảm.", source) == []
