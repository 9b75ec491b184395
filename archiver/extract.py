"""Extraction stage: HTML in, ``Article`` out. The only module that imports trafilatura.

1. Read metadata (``metadata.py``: JSON-LD, meta tags, byline, <time>) from the page.
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
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import trafilatura
from htmldate import find_date
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .boilerplate import clean_lines
from .errors import ExtractionError
from .metadata import Metadata, parse_datetime, read_metadata, stamp_datetime
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
TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Keep a matched widget if it holds this share of the page's prose: it is a wrapper.
WRAPPER_SHARE = 0.25
WRAPPER_WORDS_SHARE = 0.2
WRAPPER_MIN_PAGE_WORDS = 50
LONG_PARAGRAPH = 80
CONTENT_SELECTOR = 'article, main, [itemprop~="articleBody"], [role="main"]'


def extract(html: str, url: str | None = None) -> Article:
    """Extract the article from ``html``; raise ExtractionError if no article text is found."""
    tree = LexborHTMLParser(html)
    meta = read_metadata(tree, url)
    captions = preclean(tree)
    cleaned = tree.html or ""
    doc = trafilatura.bare_extraction(cleaned, url=url, **TRAFILATURA_OPTIONS)
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found", url=url)
    return _assemble(doc.text, meta, captions, url, cleaned, html)


def guess_date(html: str, url: str | None) -> datetime | None:
    """htmldate's fast heuristics (URL, markup), for pages that declare no date.

    Its extensive search is left off: it runs a general date parser over free text and
    costs about a second a page. ``visible_date`` covers the common case instead."""
    found = find_date(
        html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
    )
    return parse_datetime(found)


MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
VISIBLE_DATE = re.compile(rf"\b{MONTHS}\.? (\d{{1,2}}), (\d{{4}})\b")


def visible_date(tree: LexborHTMLParser) -> datetime | None:
    """The first "March 3, 2025" in the article's own area, before its body text."""
    scope = tree.css_first("article") or tree.css_first("main") or tree.body
    if scope is None:
        return None
    match = VISIBLE_DATE.search(scope.text(separator=" ")[:3000])
    return parse_datetime(match.group(0)) if match else None


def _assemble(
    text: str, meta: Metadata, captions: list[str], url: str | None, cleaned: str, raw: str
) -> Article:
    lines = [line for line in text.split("\n") if line.strip()]
    kept, findings = clean_lines(
        lines,
        title=meta.title,
        captions=captions,
        authors=meta.authors,
        site_names=_own_names(meta),
    )
    if not kept:
        raise ExtractionError("only boilerplate found, no article text", url=url)
    published = (
        meta.published or guess_date(cleaned, url) or visible_date(LexborHTMLParser(raw))
    )
    updated = meta.updated or stamp_datetime(findings, published)
    return Article(
        text="\n\n".join(line.strip() for line in kept),
        title=meta.title,
        authors=meta.authors,
        published=published,
        updated=updated if updated != published else None,
        site_name=meta.site_name,
        publisher=meta.publisher,
        original_publisher=findings.original_publisher or meta.original_publisher,
        url=meta.canonical or url,
        language=meta.language,
        description=meta.description,
        removed=findings.removed,
    )


def _own_names(meta: Metadata) -> list[str]:
    return [name for name in (meta.site_name, meta.publisher) if name]


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
