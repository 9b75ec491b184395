"""Site templates: the lines learned as a site's boilerplate (see ``archiver/templates.py``)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from . import now

TEMPLATE_RULE = "site-template"


@dataclass(frozen=True)
class TemplateLine:
    key: str  # the line normalised (case and spacing), what extraction compares
    text: str  # the line as one page shows it
    pages: int  # in how many of the site's pages it was found


@dataclass(frozen=True)
class SitePage:
    """One article of a site as last extracted: its text, and the lines removed from it
    as template (those are still the site's template, and must stay learned)."""

    text: str
    template: list[str]


def site_pages(db: sqlite_utils.Database, site: str, limit: int) -> list[SitePage]:
    """The site's most recently changed articles, newest first."""
    rows = db.execute(
        """
        select articles.text, (
            select removed from article_versions
            where article_versions.article_id = articles.id
            order by version desc limit 1
        )
        from articles where site = ? order by last_changed desc, id desc limit ?
        """,
        [site, limit],
    ).fetchall()
    pages = []
    for text, removed in rows:
        records = json.loads(removed or "[]")
        template = [r["text"] for r in records if r.get("rule") == TEMPLATE_RULE]
        pages.append(SitePage(text or "", template))
    return pages


def site_article_count(db: sqlite_utils.Database, site: str) -> int:
    return int(db.execute("select count(*) from articles where site = ?", [site]).fetchone()[0])


def learned_at_count(db: sqlite_utils.Database, site: str) -> int | None:
    """How many articles the site had when its template was last learned (None: never)."""
    row = db.execute("select articles from site_templates where site = ?", [site]).fetchone()
    return None if row is None else int(row[0])


def save_template(
    db: sqlite_utils.Database, site: str, lines: list[TemplateLine], articles: int
) -> None:
    """Replace the site's learned lines, in one transaction."""
    with db.atomic():
        db["site_templates"].upsert(
            {"site": site, "articles": articles, "learned_at": now()}, pk="site"
        )
        db.execute("delete from site_template_lines where site = ?", [site])
        db["site_template_lines"].insert_all(
            [
                {"site": site, "key": line.key, "text": line.text, "pages": line.pages}
                for line in lines
            ],
            pk=("site", "key"),
        )


def template_lines(db: sqlite_utils.Database, site: str) -> list[str]:
    rows = db.execute(
        "select text from site_template_lines where site = ? order by pages desc, key", [site]
    ).fetchall()
    return [row[0] for row in rows]
