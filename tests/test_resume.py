"""A crawl killed with SIGKILL and started again ends with exactly the articles of an
uninterrupted crawl: none missing, none archived twice."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import Route, start_site

from archiver.crawler import crawl
from archiver.sources import Source

PAGES = 40


def story(i: int) -> bytes:
    return (
        f"<html><head><title>Story number {i}</title></head><body><article>"
        f"<h1>Story number {i}</h1>"
        + "".join(
            f"<p>Paragraph {p} of story {i}: the council met again on Tuesday to weigh the "
            f"ferry budget, and residents spoke for more than an hour about fares.</p>"
            for p in range(4)
        )
        + "</article></body></html>"
    ).encode()


def slow_story(i: int):
    def respond(handler):
        time.sleep(0.05)  # slow enough that a kill lands mid-crawl
        return Route(200, story(i))

    return respond


def serve_stories(site) -> str:
    for i in range(PAGES):
        site.routes[f"/news/story-{i}.html"] = slow_story(i)
    urls = "".join(
        f"<url><loc>{site.url(f'/news/story-{i}.html')}</loc></url>" for i in range(PAGES)
    )
    return site.page("/sitemap.xml", f"<urlset>{urls}</urlset>", "application/xml")


def articles(path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("select url, title, content_hash from articles").fetchall())


def count(path, sql) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchone()[0]


def crawl_command(sitemap: str, db_path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "archiver",
        "crawl",
        "--sitemap",
        sitemap,
        "--allow-private",
        "--delay",
        "0",
        "--concurrency",
        "3",
        "--db",
        str(db_path),
    ]


def test_sigkill_mid_crawl_then_resume_matches_an_uninterrupted_crawl(tmp_path, settings):
    with start_site() as site:
        sitemap = serve_stories(site)
        reference = tmp_path / "reference.db"
        from archiver.store import open_db

        crawl(
            open_db(reference),
            [Source(name="cli", sitemaps=(sitemap,), interval=0)],
            settings.replace(
                db_path=reference, extract_workers=1, concurrency=3, per_host_concurrency=3
            ),
            force=True,
        )

        killed = tmp_path / "killed.db"
        env = {**os.environ, "ARCHIVER_PER_HOST_CONCURRENCY": "3"}
        process = subprocess.Popen(
            crawl_command(sitemap, killed),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and process.poll() is None:
            if killed.exists():
                try:
                    stored = count(killed, "select count(*) from articles")
                except sqlite3.OperationalError:
                    stored = 0  # schema not created yet
            if stored >= 8:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the crawl finished before it could be killed"
        os.killpg(process.pid, signal.SIGKILL)  # the crawler and its extraction workers
        process.wait()
        assert 0 < count(killed, "select count(*) from articles") < PAGES

        finish = subprocess.run(
            crawl_command(sitemap, killed), env=env, capture_output=True, text=True, timeout=120
        )
        assert finish.returncode == 0, finish.stderr

    assert articles(killed) == articles(reference)
    assert len(articles(killed)) == PAGES
    assert count(killed, "select count(*) from article_versions") == PAGES
    assert count(killed, "select count(*) from fetch_log where outcome = 'new'") == PAGES
    assert count(killed, "select count(*) from frontier where state = 'fetching'") == 0
