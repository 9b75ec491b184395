import re
from datetime import datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from archiver import extract
from archiver.errors import ExtractionError

FIXTURES = Path(__file__).parent / "fixtures"

STATION_URL = "https://www.wunc.org/2021-01-11/parler-sues-amazon-seeking-to-restore-web-service"
# Every piece of station chrome the seed example shows; none may reach the clean text.
STATION_CHROME = [
    "Bringing The World Home To You",
    "© 2024 WUNC",
    "120 Friday Center Dr",
    "Chapel Hill, NC 27517",
    "919.445.9150",
    "Play Live Radio",
    "Next Up:",
    "0:00",
    "Available On Air Stations",
    "Olivier Douliery",
    "AFP via Getty Images",
    "The messaging app Parler has been offline since Amazon set a deadline",
    "More Stories",
    "Bill Chappell is a writer and editor",
    "Copyright 2021 NPR",
    "To see more, visit",
    "Updated at 1:40",
    "newsletter",
    "Facebook",
]


def expected_paragraphs() -> list[str]:
    lines = (FIXTURES / "station_seed_expected.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


def test_station_page_keeps_every_body_paragraph(station_html):
    article = extract(station_html, url=STATION_URL)
    paragraphs = article.text.split("\n\n")
    for expected in expected_paragraphs():
        assert expected in paragraphs


@pytest.mark.parametrize("chrome", STATION_CHROME)
def test_station_page_drops_chrome(station_html, chrome):
    article = extract(station_html, url=STATION_URL)
    assert chrome.lower() not in article.text.lower()


def test_station_page_metadata(station_html):
    article = extract(station_html, url=STATION_URL)
    assert article.title == "Parler Sues Amazon, Seeking To Restore Web Service"
    assert article.authors == ["Bill Chappell"]
    assert article.published == datetime.fromisoformat("2021-01-11T10:05:00-05:00")
    assert article.updated == datetime.fromisoformat("2021-01-11T13:40:00-05:00")
    assert article.original_publisher == "NPR"
    assert article.site_name == "WUNC"
    assert article.url == STATION_URL
    assert article.language == "en"
    assert article.word_count == len(article.text.split()) > 400


def test_syndication_footer_is_recorded_as_a_removal(station_html):
    article = extract(station_html, url=STATION_URL)
    rules = {removal.rule for removal in article.removed}
    assert "syndication-footer" in rules


def _strip_classes(html: str) -> str:
    """The same page with every class and id removed: only tags and text left to go on."""
    tree = LexborHTMLParser(html)
    for node in tree.css("[class], [id]"):
        for name in ("class", "id"):
            if name in node.attributes:
                del node.attrs[name]
    return tree.html or ""


def test_station_chrome_is_removed_without_class_hints(station_html):
    article = extract(_strip_classes(station_html), url=STATION_URL)
    for chrome in (
        "Play Live Radio",
        "Available On Air Stations",
        "0:00",
        "Copyright 2021 NPR",
        "Bill Chappell is a writer",
        "919.445.9150",
    ):
        assert chrome not in article.text
    for expected in expected_paragraphs():
        assert expected in article.text


def test_newspaper_page(gazette_html):
    article = extract(gazette_html, url="https://gazette.example/2025/03/12/ferry-subsidy-vote")
    assert article.authors == ["Rosa Delgado", "Ken Abara"]
    assert article.publisher == "The Harbor City Gazette"
    assert article.text.startswith("HARBOR CITY —")
    assert "Disclosure: Harbor Freight Ferries is a sponsor" in article.text
    for chrome in ("Most Read", "Advertisement", "Tags:", "Subscribe", "Related:"):
        assert chrome not in article.text
    assert re.search(r"\n\n", article.text), "paragraphs are separated by blank lines"


def test_page_without_article_text_raises():
    with pytest.raises(ExtractionError, match="no article text"):
        extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", url="https://x.test/")


def test_legacy_encoding_fixture_decodes():
    from archiver.fetch import decode_body

    text, encoding = decode_body((FIXTURES / "legacy_latin1.html").read_bytes())
    assert "Café Zoë" in text
    assert encoding == "cp1252"
