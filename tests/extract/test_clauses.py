"""How a sentence reads: direction, result, pledge, prediction or comment."""
from __future__ import annotations

import re

import pytest

from briefing.extract.clauses import (
    acts_after,
    explains,
    looks_directive,
    prediction,
    reads_as_result,
    states_first,
    states_only,
    unit_subject,
)
from briefing.extract.cues import MODAL


@pytest.mark.parametrize(
    "sentence",
    [
        "Bên cạnh đó, cần tăng cường kiểm tra hệ thống đê điều.",
        "Tập trung huấn luyện lực lượng cứu hộ.",
        "Thứ hai, rà soát toàn bộ quy hoạch.",
        "Sở Y tế tăng cường kiểm tra an toàn thực phẩm.",
    ],
)
def test_directions_without_a_speaker(sentence: str) -> None:
    assert looks_directive(sentence) and not reads_as_result(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm qua, toàn tỉnh đã phát hiện 120 vụ vi phạm.",
        "Nếu chậm trễ, chúng ta sẽ mất cơ hội và không để ai bị bỏ lại.",
        "Đây là nhiệm vụ nặng nề vì tỉnh phải gánh nhiều việc.",
        "Tập trung xử lý rác ở các xã vẫn còn rất chậm.",
    ],
)
def test_accounts_predictions_and_comments(sentence: str) -> None:
    assert reads_as_result(sentence)


def test_prediction_needs_if_and_will_before_any_obligation() -> None:
    assert prediction("Nếu làm tốt, tỉnh sẽ thu hút thêm đầu tư.")
    assert not prediction("Nếu cần, huyện phải báo cáo và sẽ được hỗ trợ.")
    assert not prediction("Tỉnh sẽ thu hút thêm đầu tư.")


def test_what_a_speaker_affirms() -> None:
    assert states_first("đơn vị sẽ nỗ lực hoàn thành, phải vượt chỉ tiêu")
    assert states_first("ngành đã tổ chức tốt việc thu, cần giữ vững")
    assert not states_first("năm qua đơn vị đã đạt nhiều kết quả, nhưng cần tiếp tục cải cách")
    assert not states_first("các sở cần rà soát, đã có hướng dẫn")
    assert states_only("Việc thu gom rác vẫn còn rất lộn xộn.")
    assert not states_only("Các xã phải thu gom rác hằng ngày.")


@pytest.mark.parametrize(
    ("clause", "mark", "acts"),
    [
        ("các tỉnh cần rà soát lại danh mục dự án", "cần", True),
        ("việc này cần nhiều thời gian và nguồn lực", "cần", False),
        ("sở sẽ tổ chức đoàn kiểm tra liên ngành", "sẽ", True),
        ("giá xăng sẽ giảm nhẹ trong tháng tới", "sẽ", False),
        ("các chính sách lạc hậu phải được rà soát", "phải", True),
        ("huyện cần hết sức chú trọng công tác dân vận", "cần", True),
        ("các đơn vị cần có kế hoạch cụ thể", "cần", True),
        ("dự án cần có thêm vốn", "cần", False),
        ("huyện sẽ trợ giúp pháp lý cho các hộ dân", "sẽ", True),
        ("sở sẽ mời các doanh nghiệp đến đối thoại", "sẽ", True),
        ("bộ trưởng sẽ trả lời bằng văn bản", "sẽ", True),
        ("thành phố sẽ làm việc với tỉnh bạn về nguồn thải", "sẽ", True),
        ("nhà nước phải phân định rõ việc công và việc tư", "phải", True),
        ("nếu đúng là rào cản thì các bộ phải cân nhắc, xem xét bãi bỏ", "phải", True),
        ("thành phố cần tạo ra những công trình có giá trị kết nối", "cần", True),
        ("dự án sẽ tạo ra hàng nghìn việc làm", "sẽ", False),
        ("sở phải bàn với tỉnh bạn để khắc phục ô nhiễm", "phải", True),
        ("các sở sẽ họp bàn để tham mưu cho thành phố", "sẽ", True),
        ("việc này sẽ giúp người dân yên tâm", "sẽ", False),
        ("tình hình sẽ khó khăn hơn trong năm tới", "sẽ", False),
        ("chi cục sẽ làm việc trực tiếp với các hợp tác xã", "sẽ", True),
        ("tổ công tác phải trực tiếp kiểm tra từng kho hàng", "phải", True),
        ("mưa lớn sẽ trực tiếp ảnh hưởng tới vụ lúa", "sẽ", False),
    ],
)
def test_what_follows_a_modal_or_will_is_an_action_or_a_state(clause: str, mark: str, acts: bool) -> None:
    assert acts_after(clause, clause.index(mark) + len(mark)) is acts


@pytest.mark.parametrize(
    ("clause", "unit"),
    [
        ("các tỉnh cần rà soát lại danh mục dự án", True),
        ("Trong thời gian tới, UBND các huyện phải chỉ đạo quyết liệt hơn", True),
        ("Đồng thời lưu ý các địa phương cần chủ động phương án ứng phó", True),
        ("chúng ta phải làm tốt hơn nữa", True),
        ("Thái Nguyên cần phát huy lợi thế về công nghiệp", True),
        ("việc này cần nhiều thời gian", False),
        ("giá thức ăn chăn nuôi phải giảm mới có lãi", False),
        ("cần khẩn trương hoàn thiện hồ sơ", False),
        ("Nếu các dự án chậm tiến độ thì phải thu hồi", False),
        ("Việt Nam cần cải thiện hơn nữa môi trường kinh doanh", False),
        ("Trong thời gian tới đất nước phải có bước chuyển mạnh", False),
        ("Sở đã đề ra 5 nhiệm vụ trọng tâm cần thực hiện trong năm", False),
    ],
)
def test_a_unit_as_the_subject_of_a_modal(clause: str, unit: bool) -> None:
    modal = MODAL.search(clause)
    assert modal is not None and unit_subject(clause, modal.start()) is unit


@pytest.mark.parametrize(("clause", "cause"), [
    ("giải ngân chậm chủ yếu do các thủ tục đầu tư phải tuân thủ trình tự kéo dài", True),
    ("người dân bức xúc vì phải nộp quá nhiều giấy tờ để được cấp giấy phép", True),
    ("nguyên nhân là các dự án mới cần được thẩm định lại", True),
    ("tình hình còn phức tạp, vì vậy các tỉnh phải chủ động phòng chống", False),
    ("do nguồn vốn hạn chế nên các bộ cần ưu tiên dự án cấp bách", False),
    ("các sở cần rà soát ngay những dự án chậm tiến độ", False),
])
def test_an_obligation_inside_a_cause_explains(clause: str, cause: bool) -> None:
    assert explains(clause) is cause


@pytest.mark.parametrize(("sentence", "directs"), [
    ("Phó Thủ tướng cho biết, Đề án cũng đặt ra việc nghiên cứu cơ chế tự chủ.", False),
    ("Bộ trưởng Trần Văn An phát biểu chỉ đạo tại hội nghị.", False),
    ("Bộ trưởng nhấn mạnh, các tỉnh tăng cường kiểm tra an toàn thực phẩm.", True),
])
def test_the_speaker_is_no_subject_of_the_action_they_report(sentence: str, directs: bool) -> None:
    assert looks_directive(sentence) is directs


@pytest.mark.parametrize(("clause", "acts"), [
    ("các tỉnh cần nỗ lực hơn nữa trong cải thiện môi trường kinh doanh", False),
    ("các cấp phải hết sức cố gắng và nỗ lực.", False),
    ("các sở cần tiếp tục nỗ lực, thực hiện đồng bộ các giải pháp thu ngân sách", True),
    ("các sở phải nỗ lực hoàn thành dự toán thu", True),
])
def test_effort_alone_names_no_action(clause: str, acts: bool) -> None:
    modal = MODAL.search(clause)
    assert modal is not None and acts_after(clause, modal.end()) is acts


@pytest.mark.parametrize(("clause", "acts"), [
    ("khi xảy ra sự cố thì phải tìm nguyên nhân để khắc phục", True),
    ("các trường cần tìm ra giải pháp giữ chân giáo viên", True),
    ("các huyện cần tìm giải pháp tiêu thụ nông sản cho bà con", True),
    ("doanh nghiệp phải tìm cách vượt khó", False),
])
def test_to_find_a_cause_or_a_solution_is_an_action(clause: str, acts: bool) -> None:
    modal = MODAL.search(clause)
    assert modal is not None and acts_after(clause, modal.end()) is acts


@pytest.mark.parametrize(("clause", "acts"), [
    ("khi nhà máy hoàn thành thì sẽ xử lý xong mùi hôi của con kênh", False),
    ("cây cầu mới sẽ giảm được ùn tắc ở cửa ngõ phía Bắc", False),
    ("sở sẽ xử lý các vi phạm trong tháng tới", True),
    ("các sở phải giải quyết được vướng mắc của doanh nghiệp", True),
])
def test_what_will_be_done_or_managed_is_a_foreseen_outcome(clause: str, acts: bool) -> None:
    mark = re.search(r"(?<!\w)(?:sẽ|phải)(?!\w)", clause)
    assert mark is not None and acts_after(clause, mark.end()) is acts


@pytest.mark.parametrize(("sentence", "directs"), [
    ("Hồ Yên Lạc là hồ chứa lớn của tỉnh, được khởi công xây dựng vào năm 1985.", False),
    ("Cầu Tân Lộc bị bỏ dở nghiên cứu từ năm 2010.", False),
    ("Các trường được đầu tư xây dựng từ nguồn vốn ngân sách.", False),
    ("Sở Giao thông tập trung rà soát các tuyến kênh.", True),
])
def test_an_action_done_to_the_subject_is_no_direction(sentence: str, directs: bool) -> None:
    assert looks_directive(sentence) is directs
