import unicodedata

import pytest

from briefing.text.normalize import fold_tone_marks, match_key, normalize


def test_nfd_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Thủ tướng Chính phủ")
    assert nfd != "Thủ tướng Chính phủ"
    assert normalize(nfd) == "Thủ tướng Chính phủ"


def test_crlf_invisible_and_odd_spaces():
    assert normalize("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert normalize("Hà\u00a0Nội\u200b") == "Hà Nội"
    assert normalize("\ufeffxin chào") == "xin chào"


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoà", "hòa"), ("Hoà Bình", "Hòa Bình"), ("thuý", "thúy"), ("khoẻ", "khỏe"), ("HOÀ", "HÒA")],
)
def test_tone_marks_fold_to_one_convention(old, new):
    assert fold_tone_marks(old) == new
    assert fold_tone_marks(new) == new


def test_tone_folding_leaves_closed_syllables_and_qu_alone():
    for word in ("hoàng", "quý", "thuyền", "khoảng"):
        assert fold_tone_marks(word) == word


def test_match_key_keeps_length_so_offsets_map_back():
    text = "Chủ tịch UBND tỉnh Hoà Bình đề nghị các sở thực hiện."
    key = match_key(text)
    assert len(key) == len(text)
    at = key.index("hòa bình")
    assert text[at : at + len("hòa bình")] == "Hoà Bình"
