"""Discovery: article URLs from feeds (RSS/Atom via feedparser) and XML sitemaps.

Input is the text our own fetcher downloaded; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser
from selectolax.lexbor import LexborHTMLParser


@dataclass(frozen=True)
class Discovered:
    url: str
    kind: str  # page | sitemap
    title: str | None = None
    published: str | None = None


def looks_like_sitemap(text: str) -> bool:
    head = text[:2000]
    return "<urlset" in head or "<sitemapindex" in head


def from_sitemap(text: str, base_url: str) -> list[Discovered]:
    """URLs in a sitemap; entries of a sitemap index come back with kind 'sitemap'."""
    # lexbor parses XML leniently enough for sitemaps and is already a dependency.
    tree = LexborHTMLParser(text)
    found: list[Discovered] = []
    for node in tree.css("sitemap > loc"):
        found.append(Discovered(urljoin(base_url, node.text().strip()), "sitemap"))
    for entry in tree.css("url"):
        loc = entry.css_first("loc")
        if loc is None or not loc.text().strip():
            continue
        lastmod = entry.css_first("lastmod")
        found.append(
            Discovered(
                urljoin(base_url, loc.text().strip()),
                "page",
                published=lastmod.text().strip() if lastmod else None,
            )
        )
    return found


def from_feed(text: str, base_url: str) -> list[Discovered]:
    parsed = feedparser.parse(text)
    found = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            found.append(
                Discovered(
                    urljoin(base_url, link),
                    "page",
                    title=entry.get("title"),
                    published=entry.get("published") or entry.get("updated"),
                )
            )
    return found


def discover(text: str, base_url: str) -> list[Discovered]:
    """Links in a sitemap or a feed, whichever ``text`` is."""
    if looks_like_sitemap(text):
        return from_sitemap(text, base_url)
    return from_feed(text, base_url)
