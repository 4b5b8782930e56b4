"""Short mentions resolve to the full person, on mentions written for the tests."""
from __future__ import annotations

from briefing.extract.mentions import Registry
from briefing.extract.people import find_mentions


def _registry(text: str) -> Registry:
    r = Registry()
    r.extend((m, m.start) for m in find_mentions(text))
    return r


TEXT = (
    "Thủ tướng Phạm Văn Bình, Phó Thủ tướng Lê Hữu Tài và Bộ trưởng Bộ Y tế Đỗ Thị Lan dự họp; "
    "Ủy viên Bộ Chính trị, Bí thư Thành ủy Vũ Đức Thắng phát biểu."
)


def _resolve(r: Registry, mention_text: str, at: int = 10_000):
    m = find_mentions(mention_text)[0]
    return r.resolve(m, at)


def test_bare_title_keeps_deputy_apart() -> None:
    r = _registry(TEXT)
    assert _resolve(r, "Thủ tướng nhấn mạnh").name == "Phạm Văn Bình"
    assert _resolve(r, "Phó Thủ tướng yêu cầu").name == "Lê Hữu Tài"
    assert _resolve(r, "Bộ trưởng nói").name == "Đỗ Thị Lan"


def test_office_within_a_title_chain() -> None:
    r = _registry(TEXT)
    p = _resolve(r, "Bí thư Thành ủy yêu cầu")
    assert (p.name, p.title) == ("Vũ Đức Thắng", "Ủy viên Bộ Chính trị, Bí thư Thành ủy")


def test_given_name_with_title_or_honorific() -> None:
    r = _registry(TEXT)
    assert _resolve(r, "Bí thư Thắng nói").name == "Vũ Đức Thắng"
    assert _resolve(r, "ông Tài cho biết").name == "Lê Hữu Tài"
    assert _resolve(r, "bà Lan đề nghị").name == "Đỗ Thị Lan"
    assert _resolve(r, "đồng chí Đỗ Thị Lan đề nghị").title == "Bộ trưởng Bộ Y tế"


def test_nearest_earlier_holder_wins() -> None:
    text = "Bộ trưởng Bộ Xây dựng Lý Văn An nói. Sau đó Bộ trưởng Bộ Nội vụ Đào Thị Hương nói."
    r = _registry(text)
    assert _resolve(r, "Bộ trưởng yêu cầu", at=len(text)).name == "Đào Thị Hương"
    assert _resolve(r, "Bộ trưởng yêu cầu", at=20).name == "Lý Văn An"


def test_an_office_never_named_stands_for_the_person() -> None:
    p = _resolve(_registry(TEXT), "Chủ tịch nước chỉ đạo")
    assert (p.name, p.title) == ("Chủ tịch nước", None)


def test_registry_lists_people_in_order() -> None:
    assert [p.name for p in _registry(TEXT).people] == ["Phạm Văn Bình", "Lê Hữu Tài", "Đỗ Thị Lan", "Vũ Đức Thắng"]
