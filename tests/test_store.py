import json
import sqlite3
from pathlib import Path

import pytest
from conftest import fetched_page

from archiver import extract
from archiver.errors import StoreError
from archiver.models import FetchResult
from archiver.store import Batch, open_db, read_capture, save_article, search, start_run
from archiver.store.schema import migrations

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://gazette.example/gazette/2025/03/12/ferry-subsidy-vote.html"


def fetched_from(name: str, url: str = URL) -> FetchResult:
    return fetched_page((FIXTURES / name).read_text("utf-8"), url)


def save(db, name: str):
    fetched = fetched_from(name)
    return save_article(db, fetched, extract(fetched.text, url=fetched.url))


def counts(db) -> dict[str, int]:
    return {t: db[t].count for t in ("articles", "article_versions", "captures")}


def test_schema_is_created_by_migrations_in_wal_mode(db):
    assert {
        "articles",
        "article_versions",
        "captures",
        "fetch_log",
        "crawl_runs",
        "articles_fts",
    } <= set(db.table_names())
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in db.execute("select name from _sqlite_migrations")]
    assert names[0] == "m001_initial"
    assert migrations.pending(db) == []


def test_reopening_applies_no_migration_twice(settings):
    first = open_db(settings.db_path)["_sqlite_migrations"].count
    db = open_db(settings.db_path)
    assert db["_sqlite_migrations"].count == first == len(migrations._migrations)


def test_an_archive_from_an_older_schema_is_migrated(tmp_path):
    """A database stopped after the first migration gains the later ones on open."""
    import sqlite_utils

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    migrations.apply(old, stop_before="m002_frontier_sources_diffs")
    assert "frontier" not in old.table_names()
    old.close()
    db = open_db(path)
    assert "frontier" in db.table_names()
    assert "diff" in db["article_versions"].columns_dict


def test_saving_the_same_page_twice_changes_nothing(db):
    first = save(db, "gazette_article.html")
    before = counts(db)
    second = save(db, "gazette_article.html")
    assert (first.outcome, second.outcome) == ("new", "unchanged")
    assert counts(db) == before == {"articles": 1, "article_versions": 1, "captures": 1}


def test_a_changed_page_adds_a_version(db):
    save(db, "gazette_article.html")
    result = save(db, "gazette_article_v2.html")
    assert result.outcome == "changed"
    assert result.version == 2
    article = db["articles"].get(result.article_id)
    assert article["version_count"] == 2
    assert "6:40 a.m. boat" in article["text"]
    versions = list(db.query("select version, text from article_versions order by version"))
    assert [v["version"] for v in versions] == [1, 2]
    assert "6:10 a.m. boat" in versions[0]["text"]
    assert db["captures"].count == 2


def test_capture_keeps_the_raw_body_compressed(db):
    result = save(db, "gazette_article.html")
    raw = (FIXTURES / "gazette_article.html").read_bytes()
    assert read_capture(db, result.capture_id)["body"] == raw
    row = db["captures"].get(result.capture_id)
    assert row["size"] == len(raw) > len(row["body"])
    assert json.loads(row["headers"]) == {"content-type": "text/html"}


def test_fts_finds_an_article_by_a_stemmed_word(db):
    save(db, "gazette_article.html")
    # the text says "subsidy"/"extends"; porter stemming matches other forms
    hits = search(db, "extending")
    assert [h["url"] for h in hits] == [URL]
    assert search(db, "zeppelin") == []


def test_fts_follows_updates(db):
    save(db, "gazette_article.html")
    save(db, "gazette_article_v2.html")
    assert search(db, "correction")  # only in version 2
    assert len(search(db, "ferry")) == 1


def test_a_file_that_is_not_sqlite_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open archive"):
        open_db(bad)


def _visible_runs(path: Path) -> int:
    """What another reader sees: only committed rows."""
    with sqlite3.connect(path) as reader:
        return reader.execute("select count(*) from crawl_runs").fetchone()[0]


def test_a_batch_commits_every_n_units_and_a_crash_loses_only_the_open_batch(settings):
    db = open_db(settings.db_path)
    batch = Batch(db, items=3, seconds=3600)
    with batch.open():
        for _ in range(4):
            start_run(db, "unit")  # its own db.atomic(): a savepoint inside the batch
            batch.done()
        assert _visible_runs(settings.db_path) == 3  # the fourth is not committed yet
        db.conn.rollback()  # what a killed crawl amounts to: the open batch is gone
    assert _visible_runs(settings.db_path) == 3
    assert db["crawl_runs"].count == 3


def test_a_batch_commits_when_it_is_old_enough(settings):
    db = open_db(settings.db_path)
    batch = Batch(db, items=1000, seconds=0.0)
    with batch.open():
        start_run(db, "unit")
        batch.done()
        assert _visible_runs(settings.db_path) == 1
