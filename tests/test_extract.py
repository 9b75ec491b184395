import re
from datetime import datetime
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from archiver import extract
from archiver.errors import ExtractionError
from archiver.extract import preclean

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


LEDGER_URL = "https://ledger.example/2025/04/02/reservoir-repairs"
LEDGER_BODY = [
    "The Valley Water Board voted Tuesday night to borrow $14 million",  # loose text, <br>s
    "Board chair Elena Ruiz said the loan would be repaid over twenty years",
    "Two members voted against the plan.",
    "Residents who spoke during public comment were mostly in favor.",
    "Packed room at the water board tonight",  # a quoted tweet in a "social-embed" box
    "https://valleywater.example/reports/millbrook-2025.pdf",  # a cited address, all link
    "Disclosure: Valley Water Board is among the Ledger's financial supporters.",  # all link
    "Construction is expected to start in late summer",
]
LEDGER_CHROME = [
    "Obituaries",  # menu
    "Local government",  # kicker
    "By Priya Natarajan",  # byline
    "The board voted 5-2 to borrow",  # standfirst, the page's description
    "What the state inspectors found",  # "Read more:" link paragraph
    "School levy heads to the May ballot",  # teaser cards in two rows
    "Voters will decide",  # a teaser's dek
    "Environment",  # category rail
    "Photo by Sam Ortiz",
    "Tags:",
    "newsletter",
    "Follow The Valley Ledger",
    "can be reached at",
    "Additional reporting by",
]


@pytest.fixture
def ledger_article():
    html = (FIXTURES / "chrome_heavy.html").read_text(encoding="utf-8")
    return extract(html, url=LEDGER_URL)


@pytest.mark.parametrize("body", LEDGER_BODY)
def test_chrome_heavy_page_keeps_the_story(ledger_article, body):
    assert body in ledger_article.text


@pytest.mark.parametrize("chrome", LEDGER_CHROME)
def test_chrome_heavy_page_drops_chrome(ledger_article, chrome):
    assert chrome not in ledger_article.text


def test_chrome_heavy_page_records_each_removal_with_its_rule(ledger_article):
    rules = {removal.rule: removal.text for removal in ledger_article.removed}
    assert rules["link-paragraph"].startswith("Read more:")
    for rule in ("photo-credit", "tag-list", "newsletter", "reader-promo", "author-contact"):
        assert rule in rules
    assert rules["reporting-credit"] == "Additional reporting by Marcus Hale."


def test_loose_text_between_line_breaks_becomes_paragraphs(ledger_article):
    paragraphs = ledger_article.text.split("\n\n")
    assert paragraphs[0].startswith("The Valley Water Board voted")
    assert paragraphs[1].startswith("Board chair Elena Ruiz")


def _page(body: str) -> str:
    return f"<html><head><title>Ferry fares</title></head><body>{body}</body></html>"


STORY = "".join(
    f"<p>Paragraph {n} of the story says something long enough to count as prose text.</p>"
    for n in range(6)
)


def test_headline_in_a_dropped_header_still_marks_the_story():
    # trafilatura prunes an infinite-scroll frame without an <h1> as an appended story
    html = _page(
        '<div class="infinite-scroll-container"><div class="post">'
        "<header><h1>Ferry fares rise</h1></header></div>"
        f'<article><div class="page-content">{STORY}</div></article></div>'
    )
    article = extract(html, url="https://x.test/a")
    assert "Paragraph 5 of the story" in article.text
    assert "Ferry fares rise" not in article.text


def test_big_menu_is_not_mistaken_for_a_wrapper():
    # more words than the story, in nested lists whose outer items look like long paragraphs
    groups = "".join(
        f"<li><span>Group {g}</span><ul>"
        + "".join(f'<li><a href="/s{g}/{n}">Section number {n}</a></li>' for n in range(20))
        + "</ul></li>"
        for g in range(4)
    )
    tree = LexborHTMLParser(_page(f'<nav id="menu-mobile"><ul>{groups}</ul></nav>{STORY}'))
    preclean(tree)
    assert "Section number" not in tree.body.text()
    assert "Paragraph 5 of the story" in tree.body.text()


def test_list_of_links_inside_the_story_with_prose_is_kept():
    items = "".join(
        f'<li>The <a href="/r{n}">report</a> number {n} found that the ferry lost money on '
        "every crossing made in the winter months of the last three years.</li>"
        for n in range(4)
    )
    article = extract(_page(f"<article>{STORY}<ul>{items}</ul></article>"), url="https://x.test/")
    assert "report number 3 found" in article.text


def test_article_body_split_by_ad_rails_is_read_whole_and_in_order():
    def body(start: int) -> str:
        return "".join(
            f"<p>Paragraph {n} of the split story, long enough to count as prose here, and "
            "then some more words so that one box alone is a plausible article body.</p>"
            for n in range(start, start + 3)
        )

    html = _page(
        '<article class="story"><h1>Ferry fares</h1>'
        f'<div class="grid"><div class="article-body">{body(0)}</div></div>'
        '<div class="grid"><div class="ad-rail"><a href="/ad">Sponsored</a></div></div>'
        f'<div class="grid"><div class="article-body">{body(3)}</div></div>'
        f'<div class="grid"><div class="article-body">{body(6)}</div></div>'
        "</article>"
    )
    text = extract(html, url="https://x.test/a").text
    positions = [text.find(f"Paragraph {n} of") for n in range(9)]
    assert -1 not in positions
    assert positions == sorted(positions)
