"""Publishing: Datasette over a read-only snapshot of the archive, refreshed without a restart.

Datasette reads a snapshot made with ``VACUUM INTO`` and opened as immutable, so a crawl
writing to the live archive never blocks readers and readers never see a half-written
batch. A refresh (``POST /-/archiver/refresh``, the operations page's button, or
``--refresh SECONDS``) writes a new snapshot file beside the old one and swaps the
database object in one assignment: requests already running finish on the old file, new
ones read the new one, and nobody sees an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import uvicorn
import yaml
from datasette.app import Datasette
from datasette.database import Database

from datasette_plugins import state

from .config import Settings
from .errors import StoreError

# Indexes that only the published copy needs (operator and analyst queries); created on
# the snapshot after VACUUM INTO, so the live archive and its migrations are untouched.
SNAPSHOT_INDEXES: dict[str, tuple[str, ...]] = {
    "fetch_log": ("source, at", "article_id"),
    "articles": ("publisher", "original_publisher", "site, published"),
    "crawl_runs": ("started",),
}
KEEP_SNAPSHOTS = 2  # the one being served and the one before it (requests still reading it)

# `--public`: limits for strangers on a network (local serving keeps Settings' values).
PUBLIC_SQL_TIME_LIMIT_MS = 1000
PUBLIC_MAX_RETURNED_ROWS = 500
PUBLIC_SETTINGS: dict[str, Any] = {
    "allow_csv_stream": False,  # streaming CSV would return every row, past max_returned_rows
    "suggest_facets": False,  # facet suggestions run many queries per table page
    "facet_time_limit_ms": 100,
    "allow_download": False,
}
ROOT_ONLY = {"id": "root"}  # Datasette's allow block: only the operator signed in with --root


def snapshot_dir(db_path: Path) -> Path:
    return db_path.parent / ".snapshots"


def snapshot_path(db_path: Path, stamp: str | None = None) -> Path:
    """A new snapshot's file name: the archive's name plus a UTC timestamp."""
    stamp = stamp or datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return snapshot_dir(db_path) / f"{db_path.stem}-{stamp}.db"


def make_snapshot(db_path: Path) -> Path:
    """A consistent copy of the archive for serving, in a new file; older copies are pruned."""
    if not db_path.exists():
        raise StoreError(f"no archive at {db_path}", url=str(db_path))
    target = snapshot_path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as live:
            live.execute("VACUUM INTO ?", [str(partial)])
        add_snapshot_indexes(partial)
    except sqlite3.Error as exc:  # not a database, disk full, locked by a migration
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot snapshot {db_path}: {exc}", url=str(db_path)) from exc
    partial.replace(target)
    prune_snapshots(db_path)
    return target


def add_snapshot_indexes(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        # Everything must live in the one file: it is opened immutable, WAL files unread.
        conn.execute("PRAGMA journal_mode=DELETE")
        tables = {row[0] for row in conn.execute("select name from sqlite_master")}
        for table, indexes in SNAPSHOT_INDEXES.items():
            if table not in tables:
                continue
            for columns in indexes:
                name = f"snapshot_{table}_" + "_".join(c.strip() for c in columns.split(","))
                conn.execute(f"create index if not exists [{name}] on [{table}] ({columns})")
        conn.execute("ANALYZE")
        conn.commit()


def prune_snapshots(db_path: Path, keep: int = KEEP_SNAPSHOTS) -> None:
    """Delete all but the newest ``keep`` snapshots. A file still open keeps being readable
    (POSIX unlink); a request whose first query comes after its snapshot was pruned runs
    on the snapshot served then (``SnapshotDatabase._open``)."""
    snapshots = sorted(snapshot_dir(db_path).glob(f"{db_path.stem}-*.db"))
    for old in snapshots[:-keep]:
        old.unlink(missing_ok=True)


class SnapshotDatabase(Database):
    """An immutable Datasette database whose connections belong to this very snapshot.

    Datasette caches one connection per worker thread under the database *name*; after a
    refresh that name points at a new file, so the cache is keyed on the object instead,
    and a thread closes its old snapshot's connection the next time it runs a query.
    """

    _threads = threading.local()

    def __init__(self, ds: Datasette, path: Path, taken_at: str, generation: int) -> None:
        super().__init__(ds, path=str(path), is_mutable=False)
        self.taken_at = taken_at
        self.generation = generation

    async def execute_fn(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        if self.ds.executor is None:
            return await super().execute_fn(fn)

        def in_thread() -> Any:
            held: dict[str, tuple[SnapshotDatabase, sqlite3.Connection]] = (
                getattr(self._threads, "held", None) or {}
            )
            self._threads.held = held
            entry = held.get(self.name)
            if entry is None or entry[0] is not self:
                if entry is not None:
                    entry[1].close()  # this thread's, and idle: it runs one query at a time
                db, conn = self._open()
                entry = held[self.name] = (db, conn)
            return fn(entry[1])

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)

    def _open(self) -> tuple[SnapshotDatabase, sqlite3.Connection]:
        """A connection to this snapshot, or, when refreshes came so fast that its file
        was pruned before this request's first query, to the snapshot now served."""
        try:
            conn = self.connect()
            db = self
        except sqlite3.OperationalError:
            db = self.ds.databases[self.name]
            if db is self:
                raise
            conn = db.connect()
        self.ds._prepare_connection(conn, self.name)
        return db, conn

    def connect(self, write: bool = False) -> sqlite3.Connection:
        # read-only as well as immutable: a pruned snapshot's path must fail to open, not
        # come back as a new empty database
        conn = sqlite3.connect(
            f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        self._all_file_connections.append(conn)
        return conn


class Refresher:
    """Makes new snapshots of one archive and swaps them into a running Datasette."""

    def __init__(
        self, ds: Datasette, live: Path, name: str, min_interval: float, every: float | None
    ) -> None:
        self._ds = weakref.ref(ds)  # the registry is keyed weakly on ds: no cycle back to it
        self.live = live
        self.name = name
        self.min_interval = min_interval
        self.every = every
        self.last_duration: float | None = None
        self._last_start = 0.0
        self._lock = asyncio.Lock()

    @property
    def ds(self) -> Datasette:
        ds = self._ds()
        if ds is None:
            raise RuntimeError("the Datasette this refresher served is gone")
        return ds

    @property
    def database(self) -> SnapshotDatabase:
        return self.ds.databases[self.name]  # type: ignore[return-value]

    def retry_after(self) -> float:
        """Seconds until another refresh is allowed (one VACUUM INTO at a time, spaced)."""
        if self._lock.locked():
            return max(self.min_interval, 1.0)
        return max(0.0, self._last_start + self.min_interval - time.monotonic())

    async def refresh(self) -> dict[str, Any]:
        async with self._lock:
            self._last_start = started = time.monotonic()
            path = await asyncio.to_thread(make_snapshot, self.live)
            install_snapshot(self.ds, path, self.name)
            self.last_duration = time.monotonic() - started
            if self.ds.internal_db_created:  # Datasette's catalog re-reads the new schema
                await self.ds.databases["_internal"].execute_write(
                    "delete from databases where database_name = ?", [self.name]
                )
            return self.info()

    def info(self) -> dict[str, Any]:
        db = self.database
        return {
            "database": self.name,
            "snapshot_taken_at": db.taken_at,
            "generation": db.generation,
            "refresh_seconds": self.last_duration,
            "refresh_every": self.every,
        }

    async def run_every(self, seconds: float) -> None:
        """The ``--refresh SECONDS`` schedule; a failed snapshot is reported, serving goes on."""
        while True:
            await asyncio.sleep(seconds)
            try:
                await self.refresh()
            except StoreError as exc:
                print(f"snapshot refresh failed: {exc}", flush=True)


def install_snapshot(ds: Datasette, path: Path, name: str) -> SnapshotDatabase:
    """Serve ``path`` as database ``name``, replacing the previous snapshot in one step."""
    previous = ds.databases.get(name)
    generation = getattr(previous, "generation", 0) + 1
    taken_at = datetime.now(UTC).isoformat(timespec="seconds")
    db = SnapshotDatabase(ds, path, taken_at, generation)
    db.name = name
    db.route = name
    ds.databases = {**ds.databases, name: db}  # one assignment: readers see old or new
    return db


def load_metadata(settings: Settings, database: str) -> dict[str, Any]:
    """The repo's metadata file with its `database` block filed under ``database``."""
    raw = yaml.safe_load(settings.metadata_path.read_text(encoding="utf-8")) or {}
    block = raw.pop("database", {})
    if "description_html" in raw:
        raw["description_html"] = raw["description_html"].replace("{database}", database)
    raw["databases"] = {database: block}
    return raw


def datasette_settings(settings: Settings, public: bool = False) -> dict[str, Any]:
    values: dict[str, Any] = {
        "sql_time_limit_ms": settings.sql_time_limit_ms,
        "max_returned_rows": settings.max_returned_rows,
        "allow_download": False,
    }
    if public:
        values["sql_time_limit_ms"] = min(settings.sql_time_limit_ms, PUBLIC_SQL_TIME_LIMIT_MS)
        values["max_returned_rows"] = min(settings.max_returned_rows, PUBLIC_MAX_RETURNED_ROWS)
        values.update(PUBLIC_SETTINGS)
    return values


def build_datasette(
    settings: Settings,
    snapshot: Path,
    *,
    public: bool = False,
    refresh_every: float | None = None,
    min_refresh_interval: float = 10.0,
) -> Datasette:
    """The Datasette app over ``snapshot``: immutable, our metadata, limits set.

    ``public`` applies the exposure settings: anonymous visitors may read pages, JSON and
    canned queries but not write their own SQL, and only ``root`` may refresh.
    """
    name = settings.db_path.stem
    metadata = load_metadata(settings, name)
    plugin = metadata.setdefault("plugins", {}).setdefault("archiver", {})
    plugin["database"] = name
    plugin["public"] = public
    # Refreshing runs VACUUM INTO: anyone may on a local server, only root on a public one.
    plugin["refresh_allow"] = ROOT_ONLY if public else True
    if public:
        metadata["allow_sql"] = ROOT_ONLY
    ds = Datasette(metadata=metadata, settings=datasette_settings(settings, public))
    install_snapshot(ds, snapshot, name)
    refresher = Refresher(ds, settings.db_path, name, min_refresh_interval, refresh_every)
    state.register_refresher(ds, refresher)
    return ds


def serve(
    settings: Settings,
    *,
    public: bool = False,
    refresh_every: float | None = None,
    root: bool = False,
    echo: Callable[[str], None] = print,
) -> None:
    """Snapshot the archive and run Datasette on it in the foreground until interrupted."""
    snapshot = make_snapshot(settings.db_path)
    ds = build_datasette(settings, snapshot, public=public, refresh_every=refresh_every)
    url = f"http://{settings.serve_host}:{settings.serve_port}/"
    echo(f"Serving {settings.db_path} (snapshot {snapshot.name}) at {url}")
    if public:
        echo("public: read-only pages, JSON and canned queries; no custom SQL, tight limits")
    elif settings.serve_host not in {"127.0.0.1", "localhost", "::1"}:
        echo("warning: listening beyond this machine without --public (SQL editing is open)")
    if root:
        echo(f"Sign in as root (once): {url}-/auth-token?token={ds._root_token}")
    asyncio.run(_serve(ds, settings, refresh_every))


async def _serve(ds: Datasette, settings: Settings, refresh_every: float | None) -> None:
    await ds.invoke_startup()
    config = uvicorn.Config(
        ds.app(), host=settings.serve_host, port=settings.serve_port, log_level="warning"
    )
    server = uvicorn.Server(config)
    refresher = state.refresher_for(ds)
    task = None
    if refresh_every and refresher is not None:
        task = asyncio.create_task(refresher.run_every(refresh_every))
    try:
        await server.serve()
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
