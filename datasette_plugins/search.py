"""Ranked search: a forgiving FTS query function, highlighted snippets, and the search page.

``archiver_fts_query(q)`` turns what a person types into a safe FTS5 query: plain words
are quoted (so ``covid-19`` or ``U.S.`` never raise a syntax error); a query that already
uses FTS5 syntax (quotes, AND/OR/NOT, prefix ``*``) is passed through. Snippets are
marked with private-use characters by SQL and turned into ``<mark>`` only after the
text around them has been escaped.

``/-/archiver/search`` ranks articles (and quotes, once the annotation tables exist) with
bm25, filters by site, publisher, date range, party and speaker, and has the same
results as ``.json`` and as an Atom feed (``.atom``) for following a topic.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from datasette import hookimpl
from datasette.database import Database
from datasette.utils.asgi import Request, Response

from .common import (
    PREFIX,
    archive_db,
    ensure_can_view,
    int_arg,
    json_response,
    page,
    query_url,
    tables,
)
from .sanitize import HIT_END, HIT_START, highlight, strip_markers

FTS_SYNTAX = re.compile(r'"|\*|\b(AND|OR|NOT|NEAR)\b')
WORD = re.compile(r"\w+(?:['’]\w+)*")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PAGE_SIZE = 20
QUOTES_SHOWN = 10
FEED_SIZE = 50
TITLE_WEIGHT = 5.0
# XML 1.0 forbids most control characters; a fetched page may contain them.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ATOM = "http://www.w3.org/2005/Atom"


def fts_query(query: str | None) -> str:
    query = (query or "").strip()
    if not query:
        return '""'
    if FTS_SYNTAX.search(query) and query.count('"') % 2 == 0:
        return query
    words = WORD.findall(query)
    return " ".join(f'"{w}"' for w in words) or '""'


@dataclass(frozen=True)
class Search:
    """One search as it appears in a URL: every field is a query-string parameter."""

    q: str = ""
    site: str = ""
    publisher: str = ""  # the outlet, its site name, or the original publisher
    since: str = ""  # YYYY[-MM[-DD]], on the published date
    until: str = ""
    party: str = ""  # a party's id or exact name (annotations)
    speaker: str = ""  # a speaker's exact name (annotations)
    page: int = 1

    @classmethod
    def from_request(cls, request: Request) -> Search:
        def arg(name: str) -> str:
            return (request.args.get(name) or "").strip()[:500]

        since, until = arg("since"), arg("until")
        return cls(
            q=arg("q"),
            site=arg("site"),
            publisher=arg("publisher"),
            since=since if DATE.match(since) else "",
            until=until if DATE.match(until) else "",
            party=arg("party"),
            speaker=arg("speaker"),
            page=int_arg(request, "page", 1, 1, 500),
        )

    def params(self, **changes: Any) -> dict[str, Any]:
        values = {**asdict(self), **changes}
        if values.get("page") == 1:
            values["page"] = None
        return values

    def url(self, suffix: str = "", **changes: Any) -> str:
        return query_url(f"{PREFIX}/search{suffix}", self.params(**changes))

    @property
    def filters(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if k not in {"q", "page"} and v}


def _until_bound(until: str) -> str:
    """An inclusive upper bound for string comparison on ISO dates: 2025-03 -> 2025-03~."""
    return until + "~"


def article_filters(search: Search, names: frozenset[str]) -> tuple[list[str], dict[str, Any]]:
    where: list[str] = []
    params: dict[str, Any] = {}
    if search.site:
        where.append("a.site = :site")
        params["site"] = search.site
    if search.publisher:
        where.append(
            "(a.publisher = :publisher or a.site_name = :publisher"
            " or a.original_publisher = :publisher)"
        )
        params["publisher"] = search.publisher
    if search.since:
        where.append("a.published >= :since")
        params["since"] = search.since
    if search.until:
        where.append("a.published < :until")
        params["until"] = _until_bound(search.until)
    if search.party and {"article_parties", "parties"} <= names:
        where.append(
            "a.id in (select ap.article_id from article_parties ap"
            " join parties p on p.id = ap.party_id where p.id = :party or p.name = :party)"
        )
        params["party"] = search.party
    if search.speaker and "quotes" in names:
        where.append("a.id in (select article_id from quotes where speaker = :speaker)")
        params["speaker"] = search.speaker
    return where, params


ARTICLE_COLUMNS = """a.id, a.title, a.url, a.site, a.site_name, a.publisher,
  a.original_publisher, a.published, a.updated, a.authors, a.first_seen"""


async def search_articles(
    db: Database, search: Search, limit: int, offset: int, newest_first: bool = False
) -> list[dict[str, Any]]:
    names = await tables(db)
    where, params = article_filters(search, names)
    params.update(limit=limit, offset=offset)
    if search.q:
        params["fts"] = fts_query(search.q)
        order = "a.published desc" if newest_first else "rank"
        sql = f"""
            select {ARTICLE_COLUMNS},
              highlight(articles_fts, 0, char(57344), char(57345)) as title_hit,
              snippet(articles_fts, 1, char(57344), char(57345), ' … ', 32) as snippet,
              bm25(articles_fts, {TITLE_WEIGHT}, 1.0) as rank
            from articles_fts join articles a on a.id = articles_fts.rowid
            where articles_fts match :fts {"".join(" and " + w for w in where)}
            order by {order} limit :limit offset :offset"""
    else:  # no words: the newest articles that pass the filters
        sql = f"""
            select {ARTICLE_COLUMNS}, a.title as title_hit,
              coalesce(a.description, substr(a.text, 1, 240)) as snippet, null as rank
            from articles a {"where " + " and ".join(where) if where else ""}
            order by a.published desc limit :limit offset :offset"""
    return [dict(row) for row in await db.execute(sql, params)]


async def search_quotes(db: Database, search: Search, limit: int) -> list[dict[str, Any]] | None:
    """Ranked quotes, or None when the archive has no quote index yet."""
    names = await tables(db)
    if not search.q or not {"quotes", "quotes_fts"} <= names:
        return None
    columns = [row[1] for row in await db.execute("pragma table_info(quotes_fts)")]
    text_column = columns.index("text") if "text" in columns else 0
    where, params = article_filters(search, names)
    party_join, party_name = "", "null"
    if "parties" in names:
        party_join = "left join parties p on p.id = qu.party_id"
        party_name = "p.name"
    if search.speaker:
        where.append("qu.speaker = :speaker")
    params.update(fts=fts_query(search.q), limit=limit)
    sql = f"""
        select qu.id, qu.article_id, qu.speaker, qu.party_id, {party_name} as party_name,
          qu.cue, qu.partial,
          highlight(quotes_fts, {text_column}, char(57344), char(57345)) as text_hit,
          a.title, a.site_name, a.published
        from quotes_fts join quotes qu on qu.id = quotes_fts.rowid
        join articles a on a.id = qu.article_id {party_join}
        where quotes_fts match :fts {"".join(" and " + w for w in where)}
        order by bm25(quotes_fts) limit :limit"""
    return [dict(row) for row in await db.execute(sql, params)]


async def choices(db: Database) -> dict[str, list[str]]:
    """Values for the filter inputs' suggestions (sites, publishers)."""
    sites = await db.execute("select distinct site from articles where site is not null")
    publishers = await db.execute(
        "select publisher from articles where publisher is not null group by publisher"
        " union select original_publisher from articles"
        " where original_publisher is not null group by original_publisher"
    )
    return {
        "sites": sorted(row[0] for row in sites),
        "publishers": sorted(row[0] for row in publishers),
    }


def article_json(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k not in {"title_hit", "snippet"}}
    out["snippet"] = strip_markers(row.get("snippet") or "")
    out["snippet_html"] = str(highlight(row.get("snippet") or ""))
    out["page"] = f"{PREFIX}/article/{row['id']}"
    return out


def quote_json(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in row.items() if k != "text_hit"}
    out["text"] = strip_markers(row["text_hit"] or "")
    out["text_html"] = str(highlight(row["text_hit"] or ""))
    out["page"] = f"{PREFIX}/article/{row['article_id']}#quote-{row['id']}"
    return out


@page
async def search_view(request: Request, datasette: Any) -> Response:
    db = await archive_db(datasette)
    await ensure_can_view(datasette, request, db, "articles")
    search = Search.from_request(request)
    fmt = request.url_vars.get("format") or ""
    if fmt == ".atom":
        return await atom_feed(request, datasette, db, search)
    offset = (search.page - 1) * PAGE_SIZE
    try:
        articles = await search_articles(db, search, PAGE_SIZE + 1, offset)
        quotes = await search_quotes(db, search, QUOTES_SHOWN) if search.page == 1 else None
        error = None
    except sqlite3.OperationalError as exc:  # an FTS5 syntax the person typed, say
        articles, quotes, error = [], None, f"The search could not run: {exc}"
    more = len(articles) > PAGE_SIZE
    articles = articles[:PAGE_SIZE]
    links = {
        "html": search.url(),
        "json": search.url(".json"),
        "atom": search.url(".atom", page=None),
        "next": search.url(page=search.page + 1) if more else None,
        "next_json": search.url(".json", page=search.page + 1) if more else None,
        "previous": search.url(page=search.page - 1) if search.page > 1 else None,
    }
    if fmt == ".json":
        return json_response(
            {
                "search": asdict(search),
                "articles": [article_json(r) for r in articles],
                "quotes": None if quotes is None else [quote_json(r) for r in quotes],
                "links": links,
                "error": error,
            },
            status=400 if error else 200,
        )
    names = await tables(db)
    context = {
        "search": search,
        "articles": articles,
        "quotes": quotes,
        "links": links,
        "error": error,
        "choices": await choices(db),
        "database": db.name,
        "has_parties": {"parties", "article_parties"} <= names,
        "has_quotes": "quotes" in names,
        "highlight": highlight,
        "prefix": PREFIX,
    }
    html = await datasette.render_template(
        "archiver/search.html", context, request=request, view_name="archiver-search"
    )
    return Response.html(html, status=400 if error else 200)


def _xml_text(value: Any) -> str:
    return XML_INVALID.sub("", str(value or ""))


def _sub(parent: ET.Element, tag: str, text: Any = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = _xml_text(text)
    return element


async def atom_feed(request: Request, datasette: Any, db: Database, search: Search) -> Response:
    """The newest matches of a search as Atom 1.0, built with ElementTree (which escapes)."""
    try:
        rows = await search_articles(db, search, FEED_SIZE, 0, newest_first=True)
    except sqlite3.OperationalError as exc:
        return Response.text(f"The search could not run: {exc}", status=400)
    base = datasette.absolute_url(request, "/")[:-1]
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    title = f"archiver: {search.q}" if search.q else "archiver: newest articles"
    if search.filters:
        title += " (" + ", ".join(f"{k} {v}" for k, v in search.filters.items()) + ")"
    _sub(feed, "title", title)
    _sub(feed, "id", base + search.url(".atom", page=None))
    _sub(feed, "link", rel="self", href=base + search.url(".atom", page=None))
    _sub(feed, "link", rel="alternate", type="text/html", href=base + search.url(page=None))
    stamps = [r.get("updated") or r.get("published") or r.get("first_seen") for r in rows]
    newest = max((s for s in stamps if s), default=None)
    _sub(feed, "updated", _rfc3339(newest))
    _sub(feed, "generator", "archiver")
    for row, stamp in zip(rows, stamps, strict=True):
        entry = _sub(feed, "entry")
        _sub(entry, "title", row["title"] or row["url"], type="text")
        _sub(entry, "id", base + f"{PREFIX}/article/{row['id']}")
        _sub(
            entry,
            "link",
            rel="alternate",
            type="text/html",
            href=base + f"{PREFIX}/article/{row['id']}",
        )
        if row["url"] and row["url"].lower().startswith(("http://", "https://")):
            _sub(entry, "link", rel="related", href=row["url"])
        _sub(entry, "updated", _rfc3339(stamp))
        if row.get("published"):
            _sub(entry, "published", _rfc3339(row["published"]))
        for name in _authors(row.get("authors")) or [row.get("site_name") or row.get("site")]:
            author = _sub(entry, "author")
            _sub(author, "name", name or "unknown")
        _sub(entry, "summary", strip_markers(row.get("snippet") or ""), type="text")
    body = ET.tostring(feed, encoding="unicode", xml_declaration=False)
    return Response(
        '<?xml version="1.0" encoding="utf-8"?>\n' + body,
        content_type="application/atom+xml; charset=utf-8",
    )


def _authors(value: str | None) -> list[str]:
    try:
        names = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(n) for n in names if n] if isinstance(names, list) else []


def _rfc3339(stamp: str | None) -> str:
    """Atom wants full RFC 3339 date-times; archive dates may be dates or naive."""
    if not stamp:
        return datetime.now(UTC).isoformat(timespec="seconds")
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return datetime.now(UTC).isoformat(timespec="seconds")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


@hookimpl
def prepare_connection(conn: Any) -> None:
    conn.create_function("archiver_fts_query", 1, fts_query, deterministic=True)


@hookimpl
def render_cell(value: Any, column: str) -> Any:
    marked = isinstance(value, str) and (HIT_START in value or HIT_END in value)
    if column in {"snippet", "title_hit", "text_hit"} and marked:
        return highlight(value)
    return None


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(rf"^{PREFIX}/search(?P<format>\.json|\.atom)?$", search_view)]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(f"{PREFIX}/search"), "label": "Search the archive"}]
