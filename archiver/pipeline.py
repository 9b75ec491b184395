"""Pipeline stages for one URL: fetch -> extract (pages) or discover (listings) -> store.

``process`` handles one claimed frontier row and records what happened (``fetch_log``,
the frontier row, the article) in one transaction, so a crawl killed at any moment
loses nothing: a row is either finished or still claimed, and claimed rows go back to
the queue when the next crawl starts. The crawler (``crawler.py``) decides *when* each
row is processed; this module decides *what* processing means.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import sqlite_utils
from courlan import is_navigation_page, is_not_crawlable

from . import discover as discovery
from . import store, templates
from .annotate import VERSION as ANNOTATOR_VERSION
from .annotate import Annotations, annotate
from .config import Settings
from .errors import (
    ArchiverError,
    ExtractionError,
    FetchError,
    HTTPStatusError,
    InputError,
    NetworkError,
    RobotsDisallowedError,
    WorkerCrashed,
)
from .extract import TRAFILATURA_MODULES, extract, parse_datetime
from .fetch import build_client, decode_body, fetch
from .models import Article, FetchResult, Outcome
from .robots import RobotsCache
from .sources import Source
from .store.annotations import save_annotations
from .store.frontier import Due
from .templates import SiteTemplates
from .urls import canonicalize, host_key, require_http_url
from .warc import WarcWriter
from .workers import WorkerPool

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_MARKERS = (b"<html", b"<!doctype html", b"<body", b"<head", b"<article", b"<p>", b"<div")
RETRYABLE_STATUSES = {408, 425, 429, 500, 502, 503, 504}
SITEMAP_TYPES = ("application/gzip", "application/x-gzip", "application/octet-stream")
# imported once by the forkserver, so each worker starts warm and the annotating ones
# share one copy of the NER model
PRELOAD = ("archiver.extract", *TRAFILATURA_MODULES)
PRELOAD_ANNOTATING = (*PRELOAD, "archiver.annotate.preload")


# ---------------------------------------------------------------- extraction workers


def extract_and_annotate(
    html: str, url: str | None, template: tuple[str, ...] = ()
) -> tuple[Article, Annotations]:
    """The CPU-bound part of a page: clean text (without the site's learned template
    lines), then its annotations."""
    article = extract(html, url=url, template=template)
    return article, annotate(article)


@dataclass
class Extracted:
    """What extraction hands back for a page: the article, its annotations (None when
    the crawl stores text only) and, when asked for, the raw body compressed for storage."""

    article: Article
    annotations: Annotations | None
    compressed_body: bytes | None = None


def _extract_in_worker(
    html: str,
    url: str | None,
    template: tuple[str, ...] = (),
    annotated: bool = True,
    body: bytes | None = None,
) -> Extracted | str:
    """Runs in a worker process; errors come back as their reason (always picklable).
    Everything CPU-heavy about a page happens here, on a worker's core, rather than in
    the crawl's event loop: the derived values and the capture's compression too."""
    try:
        if annotated:
            article, annotations = extract_and_annotate(html, url, template)
        else:
            article, annotations = extract(html, url=url, template=template), None
    except ExtractionError as exc:
        return exc.reason
    _ = (article.content_hash, article.word_count, article.html)
    compressed = store.compress_body(body) if body is not None else None
    return Extracted(article, annotations, compressed)


class Extractor:
    """Extraction off the event loop: worker processes (more than one core), or inline."""

    def __init__(
        self, workers: int = 1, annotated: bool = True, time_limit: float | None = None
    ) -> None:
        self.workers = workers
        self.annotated = annotated
        preload = PRELOAD_ANNOTATING if annotated else PRELOAD
        self._pool = WorkerPool(workers, preload, time_limit) if workers > 1 else None

    @classmethod
    def for_settings(cls, settings: Settings) -> Extractor:
        workers = settings.extract_workers or os.cpu_count() or 1
        return cls(workers, settings.annotate_pages, settings.extract_time_limit)

    async def extract(
        self,
        html: str,
        url: str | None,
        template: tuple[str, ...] = (),
        body: bytes | None = None,
    ) -> Extracted:
        """The page's article (and annotations); with ``body``, its compressed capture."""
        if self._pool is None:
            result = _extract_in_worker(html, url, template, self.annotated, body)
        else:
            try:
                result = await self._pool.run(
                    _extract_in_worker, html, url, template, self.annotated, body
                )
            except WorkerCrashed as exc:
                raise ExtractionError(exc.reason, url=url) from exc
        if isinstance(result, str):
            raise ExtractionError(result, url=url)
        return result

    def start_soon(self) -> None:
        """Have the workers start while the crawl fetches its first pages."""
        if self._pool is not None:
            self._pool.start_soon()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()


@dataclass
class Context:
    """What every stage of one crawl shares."""

    db: sqlite_utils.Database
    settings: Settings
    client: httpx.AsyncClient
    extractor: Extractor
    robots: RobotsCache | None = None
    warc: WarcWriter | None = None
    run_id: int | None = None
    templates: SiteTemplates = field(init=False)

    def __post_init__(self) -> None:
        self.templates = SiteTemplates(self.db)


# ---------------------------------------------------------------- one frontier row


async def process(ctx: Context, item: Due, source: Source | None) -> Outcome:
    """Fetch one claimed row and finish it: article stored, links queued, or retry planned."""
    try:
        obey = ctx.robots is not None and (source is None or source.respect_robots)
        if obey and not await ctx.robots.allowed(item.url):  # type: ignore[union-attr]
            raise RobotsDisallowedError("disallowed by robots.txt", url=item.url)
        fetched = await fetch(
            item.url,
            ctx.client,
            ctx.settings,
            etag=item.etag,
            last_modified=item.last_modified,
            accept=SITEMAP_TYPES if item.kind == "sitemap" else None,
        )
    except FetchError as exc:
        return fetch_failed(ctx, item, exc)
    if ctx.warc is not None and fetched.status != 304:
        ctx.warc.write(fetched)
    if item.kind == "page":
        return await store_page(ctx, item, fetched)
    return store_listing(ctx, item, fetched, source)


def is_retryable(exc: FetchError) -> bool:
    if isinstance(exc, HTTPStatusError):
        return exc.status in RETRYABLE_STATUSES
    if isinstance(exc, NetworkError):
        return True
    # an unreachable robots.txt disallows for now, not for ever
    return exc.reason.startswith("robots.txt unavailable")


def backoff_delay(attempts: int, settings: Settings, retry_after: float | None) -> float:
    """Retry-After when the server gave one, else exponential backoff with jitter."""
    if retry_after is not None:
        return min(retry_after, settings.retry_after_max)
    delay = settings.backoff_base * (2 ** max(0, attempts - 1))
    return min(delay, settings.backoff_max) * random.uniform(1.0, 1.5)


def fetch_failed(ctx: Context, item: Due, exc: FetchError) -> Outcome:
    """Plan a retry, or record the final failure with its reason."""
    attempts = item.attempts + 1
    retry_after = exc.retry_after if isinstance(exc, HTTPStatusError) else None
    if is_retryable(exc) and attempts < ctx.settings.max_attempts:
        delay = backoff_delay(attempts, ctx.settings, retry_after)
        reason = (
            f"{exc.reason}; attempt {attempts} of {ctx.settings.max_attempts}, "
            f"retry in {delay:.1f}s"
        )
        _record_fetch_failure(ctx, item, "queued", "retry", store.now(delay), exc, reason)
        return Outcome(item.url, "retry", reason, retry_after=delay, kind=item.kind)
    reason = exc.reason
    if is_retryable(exc):
        reason = f"{exc.reason} (gave up after {attempts} attempts)"
    _record_fetch_failure(ctx, item, exc.outcome, exc.outcome, None, exc, reason)
    return Outcome(item.url, exc.outcome, reason, kind=item.kind)


def _record_fetch_failure(
    ctx: Context,
    item: Due,
    state: str,
    outcome: str,
    next_fetch: str | None,
    exc: FetchError,
    reason: str,
) -> None:
    """The frontier row and its fetch_log line, in one transaction."""
    with ctx.db.atomic():
        store.frontier.complete(
            ctx.db,
            item.url,
            state=state,
            next_fetch=next_fetch,
            status=exc.status,
            reason=reason,
            attempts=item.attempts + 1,
        )
        store.record_outcome(
            ctx.db,
            item.url,
            outcome,
            status=exc.status,
            reason=reason,
            run_id=ctx.run_id,
            source=item.source,
        )


def recheck_delay(published: datetime | None, settings: Settings) -> float:
    """Young articles are checked often, old ones rarely (settings.recheck_schedule)."""
    if published is None:
        return settings.recheck_schedule[2][1] if len(settings.recheck_schedule) > 2 else 86400
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    age = (datetime.now(UTC) - published).total_seconds()
    for younger_than, every in settings.recheck_schedule:
        if age < younger_than:
            return every
    return settings.recheck_oldest


def _validators(fetched: FetchResult) -> tuple[str | None, str | None]:
    headers = {k.lower(): v for k, v in fetched.headers.items()}
    return headers.get("etag"), headers.get("last-modified")


async def store_page(ctx: Context, item: Due, fetched: FetchResult) -> Outcome:
    published = parse_datetime(item.published)
    if fetched.status == 304:
        return page_not_modified(ctx, item, published)
    site = templates.site_of(fetched.final_url)
    template = ctx.templates.lines(site)
    try:
        extracted = await ctx.extractor.extract(
            fetched.text, fetched.final_url, template, fetched.body
        )
    except ExtractionError as exc:
        with ctx.db.atomic():
            store.save_failed_capture(ctx.db, fetched, exc.reason, ctx.run_id, item.source)
            store.frontier.complete(
                ctx.db,
                item.url,
                state="failed",
                next_fetch=None,
                status=fetched.status,
                reason=exc.reason,
                attempts=item.attempts + 1,
            )
        return Outcome(item.url, "failed", exc.reason, kind="page")
    article, annotations = extracted.article, extracted.annotations
    etag, last_modified = _validators(fetched)
    when = article.published or published
    with ctx.db.atomic():
        saved = store.save_article(
            ctx.db, fetched, article, ctx.run_id, item.source, extracted.compressed_body
        )
        if annotations is not None:
            save_annotations_if_needed(ctx.db, saved, annotations)
        store.frontier.complete(
            ctx.db,
            item.url,
            state="done",
            next_fetch=store.now(recheck_delay(when, ctx.settings)),
            status=fetched.status,
            attempts=0,
            etag=etag,
            last_modified=last_modified,
            published=when.isoformat() if when else None,
            article_id=saved.article_id,
        )
    ctx.templates.stored(site, saved.outcome == "new")
    return Outcome(item.url, saved.outcome, None, saved.article_id, article.title, kind="page")


def page_not_modified(ctx: Context, item: Due, published: datetime | None) -> Outcome:
    row = ctx.db.execute("select article_id from frontier where url = ?", [item.url]).fetchone()
    article_id = row[0] if row else None
    with ctx.db.atomic():
        if article_id:
            store.touch_article(ctx.db, article_id)
        store.frontier.complete(
            ctx.db,
            item.url,
            state="done",
            next_fetch=store.now(recheck_delay(published, ctx.settings)),
            status=304,
        )
        store.record_outcome(
            ctx.db,
            item.url,
            "unchanged",
            status=304,
            reason="not modified (conditional GET)",
            article_id=article_id,
            run_id=ctx.run_id,
            source=item.source,
        )
    return Outcome(item.url, "unchanged", None, article_id, kind="page")


def looks_like_article(url: str) -> bool:
    """For links found on index pages: not navigation, and a path that reads like a story
    (a date segment, or a slug of several words)."""
    if is_navigation_page(url) or is_not_crawlable(url):
        return False
    path = url.split("?", 1)[0].rstrip("/")
    segments = [s for s in path.split("/")[3:] if s]
    if not segments:
        return False
    slug = segments[-1].rsplit(".", 1)[0]
    has_date = any(s.isdigit() and len(s) == 4 and s.startswith(("19", "20")) for s in segments)
    return has_date or slug.count("-") >= 2 or slug.count("_") >= 2


def store_listing(ctx: Context, item: Due, fetched: FetchResult, source: Source | None) -> Outcome:
    """Queue what a feed, sitemap or index page links to; revisit it after the interval."""
    interval = source.interval if source else 3600.0
    found: list[discovery.Discovered] = []
    if fetched.status != 304:
        found = discovery.discover(fetched.text, fetched.final_url)
        if item.kind == "seed" and not discovery.looks_like_sitemap(fetched.text):
            found = [d for d in found if looks_like_article(d.url)]
            if source is None or source.discover_feeds:
                found += discovery.feed_links(fetched.text, fetched.final_url)
    pages = [
        (d.url, d.published)
        for d in found
        if d.kind == "page" and (source is None or source.in_scope(d.url))
    ]
    etag, last_modified = _validators(fetched)
    with ctx.db.atomic():
        new = store.frontier.enqueue(ctx.db, pages, source=item.source, kind="page")
        for kind in ("sitemap", "feed"):
            links = [d.url for d in found if d.kind == kind]
            new += store.frontier.enqueue(ctx.db, links, source=item.source, kind=kind)
        store.frontier.complete(
            ctx.db,
            item.url,
            state="done",
            next_fetch=store.now(interval),
            status=fetched.status,
            etag=etag,
            last_modified=last_modified,
        )
        reason = f"{len(found)} links, {new} new"
        store.record_outcome(
            ctx.db,
            item.url,
            "listed",
            status=fetched.status,
            reason=reason,
            run_id=ctx.run_id,
            source=item.source,
        )
    return Outcome(item.url, "listed", reason, kind=item.kind)


# ---------------------------------------------------------------- single URLs and files


def archive_fetched(
    db: sqlite_utils.Database,
    fetched: FetchResult,
    run_id: int | None = None,
    site_templates: SiteTemplates | None = None,
) -> Outcome:
    """Extract and store one page already in hand (imports, WARC records, re-extraction).
    Pass one ``site_templates`` to a run of pages, as a crawl does."""
    site_templates = site_templates or SiteTemplates(db)
    site = templates.site_of(fetched.final_url)
    try:
        article, annotations = extract_and_annotate(
            fetched.text, fetched.final_url, site_templates.lines(site)
        )
    except ArchiverError as exc:
        store.save_failed_capture(db, fetched, exc.reason, run_id)
        return Outcome(fetched.url, "failed", exc.reason)
    with db.atomic():
        saved = store.save_article(db, fetched, article, run_id)
        save_annotations_if_needed(db, saved, annotations)
    site_templates.stored(site, saved.outcome == "new")
    return Outcome(fetched.url, saved.outcome, None, saved.article_id, article.title)


def save_annotations_if_needed(
    db: sqlite_utils.Database, saved: store.SaveResult, annotations: Annotations
) -> None:
    """New or changed text gets its annotations; unchanged text keeps them unless they
    were made by an older annotator version."""
    if saved.outcome == "unchanged":
        row = db.execute(
            "select annotator_version from articles where id = ?", [saved.article_id]
        ).fetchone()
        if row and row[0] == annotations.version:
            return
    save_annotations(db, saved.article_id, annotations)


def article_from_row(row: dict) -> Article:
    return Article(
        text=row["text"],
        title=row["title"],
        authors=json.loads(row["authors"] or "[]"),
        site_name=row["site_name"],
        publisher=row["publisher"],
        original_publisher=row["original_publisher"],
        url=row["url"],
    )


def annotate_stored(
    db: sqlite_utils.Database, urls: Iterable[str] | None = None, everything: bool = False
) -> dict[str, int]:
    """(Re)compute annotations of stored articles: the given URLs, every article, or by
    default those annotated by an older annotator version or never."""
    if urls:
        keys = [canonicalize(u) for u in urls]
        rows = []
        for key in keys:
            found = list(db.query("select * from articles where url = ?", [key]))
            if not found:
                raise InputError("no such article in the archive", url=key)
            rows += found
    elif everything:
        rows = list(db.query("select * from articles"))
    else:
        rows = list(
            db.query(
                "select * from articles where annotator_version is null or annotator_version != ?",
                [ANNOTATOR_VERSION],
            )
        )
    counts = {"articles": 0, "quotes": 0, "disclosures": 0}
    for row in rows:
        annotations = annotate(article_from_row(row))
        save_annotations(db, row["id"], annotations)
        counts["articles"] += 1
        counts["quotes"] += len(annotations.quotes)
        counts["disclosures"] += len(annotations.disclosures)
    return counts


async def archive_urls(
    urls: Iterable[str],
    db: sqlite_utils.Database,
    settings: Settings,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Outcome]:
    """Fetch, extract and store each URL now (``archiver add``); they join the frontier so
    later crawls revisit them. Never raises for a bad URL: the outcome says why."""
    outcomes: list[Outcome] = []
    extractor = Extractor(1)
    async with build_client(settings, transport) as client:
        ctx = Context(
            db,
            settings,
            client,
            extractor,
            RobotsCache(client, settings) if settings.respect_robots else None,
        )
        for url in urls:
            try:
                url = require_http_url(url)
            except InputError as exc:
                store.log_outcome(db, url, "failed", exc.reason)
                outcomes.append(Outcome(url, "failed", exc.reason))
                continue
            store.frontier.enqueue(db, [url], source=None, kind="page")
            key = canonicalize(url)
            row = db["frontier"].get(key)
            item = Due(
                key,
                host_key(key),
                None,
                "page",
                0,
                row["etag"],
                row["last_modified"],
                row["published"],
            )
            outcome = await process(ctx, item, None)
            if outcome.outcome == "retry":  # a single URL gets its answer now, not later
                outcome = Outcome(url, "failed", outcome.reason, kind="page")
            outcomes.append(outcome)
    return outcomes


def archive_url(url: str, db: sqlite_utils.Database, settings: Settings) -> Outcome:
    """Synchronous form of ``archive_urls`` for one URL."""
    return asyncio.run(archive_urls([url], db, settings))[0]


def read_html_file(path: Path, url: str | None = None) -> FetchResult:
    """A saved page as if it had been fetched; raise InputError if it is not HTML."""
    if not path.exists():
        raise InputError("no such file", url=str(path))
    if not path.is_file():
        raise InputError("not a file", url=str(path))
    body = path.read_bytes()
    head = body[:4096].lower()
    if b"\x00" in head or not any(marker in head for marker in HTML_MARKERS):
        raise InputError("not an HTML file", url=str(path))
    text, encoding = decode_body(body)
    address = url or path.resolve().as_uri()
    return FetchResult(
        url=address,
        final_url=address,
        status=200,
        headers={},
        content_type="text/html",
        body=body,
        text=text,
        encoding=encoding,
        fetched_at=datetime.fromtimestamp(path.stat().st_mtime, UTC),
        source="import",
    )


def html_files(paths: Iterable[Path]) -> list[Path]:
    """Expand directories into the HTML and WARC files they hold, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in HTML_SUFFIXES
                    or p.name.lower().endswith((".warc", ".warc.gz"))
                )
            )
        else:
            found.append(path)
    return found


def archive_file(
    path: str | Path,
    db: sqlite_utils.Database,
    url: str | None = None,
    run_id: int | None = None,
    site_templates: SiteTemplates | None = None,
) -> Outcome:
    """Import one saved HTML file; ``url`` says where it came from."""
    try:
        if url is not None:
            url = require_http_url(url)
        fetched = read_html_file(Path(path), url)
    except InputError as exc:
        if url is not None or exc.url != str(path):
            store.log_outcome(db, url or str(exc.url), "failed", exc.reason, run_id=run_id)
        return Outcome(url or str(path), "failed", exc.reason)
    return archive_fetched(db, fetched, run_id, site_templates)


def capture_as_fetched(db: sqlite_utils.Database, capture_id: int) -> FetchResult:
    row = store.read_capture(db, capture_id)
    body = row["body"]
    headers = json.loads(row["headers"] or "{}")
    text, encoding = decode_body(body, headers.get("content-type", ""))
    return FetchResult(
        url=row["url"],
        final_url=row["final_url"] or row["url"],
        status=row["status"],
        headers=headers,
        content_type=row["content_type"],
        body=body,
        text=text,
        encoding=encoding,
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        source=row["source"],
    )


def reextract(
    db: sqlite_utils.Database, urls: Iterable[str] | None = None, run_id: int | None = None
) -> list[Outcome]:
    """Extract stored captures again (after the extractor improved): the latest capture of
    each article, or of the given article URLs, plus captures whose extraction failed."""
    if urls is None:
        sql = (
            "select capture_id from articles where capture_id is not null union "
            "select capture_id from fetch_log where outcome = 'failed' and capture_id is not "
            "null and capture_id not in (select capture_id from articles "
            "where capture_id is not null)"
        )
        capture_ids = [row[0] for row in db.execute(sql).fetchall()]
    else:
        keys = [canonicalize(u) for u in urls]
        capture_ids = []
        for key in keys:
            row = db.execute("select capture_id from articles where url = ?", [key]).fetchone()
            if row is None:
                raise InputError("no such article in the archive", url=key)
            capture_ids.append(row[0])
    # what the archive now knows of each site's template applies to every page again
    for site in sorted({templates.site_of(url) for url in _capture_urls(db, capture_ids)}):
        templates.learn(db, site)
    site_templates = SiteTemplates(db)
    return [
        archive_fetched(db, capture_as_fetched(db, cid), run_id, site_templates)
        for cid in capture_ids
    ]


def _capture_urls(db: sqlite_utils.Database, capture_ids: list[int]) -> list[str]:
    urls = []
    for cid in capture_ids:
        row = db.execute("select final_url, url from captures where id = ?", [cid]).fetchone()
        if row is not None:
            urls.append(row[0] or row[1])
    return urls


__all__ = [
    "Context",
    "Extractor",
    "annotate_stored",
    "archive_fetched",
    "archive_file",
    "archive_url",
    "archive_urls",
    "process",
    "reextract",
]
