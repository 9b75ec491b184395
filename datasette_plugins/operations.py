"""For operators: crawl health at a glance, and refreshing the served snapshot.

``/-/archiver/operations`` shows three canned queries from the metadata file (so analysts
can open, reshape and export each of them): every source's health over the last days,
the latest crawl runs and the latest failures with their reasons. ``POST
/-/archiver/refresh`` (the page's button) takes a new snapshot of the live archive;
who may do that is Datasette's ``archiver-refresh`` permission, set by ``archiver serve``.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils import actor_matches_allow, derive_named_parameters
from datasette.utils.asgi import Forbidden, Request, Response

from .common import PREFIX, archive_db, config, ensure_can_view, json_response, page
from .state import refresher_for

PANELS = ("source_health", "crawl_runs_recent", "recent_failures")
REFRESH = "archiver-refresh"


async def panels(datasette: Any, request: Request, db: Any) -> list[dict[str, Any]]:
    out = []
    for name in PANELS:
        query = await datasette.get_canned_query(db.name, name, request.actor)
        if query is None:
            continue
        visible, _ = await datasette.check_visibility(request.actor, "view-query", (db.name, name))
        if not visible:
            continue
        names = query.get("params") or await derive_named_parameters(db, query["sql"])
        params = {p: "" for p in names}  # every parameter at its default
        results = await db.execute(query["sql"], params)
        out.append(
            {
                "name": name,
                "title": query.get("title") or name,
                "description": query.get("description") or "",
                "url": datasette.urls.query(db.name, name),
                "columns": list(results.columns),
                "rows": [list(row) for row in results.rows],
            }
        )
    return out


async def can_refresh(datasette: Any, actor: dict[str, Any] | None) -> bool:
    return bool(await datasette.permission_allowed(actor, REFRESH, default=False))


@page
async def operations_view(request: Request, datasette: Any) -> Response:
    db = await archive_db(datasette)
    await ensure_can_view(datasette, request, db, "fetch_log", "crawl_runs")
    refresher = refresher_for(datasette)
    snapshot = refresher.info() if refresher is not None else None
    data = {
        "database": db.name,
        "snapshot": snapshot,
        "can_refresh": refresher is not None and await can_refresh(datasette, request.actor),
        "panels": await panels(datasette, request, db),
    }
    if request.url_vars.get("format") == ".json":
        return json_response(
            {
                **data,
                "panels": [
                    {**p, "rows": [dict(zip(p["columns"], r, strict=True)) for r in p["rows"]]}
                    for p in data["panels"]
                ],
            }
        )
    html = await datasette.render_template(
        "archiver/operations.html",
        {**data, "prefix": PREFIX},
        request=request,
        view_name="archiver-operations",
    )
    return Response.html(html)


@page
async def refresh_view(request: Request, datasette: Any) -> Response:
    wants_json = request.url_vars.get("format") == ".json"
    if request.method != "POST":
        return Response.text("POST to refresh the snapshot", status=405)
    refresher = refresher_for(datasette)
    if refresher is None:
        return json_response({"ok": False, "error": "not serving a snapshot"}, status=404)
    if not await can_refresh(datasette, request.actor):
        raise Forbidden(REFRESH)
    wait = refresher.retry_after()
    if wait > 0:
        message = f"a snapshot was taken moments ago: try again in {wait:.0f} s"
        if wants_json:
            response = json_response({"ok": False, "error": message}, status=429)
        else:
            datasette.add_message(request, message, datasette.WARNING)
            response = Response.redirect(f"{PREFIX}/operations")
        response.headers["Retry-After"] = str(max(1, round(wait)))
        return response
    info = await refresher.refresh()
    if wants_json:
        return json_response({"ok": True, **info})
    datasette.add_message(request, f"Snapshot refreshed ({info['snapshot_taken_at']})")
    return Response.redirect(f"{PREFIX}/operations")


@hookimpl
def permission_allowed(datasette: Any, actor: dict[str, Any] | None, action: str) -> Any:
    if action != REFRESH:
        return None
    allow = config(datasette).get("refresh_allow")
    if allow is None:
        return None  # not configured: the caller's default (refused) applies
    return actor_matches_allow(actor, allow)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (rf"^{PREFIX}/operations(?P<format>\.json)?$", operations_view),
        (rf"^{PREFIX}/refresh(?P<format>\.json)?$", refresh_view),
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(f"{PREFIX}/operations"), "label": "Crawl operations"}]
