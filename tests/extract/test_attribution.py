"""Who assigns each task: attribution rules on reports written for the tests."""
from __future__ import annotations

from briefing.extract.people import find_mentions
from briefing.extract.signals import analyse

from .conftest import segmented_text, tasks_when


def _who(text: str, *starts: str) -> list[str | None]:
    tasks = tasks_when(text, lambda t: t.startswith(starts))
    return [t.assigner.name if t.assigner else None for t in tasks]


def test_a_numbered_body_stays_inside_the_title() -> None:
    text = "Phát biểu, Chánh Văn phòng Ban Chỉ đạo 127 quốc gia Lương Văn Khải cho biết kết quả."
    (m,) = find_mentions(text)
    assert m.name == "Lương Văn Khải"
    assert m.title == "Chánh Văn phòng Ban Chỉ đạo 127 quốc gia"
    (c,) = find_mentions("Ông Đào Minh Trí - Chi cục trưởng Chi cục Thủy sản tỉnh Hòa Lạc, cho biết.")
    assert c.name == "Đào Minh Trí" and c.title == "Chi cục trưởng Chi cục Thủy sản tỉnh Hòa Lạc"


LIST = """Bộ trưởng làm việc với Bộ Xây dựng

Chiều 3/4, Bộ trưởng Bộ Kế hoạch Lâm Quốc Bảo truyền đạt các vấn đề Thủ tướng giao Bộ Xây dựng.

Vấn đề thứ nhất, Thủ tướng lưu ý Bộ Xây dựng sớm hoàn thiện quy hoạch vùng.

Bộ trưởng Lâm Quốc Bảo nhấn mạnh cần rà soát lại các dự án chậm tiến độ.

Vấn đề thứ hai là nhà ở xã hội, cần đơn giản hóa thủ tục cho người mua.

Phải công khai danh sách dự án đủ điều kiện.
"""


def test_later_points_of_a_list_belong_to_whoever_opened_it() -> None:
    who = _who(LIST, "Vấn đề", "Bộ trưởng Lâm", "Phải")
    assert who == ["Thủ tướng", "Lâm Quốc Bảo", "Thủ tướng", "Thủ tướng"]


DOCUMENT = """Chỉ thị về phòng chống dịch bệnh gia súc

Thủ tướng Chính phủ vừa ban hành Chỉ thị về phòng chống dịch bệnh gia súc.

Thủ tướng Chính phủ yêu cầu Bộ Nông nghiệp chủ trì theo dõi diễn biến dịch bệnh.

Bộ Công Thương chỉ đạo lực lượng quản lý thị trường kiểm soát việc vận chuyển gia súc.

Các địa phương tổ chức tiêu hủy gia súc bệnh đúng quy định.
"""


def test_a_body_amid_an_unnamed_offices_directions_is_directed_not_speaking() -> None:
    assert _who(DOCUMENT, "Thủ tướng Chính phủ yêu", "Bộ Công", "Các địa") == ["Thủ tướng Chính phủ"] * 3


ROUNDUP = """Tàu cá nằm bờ

Tại tỉnh Đông Hải, ngư dân phản ánh nhiều tàu hư hỏng.

Phó Chủ tịch UBND tỉnh Đông Hải Trịnh Văn Lâm nói sẽ làm rõ trách nhiệm.

Ở tỉnh Nam Sơn, tình hình cũng tương tự.

Ngày 2/5, UBND tỉnh Nam Sơn cho biết đã làm việc với các doanh nghiệp đóng tàu.

Tỉnh cũng cần sớm có phương án hỗ trợ ngư dân.

Sau đó, UBND tỉnh Nam Sơn đề nghị các doanh nghiệp bảo hành tàu trong 30 ngày.
"""


def test_a_body_speaks_for_itself_after_a_guessed_continuation() -> None:
    # The body's sentence follows a task whose speaker was only guessed from the floor:
    # it is not inside anyone's run of directions.
    who = _who(ROUNDUP, "Tỉnh cũng", "Sau đó")
    assert who[-1] == "UBND tỉnh Nam Sơn"


def test_the_person_after_a_verb_of_direction_is_directed() -> None:
    text = """Bàn về sân bay

Thủ tướng kết luận cần mở rộng sân bay.

Giao Bộ trưởng Bộ Giao thông chỉ đạo lập phương án trong 6 tháng.
"""
    assert _who(text, "Thủ tướng", "Giao") == ["Thủ tướng", "Thủ tướng"]


def test_an_office_after_cua_belongs_to_the_subjects_title() -> None:
    text = """Làm việc với Bộ Nội vụ

Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Đỗ Văn Hưng làm việc với Bộ Nội vụ.

Chủ tịch Hội đồng tư vấn của Thủ tướng nhấn mạnh cần quản lý biên chế chặt hơn.
"""
    an = analyse(segmented_text(text))
    sig = an.sentences[-1]
    assert sig.speaker is not None and sig.speaker.person.name != "Thủ tướng"


def test_a_body_committing_itself_before_anyone_speaks() -> None:
    text = """Hải quan triển khai nhiệm vụ

Năm qua, thu ngân sách qua cửa khẩu tăng 12%.

Để hoàn thành chỉ tiêu năm tới, Cục Hải quan Tây Sơn sẽ tập trung cải cách thủ tục.

Phó Tổng cục trưởng Tổng cục Hải quan Đoàn Văn Phú ghi nhận kết quả.
"""
    assert _who(text, "Để hoàn") == ["Cục Hải quan Tây Sơn"]


def test_a_given_name_resolves_to_a_full_name_written_without_a_known_title() -> None:
    text = """Hồ điều tiết

Trưởng nhóm khảo sát chương trình chống ngập Lưu Đức Toàn cho biết hồ đã được ngăn.

"Trung tâm sẽ báo cáo thành phố trước khi vận hành" - ông Toàn nói.
"""
    assert _who(text, '"Trung tâm') == ["Lưu Đức Toàn"]


def test_an_unnamed_leadership_directs_unless_a_named_leader_goes_on() -> None:
    alone = """Dự án ven biển

Dự án đã hoàn thành thủ tục đầu tư.

Riêng dự án phía bắc, lãnh đạo thành phố đã yêu cầu chủ đầu tư tăng diện tích cây xanh.
"""
    assert _who(alone, "Riêng") == ["lãnh đạo thành phố"]
    continued = """Trạm xử lý rác

Phó Chủ tịch UBND thành phố Hồ Văn Nhất yêu cầu di dời trạm xử lý rác trong năm nay.

Lãnh đạo UBND thành phố cũng chỉ đạo Sở Y tế theo dõi sức khỏe người dân.
"""
    assert _who(continued, "Phó Chủ", "Lãnh đạo") == ["Hồ Văn Nhất", "Hồ Văn Nhất"]


def test_the_first_person_after_an_opening_of_several_clauses_speaks() -> None:
    text = """Điều hành giá

Thứ trưởng Bộ Công Thương Lý Minh Hải cho biết hàng hóa Tết đã đủ.

Đồng tình với các thành viên, nhất là về kịch bản giá, Phó Thủ tướng Đinh Quốc Bình đặt ra mục tiêu giữ lạm phát dưới 4%.
"""
    assert _who(text, "Đồng tình") == ["Đinh Quốc Bình"]


DIRECTIVE_DOC = """Tăng cường phòng chống cháy rừng

Thủ tướng Chính phủ vừa ban hành Chỉ thị số 12/CT-TTg về tăng cường phòng chống cháy rừng mùa khô.

Theo Viện trưởng Viện Lâm nghiệp Trần Văn Minh, diện tích rừng bị cháy năm qua đã giảm.

Chỉ thị yêu cầu các bộ, ngành, địa phương rà soát phương án chữa cháy rừng trước ngày 30/4.

Cụ thể, các tỉnh phải bố trí lực lượng trực cháy 24/24 giờ trong mùa khô.
"""


def test_a_document_speaks_for_whoever_issued_it() -> None:
    an = analyse(segmented_text(DIRECTIVE_DOC))
    body = an.sentences[2].body
    assert body is not None and body.person.label() == "Thủ tướng Chính phủ"
    assert _who(DIRECTIVE_DOC, "Chỉ thị", "Cụ thể") == ["Thủ tướng Chính phủ", "Thủ tướng Chính phủ"]


RELAYED = """Bộ Nội vụ đôn đốc sắp xếp cấp phó

Vụ trưởng Vụ Tổ chức Phạm Văn Hòa cho biết Bộ đang tổng hợp số liệu từ các địa phương.

“Thủ tướng đã có văn bản chỉ đạo các tỉnh giảm số lượng cấp phó trước tháng 9.

Các tỉnh phải gửi báo cáo trước ngày 15/8 để Bộ tổng hợp.

Chúng tôi vẫn đang chờ số liệu của nhiều nơi”, ông Hòa thông tin.
"""


def test_a_quotation_relaying_directions_goes_on_with_the_directing_official() -> None:
    assert _who(RELAYED, "“Thủ tướng", "Các tỉnh") == ["Thủ tướng", "Thủ tướng"]


def test_a_later_point_not_itself_a_task_hands_the_floor_back_to_the_list_owner() -> None:
    text = LIST.replace("Phải công khai", "Cần công khai")
    assert _who(text, "Vấn đề thứ nhất", "Cần") == ["Thủ tướng", "Thủ tướng"]
