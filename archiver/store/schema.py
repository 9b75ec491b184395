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


@migrations()
def m003_annotations(db: sqlite_utils.Database) -> None:
    db["articles"].add_column("annotator_version", str)
    db["parties"].create({"id": int, "name": str, "kind": str, "key": str}, pk="id")
    db["parties"].create_index(["key", "kind"], unique=True)
    db["article_parties"].create(
        {
            "article_id": int,
            "party_id": int,
            "role": str,
            "name_in_article": str,
            "title": str,
            "affiliation": str,
            "mentions": int,
            "quotes": int,
            "annotator_version": str,
        },
        pk=("article_id", "party_id", "role"),
        foreign_keys=[("article_id", "articles", "id"), ("party_id", "parties", "id")],
    )
    db["article_parties"].create_index(["party_id", "role"])
    db["quotes"].create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "text": str,
            "speaker": str,
            "speaker_type": str,
            "party_id": int,
            "cue": str,
            "partial": int,
            "annotator_version": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("party_id", "parties", "id")],
    )
    db["quotes"].create_index(["article_id"])
    db["quotes"].create_index(["party_id"])
    db["quotes"].enable_fts(["text", "speaker"], tokenize="porter", create_triggers=True)
    db["cases"].create(
        {
            "id": int,
            "article_id": int,
            "caption": str,
            "plaintiff": str,
            "defendant": str,
            "court": str,
            "judge": str,
            "annotator_version": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["disclosures"].create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "text": str,
            "outlet": str,
            "relation": str,
            "sponsors": str,
            "annotator_version": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["disclosure_sponsors"].create(
        {
            "disclosure_id": int,
            "article_id": int,
            "sponsor": str,
            "party_id": int,
            "conflict_roles": str,
        },
        pk=("disclosure_id", "sponsor"),
        foreign_keys=[("disclosure_id", "disclosures", "id"), ("party_id", "parties", "id")],
    )
    db.execute(
        """
        create view sponsor_conflicts as
        select
            articles.id as article_id, articles.title, articles.url, articles.publisher,
            disclosures.outlet, disclosures.relation, disclosure_sponsors.sponsor,
            parties.name as party, article_parties.role
        from disclosure_sponsors
        join disclosures on disclosures.id = disclosure_sponsors.disclosure_id
        join articles on articles.id = disclosure_sponsors.article_id
        join article_parties on article_parties.article_id = disclosure_sponsors.article_id
            and article_parties.party_id = disclosure_sponsors.party_id
            and article_parties.role != 'sponsor'
        join parties on parties.id = disclosure_sponsors.party_id
        where disclosure_sponsors.conflict_roles is not null
        """
    )


@migrations()
def m004_site_templates(db: sqlite_utils.Database) -> None:
    # Lines learned as a site's template (templates.py): removed from later extractions.
    db["site_templates"].create(
        {"site": str, "articles": int, "learned_at": str},
        pk="site",
    )
    db["site_template_lines"].create(
        {"site": str, "key": str, "text": str, "pages": int},
        pk=("site", "key"),
        foreign_keys=[("site", "site_templates", "site")],
    )


@migrations()
def m005_article_details(db: sqlite_utils.Database) -> None:
    for column, kind in (
        ("section", str),
        ("tags", str),
        ("image_url", str),
        ("image_caption", str),
        ("image_credit", str),
        ("paywalled", int),
        ("html", str),
    ):
        db["articles"].add_column(column, kind)


@migrations()
def m006_annotation_indexes(db: sqlite_utils.Database) -> None:
    # An article's annotations are replaced as a whole (store/annotations.py): each of
    # these deletes by article_id, which without an index reads the whole table.
    for table in ("cases", "disclosures", "disclosure_sponsors"):
        db[table].create_index(["article_id"], if_not_exists=True)
