"""HTML: the reader keeps the report, its title and date, and drops the page around it."""
from __future__ import annotations

import contextlib

import pytest

from briefing.errors import BriefingError, EmptyInputError, InputTooLargeError
from briefing.io import read_bytes
from briefing.io.html import decode_html

from .encoders import to_cp1258, to_tcvn3, to_vni

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}">
<title>Tỉnh họp bàn tiến độ giải ngân vốn đầu tư công - Báo Địa Phương</title>
<meta property="og:title" content="Tỉnh họp bàn tiến độ giải ngân vốn đầu tư công">
<meta property="article:published_time" content="2024-04-05T08:30:00+07:00">
<script>document.write("<p>Dòng này do script viết ra</p>");</script>
<style>p {{ color: red }}</style>
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul></nav>
<div class="share">Chia sẻ | Facebook | Zalo</div>
<article>
<h1>Tỉnh họp bàn tiến độ giải ngân vốn đầu tư công</h1>
<p>Sáng 5/4, Ủy ban nhân dân tỉnh tổ chức hội nghị đánh giá tiến độ giải ngân vốn đầu tư công quý I.
Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Bình chủ trì hội nghị.
<p>Kết luận hội nghị, ông Bình yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ thanh toán, phấn đấu
giải ngân đạt 60% kế hoạch vốn trước ngày 30/9.</div>
<script>alert("Quảng cáo bật lên")</script>
<p>Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành tháo gỡ vướng mắc về giải phóng mặt bằng.
</article>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Giá vàng hôm nay tăng mạnh</a></li>
<li><a href="/b">Khai mạc lễ hội hoa xuân</a></li></ul></div>
<div id="comments"><h3>Bình luận</h3><div class="comment">Bạn đọc Minh: Mong tỉnh làm quyết liệt!</div></div>
<footer>Bản quyền © Báo Địa Phương. Địa chỉ: 12 đường Lê Lợi.</footer>
</body></html>
"""


def test_news_page_keeps_the_report_title_and_date() -> None:
    doc = read_bytes(PAGE.format(charset="utf-8").encode("utf-8"), source="p.html", suffix=".html")
    assert doc.format == "html"
    assert doc.title == "Tỉnh họp bàn tiến độ giải ngân vốn đầu tư công"
    assert doc.published == "2024-04-05"
    assert "yêu cầu các chủ đầu tư khẩn trương" in doc.text
    assert "giải phóng mặt bằng" in doc.text
    for furniture in ("script", "Quảng cáo", "Trang chủ", "Giá vàng", "Bạn đọc Minh", "Bản quyền", "color: red"):
        assert furniture not in doc.text


def test_declared_legacy_charset() -> None:
    data = to_cp1258(PAGE.format(charset="windows-1258"))
    _, encoding = decode_html(data)
    assert encoding == "windows-1258"
    doc = read_bytes(data, suffix=".html")
    assert "Nguyễn Văn Bình" in doc.text


@pytest.mark.parametrize(
    "markup",
    [
        ("<html><body><p>Ủy ban nhân dân tỉnh yêu cầu các sở khẩn trương hoàn thành kế hoạch trước ngày 30/6."
         "<p>Các huyện cần báo cáo kết quả thực hiện trước ngày 15/7 để tổng hợp.<div><span></b></i>"),
        ("<html><body><div><div><div><p>Ủy ban nhân dân tỉnh yêu cầu các sở khẩn trương hoàn thành kế hoạch "
         "xử lý rác thải trước ngày 30/6 và báo cáo kết quả về văn phòng.</p>") + "<div>" * 3000,
        ("<html><head><title>x</title><body><<p>><b><i>Ủy ban nhân dân tỉnh yêu cầu các sở khẩn trương hoàn thành "
         "kế hoạch xử lý rác thải trước ngày 30/6 và báo cáo kết quả về văn phòng.</p></body></html>"),
    ],
    ids=["unclosed", "deep-nesting", "broken-tags"],
)
def test_malformed_html_still_gives_the_text(markup: str) -> None:
    doc = read_bytes(markup.encode("utf-8"), suffix=".html")
    assert "yêu cầu các sở khẩn trương" in doc.text


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><script>var a = 'yêu cầu';</script></head><body></body></html>",
        "<html><body>   </body></html>",
        "<html></html>",
    ],
)
def test_page_without_article_text(markup: str) -> None:
    with pytest.raises(EmptyInputError):
        read_bytes(markup.encode("utf-8"), suffix=".html")


def test_heavy_markup_is_stripped_before_parsing() -> None:
    from briefing.io.html import strip_heavy_markup

    page = ('<head><script type="application/ld+json">{"datePublished": "2024-01-02"}</script>'
            '<script>var s = "<p>không</p>";</script><STYLE>p {}</style><!-- note --></head>'
            "<body><p>có</p><svg><text>hình</text></svg><script>never closed <p>vẫn còn</p>")
    out = strip_heavy_markup(page)
    assert "ld+json" in out and "2024-01-02" in out
    for gone in ("var s", "p {}", "note", "hình"):
        assert gone not in out
    assert "<p>có</p>" in out and "vẫn còn" in out


@pytest.mark.parametrize("junk", ["<!--", "<script ", "<div>", "<p><b>", "<![CDATA["])
def test_pathological_markup_ends(junk: str) -> None:
    page = "<html><body><p>Ủy ban nhân dân tỉnh yêu cầu các sở khẩn trương hoàn thành kế hoạch.</p>" + junk * 2_000
    with contextlib.suppress(BriefingError):
        read_bytes(page.encode("utf-8"), suffix=".html")


def test_markup_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.io import html as html_reader

    monkeypatch.setattr(html_reader, "MAX_HTML_MARKUP", 1000)
    with pytest.raises(InputTooLargeError, match="markup"):
        read_bytes(PAGE.format(charset="utf-8").encode("utf-8"), suffix=".html")


def test_tag_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.io import html as html_reader

    monkeypatch.setattr(html_reader, "MAX_HTML_TAGS", 20)
    with pytest.raises(InputTooLargeError, match="tags"):
        read_bytes(PAGE.format(charset="utf-8").encode("utf-8"), suffix=".html")


@pytest.mark.parametrize("encode", [to_cp1258, to_vni, to_tcvn3], ids=["windows-1258", "vni", "tcvn3"])
def test_undeclared_legacy_encoding(encode) -> None:  # type: ignore[no-untyped-def]
    page = PAGE.replace('<meta charset="{charset}">', "")
    doc = read_bytes(encode(page), suffix=".html")
    assert "Nguyễn Văn Bình" in doc.text
    assert doc.warnings and "converted to Unicode" in doc.warnings[0]


def test_missing_html_dependency_is_a_briefing_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from briefing.errors import DependencyError

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    with pytest.raises(DependencyError, match="lxml_html_clean"):
        read_bytes(PAGE.format(charset="utf-8").encode("utf-8"), suffix=".html")
