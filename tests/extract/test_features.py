"""Sentence features: the cues that no signal carries by itself."""
from __future__ import annotations

from briefing.extract.features import sentence_features
from briefing.extract.signals import analyse

from .conftest import segmented_text

POINTS = """Bộ trưởng làm việc với Bộ Giao thông

Chiều 3/4/2024, Bộ trưởng Lâm Quốc Bảo truyền đạt ý kiến của Thủ tướng về các dự án cao tốc.

Vấn đề thứ 2 là giải phóng mặt bằng, năm nay còn rất chậm.

Nhiệm vụ đầu tiên của ngành là hoàn thành cao tốc Bắc – Nam.

Vấn đề này rất quan trọng với các tỉnh miền núi.
"""


def test_a_point_named_by_its_kind_and_number_is_an_enumeration() -> None:
    feats = sentence_features(analyse(segmented_text(POINTS)))
    assert ["enum" in f for f in feats[1:]] == [True, True, False]


def test_a_belief_in_what_others_will_do_is_no_commitment() -> None:
    text = """Tổng kết ngành thuế

Sáng 6/1/2024, Bộ trưởng Tài chính Hồ Đức Phớc dự hội nghị tổng kết ngành thuế.

Bộ trưởng bày tỏ tin tưởng rằng ngành thuế sẽ hoàn thành xuất sắc nhiệm vụ năm 2024.

Bộ trưởng khẳng định Bộ Tài chính sẽ bố trí đủ kinh phí cho ngành thuế trong quý I.
"""
    an = analyse(segmented_text(text))
    commits = {s.sentence.text[:20]: "spk.commits" in f
               for s, f in zip(an.sentences, sentence_features(an), strict=True) if "sẽ" in s.sentence.text}
    assert commits == {"Bộ trưởng bày tỏ tin": False, "Bộ trưởng khẳng định": True}


def test_a_modal_before_an_action_reads_apart_from_one_before_a_state() -> None:
    text = """Làm việc với tỉnh về giải ngân

Sáng 8/3/2024, Phó Thủ tướng Trần Văn Hòa làm việc với tỉnh Hòa Bình về giải ngân vốn đầu tư.

Phó Thủ tướng nhấn mạnh, các sở cần rà soát ngay những dự án chậm giải ngân.

Phó Thủ tướng nhấn mạnh, việc này cần nhiều thời gian và sự đồng thuận của người dân.

Giám đốc Sở Xây dựng cho biết, sở sẽ tổ chức đoàn kiểm tra các công trình trong tháng 4.

Giám đốc Sở Xây dựng cho biết, giá vật liệu sẽ giảm trong quý II.
"""
    an = analyse(segmented_text(text))
    marks = [sorted(k for k in f if k.startswith(("modal.then", "will.then"))) for f in sentence_features(an)[1:]]
    assert marks == [["modal.then=act"], ["modal.then=state"], ["will.then=act"], ["will.then=state"]]
    assert ["modal.unit" in f for f in sentence_features(an)[1:3]] == [True, False]


def test_the_words_before_a_trailing_speaker_are_what_is_said() -> None:
    text = """Làm việc với tỉnh về giải ngân

Sáng 8/3/2024, Phó Thủ tướng Trần Văn Hòa làm việc với tỉnh Hòa Bình về giải ngân vốn đầu tư.

Các sở cần rà soát ngay những dự án chậm giải ngân, Phó Thủ tướng nhấn mạnh.
"""
    an = analyse(segmented_text(text))
    assert an.sentences[-1].speaker is not None
    assert "modal.then=act" in sentence_features(an)[-1]


def test_in_a_recorded_speech_each_unclaimed_sentence_is_the_speakers() -> None:
    text = """Phát biểu của Thứ trưởng

(PV) – Báo lược ghi phát biểu chỉ đạo của Thứ trưởng Bộ Tài chính Đặng Văn Nam tại hội nghị ngành thuế.

Trong quý 3, ngành thuế đã nỗ lực và đạt nhiều kết quả tích cực.

Thứ hai, về chống thất thu, cần tiếp tục rà soát các doanh nghiệp nợ đọng.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert "last_voice=speech" in feats[-1] and "since.speech=1" in feats[-1]


def test_a_sentence_knows_the_voice_named_later_in_its_paragraph() -> None:
    text = """Làm việc với tỉnh về quy hoạch

Sáng 8/3/2024, Phó Thủ tướng Trần Văn Hòa làm việc với tỉnh Hòa Bình về quy hoạch.

Các huyện phải rà soát ngay quy hoạch sử dụng đất. Đây là việc cấp bách, Phó Thủ tướng nhấn mạnh.

Tỉnh có nhiều dự án chậm tiến độ.

Phó Thủ tướng Trần Văn Hòa yêu cầu các sở báo cáo trong tháng 4.
"""
    an = analyse(segmented_text(text))
    ahead = {s.sentence.text[:12]: next(k for k in f if k.startswith("next_voice_in_para="))
             for s, f in zip(an.sentences, sentence_features(an), strict=True)}
    assert ahead["Các huyện ph"] == "next_voice_in_para=speech"
    assert ahead["Tỉnh có nhiề"] == "next_voice_in_para=none"
