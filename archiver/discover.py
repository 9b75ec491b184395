"""Discovery: URLs from feeds, sitemaps and index pages. Nothing here does I/O.

Input is text our own fetcher downloaded: feeds are parsed with feedparser; sitemaps
(urlsets, indexes, Google News sitemaps) and HTML with selectolax's lexbor parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
from selectolax.lexbor import LexborHTMLParser, LexborNode

FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/rdf+xml",
}
SKIPPED_SCHEMES = ("mailto:", "javascript:", "tel:", "data:", "#")


@dataclass(frozen=True)
class Discovered:
    url: str
    kind: str  # page | sitemap | feed
    title: str | None = None
    published: str | None = None


def looks_like_sitemap(text: str) -> bool:
    head = text[:3000]
    return "<urlset" in head or "<sitemapindex" in head


def looks_like_feed(text: str) -> bool:
    head = text[:3000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _child_text(node: LexborNode, tag: str) -> str | None:
    for child in node.traverse():
        if child.tag == tag:
            value = child.text(deep=True).strip()
            return value or None
    return None


def from_sitemap(text: str, base_url: str) -> list[Discovered]:
    """Pages of a urlset (with lastmod or a News sitemap's date and title); the sitemaps
    of a sitemap index come back with kind 'sitemap'."""
    tree = LexborHTMLParser(text)
    found: list[Discovered] = []
    for entry in tree.css("sitemap"):
        loc = _child_text(entry, "loc")
        if loc:
            found.append(Discovered(urljoin(base_url, loc), "sitemap"))
    for entry in tree.css("url"):
        loc = _child_text(entry, "loc")
        if not loc:
            continue
        published = _child_text(entry, "news:publication_date") or _child_text(entry, "lastmod")
        found.append(
            Discovered(
                urljoin(base_url, loc),
                "page",
                title=_child_text(entry, "news:title"),
                published=published,
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


def feed_links(html: str, base_url: str) -> list[Discovered]:
    """Feeds a page advertises with ``<link rel="alternate" type="application/rss+xml">``."""
    tree = LexborHTMLParser(html)
    found = []
    for node in tree.css('link[rel~="alternate"][href]'):
        kind = (node.attributes.get("type") or "").lower().split(";")[0].strip()
        if kind in FEED_TYPES:
            found.append(Discovered(urljoin(base_url, node.attributes["href"] or ""), "feed"))
    return found


# Site chrome: the menus, masthead and footer every page repeats ("Terms of use",
# "Contact us", section fronts). A story card's own <header> or <footer> is kept.
CHROME = "nav, [role=navigation], [role=banner], [role=contentinfo], header, footer"


def _inside_article(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return True
        parent = parent.parent
    return False


def page_links(html: str, base_url: str) -> list[Discovered]:
    """The http(s) links of an index page outside its site chrome, resolved, in page
    order, without repeats."""
    tree = LexborHTMLParser(html)
    for node in tree.css(CHROME):
        if node.tag in {"header", "footer"} and _inside_article(node):
            continue
        node.decompose()
    seen: dict[str, None] = {}
    for node in tree.css("a[href]"):
        href = (node.attributes.get("href") or "").strip()
        if not href or href.lower().startswith(SKIPPED_SCHEMES):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if urlsplit(url).scheme in {"http", "https"}:
            seen.setdefault(url, None)
    return [Discovered(url, "page") for url in seen]


def discover(text: str, base_url: str) -> list[Discovered]:
    """Links in a sitemap, a feed, or an HTML index page, whichever ``text`` is."""
    if looks_like_sitemap(text):
        return from_sitemap(text, base_url)
    if looks_like_feed(text):
        return from_feed(text, base_url)
    return page_links(text, base_url)
