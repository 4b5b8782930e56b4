"""Decoding: every Unicode form and legacy Vietnamese encoding gives the same NFC text."""
from __future__ import annotations

import codecs
import unicodedata

import pytest

from briefing.errors import EncodingError
from briefing.io.legacy import cp1252_text
from briefing.io.text import decode, first_line_title, read_text_bytes

from .encoders import to_cp1258, to_tcvn3, to_vni

REPORT = (
    "Tỉnh họp bàn về tiến độ giải ngân vốn đầu tư công\n\n"
    "Sáng 5/4, Ủy ban nhân dân tỉnh tổ chức hội nghị đánh giá tiến độ giải ngân vốn đầu tư công quý I. "
    "Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Bình chủ trì hội nghị.\n"
    "Kết luận hội nghị, ông Bình yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán, "
    "phấn đấu giải ngân đạt 60% kế hoạch vốn trước ngày 30/9. Sở Kế hoạch và Đầu tư chủ trì, phối hợp "
    "với các sở, ngành liên quan tháo gỡ vướng mắc về giải phóng mặt bằng.\n"
)


def _text(data: bytes) -> str:
    return unicodedata.normalize("NFC", decode(data)[0].replace("\r\n", "\n"))


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        lambda t: t.encode("utf-16"),
        lambda t: t.encode("utf-16-le"),
        lambda t: t.encode("utf-16-be"),
        lambda t: t.encode("utf-32"),
        lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        to_cp1258,
        to_vni,
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-nobom", "utf16be-nobom", "utf32", "nfd", "crlf", "cp1258", "vni"],
)
def test_every_encoding_decodes_to_the_same_text(encode) -> None:  # type: ignore[no-untyped-def]
    assert _text(encode(REPORT)) == REPORT


def test_tcvn3_decodes_with_lower_case_toned_capitals() -> None:
    # TCVN3 cannot hold "Ủ" or "Đầ": the bytes say "ủ", so that is what comes out.
    assert _text(to_tcvn3(REPORT)) == "".join(c if c in "ĂÂÊÔƠƯĐ" else c.lower() if c.isupper() and
                                               unicodedata.normalize("NFD", c) != c else c for c in REPORT)


def test_legacy_text_inside_a_utf8_file_is_converted() -> None:
    text, encoding = decode(cp1252_text(to_vni(REPORT)).encode("utf-8"))
    assert text == REPORT and encoding == "VNI"


def test_double_encoded_utf8_is_repaired() -> None:
    mojibake = cp1252_text(REPORT.encode("utf-8"))
    assert "á»" in mojibake
    text, encoding = decode(mojibake.encode("utf-8"))
    assert text == REPORT and encoding == "mojibake-utf-8"


def test_windows_1258_comes_out_nfc_with_a_warning() -> None:
    doc = read_text_bytes(to_cp1258(REPORT))
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "Nguyễn Văn Bình" in doc.text
    assert doc.encoding == "windows-1258"
    assert any("Windows-1258" in w for w in doc.warnings)


def test_utf8_cut_mid_character_is_still_utf8() -> None:
    data = REPORT.encode("utf-8")[:-2] + "ệ".encode()[:2]
    text, encoding = decode(data)
    assert text.startswith(REPORT[:50]) and text.endswith("\ufffd")
    assert encoding.startswith("utf-8")


def test_plain_utf8_is_left_alone() -> None:
    assert decode(REPORT.encode("utf-8")) == (REPORT, "utf-8")


def test_a_vietnamese_text_is_never_converted_as_legacy() -> None:
    # Real Vietnamese text with a few Latin-1 symbols (µ, ±) stays as it is.
    text = REPORT + "Nhiệt độ 30±2 °C, nồng độ 5 µg.\n"
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_other_single_byte_text_falls_back_to_detection() -> None:
    french = "Le comité s'est réuni à Hanoï pour préparer la fête. Déjà prêt, très bientôt. " * 5
    text, encoding = decode(french.encode("cp1252"))
    assert text == french
    assert encoding.lower().replace("-", "").replace("_", "") in {"cp1252", "windows1252", "latin1", "iso88591",
                                                                  "cp1250", "iso885915"}


def test_a_broken_bom_is_an_encoding_error() -> None:
    with pytest.raises(EncodingError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"abc \xff\xfe\xfd def")


def test_title_is_the_first_short_line() -> None:
    assert first_line_title(REPORT) == "Tỉnh họp bàn về tiến độ giải ngân vốn đầu tư công"
    assert first_line_title("Một câu dài kết thúc bằng dấu chấm.\nDòng hai") is None
