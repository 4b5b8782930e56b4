"""The briefing's notices in Vietnamese.

Warnings are made in English where they are understood (readers, summarizers) and kept so
in the JSON, where programs match on them; a document meant to be read (Markdown, text)
shows them in Vietnamese. Each pattern below is one warning template of the package, with
its variable parts captured; ``tests/render/test_notices.py`` makes every warning the
package can produce and checks that it is translated. A warning with no pattern yet (a new
reader's) is still shown, under a Vietnamese label, rather than lost.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _rule(pattern: str, template: str) -> _Rule:
    return re.compile(pattern, re.DOTALL), lambda m: template.format(*m.groups(), **m.groupdict())


_RULES: tuple[_Rule, ...] = (
    _rule(r"the summary says (.+), not found in the report: (“.*”)$",
          "Bản tóm tắt nêu {0}, không thấy trong bài: {1}"),
    _rule(r"the model stopped at its limit of (\d+) tokens",
          "Mô hình dừng ở giới hạn {0} token: phần cuối bản tóm tắt có thể bị cắt."),
    _rule(r"the summary joins (\d+) partial summaries",
          "Bản tóm tắt ghép {0} bản tóm tắt từng phần mà mô hình không rút gọn thêm được."),
    _rule(r"the text was UTF-8 decoded twice",
          "Văn bản bị giải mã UTF-8 hai lần (lỗi kiểu 'Viá»‡t') và đã được sửa lại."),
    _rule(r"the text was in the legacy (.+?) font encoding",
          "Văn bản dùng bảng mã phông cũ {0} và đã được chuyển sang Unicode."),
    _rule(r"the text was in the Windows-1258 encoding",
          "Văn bản dùng bảng mã Windows-1258 và đã được chuyển sang Unicode."),
    _rule(r"the text is UTF-8 with a few invalid bytes",
          "Văn bản UTF-8 có vài byte lỗi; chúng đã được thay bằng ký tự U+FFFD."),
    _rule(r"the text encoding was guessed as (.+)$",
          "Bảng mã của văn bản được đoán là {0}."),
    _rule(r"the text looks like Vietnamese written without diacritics",
          "Văn bản có vẻ là tiếng Việt không dấu: có thể sót tên, từ chỉ đạo và ngày tháng."),
    _rule(r"the text does not look like Vietnamese \((\d+)% Vietnamese letters, (\d+)% Vietnamese syllables\)",
          "Văn bản có vẻ không phải tiếng Việt ({0}% chữ cái tiếng Việt, {1}% âm tiết tiếng Việt): "
          "bản tóm lược có thể sót nhiệm vụ."),
    _rule(r"(\d+) of (\d+) PDF pages hold images but no text",
          "{0} trong {1} trang PDF chỉ có hình ảnh, không có chữ (trang quét?): nội dung các trang đó "
          "không có trong bản tóm lược; hãy nhận dạng chữ (OCR) tệp PDF để đưa vào."),
)


def vietnamese(warning: str) -> str:
    """The warning as a Vietnamese sentence."""
    for pattern, make in _RULES:
        m = pattern.search(warning)
        if m:
            return make(m)
    return f"Cảnh báo kỹ thuật (tiếng Anh): {warning}"


def is_translated(warning: str) -> bool:
    return any(pattern.search(warning) for pattern, _ in _RULES)
