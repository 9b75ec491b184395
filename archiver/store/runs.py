"""crawl_runs and fetch_log: one row per run, one row per URL outcome with its reason."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import sqlite_utils

from . import insert_row, now

if TYPE_CHECKING:
    from ..sources import Source


def log_outcome(
    db: sqlite_utils.Database,
    url: str,
    outcome: str,
    reason: str | None,
    status: int | None = None,
    run_id: int | None = None,
    capture_id: int | None = None,
    source: str | None = None,
) -> None:
    """Record, in its own transaction, a URL outcome that stored no article."""
    with db.atomic():
        record_outcome(
            db,
            url,
            outcome,
            status=status,
            reason=reason,
            capture_id=capture_id,
            run_id=run_id,
            source=source,
        )


def record_outcome(
    db: sqlite_utils.Database,
    url: str,
    outcome: str,
    *,
    status: int | None = None,
    reason: str | None = None,
    capture_id: int | None = None,
    article_id: int | None = None,
    run_id: int | None = None,
    source: str | None = None,
) -> None:
    """Add a fetch_log row (inside the caller's transaction)."""
    insert_row(
        db,
        "fetch_log",
        {
            "at": now(),
            "run_id": run_id,
            "source": source,
            "url": url,
            "outcome": outcome,
            "status": status,
            "reason": reason,
            "capture_id": capture_id,
            "article_id": article_id,
        },
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


def sources_due(db: sqlite_utils.Database, source: Source) -> bool:
    """A source is due when it was never visited or its interval has passed."""
    row = db.execute("select next_run from sources where name = ?", [source.name]).fetchone()
    return row is None or row[0] is None or row[0] <= now()


def sources_visited(db: sqlite_utils.Database, source: Source) -> None:
    with db.atomic():
        db["sources"].upsert(
            {
                "name": source.name,
                "config": json.dumps(source.to_json()),
                "last_run": now(),
                "next_run": now(source.interval),
            },
            pk="name",
        )
