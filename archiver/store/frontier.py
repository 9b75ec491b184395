"""The frontier: every URL a crawl knows, with its state and when it is next due.

States: ``queued`` (waiting), ``fetching`` (claimed by a running crawl), ``done``
(fetched; due again at ``next_fetch`` for revisits), ``failed`` and ``skipped``
(final, with ``last_reason``). A crawl that dies leaves rows in ``fetching``;
``recover`` puts them back in the queue, so nothing claimed is ever lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from ..errors import StoreError
from ..urls import canonicalize, host_key
from . import now, update_row

LISTING_KINDS = ("feed", "sitemap", "seed")


@dataclass(frozen=True)
class Due:
    """A claimed frontier row: what the crawler needs to fetch it."""

    url: str
    host: str
    source: str | None
    kind: str
    attempts: int
    etag: str | None
    last_modified: str | None
    published: str | None


def enqueue(
    db: sqlite_utils.Database,
    urls: Iterable[str | tuple[str, str | None]],
    *,
    source: str | None,
    kind: str,
    due: str | None = None,
) -> int:
    """Add URLs not yet known (canonicalized); return how many were new.

    Items may be ``(url, published)`` pairs, as feeds and news sitemaps give them.
    """
    stamp = now()
    rows = []
    for item in urls:
        url, published = (item, None) if isinstance(item, str) else item
        key = canonicalize(url)
        rows.append(
            {
                "url": key,
                "host": host_key(key),
                "source": source,
                "kind": kind,
                "state": "queued",
                "next_fetch": due or stamp,
                "attempts": 0,
                "published": published,
                "discovered": stamp,
            }
        )
    if not rows:
        return 0
    before = db["frontier"].count
    with db.atomic():
        db["frontier"].insert_all(rows, ignore=True)
    return db["frontier"].count - before


def make_due(db: sqlite_utils.Database, urls: Iterable[str], when: str | None = None) -> None:
    """Listings of a due source are fetched again now, whatever their state."""
    keys = [canonicalize(u) for u in urls]
    with db.atomic():
        for key in keys:
            db.execute(
                "update frontier set state = 'queued', next_fetch = ?, attempts = 0 "
                "where url = ? and state != 'fetching'",
                [when or now(), key],
            )


def recover(db: sqlite_utils.Database) -> int:
    """Return rows a killed crawl left claimed to the queue; how many there were."""
    with db.atomic():
        cursor = db.execute("update frontier set state = 'queued' where state = 'fetching'")
        return cursor.rowcount


def claim(
    db: sqlite_utils.Database,
    *,
    limit: int,
    per_host: int,
    exclude_hosts: Sequence[str] = (),
    kinds: Sequence[str] | None = None,
    exclude_sources: Sequence[str] = (),
    fetched_before: str | None = None,
) -> list[Due]:
    """Claim up to ``limit`` due rows, at most ``per_host`` per host, oldest first.

    ``fetched_before`` (a run's start) keeps rows finished during the run from coming
    round again in the same run, however short their revisit interval.
    """
    if limit <= 0:
        return []
    params: dict[str, Any] = {"now": now(), "per_host": per_host, "limit": limit}
    where = ["state in ('queued', 'done')", "next_fetch <= :now"]
    if fetched_before:
        where.append("not (state = 'done' and last_fetched >= :since)")
        params["since"] = fetched_before
    if exclude_hosts:
        names = [f":h{i}" for i in range(len(exclude_hosts))]
        where.append(f"host not in ({', '.join(names)})")
        params.update({f"h{i}": host for i, host in enumerate(exclude_hosts)})
    if exclude_sources:
        names = [f":s{i}" for i in range(len(exclude_sources))]
        where.append(f"(source is null or source not in ({', '.join(names)}))")
        params.update({f"s{i}": name for i, name in enumerate(exclude_sources)})
    if kinds:
        names = [f":k{i}" for i in range(len(kinds))]
        where.append(f"kind in ({', '.join(names)})")
        params.update({f"k{i}": kind for i, kind in enumerate(kinds)})
    # Candidates first (the index on state, next_fetch bounds the scan), then at most
    # per_host of them per host, listings before pages.
    params["candidates"] = max(limit * 8, 256)
    sql = f"""
        select url, host, source, kind, attempts, etag, last_modified, published from (
            select *, row_number() over (
                partition by host order by (kind = 'page'), next_fetch, rowid) as n
            from (
                select * from frontier where {" and ".join(where)}
                order by next_fetch limit :candidates
            )
        ) where n <= :per_host
        order by (kind = 'page'), next_fetch, rowid
        limit :limit
    """
    with db.atomic():
        rows = [Due(*row) for row in db.execute(sql, params).fetchall()]
        for row in rows:
            db.execute("update frontier set state = 'fetching' where url = ?", [row.url])
    return rows


def complete(
    db: sqlite_utils.Database,
    url: str,
    *,
    state: str,
    next_fetch: str | None,
    status: int | None = None,
    reason: str | None = None,
    attempts: int = 0,
    etag: str | None = None,
    last_modified: str | None = None,
    published: str | None = None,
    article_id: int | None = None,
) -> None:
    """Record what happened to a claimed URL (call inside the caller's transaction)."""
    changes: dict[str, Any] = {
        "state": state,
        "next_fetch": next_fetch,
        "last_status": status,
        "last_reason": reason,
        "attempts": attempts,
        "last_fetched": now(),
    }
    for name, value in (
        ("etag", etag),
        ("last_modified", last_modified),
        ("published", published),
        ("article_id", article_id),
    ):
        if value is not None:
            changes[name] = value
    key = canonicalize(url)
    if not update_row(db, "frontier", "url", key, changes):
        raise StoreError(f"{key} is not in the frontier")


def release(db: sqlite_utils.Database, url: str) -> None:
    """Give back a claimed row that was not started (a stop, a spent budget)."""
    with db.atomic():
        db.execute(
            "update frontier set state = case when last_fetched is null then 'queued' "
            "else 'done' end where url = ? and state = 'fetching'",
            [url],
        )


def next_due(
    db: sqlite_utils.Database,
    kinds: Sequence[str] | None = None,
    fetched_before: str | None = None,
) -> str | None:
    """When the earliest waiting row falls due (None when nothing waits)."""
    sql = "select min(next_fetch) from frontier where state in ('queued', 'done')"
    params: list[str] = []
    if fetched_before:
        sql += " and not (state = 'done' and last_fetched >= ?)"
        params.append(fetched_before)
    if kinds:
        sql += f" and kind in ({', '.join('?' for _ in kinds)})"
        params += list(kinds)
    row = db.execute(sql, params).fetchone()
    return row[0] if row else None


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    rows = db.execute("select state, count(*) from frontier group by state").fetchall()
    return {state: n for state, n in rows}
