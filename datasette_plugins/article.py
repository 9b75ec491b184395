"""Render article cells: clean text as sanitized paragraphs, safe links, author lists.

Everything in these cells came from a fetched page, so it is escaped first and the
resulting HTML passes through nh3 before Datasette is told it is safe.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import nh3
from datasette import hookimpl
from markupsafe import Markup, escape

TEXT_TABLES = {"articles", "article_versions"}
ALLOWED_TAGS = {"p", "a", "mark", "span", "div"}


def sanitize(html: str) -> Markup:
    """nh3 with a small allow-list; links get rel=noopener noreferrer nofollow."""
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "div": {"class"}, "span": {"class"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
    )
    return Markup(cleaned)


def paragraphs_html(text: str) -> Markup:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return sanitize(f'<div class="archiver-text">{body}</div>')


def safe_link(url: str) -> Markup | None:
    if urlsplit(url).scheme.lower() not in {"http", "https"}:
        return None
    return sanitize(f'<a href="{escape(url)}">{escape(url)}</a>')


def authors_text(value: str) -> str | None:
    try:
        names = json.loads(value)
    except ValueError:
        return None
    if not isinstance(names, list):
        return None
    return ", ".join(str(n) for n in names)


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> Any:
    if not isinstance(value, str) or table not in TEXT_TABLES:
        return None
    if column == "text":
        return paragraphs_html(value)
    if column == "url":
        return safe_link(value)
    if column == "authors":
        return authors_text(value)
    return None
