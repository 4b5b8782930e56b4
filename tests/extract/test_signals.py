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


def test_a_quotation_attributed_in_its_sentence_is_quoted_however_long_the_comment_after_it() -> None:
    text = """Tiếp xúc cử tri quận Ba Đình

Sáng 4/7/2024, Bộ trưởng Lê Văn Nam tiếp xúc cử tri quận Ba Đình.

Về đường ống nước, “chúng tôi đã yêu cầu sở kiểm tra lại toàn bộ” - Bộ trưởng nói và cho biết công trình đã được bàn giao từ năm ngoái, nhiều hạng mục chưa được nghiệm thu, người dân ở nhiều phường vẫn thiếu nước.

Các phường phải báo cáo số hộ thiếu nước”, ông nói thêm.
"""
    an = analyse(segmented_text(text))
    q = an.sentences[1].quote
    assert q is not None and q.official and an.sentences[1].quote_explicit and an.sentences[1].quote_directive


def test_an_office_after_an_opening_that_goes_on_to_direct_is_the_subject() -> None:
    text = """Hội nghị tổng kết năm của Sở Xây dựng

Sáng 4/7/2024, Sở Xây dựng tỉnh Hà Nam tổ chức hội nghị tổng kết năm.

Tại hội nghị, Giám đốc Sở đã phát động phong trào thi đua năm mới và đề nghị các phòng hoàn thành kế hoạch trong quý I.

Tại hội nghị, Giám đốc Sở đã trao bằng khen cho các tập thể xuất sắc.
"""
    an = analyse(segmented_text(text))
    d = an.sentences[1].directive
    assert d is not None and d.official and d.kind == "directive"
    assert an.sentences[2].directive is None and an.sentences[2].speaker is None


def test_a_speaker_who_answers_or_reports_then_stresses_is_read_through_what_is_stressed() -> None:
    text = """Tiếp xúc cử tri quận Ba Đình

Sáng 4/7/2024, Bộ trưởng Lê Văn Nam tiếp xúc cử tri quận Ba Đình.

Bộ trưởng Lê Văn Nam trả lời và nhấn mạnh giải pháp tăng cường kiểm tra các công trình cấp nước.

Bộ trưởng Lê Văn Nam cho biết và khẳng định, các sở cần rà soát lại toàn bộ các công trình cấp nước.

Bộ trưởng Lê Văn Nam trả lời và nhấn mạnh rằng công trình đã hoàn thành từ năm ngoái.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [True, True, False]
    spk = an.sentences[2].speaker
    assert spk is not None and spk.kind == "speech"


def test_a_stress_fronted_before_the_speaker_asks_for_action() -> None:
    text = """Làm việc với Tổng công ty Điện lực

Sáng 4/7/2024, Thứ trưởng Lê Văn Nam làm việc với Tổng công ty Điện lực miền Bắc.

Nhấn mạnh Tổng công ty phải bảo đảm đủ điện cho mùa khô, Thứ trưởng Lê Văn Nam cho rằng, không chỉ là vấn đề giá điện mà còn là đời sống của người dân.

Nhấn mạnh kết quả mà Tổng công ty đã đạt được, Thứ trưởng Lê Văn Nam cho rằng, đó là nỗ lực lớn.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [True, False]


def test_one_who_acts_then_pledges_speaks_in_the_pledge() -> None:
    text = """Chất vấn Bộ trưởng Nội vụ

Sáng 4/7/2024, Quốc hội chất vấn Bộ trưởng Nội vụ Lê Văn Nam.

Bộ trưởng Lê Văn Nam thay mặt ngành nhận thiếu sót trong công tác cán bộ, đồng thời cam kết thời gian tới Bộ sẽ hoàn thiện quy định.

Bộ trưởng Lê Văn Nam lên án hành vi gian lận, hứa hẹn sẽ kiên quyết xử lý.

Bộ trưởng Lê Văn Nam thay mặt ngành nhận thiếu sót trong công tác cán bộ.
"""
    an = analyse(segmented_text(text))
    kinds = [s.speaker.kind if s.speaker else None for s in an.sentences[1:]]
    assert kinds == ["speech", "speech", "subject"]


def test_one_who_opens_the_sentence_doing_something_directs_after_a_bare_comma() -> None:
    text = """Mở rộng sân bay Cát Bi

Sáng 4/7/2024, Phó Thủ tướng Lê Văn Nam làm việc với thành phố Hải Phòng.

Phó Thủ tướng Lê Văn Nam đã có cuộc họp với các bộ ngành, yêu cầu phải thuê tư vấn lập phương án mở rộng sân bay.

Phó Thủ tướng Lê Văn Nam dự, chỉ đạo hội nghị triển khai nhiệm vụ năm 2024 của thành phố.

Phó Thủ tướng Lê Văn Nam kiểm tra công tác lãnh đạo, chỉ đạo thực hiện kết luận của Bộ Chính trị.
"""
    an = analyse(segmented_text(text))
    assert [s.directive is not None for s in an.sentences[1:]] == [True, False, False]


def test_a_quotation_closed_by_nhan_nhu_is_attributed() -> None:
    text = """Tiếp xúc cử tri huyện Củ Chi

Sáng 4/7/2024, Bí thư Thành ủy Lê Văn Nam tiếp xúc cử tri huyện Củ Chi.

“Thành phố đã vào cuộc, các sở phải giải quyết dứt điểm trong năm nay nên bà con cứ yên tâm”, ông Nam nhắn nhủ.
"""
    sig = analyse(segmented_text(text)).sentences[1]
    assert sig.quote is not None and sig.quote_explicit and sig.quote.person.name == "Lê Văn Nam"


def test_an_official_asked_to_direct_is_not_the_one_who_directs() -> None:
    text = """Tiếp xúc cử tri quận 3

Sáng 4/7/2024, Thủ tướng Trần Văn Hòa tiếp xúc cử tri quận 3.

Cử tri Lê Văn Nam mong Thủ tướng chỉ đạo xử lý dứt điểm tình trạng ngập nước trên các tuyến đường.

Thủ tướng yêu cầu thành phố rà soát các dự án chống ngập.
"""
    an = analyse(segmented_text(text))
    assert [s.directive is not None for s in an.sentences[1:]] == [False, True]


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


def test_one_referred_back_to_after_a_quotation_speaks_it() -> None:
    text = """Làm việc với quận về vệ sinh môi trường

Sáng 5/7/2024, Giám đốc Sở Tài nguyên và Môi trường Lê Văn Nam làm việc với quận về rác thải.

"Các phường phải thu gom rác trước 6 giờ sáng", ông yêu cầu.

"Người dân ở đây đã quen với cách làm cũ", ông lưu ý và kể lại chuyện một khu chợ.
"""
    an = analyse(segmented_text(text))
    asks, notes = an.sentences[1], an.sentences[2]
    assert asks.directive is not None and asks.directive.person.name == "Lê Văn Nam" and asks.directive.official
    assert notes.directive is None and notes.speaker is not None and notes.speaker.kind == "speech"


def test_one_who_explains_reports_and_asks_for_nothing() -> None:
    text = """Họp về dự thảo nghị định

Sáng 5/7/2024, Bộ trưởng Lê Văn Nam chủ trì cuộc họp về dự thảo nghị định.

Vụ trưởng Vụ Pháp chế Trần Thị Hoa giải thích, nếu mở rộng đối tượng thì phải sửa nhiều luật khác.

Thứ trưởng Ngô Văn Bình lý giải việc chậm trễ do thiếu hướng dẫn.
"""
    an = analyse(segmented_text(text))
    for s in an.sentences[1:]:
        assert s.speaker is not None and s.speaker.kind == "report" and not s.speaker_wants


def test_an_obligation_inside_a_quoted_cause_explains() -> None:
    text = """Làm việc về xử lý bãi rác

Sáng 5/7/2024, Chủ tịch UBND thành phố Lê Văn Nam làm việc về xử lý bãi rác.

Chủ tịch Lê Văn Nam nói: "Tiến độ chậm vì người dân phải chờ các công ty khắc phục ô nhiễm.

Các sở phải kiểm tra bãi rác hằng tuần".
"""
    an = analyse(segmented_text(text))
    assert [s.quote_directive for s in an.sentences[1:]] == [False, True]


def test_an_obligation_to_see_or_say_something_states_a_view() -> None:
    text = """Làm việc về tinh giản biên chế

Sáng 5/7/2024, Bộ trưởng Nội vụ Lê Văn Nam làm việc với tỉnh Hà Nam.

Bộ trưởng Lê Văn Nam cho rằng cần nhìn nhận công bằng rằng tỉnh đã làm được nhiều việc.

Bộ trưởng Lê Văn Nam cho rằng cần rà soát lại toàn bộ vị trí việc làm trong tháng 8.
"""
    an = analyse(segmented_text(text))
    assert [s.speaker_wants for s in an.sentences[1:]] == [False, True]
