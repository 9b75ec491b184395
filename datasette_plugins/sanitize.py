"""Turning untrusted article content into HTML that is safe to mark as such.

The rule everywhere: escape what came from a fetched page, add only our own tags, then
pass the result through nh3 with a small allow-list before wrapping it in ``Markup``.
nh3 is the second line: if an escape were ever forgotten it would still drop scripts,
event handlers and ``javascript:`` URLs.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import nh3
from markupsafe import Markup, escape

HIT_START = "\ue000"
HIT_END = "\ue001"

TEXT_TAGS = {"p", "a", "mark", "span", "div", "ins", "del", "br"}
TEXT_ATTRIBUTES = {
    "a": {"href", "title", "class", "id"},
    "div": {"class"},
    "span": {"class"},
    "mark": {"class", "title", "id"},
    "ins": {"class"},
    "del": {"class"},
}
LINK_REL = "noopener noreferrer nofollow"

# An archived page, shown as a document and nothing more: no element that loads anything
# (img, iframe, video, link, style), no attributes at all (no src, srcset, style, on*),
# links kept as text without an href, so the page makes no request to any host.
CAPTURE_TAGS = {
    "a", "abbr", "article", "aside", "b", "blockquote", "br", "caption", "cite", "code",
    "dd", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "i", "li", "main", "mark", "nav", "ol", "p", "pre", "q", "s",
    "section", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot",
    "th", "thead", "time", "tr", "u", "ul",
}  # fmt: skip
# Elements whose content is not readable text (or is a hiding place) go with their content.
CAPTURE_DROP_CONTENT = {
    "script", "style", "template", "noscript", "title", "svg", "math", "iframe", "object",
    "embed", "select", "textarea", "button", "head",
}  # fmt: skip
MAX_CAPTURE_HTML = 2 * 1024 * 1024  # characters of a capture rendered; the rest is cut
MAX_CAPTURE_BODY = 16 * 1024 * 1024  # bytes inflated from a stored body, at most


def sanitize(html: str) -> Markup:
    """nh3 with a small allow-list; links get rel=noopener noreferrer nofollow."""
    cleaned = nh3.clean(
        html,
        tags=TEXT_TAGS,
        attributes=TEXT_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel=LINK_REL,
    )
    return Markup(cleaned)


def paragraphs_html(text: str) -> Markup:
    """Clean text as paragraphs (blank lines separate them)."""
    return text_html(text, [])


def safe_link(url: str | None, label: str | None = None) -> Markup | None:
    """A clickable link only for http(s) URLs; anything else (javascript:, data:) is not."""
    if not url or urlsplit(url).scheme.lower() not in {"http", "https"}:
        return None
    return sanitize(f'<a href="{escape(url)}">{escape(label or url)}</a>')


def highlight(snippet: str) -> Markup:
    """An FTS snippet with private-use hit markers: escaped, then markers become <mark>."""
    escaped = str(escape(snippet))
    return Markup(
        escaped.replace(HIT_START, '<mark class="archiver-hit">').replace(HIT_END, "</mark>")
    )


def strip_markers(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "")


def hit_spans(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """FTS ``highlight()`` output to (plain text, hit offsets in the plain text)."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    start: int | None = None
    for char in marked:
        if char == HIT_START:
            start = position
        elif char == HIT_END:
            if start is not None:
                spans.append((start, position))
            start = None
        else:
            plain.append(char)
            position += 1
    return "".join(plain), spans


@dataclass(frozen=True)
class Span:
    """A stretch of article text wrapped in one of our tags (offsets into the text)."""

    start: int
    end: int
    tag: str  # mark or a
    attrs: dict[str, str] = field(default_factory=dict)
    first_attrs: dict[str, str] = field(default_factory=dict)  # e.g. an id, once
    order: int = 0  # outer spans first when several cover the same text

    def open(self, first: bool) -> str:
        attrs = {**self.attrs, **(self.first_attrs if first else {})}
        rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs.items())
        return f"<{self.tag}{rendered}>"


def paragraph_bounds(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of each non-blank paragraph (blank lines separate them), whitespace trimmed."""
    for match in re.finditer(r"(?:(?!\n\s*\n)[\s\S])+", text):
        start, end = match.span()
        chunk = match.group()
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        if end > start:
            yield start, end


def _segments(start: int, end: int, spans: list[Span]) -> Iterator[tuple[int, int, list[Span]]]:
    cuts = {start, end}
    for span in spans:
        cuts.update(c for c in (span.start, span.end) if start < c < end)
    points = sorted(cuts)
    for left, right in itertools.pairwise(points):
        active = [s for s in spans if s.start <= left and s.end >= right]
        yield left, right, sorted(active, key=lambda s: (s.order, s.start, -s.end))


def text_html(text: str, spans: Iterable[Span]) -> Markup:
    """Article text as paragraphs, with spans (quotes, hits, disclosures) wrapped in tags.

    Spans may overlap each other and cross paragraph breaks: every segment closes what
    it opened, so the nesting is always valid.
    """
    spans = [s for s in spans if s.end > s.start]
    opened: set[int] = set()  # ids of spans already opened once (they carry first_attrs)
    out = ['<div class="archiver-text">']
    for p_start, p_end in paragraph_bounds(text):
        inside = [s for s in spans if s.start < p_end and s.end > p_start]
        out.append("<p>")
        for left, right, active in _segments(p_start, p_end, inside):
            for span in active:
                out.append(span.open(first=id(span) not in opened))
                opened.add(id(span))
            out.append(str(escape(text[left:right])))
            out.extend(f"</{span.tag}>" for span in reversed(active))
        out.append("</p>")
    out.append("</div>")
    return sanitize("".join(out))


def diff_html(diff: str) -> Markup:
    """A unified diff (one paragraph per line) as lines marked added, removed or context."""
    lines = []
    for line in diff.splitlines():
        if line.startswith(("+++", "---")):
            continue
        if line.startswith("@@"):
            kind, tag = "hunk", "span"
        elif line.startswith("+"):
            kind, tag = "added", "ins"
        elif line.startswith("-"):
            kind, tag = "removed", "del"
        else:
            kind, tag = "context", "span"
        lines.append(f'<div class="diff-{kind}"><{tag}>{escape(line)}</{tag}></div>')
    return sanitize('<div class="archiver-diff">' + "".join(lines) + "</div>")


def inflate(body: bytes | None) -> bytes:
    """A stored capture body (zlib), inflated to at most MAX_CAPTURE_BODY bytes."""
    if not body:
        return b""
    inflater = zlib.decompressobj()
    try:
        return inflater.decompress(body, MAX_CAPTURE_BODY)
    except zlib.error:
        return b""  # not zlib after all: shown as an empty capture, never as raw bytes


def capture_html(html: str) -> tuple[Markup, bool]:
    """An archived page reduced to inert document markup. Returns (html, truncated)."""
    truncated = len(html) > MAX_CAPTURE_HTML
    cleaned = nh3.clean(
        html[:MAX_CAPTURE_HTML],
        tags=CAPTURE_TAGS,
        clean_content_tags=CAPTURE_DROP_CONTENT,
        attributes={},
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )
    return Markup(f'<div class="archiver-capture">{cleaned}</div>'), truncated
