"""Single URLs and files through the stages (the crawl engine has test_crawler.py)."""

import subprocess
import sys
from pathlib import Path

from conftest import Route

from archiver import archive_file, archive_url
from archiver.pipeline import looks_like_article, recheck_delay

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
    assert db["frontier"].get(url)["state"] == "done", "added URLs join the frontier"


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


def test_changed_version_has_a_readable_diff(settings, db):
    url = "https://gazette.example/2025/03/12/ferry-subsidy-vote.html"
    archive_file(FIXTURES / "gazette_article.html", db, url=url)
    archive_file(FIXTURES / "gazette_article_v2.html", db, url=url)
    diff = db.execute("select diff from article_versions where version = 2").fetchone()[0]
    assert "-" in diff and "6:10 a.m. boat" in diff
    assert "+Correction: An earlier version" in diff


def test_looks_like_article():
    assert looks_like_article("https://n.example/2025/03/14/river-plan.html")
    assert looks_like_article("https://n.example/news/city-council-votes-on-ferry")
    assert not looks_like_article("https://n.example/tag/transit/")
    assert not looks_like_article("https://n.example/about")
    assert not looks_like_article("https://n.example/")


def test_recheck_young_articles_often_and_old_ones_rarely(settings):
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    hourly = recheck_delay(now - timedelta(hours=2), settings)
    weekly = recheck_delay(now - timedelta(days=30), settings)
    monthly = recheck_delay(now - timedelta(days=400), settings)
    assert hourly < weekly < monthly
    assert hourly == 3600


def test_the_crawl_process_leaves_trafilatura_to_the_workers():
    """The crawl's main process hands extraction to workers: it never loads trafilatura
    (its memory counts once per crawl, not shared with the workers)."""
    code = (
        "import sys, archiver, archiver.cli, archiver.crawler; "
        "print(sorted(m for m in ('trafilatura', 'htmldate') if m in sys.modules))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[]"
