"""Ranked search: a forgiving FTS query function and highlighted snippets.

``archiver_fts_query(q)`` turns what a person types into a safe FTS5 query: plain words
are quoted (so ``covid-19`` or ``U.S.`` never raise a syntax error); a query that already
uses FTS5 syntax (quotes, AND/OR/NOT, prefix ``*``) is passed through. Snippets are
marked with private-use characters by SQL and turned into ``<mark>`` only after the
text around them has been escaped.
"""

from __future__ import annotations

import re
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

HIT_START = "\ue000"
HIT_END = "\ue001"
FTS_SYNTAX = re.compile(r'"|\*|\b(AND|OR|NOT|NEAR)\b')
WORD = re.compile(r"\w+(?:['’]\w+)*")


def fts_query(query: str | None) -> str:
    query = (query or "").strip()
    if not query:
        return '""'
    if FTS_SYNTAX.search(query) and query.count('"') % 2 == 0:
        return query
    words = WORD.findall(query)
    return " ".join(f'"{w}"' for w in words) or '""'


def highlight(snippet: str) -> Markup:
    escaped = str(escape(snippet))
    return Markup(
        escaped.replace(HIT_START, '<mark class="archiver-hit">').replace(HIT_END, "</mark>")
    )


@hookimpl
def prepare_connection(conn: Any) -> None:
    conn.create_function("archiver_fts_query", 1, fts_query, deterministic=True)


@hookimpl
def render_cell(value: Any, column: str) -> Any:
    if column == "snippet" and isinstance(value, str) and HIT_START in value:
        return highlight(value)
    return None
