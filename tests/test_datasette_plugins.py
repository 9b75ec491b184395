"""Publishing goes through Datasette itself, with our plugins loaded from entry points.

The archive is real: fixture pages stored through the pipeline into a SQLite file, then
snapshotted. The annotation tables (quotes, parties, cases, disclosures) are created here
with the columns the annotations migration will have, until that migration lands.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
import sqlite_utils
from selectolax.lexbor import LexborHTMLParser

from archiver import Settings, archive_file, open_db
from archiver.publish import build_datasette, make_snapshot
from archiver.store.runs import finish_run, log_outcome, start_run

FIXTURES = Path(__file__).parent / "fixtures"
EVIL_URL = "https://evil.example/story"
HOSTILE = """<html><head><title>x</title>
<meta property="og:title" content="Evil &lt;script&gt;alert(1)&lt;/script&gt; headline">
</head><body><article><h1>Evil</h1>
<p>Paragraph one of a perfectly ordinary story about the harbor ferry schedule, long enough
to count as article text for the extractor to keep it as body content here.</p>
<p>&lt;script&gt;alert('pwned')&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; and
&lt;a href="javascript:alert(3)"&gt;click&lt;/a&gt; appear here as text in the story body.</p>
</article>
<script>window.__pwned = "capture";</script>
<img src="https://tracker.example/pixel.gif" onerror="window.__pwned = 'img'">
<iframe src="https://ads.example/frame"></iframe>
<a href="https://elsewhere.example/next" onclick="window.__pwned='click'">next story</a>
</body></html>"""
HOSTILE_V2 = HOSTILE.replace(
    "</article>",
    "<p>Update: &lt;svg onload=alert(4)&gt; was added to the ferry story later on, "
    "with &lt;a href=javascript:alert(5)&gt;another&lt;/a&gt; payload as text.</p></article>",
)
EVIL_PARTY = '<img src=x onerror="alert(6)">Evil Corp'
EVIL_SPEAKER = "<script>alert(7)</script>Mallory"


def hostile_pages(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "hostile.html", tmp_path / "hostile_v2.html"
    first.write_text(HOSTILE)
    second.write_text(HOSTILE_V2)
    return first, second


def build_archive(db: sqlite_utils.Database, tmp_path: Path) -> None:
    """Five articles: NPR via a station (and a syndicated copy), a newspaper article in two
    versions, and a hostile page in two versions; a run with failures."""
    first, second = hostile_pages(tmp_path)
    archive_file(FIXTURES / "station_seed.html", db)  # 1
    archive_file(FIXTURES / "gazette_article.html", db, url="https://gazette.example/ferry")
    archive_file(first, db, url=EVIL_URL)  # 3
    archive_file(FIXTURES / "station_seed.html", db, url="https://kpbs.example/parler")  # 4
    archive_file(FIXTURES / "gazette_article_v2.html", db, url="https://gazette.example/ferry")
    archive_file(second, db, url=EVIL_URL)
    run = start_run(db, "crawl")
    for n in range(3):
        log_outcome(
            db,
            f"https://broken.example/{n}",
            "failed",
            "HTTP 503 <b>down</b>",
            503,
            run,
            source="broken",
        )
    log_outcome(db, "https://gazette.example/ok", "unchanged", None, 304, run, source="gazette")
    finish_run(db, run, {"new": 0, "failed": 3, "unchanged": 1}, "partial")
    month_ago = (datetime.now(UTC) - timedelta(days=30)).isoformat(timespec="milliseconds")
    db["fetch_log"].insert(
        {"at": month_ago, "url": "https://old.example/", "outcome": "failed", "source": "old"}
    )


ANNOTATION_TABLES = (
    "sponsor_conflicts",
    "disclosure_sponsors",
    "disclosures",
    "cases",
    "quotes_fts",
    "quotes",
    "article_parties",
    "parties",
)


def drop_annotation_tables(db: sqlite_utils.Database) -> None:
    """An archive as it was before the annotations migration."""
    for name in ANNOTATION_TABLES:
        if db[name].exists():
            db.execute(f"drop {'view' if name in db.view_names() else 'table'} [{name}]")


def create_annotation_tables(db: sqlite_utils.Database) -> None:
    """The annotation tables with the columns the brief gives (the migration may add more):
    tests own their content, whatever an annotator would have found."""
    drop_annotation_tables(db)
    db["parties"].create({"id": int, "name": str, "kind": str}, pk="id")
    db["article_parties"].create(
        {
            "article_id": int,
            "party_id": int,
            "role": str,
            "title": str,
            "mentions": int,
            "annotator_version": str,
        }
    )
    db["quotes"].create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "text": str,
            "speaker": str,
            "party_id": int,
            "cue": str,
            "partial": int,
            "annotator_version": str,
        },
        pk="id",
    )
    db["cases"].create(
        {
            "id": int,
            "article_id": int,
            "caption": str,
            "plaintiff": str,
            "defendant": str,
            "court": str,
            "judge": str,
            "annotator_version": str,
        },
        pk="id",
    )
    db["disclosures"].create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "text": str,
            "outlet": str,
            "relation": str,
            "sponsors": str,
            "annotator_version": str,
        },
        pk="id",
    )
    db.create_view(
        "sponsor_conflicts",
        """select d.article_id, a.title, s.value as sponsor, p.name as party, ap.role
        from disclosures d join articles a on a.id = d.article_id
        join json_each(d.sponsors) s
        join article_parties ap on ap.article_id = d.article_id
        join parties p on p.id = ap.party_id and p.name = s.value""",
    )


def add_annotations(db: sqlite_utils.Database) -> dict[str, int]:
    """Annotations with known content, hostile ones included."""
    create_annotation_tables(db)
    text = db["articles"].get(1)["text"]
    evil_text = db["articles"].get(3)["text"]
    db["parties"].insert_all(
        [
            {"id": 1, "name": "Amazon", "kind": "organization"},
            {"id": 2, "name": "Parler", "kind": "organization"},
            {"id": 3, "name": EVIL_PARTY, "kind": "organization"},
        ],
        pk="id",
    )
    db["article_parties"].insert_all(
        [
            {"article_id": 1, "party_id": 1, "role": "defendant", "title": None, "mentions": 9},
            {"article_id": 1, "party_id": 2, "role": "plaintiff", "title": None, "mentions": 12},
            {"article_id": 3, "party_id": 3, "role": "subject", "title": "CEO", "mentions": 1},
            {"article_id": 4, "party_id": 1, "role": "defendant", "title": None, "mentions": 9},
        ]
    )
    quote = "Violence works,"
    start = text.index(quote)
    evil_quote = "appear here as text"
    evil_start = evil_text.index(evil_quote)
    db["quotes"].insert_all(
        [
            {
                "id": 1,
                "article_id": 1,
                "start": start,
                "end": start + len(quote),
                "text": quote,
                "speaker": "the photo's caption",
                "party_id": None,
                "cue": "reads",
                "partial": 1,
                "annotator_version": "test",
            },
            {
                "id": 2,
                "article_id": 1,
                "start": text.index("It's our view"),
                "end": text.index("It's our view") + 60,
                "text": text[text.index("It's our view") : text.index("It's our view") + 60],
                "speaker": "Amazon",
                "party_id": 1,
                "cue": "said",
                "partial": 0,
                "annotator_version": "test",
            },
            {
                "id": 3,
                "article_id": 3,
                "start": evil_start,
                "end": evil_start + len(evil_quote),
                "text": evil_quote + " <img src=x onerror=alert(8)>",
                "speaker": EVIL_SPEAKER,
                "party_id": 3,
                "cue": "said",
                "partial": 0,
                "annotator_version": "test",
            },
        ],
        pk="id",
    )
    db["quotes"].enable_fts(["text", "speaker"], tokenize="porter", create_triggers=True)
    db["cases"].insert(
        {
            "id": 1,
            "article_id": 1,
            "caption": "Parler LLC v. Amazon Web Services, Inc.",
            "plaintiff": "Parler LLC",
            "defendant": "Amazon Web Services, Inc.",
            "court": "Western District of Washington",
            "judge": "Barbara Rothstein",
            "annotator_version": "test",
        },
        pk="id",
    )
    note = "Editor's note: Amazon, Apple and Google are among NPR's financial supporters."
    db["disclosures"].insert(
        {
            "id": 1,
            "article_id": 1,
            "start": text.index(note),
            "end": text.index(note) + len(note),
            "text": note,
            "outlet": "NPR",
            "relation": "financial supporter",
            "sponsors": json.dumps(["Amazon", "Apple", "Google"]),
            "annotator_version": "test",
        },
        pk="id",
    )
    return {"quote_start": start}


def archive_settings(directory: Path) -> Settings:
    return Settings(db_path=directory / "archive.db", allow_private=True, per_host_delay=0.0)


@pytest.fixture(scope="module")
def archive_dir(tmp_path_factory) -> Path:
    """Built once per module (the pipeline is not what these tests measure); every test
    gets its own Datasette over the read-only snapshot."""
    directory = tmp_path_factory.mktemp("archive")
    db = open_db(archive_settings(directory).db_path)
    build_archive(db, directory)
    drop_annotation_tables(db)
    make_snapshot(archive_settings(directory).db_path)
    return directory


@pytest.fixture(scope="module")
def annotated_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("annotated")
    db = open_db(archive_settings(directory).db_path)
    build_archive(db, directory)
    add_annotations(db)
    make_snapshot(archive_settings(directory).db_path)
    return directory


def latest_snapshot(directory: Path) -> Path:
    return sorted((directory / ".snapshots").glob("archive-*.db"))[-1]


@pytest.fixture
def datasette(archive_dir):
    return build_datasette(archive_settings(archive_dir), latest_snapshot(archive_dir))


@pytest.fixture
def annotated(annotated_dir):
    return build_datasette(archive_settings(annotated_dir), latest_snapshot(annotated_dir))


def assert_inert(html: str) -> LexborHTMLParser:
    """No script we did not write, no event handler, no javascript: URL, nothing loaded."""
    tree = LexborHTMLParser(html)
    for script in tree.css("script"):
        assert "alert" not in script.text() and "__pwned" not in script.text()
        assert script.attributes.get("src") is None or script.attributes["src"].startswith("/")
    for node in tree.css("*"):
        for name, value in node.attributes.items():
            assert not name.lower().startswith("on"), f"{node.tag} has {name}={value}"
            if name in {"href", "src", "action", "srcset", "formaction"} and value:
                assert not value.strip().lower().startswith(("javascript:", "data:")), value
    assert not tree.css("iframe, object, embed, svg[onload]")
    assert not [i for i in tree.css("img[src]") if "//" in i.attributes["src"]]
    return tree


# --- plugins, cells, canned search --------------------------------------------------


@pytest.mark.asyncio
async def test_our_plugins_are_loaded_through_entry_points(datasette):
    response = await datasette.client.get("/-/plugins.json")
    ours = [plugin for plugin in response.json() if plugin["name"] == "archiver"]
    hooks = {hook for plugin in ours for hook in plugin["hooks"]}
    assert {
        "render_cell",
        "prepare_connection",
        "extra_css_urls",
        "register_routes",
        "asgi_wrapper",
        "permission_allowed",
        "canned_queries",
        "menu_links",
    } <= hooks
    css = await datasette.client.get("/-/static-plugins/archiver/archiver.css")
    assert css.status_code == 200


@pytest.mark.asyncio
async def test_article_row_shows_clean_text_metadata_and_link(datasette):
    response = await datasette.client.get("/archive/articles/1")
    assert response.status_code == 200
    html = response.text
    assert "<p>Parler, the messaging app favored by far-right activists" in html
    assert "Bill Chappell" in html
    assert "NPR" in html
    assert 'href="https://www.wunc.org/2021-01-11/parler-sues-amazon' in html
    assert 'rel="noopener noreferrer nofollow"' in html


@pytest.mark.asyncio
async def test_article_table_titles_open_the_article_page(datasette):
    html = (await datasette.client.get("/archive/articles")).text
    assert 'href="/-/archiver/article/1"' in html


@pytest.mark.asyncio
async def test_article_json(datasette):
    response = await datasette.client.get("/archive/articles/1.json?_shape=objects")
    row = response.json()["rows"][0]
    assert row["title"] == "Parler Sues Amazon, Seeking To Restore Web Service"
    assert row["original_publisher"] == "NPR"


@pytest.mark.asyncio
async def test_canned_search_with_highlighted_snippets(datasette):
    response = await datasette.client.get("/archive/search?q=lawsuit")
    assert response.status_code == 200
    assert '<mark class="archiver-hit">lawsuit</mark>' in response.text
    data = (await datasette.client.get("/archive/search.json?q=ferry&_shape=objects")).json()
    titles = [row["title"] for row in data["rows"]]
    assert titles[0] == "Council narrowly extends ferry subsidy through 2027"


@pytest.mark.asyncio
async def test_canned_search_filters_by_site(datasette):
    url = "/archive/search.json?q=parler&site=kpbs.example&_shape=objects"
    rows = (await datasette.client.get(url)).json()["rows"]
    assert [row["id"] for row in rows] == [4]


@pytest.mark.asyncio
async def test_search_ranks_by_bm25_and_stems(datasette):
    query = "/archive/search.json?q=restrained&_shape=objects"
    data = (await datasette.client.get(query)).json()
    assert data["rows"], "porter stemming: 'restrained' finds 'restraining'"
    assert data["rows"][0]["title"].startswith("Parler Sues Amazon")


@pytest.mark.asyncio
async def test_search_survives_punctuation(datasette):
    response = await datasette.client.get("/archive/search.json?q=U.S.+court-documents")
    assert response.status_code == 200


@pytest.mark.asyncio
async def test_hostile_text_comes_out_inert_in_the_row_page(datasette):
    response = await datasette.client.get("/archive/articles/3")
    tree = assert_inert(response.text)
    assert "alert('pwned')" in tree.body.text(), "the payload is shown as text, not dropped"


@pytest.mark.asyncio
async def test_facets_come_from_metadata(datasette):
    data = (await datasette.client.get("/archive/articles.json")).json()
    assert {"site_name", "publisher", "original_publisher"} <= set(data["facet_results"])


@pytest.mark.asyncio
async def test_served_database_is_read_only(datasette):
    database = datasette.get_database("archive")
    assert database.is_mutable is False
    response = await datasette.client.get(
        "/archive.json?sql=" + "delete from articles", follow_redirects=True
    )
    assert response.status_code in {400, 403}
    assert (await datasette.client.get("/archive/articles.json")).json()["rows"]


# --- the search page ---------------------------------------------------------------


@pytest.mark.asyncio
async def test_search_page_ranks_and_highlights(datasette):
    response = await datasette.client.get("/-/archiver/search?q=lawsuit")
    assert response.status_code == 200
    tree = assert_inert(response.text)
    results = tree.css("li.archiver-result")
    assert results
    first = results[0]
    assert first.css_first("h3 a").attributes["href"] == "/-/archiver/article/1?q=lawsuit"
    assert first.css_first("mark.archiver-hit").text() == "lawsuit"
    assert tree.css_first('link[type="application/atom+xml"]').attributes["href"] == (
        "/-/archiver/search.atom?q=lawsuit"
    )


@pytest.mark.asyncio
async def test_search_json_has_data_and_links(datasette):
    data = (await datasette.client.get("/-/archiver/search.json?q=parler")).json()
    assert data["error"] is None
    assert {row["id"] for row in data["articles"]} == {1, 4}
    row = data["articles"][0]
    assert "\ue000" not in row["snippet"] and "parler" in row["snippet"].lower()
    assert '<mark class="archiver-hit">' in row["snippet_html"]
    assert row["page"] == f"/-/archiver/article/{row['id']}"
    assert row["rank"] < 0
    assert data["quotes"] is None, "articles unless kind=quotes"
    assert data["matches"] == {"count": 2, "more": False, "window": 5000}
    assert data["links"]["atom"] == "/-/archiver/search.atom?q=parler"


@pytest.mark.asyncio
async def test_search_phrase_and_prefix_queries(datasette):
    async def ids(q: str) -> set[int]:
        response = await datasette.client.get("/-/archiver/search.json", params={"q": q})
        return {row["id"] for row in response.json()["articles"]}

    assert await ids('"temporary restraining order"') == {1, 4}
    assert await ids('"restraining temporary order"') == set(), "a phrase keeps word order"
    assert await ids("ferr*") == {2, 3}
    assert await ids("parler NOT ferry") == {1, 4}


@pytest.mark.asyncio
async def test_search_filters_by_site_publisher_and_date(datasette):
    async def ids(**params: str) -> set[int]:
        params.setdefault("q", "")
        response = await datasette.client.get("/-/archiver/search.json", params=params)
        assert response.status_code == 200
        return {row["id"] for row in response.json()["articles"]}

    assert await ids(q="parler", site="kpbs.example") == {4}
    assert await ids(q="parler", publisher="NPR") == {1, 4}
    assert await ids(publisher="NPR") == {1, 4}, "no words: newest articles that match"
    assert await ids(since="2021-01-11", until="2021-01-11") == {1, 4}
    assert await ids(q="parler", until="2020-12-31") == set()
    assert await ids(q="parler", since="not a date") == {1, 4}, "a bad date is ignored"


@pytest.mark.asyncio
async def test_search_urls_are_shareable_and_paginate(datasette):
    first = (await datasette.client.get("/-/archiver/search.json?publisher=NPR")).json()
    assert first["search"]["publisher"] == "NPR"
    html = (await datasette.client.get("/-/archiver/search?q=parler&site=kpbs.example")).text
    tree = LexborHTMLParser(html)
    assert tree.css_first('input[name="q"]').attributes["value"] == "parler"
    assert tree.css_first('input[name="site"]').attributes["value"] == "kpbs.example"
    page2 = (await datasette.client.get("/-/archiver/search.json?q=parler&page=2")).json()
    assert page2["articles"] == [] and page2["links"]["previous"]


@pytest.mark.asyncio
async def test_huge_result_sets_are_ranked_within_the_newest_matches(datasette, monkeypatch):
    from datasette_plugins import search

    exact = (await datasette.client.get("/-/archiver/search.json?q=parler")).json()
    assert exact["matches"] == {"count": 2, "more": False, "window": search.RANK_WINDOW}
    monkeypatch.setattr(search, "RANK_WINDOW", 1)
    data = (await datasette.client.get("/-/archiver/search.json?q=parler")).json()
    assert data["matches"]["more"] is True
    assert [row["id"] for row in data["articles"]] == [4], "the newest archived match"
    html = (await datasette.client.get("/-/archiver/search?q=parler")).text
    assert "most recently archived" in html


@pytest.mark.asyncio
async def test_search_syntax_error_is_a_clear_400(datasette):
    response = await datasette.client.get("/-/archiver/search.json?q=AND+lawsuit")
    assert response.status_code == 400
    assert "could not run" in response.json()["error"]
    html = await datasette.client.get("/-/archiver/search?q=AND+lawsuit")
    assert html.status_code == 400 and "could not run" in html.text


@pytest.mark.asyncio
async def test_search_atom_feed(datasette):
    response = await datasette.client.get("/-/archiver/search.atom?q=ferry")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    titles = [entry.title for entry in feed.entries]
    assert "Evil <script>alert(1)</script> headline" in titles, "titles are text, escaped in XML"
    assert b"<script>" not in response.content
    evil = next(e for e in feed.entries if "Evil" in e.title)
    assert evil.link == "http://localhost/-/archiver/article/3"
    assert "onerror=alert(2)" in evil.summary or "ferry" in evil.summary
    ET.fromstring(response.content)  # well-formed XML


@pytest.mark.asyncio
async def test_search_page_with_hostile_results_is_inert(datasette):
    for q in ("pwned", "evil", "<script>alert(9)</script>", "javascript"):
        response = await datasette.client.get("/-/archiver/search", params={"q": q})
        tree = assert_inert(response.text)
        assert "<script>alert(9)" not in response.text
        if q == "pwned":
            assert "<script>alert('pwned" in tree.css_first(".archiver-snippet").text()


# --- the article page ----------------------------------------------------------------


@pytest.mark.asyncio
async def test_article_page_text_metadata_and_history(datasette):
    response = await datasette.client.get("/-/archiver/article/2")
    assert response.status_code == 200
    tree = assert_inert(response.text)
    assert tree.css_first("h1").text() == "Council narrowly extends ferry subsidy through 2027"
    paragraphs = tree.css(".archiver-text p")
    assert len(paragraphs) > 3
    facts = {
        row.css_first("th").text(): row.css_first("td").text()
        for row in tree.css(".archiver-facts tr")
    }
    assert facts["Original URL"] == (
        "https://gazette.example/gazette/2025/03/12/ferry-subsidy-vote.html"
    ), "the page's declared canonical on its own site"
    assert "2 versions" in facts["Archived"]
    versions = tree.css(".archiver-versions > li")
    assert len(versions) == 2
    assert tree.css(".archiver-diff .diff-added ins") or tree.css(".archiver-diff .diff-removed")
    captures = tree.css(".archiver-captures a")
    assert len(captures) == 2 and captures[0].attributes["href"].startswith("/-/archiver/capture/")
    # nothing about annotations before their tables exist
    assert not tree.css("#quotes, #parties, #cases, #disclosures")


@pytest.mark.asyncio
async def test_article_page_highlights_search_hits(datasette):
    html = (await datasette.client.get("/-/archiver/article/1?q=lawsuit")).text
    hits = LexborHTMLParser(html).css(".archiver-text mark.archiver-hit")
    assert [hit.text() for hit in hits] == ["lawsuit", "lawsuit"]


@pytest.mark.asyncio
async def test_article_page_json(datasette):
    data = (await datasette.client.get("/-/archiver/article/2.json")).json()
    assert data["article"]["title"].startswith("Council narrowly")
    assert isinstance(data["article"]["authors"], list)
    assert [v["version"] for v in data["versions"]] == [2, 1]
    assert data["versions"][0]["diff"]
    assert len(data["captures"]) == 2
    assert data["quotes"] is None and data["disclosures"] is None
    assert data["links"]["row"] == "/archive/articles/2"


@pytest.mark.asyncio
async def test_hostile_article_page_is_inert(datasette):
    response = await datasette.client.get("/-/archiver/article/3?q=pwned")
    assert response.status_code == 200
    tree = assert_inert(response.text)
    assert tree.css_first("h1").text() == "Evil <script>alert(1)</script> headline"
    body = tree.css_first(".archiver-text").text()
    assert "<img src=x onerror=alert(2)>" in body
    assert '<a href="javascript:alert(3)">click</a>' in body
    diff = tree.css_first(".archiver-diff").text()
    assert "<svg onload=alert(4)>" in diff, "the diff shows the payload as text"
    assert "<script>alert(1)" not in response.text
    data = (await datasette.client.get("/-/archiver/article/3.json")).json()
    assert data["article"]["title"] == "Evil <script>alert(1)</script> headline"


@pytest.mark.asyncio
async def test_missing_article_is_a_404(datasette):
    assert (await datasette.client.get("/-/archiver/article/999")).status_code == 404
    response = await datasette.client.get("/-/archiver/article/999.json")
    assert response.status_code == 404 and response.json()["ok"] is False


@pytest.mark.asyncio
async def test_capture_page_shows_the_archived_page_inert(datasette):
    data = (await datasette.client.get("/-/archiver/article/3.json")).json()
    capture_id = data["captures"][-1]["id"]
    response = await datasette.client.get(f"/-/archiver/capture/{capture_id}")
    assert response.status_code == 200
    tree = assert_inert(response.text)
    capture = tree.css_first(".archiver-capture")
    assert "Paragraph one of a perfectly ordinary story" in capture.text()
    assert "next story" in capture.text()
    assert not capture.css("[href], [src], img, iframe, script, style")
    assert "tracker.example" not in response.text and "ads.example" not in response.text
    as_json = (await datasette.client.get(f"/-/archiver/capture/{capture_id}.json")).json()
    assert as_json["capture"]["url"] == EVIL_URL
    assert_inert(as_json["html"])
    assert "<script>alert('pwned')</script>" in LexborHTMLParser(as_json["html"]).text()


# --- annotations, once their tables exist ----------------------------------------------


@pytest.mark.asyncio
async def test_article_page_with_annotations(annotated):
    response = await annotated.client.get("/-/archiver/article/1")
    tree = assert_inert(response.text)
    quote = tree.css_first(".archiver-text #quote-2")
    assert quote.tag == "a" and quote.attributes["href"] == "/-/archiver/party/1"
    assert quote.text().startswith("It's our view")
    unlinked = tree.css_first(".archiver-text #quote-1")
    assert unlinked.tag == "mark" and unlinked.text() == "Violence works,"
    disclosure = tree.css_first(".archiver-text mark.archiver-disclosure")
    assert disclosure.text().startswith("Editor's note: Amazon")
    parties = [row.css("td")[0].text() for row in tree.css("#parties tr") if row.css("td")]
    assert parties == ["Parler", "Amazon"]
    assert "Barbara Rothstein" in tree.css_first("#cases").text()
    conflict = tree.css_first("#disclosures .archiver-conflict")
    assert "Amazon" in conflict.text() and "defendant" in conflict.text()
    assert "Apple" in tree.css_first("#disclosures").text()


@pytest.mark.asyncio
async def test_hostile_annotations_are_inert(annotated):
    response = await annotated.client.get("/-/archiver/article/3")
    tree = assert_inert(response.text)
    assert EVIL_SPEAKER in tree.css_first("#quotes").text()
    assert EVIL_PARTY in tree.css_first("#parties").text()
    party = await annotated.client.get("/-/archiver/party/3")
    assert_inert(party.text)
    assert LexborHTMLParser(party.text).css_first("h1").text() == EVIL_PARTY
    search = await annotated.client.get("/-/archiver/search?q=appear&kind=quotes")
    tree = assert_inert(search.text)
    assert EVIL_SPEAKER in tree.css_first(".archiver-quotes").text()


@pytest.mark.asyncio
async def test_article_json_with_annotations(annotated):
    data = (await annotated.client.get("/-/archiver/article/1.json")).json()
    assert [q["id"] for q in data["quotes"]] == [2, 1] or [q["id"] for q in data["quotes"]] == [
        1,
        2,
    ]
    assert data["disclosures"][0]["sponsors"] == ["Amazon", "Apple", "Google"]
    assert data["conflicts"] == [{"sponsor": "Amazon", "party": "Amazon", "role": "defendant"}]
    assert data["cases"][0]["judge"] == "Barbara Rothstein"


@pytest.mark.asyncio
async def test_search_finds_quotes_and_filters_by_speaker_and_party(annotated):
    data = (await annotated.client.get("/-/archiver/search.json?q=volunteers&kind=quotes")).json()
    assert data["articles"] is None
    assert [q["id"] for q in data["quotes"]] == [2]
    assert data["quotes"][0]["party_name"] == "Amazon"
    by_speaker = (
        await annotated.client.get("/-/archiver/search.json", params={"speaker": "Amazon"})
    ).json()
    assert {row["id"] for row in by_speaker["articles"]} == {1}
    by_party = (await annotated.client.get("/-/archiver/search.json?party=Amazon")).json()
    assert {row["id"] for row in by_party["articles"]} == {1, 4}
    by_id = (await annotated.client.get("/-/archiver/search.json?party=2")).json()
    assert {row["id"] for row in by_id["articles"]} == {1}
    html = (await annotated.client.get("/-/archiver/search?q=volunteers&kind=quotes")).text
    tree = assert_inert(html)
    assert tree.css_first(".archiver-quotes mark.archiver-hit").text() == "volunteers"


@pytest.mark.asyncio
async def test_party_page(annotated):
    response = await annotated.client.get("/-/archiver/party/1")
    assert response.status_code == 200
    tree = assert_inert(response.text)
    assert tree.css_first("h1").text() == "Amazon"
    assert tree.css_first("svg.archiver-chart rect") is not None
    assert [h.text() for h in tree.css("#articles h3")] == ["As defendant"]
    assert len(tree.css("#articles li")) == 2
    assert "volunteers" in tree.css_first("#quotes").text()
    data = (await annotated.client.get("/-/archiver/party/1.json")).json()
    assert data["coverage"] == [{"month": "2021-01", "articles": 2}]
    assert data["roles"] == [{"role": "defendant", "articles": 2}]


@pytest.mark.asyncio
async def test_party_page_before_annotations_is_a_404(datasette):
    response = await datasette.client.get("/-/archiver/party/1")
    assert response.status_code == 404
    assert "no parties yet" in response.text


@pytest.mark.asyncio
async def test_annotation_queries_wait_for_their_tables(datasette):
    names = {q["name"] for q in (await datasette.client.get("/archive.json")).json()["queries"]}
    assert "syndicated_copies" in names
    assert not {"sponsor_conflicts", "top_speakers", "party_coverage"} & names


@pytest.mark.asyncio
async def test_annotation_queries_appear_with_their_tables(annotated):
    after = (await annotated.client.get("/archive.json")).json()
    assert {"sponsor_conflicts", "top_speakers", "party_coverage"} <= {
        q["name"] for q in after["queries"]
    }
    rows = (await annotated.client.get("/archive/sponsor_conflicts.json?_shape=objects")).json()
    assert [(r["sponsor"], r["role"]) for r in rows["rows"]] == [("Amazon", "defendant")]
    speakers = (await annotated.client.get("/archive/top_speakers.json?_shape=objects")).json()
    assert speakers["rows"]
    coverage = await annotated.client.get(
        "/archive/party_coverage.json?party=Amazon&_shape=objects"
    )
    assert coverage.json()["rows"] == [{"month": "2021-01", "articles": 2, "roles": "defendant"}]


# --- analysts' and operators' canned queries ------------------------------------------


@pytest.mark.asyncio
async def test_syndicated_copies(datasette):
    data = (await datasette.client.get("/archive/syndicated_copies.json?_shape=objects")).json()
    assert len(data["rows"]) == 1
    row = data["rows"][0]
    assert row["from_publisher"] == "NPR" and row["copies"] == 2
    copies = (
        await datasette.client.get("/archive/copies_of_article.json?id=1&_shape=objects")
    ).json()
    assert [r["id"] for r in copies["rows"]] == [4]


@pytest.mark.asyncio
async def test_articles_per_site_per_day(datasette):
    data = (
        await datasette.client.get("/archive/articles_per_site_per_day.json?_shape=objects")
    ).json()
    by_site = {(r["site"], r["day"]): r["articles"] for r in data["rows"]}
    assert by_site[("wunc.org", "2021-01-11")] == 1
    assert by_site[("kpbs.example", "2021-01-11")] == 1
    filtered = await datasette.client.get(
        "/archive/articles_per_site_per_day.json?site=kpbs.example&_shape=objects"
    )
    assert {r["site"] for r in filtered.json()["rows"]} == {"kpbs.example"}


@pytest.mark.asyncio
async def test_sources_failing_lately(datasette):
    data = (
        await datasette.client.get("/archive/sources_failing_lately.json?_shape=objects")
    ).json()
    assert data["rows"][0]["source"] == "broken"
    assert data["rows"][0]["failures"] == 3
    assert data["rows"][0]["common_reason"] == "HTTP 503 <b>down</b>"
    assert "old" not in {row["source"] for row in data["rows"]}, "older than the 7-day window"
    wider = await datasette.client.get(
        "/archive/sources_failing_lately.json?days=60&_shape=objects"
    )
    assert {row["source"] for row in wider.json()["rows"]} == {"broken", "old"}


@pytest.mark.asyncio
async def test_operations_page_at_a_glance(datasette):
    response = await datasette.client.get("/-/archiver/operations")
    assert response.status_code == 200
    tree = assert_inert(response.text)
    assert [h.text() for h in tree.css("h2")] == [
        "Sources at a glance",
        "Latest crawl runs",
        "Recent failures",
    ]
    health = {
        row.css("td")[0].text(): row.css("td")[1]
        for row in tree.css("#source_health tr")
        if row.css("td")
    }
    assert health["broken"].text() == "failing"
    assert "archiver-state-failing" in health["broken"].attributes["class"]
    assert health["gazette"].text() == "ok"
    assert "HTTP 503 <b>down</b>" in tree.css_first("#recent_failures").text()
    assert not tree.css("#recent_failures b"), "reasons are text"
    assert tree.css_first("form.archiver-refresh button") is not None
    data = (await datasette.client.get("/-/archiver/operations.json")).json()
    panels = {p["name"]: p for p in data["panels"]}
    assert panels["crawl_runs_recent"]["rows"][0]["status"] == "partial"
    assert data["snapshot"]["generation"] == 1
    assert data["can_refresh"] is True


# --- headers and navigation ---------------------------------------------------------


@pytest.mark.asyncio
async def test_content_security_policy(datasette):
    ours = await datasette.client.get("/-/archiver/article/1")
    csp = ours.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", csp)
    assert "img-src 'self' data:" in csp and "frame-ancestors 'none'" in csp
    assert ours.headers["x-content-type-options"] == "nosniff"
    theirs = await datasette.client.get("/archive/articles")
    assert "object-src 'none'" in theirs.headers["content-security-policy"]
    assert "img-src 'self' data:" in theirs.headers["content-security-policy"]


@pytest.mark.asyncio
async def test_menu_links_to_search_and_operations(datasette):
    html = (await datasette.client.get("/")).text
    assert 'href="/-/archiver/search"' in html
    assert 'href="/-/archiver/operations"' in html
