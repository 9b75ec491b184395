"""Publishing goes through Datasette itself, with our plugins loaded from entry points."""

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from archiver import archive_file
from archiver.publish import build_datasette, make_snapshot

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = """<html><head><title>x</title>
<meta property="og:title" content="Evil &lt;script&gt;alert(1)&lt;/script&gt; headline">
</head><body><article><h1>Evil</h1>
<p>Paragraph one of a perfectly ordinary story about the harbor ferry schedule, long enough
to count as article text for the extractor to keep it as body content here.</p>
<p>&lt;script&gt;alert('pwned')&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; and
&lt;a href="javascript:alert(3)"&gt;click&lt;/a&gt; appear here as text in the story body.</p>
</article></body></html>"""


@pytest.fixture
def archive(tmp_path, settings, db):
    archive_file(FIXTURES / "station_seed.html", db)
    archive_file(FIXTURES / "gazette_article.html", db)
    hostile = tmp_path / "hostile.html"
    hostile.write_text(HOSTILE)
    archive_file(hostile, db, url="https://evil.example/story")
    return make_snapshot(settings.db_path)


@pytest.fixture
def datasette(archive, settings):
    return build_datasette(settings, archive)


@pytest.mark.asyncio
async def test_our_plugins_are_loaded_through_entry_points(datasette):
    response = await datasette.client.get("/-/plugins.json")
    ours = [plugin for plugin in response.json() if plugin["name"] == "archiver"]
    hooks = {hook for plugin in ours for hook in plugin["hooks"]}
    assert {"render_cell", "prepare_connection", "extra_css_urls"} <= hooks
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
async def test_article_json(datasette):
    response = await datasette.client.get("/archive/articles/1.json?_shape=objects")
    row = response.json()["rows"][0]
    assert row["title"] == "Parler Sues Amazon, Seeking To Restore Web Service"
    assert row["original_publisher"] == "NPR"


@pytest.mark.asyncio
async def test_ranked_search_with_highlighted_snippets(datasette):
    response = await datasette.client.get("/archive/search?q=lawsuit")
    assert response.status_code == 200
    assert '<mark class="archiver-hit">lawsuit</mark>' in response.text
    data = (await datasette.client.get("/archive/search.json?q=ferry&_shape=objects")).json()
    titles = [row["title"] for row in data["rows"]]
    assert titles[0] == "Council narrowly extends ferry subsidy through 2027"


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
async def test_hostile_text_comes_out_inert(datasette):
    response = await datasette.client.get("/archive/articles/3")
    tree = LexborHTMLParser(response.text)
    scripts = " ".join(node.text() for node in tree.css("script"))
    assert "alert" not in scripts
    assert not tree.css("[onerror]")
    assert not [a for a in tree.css("a[href]") if "javascript" in a.attributes["href"].lower()]
    assert "alert('pwned')" in tree.body.text(), "the payload is shown as text, not dropped"


@pytest.mark.asyncio
async def test_facets_come_from_metadata(datasette):
    data = (await datasette.client.get("/archive/articles.json")).json()
    assert {"site_name", "publisher", "original_publisher"} <= set(data["facet_results"])


@pytest.mark.asyncio
async def test_served_database_is_read_only(datasette):
    database = datasette.get_database("archive")
    assert database.is_mutable is False
