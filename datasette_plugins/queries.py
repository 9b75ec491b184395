"""Canned queries that need the annotation tables, offered only once those tables exist.

They live in the metadata file under ``plugins.archiver.annotation_queries``, each with
the tables or views it ``requires``; an archive made before the annotations migration
simply does not list them, instead of listing queries that fail.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

from .common import config, tables


@hookimpl
def canned_queries(datasette: Any, database: str) -> Any:
    async def inner() -> dict[str, Any]:
        wanted = config(datasette).get("annotation_queries") or {}
        db = datasette.databases.get(database)
        if not wanted or db is None or database == "_internal":
            return {}
        present = await tables(db)
        return {
            name: {k: v for k, v in query.items() if k != "requires"}
            for name, query in wanted.items()
            if set(query.get("requires") or []) <= present
        }

    return inner
