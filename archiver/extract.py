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
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .boilerplate import DISCLOSURE, clean_lines
from .errors import ExtractionError
from .metadata import Metadata, parse_datetime, read_metadata, stamp_datetime
from .models import Article, Removal

# imported where they are called, so the crawl's main process, which hands extraction to
# worker processes, never loads them (about 7 MB); the workers' forkserver preloads them
TRAFILATURA_MODULES = ("trafilatura", "htmldate")

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
PHRASE_WORDS = frozenset(word for pair in WIDGET_PHRASES for word in pair)
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
LOOSE_TEXT_PARENTS = frozenset({"div", "section", "article", "main", "td", "body"})
INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
    ]
)
EMBEDDED_POSTS = (
    "blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, "
    "blockquote.reddit-card, blockquote.bluesky-embed, blockquote.threads-post, "
    "blockquote.mastodon-embed, blockquote.fb-xfbml-parse-ignore"
)
# Comments and attributes trafilatura does not read, in lexbor's serialisation (attribute
# values always double-quoted, "<" in text always escaped).
UNREAD_MARKUP = re.compile(
    r"<!--.*?-->|\s(?:data-[\w.:-]+|on\w+|style|srcset|sizes|src|width|height|alt|title|"
    r"loading|decoding|target|rel|tabindex|aria-[\w-]+)=\"[^\"]*\"",
    re.S,
)
NO_TEXT_TAGS = "img, picture, source, input, wbr"
EMPTY_CANDIDATES = "div, span, section, p, i, b, strong, em, article, main"
MAIN_SHARE = 0.95
BODY_BOXES = frozenset({"div", "section", "article"})
SPLIT_BODY_SHARE = 0.5
SPLIT_MIN_PARAGRAPHS = 2
SPLIT_BODY_SHARE_OF_ANCESTOR = 0.8
ALT_CAPTION_WORDS = 3
DEK_MIN_CHARS = 30
DEK_SLACK = 3
DEK_SELECTOR = (
    "h2, h3, h4, h5, h6, [class*=dek], [class*=subline], [class*=subtitle], [class*=subhead], "
    "[class*=standfirst], [class*=strapline], [class*=summary], [class*=excerpt], "
    "[class*=description], [class*=teaser]"
)
CAPTION_SELECTOR = "figcaption, [class*=caption], [class*=credit]"
TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Keep a matched widget if it holds this share of the page's prose: it is a wrapper.
WRAPPER_SHARE = 0.25
WRAPPER_WORDS_SHARE = 0.2
WRAPPER_MIN_PAGE_WORDS = 50
LONG_PARAGRAPH = 68  # characters other than spaces: about 80 with them
# A block whose text is mostly link text is a menu, a teaser list or a tag cloud.
LINK_DENSE = 0.6
LINK_BLOCKS = "ul, ol, dl, div, section, table"
LINK_BLOCK_MIN_LINKS = 3
# A paragraph or heading that is all link: "Read more: <a>Other story</a>".
LINK_LINES = "p"
URL_TEXT = re.compile(r"(https?://|www\.)\S+$", re.I)
LINK_LINE_MAX_CHARS = 200
LINK_LINE_SHARE = 0.8
# Teaser cards: a linked headline (a few words) and maybe a dek, in a box of such cards.
CARD_MIN_ITEMS = 3
CARD_SHARE = 0.8
CARD_MAX_CHARS = 300
CARD_MIN_LINK_WORDS = 3
CARD_BOX_LEVELS = 3
CONTENT_SELECTOR = 'article, main, [itemprop~="articleBody"], [role="main"]'


def extract(html: str, url: str | None = None, *, template: Iterable[str] = ()) -> Article:
    """Extract the article from ``html``; raise ExtractionError if no article text is found.

    ``template`` are lines learned as the site's template (``templates.lines_for``): they
    are removed wherever they appear, as rule ``site-template``."""
    tree = LexborHTMLParser(html)
    meta = read_metadata(tree, url)
    # read before the pre-clean changes the tree, used only if nothing better turns up
    shown_date = visible_date(tree) if meta.published is None else None
    facts = preclean(tree, meta.description)
    cleaned = _serialize(tree)
    import trafilatura  # here, not above: see TRAFILATURA_MODULES

    doc = trafilatura.bare_extraction(cleaned, url=url, **TRAFILATURA_OPTIONS)
    if doc is None or not (doc.text or "").strip():
        raise ExtractionError("no article text found", url=url)
    return _assemble(doc.text, meta, facts, url, cleaned, shown_date, template)


def _serialize(tree: LexborHTMLParser) -> str:
    """The cleaned body as HTML for trafilatura, without what it never reads (the head,
    comments, inline styles, scripting and image attributes): less to parse and copy.
    When one content container holds nearly all of the page's prose, only that."""
    body = tree.body
    if body is None:
        return UNREAD_MARKUP.sub("", tree.html or "")
    main = _main_container(body)
    html = f"<html><body>{main.html}</body></html>" if main else f"<html>{body.html}</html>"
    return UNREAD_MARKUP.sub("", html)


def _main_container(body: LexborNode) -> LexborNode | None:
    candidates = body.css(CONTENT_SELECTOR)
    if not candidates:
        return None
    known: dict[int, int] = {}
    total = _long_paragraph_chars(body, known)
    if not total:
        return None
    best = None
    for node in candidates:
        if _long_paragraph_chars(node, known) >= MAIN_SHARE * total:
            best = node  # document order: a later match is nested deeper, hence smaller
    return best


def guess_date(html: str, url: str | None) -> datetime | None:
    """htmldate's fast heuristics (URL, markup), for pages that declare no date.

    Its extensive search is left off: it runs a general date parser over free text and
    costs about a second a page. ``visible_date`` covers the common case instead."""
    from htmldate import find_date  # here, not above: see TRAFILATURA_MODULES

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
    text: str,
    meta: Metadata,
    facts: PageFacts,
    url: str | None,
    cleaned: str,
    shown_date: datetime | None,
    template: Iterable[str] = (),
) -> Article:
    lines = [line for line in text.split("\n") if line.strip()]
    kept, findings = clean_lines(
        lines,
        title=meta.title,
        headlines=facts.headlines,
        deks=facts.deks,
        captions=facts.captions,
        page_urls=[u for u in (url, meta.canonical) if u],
        authors=meta.authors,
        site_names=_own_names(meta),
        template=template,
    )
    if not kept:
        raise ExtractionError("only boilerplate found, no article text", url=url)
    published = meta.published or guess_date(cleaned, url) or shown_date
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
        section=meta.section,
        tags=meta.tags,
        image_url=meta.image_url,
        image_caption=meta.image_caption,
        image_credit=meta.image_credit,
        paywalled=meta.paywalled,
        removed=facts.removed + findings.removed,
    )


def _own_names(meta: Metadata) -> list[str]:
    return [name for name in (meta.site_name, meta.publisher) if name]


# ---------------------------------------------------------------- pre-clean


@dataclass
class PageFacts:
    """What the pre-clean saw on the page that the line rules use later."""

    captions: list[str] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)
    deks: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)  # paragraphs dropped in the markup


def _text(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ").split())


def preclean(tree: LexborHTMLParser, description: str | None = None) -> PageFacts:
    """Remove non-content markup in place; return what was seen on the way."""
    facts = PageFacts(
        captions=[t for node in tree.css(CAPTION_SELECTOR) if (t := _text(node))]
        + _alt_texts(tree),
        headlines=[t for node in tree.css("h1") if (t := _text(node))],
        deks=_deks(tree, description),
    )
    for node in tree.css("script, style, noscript, template, svg"):
        node.decompose()
    _keep_headlines(tree)
    _lift_embedded_posts(tree)
    _merge_split_bodies(tree)
    # measured after the last node is created: its cache is keyed on node addresses
    page = _Page.measure(tree)
    for selector in (HIDDEN, DROP_ROLES, DROP_TAGS):
        for node in tree.css(selector):
            _drop_unless_wrapper(node, page)
    for node in tree.css("[class], [id], [itemprop], [aria-label]"):
        if _is_widget(node) or _is_microdata_only(node):
            _drop_unless_wrapper(node, page)
    _drop_link_blocks(tree, page)
    _drop_card_lists(tree, page)
    facts.removed += _drop_link_paragraphs(tree)
    _wrap_loose_text(tree)
    _drop_empty(tree)
    return facts


def _drop_empty(tree: LexborHTMLParser) -> None:
    """Drop images and the boxes left without text: trafilatura reads no images here, and
    every node costs it time (it copies and walks the tree many times). Table cells stay,
    so columns keep their places."""
    for node in tree.css(NO_TEXT_TAGS):
        node.decompose()
    for node in reversed(tree.css(EMPTY_CANDIDATES)):
        if not node.text(deep=True).strip() and node.css_first("br") is None:
            node.decompose()


def _alt_texts(tree: LexborHTMLParser) -> list[str]:
    """Image descriptions: printed again under the image, they are captions."""
    alts = (" ".join((img.attributes.get("alt") or "").split()) for img in tree.css("img[alt]"))
    return [alt for alt in alts if len(alt.split()) >= ALT_CAPTION_WORDS]


def _deks(tree: LexborHTMLParser, description: str | None) -> list[str]:
    """The standfirst: the page's description shown as a subheading under the headline.
    A paragraph that merely equals the description is the lead, and stays."""
    if not description:
        return []
    wanted = " ".join(description.split()).rstrip(".…").lower()
    if len(wanted) < DEK_MIN_CHARS:
        return []
    deks = []
    for node in tree.css(DEK_SELECTOR):
        raw = node.text()
        if len(raw) > DEK_SLACK * len(wanted) + DEK_MIN_CHARS:
            continue  # a container far bigger than the description
        text = " ".join(raw.split())
        if text.lower().rstrip(".…").startswith(wanted):
            deks.append(text)
    return deks


def _wrap_loose_text(tree: LexborHTMLParser) -> None:
    """Put text that sits loose in a block, between <br>s and blocks, into paragraphs:
    trafilatura reads paragraphs, and misses a container's own text before its first
    child (old CMSes write whole articles as ``<div>text<br><br>text</div>``). Only in
    blocks that break lines with <br>: loose text elsewhere is mostly widget residue."""
    done: set[int] = set()
    for br in tree.css("br"):
        block = br.parent
        if block is None or block.tag not in LOOSE_TEXT_PARENTS or block.mem_id in done:
            continue
        done.add(block.mem_id)
        runs: list[list[LexborNode]] = [[]]
        child = block.child
        while child is not None:
            if child.is_text_node or (child.is_element_node and child.tag in INLINE_TAGS):
                runs[-1].append(child)
            elif runs[-1]:
                runs.append([])
            child = child.next
        for run in runs:
            if run and any(n.is_text_node and n.text_content.strip() for n in run):
                _wrap(run)


def _wrap(run: list[LexborNode]) -> None:
    paragraph = LexborHTMLParser("<p></p>").css_first("p")
    run[0].insert_before(paragraph)
    paragraph = run[0].prev
    for node in run:
        paragraph.insert_child(node)  # a copy: the original goes next
        node.decompose()


def _merge_split_bodies(tree: LexborHTMLParser) -> None:
    """Join an article body that the page splits into several same-class containers
    (between ad rails, say) into the first of them: trafilatura takes the first
    container that looks like a body and stops there."""
    groups: dict[tuple[str, str], dict[int, LexborNode]] = {}
    prose: dict[int, int] = {}
    count: dict[int, int] = {}
    for para in tree.css("p"):
        box = para.parent
        if box is None or box.tag not in BODY_BOXES or not box.attributes.get("class"):
            continue
        length = _chars(para.text()) - _link_chars(para)
        if length < LONG_PARAGRAPH:
            continue
        key = (box.tag, box.attributes.get("class") or "")
        groups.setdefault(key, {})[box.mem_id] = box
        prose[box.mem_id] = prose.get(box.mem_id, 0) + length
        count[box.mem_id] = count.get(box.mem_id, 0) + 1
    total = sum(prose.values())
    for boxes in groups.values():
        if len(boxes) < 2 or sum(prose[k] for k in boxes) < SPLIT_BODY_SHARE * total:
            continue
        if any(count[k] < SPLIT_MIN_PARAGRAPHS for k in boxes):
            continue  # one paragraph a box: a layout of cards, which trafilatura reads whole
        if _nested(list(boxes.values())):
            continue  # one box inside another is structure, not a split
        _relabel_common_ancestor(list(boxes.values()), sum(prose[k] for k in boxes))


def _relabel_common_ancestor(boxes: list[LexborNode], prose: int) -> None:
    """Give the boxes' class to their closest common ancestor, and take it from them, so
    the whole body is read in page order; only if the ancestor holds little other prose."""
    chain = []
    node = boxes[0].parent
    while node is not None and node.tag != "html":
        chain.append(node)
        node = node.parent
    depth = {node.mem_id: index for index, node in enumerate(chain)}
    lowest = 0
    for box in boxes[1:]:
        node = box.parent
        while node is not None and node.mem_id not in depth:
            node = node.parent
        if node is None:
            return
        lowest = max(lowest, depth[node.mem_id])
    ancestor = chain[lowest]
    if ancestor.tag not in BODY_BOXES:
        return
    if prose < SPLIT_BODY_SHARE_OF_ANCESTOR * _own_prose(ancestor):
        return
    ancestor.attrs["class"] = boxes[0].attributes.get("class") or ""
    for box in boxes:
        del box.attrs["class"]


def _own_prose(node: LexborNode) -> int:
    total = 0
    for para in node.css("p"):
        length = _chars(para.text()) - _link_chars(para)
        if length >= LONG_PARAGRAPH:
            total += length
    return total


def _nested(nodes: list[LexborNode]) -> bool:
    ids = {node.mem_id for node in nodes}
    for node in nodes:
        ancestor = node.parent
        while ancestor is not None:
            if ancestor.mem_id in ids:
                return True
            ancestor = ancestor.parent
    return False


def _lift_embedded_posts(tree: LexborHTMLParser) -> None:
    """Quoted social posts are part of the story, but their wrappers ("social-embed")
    look like share widgets to us and to trafilatura: lift each quote out of the
    wrappers that hold nothing else, and drop the classes that name the network."""
    for quote in tree.css(EMBEDDED_POSTS):
        text = _text(quote)
        wrapper = quote.parent
        outer = None
        while wrapper is not None and wrapper.tag not in {"body", "article", "main"}:
            if _text(wrapper) != text:
                break
            outer, wrapper = wrapper, wrapper.parent
        for name in ("class", "id"):
            if name in quote.attributes:
                del quote.attrs[name]
        if outer is not None:
            outer.insert_before(quote)  # a copy
            outer.decompose()


def _keep_headlines(tree: LexborHTMLParser) -> None:
    """Lift each <h1> out of the <header> about to be dropped: the headline marks where the
    article is (trafilatura prunes an h1-less infinite-scroll frame as an appended story),
    and the title-repeat rule removes it from the text later."""
    for header in tree.css("header"):
        for h1 in header.css("h1"):
            header.insert_before(h1)


@dataclass(frozen=True)
class _Page:
    words: int
    prose_chars: int
    # own prose characters of each paragraph (by node id), measured once per page
    paragraphs: dict[int, int] = field(default_factory=dict, compare=False)

    @property
    def small_chars(self) -> float:
        """Below this much text a node can pass neither wrapper test: a word takes at least
        two characters with its space, and prose is part of the text."""
        small = 2 * WRAPPER_WORDS_SHARE * self.words
        return min(small, WRAPPER_SHARE * self.prose_chars) if self.prose_chars else small

    @classmethod
    def measure(cls, tree: LexborHTMLParser) -> _Page:
        body = tree.body
        if body is None:
            return cls(0, 0)
        paragraphs: dict[int, int] = {}
        prose = _long_paragraph_chars(body, paragraphs)
        return cls(len(body.text(separator=" ").split()), prose, paragraphs)


PARAGRAPHS = "p, pre, blockquote, li, td, dd"
LEAF_PARAGRAPHS = frozenset({"p", "pre"})


def _long_paragraph_chars(node: LexborNode, known: dict[int, int]) -> int:
    """Characters of own (non-link) text in innermost paragraphs long enough to be prose:
    the signal of article body. Teaser cards and menus, made of links, have none.
    ``known`` caches each paragraph's count: a page asks about nested nodes many times."""
    total = 0
    for para in node.css(PARAGRAPHS):
        cached = known.get(para.mem_id)
        if cached is not None:
            total += cached
            continue
        known[para.mem_id] = 0
        # css() matches the node itself too; a <p> cannot hold another paragraph
        if para.tag not in LEAF_PARAGRAPHS and len(para.css(PARAGRAPHS)) > 1:
            continue  # counted through its inner paragraphs
        chars = _chars(para.text(deep=True))
        if chars < LONG_PARAGRAPH:
            continue
        length = chars - _link_chars(para)
        if length >= LONG_PARAGRAPH:
            known[para.mem_id] = length
            total += length
    return total


def _chars(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")


def _link_chars(node: LexborNode) -> int:
    return sum(_chars(a.text()) for a in node.css("a"))


def _drop_unless_wrapper(node: LexborNode, page: _Page) -> None:
    """Decompose ``node`` unless it looks like a wrapper of the article whose class merely
    mentions a widget (``article modal-enabled``, ``page-content and-w-sidebar``)."""
    if node.parent is None:  # already gone with an ancestor
        return
    if page.words < WRAPPER_MIN_PAGE_WORDS:
        node.decompose()  # too little text for a wrapper to matter
        return
    text = node.text(separator=" ")
    if len(text) < page.small_chars:
        node.decompose()  # too little text to be the article's wrapper: skip the measuring
        return
    if node.css_first(CONTENT_SELECTOR) is not None:
        return
    prose_share = WRAPPER_SHARE * page.prose_chars
    # prose is part of the text: only a node with that much text can hold that much prose
    big = page.prose_chars and _chars(text) > prose_share
    if big and _long_paragraph_chars(node, page.paragraphs) > prose_share:
        return
    words = len(text.split())
    if words > WRAPPER_WORDS_SHARE * page.words and not _mostly_links(node, text):
        return
    node.decompose()


def _drop_link_blocks(tree: LexborHTMLParser, page: _Page) -> None:
    """Drop lists and boxes made of links: menus, teaser lists, tag clouds, category rails.
    A box holding a paragraph of prose is not one, however many links surround it.
    Innermost first, so a wrapper is judged on what is left once its menus are gone."""
    for node in reversed(tree.css(LINK_BLOCKS)):
        if node.parent is None:
            continue
        if len(node.css("a")) < LINK_BLOCK_MIN_LINKS or not _mostly_links(node):
            continue
        if _long_paragraph_chars(node, page.paragraphs) == 0:
            _drop_unless_wrapper(node, page)


def _drop_link_paragraphs(tree: LexborHTMLParser) -> list[Removal]:
    removed = []
    for node in tree.css(LINK_LINES):
        if node.parent is not None and _is_link_line(node):
            removed.append(Removal(rule="link-paragraph", text=_text(node)))
            node.decompose()
    return removed


def _is_link_line(node: LexborNode) -> bool:
    """A paragraph that is a link, maybe behind a short label ("Read more: <a>...</a>"):
    a cross-promotion inside the body, never the story's own prose."""
    text = node.text()
    chars = _chars(text)
    if not 0 < chars <= LINK_LINE_MAX_CHARS or _link_chars(node) < LINK_LINE_SHARE * chars:
        return False
    if DISCLOSURE.search(text):
        return False
    # a spelled-out address is a citation the story gives, not a teaser
    return not any(URL_TEXT.match(a.text().strip()) for a in node.css("a"))


def _drop_card_lists(tree: LexborHTMLParser, page: _Page) -> None:
    """Drop boxes of teaser cards ("Latest stories", "More from ..."), whatever their
    markup: a card is a short block that opens with a linked headline, maybe followed by a
    dek; a box is an element up to a few levels above three or more cards that holds
    little else. Rows of cards in one box count together."""
    counts: dict[int, int] = {}
    card_chars: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    seen: set[int] = set()
    for link in tree.css("a"):
        card = _card_of(link)
        if card is None or card.mem_id in seen:
            continue
        seen.add(card.mem_id)
        chars = _chars(card.text())
        ancestor = card.parent
        for _ in range(CARD_BOX_LEVELS):
            if ancestor is None or ancestor.tag in {"body", "html"}:
                break
            key = ancestor.mem_id
            nodes[key] = ancestor
            counts[key] = counts.get(key, 0) + 1
            card_chars[key] = card_chars.get(key, 0) + chars
            ancestor = ancestor.parent
    for key, node in nodes.items():
        if counts[key] < CARD_MIN_ITEMS or node.parent is None:
            continue
        if card_chars[key] >= CARD_SHARE * _chars(node.text()):
            _drop_unless_wrapper(node, page)


def _card_of(link: LexborNode) -> LexborNode | None:
    """The card a headline link opens: its largest short ancestor that starts with it."""
    headline = " ".join(link.text().split())
    if len(headline.split()) < CARD_MIN_LINK_WORDS:
        return None
    card = link
    parent = link.parent
    while parent is not None and parent.tag not in {"body", "html"}:
        text = " ".join(parent.text().split())
        if len(text) > CARD_MAX_CHARS or not text.startswith(headline):
            break
        card, parent = parent, parent.parent
    return card


def _link_density(node: LexborNode, text: str | None = None) -> float:
    """Share of the node's visible characters that are link text."""
    total = _chars(text if text is not None else node.text())
    return min(_link_chars(node) / total, 1.0) if total else 0.0


def _mostly_links(node: LexborNode, text: str | None = None) -> bool:
    return _link_density(node, text) >= LINK_DENSE


def _tokens(raw: str) -> list[str]:
    if not raw.islower():
        raw = CAMEL.sub(" ", raw).lower()
    return [t for t in TOKEN_SPLIT.split(raw) if t]


def _is_widget(node: LexborNode) -> bool:
    if node.tag in {"html", "body", "main", "article"}:
        return False
    attrs = node.attributes
    if (attrs.get("itemprop") or "").lower() == "articlebody":
        return False
    raw = " ".join(filter(None, (attrs.get("class"), attrs.get("id"), attrs.get("aria-label"))))
    tokens = _tokens(raw)
    if not WIDGET_TOKENS.isdisjoint(tokens):
        return True
    if PHRASE_WORDS.isdisjoint(tokens):
        return False
    pairs = set(itertools.pairwise(tokens))
    return any(p in pairs for p in WIDGET_PHRASES)


def _is_microdata_only(node: LexborNode) -> bool:
    prop = (node.attributes.get("itemprop") or "").lower()
    return bool(prop) and all(p in MICRODATA_PROPS for p in prop.split())
