"""The party page: a person or organisation across the archive (annotations).

``/-/archiver/party/<id>`` lists every article the party appears in, grouped by role,
its quotes, and its coverage per month as a small server-drawn SVG chart (no script).
Until the annotations migration lands there are no parties and the page says so (404).
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Request, Response
from markupsafe import Markup, escape

from .common import PREFIX, archive_db, ensure_can_view, json_response, page, tables

ARTICLES_SHOWN = 200
QUOTES_SHOWN = 100


async def _all(db: Any, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in await db.execute(sql, params)]


async def load_party(db: Any, party_id: int) -> dict[str, Any]:
    names = await tables(db)
    if not {"parties", "article_parties"} <= names:
        raise NotFound("this archive has no parties yet (annotations not run)")
    params = {"id": party_id, "articles": ARTICLES_SHOWN, "quotes": QUOTES_SHOWN}
    rows = await _all(db, "select id, name, kind from parties where id = :id", params)
    if not rows:
        raise NotFound(f"no party {party_id}")
    data: dict[str, Any] = {"party": rows[0]}
    data["roles"] = await _all(
        db,
        """select role, count(*) as articles from article_parties where party_id = :id
        group by role order by articles desc""",
        params,
    )
    data["articles"] = await _all(
        db,
        """select a.id, a.title, a.site_name, a.published, ap.role, ap.title as party_title,
          ap.mentions
        from article_parties ap join articles a on a.id = ap.article_id
        where ap.party_id = :id order by a.published desc limit :articles""",
        params,
    )
    data["coverage"] = await _all(
        db,
        """select substr(a.published, 1, 7) as month, count(distinct a.id) as articles
        from article_parties ap join articles a on a.id = ap.article_id
        where ap.party_id = :id and a.published is not null
        group by month order by month""",
        params,
    )
    data["quotes"] = None
    if "quotes" in names:
        data["quotes"] = await _all(
            db,
            """select q.id, q.article_id, q.text, q.speaker, q.cue, a.title, a.published
            from quotes q join articles a on a.id = q.article_id
            where q.party_id = :id order by a.published desc limit :quotes""",
            params,
        )
    return data


def coverage_svg(coverage: list[dict[str, Any]], width: int = 640, height: int = 160) -> Markup:
    """Bars per month. Only numbers and escaped month labels go into the markup."""
    if not coverage:
        return Markup("")
    peak = max(int(row["articles"]) for row in coverage) or 1
    bar = width / len(coverage)
    parts = [
        f'<svg class="archiver-chart" role="img" viewBox="0 0 {width} {height + 20}" '
        f'width="{width}" height="{height + 20}" xmlns="http://www.w3.org/2000/svg">'
        "<title>Articles per month</title>"
    ]
    step = max(1, len(coverage) // 8)
    for i, row in enumerate(coverage):
        count = int(row["articles"])
        h = round(height * count / peak, 1)
        x = round(i * bar + 1, 1)
        label = escape(str(row["month"]))
        parts.append(
            f'<rect x="{x}" y="{round(height - h, 1)}" width="{max(1.0, round(bar - 2, 1))}" '
            f'height="{h}"><title>{label}: {count}</title></rect>'
        )
        if i % step == 0:
            parts.append(f'<text x="{x}" y="{height + 14}">{label}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


@page
async def party_view(request: Request, datasette: Any) -> Response:
    db = await archive_db(datasette)
    await ensure_can_view(datasette, request, db, "articles")
    data = await load_party(db, int(request.url_vars["id"]))
    if request.url_vars.get("format") == ".json":
        return json_response(data)
    by_role: dict[str, list[dict[str, Any]]] = {}
    for row in data["articles"]:
        by_role.setdefault(row["role"] or "mentioned", []).append(row)
    context = {
        **data,
        "by_role": by_role,
        "chart": coverage_svg(data["coverage"]),
        "database": db.name,
        "prefix": PREFIX,
    }
    html = await datasette.render_template(
        "archiver/party.html", context, request=request, view_name="archiver-party"
    )
    return Response.html(html)


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(rf"^{PREFIX}/party/(?P<id>\d+)(?P<format>\.json)?$", party_view)]
