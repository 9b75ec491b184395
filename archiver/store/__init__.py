"""Storage: the only package that writes SQL.

The archive is one SQLite file in WAL mode; ``schema.py`` holds its migrations. Each
``save_*``/``record_*`` call writes all its rows in one transaction.

    articles.py   captures, articles, versions, search, status
    frontier.py   the crawl queue: due URLs, attempts, conditional-GET validators
    runs.py       crawl_runs, fetch_log, sources
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from ..errors import StoreError
from .schema import migrations


def now(offset_seconds: float = 0.0) -> str:
    """A time as stored: ISO 8601 UTC to the millisecond, which sorts correctly as text."""
    moment = datetime.now(UTC) + timedelta(seconds=offset_seconds)
    return moment.isoformat(timespec="milliseconds")


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) an archive and bring its schema up to date."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(path)
        db.enable_wal()
        # In WAL mode NORMAL is still crash-safe (a commit is atomic); only the last
        # commits before a power cut can be lost, and a crawl redoes those. FULL would
        # fsync on every page stored.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
        migrations.apply(db)
    except Exception as exc:  # sqlite3.DatabaseError for a file that is not SQLite
        raise StoreError(f"cannot open archive {path}: {exc}") from exc
    return db


# ---------------------------------------------------------------- writes


from . import frontier  # noqa: E402
from .articles import (  # noqa: E402  (re-exported: callers use store.save_article etc.)
    SaveResult,
    article_key,
    capture_body,
    save_article,
    save_failed_capture,
    search,
    status_summary,
    touch_article,
)
from .runs import (  # noqa: E402
    finish_run,
    log_outcome,
    record_outcome,
    sources_due,
    sources_visited,
    start_run,
)

__all__ = [
    "SaveResult",
    "article_key",
    "capture_body",
    "finish_run",
    "frontier",
    "log_outcome",
    "now",
    "open_db",
    "record_outcome",
    "save_article",
    "save_failed_capture",
    "search",
    "sources_due",
    "sources_visited",
    "start_run",
    "status_summary",
    "touch_article",
]
