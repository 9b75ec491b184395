"""Publishing: Datasette over a read-only snapshot of the archive.

Datasette reads a snapshot made with ``VACUUM INTO`` and opened as immutable, so a
crawl writing to the live archive never blocks readers and readers never see a
half-written batch.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

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


def serve(settings: Settings) -> None:
    """Run Datasette in the foreground on the snapshot until interrupted."""
    snapshot = make_snapshot(settings.db_path)
    metadata_file = snapshot.parent / "metadata.yml"
    metadata_file.write_text(yaml.safe_dump(load_metadata(settings, snapshot.stem)))
    command = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "-i",
        str(snapshot),
        "--metadata",
        str(metadata_file),
        "--host",
        settings.serve_host,
        "--port",
        str(settings.serve_port),
    ]
    for name, value in datasette_settings(settings).items():
        command += [
            "--setting",
            name,
            str(value).lower() if isinstance(value, bool) else str(value),
        ]
    print(
        f"Serving {settings.db_path} at http://{settings.serve_host}:{settings.serve_port}/",
        flush=True,
    )
    # Ctrl-C reaches Datasette too and stops it; there is nothing else to clean up.
    with contextlib.suppress(KeyboardInterrupt):
        subprocess.run(command, check=False)
