"""Wiring: the stages (fetch -> extract -> store) for one URL, one file, or one crawl.

Every outcome is recorded in ``fetch_log`` with its reason, and a failure of one URL
never stops the others.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import sqlite_utils

from . import discover as discovery
from . import store
from .config import Settings
from .errors import ArchiverError, FetchError, InputError, RobotsDisallowedError
from .extract import extract
from .fetch import build_client, decode_body, fetch
from .models import FetchResult, Outcome
from .robots import RobotsCache
from .urls import canonicalize, host_key, require_http_url

log = logging.getLogger(__name__)

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_MARKERS = (b"<html", b"<!doctype html", b"<body", b"<head", b"<article", b"<p>", b"<div")


def archive_fetched(
    db: sqlite_utils.Database, fetched: FetchResult, run_id: int | None = None
) -> Outcome:
    """Extract and store one downloaded page; extraction failures are recorded, not raised."""
    try:
        article = extract(fetched.text, url=fetched.final_url)
    except ArchiverError as exc:
        store.save_failed_capture(db, fetched, exc.reason, run_id)
        return Outcome(fetched.url, "failed", exc.reason)
    saved = store.save_article(db, fetched, article, run_id)
    return Outcome(fetched.url, saved.outcome, None, saved.article_id, article.title)


def archive_url(
    url: str,
    db: sqlite_utils.Database,
    settings: Settings,
    client: httpx.Client | None = None,
    run_id: int | None = None,
    robots: RobotsCache | None = None,
) -> Outcome:
    """Fetch, extract and store one URL. Never raises for a bad URL: the outcome says why."""
    own_client = client is None
    client = client or build_client(settings)
    try:
        url = require_http_url(url)
        if robots is not None and not robots.allowed(url):
            raise RobotsDisallowedError("disallowed by robots.txt", url=url)
        fetched = fetch(url, client, settings)
    except ArchiverError as exc:
        status = exc.status if isinstance(exc, FetchError) else None
        store.log_outcome(db, url, exc.outcome, exc.reason, status, run_id)
        return Outcome(url, exc.outcome, exc.reason)
    finally:
        if own_client:
            client.close()
    return archive_fetched(db, fetched, run_id)


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
    """Expand directories into the HTML files they hold, sorted; keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in HTML_SUFFIXES))
        else:
            found.append(path)
    return found


def archive_file(
    path: str | Path,
    db: sqlite_utils.Database,
    url: str | None = None,
    run_id: int | None = None,
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
    return archive_fetched(db, fetched, run_id)


# ---------------------------------------------------------------- crawl


@dataclass
class CrawlReport:
    run_id: int
    outcomes: list[Outcome] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("new", "changed", "unchanged", "skipped", "failed"), 0)
        for outcome in self.outcomes:
            counts[outcome.outcome] = counts.get(outcome.outcome, 0) + 1
        return counts


def discover_urls(
    starts: Iterable[str],
    client: httpx.Client,
    settings: Settings,
    db: sqlite_utils.Database,
    run_id: int,
) -> list[str]:
    """Pages listed by the given sitemaps and feeds (sitemap indexes followed), deduplicated."""
    queue = list(starts)
    seen_lists: set[str] = set()
    pages: dict[str, None] = {}
    while queue:
        listing = queue.pop(0)
        if listing in seen_lists:
            continue
        seen_lists.add(listing)
        try:
            fetched = fetch(listing, client, settings)
        except FetchError as exc:
            store.log_outcome(
                db, listing, exc.outcome, f"discovery: {exc.reason}", exc.status, run_id
            )
            continue
        for item in discovery.discover(fetched.text, fetched.final_url):
            if item.kind == "sitemap":
                queue.append(item.url)
            else:
                pages.setdefault(canonicalize(item.url), None)
    return list(pages)


def crawl(
    starts: Iterable[str],
    db: sqlite_utils.Database,
    settings: Settings,
    client: httpx.Client | None = None,
    progress: Callable[[Outcome], None] | None = None,
    command: str = "crawl",
) -> CrawlReport:
    """One pass: discover pages from sitemaps/feeds, then archive each, politely."""
    own_client = client is None
    client = client or build_client(settings)
    run_id = store.start_run(db, command)
    report = CrawlReport(run_id)
    status = "failed"
    try:
        robots = RobotsCache(client, settings) if settings.respect_robots else None
        urls = discover_urls(starts, client, settings, db, run_id)
        if settings.max_pages is not None:
            urls = urls[: settings.max_pages]
        last_hit: dict[str, float] = {}
        for url in urls:
            _wait_for_slot(url, last_hit, settings, robots)
            outcome = archive_url(url, db, settings, client, run_id, robots)
            report.outcomes.append(outcome)
            if progress:
                progress(outcome)
        status = "ok" if not report.counts()["failed"] else "partial"
    finally:
        store.finish_run(db, run_id, report.counts(), status)
        if own_client:
            client.close()
    return report


def _wait_for_slot(
    url: str, last_hit: dict[str, float], settings: Settings, robots: RobotsCache | None
) -> None:
    """Keep the per-host minimum delay (robots.txt Crawl-delay wins when it is longer)."""
    host = host_key(url)
    delay = settings.per_host_delay
    if robots is not None:
        try:
            delay = max(delay, robots.crawl_delay(url) or 0.0)
        except FetchError as exc:
            log.info("robots.txt unavailable for %s: %s", host, exc.reason)
    previous = last_hit.get(host)
    if previous is not None:
        remaining = previous + delay - time.monotonic()
        if remaining > 0:
            time.sleep(remaining)
    last_hit[host] = time.monotonic()
