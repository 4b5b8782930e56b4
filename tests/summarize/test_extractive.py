"""The extractive engine: the event's sentence and the headline, from fitted weights."""
from __future__ import annotations

import subprocess
import sys

from briefing.summarize.extractive import (
    SIGNALS,
    Choice,
    ExtractiveSettings,
    ExtractiveSummarizer,
    candidates,
    choose,
    compose,
    strip_source_tag,
)
from briefing.text.segment import segment
from briefing.types import Document

TITLE = "Hà Nội họp bàn giải pháp xử lý rác thải"
BODY = """Xử lý rác thải tồn đọng

Sáng 12/3/2024, UBND thành phố Hà Nội tổ chức hội nghị về giải pháp xử lý rác thải tồn đọng tại các bãi rác.

Ảnh: Nguyễn Văn Tuấn

Bên cạnh đó, các huyện ngoại thành cũng được nhắc đến trong nhiều ý kiến của đại biểu dự họp.

Giám đốc Sở Xây dựng cho biết lượng rác tồn đọng đã giảm một nửa so với tháng trước nhờ tăng chuyến xe.
"""


def seg(text: str = BODY, title: str | None = TITLE):
    return segment(Document(text=(title + "\n\n" if title else "") + text, title=title))


def test_the_settings_have_one_weight_per_signal() -> None:
    assert len(ExtractiveSettings().weights) == len(SIGNALS)


def test_headings_and_captions_are_not_candidates() -> None:
    texts = [c.text for c in candidates(seg())]
    assert texts and all(t.endswith(".") for t in texts)
    assert not any(t.startswith(("Xử lý rác thải tồn đọng", "Ảnh:")) for t in texts)


def test_the_event_sentence_comes_before_the_headline() -> None:
    summary = ExtractiveSummarizer().summarize(seg()).text
    assert summary == ("Sáng 12/3/2024, UBND thành phố Hà Nội tổ chức hội nghị về giải pháp xử lý rác thải tồn đọng "
                       "tại các bãi rác. Hà Nội họp bàn giải pháp xử lý rác thải.")


def test_the_three_shapes_are_weighed() -> None:
    cands = candidates(seg())
    first = cands[0]
    # A sentence alone wins when dropping the headline is made worth it ...
    alone = choose(cands, TITLE, ExtractiveSettings(alone=5.0))
    assert alone.sentence is not None and not alone.headline
    # ... and the headline alone when no sentence can beat it.
    assert choose(cands, TITLE, ExtractiveSettings(headline_alone=5.0)) == Choice(None, True)
    assert compose(TITLE, Choice(None, True), ExtractiveSettings()) == TITLE + "."
    assert compose(TITLE, Choice(first, True), ExtractiveSettings(sentence_first=False)).startswith(TITLE + ". ")


def test_without_a_headline_the_summary_is_one_sentence() -> None:
    summary = ExtractiveSummarizer().summarize(seg(title=None)).text
    assert summary.count(". ") == 0 and summary.endswith(".")


def test_agency_tags_and_photo_credits_are_not_shown() -> None:
    assert strip_source_tag("(HDDTVN) – Sáng 5/1, hội nghị khai mạc.") == "Sáng 5/1, hội nghị khai mạc."
    assert strip_source_tag("(Ảnh: TTXVN) Chiều 7/2, đoàn làm việc.") == "Chiều 7/2, đoàn làm việc."


def test_the_extractive_path_imports_no_model_library() -> None:
    code = ("import sys, briefing; briefing.brief('" + TITLE + "\\n\\n" + BODY.replace("\n", "\\n") +
            "', engine='extractive'); print(any(m in sys.modules for m in ('torch', 'transformers')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
