"""Known answers for the TCVN3 and VNI tables: the classic mojibake every Vietnamese
computer user has seen, written down independently of the tables."""
from __future__ import annotations

import pytest

from briefing.io.legacy import cp1252_text, from_tcvn3, from_vni, has_legacy_hints

from .encoders import to_tcvn3, to_vni


@pytest.mark.parametrize(
    ("tcvn3", "unicode"),
    [
        ("ViÖt Nam", "Việt Nam"),
        ("Hµ Néi", "Hà Nội"),
        ("®ång chÝ", "đồng chí"),
        ("§¶ng", "Đảng"),
    ],
)
def test_tcvn3_known_answers(tcvn3: str, unicode: str) -> None:
    assert from_tcvn3(cp1252_text(tcvn3.encode("cp1252"))) == unicode


@pytest.mark.parametrize(
    ("vni", "unicode"),
    [
        ("Vieät Nam", "Việt Nam"),
        ("Haø Noäi", "Hà Nội"),
        ("ñöôïc", "được"),
        ("Tieáng Vieät", "Tiếng Việt"),
        ("ÑAÏI HOÄI", "ĐẠI HỘI"),
        ("thöïc hieän", "thực hiện"),
    ],
)
def test_vni_known_answers(vni: str, unicode: str) -> None:
    assert from_vni(cp1252_text(vni.encode("cp1252"))) == unicode


def test_cp1252_text_never_fails_on_any_byte() -> None:
    assert len(cp1252_text(bytes(range(256)))) == 256


def test_round_trips_of_every_letter() -> None:
    lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
    assert from_vni(cp1252_text(to_vni(lower + " " + lower.upper()))) == lower + " " + lower.upper()
    assert from_tcvn3(cp1252_text(to_tcvn3(lower))) == lower


def test_hints() -> None:
    assert has_legacy_hints("ViÖt Nam")
    assert not has_legacy_hints("Việt Nam, Hà Nội, đồng chí")
