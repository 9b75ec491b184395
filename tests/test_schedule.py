"""``archiver watch`` repeats passes and stops cleanly on SIGTERM."""

import signal
import sqlite3
import subprocess
import sys
import time

from conftest import Route

from archiver.schedule import seconds_until_next
from archiver.sources import Source


def test_watch_stops_on_sigterm_and_records_the_run(site, tmp_path):
    for i in range(30):
        site.routes[f"/news/story-{i}.html"] = lambda h, i=i: (
            time.sleep(0.2),  # slow enough that SIGTERM lands mid-crawl on a busy machine
            Route(
                200,
                f"<html><body><article><h1>Story {i}</h1><p>{'Words here. ' * 40}"
                f"</p><p>{'More words. ' * 40}</p></article></body></html>".encode(),
            ),
        )[1]
    urls = "".join(f"<url><loc>{site.url(f'/news/story-{i}.html')}</loc></url>" for i in range(30))
    sitemap = site.page("/sitemap.xml", f"<urlset>{urls}</urlset>", "application/xml")
    db_path = tmp_path / "watch.db"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "archiver",
            "watch",
            "--sitemap",
            sitemap,
            "--allow-private",
            "--delay",
            "0",
            "--db",
            str(db_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with sqlite3.connect(db_path) as conn:
                if conn.execute("select count(*) from articles").fetchone()[0] >= 3:
                    break
        except sqlite3.OperationalError:
            pass  # not created yet
        time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    with sqlite3.connect(db_path) as conn:
        status, finished = conn.execute(
            "select status, finished from crawl_runs order by id desc limit 1"
        ).fetchone()
        fetching = conn.execute(
            "select count(*) from frontier where state = 'fetching'"
        ).fetchone()[0]
        stored = conn.execute("select count(*) from articles").fetchone()[0]
    assert status == "stopped" and finished
    assert fetching == 0, "pages not started were given back to the queue"
    assert 3 <= stored < 30, f"{stored} stored"
    assert "stopped" in out


def test_sleep_until_the_next_due_source(db):
    from archiver import store

    source = Source(name="s", feeds=("https://n.example/feed.xml",), interval=120)
    store.sources_visited(db, source)
    wait = seconds_until_next(db, [source], cap=600)
    assert 100 < wait <= 120
    assert seconds_until_next(db, [source], cap=30) == 30
