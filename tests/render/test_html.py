"""-f html: a standalone page that reads with scripts off, escapes what the report says,
and prints on A4 (the print itself is checked in a real browser, tests/serve/test_browser.py)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import briefing
from briefing.cli.main import cli
from briefing.render import FORMATS, render
from briefing.render.html import to_html, to_html_fragment
from tests.conftest import MEETING_REPORT

VOID = {"meta", "link", "br", "hr", "img", "input", "col", "wbr", "source"}


class _Tags(HTMLParser):
    """Checks that every element is closed in order, and collects what a page must not have."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.external: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            if name in ("src", "href") and value and re.match(r"^(?:[a-z]+:)?//", value):
                self.external.append(value)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


@pytest.fixture(scope="module")
def seed_briefing(sample_path: Path) -> briefing.Briefing:
    return briefing.brief_file(sample_path, engine="extractive")


def test_html_is_a_registered_format() -> None:
    assert "html" in FORMATS


def test_standalone_page_has_everything_inline_and_no_script(seed_briefing: briefing.Briefing) -> None:
    page = render(seed_briefing, "html")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="vi">' in page and '<meta charset="utf-8">' in page
    tags = _parse(page)
    assert tags.errors == [] and tags.stack == []
    assert tags.scripts == 0 and tags.external == [] and "<link" not in page
    assert "<style>" in page and "@page { size: A4" in page


def test_every_task_is_in_the_table_with_its_evidence(seed_briefing: briefing.Briefing) -> None:
    import html as htmlmod

    page = to_html(seed_briefing)
    rows = re.findall(r'<tr class="task".*?</tr>', page, flags=re.DOTALL)
    assert len(rows) == len(seed_briefing.tasks) >= 5
    for row, task in zip(rows, seed_briefing.tasks, strict=True):
        assert htmlmod.escape(task.text, quote=False) in row
        assert htmlmod.escape(task.evidence, quote=False) in row
        assert f'data-start="{task.start}" data-end="{task.end}"' in row
    # printable: the evidence is open in the standalone page, folded in the web page's fragment
    assert page.count('<details class="evidence" open>') == len(rows)
    assert '<details class="evidence" open>' not in to_html_fragment(seed_briefing)


def test_report_text_cannot_become_markup() -> None:
    nasty = MEETING_REPORT.replace("xử lý rác thải\n", "xử lý rác thải <script>alert('x')</script>\n", 1).replace(
        "các sở, ngành", 'các sở, ngành <img src=x onerror="alert(1)">')
    b = briefing.brief(nasty, engine="extractive")
    assert b.tasks and "<img" in b.tasks[0].evidence  # the text really reaches the table
    page = to_html(b)
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x" in page
    assert _parse(page).errors == []


def test_cli_writes_html_and_several_files_make_one_page(tmp_path: Path, sample_path: Path) -> None:
    other = tmp_path / "hop.txt"
    other.write_text(MEETING_REPORT, encoding="utf-8")
    out = tmp_path / "out" / "b.html"
    r = CliRunner().invoke(cli, ["summarize", "--engine", "extractive", "-f", "html", "-o", str(out),
                                 str(sample_path), str(other)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert page.count("<!DOCTYPE html>") == 1 and page.count('<article class="briefing"') == 2
    assert _parse(page).errors == []
    one = CliRunner().invoke(cli, ["summarize", "--engine", "extractive", "-f", "html", str(other)])
    assert one.exit_code == 0 and one.stdout.count('<article class="briefing"') == 1


def test_batch_writes_html_beside_the_other_formats(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "hop.txt").write_text(MEETING_REPORT, encoding="utf-8")
    r = CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "out"), "-f", "html,md",
                                 "--engine", "extractive", "-q"])
    assert r.exit_code == 0, r.output
    page = (tmp_path / "out" / "hop.html").read_text(encoding="utf-8")
    assert "Trần Văn Nam" in page and page.startswith("<!DOCTYPE html>")
    assert (tmp_path / "out" / "hop.md").is_file()
