"""Extraction stage: HTML in, ``Article`` out. The only module that imports trafilatura.

1. Read metadata (JSON-LD, meta tags, ``<link rel=canonical>``) from the parsed page.
2. Pre-clean with selectolax: drop scripts, hidden and microdata-only elements, page
   chrome, and widgets recognised by tag, ARIA role and class/id tokens (share bars,
   newsletter boxes, related rails, players, comments). Figure captions are kept aside
   so duplicates of them can be removed from the text later.
3. trafilatura extracts the main text from what is left.
4. ``boilerplate.clean_lines`` drops typed boilerplate lines and recovers the metadata
   some of them carry (syndication footer -> original publisher, "Updated at" stamp).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import trafilatura
from dateutil import parser as dateparser
from htmldate import find_date
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .boilerplate import Findings, clean_lines
from .errors import ExtractionError
from .models import Article

TRAFILATURA_OPTIONS: dict[str, Any] = {
    "with_metadata": False,  # read by read_metadata from the same parse, much faster
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "deduplicate": False,
    # trafilatura's fallback extractors (readability, justext) mostly add teasers and
    # widgets on news pages; measured on the extraction benchmark they cost precision.
    "fast": True,
}
DROP_TAGS = (
    "script, style, noscript, template, svg, iframe, form, button, input, select, textarea, "
    "label, nav, aside, footer, header, dialog, video, audio, canvas, object, embed, picture, "
    "figure, figcaption, link, meta"
)
DROP_ROLES = (
    '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], '
    '[role="search"], [role="dialog"], [role="alertdialog"], [role="menu"], [role="toolbar"]'
)
HIDDEN = (
    '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], '
    '[style*="visibility:hidden"], [style*="visibility: hidden"]'
)
# Class/id tokens that name a widget rather than content.
WIDGET_TOKENS = frozenset(
    {
        "share",
        "sharing",
        "sharebar",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "related",
        "recommended",
        "recirc",
        "recirculation",
        "promo",
        "promos",
        "advert",
        "advertisement",
        "ad",
        "ads",
        "adslot",
        "comment",
        "comments",
        "disqus",
        "cookie",
        "consent",
        "popup",
        "modal",
        "breadcrumb",
        "breadcrumbs",
        "byline",
        "trending",
        "popular",
        "tags",
        "taglist",
        "bio",
        "biography",
        "masthead",
        "navbar",
        "menu",
        "toolbar",
        "donate",
        "pagination",
        "paywall",
        "outbrain",
        "taboola",
    }
)
# Ambiguous words ("player" is also a sports player, "social" a news section) count only
# in these pairs.
WIDGET_PHRASES = (
    ("more", "stories"),
    ("most", "read"),
    ("author", "info"),
    ("read", "more"),
    ("about", "author"),
    ("live", "radio"),
    ("audio", "player"),
    ("video", "player"),
    ("media", "player"),
    ("radio", "player"),
    ("live", "player"),
    ("player", "widget"),
    ("social", "share"),
    ("social", "icons"),
    ("social", "links"),
    ("social", "buttons"),
    ("social", "follow"),
    ("caption", "expanded"),
    ("related", "content"),
)
MICRODATA_PROPS = frozenset(
    {
        "publisher",
        "logo",
        "datepublished",
        "datemodified",
        "datecreated",
        "image",
        "thumbnailurl",
        "mainentityofpage",
        "keywords",
        "articlesection",
        "author",
        "creator",
        "copyrightholder",
        "copyrightyear",
        "wordcount",
        "inlanguage",
    }
)
CAPTION_SELECTOR = "figcaption, [class*=caption], [class*=credit]"
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "socialmediaposting",
    "techarticle",
    "scholarlyarticle",
    "liveblogposting",
    "report",
    "webpage",
}
TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Keep a matched widget if it holds this share of the page's prose: it is a wrapper.
WRAPPER_SHARE = 0.25
WRAPPER_WORDS_SHARE = 0.2
WRAPPER_MIN_PAGE_WORDS = 50
LONG_PARAGRAPH = 80
CONTENT_SELECTOR = 'article, main, [itemprop~="articleBody"], [role="main"]'
US_ZONES = {
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
}


def extract(html: str, url: str | None = None) -> Article:
    """Extract the article from ``html``; raise ExtractionError if no article text is found."""
    tree = LexborHTMLParser(html)
    meta = read_metadata(tree, url)
    captions = preclean(tree)
    doc = trafilatura.bare_extraction(tree.html or "", url=url, **TRAFILATURA_OPTIONS)
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found", url=url)
    return _assemble(doc, meta, captions, url, html)


def guess_date(html: str, url: str | None) -> datetime | None:
    """htmldate's heuristics, for pages that declare no publication date."""
    found = find_date(
        html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
    )
    return parse_datetime(found)


def _assemble(
    doc: Any, meta: dict[str, Any], captions: list[str], url: str | None, html: str
) -> Article:
    title = meta.get("title") or doc.title
    authors = meta.get("authors") or split_authors(doc.author or "")
    lines = [line for line in (doc.text or "").split("\n") if line.strip()]
    kept, findings = clean_lines(lines, title=title, captions=captions, authors=authors)
    if not kept:
        raise ExtractionError("only boilerplate found, no article text", url=url)
    published = meta.get("published") or guess_date(html, url)
    updated = meta.get("updated") or stamp_datetime(findings, published)
    site_name = meta.get("site_name") or doc.sitename
    return Article(
        text="\n\n".join(line.strip() for line in kept),
        title=title,
        authors=authors,
        published=published,
        updated=updated if updated != published else None,
        site_name=site_name,
        publisher=meta.get("publisher") or site_name,
        original_publisher=findings.original_publisher or meta.get("original_publisher"),
        url=meta.get("canonical") or url,
        language=meta.get("language") or doc.language,
        description=meta.get("description") or doc.description,
        removed=findings.removed,
    )


# ---------------------------------------------------------------- pre-clean


def preclean(tree: LexborHTMLParser) -> list[str]:
    """Remove non-content markup in place; return caption texts seen on the page."""
    captions = [" ".join(node.text(separator=" ").split()) for node in tree.css(CAPTION_SELECTOR)]
    for node in tree.css("script, style, noscript, template, svg"):
        node.decompose()
    page = _Page.measure(tree)
    for selector in (HIDDEN, DROP_ROLES, DROP_TAGS):
        for node in tree.css(selector):
            _drop_unless_wrapper(node, page)
    for node in tree.css("[class], [id], [itemprop], [aria-label]"):
        if _is_widget(node) or _is_microdata_only(node):
            _drop_unless_wrapper(node, page)
    return [c for c in captions if c]


@dataclass(frozen=True)
class _Page:
    words: int
    prose_chars: int

    @classmethod
    def measure(cls, tree: LexborHTMLParser) -> _Page:
        body = tree.body
        if body is None:
            return cls(0, 0)
        return cls(len(body.text(separator=" ").split()), _long_paragraph_chars(body))


def _long_paragraph_chars(node: LexborNode) -> int:
    """Characters in paragraphs long enough to be prose: the signal of article body."""
    total = 0
    for para in node.css("p, pre, blockquote, li, td"):
        length = len(para.text(deep=True).strip())
        if length >= LONG_PARAGRAPH:
            total += length
    return total


def _drop_unless_wrapper(node: LexborNode, page: _Page) -> None:
    """Decompose ``node`` unless it looks like a wrapper of the article whose class merely
    mentions a widget (``article modal-enabled``, ``page-content and-w-sidebar``)."""
    if node.parent is None:  # already gone with an ancestor
        return
    if page.words < WRAPPER_MIN_PAGE_WORDS:
        node.decompose()  # too little text for a wrapper to matter
        return
    if node.css_first(CONTENT_SELECTOR) is not None:
        return
    words = len(node.text(separator=" ").split())
    if words > WRAPPER_WORDS_SHARE * page.words:
        return
    if page.prose_chars and _long_paragraph_chars(node) > WRAPPER_SHARE * page.prose_chars:
        return
    node.decompose()


def _tokens(node: LexborNode) -> list[str]:
    attrs = node.attributes
    raw = " ".join(filter(None, (attrs.get("class"), attrs.get("id"), attrs.get("aria-label"))))
    return [t for t in TOKEN_SPLIT.split(CAMEL.sub(" ", raw).lower()) if t]


def _is_widget(node: LexborNode) -> bool:
    if node.tag in {"html", "body", "main", "article"}:
        return False
    if (node.attributes.get("itemprop") or "").lower() == "articlebody":
        return False
    tokens = _tokens(node)
    if any(t in WIDGET_TOKENS for t in tokens):
        return True
    pairs = set(itertools.pairwise(tokens))
    return any(p in pairs for p in WIDGET_PHRASES)


def _is_microdata_only(node: LexborNode) -> bool:
    prop = (node.attributes.get("itemprop") or "").lower()
    return bool(prop) and all(p in MICRODATA_PROPS for p in prop.split())


# ---------------------------------------------------------------- metadata


def read_metadata(tree: LexborHTMLParser, url: str | None) -> dict[str, Any]:
    """Metadata the page declares: JSON-LD first, then OpenGraph/meta tags."""
    metas = _meta_tags(tree)
    ld = _json_ld_article(tree)
    publisher = _name(ld.get("publisher"))
    site_name = metas.get("og:site_name") or publisher
    title = _clean_title(
        _text(ld.get("headline")) or metas.get("og:title") or metas.get("twitter:title"),
        site_name,
    ) or _page_title(tree)
    canonical = _canonical(tree, metas, url)
    html_node = tree.css_first("html")
    language = (html_node.attributes.get("lang") if html_node else None) or metas.get("og:locale")
    authors = _ld_authors(ld.get("author")) or split_authors(
        metas.get("author") or metas.get("article:author") or metas.get("parsely-author") or ""
    )
    return {
        "title": title,
        "authors": authors,
        "published": parse_datetime(
            _text(ld.get("datePublished"))
            or metas.get("article:published_time")
            or metas.get("date")
            or metas.get("pubdate")
            or _first_time(tree)
        ),
        "updated": parse_datetime(
            _text(ld.get("dateModified"))
            or metas.get("article:modified_time")
            or metas.get("og:updated_time")
        ),
        "site_name": site_name,
        "publisher": publisher or site_name,
        "original_publisher": _name(ld.get("sourceOrganization")),
        "canonical": canonical,
        "language": (language or "").split("_")[0].split("-")[0].lower() or None,
        "description": metas.get("og:description") or metas.get("description"),
    }


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = (attrs.get("content") or "").strip()
        if key and value and key not in found:
            found[key] = value
    return found


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _json_objects(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _json_objects(value["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _json_ld_article(tree: LexborHTMLParser) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (a WebPage only as last resort)."""
    fallback: dict[str, Any] = {}
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue  # malformed JSON-LD is common; the meta tags still apply
        for obj in _json_objects(data):
            kinds = _types(obj)
            if kinds & (ARTICLE_TYPES - {"webpage"}):
                return obj
            if "webpage" in kinds and not fallback:
                fallback = obj
    return fallback


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return str(value).strip() if value else None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    for item in items:
        name = _name(item)
        if name:
            names.extend(split_authors(name))
    return _unique(names)


AUTHOR_PREFIX = re.compile(r"^\s*(by|written by|words by|story by|von|par|por)\s+", re.I)
AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*", re.I)
AUTHOR_ROLE = re.compile(
    r"\b(staff|senior|chief|contributing|special|associate|managing|political|"
    r"writers?|reporters?|editors?|correspondents?|columnist|photographer|"
    r"the associated press|associated press|reuters|afp|news desk)\b",
    re.I,
)


def split_authors(raw: str) -> list[str]:
    """'By Jane Doe and John Roe, Staff Writers' -> ['Jane Doe', 'John Roe']."""
    raw = AUTHOR_PREFIX.sub("", raw or "").strip()
    names = []
    for part in AUTHOR_SPLIT.split(raw):
        part = AUTHOR_PREFIX.sub("", part).strip(" .-–—")
        if not part or part.startswith("http") or AUTHOR_ROLE.search(part):
            continue
        if len(part.split()) > 5:
            continue  # a sentence, not a name
        names.append(part)
    return _unique(names)


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _clean_title(title: str | None, site_name: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(title.split())
    if site_name:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            suffix = f"{sep}{site_name}"
            if title.endswith(suffix):
                return title[: -len(suffix)]
    return title


TITLE_SEPARATORS = re.compile(r"\s+[|–—:-]\s+")


def _page_title(tree: LexborHTMLParser) -> str | None:
    """Without declared metadata: the first <h1> when the <title> agrees with it, else the
    longest part of the <title> (site names are the short part after a separator)."""
    h1_node = tree.css_first("h1")
    h1 = " ".join(h1_node.text().split()) if h1_node else ""
    title_node = tree.css_first("title")
    page_title = " ".join(title_node.text().split()) if title_node else ""
    if h1 and (not page_title or h1 in page_title):
        return h1
    if page_title:
        return max(TITLE_SEPARATORS.split(page_title), key=len)
    return h1 or None


def _canonical(tree: LexborHTMLParser, metas: dict[str, str], url: str | None) -> str | None:
    node = tree.css_first('link[rel="canonical"][href]')
    href = (node.attributes.get("href") if node else None) or metas.get("og:url")
    if not href:
        return url
    resolved = urljoin(url, href) if url else href
    return resolved if resolved.startswith(("http://", "https://")) else url


def _first_time(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("time[datetime]")
    return node.attributes.get("datetime") if node else None


def parse_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return dateparser.parse(value, fuzzy=False, tzinfos=_tzinfo)
    except (ValueError, OverflowError):
        return None


def _tzinfo(name: str | None, offset: int | None) -> Any:
    """US zone abbreviations, common in news datelines, that dateutil does not know."""
    if name and name.upper() in US_ZONES:
        return ZoneInfo(US_ZONES[name.upper()])
    return offset


STAMP_TIME = re.compile(
    r"(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<ampm>[ap])\.?m\.?\s*(?P<tz>[A-Z]{2,3})?", re.I
)


def stamp_datetime(findings: Findings, published: datetime | None) -> datetime | None:
    """Turn a visible 'Updated at 1:40 p.m. ET' stamp into a datetime on the published day."""
    stamp = findings.updated_stamp
    if not stamp:
        return None
    full = parse_datetime(stamp) if re.search(r"\d{4}", stamp) else None
    if full:
        return full
    match = STAMP_TIME.search(stamp)
    if not match or published is None:
        return None
    hour = int(match.group("h")) % 12 + (12 if match.group("ampm").lower() == "p" else 0)
    zone_name = US_ZONES.get((match.group("tz") or "").upper())
    tz = ZoneInfo(zone_name) if zone_name else published.tzinfo
    local = published.astimezone(tz) if tz and published.tzinfo else published
    candidate = local.replace(hour=hour, minute=int(match.group("m")), second=0, microsecond=0)
    return candidate if candidate >= local else candidate + timedelta(days=1)
