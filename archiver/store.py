"""Storage: the only module that writes SQL.

The archive is one SQLite file in WAL mode. Its schema is created and evolved by the
migrations below (sqlite-utils ``Migrations``); add a new function to change it, never
edit an applied one. Each ``save_*`` call writes all its rows in one transaction.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from .errors import StoreError
from .models import Article, FetchResult
from .urls import canonicalize, host_key, same_site

migrations = Migrations("archiver")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["crawl_runs"].create(
        {
            "id": int,
            "started": str,
            "finished": str,
            "command": str,
            "status": str,
            "new": int,
            "changed": int,
            "unchanged": int,
            "skipped": int,
            "failed": int,
        },
        pk="id",
    )
    db["captures"].create(
        {
            "id": int,
            "url": str,
            "final_url": str,
            "fetched_at": str,
            "status": int,
            "headers": str,
            "content_type": str,
            "encoding": str,
            "body": bytes,
            "size": int,
            "sha256": str,
            "source": str,
        },
        pk="id",
    )
    db["captures"].create_index(["url", "sha256"], unique=True)
    db["articles"].create(
        {
            "id": int,
            "url": str,
            "canonical_url": str,
            "site": str,
            "site_name": str,
            "publisher": str,
            "original_publisher": str,
            "title": str,
            "authors": str,
            "published": str,
            "updated": str,
            "language": str,
            "description": str,
            "text": str,
            "word_count": int,
            "content_hash": str,
            "version_count": int,
            "first_seen": str,
            "last_seen": str,
            "last_changed": str,
            "capture_id": int,
        },
        pk="id",
        foreign_keys=[("capture_id", "captures", "id")],
    )
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["site"])
    db["articles"].create_index(["published"])
    db["article_versions"].create(
        {
            "id": int,
            "article_id": int,
            "version": int,
            "content_hash": str,
            "title": str,
            "text": str,
            "word_count": int,
            "extracted_at": str,
            "capture_id": int,
            "removed": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("capture_id", "captures", "id")],
    )
    db["article_versions"].create_index(["article_id", "content_hash"], unique=True)
    db["fetch_log"].create(
        {
            "id": int,
            "at": str,
            "run_id": int,
            "url": str,
            "outcome": str,
            "status": int,
            "reason": str,
            "capture_id": int,
            "article_id": int,
        },
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db["fetch_log"].create_index(["url"])
    db["fetch_log"].create_index(["outcome", "at"])
    db["articles"].enable_fts(["title", "text"], tokenize="porter", create_triggers=True)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) an archive and bring its schema up to date."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(path)
        db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
        migrations.apply(db)
    except Exception as exc:  # sqlite3.DatabaseError for a file that is not SQLite
        raise StoreError(f"cannot open archive {path}: {exc}") from exc
    return db


# ---------------------------------------------------------------- writes


@dataclass
class SaveResult:
    outcome: str  # new | changed | unchanged
    article_id: int
    capture_id: int
    version: int


def save_article(
    db: sqlite_utils.Database, fetched: FetchResult, article: Article, run_id: int | None = None
) -> SaveResult:
    """Store the capture, the article and, if its content changed, a new version."""
    with db.atomic():
        capture_id = _save_capture(db, fetched)
        result = _save_article_row(db, article, fetched, capture_id)
        _log(
            db,
            fetched.url,
            result.outcome,
            fetched.status,
            None,
            capture_id,
            result.article_id,
            run_id,
        )
    return result


def _save_capture(db: sqlite_utils.Database, fetched: FetchResult) -> int:
    existing = db.execute(
        "select id from captures where url = ? and sha256 = ?", [fetched.url, fetched.sha256]
    ).fetchone()
    if existing:
        return int(existing[0])
    return int(
        db["captures"]
        .insert(
            {
                "url": fetched.url,
                "final_url": fetched.final_url,
                "fetched_at": fetched.fetched_at.isoformat(timespec="seconds"),
                "status": fetched.status,
                "headers": json.dumps(fetched.headers),
                "content_type": fetched.content_type,
                "encoding": fetched.encoding,
                "body": zlib.compress(fetched.body, 6),
                "size": len(fetched.body),
                "sha256": fetched.sha256,
                "source": fetched.source,
            }
        )
        .last_pk
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _article_row(article: Article, fetched: FetchResult, key: str) -> dict[str, Any]:
    return {
        "url": key,
        "canonical_url": article.url,
        "site": host_key(key),
        "site_name": article.site_name,
        "publisher": article.publisher,
        "original_publisher": article.original_publisher,
        "title": article.title,
        "authors": json.dumps(article.authors),
        "published": _iso(article.published),
        "updated": _iso(article.updated),
        "language": article.language,
        "description": article.description,
        "text": article.text,
        "word_count": article.word_count,
        "content_hash": article.content_hash,
    }


def article_key(article: Article, fetched: FetchResult) -> str:
    """The URL an article row is keyed on.

    The page's declared canonical URL counts only when it is on the site we fetched it
    from: otherwise any page could overwrite another site's article, and a station's
    syndicated copy (canonical: the network's URL) would merge with the original.
    A saved file (file:// address) has no site of its own, so its canonical is trusted.
    """
    landed = fetched.final_url or fetched.url
    declared = article.url
    if declared and (not landed.startswith(("http://", "https://")) or same_site(declared, landed)):
        return canonicalize(declared)
    return canonicalize(landed)


def _save_article_row(
    db: sqlite_utils.Database, article: Article, fetched: FetchResult, capture_id: int
) -> SaveResult:
    key = article_key(article, fetched)
    stamp = now()
    row = db.execute(
        "select id, content_hash, version_count from articles where url = ?", [key]
    ).fetchone()
    if row and row[1] == article.content_hash:
        db.execute("update articles set last_seen = ? where id = ?", [stamp, row[0]])
        return SaveResult("unchanged", int(row[0]), capture_id, int(row[2]))
    values = _article_row(article, fetched, key)
    values.update(last_seen=stamp, last_changed=stamp, capture_id=capture_id)
    if row:
        article_id, version = int(row[0]), int(row[2]) + 1
        db["articles"].update(article_id, {**values, "version_count": version})
        outcome = "changed"
    else:
        values.update(first_seen=stamp, version_count=1)
        article_id, version = int(db["articles"].insert(values).last_pk), 1
        outcome = "new"
    _save_version(db, article_id, version, article, capture_id, stamp)
    return SaveResult(outcome, article_id, capture_id, version)


def _save_version(
    db: sqlite_utils.Database,
    article_id: int,
    version: int,
    article: Article,
    capture_id: int,
    stamp: str,
) -> None:
    db["article_versions"].insert(
        {
            "article_id": article_id,
            "version": version,
            "content_hash": article.content_hash,
            "title": article.title,
            "text": article.text,
            "word_count": article.word_count,
            "extracted_at": stamp,
            "capture_id": capture_id,
            "removed": json.dumps([{"rule": r.rule, "text": r.text} for r in article.removed]),
        },
        # A page that changes back to an earlier text is not a new version.
        ignore=True,
    )


def log_outcome(
    db: sqlite_utils.Database,
    url: str,
    outcome: str,
    reason: str | None,
    status: int | None = None,
    run_id: int | None = None,
    capture_id: int | None = None,
) -> None:
    """Record a URL outcome that stored no article (failed or skipped), with its reason."""
    with db.atomic():
        _log(db, url, outcome, status, reason, capture_id, None, run_id)


def save_failed_capture(
    db: sqlite_utils.Database, fetched: FetchResult, reason: str, run_id: int | None = None
) -> None:
    """Keep the raw response of a page we could not extract, so it can be retried later."""
    with db.atomic():
        capture_id = _save_capture(db, fetched)
        _log(db, fetched.url, "failed", fetched.status, reason, capture_id, None, run_id)


def _log(
    db: sqlite_utils.Database,
    url: str,
    outcome: str,
    status: int | None,
    reason: str | None,
    capture_id: int | None,
    article_id: int | None,
    run_id: int | None,
) -> None:
    db["fetch_log"].insert(
        {
            "at": now(),
            "run_id": run_id,
            "url": url,
            "outcome": outcome,
            "status": status,
            "reason": reason,
            "capture_id": capture_id,
            "article_id": article_id,
        }
    )


def start_run(db: sqlite_utils.Database, command: str) -> int:
    with db.atomic():
        return int(
            db["crawl_runs"]
            .insert({"started": now(), "command": command, "status": "running"})
            .last_pk
        )


def finish_run(db: sqlite_utils.Database, run_id: int, counts: dict[str, int], status: str) -> None:
    with db.atomic():
        db["crawl_runs"].update(run_id, {"finished": now(), "status": status, **counts})


# ---------------------------------------------------------------- reads


def capture_body(db: sqlite_utils.Database, capture_id: int) -> bytes:
    row = db.execute("select body from captures where id = ?", [capture_id]).fetchone()
    if row is None:
        raise StoreError(f"no capture {capture_id}")
    return zlib.decompress(row[0])


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching an FTS5 query, best first (bm25)."""
    sql = """
        select articles.id, articles.url, articles.title, bm25(articles_fts) as rank
        from articles_fts join articles on articles.id = articles_fts.rowid
        where articles_fts match ? order by rank limit ?
    """
    cursor = db.execute(sql, [query, limit])
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def status_summary(db: sqlite_utils.Database, failures: int = 10) -> dict[str, Any]:
    def rows(sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = db.execute(sql, params or [])
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    return {
        "counts": {
            name: db[name].count
            for name in ("articles", "article_versions", "captures", "fetch_log", "crawl_runs")
        },
        "outcomes": rows("select outcome, count(*) as n from fetch_log group by outcome"),
        "runs": rows("select * from crawl_runs order by id desc limit 5"),
        "failures": rows(
            "select at, url, outcome, status, reason from fetch_log "
            "where outcome in ('failed', 'skipped') order by id desc limit ?",
            [failures],
        ),
    }
