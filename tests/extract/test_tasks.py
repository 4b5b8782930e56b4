"""Tasks, reports and attribution across sentences, on reports written for the tests."""
from __future__ import annotations

from briefing.extract import extract
from briefing.extract.assignees import find_assignees
from briefing.extract.clauses import looks_directive
from briefing.extract.signals import analyse

from .conftest import segmented_text, signals_of, tasks_when

CONTINUED = """Tỉnh họp bàn phòng chống thiên tai

Sáng 5/3/2024, UBND tỉnh Quảng Đông tổ chức hội nghị về công tác phòng chống thiên tai.

Phát biểu chỉ đạo, Chủ tịch UBND tỉnh Trịnh Văn Quang yêu cầu các sở, ngành rà soát phương án ứng phó bão lũ trước ngày 30/5.

Bên cạnh đó, cần tăng cường kiểm tra hệ thống đê điều, hồ chứa.

Chủ tịch UBND tỉnh Trịnh Văn Quang phát biểu tại hội nghị. Ảnh: Minh Anh

Tập trung huấn luyện lực lượng cứu hộ, chuẩn bị đủ vật tư, phương tiện tại chỗ.
"""


def test_continuation_across_paragraphs_and_past_a_caption() -> None:
    seg = segmented_text(CONTINUED)
    tasks = tasks_when(CONTINUED, lambda t: t.startswith(("Phát biểu", "Bên cạnh", "Tập trung")))
    # The caption is a paragraph of its own kind: not a sentence of the report's body.
    assert not any("Ảnh:" in s.sentence.text for s in signals_of(CONTINUED))
    assert [t.evidence[:20] for t in tasks] == [
        "Phát biểu chỉ đạo, C", "Bên cạnh đó, cần tăn", "Tập trung huấn luyện"]
    assert {t.assigner.name for t in tasks if t.assigner} == {"Trịnh Văn Quang"}
    assert [t.implicit_speaker for t in tasks] == [False, True, True]
    first = tasks[0]
    assert first.assignees == ("các sở, ngành",)
    assert first.deadline == "trước ngày 30/5"
    assert first.text.startswith("Rà soát phương án")
    for t in tasks:
        assert seg.document.text[t.start:t.end] == t.evidence


QUOTED = """Bộ trưởng làm việc với ngành giao thông

Chiều 12/4/2024, Bộ trưởng Bộ Giao thông vận tải Lương Văn Khánh làm việc với Cục Đường bộ.

“Tôi đề nghị Cục Đường bộ khẩn trương hoàn thành việc sửa chữa các cầu yếu. Chúng tôi sẽ không chấp nhận chậm trễ”, Bộ trưởng Lương Văn Khánh nói.

Giám đốc Ban Quản lý dự án Đinh Công Sơn cho biết, năm qua Ban đã giải ngân 95% kế hoạch vốn.

Bộ trưởng ghi nhận và đánh giá cao kết quả giải ngân của Ban.

Tại buổi làm việc, Cục Đường bộ kiến nghị Chính phủ bổ sung vốn cho dự án.
"""


def test_quote_attributed_after_it_and_first_person() -> None:
    tasks = tasks_when(QUOTED, lambda t: t.startswith("“Tôi đề nghị"))
    assert len(tasks) == 1
    task = tasks[0]
    assert task.evidence.startswith("“Tôi đề nghị Cục Đường bộ")
    assert task.assigner is not None and task.assigner.name == "Lương Văn Khánh"
    assert task.implicit_speaker  # the attribution is in the next sentence of the quote


def test_reports_assessments_and_upward_proposals_are_not_tasks() -> None:
    ex = extract(segmented_text(QUOTED))
    evidences = [t.evidence for t in ex.tasks]
    assert not any("giải ngân 95%" in e or "đánh giá cao" in e or "kiến nghị Chính phủ" in e for e in evidences)
    assert [(r.speaker.name if r.speaker else None) for r in ex.reports] == ["Đinh Công Sơn"]
    assert ex.reports[0].evidence.startswith("Giám đốc Ban Quản lý dự án")


def test_quote_introduced_before_it() -> None:
    text = ("Họp về an toàn thực phẩm\n\nBộ trưởng Bộ Y tế Đào Hồng Lam nhấn mạnh: “Các địa phương phải kiểm tra "
            "đột xuất các bếp ăn tập thể. Không để xảy ra ngộ độc hàng loạt.”\n")
    ex = extract(segmented_text(text))
    assert [t.assigner.name for t in ex.tasks if t.assigner] == ["Đào Hồng Lam", "Đào Hồng Lam"]


def test_a_body_as_assigner_resolves_to_its_named_head() -> None:
    text = ("Tỉnh chỉ đạo chống buôn lậu\n\nPhó Chủ tịch UBND tỉnh Hà Văn Lực ký công văn gửi các sở.\n\n"
            "UBND tỉnh yêu cầu Công an tỉnh tăng cường kiểm tra các tuyến biên giới.\n")
    tasks = tasks_when(text, lambda t: t.startswith("UBND tỉnh yêu cầu"))
    assert [t.assigner.name for t in tasks if t.assigner] == ["Hà Văn Lực"]


def test_journalist_sentence_with_a_modal_but_no_speaker_is_not_a_task() -> None:
    text = ("Giá rau tăng mạnh\n\nSáng nay, giá rau tại các chợ tăng 20% so với tuần trước.\n\n"
            "Người tiêu dùng cần cân nhắc khi mua sắm.\n")
    assert extract(segmented_text(text)).tasks == ()


def test_looks_directive_and_assignees() -> None:
    assert looks_directive("Đồng thời, tăng cường kiểm tra các cơ sở.")
    assert looks_directive("Thứ hai, các địa phương rà soát quy hoạch.")
    assert not looks_directive("Năm qua, doanh thu đạt 300 tỷ đồng.")
    assert find_assignees("các bộ, ngành, UBND các tỉnh phải báo cáo") == ("các bộ, ngành", "UBND các tỉnh")
    assert find_assignees("phải báo cáo") == ()


def test_one_sentence_two_speakers_gives_two_clauses() -> None:
    text = ("Họp về giá điện\n\nBộ trưởng Bộ Công Thương Trần Văn Hòa đề nghị các tập đoàn giữ ổn định giá, "
            "còn Thống đốc Ngân hàng Nhà nước Lâm Thị Vân yêu cầu các ngân hàng giảm lãi suất cho vay.\n")
    seg = segmented_text(text)
    ex = extract(seg)
    assert [(t.assigner.name if t.assigner else None) for t in ex.tasks] == ["Trần Văn Hòa", "Lâm Thị Vân"]
    first, second = ex.tasks
    assert first.evidence.endswith("giữ ổn định giá")
    assert second.evidence.startswith("còn Thống đốc")
    for t in ex.tasks:
        assert seg.document.text[t.start:t.end] == t.evidence


def test_article_recording_one_speech() -> None:
    text = ("Phát biểu của Bộ trưởng\n\n(PV) – Báo lược ghi phát biểu chỉ đạo của Bộ trưởng Bộ Nội vụ Tạ Minh Châu "
            "tại hội nghị tổng kết.\n\nNăm qua, ngành đã hoàn thành 95% kế hoạch.\n\nCác địa phương đã tinh giản 10% "
            "biên chế.\n\nKết quả tuyển dụng đạt 120% kế hoạch.\n\nThứ nhất, tiếp tục sắp xếp bộ máy tinh gọn.\n")
    an = analyse(segmented_text(text))
    assert an.recorded_speaker is not None and an.recorded_speaker.name == "Tạ Minh Châu"
    tasks = tasks_when(text, lambda t: t.startswith("Thứ nhất"))
    assert [t.evidence for t in tasks] == ["Thứ nhất, tiếp tục sắp xếp bộ máy tinh gọn."]
    assert tasks[0].assigner is not None and tasks[0].assigner.name == "Tạ Minh Châu"
    assert tasks[0].implicit_speaker


RECAP = """Không từ chối đăng ký giao dịch hợp pháp

Bộ trưởng Bộ Tư pháp Lý Văn Minh yêu cầu các cơ quan đăng ký không được từ chối giao dịch hợp pháp của người dân.

Bộ trưởng Lý Văn Minh đã chỉ đạo như trên khi chủ trì cuộc họp về dự thảo nghị định chiều 10/2/2024.

Cục trưởng Cục Đăng ký Hà Văn Tâm cho biết dự thảo đã qua ba lần lấy ý kiến.
"""


def test_a_recap_of_directions_is_not_a_task() -> None:
    ex = extract(segmented_text(RECAP))
    assert not any("như trên" in t.evidence for t in ex.tasks)
