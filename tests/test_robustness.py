"""Property tests: whatever text comes in, the pipeline returns a Briefing or raises a
BriefingError, and every offset it reports points into the document."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefing
from briefing.errors import BriefingError
from briefing.io import read_bytes
from briefing.pipeline import Briefer
from briefing.text.segment import MAX_SENTENCE_CHARS, segment

# Vocabulary written for the tests: common syllables, titles, names, cue words and dates,
# so that random sentences reach the extractors' interesting paths (speakers, cues, quotes).
SYLLABLES = (
    "các sở ngành khẩn trương hoàn thành kế hoạch xử lý rác thải tồn đọng trong năm nay huyện xã "
    "tăng cường kiểm tra công tác phòng chống dịch bệnh đầu tư công giải ngân vốn hồ sơ dự án "
    "thành phố tỉnh nhân dân ủy ban hội nghị phiên họp buổi làm việc báo cáo kết quả đạt người đã "
    "Hà Nội Đà Nẵng Quảng Ninh môi trường giáo dục y tế đường bộ cầu cảng điện nước"
).split()
TITLES = ["Chủ tịch UBND tỉnh", "Phó Thủ tướng", "Bộ trưởng Bộ Y tế", "Bí thư Tỉnh ủy", "Giám đốc Sở Xây dựng",
          "đồng chí", "ông", "bà", "Thứ trưởng"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Minh", "Phạm Quốc Hùng", "Hoàng Anh"]
CUES = ["yêu cầu", "đề nghị", "chỉ đạo", "giao", "cần", "phải", "nhấn mạnh", "lưu ý", "cho biết", "kết luận",
        "chủ trì", "tham dự", "báo cáo"]
DATES = ["ngày 30/6", "trước ngày 15/7/2024", "trong tháng 9", "quý III", "năm 2025", "Sáng 12/3", "chiều 5/4/2023"]
PUNCT = [".", ",", ";", ":", "…", "!", "?", "\"", "“", "”", "(", ")", " - ", " – ", "\n", "\n\n", "...", "’", "‘"]

token = st.one_of(
    st.sampled_from(SYLLABLES), st.sampled_from(TITLES), st.sampled_from(NAMES), st.sampled_from(CUES),
    st.sampled_from(DATES), st.sampled_from(PUNCT), st.integers(0, 10_000).map(str),
    st.sampled_from(SYLLABLES).map(str.capitalize), st.sampled_from(SYLLABLES).map(str.upper),
)
words = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=25).map(" ".join)
# A direction as reports phrase it: "[Kết luận,] <title> <name> <cue> <words> <date>."
direction = st.builds(
    "{}{} {} {} {} {}{}".format,
    st.sampled_from(["", "Phát biểu kết luận, ", "Tại buổi làm việc, ", "“", "Theo đó, "]),
    st.sampled_from(TITLES), st.sampled_from(NAMES), st.sampled_from(CUES), words, st.sampled_from(DATES),
    st.sampled_from([".", ".”", ";", "…", "", "!"]),
)
fragment = st.one_of(direction, st.lists(token, max_size=30).map(" ".join))
vietnamese_like = st.lists(fragment, max_size=12).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", "\n", "\n\n"]), min_size=len(parts), max_size=len(parts)).map(
        lambda seps: "".join(p + sep for p, sep in zip(parts, seps, strict=True))
    )
)
# Any code point but surrogates (a Python str from a file never holds them): controls,
# combining marks, RTL, zero-width characters, line separators and all.
any_unicode = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
mixed = st.lists(st.one_of(vietnamese_like, any_unicode), max_size=4).map("\n".join)

BRIEFER = Briefer(engine="extractive")


def _check(text: str) -> None:
    try:
        doc = BRIEFER.document_from_text(text)
    except BriefingError:
        return
    seg = segment(doc)
    for s in seg.sentences:
        assert doc.text[s.start:s.end] == s.text
    result = BRIEFER.brief_document(doc)
    assert isinstance(result, briefing.Briefing)
    for task in result.tasks:
        assert 0 <= task.start <= task.end <= len(doc.text)
        assert doc.text[task.start:task.end] == task.evidence
    for report in result.reports:
        assert 0 <= report.start <= report.end <= len(doc.text)
        assert doc.text[report.start:report.end] == report.evidence
    result.to_json()
    result.to_markdown()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_like)
def test_vietnamese_like_text(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(any_unicode, mixed))
def test_random_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=50, deadline=None)
@given(any_unicode)
def test_module_level_brief(text: str) -> None:
    try:
        result = briefing.brief(text, engine="extractive")
    except BriefingError:
        return
    assert isinstance(result, briefing.Briefing)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["", ".txt", ".html", ".docx", ".md"]))
def test_any_bytes_read_as_a_document_or_a_briefing_error(data: bytes, suffix: str) -> None:
    try:
        doc = read_bytes(data, suffix=suffix)
    except BriefingError:
        return
    assert doc.text.strip()
    doc.text.encode("utf-8")  # no lone surrogates reach later stages


def test_long_line_without_punctuation_is_cut_into_bounded_sentences() -> None:
    line = " ".join(SYLLABLES * 60)  # one paragraph, ~20,000 characters, no full stop
    doc = BRIEFER.document_from_text(line)
    seg = segment(doc)
    assert len(seg.sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in seg.sentences)
    assert all(doc.text[s.start:s.end] == s.text for s in seg.sentences)
    BRIEFER.brief_document(doc)
