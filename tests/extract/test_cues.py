"""Cue lexicons: which openings read as a direction, which words give one and which only name one."""
from __future__ import annotations

import pytest

from briefing.extract.cues import ACTION_START, CONTINUATION, DIRECTIVE_RE, MODAL


@pytest.mark.parametrize(("text", "directs"), [
    ("Giao Bộ Xây dựng chủ trì rà soát quy hoạch.", True),
    ("Giao các địa phương hoàn thành trước tháng 6.", True),
    ("Giao thông trên tuyến đường này thường ùn tắc.", False),
    ("Giao lưu văn hóa giữa hai tỉnh diễn ra sôi nổi.", False),
])
def test_a_bare_giao_with_its_assignee_opens_a_direction(text: str, directs: bool) -> None:
    assert bool(ACTION_START.match(text)) is directs


@pytest.mark.parametrize(("text", "directs"), [
    ("Bố trí đủ vốn đối ứng cho các công trình thủy lợi.", True),
    ("Khảo sát, đánh giá lại hiện trạng các trường học xuống cấp.", True),
    ("Tiếp nhận phản ánh của người dân và chuyển cơ quan có thẩm quyền xử lý.", True),
    ("Trình Ủy ban nhân dân tỉnh phương án sắp xếp lại các trạm y tế.", True),
    ("Trình độ cán bộ cơ sở còn nhiều hạn chế.", False),
    ("Trình tự cấp phép được rút gọn còn ba bước.", False),
])
def test_less_common_bare_verbs_open_a_direction(text: str, directs: bool) -> None:
    assert bool(ACTION_START.match(text)) is directs



@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ trưởng yêu cầu các sở rà soát hồ sơ tồn đọng.",
        "Phó Chủ tịch tỉnh đề nghị huyện khẩn trương giải phóng mặt bằng.",
        "Chủ tịch UBND huyện chốt lại ba việc cần làm ngay.",
        "Về dự thảo luật, Ủy ban đề nghị cơ quan soạn thảo bổ sung quy định chuyển tiếp.",
        "Thứ trưởng gợi mở cho Sở Y tế hướng sắp xếp lại mạng lưới trạm y tế xã.",
    ],
)
def test_a_directive_verb_gives_a_direction(sentence: str) -> None:
    assert DIRECTIVE_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhờ sự chỉ đạo sát sao của tỉnh, huyện đã hoàn thành kế hoạch.",
        "Tiếp thu ý kiến chỉ đạo, Giám đốc Sở hứa sẽ nỗ lực.",
        "Phát biểu chỉ đạo tại hội nghị, Bí thư Tỉnh ủy biểu dương ngành y tế.",
        "Công trình đã đáp ứng yêu cầu kỹ thuật.",
        "Theo đề nghị của Sở Tài chính, dự án được điều chỉnh vốn.",
        "Hội nghị tập huấn cho 200 cán bộ chủ chốt của huyện.",
        "Đây là khâu then chốt của cả chương trình.",
        "Văn phòng Ủy ban chỉ đạo quốc gia về phòng chống thiên tai đã tổng hợp số liệu.",
        "Trưởng ban chỉ đạo chuyển đổi số của huyện cũng dự họp.",
        "Cử tri hỏi vì sao chậm công bố kết luận thanh tra dự án khu đô thị ven sông.",
    ],
)
def test_the_same_words_as_nouns_give_none(sentence: str) -> None:
    assert not DIRECTIVE_RE.search(sentence)


@pytest.mark.parametrize(("sentence", "obliges"), [
    ("Sự cố kéo dài như vậy thì chắc chắn phải có nguyên nhân từ khâu vận hành.", False),
    ("Còn nhiều hộ dân chưa có nhà ở ổn định là điều cần suy nghĩ.", False),
    ("Nhiều xã còn thiếu trường học là điều cần phải suy nghĩ.", False),
    ("Các bệnh viện phải báo cáo nguyên nhân sự cố trước ngày 15/8.", True),
    ("Điều cần làm ngay là các sở phải rà soát toàn bộ hồ sơ.", True),
    ("Nếu quy hoạch tốt thì chưa chắc phải di dời nhiều hộ dân như vậy.", False),
    ("Sở đã có kết luận, đâu phải cứ muốn làm lại là làm được ngay.", False),
    ("Chẳng phải năm nào tỉnh cũng được giao nhiều vốn như vậy.", False),
    ("Dự án gặp phải nhiều vướng mắc về mặt bằng.", False),
    ("Tổng nợ phải trả của công ty là 300 tỷ đồng.", False),
    ("Tiểu ban hậu cần đã chuẩn bị đủ phương tiện.", False),
    ("Nhiều doanh nghiệp đang phải vay vốn với lãi suất cao.", False),
    ("Chỉ cần một sai sót nhỏ là hồ sơ bị trả lại.", False),
    ("Các quy định lạc hậu cần được bãi bỏ ngay trong năm nay.", True),
])
def test_an_inference_or_a_named_matter_is_no_obligation(sentence: str, obliges: bool) -> None:
    assert bool(MODAL.search(sentence)) is obliges


@pytest.mark.parametrize(("sentence", "obliges"), [
    ("Số thu của cục đạt 112% chỉ tiêu phấn đấu cả năm.", False),
    ("Nhờ sự nỗ lực phấn đấu của cán bộ, đơn vị đã về đích sớm.", False),
    ("Lãnh đạo hai thành phố khẳng định quyết tâm đưa dự án về đích.", False),
    ("Với quyết tâm chính trị cao, tỉnh đã giải phóng xong mặt bằng.", False),
    ("Bà Lê Thị Quyết Tâm, Chủ tịch HĐND quận, cho biết như vậy.", False),
    ("Năm qua, chi cục đã cải tiến quy trình để phấn đấu về đích sớm.", False),
    ("Sở đã mở thêm hai điểm tiếp nhận nhằm phấn đấu giảm thời gian chờ.", False),
    ("Các cục hải quan phấn đấu hoàn thành chỉ tiêu thu ngân sách.", True),
    ("Quyết tâm đưa cao tốc vào khai thác trong năm nay.", True),
])
def test_a_target_or_a_resolve_named_is_no_obligation(sentence: str, obliges: bool) -> None:
    assert bool(MODAL.search(sentence)) is obliges


@pytest.mark.parametrize(("sentence", "obliges"), [
    ("Vì thế, ngành y tế phải thường xuyên vất vả ứng phó với dịch bệnh.", False),
    ("Đây là gánh nặng vì thành phố phải gánh cho các tỉnh lân cận.", False),
    ("Người dân phải chờ hàng tháng mới được cấp sổ đỏ.", False),
    ("Hộ dân ven sông phải chịu ngập úng suốt mùa mưa.", False),
    ("Giám đốc sở phải chịu trách nhiệm trước Chủ tịch tỉnh.", True),
    ("Các sở phải chủ động rà soát hồ sơ tồn đọng.", True),
])
def test_a_burden_borne_is_no_obligation(sentence: str, obliges: bool) -> None:
    assert bool(MODAL.search(sentence)) is obliges


@pytest.mark.parametrize(("sentence", "obliges"), [
    ("Chỉ có 12 tỉnh đưa ra quy định cấm ghi âm tại nơi tiếp dân.", False),
    ("Việc cấm xe tải vào nội đô gây nhiều tranh cãi.", False),
    ("Thành phố đã cấm xe tải vào nội đô từ năm 2015.", False),
    ("Nghiêm cấm cán bộ nhận quà dưới mọi hình thức.", True),
    ("Lực lượng chức năng thu giữ hai xe tải chở gỗ cấm xuất khẩu.", False),
    ("Cảng đang lưu giữ 15 container phế liệu cấm nhập khẩu, chờ tái xuất.", False),
    ("Bộ trưởng cấm nhập khẩu phế liệu chưa qua xử lý.", True),
])
def test_a_ban_named_or_in_force_is_no_obligation(sentence: str, obliges: bool) -> None:
    assert bool(MODAL.search(sentence)) is obliges


@pytest.mark.parametrize(("sentence", "obliges"), [
    ("Cách làm ấy là không được.", False),
    ("Ông nói chỉ giao chỉ tiêu mà không hướng dẫn thì không được, cơ sở sẽ lúng túng.", False),
    ("Cán bộ không được nhận quà của doanh nghiệp.", True),
])
def test_not_acceptable_is_a_verdict_not_a_ban(sentence: str, obliges: bool) -> None:
    assert bool(MODAL.search(sentence)) is obliges


@pytest.mark.parametrize(("sentence", "obliges"), [
    ("Phó Chủ tịch cho rằng nên rà soát lại toàn bộ quy hoạch.", True),
    ("Theo ông, tỉnh nên ưu tiên vốn cho giao thông nông thôn.", True),
    ("Đại biểu đề nghị Chính phủ nên quan tâm hơn tới vùng cao.", True),
    ("Dự án chậm nên công tác giải ngân chưa đạt yêu cầu.", False),
])
def test_nen_before_an_action_advises(sentence: str, obliges: bool) -> None:
    assert bool(MODAL.search(sentence)) is obliges


@pytest.mark.parametrize("sentence", [
    "Riêng Bộ Tài chính cần sớm trình phương án phân bổ vốn.",
    "Đối với Bộ Xây dựng, cần hoàn thiện quy chuẩn trước tháng 9.",
])
def test_a_fronted_assignee_continues_the_directions(sentence: str) -> None:
    assert CONTINUATION.match(sentence)


@pytest.mark.parametrize(("text", "advice"), [
    ("Các tỉnh nên tổ chức lại mạng lưới trạm y tế xã.", True),
    ("Sở nên chú trọng đào tạo cán bộ trẻ.", True),
    ("Cảng có công suất lớn nên Tổng cục rất quan tâm.", False),
    ("Thời gian gấp nên chúng tôi chưa kịp trả lời.", False),
])
def test_nen_advises_only_before_a_whole_word_of_advice(text: str, advice: bool) -> None:
    assert bool(MODAL.search(text)) is advice


@pytest.mark.parametrize(("text", "directs"), [
    ("Thủ tướng giao Bộ Tài chính rà soát các khoản chi.", True),
    ("Bộ chậm tham mưu cho Thủ tướng giao vốn đầu tư công.", False),
    ("Dự án chậm vì chưa có quyết định thu hồi đất, giao đất.", False),
])
def test_giao_that_allocates_funds_or_land_gives_no_task(text: str, directs: bool) -> None:
    assert bool(DIRECTIVE_RE.search(text)) is directs


@pytest.mark.parametrize(("text", "directs"), [
    ("Các cấp ủy cần tăng cường sự lãnh đạo, chỉ đạo đối với các cuộc vận động.", False),
    ("Tổng cục luôn nhận được sự quan tâm, chỉ đạo sát sao của lãnh đạo Bộ.", False),
    ("Tỉnh ủy lãnh đạo, chỉ đạo các cấp ủy rà soát đảng viên.", True),
])
def test_a_directive_verb_listed_after_su_is_a_noun(text: str, directs: bool) -> None:
    assert bool(DIRECTIVE_RE.search(text)) is directs
