"""Serving: snapshots, refresh without breaking readers, public exposure settings, and
`archiver serve` as a real server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from archiver import archive_file
from archiver.errors import StoreError
from archiver.publish import build_datasette, make_snapshot, snapshot_dir

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def live(settings, db):
    archive_file(FIXTURES / "station_seed.html", db)
    return settings


def snapshots(settings) -> list[Path]:
    return sorted(snapshot_dir(settings.db_path).glob("archive-*.db"))


def test_snapshot_is_a_complete_immutable_copy_with_publishing_indexes(live):
    path = make_snapshot(live.db_path)
    assert path.parent == live.db_path.parent / ".snapshots"
    assert not Path(f"{path}-wal").exists()
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    assert conn.execute("select count(*) from articles").fetchone() == (1,)
    assert conn.execute("pragma journal_mode").fetchone() == ("delete",)
    indexes = {row[0] for row in conn.execute("select name from sqlite_master where type='index'")}
    assert "snapshot_fetch_log_source_at" in indexes
    live_indexes = sqlite3.connect(live.db_path).execute(
        "select name from sqlite_master where name like 'snapshot_%'"
    )
    assert live_indexes.fetchall() == [], "the live archive's schema is left alone"


def test_snapshots_are_new_files_and_old_ones_are_pruned(live):
    made = [make_snapshot(live.db_path) for _ in range(4)]
    assert len(set(made)) == 4
    assert snapshots(live) == made[-2:], "the served one and the one before it are kept"


def test_snapshot_of_a_missing_or_broken_archive_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no archive"):
        make_snapshot(tmp_path / "missing.db")
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot snapshot"):
        make_snapshot(broken)
    assert not list((tmp_path / ".snapshots").glob("*.partial"))


async def article_count(ds) -> int:
    response = await ds.client.get("/archive/articles.json?_shape=objects&_size=0")
    return response.json()["filtered_table_rows_count"]


@pytest.mark.asyncio
async def test_refresh_serves_new_articles_without_a_restart(live, db):
    ds = build_datasette(live, make_snapshot(live.db_path), min_refresh_interval=0)
    assert await article_count(ds) == 1
    archive_file(FIXTURES / "gazette_article.html", db)
    assert await article_count(ds) == 1, "readers see the snapshot, not the live archive"
    response = await ds.client.post("/-/archiver/refresh.json")
    assert response.status_code == 200
    assert response.json()["generation"] == 2
    assert await article_count(ds) == 2
    search = await ds.client.get("/-/archiver/search.json?q=ferry")
    assert [row["id"] for row in search.json()["articles"]] == [2]


@pytest.mark.asyncio
async def test_a_request_on_a_pruned_snapshot_runs_on_the_served_one(live, db):
    """Refreshes so fast that a request's snapshot is pruned before its first query: the
    query runs on the snapshot served then, and the pruned path is never recreated empty."""
    ds = build_datasette(live, make_snapshot(live.db_path), min_refresh_interval=0)
    old = ds.databases[live.db_path.stem]
    archive_file(FIXTURES / "gazette_article.html", db)
    for _ in range(2):
        assert (await ds.client.post("/-/archiver/refresh.json")).status_code == 200
    assert not Path(old.path).exists()
    with pytest.raises(sqlite3.OperationalError):
        old.connect()
    assert not Path(old.path).exists(), "opening a pruned snapshot must not recreate it"
    served, conn = old._open()
    assert served is ds.databases[old.name]
    assert conn.execute("select count(*) from articles").fetchone()[0] == 2


@pytest.mark.asyncio
async def test_readers_keep_working_during_refreshes(live, db):
    """Requests running while snapshots are swapped all succeed, each on one snapshot."""
    ds = build_datasette(live, make_snapshot(live.db_path), min_refresh_interval=0)
    archive_file(FIXTURES / "gazette_article.html", db)

    async def reader() -> list[int]:
        statuses = []
        for _ in range(15):
            response = await ds.client.get("/-/archiver/article/1.json")
            statuses.append(response.status_code)
            statuses.append((await ds.client.get("/-/archiver/search.json?q=parler")).status_code)
        return statuses

    async def refresher() -> None:
        for _ in range(4):
            assert (await ds.client.post("/-/archiver/refresh.json")).status_code == 200

    results = await asyncio.gather(reader(), reader(), reader(), refresher())
    assert {status for statuses in results[:3] for status in statuses} == {200}
    assert await article_count(ds) == 2
    assert len(snapshots(live)) == 2


@pytest.mark.asyncio
async def test_refresh_is_rate_limited_and_post_only(live):
    ds = build_datasette(live, make_snapshot(live.db_path), min_refresh_interval=60)
    assert (await ds.client.get("/-/archiver/refresh.json")).status_code == 405
    assert (await ds.client.post("/-/archiver/refresh.json")).status_code == 200
    again = await ds.client.post("/-/archiver/refresh.json")
    assert again.status_code == 429
    assert 1 <= int(again.headers["retry-after"]) <= 60


@pytest.mark.asyncio
async def test_refresh_button_redirects_back_with_a_message(live):
    ds = build_datasette(live, make_snapshot(live.db_path), min_refresh_interval=0)
    page = await ds.client.get("/-/archiver/operations")
    assert 'action="/-/archiver/refresh"' in page.text
    response = await ds.client.post("/-/archiver/refresh")
    assert response.status_code == 302
    assert response.headers["location"] == "/-/archiver/operations"


@pytest.mark.asyncio
async def test_public_settings(live):
    ds = build_datasette(live, make_snapshot(live.db_path), public=True)
    assert ds.setting("sql_time_limit_ms") <= 1000
    assert ds.setting("max_returned_rows") <= 500
    assert ds.setting("allow_csv_stream") is False
    assert ds.setting("allow_download") is False
    # anonymous visitors: pages, JSON and canned queries, but no SQL of their own
    custom = await ds.client.get("/archive.json?sql=select+1")
    assert custom.status_code == 403
    assert (await ds.client.get("/archive/search.json?q=parler")).status_code == 200
    assert (await ds.client.get("/-/archiver/search.json?q=parler")).status_code == 200
    assert (await ds.client.get("/-/archiver/article/1")).status_code == 200
    assert (await ds.client.post("/-/archiver/refresh.json")).status_code == 403
    operations = await ds.client.get("/-/archiver/operations")
    assert "archiver-refresh" not in operations.text, "no button for those who may not"
    # the operator signed in as root may do both; the button's form carries a CSRF token
    root = {"ds_actor": ds.sign({"a": {"id": "root"}}, "actor")}
    assert (await ds.client.get("/archive.json?sql=select+1", cookies=root)).status_code == 200
    page = await ds.client.get("/-/archiver/operations", cookies=root)
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    cookies = {**root, "ds_csrftoken": page.cookies["ds_csrftoken"]}
    forged = await ds.client.post("/-/archiver/refresh", cookies=cookies, data={})
    assert forged.status_code == 403, "a cross-site form without the token is refused"
    refreshed = await ds.client.post(
        "/-/archiver/refresh", cookies=cookies, data={"csrftoken": token}
    )
    assert refreshed.status_code == 302


@pytest.mark.asyncio
async def test_local_serving_allows_sql_and_refresh(live):
    ds = build_datasette(live, make_snapshot(live.db_path))
    assert (await ds.client.get("/archive.json?sql=select+1")).status_code == 200
    assert ds.setting("sql_time_limit_ms") == live.sql_time_limit_ms
    assert ds.setting("max_returned_rows") == live.max_returned_rows


@pytest.mark.asyncio
async def test_sql_time_limit_applies(live):
    ds = build_datasette(live.replace(sql_time_limit_ms=50), make_snapshot(live.db_path))
    slow = (
        "with recursive n(i) as (select 1 union all select i + 1 from n where i < 100000000)"
        " select count(*) from n"
    )
    response = await ds.client.get("/archive.json", params={"sql": slow})
    assert response.status_code == 400
    assert "interrupted" in response.text.lower() or "time limit" in response.text.lower()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_archiver_serve_runs_a_real_server_and_refreshes_on_schedule(live, db):
    port = free_port()
    env = {**os.environ, "ARCHIVER_DB_PATH": str(live.db_path)}
    command = [sys.executable, "-m", "archiver", "serve", "--port", str(port), "--refresh", "10"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"{base}/-/archiver/operations.json", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert response.json()["snapshot"]["refresh_every"] == 10
        assert "content-security-policy" in response.headers
        archive_file(FIXTURES / "gazette_article.html", db)
        deadline = time.monotonic() + 40
        while httpx.get(f"{base}/-/archiver/article/2.json").status_code != 200:
            assert time.monotonic() < deadline, "the scheduled refresh never came"
            time.sleep(0.5)
    finally:
        server.terminate()
        output = server.communicate(timeout=15)[0].decode()
    assert f"at http://127.0.0.1:{port}/" in output


def test_serve_without_an_archive_is_a_one_line_error(tmp_path):
    env = {**os.environ, "ARCHIVER_DB_PATH": str(tmp_path / "none.db")}
    result = subprocess.run(
        [sys.executable, "-m", "archiver", "serve"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "no archive at" in result.stderr and "archiver init" in result.stderr
