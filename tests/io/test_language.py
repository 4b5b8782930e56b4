from __future__ import annotations

import pytest

from briefing.io.language import is_syllable, language_warning, looks_vietnamese, score

VIETNAMESE = (
    "Chiều nay, Ủy ban nhân dân tỉnh tổ chức buổi làm việc với các sở, ngành về tiến độ xây dựng "
    "trường học. Phó Chủ tịch tỉnh yêu cầu các đơn vị khẩn trương hoàn thành hồ sơ trong tháng này."
)


@pytest.mark.parametrize("word", ["nghiêng", "khuỷu", "quốc", "giữa", "trường", "Đảng", "hội", "a"])
def test_vietnamese_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["strength", "hµ", "àá", "xyz", "schön"])
def test_non_syllables(word: str) -> None:
    assert not is_syllable(word)


def test_vietnamese_gets_no_warning() -> None:
    assert looks_vietnamese(score(VIETNAMESE))
    assert language_warning(VIETNAMESE) is None


@pytest.mark.parametrize(
    "text",
    [
        ("The provincial committee met on Monday to discuss the school budget. The chair asked every "
         "department to submit its plan before the end of the month."),
        ("Le comité provincial s'est réuni lundi pour discuter du budget des écoles. Le président a "
         "demandé à chaque département de présenter son plan avant la fin du mois prochain."),
        "Провинциальный комитет собрался в понедельник, чтобы обсудить бюджет школ и планы работ. " * 2,
    ],
)
def test_other_languages_warn(text: str) -> None:
    warning = language_warning(text)
    assert warning is not None and "does not look like Vietnamese" in warning


def test_vietnamese_without_diacritics_gets_its_own_warning() -> None:
    plain = "Chieu nay uy ban nhan dan tinh to chuc buoi lam viec voi cac so nganh ve tien do xay dung truong hoc"
    warning = language_warning(plain * 2)
    assert warning is not None and "without diacritics" in warning


def test_short_text_is_not_judged() -> None:
    assert language_warning("OK") is None


def test_huge_text_is_sampled() -> None:
    s = score("Hello world. " * 200_000 + VIETNAMESE * 10)
    assert s.letters < 30_000
