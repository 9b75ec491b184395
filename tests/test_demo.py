import httpx

from archiver.demo import DEMO_SITE, archive_demo_site, serve_site


def test_demo_site_writes_the_host_it_was_asked_for_into_sitemaps():
    with serve_site() as base:
        sitemap = httpx.get(base + "/sitemap.xml").text
        robots = httpx.get(base + "/robots.txt").text
    assert "demo.invalid" not in sitemap
    assert base + "/wrvr/" in sitemap
    assert "Sitemap:" in robots


def test_demo_urls_are_stable_across_runs(settings, db):
    archive_demo_site(settings, echo=lambda line: None)
    urls = [row["url"] for row in db.query("select url from articles")]
    assert all(url.startswith("http://demo.invalid/") for url in urls)


def test_demo_archives_every_article_offline(settings):
    report = archive_demo_site(settings, echo=lambda line: None)
    counts = report.counts()
    pages = list((DEMO_SITE / "wrvr").glob("20*/**/*.html")) + list(
        (DEMO_SITE / "gazette").glob("20*/**/*.html")
    )
    assert counts["new"] == len(pages) >= 12
    assert counts["failed"] == counts["skipped"] == 0


def test_demo_articles_are_clean(settings, db):
    archive_demo_site(settings, echo=lambda line: None)
    rows = list(db.query("select url, text, original_publisher, authors from articles"))
    for row in rows:
        for chrome in (
            "Play Live Radio",
            "More Stories",
            "Most Read",
            "455 Mill Race Road",
            "To see more, visit",
            "Advertisement",
        ):
            assert chrome not in row["text"], (row["url"], chrome)
        assert row["authors"] != "[]", row["url"]
    syndicated = [r for r in rows if r["original_publisher"] == "PRN"]
    assert len(syndicated) >= 4


def test_second_demo_run_changes_nothing(settings, db):
    archive_demo_site(settings, echo=lambda line: None)
    articles = db["articles"].count
    report = archive_demo_site(settings, echo=lambda line: None)
    assert report.counts()["new"] == 0
    assert report.pages == 0, "articles are not due again yet (recheck schedule)"
    assert db["articles"].count == articles
    assert {outcome for _, outcome in report.tally} == {"listed"}
