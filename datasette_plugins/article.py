"""Articles: sanitized cells in Datasette's tables, and the article and capture pages.

Everything on these pages came from a fetched page, so it is escaped first and the
resulting HTML passes through nh3 before it is marked safe. ``/-/archiver/article/<id>``
shows the clean text (search hits, quotes and disclosures highlighted when present), the
metadata, the annotations once their tables exist, the capture history with each
version's diff, and ``/-/archiver/capture/<id>`` the archived page itself, reduced to
inert markup that loads nothing.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from datasette import hookimpl
from datasette.database import Database
from datasette.utils.asgi import NotFound, Request, Response
from markupsafe import Markup, escape

from .common import PREFIX, archive_db, ensure_can_view, json_response, page, tables
from .sanitize import (
    Span,
    capture_html,
    diff_html,
    hit_spans,
    inflate,
    paragraphs_html,
    safe_link,
    sanitize,
    text_html,
)
from .search import fts_query

TEXT_TABLES = {"articles", "article_versions"}
__all__ = ["paragraphs_html", "safe_link", "sanitize"]


def authors_list(value: str | None) -> list[str]:
    try:
        names = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(n) for n in names if n] if isinstance(names, list) else []


def authors_text(value: str) -> str | None:
    try:
        names = json.loads(value)
    except ValueError:
        return None
    if not isinstance(names, list):
        return None
    return ", ".join(str(n) for n in names)


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None) -> Any:
    if not isinstance(value, str) or table not in TEXT_TABLES:
        return None
    if column == "text":
        return paragraphs_html(value)
    if column == "url":
        return safe_link(value)
    if column == "authors":
        return authors_text(value)
    if column == "title" and table == "articles" and row is not None and "id" in row:
        # The table's title links to our article page (the row page stays one click away).
        return Markup(f'<a href="{PREFIX}/article/{int(row["id"])}">{escape(value)}</a>')
    return None


async def _all(db: Database, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in await db.execute(sql, params)]


async def load_article(db: Database, article_id: int, q: str = "") -> dict[str, Any]:
    """Everything the article page shows, as plain data (the JSON form is this)."""
    rows = await _all(db, "select * from articles where id = :id", {"id": article_id})
    if not rows:
        raise NotFound(f"no article {article_id}")
    article = rows[0]
    names = await tables(db)
    params = {"id": article_id, "url": article["url"], "capture_id": article["capture_id"]}
    data: dict[str, Any] = {"article": article}
    article["authors"] = authors_list(article.get("authors"))
    data["versions"] = await _all(
        db,
        """select id, version, title, word_count, extracted_at, capture_id, content_hash, diff
        from article_versions where article_id = :id order by version desc""",
        params,
    )
    data["captures"] = await _all(
        db,
        """select id, url, final_url, fetched_at, status, content_type, size, sha256, source
        from captures where id in (
          select id from captures where url = :url
          union select capture_id from article_versions where article_id = :id
          union select :capture_id)
        order by fetched_at desc, id desc""",
        params,
    )
    data["fetches"] = await _all(
        db,
        """select at, outcome, status, reason, source from fetch_log where id in (
          select id from fetch_log where url = :url
          union select id from fetch_log where article_id = :id)
        order by id desc limit 50""",
        params,
    )
    data["hits"] = []
    if q and article.get("text"):
        marked = await _all(
            db,
            """select highlight(articles_fts, 1, char(57344), char(57345)) as text
            from articles_fts where articles_fts match :fts and rowid = :id""",
            {"fts": fts_query(q), "id": article_id},
        )
        if marked:
            plain, spans = hit_spans(marked[0]["text"] or "")
            if plain == article["text"]:  # offsets are only valid on the same text
                data["hits"] = spans
    data.update(await load_annotations(db, article_id, names))
    return data


async def load_annotations(
    db: Database, article_id: int, names: frozenset[str]
) -> dict[str, list[dict[str, Any]] | None]:
    """Quotes, parties, cases and disclosures: None for each table the archive lacks yet."""
    params = {"id": article_id}
    found: dict[str, list[dict[str, Any]] | None] = {
        "quotes": None,
        "parties": None,
        "cases": None,
        "disclosures": None,
        "conflicts": None,
    }
    has_parties = "parties" in names
    if "quotes" in names:
        party = "p.name as party_name" if has_parties else "null as party_name"
        join = "left join parties p on p.id = q.party_id" if has_parties else ""
        found["quotes"] = await _all(
            db,
            f"""select q.id, q."start", q."end", q.text, q.speaker, q.party_id, q.cue, q.partial,
              {party} from quotes q {join} where q.article_id = :id order by q."start"
            """,
            params,
        )
    if {"article_parties", "parties"} <= names:
        found["parties"] = await _all(
            db,
            """select p.id, p.name, p.kind, ap.role, ap.title, ap.mentions
            from article_parties ap join parties p on p.id = ap.party_id
            where ap.article_id = :id order by ap.mentions desc, p.name""",
            params,
        )
    if "cases" in names:
        found["cases"] = await _all(
            db,
            """select id, caption, plaintiff, defendant, court, judge from cases
            where article_id = :id order by id""",
            params,
        )
    if "disclosures" in names:
        disclosures = await _all(
            db,
            """select id, "start", "end", text, outlet, relation, sponsors from disclosures
            where article_id = :id order by "start"
            """,
            params,
        )
        for row in disclosures:
            row["sponsors"] = _json_list(row.get("sponsors"))
        found["disclosures"] = disclosures
    if "sponsor_conflicts" in names:
        found["conflicts"] = await _all(
            db,
            "select sponsor, party, role from sponsor_conflicts where article_id = :id",
            params,
        )
    return found


def _json_list(value: Any) -> list[str]:
    try:
        items = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return [str(value)]
    return [str(i) for i in items] if isinstance(items, list) else []


def _offset(value: Any) -> int | None:
    return value if isinstance(value, int) and value >= 0 else None


def article_spans(data: dict[str, Any]) -> list[Span]:
    """Search hits, quotes (linked to their speaker's party page) and disclosures."""
    spans = [Span(s, e, "mark", {"class": "archiver-hit"}, order=2) for s, e in data["hits"]]
    for quote in data.get("quotes") or []:
        start, end = _offset(quote.get("start")), _offset(quote.get("end"))
        if start is None or end is None:
            continue
        speaker = quote.get("speaker") or quote.get("party_name") or "unattributed"
        attrs = {"class": "archiver-quote", "title": f"{speaker}"}
        if quote.get("party_id") is not None:
            attrs["href"] = f"{PREFIX}/party/{int(quote['party_id'])}"
            tag = "a"
        else:
            tag = "mark"
        spans.append(Span(start, end, tag, attrs, {"id": f"quote-{int(quote['id'])}"}, order=1))
    for disclosure in data.get("disclosures") or []:
        start, end = _offset(disclosure.get("start")), _offset(disclosure.get("end"))
        if start is None or end is None:
            continue
        spans.append(
            Span(
                start,
                end,
                "mark",
                {"class": "archiver-disclosure", "title": "sponsor disclosure"},
                {"id": f"disclosure-{int(disclosure['id'])}"},
                order=0,
            )
        )
    return spans


def conflict_sponsors(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    by_sponsor: dict[str, list[dict[str, Any]]] = {}
    for row in data.get("conflicts") or []:
        by_sponsor.setdefault(str(row.get("sponsor")), []).append(row)
    return by_sponsor


@page
async def article_view(request: Request, datasette: Any) -> Response:
    db = await archive_db(datasette)
    await ensure_can_view(datasette, request, db, "articles")
    article_id = int(request.url_vars["id"])
    q = (request.args.get("q") or "").strip()[:500]
    data = await load_article(db, article_id, q)
    if request.url_vars.get("format") == ".json":
        out = {**data, "article": {**data["article"]}}
        out["links"] = {
            "html": f"{PREFIX}/article/{article_id}",
            "row": datasette.urls.row(db.name, "articles", article_id),
            "captures": [f"{PREFIX}/capture/{c['id']}" for c in data["captures"]],
        }
        return json_response(out)
    article = data["article"]
    context = {
        **data,
        "database": db.name,
        "q": q,
        "prefix": PREFIX,
        "text_html": text_html(article.get("text") or "", article_spans(data)),
        "original_link": safe_link(article.get("url")),
        "canonical_link": safe_link(article.get("canonical_url")),
        "diffs": {v["id"]: diff_html(v["diff"]) for v in data["versions"] if v.get("diff")},
        "conflicts_by_sponsor": conflict_sponsors(data),
        "row_url": datasette.urls.row(db.name, "articles", article_id),
    }
    html = await datasette.render_template(
        "archiver/article.html", context, request=request, view_name="archiver-article"
    )
    return Response.html(html)


@page
async def capture_view(request: Request, datasette: Any) -> Response:
    db = await archive_db(datasette)
    await ensure_can_view(datasette, request, db, "captures")
    capture_id = int(request.url_vars["id"])
    rows = await _all(
        db,
        """select c.id, c.url, c.final_url, c.fetched_at, c.status, c.content_type, c.encoding,
          c.size, c.sha256, c.source, c.body,
          (select id from articles where url = c.url) as article_id
        from captures c where c.id = :id""",
        {"id": capture_id},
    )
    if not rows:
        raise NotFound(f"no capture {capture_id}")
    capture = rows[0]
    raw = inflate(capture.pop("body"))
    page = raw.decode(_codec(capture.get("encoding")), errors="replace")
    html, truncated = capture_html(page)
    if request.url_vars.get("format") == ".json":
        return json_response({"capture": capture, "html": str(html), "truncated": truncated})
    context = {
        "capture": capture,
        "capture_html": html,
        "truncated": truncated,
        "database": db.name,
        "prefix": PREFIX,
    }
    out = await datasette.render_template(
        "archiver/capture.html", context, request=request, view_name="archiver-capture"
    )
    return Response.html(out)


def _codec(name: str | None) -> str:
    try:
        return codecs.lookup(name or "utf-8").name
    except LookupError:
        return "utf-8"


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (rf"^{PREFIX}/article/(?P<id>\d+)(?P<format>\.json)?$", article_view),
        (rf"^{PREFIX}/capture/(?P<id>\d+)(?P<format>\.json)?$", capture_view),
    ]
