"""Storage: the only package that writes SQL.

The archive is one SQLite file in WAL mode; ``schema.py`` holds its migrations. Each
``save_*``/``record_*`` call writes all its rows in one transaction.

    articles.py   captures, articles, versions, search, status
    frontier.py   the crawl queue: due URLs, attempts, conditional-GET validators
    runs.py       crawl_runs, fetch_log, sources
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

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


class Batch:
    """Many small transactions committed as one: inside ``open()``, every
    ``db.atomic()`` block is a savepoint of one long transaction, committed by ``done()``
    every ``items`` finished items or ``seconds``. A unit of work (a page: its article,
    fetch_log line and frontier row) is still all-or-nothing; a crash loses at most the
    uncommitted batch, whose frontier rows are still queued or claimed, so it is redone.
    """

    def __init__(self, db: sqlite_utils.Database, items: int, seconds: float) -> None:
        self.db = db
        self.items = max(1, items)
        self.seconds = seconds
        self._pending = 0
        self._opened = 0.0

    @contextmanager
    def open(self) -> Iterator[Batch]:
        self._begin()
        try:
            yield self
        finally:
            self.commit()

    def done(self, items: int = 1) -> None:
        """``items`` units of work finished; commit if the batch is full or old enough."""
        self._pending += items
        if self._pending >= self.items or time.monotonic() - self._opened >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Commit now (before waiting a while) and go on batching."""
        self.commit()
        self._begin()

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT")
        self._pending = 0

    def _begin(self) -> None:
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")  # deferred: no lock until the first write
        self._opened = time.monotonic()


@cache
def _insert_sql(table: str, columns: tuple[str, ...], replace: bool = False) -> str:
    names = ", ".join(f"[{c}]" for c in columns)
    verb = "insert or replace" if replace else "insert"
    return f"{verb} into [{table}] ({names}) values ({', '.join('?' * len(columns))})"


@cache
def _update_sql(table: str, columns: tuple[str, ...], key: str) -> str:
    assignments = ", ".join(f"[{c}] = ?" for c in columns)
    return f"update [{table}] set {assignments} where [{key}] = ?"


def insert_row(
    db: sqlite_utils.Database, table: str, row: Mapping[str, Any], *, replace: bool = False
) -> int:
    """Insert one row into a table the migrations made; return its rowid.

    The hot path of a crawl: ``Table.insert`` introspects the table on every call,
    which cost more than the insert itself (several queries per row)."""
    cursor = db.conn.execute(_insert_sql(table, tuple(row), replace), tuple(row.values()))
    return int(cursor.lastrowid or 0)


def insert_rows(
    db: sqlite_utils.Database,
    table: str,
    rows: Sequence[Mapping[str, Any]],
    *,
    replace: bool = False,
) -> None:
    """Insert rows that share their columns, in one statement run for each."""
    if rows:
        sql = _insert_sql(table, tuple(rows[0]), replace)
        db.conn.executemany(sql, [tuple(row.values()) for row in rows])


def update_row(
    db: sqlite_utils.Database, table: str, key: str, value: object, changes: Mapping[str, Any]
) -> int:
    """Update the row whose ``key`` column is ``value``; return how many rows changed."""
    sql = _update_sql(table, tuple(changes), key)
    return db.conn.execute(sql, (*changes.values(), value)).rowcount


from . import frontier  # noqa: E402
from .articles import (  # noqa: E402  (re-exported: callers use store.save_article etc.)
    SaveResult,
    article_key,
    compress_body,
    read_capture,
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
    "Batch",
    "SaveResult",
    "article_key",
    "compress_body",
    "finish_run",
    "frontier",
    "insert_row",
    "insert_rows",
    "log_outcome",
    "now",
    "open_db",
    "read_capture",
    "record_outcome",
    "save_article",
    "save_failed_capture",
    "search",
    "sources_due",
    "sources_visited",
    "start_run",
    "status_summary",
    "touch_article",
    "update_row",
]
