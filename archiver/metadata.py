"""Article metadata a page declares or shows: JSON-LD, meta tags, bylines, <time>.

Declared metadata (JSON-LD, OpenGraph and other meta tags) wins; what a reader sees
(the byline, <time> elements, the <title>) fills the gaps. Part of the extract stage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from dateutil import parser as dateparser
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .boilerplate import Findings

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


@dataclass
class Metadata:
    """What a page says about its article, before the text is extracted."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    site_name: str | None = None
    publisher: str | None = None
    original_publisher: str | None = None
    canonical: str | None = None
    language: str | None = None
    description: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    paywalled: bool | None = None


def read_metadata(tree: LexborHTMLParser, url: str | None) -> Metadata:
    """Metadata the page declares (JSON-LD, then meta tags), then what it shows (byline,
    <time> elements, the <title>)."""
    metas = _meta_tags(tree)
    ld, graph = _json_ld_article(tree)
    publisher = _name(ld.get("publisher"))
    site_name = _first(metas, "og:site_name", "application-name") or publisher
    title = _clean_title(
        _text(ld.get("headline")) or _first(metas, "og:title", "twitter:title"), site_name
    ) or _page_title(tree)
    site_name = site_name or _title_site_name(tree, title)
    authors, affiliation = visible_byline(tree)
    declared = _ld_authors(ld.get("author"), graph) or _meta_authors(metas)
    html_node = tree.css_first("html")
    language = (html_node.attributes.get("lang") if html_node else None) or _first(
        metas, "og:locale", "language"
    )
    return Metadata(
        title=title,
        authors=declared or authors,
        published=parse_datetime(
            _text(ld.get("datePublished"))
            or _first(
                metas,
                "article:published_time",
                "datepublished",
                "date",
                "pubdate",
                "dc.date",
                "parsely-pub-date",
            )
            or _time_attr(tree, PUBLISHED_TIME)
        ),
        updated=parse_datetime(
            _text(ld.get("dateModified"))
            or _first(
                metas, "article:modified_time", "og:updated_time", "datemodified", "last-modified"
            )
            or _time_attr(tree, UPDATED_TIME)
        ),
        site_name=site_name,
        publisher=publisher or site_name,
        original_publisher=_name(ld.get("sourceOrganization")) or affiliation,
        canonical=_canonical(tree, metas, url),
        language=(language or "").split("_")[0].split("-")[0].lower() or None,
        description=_first(metas, "og:description", "description"),
        section=_text(ld.get("articleSection"))
        or _first(metas, "article:section", "parsely-section", "section"),
        tags=_tags(ld, metas),
        paywalled=_paywalled(ld),
        **_lead_image(tree, ld, metas, url),
    )


def _tags(ld: dict[str, Any], metas: dict[str, list[str]]) -> list[str]:
    """Keywords as the page lists them: JSON-LD keywords, article:tag, news_keywords."""
    raw: list[str] = []
    keywords = ld.get("keywords")
    if isinstance(keywords, str):
        raw += keywords.split(",")
    elif isinstance(keywords, list):
        raw += [str(k) for k in keywords]
    raw += metas.get("article:tag", [])
    if not raw:
        for key in ("news_keywords", "keywords", "parsely-tags"):
            for value in metas.get(key, []):
                raw += value.split(",")
    return _unique([t.strip() for t in raw if t.strip() and len(t.strip()) < 60])[:30]


def _paywalled(ld: dict[str, Any]) -> bool | None:
    """schema.org isAccessibleForFree, on the article or on a part of it."""
    values = [ld.get("isAccessibleForFree")]
    parts = ld.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts] if parts else []:
        if isinstance(part, dict):
            values.append(part.get("isAccessibleForFree"))
    for value in values:
        if value is None:
            continue
        free = value if isinstance(value, bool) else str(value).strip().lower() == "true"
        if not free:
            return True
    return False if any(v is not None for v in values) else None


def _lead_image(
    tree: LexborHTMLParser, ld: dict[str, Any], metas: dict[str, list[str]], url: str | None
) -> dict[str, str | None]:
    """The lead image with its caption and credit: JSON-LD ImageObject, og:image, and the
    first <figure> of the article."""
    image = ld.get("image")
    if isinstance(image, list):
        image = image[0] if image else None
    obj = image if isinstance(image, dict) else {}
    src = (obj.get("url") or obj.get("contentUrl")) if obj else image
    src = src if isinstance(src, str) else None
    src = src or _first(metas, "og:image", "twitter:image")
    caption = _text(obj.get("caption")) if obj else None
    credit = (
        (
            _text(obj.get("creditText"))
            or _name(obj.get("copyrightHolder"))
            or _name(obj.get("author"))
        )
        if obj
        else None
    )
    scope = tree.css_first("article") or tree.css_first("main") or tree.body
    figure = scope.css_first("figure") if scope is not None else None
    if figure is not None:
        caption_node = figure.css_first("figcaption")
        credit_nodes = _innermost(figure.css('[class*="credit" i]'))
        if caption_node is not None and not caption:
            caption = " ".join(caption_node.text(separator=" ").split()) or None
        if credit_nodes and not credit:
            texts = [" ".join(n.text(separator=" ").split()) for n in credit_nodes]
            credit = " / ".join(_unique([t for t in texts if t])) or None
        if caption and credit:
            for piece in credit.split(" / "):  # the credit printed inside the caption
                caption = " ".join(caption.replace(piece, " ").split())
        image_node = figure.css_first("img[src]")
        if image_node is not None and not src:
            src = image_node.attributes.get("src")
    if src and url:
        src = urljoin(url, src)
    return {"image_url": src, "image_caption": caption or None, "image_credit": credit or None}


def _first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        values = metas.get(key)
        if values:
            return values[0]
    return None


PUBLISHED_TIME = (
    '[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content], '
    'time.published[datetime], time[class*="publish"][datetime], time[pubdate][datetime], '
    "article time[datetime], time[datetime]"
)
UPDATED_TIME = (
    '[itemprop~="dateModified"][datetime], [itemprop~="dateModified"][content], '
    'time.updated[datetime], time[class*="updated"][datetime], time[class*="modified"][datetime]'
)


def _time_attr(tree: LexborHTMLParser, selector: str) -> str | None:
    for node in tree.css(selector):
        if _in_rail(node):
            continue  # a "Most Read" list or a comment carries other stories' times
        value = node.attributes.get("datetime") or node.attributes.get("content")
        if value:
            return value
    return None


RAIL_TOKENS = {
    "comment",
    "comments",
    "related",
    "sidebar",
    "rail",
    "popular",
    "trending",
    "recommended",
    "promo",
    "footer",
    "aside",
    "nav",
    "more",
}


def _in_rail(node: LexborNode) -> bool:
    """Inside an aside, footer, nav or a block whose class names a rail or comments."""
    parent = node.parent
    while parent is not None and parent.tag not in {"body", "html"}:
        if parent.tag in {"aside", "footer", "nav"}:
            return True
        classes = f"{parent.attributes.get('class') or ''} {parent.attributes.get('id') or ''}"
        if RAIL_TOKENS & set(re.split(r"[^a-z]+", classes.lower())):
            return True
        parent = parent.parent
    return False


BYLINE_SELECTORS = (
    '[itemprop~="author"] [itemprop~="name"]',
    '[itemprop~="author"]',
    ".author.vcard .fn, .vcard .fn, .author .fn",
    '[rel~="author"]',
    '[class*="byline" i] a[href]',
    '[class*="byline" i]',
    '[class*="author-name" i], [class*="authorname" i], [class*="author_name" i], .author',
)


def visible_byline(tree: LexborHTMLParser) -> tuple[list[str], str | None]:
    """Authors from the byline a reader sees, and a wire affiliation if the byline names
    one ("By Jane Roe, Associated Wire")."""
    scope = tree.css_first("article") or tree.css_first("main") or tree.body
    if scope is None:
        return [], None
    for selector in BYLINE_SELECTORS:
        nodes = _innermost([n for n in scope.css(selector) if not _in_rail(n)])
        texts = [" ".join(n.text(separator=" ").split()) for n in nodes]
        texts = [t for t in texts if t and len(t) < 200]
        if not texts:
            continue
        names: list[str] = []
        affiliation = None
        for text in texts:
            names += split_authors(text)
            affiliation = affiliation or wire_affiliation(text)
        if names or affiliation:
            return _unique(names), affiliation
    return [], None


def _innermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """Drop matches that contain another match: "byline-group" holds the byline itself."""
    ids = {node.mem_id for node in nodes}
    kept = []
    for node in nodes:
        inner = node.traverse(include_text=False)
        next(inner, None)  # the node itself
        if not any(child.mem_id in ids for child in inner):
            kept.append(node)
    return kept


WIRE_NAME = re.compile(
    r"\b((?i:associated press|reuters|agence france-presse|afp|bloomberg news)|"
    r"[A-Z][\w.]*(?: [A-Z][\w.]*)* (?i:wire|press|news service|news agency))\b"
)


def wire_affiliation(byline: str) -> str | None:
    """The agency in "By Jane Roe, Associated Wire" or "By The Associated Wire"."""
    rest = AUTHOR_PREFIX.sub("", byline).strip()
    parts = [p.strip() for p in re.split(r",|\bfor\b|\bof\b", rest) if p.strip()]
    for part in parts:
        candidate = re.sub(r"^the\s+", "", part, flags=re.I).strip(" .")
        if WIRE_NAME.fullmatch(candidate):
            return candidate
    return None


def _meta_tags(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """Every meta tag's values by lower-case name (some pages repeat author tags)."""
    found: dict[str, list[str]] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = (attrs.get("content") or "").strip()
        if key and value:
            found.setdefault(key, []).append(value)
    return found


AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")


def _meta_authors(metas: dict[str, list[str]]) -> list[str]:
    for key in AUTHOR_META:
        names = [
            n
            for value in metas.get(key, [])
            if not value.startswith("http")
            for n in split_authors(value)
        ]
        if names:
            return _unique(names)
    return []


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


def _json_ld_article(tree: LexborHTMLParser) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first JSON-LD object typed as an article (a WebPage only as last resort), and
    every object with an ``@id``, to resolve references such as ``{"@id": "#author"}``."""
    found: dict[str, Any] = {}
    fallback: dict[str, Any] = {}
    graph: dict[str, Any] = {}
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue  # malformed JSON-LD is common; the meta tags still apply
        for obj in _json_objects(data):
            if isinstance(obj.get("@id"), str):
                graph.setdefault(obj["@id"], obj)
            kinds = _types(obj)
            if not found and kinds & (ARTICLE_TYPES - {"webpage"}):
                found = obj
            if "webpage" in kinds and not fallback:
                fallback = obj
    return found or fallback, graph


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


def _ld_authors(value: Any, graph: dict[str, Any]) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    for item in items:
        if isinstance(item, dict) and "name" not in item and item.get("@id") in graph:
            item = graph[item["@id"]]  # a reference to a Person elsewhere in the graph
        if isinstance(item, dict) and "organization" in _types(item):
            continue  # "By The Associated Wire" is a credit, not an author
        raw = item.get("name") if isinstance(item, dict) else item
        for name in raw if isinstance(raw, list) else [raw]:
            if isinstance(name, str):
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


ORGANISATION = re.compile(
    r"\b(wire|press|news|newsroom|service|agency|desk|network|radio|media|staff|"
    r"times|post|journal|gazette|tribune|herald|ledger|courier|reuters|bloomberg|"
    r"contributors?|report|photos?|photographs?|illustrations?|courtesy|images|file)\b",
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
        if ORGANISATION.search(part) or part.lower().startswith("the "):
            continue  # a desk, a wire or a newspaper credited in the byline
        if any(ch.isdigit() for ch in part):
            continue  # a date or time that shares the byline's box
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


def _title_site_name(tree: LexborHTMLParser, title: str | None) -> str | None:
    """The site name as the <title> suffix ("Headline | Site"), when nothing declares one."""
    node = tree.css_first("title")
    page_title = " ".join(node.text().split()) if node else ""
    parts = [p for p in TITLE_SEPARATORS.split(page_title) if p]
    if len(parts) < 2:
        return None
    rest = [p for p in parts if p != title]
    if len(rest) == len(parts):
        return None  # the headline is not one of the parts: no reliable suffix
    return rest[-1] if rest else None


def _canonical(tree: LexborHTMLParser, metas: dict[str, list[str]], url: str | None) -> str | None:
    node = tree.css_first('link[rel="canonical"][href]')
    href = (node.attributes.get("href") if node else None) or _first(metas, "og:url")
    if not href:
        return url
    resolved = urljoin(url, href) if url else href
    return resolved if resolved.startswith(("http://", "https://")) else url


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
