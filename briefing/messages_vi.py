"""Vietnamese wording of the error codes, for people who read no English.

The library's own messages stay English and exact (they name the file, the limit, the
bytes seen); this table gives each code of :mod:`briefing.errors` a plain Vietnamese
sentence and what to do, the same for every occurrence, for places such as the web page
of ``briefing serve`` that show errors to end users. A code missing here falls back to
its parent class's code, then to a generic sentence.
"""
from __future__ import annotations

from briefing.errors import BriefingError

#: code -> (what went wrong, what to do)
MESSAGES: dict[str, tuple[str, str]] = {
    "B000": ("Không lập được bản tóm tắt.", "Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị."),
    "B100": ("Không đọc được tệp này.", "Hãy kiểm tra lại tệp, hoặc mở và lưu lại trước khi gửi."),
    "B101": ("Tệp không có nội dung: không có chữ nào để đọc.",
             "Hãy kiểm tra lại tệp; với trang web, hãy lưu phần nội dung bài viết."),
    "B102": ("Đây không phải văn bản mà là dữ liệu nhị phân (ảnh, tệp nén, chương trình…).",
             "Hãy xuất báo cáo ra .txt, .html, .docx hoặc .pdf."),
    "B103": ("Không nhận ra bảng mã của văn bản.",
             "Hãy chuyển văn bản sang Unicode UTF-8 (ví dụ bằng công cụ chuyển mã của Unikey)."),
    "B104": ("Định dạng tệp này chưa được hỗ trợ.", "Hãy lưu báo cáo dưới dạng .docx, .txt, .html hoặc .pdf."),
    "B105": ("Tệp hoặc văn bản quá lớn.", "Hãy chia nhỏ báo cáo rồi gửi từng phần."),
    "B106": ("Tệp PDF này không có lớp chữ (bản scan hoặc ảnh chụp), nên không có chữ nào để đọc.",
             "Hãy nhận dạng chữ (OCR) cho tệp trước, ví dụ bằng ocrmypdf, hoặc xuất báo cáo ra .docx hay .txt."),
    "B107": ("Tệp được bảo vệ bằng mật khẩu nên không đọc được nội dung.",
             "Hãy mở tệp bằng mật khẩu rồi lưu lại thành bản không có mật khẩu."),
    "B200": ("Mô hình tóm tắt không dùng được.", "Hãy báo cho người quản trị máy chủ."),
    "B201": ("Không tìm thấy mô hình tóm tắt.", "Hãy báo cho người quản trị máy chủ."),
    "B202": ("Mô hình tóm tắt bị hỏng hoặc thiếu tệp.", "Hãy báo cho người quản trị máy chủ."),
    "B300": ("Thiếu một gói phần mềm cần cho việc này.", "Hãy báo cho người quản trị máy chủ."),
    "B400": ("Không ghi được kết quả.", "Hãy kiểm tra thư mục và dung lượng đĩa."),
    "B500": ("Không dùng được cụm máy tính để xử lý.", "Hãy báo cho người quản trị."),
    "B600": ("Máy chủ không khởi động được.", "Hãy chọn cổng khác hoặc kiểm tra địa chỉ."),
}


def describe(error: BriefingError) -> tuple[str, str]:
    """``(message, what to do)`` in Vietnamese for ``error``, by its code or its parent's."""
    for cls in type(error).__mro__:
        code = getattr(cls, "code", None)
        if isinstance(code, str) and code in MESSAGES:
            return MESSAGES[code]
    return MESSAGES["B000"]
