"""One real browser over the real server: Debian's headless chromium, driven by Playwright
(never a browser Playwright downloads), against `archiver serve` on 127.0.0.1.

A person searches, opens an article, sees the highlighted hits, the quotes linked to their
speakers and the sponsor disclosure, and no script injected by a fetched page ever runs.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, sync_playwright
from test_datasette_plugins import add_annotations, build_archive

from archiver import open_db

CHROMIUM = Path("/usr/bin/chromium")
# Set to a directory to save the screenshots README shows (docs/ in the repo).
SCREENSHOTS = os.environ.get("ARCHIVER_SCREENSHOTS")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    directory = tmp_path_factory.mktemp("browser")
    db_path = directory / "archive.db"
    db = open_db(db_path)
    build_archive(db, directory)
    add_annotations(db)
    port = free_port()
    env = {**os.environ, "ARCHIVER_DB_PATH": str(db_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "archiver", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                httpx.get(base + "/-/archiver/search", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read().decode()
                assert time.monotonic() < deadline, "archiver serve did not start"
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.communicate(timeout=15)


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM.exists() and shutil.which(str(CHROMIUM))):
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    with sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where chromium's sandbox refuses to start.
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    incidents: list[str] = []
    page.on(
        "dialog", lambda dialog: (incidents.append(f"dialog {dialog.message}"), dialog.dismiss())
    )
    page.on("pageerror", lambda error: incidents.append(f"error {error}"))
    # A request to any host but ours would be a fetched page reaching out.
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(("http://127.0.0.1", "data:", "about:"))
            else incidents.append(f"request {request.url}")
        ),
    )
    yield page, incidents
    context.close()


def no_script_ran(page: Page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"


def shoot(page: Page, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / name), full_page=False)


def test_search_open_article_see_highlights_quotes_and_disclosure(server, page):
    page, incidents = page
    page.goto(server + "/-/archiver/search")
    page.fill('input[name="q"]', "temporary restraining order")
    page.click('input[type="submit"]')
    page.wait_for_selector("li.archiver-result")
    assert "q=temporary+restraining+order" in page.url, "the search is a shareable URL"
    hits = page.locator("li.archiver-result mark.archiver-hit")
    assert hits.first.is_visible()
    assert hits.first.inner_text().lower() in {"temporary", "restraining", "order"}
    shoot(page, "search.png")

    page.locator("li.archiver-result h3 a").first.click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() == "Parler Sues Amazon, Seeking To Restore Web Service"
    body_hits = page.locator(".archiver-text mark.archiver-hit")
    assert body_hits.count() >= 3
    background = body_hits.first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in {"rgba(0, 0, 0, 0)", "transparent"}, "hits are visibly marked"
    quote = page.locator(".archiver-text a.archiver-quote#quote-2")
    assert quote.is_visible() and quote.get_attribute("title") == "Amazon"
    assert page.locator(".archiver-text mark.archiver-disclosure").is_visible()
    conflict = page.locator("#disclosures .archiver-conflict")
    assert "Amazon" in conflict.inner_text() and "defendant" in conflict.inner_text()
    shoot(page, "article.png")

    quote.click()
    page.wait_for_selector("svg.archiver-chart")
    assert page.locator("h1").inner_text() == "Amazon"
    shoot(page, "party.png")
    no_script_ran(page)
    assert incidents == []


def test_injected_scripts_never_run(server, page):
    page, incidents = page
    page.goto(server + "/-/archiver/search?q=pwned")
    page.locator("li.archiver-result h3 a").first.click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() == "Evil <script>alert(1)</script> headline"
    text = page.locator(".archiver-text").inner_text()
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator(".archiver-text img, .archiver-text script").count() == 0
    assert page.locator(".archiver-diff").is_visible(), "the newest diff is open"
    assert "<svg onload=alert(4)>" in page.locator(".archiver-diff").inner_text()
    no_script_ran(page)

    page.locator(".archiver-captures a").last.click()
    page.wait_for_selector(".archiver-capture")
    assert "next story" in page.locator(".archiver-capture").inner_text()
    page.locator(".archiver-capture").get_by_text("next story").click()
    no_script_ran(page)
    assert page.url.startswith(server), "an archived link leads nowhere"

    page.goto(server + "/-/archiver/party/3")
    no_script_ran(page)
    assert incidents == [], incidents
