"""The page of `briefing serve` in a real browser: headless Chromium through Selenium opens
it, uploads samples/seed.txt and finds every task of the seed in the table; bad input shows
the Vietnamese message; the standalone HTML prints on A4.

Skips, saying why, where selenium, chromium or chromedriver is missing (`.ci/run` installs
Debian's chromium and chromium-driver). A screenshot of the page goes to the test's temporary
folder, and also to $BRIEFING_SCREENSHOT when set (the README's picture is made with
`BRIEFING_SCREENSHOT=samples/serve.png pytest tests/serve/test_browser.py`).
"""
from __future__ import annotations

import base64
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (in the test extra) drives the browser")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

import briefing  # noqa: E402
from briefing.cli.serve import bind, url_of  # noqa: E402
from briefing.pipeline import Briefer  # noqa: E402
from briefing.serve.app import create_app  # noqa: E402
from tests.conftest import MEETING_REPORT  # noqa: E402

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
#: Flags that keep Chromium off the network (there is none here) and out of the sandbox
#: that root cannot use.
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1800", "--lang=vi")


def _browser() -> tuple[str, str]:
    binary = next((b for b in map(shutil.which, BROWSERS) if b), None)
    driver = shutil.which("chromedriver")
    if binary is None or driver is None:
        pytest.skip("no chromium or chromedriver installed (Debian: apt-get install chromium chromium-driver; "
                    ".ci/run does)")
    return binary, driver


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    import uvicorn

    sock = bind("127.0.0.1", 0)
    app = create_app(Briefer(engine="extractive"), allowed_hosts=["127.0.0.1"])
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield url_of(sock)
    finally:
        srv.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    binary, driver_path = _browser()
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="briefing-chromium-")
    options = Options()
    options.binary_location = binary
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    # With both paths given, Selenium never fetches a driver (there is no network here).
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _submit_and_wait(browser: Any, done: str) -> None:
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 30).until(EC.text_to_be_present_in_element((By.ID, "progress-text"), done))


def test_upload_the_seed_and_find_every_task(browser: Any, server: str, sample_path: Path, tmp_path: Path) -> None:
    expected = briefing.brief_file(sample_path, engine="extractive")
    browser.get(server)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Tóm tắt báo cáo hội nghị"
    browser.find_element(By.ID, "file-input").send_keys(str(sample_path))
    assert "seed.txt" in browser.find_element(By.ID, "chosen").text
    _submit_and_wait(browser, "Đã xong 1/1")
    rows = browser.find_elements(By.CSS_SELECTOR, ".result .task-table tbody tr")
    shown = [r.find_element(By.CSS_SELECTOR, ".task-text .text").text for r in rows]
    assert shown == [t.text for t in expected.tasks] and len(shown) >= 5
    assignees = [r.find_element(By.CSS_SELECTOR, ".assignees").text for r in rows]
    assert assignees == [", ".join(t.assignees) or "—" for t in expected.tasks]
    shot = tmp_path / "serve.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("BRIEFING_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["BRIEFING_SCREENSHOT"])
    # The evidence opens on demand.
    first = rows[0].find_element(By.CSS_SELECTOR, "details.evidence")
    quote = first.find_element(By.TAG_NAME, "blockquote")
    assert not quote.is_displayed()
    first.find_element(By.TAG_NAME, "summary").click()
    assert quote.is_displayed() and quote.text == expected.tasks[0].evidence
    links = {a.text: a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".result .toolbar a")}
    assert links.keys() == {"Tải Markdown", "Tải JSON", "Bản in (HTML)"}


def test_bad_file_and_pasted_text_together(browser: Any, server: str, tmp_path: Path) -> None:
    bad = tmp_path / "ảnh chụp.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    browser.get(server)
    browser.find_element(By.ID, "file-input").send_keys(str(bad))
    browser.find_element(By.ID, "text-input").send_keys(MEETING_REPORT)
    _submit_and_wait(browser, "Đã xong 2/2")
    error = browser.find_element(By.CSS_SELECTOR, ".result.error")
    assert "ảnh chụp.png" in error.text and "không phải văn bản" in error.text
    assert "Traceback" not in browser.page_source
    tasks = browser.find_elements(By.CSS_SELECTOR, ".result .task-table tbody tr")
    assert any("Trần Văn Nam" in r.text for r in tasks)
    assert "(1 lỗi)" in browser.find_element(By.ID, "progress-text").text


def test_standalone_html_prints_on_a4(browser: Any, server: str, sample_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    browser.get(server)
    browser.find_element(By.ID, "file-input").send_keys(str(sample_path))
    _submit_and_wait(browser, "Đã xong 1/1")
    browser.get(browser.find_element(By.LINK_TEXT, "Bản in (HTML)").get_attribute("href"))
    printed = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
    pdf = pdfium.PdfDocument(base64.b64decode(printed["data"]))
    width, height = pdf[0].get_size()
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4 in points
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Nhiệm vụ" in text and "Câu gốc" not in text  # printed with the evidence open, no toggles


def test_several_files_show_progress_and_offer_tasks_csv(browser: Any, server: str, sample_path: Path,
                                                         tmp_path: Path) -> None:
    other = tmp_path / "hop.txt"
    other.write_text(MEETING_REPORT, encoding="utf-8")
    browser.get(server)
    browser.find_element(By.ID, "file-input").send_keys(f"{sample_path}\n{other}")
    _submit_and_wait(browser, "Đã xong 2/2")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".result .task-table")) == 2
    link = browser.find_element(By.CSS_SELECTOR, "#batch-actions a")
    assert "tasks.csv" in link.text and link.get_attribute("href").count("id=") == 2
