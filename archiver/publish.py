"""Publishing: Datasette over a read-only snapshot of the archive.

Datasette reads a snapshot made with ``VACUUM INTO`` and opened as immutable, so a
crawl writing to the live archive never blocks readers and readers never see a
half-written batch.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import sqlite_utils
import uvicorn
import yaml
from datasette.app import Datasette

from .config import Settings
from .errors import StoreError


def snapshot_path(db_path: Path) -> Path:
    return db_path.parent / ".snapshots" / db_path.name


def make_snapshot(db_path: Path) -> Path:
    """A consistent copy of the archive for serving (replaces an older snapshot)."""
    target = snapshot_path(db_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    try:
        sqlite_utils.Database(db_path).execute("VACUUM INTO ?", [str(partial)])
    except Exception as exc:  # sqlite3 errors: not a database, disk full
        raise StoreError(f"cannot snapshot {db_path}: {exc}") from exc
    partial.replace(target)
    return target


def load_metadata(settings: Settings, database: str) -> dict[str, Any]:
    """The repo's metadata file with its `database` block filed under ``database``."""
    raw = yaml.safe_load(settings.metadata_path.read_text(encoding="utf-8")) or {}
    block = raw.pop("database", {})
    if "description_html" in raw:
        raw["description_html"] = raw["description_html"].replace("{database}", database)
    raw["databases"] = {database: block}
    return raw


def datasette_settings(settings: Settings) -> dict[str, Any]:
    return {
        "sql_time_limit_ms": settings.sql_time_limit_ms,
        "max_returned_rows": settings.max_returned_rows,
        "allow_download": False,
    }


def build_datasette(settings: Settings, snapshot: Path) -> Datasette:
    """The Datasette app over ``snapshot``: immutable, our metadata, limits set."""
    return Datasette(
        immutables=[str(snapshot)],
        metadata=load_metadata(settings, snapshot.stem),
        settings=datasette_settings(settings),
    )


def serve(settings: Settings) -> None:
    """Snapshot the archive and run Datasette on it in the foreground until interrupted."""
    snapshot = make_snapshot(settings.db_path)
    app = build_datasette(settings, snapshot)
    asyncio.run(app.invoke_startup())
    url = f"http://{settings.serve_host}:{settings.serve_port}/"
    print(f"Serving {settings.db_path} (snapshot {snapshot}) at {url}", flush=True)
    uvicorn.run(app.app(), host=settings.serve_host, port=settings.serve_port, log_level="warning")
