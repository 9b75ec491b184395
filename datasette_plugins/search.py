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
import weakref
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from datasette import hookimpl
from datasette.database import Database
from datasette.utils import sqlite_timelimit
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
FEED_SIZE = 50
TITLE_WEIGHT = 5.0
RANK_WINDOW = 5_000  # matches ranked by bm25 at most (the newest archived); see rank_matches
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
    kind: str = ""  # "quotes" searches quotes; anything else, articles
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
            kind="quotes" if arg("kind") == "quotes" else "",
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


@dataclass
class Ranked:
    """One page of ranked matches: (rowid, bm25) pairs, and how many matches there were
    (``windowed``: more than RANK_WINDOW, ranked among the newest RANK_WINDOW)."""

    rows: list[tuple[int, float | None]]
    matches: int
    windowed: bool


def rank_matches(
    conn: sqlite3.Connection,
    fts: str,
    joins: str,
    where: list[str],
    params: dict[str, Any],
    weights: str,
    limit: int,
    offset: int,
    newest_first: bool = False,
) -> Ranked:
    """bm25 ranking whose cost stays bounded when a query matches most of the archive.

    SQLite computes bm25 (and every selected column) for every match before it sorts, so
    a word found in 100,000 articles costs hundreds of milliseconds. Here one pass walks
    the matches that pass the filters newest-archived first (FTS5 reads its doclist in
    rowid order) and stops after RANK_WINDOW + 1, scoring only those; Python sorts them
    and snippets are built for the one page shown. Up to RANK_WINDOW matches this is
    exact bm25 ranking; beyond, the best of the newest RANK_WINDOW (the page says so).
    """
    filters = "".join(f" and {w}" for w in where)
    score = "null" if newest_first else f"bm25({fts}, {weights})"
    rows = conn.execute(
        f"select {fts}.rowid, {score} from {fts} {joins} where {fts} match :fts {filters}"
        f" order by {fts}.rowid desc limit :window",
        {**params, "window": RANK_WINDOW + 1},
    ).fetchall()
    windowed = len(rows) > RANK_WINDOW
    rows = rows[:RANK_WINDOW]
    if not newest_first:
        rows.sort(key=lambda row: (row[1], row[0]))  # ties: the first archived first
    page = [(row[0], row[1]) for row in rows[offset : offset + limit]]
    return Ranked(page, len(rows), windowed)


def _marked(conn: sqlite3.Connection, sql: str, fts: str, rowid: int) -> tuple[Any, ...]:
    row = conn.execute(sql, {"fts": fts, "id": rowid}).fetchone()
    return tuple(row) if row else (None, None)


async def _run(db: Database, datasette: Any, fn: Any) -> Any:
    """Several statements on one connection, under Datasette's SQL time limit."""
    limit_ms = datasette.setting("sql_time_limit_ms")

    def with_limit(conn: sqlite3.Connection) -> Any:
        with sqlite_timelimit(conn, limit_ms):
            return fn(conn)

    return await db.execute_fn(with_limit)


async def search_articles(
    datasette: Any,
    db: Database,
    search: Search,
    limit: int,
    offset: int,
    newest_first: bool = False,
) -> tuple[list[dict[str, Any]], Ranked | None]:
    names = await tables(db)
    where, params = article_filters(search, names)
    if not search.q:  # no words: the newest articles that pass the filters
        params.update(limit=limit, offset=offset)
        sql = f"""
            select {ARTICLE_COLUMNS}, a.title as title_hit,
              coalesce(a.description, substr(a.text, 1, 240)) as snippet, null as rank
            from articles a {"where " + " and ".join(where) if where else ""}
            order by a.published desc limit :limit offset :offset"""
        return [dict(row) for row in await db.execute(sql, params)], None
    params["fts"] = fts_query(search.q)
    joins = "join articles a on a.id = articles_fts.rowid" if where else ""

    def run(conn: sqlite3.Connection) -> tuple[list[dict[str, Any]], Ranked]:
        ranked = rank_matches(
            conn,
            "articles_fts",
            joins,
            where,
            params,
            f"{TITLE_WEIGHT}, 1.0",
            limit,
            offset,
            newest_first,
        )
        ids = [rowid for rowid, _ in ranked.rows]
        cursor = conn.execute(
            f"select {ARTICLE_COLUMNS} from articles a"
            " where a.id in (select value from json_each(:ids))",
            {"ids": json.dumps(ids)},
        )
        columns = [d[0] for d in cursor.description]
        by_id = {row[0]: dict(zip(columns, row, strict=True)) for row in cursor}
        marks = """select highlight(articles_fts, 0, char(57344), char(57345)),
          snippet(articles_fts, 1, char(57344), char(57345), ' … ', 32)
          from articles_fts where articles_fts match :fts and rowid = :id"""
        out = []
        for rowid, rank in ranked.rows:
            if rowid not in by_id:
                continue
            title_hit, snippet = _marked(conn, marks, params["fts"], rowid)
            out.append({**by_id[rowid], "title_hit": title_hit, "snippet": snippet, "rank": rank})
        return out, ranked

    return await _run(db, datasette, run)


async def search_quotes(
    datasette: Any, db: Database, search: Search, limit: int, offset: int
) -> tuple[list[dict[str, Any]], Ranked | None]:
    """Ranked quotes (the caller checked that the quote index exists)."""
    names = await tables(db)
    if not search.q:
        return [], None
    columns = [row[1] for row in await db.execute("pragma table_info(quotes_fts)")]
    text_column = columns.index("text") if "text" in columns else 0
    where, params = article_filters(search, names)
    if search.speaker:
        where.append("qu.speaker = :speaker")
    joins = (
        "join quotes qu on qu.id = quotes_fts.rowid join articles a on a.id = qu.article_id"
        if where
        else ""
    )
    params["fts"] = fts_query(search.q)
    party_join, party_name = "", "null"
    if "parties" in names:
        party_join = "left join parties p on p.id = qu.party_id"
        party_name = "p.name"

    def run(conn: sqlite3.Connection) -> tuple[list[dict[str, Any]], Ranked]:
        ranked = rank_matches(conn, "quotes_fts", joins, where, params, "1.0, 1.0", limit, offset)
        cursor = conn.execute(
            f"""select qu.id, qu.article_id, qu.speaker, qu.party_id, {party_name} as party_name,
              qu.cue, qu.partial, a.title, a.site_name, a.published
            from quotes qu join articles a on a.id = qu.article_id {party_join}
            where qu.id in (select value from json_each(:ids))""",
            {"ids": json.dumps([rowid for rowid, _ in ranked.rows])},
        )
        names_ = [d[0] for d in cursor.description]
        by_id = {row[0]: dict(zip(names_, row, strict=True)) for row in cursor}
        marks = f"""select highlight(quotes_fts, {text_column}, char(57344), char(57345)), null
          from quotes_fts where quotes_fts match :fts and rowid = :id"""
        found = [
            {**by_id[rowid], "text_hit": _marked(conn, marks, params["fts"], rowid)[0]}
            for rowid, _ in ranked.rows
            if rowid in by_id
        ]
        return found, ranked

    return await _run(db, datasette, run)


_choices: weakref.WeakKeyDictionary[Database, dict[str, list[str]]] = weakref.WeakKeyDictionary()


async def choices(db: Database) -> dict[str, list[str]]:
    """Values for the filter inputs' suggestions (sites, publishers), once per snapshot."""
    if db in _choices:
        return _choices[db]
    sites = await db.execute("select distinct site from articles where site is not null")
    publishers = await db.execute(
        "select publisher from articles where publisher is not null group by publisher"
        " union select original_publisher from articles"
        " where original_publisher is not null group by original_publisher"
    )
    found = {
        "sites": sorted(row[0] for row in sites),
        "publishers": sorted(row[0] for row in publishers),
    }
    if not db.is_mutable:
        _choices[db] = found
    return found


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
    names = await tables(db)
    has_quotes = {"quotes", "quotes_fts"} <= names
    articles: list[dict[str, Any]] | None = None
    quotes: list[dict[str, Any]] | None = None
    ranked: Ranked | None = None
    error = None
    try:
        if search.kind == "quotes" and has_quotes:
            quotes, ranked = await search_quotes(datasette, db, search, PAGE_SIZE + 1, offset)
        else:
            articles, ranked = await search_articles(datasette, db, search, PAGE_SIZE + 1, offset)
    except sqlite3.OperationalError as exc:  # an FTS5 syntax the person typed, say
        error = f"The search could not run: {exc}"
    matches = None
    if ranked is not None:
        matches = {"count": ranked.matches, "more": ranked.windowed, "window": RANK_WINDOW}
    results = quotes if quotes is not None else articles or []
    more = len(results) > PAGE_SIZE
    if articles is not None:
        articles = articles[:PAGE_SIZE]
    if quotes is not None:
        quotes = quotes[:PAGE_SIZE]
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
                "articles": None if articles is None else [article_json(r) for r in articles],
                "quotes": None if quotes is None else [quote_json(r) for r in quotes],
                "matches": matches,
                "links": links,
                "error": error,
            },
            status=400 if error else 200,
        )
    context = {
        "search": search,
        "articles": articles,
        "quotes": quotes,
        "links": links,
        "error": error,
        "matches": matches,
        "choices": await choices(db),
        "database": db.name,
        "has_parties": {"parties", "article_parties"} <= names,
        "has_quotes": has_quotes,
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
        rows, _ = await search_articles(datasette, db, search, FEED_SIZE, 0, newest_first=True)
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
