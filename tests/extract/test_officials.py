"""Who may give directions: officials and bodies carry them; private people do not.

Also the obligation markers that describe a circumstance rather than ask for action.
"""
from __future__ import annotations

import pytest

from briefing.extract import extract
from briefing.extract.cues import MODAL
from briefing.extract.people import find_mentions
from briefing.extract.signals import is_official
from briefing.types import Person

from .conftest import segmented_text, signals_of, tasks_when

RESIDENT = """Người dân khổ vì đường ngập

Sáng 3/9/2024, nhiều tuyến phố ở phường Hòa Phong bị ngập sâu sau cơn mưa lớn.

Ông Lâm Văn Tới, một người dân trong hẻm, kể rằng nước lên rất nhanh.

Các hộ dân phải kê cao đồ đạc và đi đường vòng để ra phố.

“Tôi đề nghị làm lại cống thoát nước cho cả khu”, ông Tới nói.
"""


def test_a_resident_gives_no_tasks() -> None:
    # A person with neither title nor "đồng chí": their "phải …" and "đề nghị …" are not
    # directions that a briefing of officials' tasks should carry.
    assert extract(segmented_text(RESIDENT)).tasks == ()


COMRADE = """Hội nghị công đoàn ngành

Sáng 8/1/2024, Công đoàn ngành Dệt may tổ chức hội nghị triển khai nhiệm vụ năm 2024.

Phát biểu chỉ đạo, đồng chí Hà Minh Tâm nhấn mạnh các cấp công đoàn cần chăm lo đời sống người lao động.

Đồng thời, tập trung tổ chức tốt các hoạt động thi đua trong quý I.
"""


def test_a_comrade_is_an_official_and_carries_directions() -> None:
    ex = extract(segmented_text(COMRADE))
    assert [t.assigner.name for t in ex.tasks if t.assigner] == ["Hà Minh Tâm", "Hà Minh Tâm"]
    assert [t.implicit_speaker for t in ex.tasks] == [False, True]


UNNAMED_OFFICE = """Thủ tướng làm việc với tập đoàn

Chiều 4/6/2024, Thủ tướng làm việc với Tập đoàn Dầu khí.

Thủ tướng yêu cầu Tập đoàn rà soát toàn bộ các dự án chậm tiến độ.

Tập đoàn phải báo cáo kết quả trước ngày 30/9.
"""


def test_an_office_never_named_still_carries_directions() -> None:
    ex = extract(segmented_text(UNNAMED_OFFICE))
    assert [t.assigner.name for t in ex.tasks if t.assigner] == ["Thủ tướng", "Thủ tướng"]


@pytest.mark.parametrize(
    ("sentence", "modal"),
    [
        ("Các bộ phải hoàn thành trong tháng 6.", True),
        ("Cần thiết phải rà soát ngay.", True),
        ("Các phương tiện thường phải dừng lâu ở trạm.", False),
        ("Khi phải nộp thuế, doanh nghiệp gặp khó.", False),
        ("Chỉ khi có triệu chứng mới phải điều trị.", False),
        ("Năm ngoái, gia đình đã phải chuyển đi nơi khác.", False),
        ("Ông nói về sự cần thiết của đoàn kết.", False),
        ("Không cần phải đưa ra tuyên bố nào.", False),
        ("Có phải do thiếu quy định mà dân phản đối không?", False),
        ("Dọn vỉa hè có phải để thu phí không.", False),
    ],
)
def test_modal_marks_obligations_not_circumstances(sentence: str, modal: bool) -> None:
    assert bool(MODAL.search(sentence)) is modal


def test_title_with_committee_links() -> None:
    ms = find_mentions("Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội Đỗ Thị Lan cho biết")
    assert [(m.title, m.name) for m in ms] == [("Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội", "Đỗ Thị Lan")]
    ms = find_mentions("Phó Thủ tướng Lê Văn Thạch của Chính phủ")
    assert ms[0].name == "Lê Văn Thạch"


RHETORIC = """Bí thư làm việc với huyện

Sáng 6/5/2024, Bí thư Tỉnh ủy Phan Quốc Bảo làm việc với huyện Đông Sơn.

Bí thư Tỉnh ủy Phan Quốc Bảo yêu cầu huyện khẩn trương giải phóng mặt bằng khu công nghiệp.

“Nếu chậm trễ, chúng ta sẽ mất nhà đầu tư và không để được cơ hội nào.

Việc thu gom rác ở các xã vẫn còn rất lộn xộn.

Nếu cần, huyện phải báo cáo tỉnh để được hỗ trợ”, ông Bảo nói.
"""


def test_quoted_predictions_and_states_do_not_read_as_directions() -> None:
    sigs = {s.sentence.text[:12]: s for s in signals_of(RHETORIC)}
    quoted = {k: s for k, s in sigs.items() if s.quote is not None}
    assert {s.quote.person.name for s in quoted.values() if s.quote} == {"Phan Quốc Bảo"}
    assert not any(s.quote_directive for k, s in quoted.items() if k.startswith(("“Nếu chậm", "Việc thu gom")))
    # An obligation before any "sẽ" keeps a conditional a direction.
    assert all(s.quote_directive for k, s in quoted.items() if k.startswith("Nếu cần"))


def test_a_classifier_makes_can_a_noun() -> None:
    assert not MODAL.search("Con đường bằng mấy cái cần câu.")


PLEDGE = """Tổng cục làm việc với Cục Hải quan

Sáng 12/1/2024, Phó Tổng cục trưởng Tổng cục Hải quan Vương Thị Nga làm việc với Cục Hải quan tỉnh Đồng Lâm.

Phó Tổng cục trưởng Vương Thị Nga nhấn mạnh, Cục cần tập trung cải cách thủ tục, tạo thuận lợi cho doanh nghiệp.

Ông Triệu Văn An, Cục trưởng Cục Hải quan tỉnh Đồng Lâm khẳng định đơn vị sẽ nỗ lực hoàn thành, phải vượt chỉ tiêu.

Cục trưởng Triệu Văn An khẳng định ngành đã tổ chức tốt việc thu, cần giữ vững kết quả.

Bà Nga lưu ý, dù số thu đã tăng, nhưng đơn vị cần tiếp tục chống thất thu.
"""


def test_pledges_and_results_after_a_verb_of_speech_do_not_ask_for_action() -> None:
    wants = {s.sentence.text[:20]: s.speaker_wants for s in signals_of(PLEDGE) if s.speaker is not None}
    assert wants == {"Sáng 12/1/2024, Phó ": False, "Phó Tổng cục trưởng ": True, "Ông Triệu Văn An, Cụ": False,
                     "Cục trưởng Triệu Văn": False, "Bà Nga lưu ý, dù số ": True}
    tasks = tasks_when(PLEDGE, lambda t: t.startswith(("Phó Tổng cục trưởng Tổng cục Hải quan Vương", "Bà Nga")))
    assert {t.assigner.name for t in tasks if t.assigner} == {"Vương Thị Nga"}


def test_written_direction_and_continuation_openers() -> None:
    text = """Thủ tướng chỉ đạo xử lý vi phạm

Ngày 3/3/2024, Thủ tướng Chính phủ Lại Văn Hòa đã có công văn chỉ đạo Bộ Công an điều tra vụ việc.

Trên cơ sở đó, kịp thời đề xuất biện pháp xử lý.

Đồng thời, giao cho UBND tỉnh báo cáo kết quả trước ngày 30/3.
"""
    ex = extract(segmented_text(text))
    assert [t.implicit_speaker for t in ex.tasks] == [False, True, True]
    assert {t.assigner.name for t in ex.tasks if t.assigner} == {"Lại Văn Hòa"}
    assert ex.tasks[2].deadline == "trước ngày 30/3"


def test_an_urgent_dispatch_or_a_notice_directs_as_a_letter_does() -> None:
    text = """Phòng chống bão

Ngày 8/9/2024, bão số 3 tiến gần đất liền.

Phó Thủ tướng Đinh Văn Lộc đã có công điện khẩn yêu cầu các tỉnh ven biển cấm tàu ra khơi.

Bộ trưởng Bộ Nông nghiệp Hà Thị Mơ có thông báo giao các cục trực ban 24/24 giờ.
"""
    directing = [s.directive.person.name for s in signals_of(text) if s.directive is not None]
    assert directing == ["Đinh Văn Lộc", "Hà Thị Mơ"]


TASK_FORCE = """Tổ công tác kiểm tra bộ

Ngày 2/4/2024, Bộ trưởng, Chủ nhiệm VPCP Mạc Văn Tuấn, Tổ trưởng Tổ công tác của Thủ tướng kiểm tra Bộ Xây dựng.

Bộ trưởng Mạc Văn Tuấn yêu cầu Bộ rà soát các điều kiện kinh doanh.

Ghi nhận Bộ Xây dựng đã tích cực cải cách, Tổ công tác đề nghị Bộ bãi bỏ các thủ tục không cần thiết.

Năm 2023, đơn vị thu vượt các chỉ tiêu do Bộ Tài chính, UBND tỉnh giao.
"""


def test_a_body_speaks_through_the_leader_who_heads_it() -> None:
    sigs = signals_of(TASK_FORCE)
    bodies = {s.sentence.text[:14]: s.body for s in sigs if s.body is not None}
    # "Tổ công tác đề nghị …" is the Tổ trưởng's; "chỉ tiêu do … giao" names an agent, no speaker.
    assert list(bodies) == ["Ghi nhận Bộ Xâ"]
    assert bodies["Ghi nhận Bộ Xâ"] is not None and bodies["Ghi nhận Bộ Xâ"].person.name == "Mạc Văn Tuấn"


def test_copula_comment_versus_copula_direction() -> None:
    text = """Phó Thủ tướng làm việc với Bộ Nội vụ

Sáng 5/1/2024, Phó Thủ tướng Âu Văn Định làm việc với Bộ Nội vụ.

Phó Thủ tướng Âu Văn Định yêu cầu Bộ hoàn thiện các dự án luật trong quý I.

Đây là nhiệm vụ khó khăn, đòi hỏi các đơn vị phải hết sức nỗ lực.

Đây là vấn đề Bộ Nội vụ cần sớm nghiên cứu để đề xuất.
"""
    results = {s.sentence.text[:12]: s.reads_as_result for s in signals_of(text)}
    assert results["Đây là nhiệm"] is True  # a comment on the directions
    assert results["Đây là vấn đ"] is False  # states one


@pytest.mark.parametrize(
    ("sentence", "modal"),
    [
        ("Tỉnh nên xem xét lại đề án này.", True),
        ("Các sở nên tập trung vào khâu thẩm định.", True),
        ("Trạm nằm giữa hai tuyến nên xe thường dừng lâu.", False),
        ("Sự việc trở nên nặng nề hơn.", False),
    ],
)
def test_nen_is_advice_only_before_a_verb(sentence: str, modal: bool) -> None:
    assert bool(MODAL.search(sentence)) is modal


def test_who_assigned_something_earlier_is_no_direction_here() -> None:
    text = """Bộ trưởng làm việc với Tổng cục Dự trữ

Sáng 4/7/2024, Bộ trưởng Bộ Tài chính Hồ Đức Lâm làm việc với Tổng cục Dự trữ.

Tổng cục còn được Thủ tướng Chính phủ giao nhiệm vụ xuất cấp gạo cứu trợ cho các tỉnh.

Đơn vị đã hoàn thành các đề án trong chương trình công tác Chính phủ, Thủ tướng giao.

Việc bảo quản hàng dự trữ được Bộ trưởng lưu ý.
"""
    directing = {s.sentence.text[:18]: s.directive for s in signals_of(text) if s.directive is not None}
    assert list(directing) == ["Việc bảo quản hàng"]
    voice = directing["Việc bảo quản hàng"]
    assert voice is not None and voice.person.name == "Hồ Đức Lâm"


def test_a_conceded_result_then_a_direction_is_a_task() -> None:
    text = """Hội nghị ngành hải quan

Sáng 6/1/2024, Cục Hải quan tỉnh Lạc Sơn tổng kết công tác năm 2023.

Phó Tổng cục trưởng Tổng cục Hải quan Đinh Văn Hòa nhấn mạnh, năm 2023 đơn vị đã đạt nhiều kết quả, nhưng cần tiếp tục cải cách thủ tục.
"""
    speaking = [s for s in signals_of(text) if s.speaker is not None]
    assert len(speaking) == 1 and speaking[0].speaker is not None
    assert speaking[0].speaker.person.name == "Đinh Văn Hòa" and speaking[0].speaker_wants


@pytest.mark.parametrize(
    ("sentence", "modal"),
    [
        ("Nghiêm cấm sử dụng chất tạo nạc.", True),
        ("Cấm xe tải vào nội đô giờ cao điểm.", True),
        ("Đã phát hiện 61 vụ buôn bán hàng cấm.", False),
        ("Cơ sở dùng chất cấm trong chăn nuôi bị xử phạt.", False),
    ],
)
def test_cam_bans_only_as_a_verb(sentence: str, modal: bool) -> None:
    assert bool(MODAL.search(sentence)) is modal


FORMER_AND_PRIVATE = """Hội thảo về kê khai tài sản

Sáng 9/3/2024, Ủy ban Pháp luật tổ chức hội thảo về kiểm soát tài sản, thu nhập.

Theo ông Lương Văn Khải, nguyên Phó Chủ nhiệm Ủy ban Pháp luật, cần quy định rõ cơ chế giám sát kê khai.

Tổng Thư ký Hiệp hội Bất động sản Đinh Thị Hoa đề nghị các sở công khai quy hoạch sớm hơn.

Thứ trưởng Bộ Tư pháp Võ Minh Sơn yêu cầu các đơn vị hoàn thiện dự thảo trong tháng 4.
"""


def test_former_officials_and_private_officers_are_not_officials() -> None:
    official = {}
    for s in signals_of(FORMER_AND_PRIVATE):
        voice = s.directive or s.speaker
        if voice is not None:
            official[s.sentence.text[:10]] = voice.official
    assert official == {"Theo ông L": False, "Tổng Thư k": False, "Thứ trưởng": True}


def test_a_body_whose_name_has_lower_case_words_gives_directions() -> None:
    text = """Chống thất thu thuế

Ngày 4/3/2024, các cơ quan họp về chống thất thu thuế.

Bộ Tài chính chỉ đạo Tổng cục Thuế rà soát các khoản nợ đọng.

Bộ Giáo dục và Đào tạo yêu cầu các sở kiểm tra học phí.
"""
    bodies = [s.body.person.name for s in signals_of(text) if s.body is not None]
    assert bodies == ["Bộ Tài chính", "Bộ Giáo dục và Đào tạo"]


def test_bodies_named_with_other_lower_case_words_give_directions() -> None:
    text = """Kiểm soát hàng hóa qua biên giới

Ngày 9/5/2024, các lực lượng họp về chống buôn lậu.

Tổng cục Hải quan yêu cầu các cục kiểm tra chặt xe chở hàng.

Bộ Công an đề nghị các tỉnh lập chốt ở đường mòn.

Sở Xây dựng chỉ đạo các phòng rà soát giấy phép.
"""
    bodies = [s.body.person.name for s in signals_of(text) if s.body is not None]
    assert bodies == ["Tổng cục Hải quan", "Bộ Công an", "Sở Xây dựng"]


def test_a_body_that_will_give_directions_is_a_directing_body() -> None:
    # A body's pledge to direct others ("sẽ chỉ đạo", "sẽ khẩn trương yêu cầu") commits it as
    # the guideline's commitments do.
    text = """Xử lý bằng giả

Ngày 12/6/2024, báo chí phản ánh việc dùng bằng giả ở một số xã.

Thời gian tới, UBND huyện sẽ khẩn trương chỉ đạo các phòng xác minh hồ sơ.

Sở Nội vụ sẽ yêu cầu các xã báo cáo trước ngày 30/6.
"""
    sigs = [s for s in signals_of(text) if s.body is not None]
    assert [s.body.person.name for s in sigs] == ["UBND huyện", "Sở Nội vụ"]


def test_an_answer_in_quotes_is_the_answerers_voice() -> None:
    text = """Thủ tướng tiếp xúc cử tri

Sáng 4/4/2024, Thủ tướng Lê Văn Thành tiếp xúc cử tri quận Ba Đình.

Thủ tướng trả lời: “Tôi nhất trí quy hoạch đô thị phải tốt hơn. Hà Nội phải làm tốt hơn công tác quản lý đô thị”.
"""
    quoted = [s for s in signals_of(text) if s.quote is not None]
    assert [s.sentence.text[:12] for s in quoted] == ["Thủ tướng tr", "Hà Nội phải "]
    assert {s.quote.person.name for s in quoted if s.quote} == {"Lê Văn Thành"}


def test_words_said_before_a_trailing_speaker_are_read_for_directions() -> None:
    text = """Hội nghị tiếp công dân

Sáng 4/4/2024, Phó Tổng Thanh tra Chính phủ Trần Văn Ba chủ trì hội nghị tiếp công dân.

Các địa phương phải rà soát quy chế tiếp công dân, ông Ba nhấn mạnh.

Số đơn thư năm nay giảm nhiều so với năm trước, ông Ba nói thêm.
"""
    wants = {s.sentence.text[:12]: s.speaker_wants for s in signals_of(text) if s.speaker is not None
             and s.speaker.kind == "speech"}
    assert wants == {"Các địa phươ": True, "Số đơn thư n": False}


def test_a_subject_with_its_title_between_commas_speaks() -> None:
    text = """Đối thoại với thí sinh

Sáng 4/4/2024, UBND tỉnh tổ chức đối thoại với thí sinh thi công chức.

Ông Lâm Hải Nam, Phó Chủ tịch UBND tỉnh, chủ trì buổi đối thoại, đề nghị các sở trả lời thí sinh trong tuần.
"""
    sig = signals_of(text)[-1]
    # ("…, chủ trì buổi đối thoại, đề nghị …": after the bare comma the subject directs.)
    assert sig.directive is not None and sig.directive.person.name == "Lâm Hải Nam" and sig.directive.official


def test_a_quote_closed_by_a_pronoun_is_the_last_speakers() -> None:
    text = """Đối thoại với người dân về bãi rác

Sáng 5/5/2024, Phó Chủ tịch UBND thành phố Đỗ Minh Khang đối thoại với người dân phường Tân An.

Ông Đỗ Minh Khang cho rằng những phản ánh của bà con là có cơ sở.

“Thành phố sẽ giám sát chặt việc xử lý rác. Quận phải báo cáo kết quả trước tháng 6”, ông khẳng định.

Ông nhấn mạnh: “Các phường cần có nước sạch ngay trong năm nay”.
"""
    quoted = {s.sentence.text[:12]: s.quote.person.name for s in signals_of(text) if s.quote is not None}
    assert quoted == {"“Thành phố s": "Đỗ Minh Khang", "Quận phải bá": "Đỗ Minh Khang",
                      "Ông nhấn mạn": "Đỗ Minh Khang"}


def test_a_quote_closed_by_a_pronoun_is_not_someone_its_own_words_name() -> None:
    text = """Chấn chỉnh xe công

Sáng 7/2/2024, Chủ tịch UBND tỉnh Trần Văn Bình họp với các sở về việc dùng xe công.

Ông Trần Văn Bình cho rằng việc dùng xe công đi lễ vẫn còn.

“Bộ trưởng Lê Minh Hòa đã yêu cầu không dùng xe công đi lễ. Các sở phải kiểm tra từng xe. Ai vi phạm phải xử lý ngay”, ông nói.
"""
    quoted = {s.sentence.text[:12]: s.quote.person.name for s in signals_of(text) if s.quote is not None}
    assert quoted == {"“Bộ trưởng L": "Trần Văn Bình", "Các sở phải ": "Trần Văn Bình",
                      "Ai vi phạm p": "Trần Văn Bình"}


def test_a_directive_verb_the_subject_goes_on_to_later_makes_them_direct() -> None:
    text = """Bộ trưởng trả lời chất vấn

Sáng 6/6/2024, Bộ trưởng Nội vụ Lê Văn Ba trả lời chất vấn của đại biểu Quốc hội.

Bộ trưởng Lê Văn Ba nhận thiếu sót trong công tác bổ nhiệm cán bộ, đồng thời yêu cầu các vụ rà soát quy trình.

Bộ trưởng Lê Văn Ba nhắc lại ý kiến của ông Trần Văn Tư và đề nghị giữ nguyên quy định.
"""
    sigs = {s.sentence.text[:30]: s for s in signals_of(text)}
    owned = sigs["Bộ trưởng Lê Văn Ba nhận thiếu"].directive
    assert owned is not None and owned.person.name == "Lê Văn Ba"
    # Someone else is named before the verb: whose proposal it is stays open.
    assert sigs["Bộ trưởng Lê Văn Ba nhắc lại ý"].directive is None


def test_a_directive_verb_closing_a_comment_only_says_how_it_was_said() -> None:
    text = """Họp về bộ máy

Sáng 5/4/2024, Bộ trưởng Nội vụ Đào Văn Hưng chủ trì cuộc họp về sắp xếp bộ máy.

“Trung ương đi đếm từng cấp phó ở xã thì thật không hợp lý”, Bộ trưởng lưu ý.

“Các tỉnh phải báo cáo số cấp phó trước ngày 30/4”, Bộ trưởng yêu cầu.

Bản báo cáo này được Bộ trưởng lưu ý.
"""
    sigs = signals_of(text)
    kinds = {s.sentence.text[:14]: (s.directive is not None, s.speaker is not None) for s in sigs}
    assert kinds["“Trung ương đi"] == (False, True)
    assert kinds["“Các tỉnh phải"] == (True, False)
    # "… được Bộ trưởng lưu ý.": what the minister stressed stays a direction.
    assert kinds["Bản báo cáo nà"] == (True, False)


@pytest.mark.parametrize(
    ("title", "official"),
    [
        ("Chủ tịch Tập đoàn Xây dựng Hòa Bình", False),
        ("Chủ tịch Hội Kiến trúc sư Việt Nam", False),
        ("Viện trưởng Viện Nghiên cứu phát triển", False),
        ("Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam", False),
        ("Giám đốc điều hành", False),
        ("Chủ tịch Hội đồng nhân dân tỉnh", True),
        ("Chủ tịch Hội Nông dân tỉnh", True),
        ("Viện trưởng Viện Kiểm sát nhân dân tỉnh", True),
    ],
)
def test_the_officers_of_companies_associations_and_institutes_direct_no_one(title: str, official: bool) -> None:
    assert is_official(Person(name="Trần Văn Nam", title=title), frozenset()) is official


def test_directing_or_concluding_a_meeting_is_chairing_it() -> None:
    text = """Hội nghị ngành hải quan

Sáng 8/1/2024, Tổng cục trưởng Tổng cục Hải quan Lê Văn Tâm chỉ đạo Hội nghị triển khai nhiệm vụ năm 2024.

Tổng cục trưởng Lê Văn Tâm kết luận hội nghị và yêu cầu các cục rà soát quy trình thông quan.

Tổng cục trưởng Lê Văn Tâm yêu cầu hội nghị thống nhất kế hoạch trong tháng 1.
"""
    sigs = signals_of(text)
    assert sigs[0].directive is None
    # "… kết luận hội nghị và yêu cầu …": the later verb is the one that directs.
    directive = sigs[1].directive
    assert directive is not None and directive.person.name == "Lê Văn Tâm"
    assert sigs[1].sentence.text[directive.clause_start:].lstrip().startswith("các cục")
    assert sigs[2].directive is not None


def test_a_wish_that_a_unit_act_asks_for_action() -> None:
    text = """Hội nghị tổng kết của Văn phòng Bộ

Sáng 8/1/2024, Bộ trưởng Lê Minh Khoa dự hội nghị tổng kết công tác năm của Văn phòng Bộ.

Bộ trưởng Lê Minh Khoa mong muốn cán bộ Văn phòng Bộ nâng cao đạo đức công vụ, nêu gương trong công tác.

Bộ trưởng Lê Minh Khoa khẳng định Văn phòng Bộ đã chuẩn bị tốt các hội nghị.
"""
    wants = {s.sentence.text[:25]: s.speaker_wants for s in signals_of(text) if s.speaker is not None
             and s.speaker.kind == "speech"}
    assert wants == {"Bộ trưởng Lê Minh Khoa mo": True, "Bộ trưởng Lê Minh Khoa kh": False}
