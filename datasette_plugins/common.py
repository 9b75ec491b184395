"""Shared by our pages: which database is the archive, what tables it has, responses."""

from __future__ import annotations

import functools
import json
import weakref
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from datasette.database import Database
from datasette.utils.asgi import Base400, NotFound, Request, Response

PLUGIN = "archiver"
PREFIX = "/-/archiver"

# Immutable snapshots never change their schema; a refresh brings a new Database object.
_tables: weakref.WeakKeyDictionary[Database, frozenset[str]] = weakref.WeakKeyDictionary()


def config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


async def tables(db: Database) -> frozenset[str]:
    """Names of the tables and views of ``db`` (cached for immutable databases)."""
    cached = _tables.get(db)
    if cached is not None:
        return cached
    rows = await db.execute("select name from sqlite_master where type in ('table', 'view')")
    names = frozenset(row[0] for row in rows)
    if not db.is_mutable:
        _tables[db] = names
    return names


async def archive_db(datasette: Any) -> Database:
    """The archive: the database named in our plugin config, else the first with articles."""
    name = config(datasette).get("database")
    if name and name in datasette.databases:
        return datasette.databases[name]
    for db_name, db in datasette.databases.items():
        if db_name != "_internal" and "articles" in await tables(db):
            return db
    raise NotFound("no archive database is being served")


async def ensure_can_view(datasette: Any, request: Request, db: Database, *tables_: str) -> None:
    """The same permission checks a Datasette table page makes (instance, database, tables)."""
    checks: list[Any] = [("view-table", (db.name, t)) for t in tables_]
    checks += [("view-database", db.name), "view-instance"]
    await datasette.ensure_permissions(request.actor, checks)


def json_response(data: Any, status: int = 200) -> Response:
    # ensure_ascii keeps "<" etc. as they are, but JSON is served as application/json
    # with nosniff, so browsers never treat it as HTML.
    return Response(
        json.dumps(data, default=str, ensure_ascii=False),
        status=status,
        content_type="application/json; charset=utf-8",
    )


def rows_as_dicts(rows: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in rows]


def query_url(path: str, params: dict[str, Any]) -> str:
    given = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(given) if given else "")


def int_arg(request: Request, name: str, default: int, low: int, high: int) -> int:
    try:
        value = int(request.args.get(name) or default)
    except ValueError:
        value = default
    return max(low, min(high, value))


View = Callable[[Request, Any], Awaitable[Response]]


def page(view: View) -> View:
    """Our views raise NotFound/Forbidden; answer them here as Datasette's error page (or
    JSON), instead of letting Datasette print a traceback with every local for a 404."""

    @functools.wraps(view)
    async def wrapper(request: Request, datasette: Any) -> Response:
        try:
            return await view(request, datasette)
        except Base400 as exc:
            info = {"ok": False, "error": str(exc.args[0]), "status": exc.status, "title": None}
            if request.url_vars.get("format") in {".json", ".atom"}:
                return json_response(info, status=exc.status)
            template = datasette.jinja_env.select_template([f"{exc.status}.html", "error.html"])
            html = await template.render_async(
                dict(
                    info,
                    urls=datasette.urls,
                    app_css_hash=datasette.app_css_hash(),
                    menu_links=lambda: [],
                )
            )
            return Response.html(html, status=exc.status)

    return wrapper
