"""Title lexicon and name boundaries, on sentences written for the tests."""
from __future__ import annotations

import pytest

from briefing.extract.people import find_mentions, split_name, title_head


def _first(text: str):
    found = find_mentions(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Thủ tướng Phạm Văn Bình yêu cầu các bộ", "Thủ tướng", "Phạm Văn Bình"),
        ("Bộ trưởng Bộ Công Thương Lê Minh Tâm cho biết", "Bộ trưởng Bộ Công Thương", "Lê Minh Tâm"),
        ("Phó Bí thư Thành ủy, Chủ tịch HĐND TP Trần Thị Hạnh đề nghị", "Phó Bí thư Thành ủy, Chủ tịch HĐND TP", "Trần Thị Hạnh"),
        ("Chủ tịch UBND tỉnh Lâm Đồng Đoàn Văn Lực phát biểu", "Chủ tịch UBND tỉnh Lâm Đồng", "Đoàn Văn Lực"),
        ("Thứ trưởng Bộ Tài chính Vũ Thị Hoa nhấn mạnh", "Thứ trưởng Bộ Tài chính", "Vũ Thị Hoa"),
        ("Phó Cục trưởng Cục Hải quan TP.HCM Lê Văn Phú nói", "Phó Cục trưởng Cục Hải quan TP.HCM", "Lê Văn Phú"),
        ("Bộ trưởng Bộ Kế hoạch và Đầu tư Ngô Văn Toàn.", "Bộ trưởng Bộ Kế hoạch và Đầu tư", "Ngô Văn Toàn"),
        ("phó chủ tịch UBND tỉnh Hồ Văn Sáu ký văn bản", "phó chủ tịch UBND tỉnh", "Hồ Văn Sáu"),
        ("Phó Chủ tịch UBND huyện Khuất Văn Sơn yêu cầu", "Phó Chủ tịch UBND huyện", "Khuất Văn Sơn"),
        ("Giám đốc Sở Y tế Phí Thị Lan cho biết", "Giám đốc Sở Y tế", "Phí Thị Lan"),
        ("Chủ tịch UBMTTQ Q. 3 Lý Thị Mai cho biết", "Chủ tịch UBMTTQ Q. 3", "Lý Thị Mai"),
    ],
)
def test_title_then_name(text: str, title: str, name: str) -> None:
    m = _first(text)
    assert (m.title, m.name, m.kind) == (title, name, "full")
    assert text[m.start:m.end].endswith(name)


def test_a_province_that_starts_with_a_family_name_is_not_a_person() -> None:
    m = _first("Chủ tịch UBND tỉnh Hà Nam nói")
    assert m.name is None and m.kind == "title"


def test_chain_of_titles_after_the_name() -> None:
    m = _first("Đại tướng Lê Quang Vinh, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an phát biểu")
    assert m.name == "Lê Quang Vinh"
    assert m.title == "Đại tướng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an"


def test_honorifics_and_apposition() -> None:
    assert _first("đồng chí Nguyễn Thị Hồng Nhung cho biết").name == "Nguyễn Thị Hồng Nhung"
    m = _first("Ông Trần Văn Hậu, Tổng cục trưởng Tổng cục Thuế, cho biết")
    assert (m.name, m.title) == ("Trần Văn Hậu", "Tổng cục trưởng Tổng cục Thuế")
    # "công ty" inside a corporation's name, so the apposition runs on to the verb.
    text = "ông Lê Thu Ba – Phó Tổng Giám đốc Tổng công ty Sông Đà cho biết"
    m = _first(text)
    assert (m.name, m.title) == ("Lê Thu Ba", "Phó Tổng Giám đốc Tổng công ty Sông Đà")
    assert text[m.end:] == " cho biết"
    # "kiêm" joins a second office of the same person.
    m = _first("Phó Thủ tướng Lê Văn Đạt kiêm Trưởng Ban Chỉ đạo Tây Bắc yêu cầu các tỉnh")
    assert (m.name, m.title) == ("Lê Văn Đạt", "Phó Thủ tướng, Trưởng Ban Chỉ đạo Tây Bắc")
    assert len(find_mentions("Phó Thủ tướng Lê Văn Đạt kiêm Trưởng Ban Chỉ đạo Tây Bắc yêu cầu các tỉnh")) == 1


def test_short_mentions() -> None:
    assert (_first("Ông Hậu yêu cầu").name, _first("Ông Hậu yêu cầu").kind) == ("Hậu", "short")
    m = _first("Bí thư Thắng nói")
    assert (m.title, m.name, m.kind) == ("Bí thư", "Thắng", "short")
    m = _first("Phó Thủ tướng yêu cầu các bộ")
    assert (m.title, m.name, m.kind) == ("Phó Thủ tướng", None, "title")


def test_a_verb_after_a_bare_title_is_not_part_of_it() -> None:
    assert _first("Thủ tướng giao Văn phòng Chính phủ soạn thảo").title == "Thủ tướng"
    assert _first("Bộ trưởng Bộ Y tế chỉ đạo").title == "Bộ trưởng Bộ Y tế"


def test_possessive_office_is_a_different_person() -> None:
    found = find_mentions("Truyền đạt ý kiến của Thủ tướng, Bộ trưởng Đào Văn Khoa cho biết")
    assert [(m.title, m.name) for m in found] == [("Thủ tướng", None), ("Bộ trưởng", "Đào Văn Khoa")]


def test_run_in_repeat_stops_at_the_next_title() -> None:
    text = "Bí thư Tỉnh ủy Phan Văn Mạnh Bí thư Tỉnh ủy Phan Văn Mạnh yêu cầu"
    assert [m.name for m in find_mentions(text)] == ["Phan Văn Mạnh", "Phan Văn Mạnh"]


def test_lowercase_growth_is_not_a_title() -> None:
    assert find_mentions("tăng trưởng kinh tế đạt 7%") == []


def test_split_name_and_title_head() -> None:
    assert split_name("Hà Nội Hoàng Minh Quân") == ("Hà Nội", "Hoàng Minh Quân")
    assert split_name("Bộ Công Thương") is None
    assert title_head("Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ") == "Phó Thủ tướng"


def test_title_that_goes_on_after_a_comma() -> None:
    m = _first("Phó Bí thư Thường trực Đảng ủy Khối, phụ trách Đảng bộ Khối Lê Thị Hồng Vân cho biết")
    assert (m.title, m.name) == ("Phó Bí thư Thường trực Đảng ủy Khối, phụ trách Đảng bộ Khối", "Lê Thị Hồng Vân")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sáng nay, ông Trần Văn An - Chi cục trưởng Chi cục Thủy sản (Sở NNPTNT tỉnh Y) - cho biết sẽ kiểm tra",
         "Chi cục trưởng Chi cục Thủy sản"),
        ("Bà Lê Thị Hoa – Giám đốc Sở Y tế – yêu cầu các bệnh viện", "Giám đốc Sở Y tế"),
        ("Ông Phạm Văn Sơn (Phó Giám đốc Sở Tài chính) đề nghị các huyện", "Phó Giám đốc Sở Tài chính"),
    ],
)
def test_title_in_apposition_ends_at_its_closing_mark(text: str, title: str) -> None:
    m = _first(text)
    assert m.title == title and m.kind == "full"
    # The verb follows the mention directly, so the person is its subject.
    assert text[m.end:].split(maxsplit=1)[0] in ("cho", "yêu", "đề")


def test_second_title_between_dashes_after_a_full_mention() -> None:
    text = "Phó Thủ tướng Lê Văn Hải - Trưởng Ban Chỉ đạo quốc gia - yêu cầu các bộ"
    m = _first(text)
    assert (m.name, m.title) == ("Lê Văn Hải", "Phó Thủ tướng, Trưởng Ban Chỉ đạo quốc gia")
    assert text[m.end:].strip().startswith("yêu cầu")


@pytest.mark.parametrize(("text", "given"), [("Bà Mai giải thích thêm", "Mai"), ("ông Huyện nhấn mạnh", "Huyện"),
                                             ("Ông Hoàng cho biết", "Hoàng")])
def test_a_lone_given_name_that_is_also_a_family_or_office_word(text: str, given: str) -> None:
    m = _first(text)
    assert (m.name, m.kind) == (given, "short")


def test_an_office_after_an_honorific_is_not_a_given_name() -> None:
    m = _first("Ông Bộ trưởng cho biết")
    assert (m.title, m.name) == ("Bộ trưởng", None)


@pytest.mark.parametrize("text", ["Tỉnh Bà Rịa - Vũng Tàu đã", "khu chợ Cầu Ông Lãnh đông đúc", "phố Bà Triệu hôm nay"])
def test_places_named_with_an_honorific_are_not_people(text: str) -> None:
    assert find_mentions(text) == []


def test_a_chief_executive_is_titled() -> None:
    m = _first("bà Lê Thị Hoa, Giám đốc điều hành công ty, cho hay")
    assert m.title == "Giám đốc điều hành"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông Đồng Văn Thụ, Cục trưởng Cục Kiểm tra, cho biết", "Đồng Văn Thụ"),
        ("Chủ tịch UBND tỉnh Đồng Nai Võ Văn Chánh yêu cầu", "Võ Văn Chánh"),
        ("Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp yêu cầu", "Trần Văn Hiệp"),
        ("Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành yêu cầu", "Lâm Minh Thành"),
        ("bà Vũ Trần Quỳnh Anh phát biểu", "Vũ Trần Quỳnh Anh"),
        # A middle name that is also a family name stays in the name.
        ("Chủ tịch UBND tỉnh Thái Bình Nguyễn Hoàng Anh Tuấn nói", "Nguyễn Hoàng Anh Tuấn"),
        ("Ông Lê Văn Tâm, Phó Giám đốc Ban Quản lý Cù Lao Chàm, cho biết", "Lê Văn Tâm"),
    ],
)
def test_rare_family_names_and_places_that_end_in_one(text: str, name: str) -> None:
    assert _first(text).name == name


def test_a_district_named_like_a_person_is_a_place_when_alone() -> None:
    m = _first("Chủ tịch UBND huyện Đồng Văn cho biết")
    assert m.name is None and m.kind == "title"


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Giám đốc Trung tâm Điều hành chương trình chống ngập TP Trần Văn Bền cho biết",
         "Giám đốc Trung tâm Điều hành chương trình chống ngập TP", "Trần Văn Bền"),
        ("Phó Cục trưởng Cục Bổ trợ tư pháp Hồ Thị Lụa đề nghị", "Phó Cục trưởng Cục Bổ trợ tư pháp", "Hồ Thị Lụa"),
        ("Chủ tịch Hội đồng thành viên Tập đoàn Lê Văn Chín nói", "Chủ tịch Hội đồng thành viên Tập đoàn", "Lê Văn Chín"),
        ("Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội Vũ Thị Hạnh trình bày",
         "Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội", "Vũ Thị Hạnh"),
    ],
)
def test_lower_case_words_of_an_organisation_before_the_name(text: str, title: str, name: str) -> None:
    m = _first(text)
    assert (m.title, m.name, m.kind) == (title, name, "full")


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch UBND tỉnh Long An thăm hỏi gia đình Nguyễn Văn Tám",
        "Thủ tướng Chính phủ biểu dương Trần Văn Bảy",
        "Giám đốc Sở Y tế cho biết Nguyễn Văn Tám đã",
        "Tổng cục trưởng Lê Văn Năm và Phó Chủ tịch UBND tỉnh Hồ Văn Sáu",
    ],
)
def test_a_name_after_a_verb_or_another_person_is_not_the_titles(text: str) -> None:
    m = _first(text)
    assert m.name not in {"Nguyễn Văn Tám", "Trần Văn Bảy", "Hồ Văn Sáu"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thứ trưởng Bộ Y tế, PGS.TS Trần Văn Sơn yêu cầu các bệnh viện", "Trần Văn Sơn"),
        ("Bộ trưởng Bộ Y tế, Giáo sư, Tiến sĩ Lê Thanh Hòa yêu cầu", "Lê Thanh Hòa"),
    ],
)
def test_a_degree_after_an_office_is_part_of_its_title_chain(text: str, name: str) -> None:
    m = _first(text)
    assert (m.name, m.kind) == (name, "full")
    assert m.title is not None and m.title.startswith(text.split(",", 1)[0])


@pytest.mark.parametrize(("text", "name"), [
    ("TS. Nguyễn Văn An cho rằng doanh nghiệp phải đổi mới công nghệ.", "Nguyễn Văn An"),
    ("PGS.TS Trần Thị Bình nói thêm về nguồn nhân lực.", "Trần Thị Bình"),
    ("Theo GS.Kenji Tanaka, các nước cần hợp tác chặt chẽ hơn.", "Kenji Tanaka"),
    ("Trước đó, TS. Maria L. Santos cho rằng khu vực phải mở cửa thị trường.", "Maria L. Santos"),
    ("Chuyên gia kinh tế Lê Văn Cường nhấn mạnh vai trò của tín dụng.", "Lê Văn Cường"),
])
def test_a_degree_introduces_a_speaker_without_an_office(text: str, name: str) -> None:
    (m,) = find_mentions(text)
    assert (m.name, m.title) == (name, None)


def test_a_scholar_speaks_as_an_official_only_when_holding_a_state_office() -> None:
    (m,) = find_mentions("GS.TS Phạm Văn Hùng, Bộ trưởng Bộ Giáo dục và Đào tạo, yêu cầu các trường rà soát.")
    assert (m.name, m.title) == ("Phạm Văn Hùng", "Bộ trưởng Bộ Giáo dục và Đào tạo")
    (m,) = find_mentions("Bác sĩ Đỗ Văn Hải, Giám đốc Bệnh viện Đa khoa tỉnh, cho biết đã đủ thuốc.")
    assert (m.name, m.title) == ("Đỗ Văn Hải", None)
    (m,) = find_mentions("Thứ trưởng Bộ Y tế, PGS.TS Trần Văn Khoa yêu cầu các bệnh viện rà soát.")
    assert m.name == "Trần Văn Khoa" and m.title and m.title.startswith("Thứ trưởng")


def test_where_an_expert_comes_from_is_no_name() -> None:
    assert find_mentions("Đoàn chuyên gia Nhật Bản và luật sư Nhà Trắng đã đến.") == []


def test_a_body_s_name_in_lower_case_after_va_stays_in_the_title() -> None:
    text = "Cục trưởng Cục Giám sát và quản lý hải quan cho rằng cần sửa quy trình."
    ms = find_mentions(text)
    assert [m.title for m in ms] == ["Cục trưởng Cục Giám sát và quản lý hải quan"]
    text = "Thứ trưởng Bộ Giáo dục và đào tạo nhấn mạnh cần đổi mới. Thủ tướng và phó thủ tướng dự họp."
    assert [m.title for m in find_mentions(text)] == ["Thứ trưởng Bộ Giáo dục và đào tạo", "Thủ tướng", "phó thủ tướng"]
