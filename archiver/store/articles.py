"""Captures, articles and their versions; search and status reads."""

from __future__ import annotations

import difflib
import json
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from ..errors import StoreError
from ..models import Article, FetchResult
from ..urls import canonicalize, host_key, same_site
from . import insert_row, now, update_row
from .runs import record_outcome


@dataclass
class SaveResult:
    outcome: str  # new | changed | unchanged
    article_id: int
    capture_id: int
    version: int


def save_article(
    db: sqlite_utils.Database,
    fetched: FetchResult,
    article: Article,
    run_id: int | None = None,
    source: str | None = None,
    compressed_body: bytes | None = None,
) -> SaveResult:
    """Store the capture, the article and, if its content changed, a new version.
    ``compressed_body``: the body already compressed (``compress_body``) elsewhere."""
    with db.atomic():
        capture_id = _save_capture(db, fetched, compressed_body)
        result = _save_article_row(db, article, fetched, capture_id)
        record_outcome(
            db,
            fetched.url,
            result.outcome,
            status=fetched.status,
            capture_id=capture_id,
            article_id=result.article_id,
            run_id=run_id,
            source=source,
        )
    return result


def touch_article(db: sqlite_utils.Database, article_id: int) -> None:
    """An article seen again unchanged (a 304, or the same text)."""
    db.execute("update articles set last_seen = ? where id = ?", [now(), article_id])


def compress_body(body: bytes) -> bytes:
    """A capture's body as stored (``read_capture`` reverses it)."""
    return zlib.compress(body, 6)


def _save_capture(
    db: sqlite_utils.Database, fetched: FetchResult, compressed_body: bytes | None = None
) -> int:
    existing = db.execute(
        "select id from captures where url = ? and sha256 = ?", [fetched.url, fetched.sha256]
    ).fetchone()
    if existing:
        return int(existing[0])
    return insert_row(
        db,
        "captures",
        {
            "url": fetched.url,
            "final_url": fetched.final_url,
            "fetched_at": fetched.fetched_at.isoformat(timespec="seconds"),
            "status": fetched.status,
            "headers": json.dumps(fetched.headers),
            "content_type": fetched.content_type,
            "encoding": fetched.encoding,
            "body": compress_body(fetched.body) if compressed_body is None else compressed_body,
            "size": len(fetched.body),
            "sha256": fetched.sha256,
            "source": fetched.source,
        },
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
        "section": article.section,
        "tags": json.dumps(article.tags),
        "image_url": article.image_url,
        "image_caption": article.image_caption,
        "image_credit": article.image_credit,
        "paywalled": None if article.paywalled is None else int(article.paywalled),
        "html": article.html,
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
        update_row(db, "articles", "id", article_id, {**values, "version_count": version})
        outcome = "changed"
    else:
        values.update(first_seen=stamp, version_count=1)
        article_id, version = insert_row(db, "articles", values), 1
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
    previous = db.execute(
        "select title, text from article_versions where article_id = ? and version = ?",
        [article_id, version - 1],
    ).fetchone()
    insert_row(
        db,
        "article_versions",
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
            "diff": text_diff(previous, article, version) if previous else None,
        },
    )


def text_diff(previous: tuple[str | None, str], article: Article, version: int) -> str:
    """A unified diff of title and paragraphs, one paragraph per line, for people to read."""
    old_title, old_text = previous
    before = [f"# {old_title or ''}", *old_text.split("\n\n")]
    after = [f"# {article.title or ''}", *article.text.split("\n\n")]
    lines = difflib.unified_diff(
        before, after, f"version {version - 1}", f"version {version}", lineterm="", n=1
    )
    return "\n".join(lines)


def save_failed_capture(
    db: sqlite_utils.Database,
    fetched: FetchResult,
    reason: str,
    run_id: int | None = None,
    source: str | None = None,
) -> int:
    """Keep the raw response of a page we could not extract, so it can be retried later."""
    with db.atomic():
        capture_id = _save_capture(db, fetched)
        record_outcome(
            db,
            fetched.url,
            "failed",
            status=fetched.status,
            reason=reason,
            capture_id=capture_id,
            run_id=run_id,
            source=source,
        )
    return capture_id


# ---------------------------------------------------------------- reads


def read_capture(db: sqlite_utils.Database, capture_id: int) -> dict[str, Any]:
    """A capture's row, its body decompressed."""
    cursor = db.execute("select * from captures where id = ?", [capture_id])
    row = cursor.fetchone()
    if row is None:
        raise StoreError(f"no capture {capture_id}")
    capture = dict(zip([c[0] for c in cursor.description], row, strict=True))
    capture["body"] = zlib.decompress(capture["body"])
    return capture


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
