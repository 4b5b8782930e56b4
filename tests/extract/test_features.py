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


def test_the_words_before_a_trailing_attribution_are_what_is_said() -> None:
    text = """Làm việc với ngành hải quan

Sáng 5/2/2024, Tổng cục trưởng Nguyễn Văn Tâm làm việc với Cục Hải quan Nam Định.

“Các chi cục cần rà soát ngay quy trình kiểm tra hàng hóa”, Tổng cục trưởng nhấn mạnh.

Các chi cục cần rà soát ngay quy trình kiểm tra hàng hóa, ông Tâm nhấn mạnh.

“Việc này cần nhiều thời gian”, Tổng cục trưởng nói.
"""
    an = analyse(segmented_text(text))
    marks = [sorted(k for k in f if k.startswith("modal.then")) for f in sentence_features(an)[1:]]
    assert marks == [["modal.then=act"], ["modal.then=act"], ["modal.then=state"]]


def test_a_quotation_before_its_speaker_is_what_is_said_even_when_a_comment_follows() -> None:
    text = """Làm việc với ngành thủy sản

Sáng 5/2/2024, Giám đốc Sở Nông nghiệp Trần Văn Hùng làm việc với các chủ tàu cá.

“Sau khi kiểm tra xong, chúng tôi sẽ đề xuất tỉnh hỗ trợ sửa chữa tàu” - ông Hùng nói và cho rằng hiện chưa thể kết luận nguyên nhân.
"""
    an = analyse(segmented_text(text))
    f = sentence_features(an)[1]
    assert "said.first=will" in f and "will.then=act" in f


def test_what_a_speaker_states_first_tells_a_direction_from_a_fact_or_a_pledge() -> None:
    text = """Hội nghị ngành điện

Sáng 9/1/2024, Phó Thủ tướng Lê Minh Khang dự hội nghị của ngành điện.

Phó Thủ tướng nhấn mạnh, các đơn vị cần tiết kiệm điện hơn nữa trong mùa khô.

Phó Thủ tướng khẳng định, công tác này đã được các bộ vào cuộc quyết liệt.

Giám đốc Sở Công Thương cho biết, sở sẽ tổ chức kiểm tra trong tháng 2.

“Ngành điện là ngành rất quan trọng”, Phó Thủ tướng nói.
"""
    an = analyse(segmented_text(text))
    firsts = [[k for k in f if k.startswith("said.first=")] for f in sentence_features(an)[1:]]
    assert firsts == [["said.first=modal"], ["said.first=past"], ["said.first=will"], ["said.first=none"]]


def test_a_reply_to_directions_is_marked_apart_from_a_leader_s_own_words() -> None:
    text = """Làm việc với Cục Hải quan Lào Cai

Sáng 12/1/2024, Tổng cục trưởng Nguyễn Văn Tâm làm việc với Cục Hải quan Lào Cai.

Tiếp thu ý kiến chỉ đạo của Tổng cục trưởng, Cục trưởng Cục Hải quan Lào Cai Trần Văn Bình khẳng định đơn vị sẽ nỗ lực hoàn thành nhiệm vụ.

Tổng cục trưởng Nguyễn Văn Tâm khẳng định Tổng cục sẽ hỗ trợ Cục Hải quan Lào Cai về trang thiết bị.
"""
    an = analyse(segmented_text(text))
    assert ["spk.receives" in f for f in sentence_features(an)[1:]] == [True, False]
    # The reply promises to carry out the directions; only the leader's own "sẽ" commits anew.
    assert ["spk.commits" in f for f in sentence_features(an)[1:]] == [False, True]


def test_in_a_recorded_speech_each_unclaimed_sentence_is_the_speakers() -> None:
    text = """Phát biểu của Thứ trưởng

(PV) – Báo lược ghi phát biểu chỉ đạo của Thứ trưởng Bộ Tài chính Đặng Văn Nam tại hội nghị ngành thuế.

Trong quý 3, ngành thuế đã nỗ lực và đạt nhiều kết quả tích cực.

Thứ hai, về chống thất thu, cần tiếp tục rà soát các doanh nghiệp nợ đọng.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert "last_voice=speech_wants" in feats[-1] and "since.directive=1" in feats[-1]
    # A speech recorded without saying that it directs is read as plain speech.
    plain = sentence_features(analyse(segmented_text(text.replace("phát biểu chỉ đạo", "phát biểu"))))
    assert "last_voice=speech" in plain[-1] and "since.speech=1" in plain[-1]


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


def test_an_unvoiced_action_or_pledge_is_read_with_the_last_voice() -> None:
    text = """Làm việc về giải ngân vốn đầu tư công

Sáng 4/7/2024, Chủ tịch UBND tỉnh Lê Văn Nam làm việc với các sở về giải ngân vốn đầu tư công.

Chủ tịch UBND tỉnh Lê Văn Nam yêu cầu các sở rà soát các dự án chậm giải ngân.

Tập trung tháo gỡ vướng mắc về giải phóng mặt bằng.

Giám đốc Sở Tài chính cho biết, nhiều dự án đã hoàn thành thủ tục.

Tỉnh sẽ bố trí thêm vốn cho các dự án trọng điểm.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    after = [sorted(k for k in f if k.startswith("unvoiced.") and not k.startswith("unvoiced.modal"))
             for f in feats[1:]]
    assert after == [[], ["unvoiced.action_start.after=directive"], [], ["unvoiced.will.then=act.after=report"]]


def test_an_unvoiced_obligation_is_read_with_the_last_voice() -> None:
    text = """Hội thảo về phục hồi kinh tế

Sáng 4/7/2024, Bộ trưởng Lê Văn Nam dự hội thảo về phục hồi kinh tế.

Bộ trưởng Lê Văn Nam yêu cầu các sở rà soát quy hoạch.

Thứ nhất, phải hoàn thành giải phóng mặt bằng trong quý III.

TS. Nguyễn Văn An cho rằng doanh nghiệp cần đổi mới công nghệ.

Thứ hai, phải mở cửa thị trường cho hàng nông sản.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    after = [sorted(k for k in f if k.startswith("unvoiced.modal.after=")) for f in feats[1:]]
    assert after == [[], ["unvoiced.modal.after=directive"], [], ["unvoiced.modal.after=private"]]


def test_a_pledge_of_effort_is_told_from_a_pledged_action() -> None:
    text = """Tổng kết ngành hải quan

Sáng 6/1/2024, Bộ trưởng Tài chính Hồ Đức Phớc dự hội nghị tổng kết của Cục Hải quan tỉnh.

Cục trưởng Cục Hải quan tỉnh Lê Văn Nam cho biết, đơn vị sẽ cố gắng, nỗ lực hoàn thành nhiệm vụ được giao.

Cục trưởng Cục Hải quan tỉnh Lê Văn Nam cho biết, đơn vị sẽ kiểm tra lại toàn bộ hồ sơ tồn đọng trong tháng 3.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["will.vague" in f for f in feats[1:]] == [True, False]


def test_a_sentence_sees_its_neighbours_commitment_and_official_quotation() -> None:
    text = """Làm việc về nước sạch

Sáng 6/1/2024, Chủ tịch UBND tỉnh Lê Văn Nam làm việc với các huyện về nước sạch.

Chủ tịch UBND tỉnh Lê Văn Nam cho biết, tỉnh sẽ bố trí vốn cho ba nhà máy nước trong năm nay.

Ba nhà máy này phục vụ 20.000 hộ dân.

"Các huyện phải bàn giao mặt bằng trong quý II", Chủ tịch UBND tỉnh Lê Văn Nam nói.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert "-1:spk.commits" in feats[2] and "+1:quote.official" in feats[2]


def test_requirements_set_out_after_a_colon_as_bare_actions_are_marked() -> None:
    text = """Làm việc với thành phố Hải Phòng

Sáng 9/1/2024, Thủ tướng Lê Minh Khang làm việc với thành phố Hải Phòng.

Thủ tướng nhấn mạnh các yêu cầu chung: phát huy thế mạnh của cảng biển, bảo đảm kết nối với các tỉnh lân cận.

Thủ tướng nhấn mạnh các kết quả chung: cảng biển lớn thứ hai cả nước, du lịch tăng trưởng nhanh.
"""
    an = analyse(segmented_text(text))
    firsts = [[k for k in f if k.startswith("said.first=")] for f in sentence_features(an)[1:]]
    assert firsts == [["said.first=act"], ["said.first=none"]]


def test_the_conclusion_a_speaker_draws_is_what_they_state_first() -> None:
    text = """Họp về bãi rác Nam Sơn

Sáng 9/1/2024, Chủ tịch UBND thành phố Lê Minh Khang họp về bãi rác Nam Sơn.

“Người dân quanh bãi rác đã chịu nhiều thiệt thòi, do đó thành phố sẽ xây dựng bãi rác mới”, ông Khang nói.

“Người dân quanh bãi rác đã chịu nhiều thiệt thòi, vì vậy các sở cần rà soát lại mức hỗ trợ”, ông Khang nói.

“Người dân quanh bãi rác đã chịu nhiều thiệt thòi”, ông Khang nói.
"""
    an = analyse(segmented_text(text))
    firsts = [[k for k in f if k.startswith("said.first=")] for f in sentence_features(an)[1:]]
    assert firsts == [["said.first=will"], ["said.first=modal"], ["said.first=past"]]


def test_a_unit_that_will_act_is_told_from_a_forecast() -> None:
    text = """Họp về giá xăng dầu

Sáng 9/1/2024, Thứ trưởng Lê Minh Khang họp về giá xăng dầu.

Thứ trưởng cho biết, sắp tới đơn vị sẽ xây dựng kế hoạch kiểm tra các cửa hàng xăng dầu.

Thứ trưởng cho biết, giá xăng dầu sẽ giảm nhẹ trong tháng tới.
"""
    an = analyse(segmented_text(text))
    units = ["will.unit" in f for f in sentence_features(an)[1:]]
    assert units == [True, False]


def test_a_first_person_wish_for_others_is_what_a_speaker_states_first() -> None:
    text = """Họp về sự cố tại bệnh viện tỉnh

Sáng 9/1/2024, Bộ trưởng Lê Minh Khang họp với bệnh viện tỉnh.

“Tôi mong muốn các đồng chí trung thực, cầu thị để sớm làm rõ nguyên nhân”, Bộ trưởng nói.
"""
    an = analyse(segmented_text(text))
    assert "said.first=modal" in sentence_features(an)[1]


def test_a_pledge_in_reply_to_directions_is_no_new_commitment() -> None:
    text = """Kiểm tra công tác thu ngân sách

Sáng 8/3/2024, Thứ trưởng Tài chính Lê Văn Hải làm việc với Cục Thuế tỉnh Nam Định.

Tiếp thu ý kiến chỉ đạo của Thứ trưởng, Cục trưởng Cục Thuế Trần Minh Quang khẳng định đơn vị sẽ hoàn thành dự toán thu năm 2024.

Giám đốc Sở Tài chính Vũ Thị Hoa cho biết sở sẽ rà soát các khoản nợ đọng trong tháng 4.
"""
    an = analyse(segmented_text(text))
    assert ["spk.commits" in f for f in sentence_features(an)[1:]] == [False, True]


def test_a_will_far_into_what_is_said_or_after_if_is_no_commitment() -> None:
    text = """Họp báo về bảng giá đất

Sáng 8/3/2024, Bộ Tài nguyên và Môi trường tổ chức họp báo về bảng giá đất.

Vụ trưởng Vụ Pháp chế Trần Văn Minh cho biết theo quy định của Luật Đất đai năm 2013 và các nghị định hướng dẫn thi hành luật, chủ tịch UBND cấp tỉnh sẽ ban hành bảng giá đất.

Vụ trưởng Trần Văn Minh cho biết nếu dự thảo được thông qua, các địa phương sẽ có thêm thời gian.

Vụ trưởng Trần Văn Minh cho biết Bộ sẽ hướng dẫn các địa phương trong tháng 4.
"""
    an = analyse(segmented_text(text))
    assert ["spk.commits" in f for f in sentence_features(an)[1:]] == [False, False, True]


def test_an_obligation_that_a_law_lays_down_is_no_direction() -> None:
    text = """Làm việc về tiếp công dân

Sáng 9/5/2024, Phó Chủ tịch UBND tỉnh Trần Minh Hải làm việc với Ban Tiếp công dân tỉnh.

Theo quy định, mọi khiếu nại phải được trả lời bằng văn bản trong 30 ngày.

Luật Đất đai năm 2013 cũng yêu cầu người sử dụng đất phải nộp đủ tiền thuê đất hằng năm.

Các sở phải trả lời bằng văn bản mọi khiếu nại của người dân trong 30 ngày.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["modal" in f for f in feats[1:]] == [False, False, True]
    assert [any(k.startswith("modal.then") for k in f) for f in feats[1:]] == [False, False, True]


def test_an_obligation_under_a_cited_article_is_no_direction() -> None:
    text = """Hướng dẫn thủ tục đất đai

Sáng 2/4/2024, Sở Tài nguyên tổ chức hội nghị với các doanh nghiệp.

Việc chuyển mục đích sử dụng đất theo Điều 57 Luật Đất đai phải được cơ quan có thẩm quyền cho phép.

Các huyện phải hoàn thành việc cấp giấy chứng nhận trong quý III.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["modal" in f for f in feats[1:]] == [False, True]


def test_an_action_counted_in_figures_reports_what_was_done() -> None:
    text = """Sơ kết công tác chống buôn lậu

Sáng 9/7/2024, Phó Chủ tịch UBND tỉnh Trần Minh Hải dự hội nghị sơ kết công tác chống buôn lậu.

Phát hiện, bắt giữ 35 vụ buôn lậu, chuyển cơ quan điều tra 6 vụ.

Tăng cường tuần tra trên các tuyến biên giới, nhất là dịp cuối năm.

Phải xử lý nghiêm 35 vụ buôn lậu đã phát hiện trong tháng 7.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["looks_dir" in f for f in feats[1:]] == [False, True, True]
    assert ["action_start" in f for f in feats[1:]] == [False, True, True]


def test_an_obligation_that_qualifies_a_counted_thing_is_no_direction() -> None:
    text = """Rà soát các dự án chậm tiến độ

Sáng 12/6/2024, Phó Chủ tịch UBND tỉnh Trần Minh Hải làm việc với Sở Kế hoạch và Đầu tư.

Toàn tỉnh hiện có 14 dự án chậm tiến độ cần thu hồi, nhưng mới thu hồi được 5 dự án.

Với nhóm cơ sở chế biến, có khoảng 20 cơ sở phải di dời khỏi khu dân cư.

Theo ông Hải, để giải ngân đúng hạn, có ba việc phải làm: giải phóng mặt bằng, thẩm định và đấu thầu.

Các huyện phải thu hồi ngay 14 dự án chậm tiến độ trong quý III.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["modal" in f for f in feats[1:]] == [False, False, False, True]


def test_an_obligation_of_one_of_a_group_is_no_direction() -> None:
    text = """Sắp xếp lại doanh nghiệp nhà nước

Chiều 4/7/2024, Bộ trưởng Lê Văn Thịnh làm việc với Tổng công ty Cao su.

Nông trường Phước Hòa là một trong các đơn vị phải cổ phần hóa trong năm nay.

Tổng công ty phải hoàn thành cổ phần hóa Nông trường Phước Hòa trong quý IV.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["modal" in f for f in feats[1:]] == [False, True]


def test_an_interviewer_s_question_is_no_direction() -> None:
    text = """Hỗ trợ doanh nghiệp xuất khẩu

Phóng viên đã trao đổi với ông Đặng Văn Lực, Cục trưởng Cục Hải quan tỉnh.

Xin ông cho biết, những việc mà Cục cần làm ngay để hỗ trợ doanh nghiệp trong năm tới?

Cục sẽ rút ngắn thời gian thông quan hàng nông sản.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert "modal" not in feats[1] and "looks_dir" not in feats[1]


def test_an_obligation_in_an_example_is_no_direction() -> None:
    text = """Làm việc về thủ tục hành chính

Sáng 14/3/2024, Bộ trưởng Nguyễn Văn An làm việc với Sở Nội vụ tỉnh.

Ví dụ như muốn đổi một con dấu, doanh nghiệp phải đi qua ba cơ quan.

Chẳng hạn, mỗi hồ sơ đất đai phải chờ ý kiến của năm phòng.

Sở Nội vụ phải rút gọn thủ tục đổi con dấu trong quý II.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["modal" in f for f in feats[1:]] == [False, False, True]


def test_an_example_is_marked_even_without_an_obligation() -> None:
    text = """Làm việc về thủ tục thuế

Sáng 9/5/2024, Phó Chủ tịch Trần Minh Hà yêu cầu Cục Thuế rút ngắn thời gian hoàn thuế.

Chẳng hạn như trường hợp một cửa hàng nhỏ bị xếp vào nhóm rủi ro cao do nộp chậm tờ khai.

Thí dụ, một hộ kinh doanh chờ hoàn thuế hơn ba tháng.

Cục Thuế rà soát lại các hồ sơ chậm trong tháng 6.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["example" in f for f in feats] == [False, True, True, False]


def test_an_action_after_a_continuation_and_its_link_opens_the_sentence() -> None:
    text = """Làm việc với Sở Nội vụ

Sáng 3/3/2024, Phó Chủ tịch UBND tỉnh Trần Minh Hải làm việc với Sở Nội vụ.

Cùng với đó là nâng cao chất lượng đội ngũ cán bộ cấp xã.

Cùng với đó là những khó khăn về biên chế của cấp huyện.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["action_start" in f for f in feats[1:]] == [True, False]


def test_a_body_that_directs_in_its_own_name_directs_as_an_official() -> None:
    text = """Chống buôn lậu thuốc lá

UBND tỉnh Hòa Bình yêu cầu các sở, ngành tăng cường kiểm tra thuốc lá nhập lậu.

Sở Công Thương đã có nhiều đợt kiểm tra trong năm.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert {"body", "dir", "dir.official", "dir.at_start"} <= feats[0].keys()
    assert "dir" not in feats[1]


def test_a_will_before_a_state_forecasts_and_commits_no_one() -> None:
    text = """Họp về giá xăng dầu

Sáng 9/3/2024, Bộ trưởng Công Thương Đỗ Văn Minh chủ trì cuộc họp về giá xăng dầu.

Bộ trưởng Đỗ Văn Minh cho rằng giá xăng sẽ cơ bản ổn định trong quý II.

Bộ trưởng Đỗ Văn Minh khẳng định Bộ sẽ rà soát quỹ bình ổn giá trong tháng 4.
"""
    an = analyse(segmented_text(text))
    assert ["spk.commits" in f for f in sentence_features(an)[1:]] == [False, True]


def test_a_pledge_to_make_a_place_into_a_vision_commits_to_no_action() -> None:
    text = """Tiếp xúc cử tri huyện Lạc Sơn

Sáng 9/3/2024, Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh tiếp xúc cử tri huyện Lạc Sơn.

Chủ tịch Bùi Văn Khánh khẳng định tỉnh sẽ xây dựng Hòa Bình thành nơi đáng sống, văn minh, hiện đại.

Chủ tịch Bùi Văn Khánh khẳng định tỉnh sẽ rà soát các dự án chậm tiến độ trong tháng 4.
"""
    an = analyse(segmented_text(text))
    assert ["spk.commits" in f for f in sentence_features(an)[1:]] == [False, True]


def test_a_quoted_will_before_a_state_forecasts_and_commits_no_one() -> None:
    text = """Họp về chống ngập

Sáng 9/3/2024, Chủ tịch UBND quận Hoàng Mai Lê Văn Tùng họp về chống ngập.

“Nếu mưa lớn kéo dài thì nhiều tuyến phố sẽ ngập sâu”, ông Tùng nói.

“Quận sẽ rà soát toàn bộ hệ thống cống thoát nước trong tháng 4”, ông Tùng nói.
"""
    an = analyse(segmented_text(text))
    assert ["quote.commits" in f for f in sentence_features(an)[1:]] == [False, True]


def test_what_is_said_first_tells_a_forecast_from_a_pledge() -> None:
    text = """Họp về giá xăng dầu

Sáng 9/3/2024, Bộ trưởng Công Thương Đỗ Văn Minh chủ trì cuộc họp về giá xăng dầu.

Bộ trưởng Đỗ Văn Minh nhận định giá xăng sẽ cơ bản ổn định trong quý II.

Bộ trưởng Đỗ Văn Minh nhấn mạnh Bộ sẽ rà soát quỹ bình ổn giá trong tháng 4.
"""
    an = analyse(segmented_text(text))
    firsts = [sorted(k for k in f if k.startswith("said.first=")) for f in sentence_features(an)[1:]]
    assert firsts == [["said.first=forecast"], ["said.first=will"]]


def test_words_quoted_from_one_without_office_are_not_the_last_official_s() -> None:
    text = """Hội thảo quy hoạch tượng đài

Sáng 8/5/2024, Bộ Văn hóa tổ chức hội thảo về quy hoạch tượng đài.

“Tiêu chí chọn địa điểm còn chung chung”, ông Lê Văn Hải, Giám đốc Sở Văn hóa tỉnh Phú Thọ nói.

TS Trần Minh Đức (Hội Sử học) thẳng thắn: “Chúng ta chưa có đủ tư liệu về thời kỳ này.

Hơn nữa, phải làm sao tránh gây mất đoàn kết giữa các địa phương.

Nơi nào cũng có đóng góp vào quá trình dựng nước”, ông Đức nói.
"""
    an = analyse(segmented_text(text))
    feats = sentence_features(an)
    assert "last_voice=private" in feats[-2]
    assert not any(k.startswith("unvoiced.") for k in feats[-2])


def test_one_without_office_who_shares_a_view_is_a_private_voice() -> None:
    text = """Hội nghị doanh nghiệp ASEAN

Sáng 8/5/2024, Bộ Công Thương tổ chức hội nghị doanh nghiệp ASEAN.

“Các doanh nghiệp trong khối cần hỗ trợ nhau nhiều hơn”, bà Nguyễn Thị Lan, Chủ tịch Tập đoàn Hoa Sen, chia sẻ.

Bộ trưởng Công Thương Đỗ Văn Minh cho biết xuất khẩu tăng 12% trong quý I.
"""
    an = analyse(segmented_text(text))
    feats = sentence_features(an)
    assert "last_voice=private" in feats[-1]


def test_a_directive_verb_of_voters_or_firms_is_theirs_and_directs_no_one() -> None:
    text = """Tiếp xúc cử tri quận Ba Đình

Sáng 8/5/2024, đoàn đại biểu Quốc hội tiếp xúc cử tri quận Ba Đình.

Tại buổi tiếp xúc, nhiều cử tri đề nghị giải quyết dứt điểm các vụ việc tồn đọng.

Bí thư Thành ủy Đinh Văn Hùng đề nghị quận giải quyết dứt điểm các vụ việc tồn đọng.
"""
    an = analyse(segmented_text(text))
    assert ["directive_verb" in f for f in sentence_features(an)[1:]] == [False, True]


def test_an_opening_verb_said_before_the_speaker_is_the_speakers_own() -> None:
    text = """Tiếp dân cuối năm

Sáng 12/6/2024, Phó Chủ tịch UBND tỉnh Trần Minh Hải làm việc với Thanh tra tỉnh.

Lưu ý về công tác tiếp dân, Phó Chủ tịch UBND tỉnh Trần Minh Hải nhấn mạnh: công tác này đã được các cấp vào cuộc quyết liệt.

Lưu ý về công tác tiếp dân, Phó Chủ tịch UBND tỉnh Trần Minh Hải nhấn mạnh: các huyện phải bố trí lịch tiếp dân.

Tăng cường kiểm tra các cơ sở kinh doanh, bảo đảm an toàn thực phẩm dịp Tết.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["action_start" in f for f in feats[1:]] == [False, False, True]
    assert ["looks_dir" in f for f in feats[1:]] == [False, True, True]


def test_what_a_law_has_happen_is_no_pledge() -> None:
    text = """Nội quy tiếp công dân

Sáng 12/6/2024, Chánh Thanh tra tỉnh Trần Minh Hải làm việc với các sở.

Ông Hải cho biết theo quy định của Luật Tiếp công dân, chủ tịch UBND tỉnh sẽ ban hành nội quy tiếp dân.

Ông Hải cho biết, Thanh tra tỉnh sẽ ban hành nội quy tiếp dân trong tháng 7.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert ["will.then=act" in f for f in feats[1:]] == [False, True]
    assert ["will.then=state" in f for f in feats[1:]] == [True, False]


def test_a_will_weighed_as_a_likelihood_forecasts() -> None:
    text = """Sở Tài chính họp về giá nước

Do đó, sở đang hoàn thiện quy định mới, khả năng sẽ ban hành trong tháng 6.

Việc nâng giá có thể sẽ tạo thêm nguồn thu cho doanh nghiệp cấp nước.

Do đó, sở sẽ ban hành quy định mới trong tháng 6.
"""
    feats = sentence_features(analyse(segmented_text(text)))
    assert [any(k.startswith("will") for k in f) for f in feats] == [False, False, True]
