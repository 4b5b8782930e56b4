"""Sentence signals: who speaks, and whether what they say asks for action."""
from __future__ import annotations

from briefing.extract.signals import analyse

from .conftest import segmented_text


def test_a_speaker_who_gives_a_cause_does_not_ask_for_action() -> None:
    text = """Họp về giải ngân vốn đầu tư công

Sáng 4/7/2024, Phó Thủ tướng Trần Văn Hòa chủ trì cuộc họp về giải ngân vốn đầu tư công.

Thứ trưởng Lê Văn Nam cho rằng giải ngân chậm chủ yếu do các thủ tục đầu tư phải tuân thủ trình tự kéo dài.

Phó Thủ tướng nhấn mạnh, các bộ phải giải ngân hết vốn được giao trong quý III.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [False, True]


def test_a_scholar_is_a_new_voice_that_is_not_an_official() -> None:
    text = """Hội thảo về phục hồi kinh tế

Sáng 4/7/2024, Bộ trưởng Lê Văn Nam dự hội thảo về phục hồi kinh tế.

Bộ trưởng Lê Văn Nam yêu cầu các sở phải rà soát quy hoạch.

PGS.TS Nguyễn Văn An cho rằng doanh nghiệp phải đổi mới công nghệ.
"""
    an = analyse(segmented_text(text))
    spk = an.sentences[-1].speaker
    assert spk is not None and spk.person.name == "Nguyễn Văn An" and not spk.official


def test_a_speaker_who_praises_then_speaks_is_read_through_the_speech() -> None:
    text = """Họp về giải ngân vốn đầu tư công

Sáng 4/7/2024, Bộ trưởng Lê Văn Nam làm việc với tỉnh về giải ngân vốn đầu tư công.

Bộ trưởng Lê Văn Nam đánh giá cao kết quả của tỉnh; nhấn mạnh: các sở phải giải ngân hết vốn trong quý III.

Bộ trưởng Lê Văn Nam biểu dương ngành xây dựng và cho rằng, thời gian tới cần tăng cường kiểm tra.

Bộ trưởng Lê Văn Nam đánh giá cao những kết quả mà tỉnh đã nêu, tỉnh phải phát huy.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [True, True, False]
    spk = an.sentences[1].speaker
    assert spk is not None and spk.kind == "speech"


def test_a_leader_who_names_a_stance_or_the_requirements_asks_for_action() -> None:
    text = """Làm việc về trật tự đô thị

Sáng 4/7/2024, Phó Chủ tịch UBND thành phố Lê Văn Nam làm việc với các quận về trật tự đô thị.

Phó Chủ tịch UBND thành phố nhấn mạnh tinh thần xử lý dứt điểm các điểm lấn chiếm vỉa hè trong tháng 8.

Phó Chủ tịch UBND thành phố khẳng định quan điểm của thành phố là không đẩy đuổi người buôn bán.

Phó Chủ tịch UBND thành phố cho rằng nhiều quận đã làm tốt việc này.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [True, True, False]


def test_a_delegate_referred_back_to_speaks_as_an_official() -> None:
    text = """Chất vấn về an toàn thực phẩm

Sáng 5/7/2024, HĐND thành phố chất vấn về an toàn thực phẩm.

Ông Nguyễn Văn An nói rằng thực phẩm bẩn vẫn bán tràn lan ở các chợ.

"Thành phố phải kiểm tra thường xuyên hơn các chợ đầu mối", đại biểu này đề nghị.
"""
    an = analyse(segmented_text(text))
    quote = an.sentences[-1].quote
    assert quote is not None and quote.person.name == "Nguyễn Văn An" and quote.official


def test_the_head_of_a_body_is_read_up_to_the_verb() -> None:
    text = """Họp về sân bay

Sáng 5/7/2024, Bí thư Thành ủy Lê Văn Nam làm việc về giao thông quanh sân bay.

Người đứng đầu Thành ủy cho biết thêm, đường vào sân bay chỉ có một lối chính.
"""
    an = analyse(segmented_text(text))
    spk = an.sentences[-1].speaker
    assert spk is not None and spk.person.name == "Lê Văn Nam" and spk.kind == "report"


def test_a_first_person_wish_for_others_in_a_quotation_directs() -> None:
    text = """Làm việc với bệnh viện

Sáng 5/7/2024, Bộ trưởng Lê Văn Nam làm việc với bệnh viện tỉnh.

Bộ trưởng Lê Văn Nam nói: "Tôi mong muốn các đồng chí khẩn trương khắc phục sự cố thiết bị.

Chúng tôi rất mong có sự ủng hộ của người dân trong thời gian này".
"""
    an = analyse(segmented_text(text))
    assert [s.quote_directive for s in an.sentences[1:]] == [True, False]


def test_stressing_a_requirement_or_a_stance_asks_for_action() -> None:
    text = """Làm việc với thành phố

Sáng 5/7/2024, Thủ tướng Lê Văn Nam làm việc với lãnh đạo thành phố.

Thủ tướng nhấn mạnh các yêu cầu chung: phát huy thế mạnh của vùng, kết nối với các địa phương lân cận.

Thủ tướng nhấn mạnh tinh thần huy động nguồn lực xã hội cho hạ tầng giao thông.

Thủ tướng nhấn mạnh mục tiêu này tại hội nghị sáng nay.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [True, True, False]


def test_setting_a_target_or_a_time_limit_for_others_directs() -> None:
    text = """Họp về tàu cá hư hỏng

Sáng 5/7/2024, UBND tỉnh họp về tàu cá hư hỏng.

Phó Chủ tịch UBND tỉnh Trần Văn Châu đưa ra thời hạn 1 tháng để hai doanh nghiệp khắc phục sự cố.

Phó Thủ tướng Lê Văn Nam đặt ra mục tiêu cho các bộ giữ chỉ số giá dưới 4%.
"""
    an = analyse(segmented_text(text))
    assert [s.directive is not None and s.directive.official for s in an.sentences[1:]] == [True, True]


def test_unnamed_delegates_at_a_meeting_are_other_voices() -> None:
    text = """Hội nghị về chuyển đổi số

Sáng 9/5/2024, Phó Chủ tịch UBND tỉnh Trần Minh Hải dự hội nghị về chuyển đổi số.

Nhiều đại biểu tại hội nghị cho rằng, các sở cần thêm kinh phí cho chuyển đổi số.

Theo đại biểu, các huyện phải có kế hoạch đào tạo cán bộ trong năm nay.

Một số đại biểu dự họp yêu cầu Sở Xây dựng công khai tiến độ các dự án nhà ở.

Phó Chủ tịch UBND tỉnh yêu cầu các sở hoàn thành kế hoạch chuyển đổi số trong quý III.
"""
    an = analyse(segmented_text(text))
    assert [s.other_voices for s in an.sentences[1:]] == [True, True, True, False]
