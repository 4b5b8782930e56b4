"""Sentence splitting keeps offsets into the document."""
from __future__ import annotations

from briefing.text.segment import segment, split_sentences
from briefing.types import Document

TEXT = (
    "Tỉnh họp bàn về môi trường\n\n"
    "Sáng 5/3, Sở Tài nguyên và Môi trường họp. Giám đốc Sở cho biết tỷ lệ thu gom đạt 92,5%… "
    "Theo vnexpress.net, kết quả này cao hơn năm trước. “Phải làm ngay”, ông nói. Ảnh: Minh Anh\n"
    "Bên cạnh đó, cần tăng cường kiểm tra.\n"
)


def test_offsets_invariant_and_kinds() -> None:
    seg = segment(Document(text=TEXT, title="Tỉnh họp bàn về môi trường"))
    assert seg.paragraphs[0].kind == "title"
    for s in seg.sentences:
        assert TEXT[s.start:s.end] == s.text
    texts = [s.text for s in seg.sentences]
    assert "Giám đốc Sở cho biết tỷ lệ thu gom đạt 92,5%…" in texts  # split after "…", not inside 92,5
    assert any(t.startswith("Theo vnexpress.net, kết quả") for t in texts)  # no split in a domain name
    assert "“Phải làm ngay”, ông nói." in texts  # the closing quote stays with its sentence


def test_split_sentences_on_plain_text() -> None:
    para = "Câu thứ nhất. Câu thứ hai!"
    spans = split_sentences(para)
    assert [para[a:b] for a, b in spans] == ["Câu thứ nhất.", "Câu thứ hai!"]


def _pieces(para: str) -> list[str]:
    return [para[a:b] for a, b in split_sentences(para)]


def test_photo_credit_run_into_the_next_sentence_is_cut_after_the_credit() -> None:
    para = ("Bộ trưởng phát biểu tại hội nghị. Ảnh: VGP/Minh Hà Theo báo cáo, tỉnh đã hoàn thành 90% kế hoạch. "
            "Lãnh đạo hai tỉnh trao đổi - Ảnh: QUANG MINHHai bên thống nhất sẽ ký kết thỏa thuận hợp tác.")
    assert _pieces(para) == [
        "Bộ trưởng phát biểu tại hội nghị.", "Ảnh: VGP/Minh Hà", "Theo báo cáo, tỉnh đã hoàn thành 90% kế hoạch.",
        "Lãnh đạo hai tỉnh trao đổi - Ảnh: QUANG MINH", "Hai bên thống nhất sẽ ký kết thỏa thuận hợp tác.",
    ]
    # A sentence that opens with a title stays whole after the credit.
    para = "Đoàn thăm nhà máy. Ảnh: VGP/Thu Hà Phó Thủ tướng yêu cầu nhà máy bảo đảm an toàn lao động."
    assert _pieces(para)[-1] == "Phó Thủ tướng yêu cầu nhà máy bảo đảm an toàn lao động."
    # A short tail is the rest of the credit, not a sentence.
    assert _pieces("Bộ trưởng tiếp đoàn - Ảnh: Bộ Ngoại giao") == ["Bộ trưởng tiếp đoàn - Ảnh: Bộ Ngoại giao"]


def test_bracketed_credit_ends_its_caption() -> None:
    para = "Đoàn công tác kiểm tra công trường (ảnh Thu Hà) Chiều cùng ngày, đoàn đến thăm trường học."
    assert _pieces(para) == ["Đoàn công tác kiểm tra công trường (ảnh Thu Hà)",
                             "Chiều cùng ngày, đoàn đến thăm trường học."]


def test_run_in_subheading_is_cut_off_and_marked() -> None:
    text = ("Tỉnh họp về tài chính\n"
            "Sở Tài chính báo cáo tình hình thu chi. Giữ vững kỷ cương tài chính Phát biểu tại hội nghị, "
            "Chủ tịch UBND tỉnh Lê Văn Tâm yêu cầu các sở rà soát chi tiêu. Hỗ trợ người dân khởi kiện  "
            "Trao đổi với phóng viên, ông Lê Văn Tư cho biết huyện sẽ hỗ trợ.\n")
    seg = segment(Document(text=text, title="Tỉnh họp về tài chính"))
    kinds = {s.text: s.kind for s in seg.sentences}
    assert kinds["Giữ vững kỷ cương tài chính"] == "heading"
    assert kinds["Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Lê Văn Tâm yêu cầu các sở rà soát chi tiêu."] == "body"
    assert kinds["Hỗ trợ người dân khởi kiện"] == "heading"
    assert kinds["Trao đổi với phóng viên, ông Lê Văn Tư cho biết huyện sẽ hỗ trợ."] == "body"
    for s in seg.sentences:
        assert text[s.start:s.end] == s.text


def test_capitals_inside_a_name_are_no_run_in() -> None:
    for para in ("Thường trực Ban Chỉ đạo tại Hà Nội, ông Lê Văn Hùng đề nghị các quận báo cáo.",
                 "Thông cáo nêu quyết định của  Ban Bí thư  đối với ông  Nguyễn Văn An về kỷ luật."):
        assert _pieces(para) == [para]


def test_a_stop_with_no_space_after_it_still_ends_the_sentence() -> None:
    para = "Mô hình hoạt động rất hiệu quả.Phó Thủ tướng cho rằng cần nhân rộng mô hình này."
    assert _pieces(para) == ["Mô hình hoạt động rất hiệu quả.", "Phó Thủ tướng cho rằng cần nhân rộng mô hình này."]
    for para in ("Theo vnexpress.net, TP.Hồ Chí Minh đạt 5.5 điểm.", "Công ty Pte.Ltd nộp hồ sơ tại www.Site.com."):
        assert _pieces(para) == [para]


def test_a_quotation_closed_with_no_space_after_its_stop_still_ends_the_sentence() -> None:
    para = "“Các sở phải rà soát lại toàn bộ hồ sơ”.Sau đó, Chủ tịch tỉnh đi thăm nhà máy."
    assert _pieces(para) == ["“Các sở phải rà soát lại toàn bộ hồ sơ”.", "Sau đó, Chủ tịch tỉnh đi thăm nhà máy."]
    para = "Tỉnh cần làm rõ.”Sau đó, Chủ tịch tỉnh đi thăm nhà máy."
    assert _pieces(para) == ["Tỉnh cần làm rõ.”", "Sau đó, Chủ tịch tỉnh đi thăm nhà máy."]


def test_an_open_list_ending_in_an_ellipsis_runs_on_into_a_lower_case_word() -> None:
    para = "Các trường lớn như Bách khoa, Kinh tế… đều mở thêm cơ sở mới. Tiếp đó, Bộ sẽ kiểm tra."
    assert _pieces(para) == ["Các trường lớn như Bách khoa, Kinh tế… đều mở thêm cơ sở mới.",
                             "Tiếp đó, Bộ sẽ kiểm tra."]
    para = "Việc này vẫn còn chậm… Thủ tướng yêu cầu làm ngay."
    assert _pieces(para) == ["Việc này vẫn còn chậm…", "Thủ tướng yêu cầu làm ngay."]


def test_an_ellipsis_ends_the_sentence_before_an_opening_quote_of_any_spacing() -> None:
    head = "Bến sẽ là nơi làm việc của Ban quản lý di tích, Trung tâm du lịch..."
    for quote in ("“Nói chung bến chỉ phục vụ công cộng”, ông Nghĩa nói.",
                  '" Nói chung bến chỉ phục vụ công cộng ", ông Nghĩa nói.'):
        assert _pieces(head + " " + quote) == [head, quote]
    head = "Bến sẽ là nơi làm việc của Ban quản lý di tích, Trung tâm du lịch…"
    quote = '" Nói chung bến chỉ phục vụ công cộng ", ông Nghĩa nói.'
    assert _pieces(head + " " + quote) == [head, quote]
