"""The archive's schema, created and evolved by sqlite-utils migrations.

Add a new function to change the schema; never edit one that has been applied.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

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
    db["article_versions"].create_index(["article_id", "version"], unique=True)
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


@migrations()
def m002_frontier_sources_diffs(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {
            "name": str,
            "config": str,  # the source as configured (JSON), for operators to read
            "last_run": str,
            "next_run": str,
        },
        pk="name",
    )
    db["frontier"].create(
        {
            "url": str,  # canonical: fragments and tracking parameters stripped
            "host": str,
            "source": str,
            "kind": str,  # page | feed | sitemap | seed
            "state": str,  # queued | fetching | done | failed | skipped
            "next_fetch": str,
            "attempts": int,
            "last_status": int,
            "last_reason": str,
            "last_fetched": str,
            "etag": str,
            "last_modified": str,
            "published": str,
            "discovered": str,
            "article_id": int,
        },
        pk="url",
    )
    db["frontier"].create_index(["state", "next_fetch"])
    db["frontier"].create_index(["host", "state"])
    db["frontier"].create_index(["source"])
    db["article_versions"].add_column("diff", str)
    db["fetch_log"].add_column("source", str)
