"""Plain data passed between pipeline stages. No behaviour beyond small derived values."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any


@dataclass
class FetchResult:
    """One HTTP response (or one file read from disk), before extraction."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    content_type: str
    body: bytes
    text: str  # body decoded to str
    encoding: str
    fetched_at: datetime
    redirects: list[str] = field(default_factory=list)
    source: str = "fetch"  # fetch | import

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass
class Removal:
    """A piece of text dropped by a boilerplate rule, kept so users can see why."""

    rule: str
    text: str


@dataclass
class Article:
    """The clean article and its metadata, as extracted from one page."""

    text: str  # paragraphs separated by blank lines
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    site_name: str | None = None
    publisher: str | None = None
    original_publisher: str | None = None  # for syndicated copies ("Copyright 2021 NPR")
    url: str | None = None  # canonical URL when the page declares one
    language: str | None = None
    description: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str | None = None
    image_caption: str | None = None
    image_credit: str | None = None
    paywalled: bool | None = None  # schema.org isAccessibleForFree said false
    removed: list[Removal] = field(default_factory=list)

    # Derived values are cached: a crawl worker computes them (on its own core) and they
    # travel with the pickled article. An Article is not changed once extracted.
    @cached_property
    def html(self) -> str:
        """The clean text as sanitized HTML for display: escaped paragraphs, then nh3."""
        import html as html_lib

        import nh3

        paragraphs = "".join(f"<p>{html_lib.escape(p)}</p>" for p in self.text.split("\n\n"))
        return nh3.clean(paragraphs, tags={"p"}, attributes={})

    @cached_property
    def word_count(self) -> int:
        return len(self.text.split())

    @cached_property
    def content_hash(self) -> str:
        """Hash of what a reader sees: title and text, whitespace-normalised."""
        normal = " ".join(f"{self.title or ''}\n{self.text}".split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["word_count"] = self.word_count
        data["content_hash"] = self.content_hash
        return data


@dataclass
class Outcome:
    """What happened to one URL or file.

    Final outcomes: new | changed | unchanged | skipped | failed for pages, listed for
    feeds, sitemaps and index pages; ``retry`` means it is queued again after a delay.
    """

    url: str
    outcome: str
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None
    kind: str = "page"
    retry_after: float | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in {"new", "changed", "unchanged", "listed"}
