"""Chunking on sentence boundaries with a token counter: nothing lost, nothing too long."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.summarize.chunking import chunk_sentences, split_long


def words(text: str) -> int:
    """A stand-in tokenizer: one token per word plus one special token, like an </s>."""
    return len(text.split()) + 1


def test_sentences_are_packed_in_order_and_fit() -> None:
    sentences = ["Một hai ba.", "Bốn năm sáu bảy.", "Tám chín.", "Mười mười một mười hai."]
    chunks = chunk_sentences(sentences, words, 8)
    assert chunks == ["Một hai ba. Bốn năm sáu bảy.", "Tám chín. Mười mười một mười hai."]
    assert all(words(c) <= 8 for c in chunks)


def test_a_window_that_holds_everything_gives_one_chunk() -> None:
    sentences = ["Một hai ba.", "Bốn năm."]
    assert chunk_sentences(sentences, words, 100) == ["Một hai ba. Bốn năm."]


def test_a_long_sentence_is_cut_at_clause_marks_first() -> None:
    sentence = "các sở rà soát hồ sơ, các huyện báo cáo kết quả, các xã tổ chức kiểm tra."
    pieces = split_long(sentence, lambda t: words(t) <= 7)
    assert pieces == ["các sở rà soát hồ sơ,", "các huyện báo cáo kết quả,", "các xã tổ chức kiểm tra."]


def test_a_clause_longer_than_the_window_is_cut_between_words() -> None:
    pieces = split_long("một hai ba bốn năm sáu bảy", lambda t: words(t) <= 3)
    assert pieces == ["một hai", "ba bốn", "năm sáu", "bảy"]


def test_a_word_longer_than_the_window_is_cut_between_characters() -> None:
    pieces = split_long("abcdefgh", lambda t: len(t) <= 3)
    assert pieces == ["abc", "def", "gh"]


def test_budget_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        chunk_sentences(["a"], words, 0)


word = st.text(alphabet="aăâbcdđeêôơưạảấ", min_size=1, max_size=8)
sentence = st.lists(word, min_size=1, max_size=25).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, min_size=0, max_size=12), st.integers(min_value=2, max_value=30))
def test_no_text_is_lost_and_every_chunk_fits(sentences: list[str], budget: int) -> None:
    chunks = chunk_sentences(sentences, words, budget)
    assert " ".join(chunks).split() == " ".join(sentences).split()
    assert all(words(c) <= budget for c in chunks)
