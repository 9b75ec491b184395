from pathlib import Path

from conftest import Route

from archiver import archive_file, archive_url, crawl

FIXTURES = Path(__file__).parent / "fixtures"


def log_rows(db):
    return list(db.query("select url, outcome, status, reason from fetch_log order by id"))


def test_archive_url_from_a_real_server(site, settings, db, station_html):
    url = site.page("/story.html", station_html)
    outcome = archive_url(url, db, settings)
    assert outcome.outcome == "new"
    row = db["articles"].get(outcome.article_id)
    assert row["title"] == "Parler Sues Amazon, Seeking To Restore Web Service"
    assert row["original_publisher"] == "NPR"
    assert log_rows(db)[-1]["outcome"] == "new"


def test_failures_are_recorded_with_their_reason(site, settings, db):
    site.routes["/gone"] = Route(410, b"gone")
    outcome = archive_url(site.url("/gone"), db, settings)
    assert (outcome.outcome, outcome.reason) == ("failed", "HTTP 410 Gone")
    assert log_rows(db) == [
        {"url": site.url("/gone"), "outcome": "failed", "status": 410, "reason": "HTTP 410 Gone"}
    ]


def test_a_page_without_article_text_keeps_its_capture(site, settings, db):
    url = site.page("/empty", "<html><body><nav>Home</nav></body></html>")
    outcome = archive_url(url, db, settings)
    assert outcome.outcome == "failed"
    assert outcome.reason == "no article text found"
    assert db["captures"].count == 1  # kept so it can be re-extracted later
    assert log_rows(db)[0]["reason"] == "no article text found"


def test_import_file_with_url(settings, db):
    url = "https://www.wunc.org/2021-01-11/parler-sues-amazon-seeking-to-restore-web-service"
    outcome = archive_file(FIXTURES / "station_seed.html", db, url=url)
    assert outcome.outcome == "new"
    assert db["captures"].get(1)["source"] == "import"
    assert db["articles"].get(outcome.article_id)["url"] == url


def test_reimport_is_idempotent(settings, db):
    first = archive_file(FIXTURES / "gazette_article.html", db)
    again = archive_file(FIXTURES / "gazette_article.html", db)
    assert (first.outcome, again.outcome) == ("new", "unchanged")
    assert db["articles"].count == db["article_versions"].count == 1


def sitemap(site, paths):
    urls = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in paths)
    return site.page(
        "/sitemap.xml",
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>",
        "application/xml",
    )


def test_crawl_goes_on_after_a_failure_and_records_the_run(
    site, settings, db, station_html, gazette_html
):
    site.page("/a.html", station_html)
    site.routes["/broken.html"] = Route(500, b"oops")
    site.page("/b.html", gazette_html)
    report = crawl([sitemap(site, ["/a.html", "/broken.html", "/b.html"])], db, settings)
    assert report.counts() == {"new": 2, "changed": 0, "unchanged": 0, "skipped": 0, "failed": 1}
    run = db["crawl_runs"].get(report.run_id)
    assert (run["new"], run["failed"], run["status"]) == (2, 1, "partial")
    assert {r["outcome"] for r in log_rows(db)} == {"new", "failed"}


def test_crawl_respects_robots_txt(site, settings, db, station_html):
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.page("/private/a.html", station_html)
    report = crawl([sitemap(site, ["/private/a.html"])], db, settings)
    assert report.counts()["skipped"] == 1
    assert log_rows(db)[-1]["reason"] == "disallowed by robots.txt"
    assert "/private/a.html" not in [path for path, _ in site.requests]
