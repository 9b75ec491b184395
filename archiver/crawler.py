"""The crawl engine: a scheduler over the SQLite frontier and per-host download slots.

One pass (``crawl``) seeds the frontier with the listings of the due sources, then keeps
claiming due rows and processing them (``pipeline.process``) until nothing is due, the
page budget is spent, or a stop is requested. Politeness lives here:

* a global limit on requests in flight (``settings.concurrency``);
* one slot per host: ``per_host_concurrency`` connections and a minimum delay between
  requests (the larger of ``per_host_delay``, the source's ``delay`` and robots.txt
  ``Crawl-delay``); a 429/503 with Retry-After pauses the whole host;
* rows are claimed per host, so a slow host holds only its own slot, never the others.

Extraction runs in a process pool while the loop keeps fetching, so network, storage
and CPU work overlap.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlite_utils

from . import store
from .config import Settings
from .fetch import build_client
from .models import Outcome
from .pipeline import Context, Extractor, process
from .robots import RobotsCache
from .sources import Source
from .store.frontier import LISTING_KINDS, Due
from .warc import WarcWriter

log = logging.getLogger(__name__)

FINAL_COUNTS = ("new", "changed", "unchanged", "skipped", "failed")
MAX_PROBLEMS = 1000  # problems a report keeps in memory; fetch_log has them all


@dataclass
class CrawlReport:
    """What one pass did: a tally of outcomes by kind of URL, and the problems (failed
    and skipped URLs, unreadable listings) up to ``MAX_PROBLEMS``; every outcome is in
    ``fetch_log`` too. Nothing here grows with the size of the crawl."""

    run_id: int
    status: str = "running"
    tally: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, outcome)
    problems: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.tally[outcome.kind, outcome.outcome] += 1
        if not outcome.ok and outcome.outcome != "retry" and len(self.problems) < MAX_PROBLEMS:
            self.problems.append(outcome)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(FINAL_COUNTS, 0)
        for (_, outcome), n in self.tally.items():
            if outcome in counts:
                counts[outcome] += n
        return counts

    def of_kind(self, kind: str) -> dict[str, int]:
        """Outcomes of one kind of URL (page, feed, sitemap, seed) and how many."""
        return {outcome: n for (k, outcome), n in self.tally.items() if k == kind}

    @property
    def succeeded(self) -> bool:
        """No URL failed and every feed, sitemap and seed page could be read: what
        ``archiver crawl`` reports to cron through its exit status."""
        listings_ok = all(
            outcome in {"listed", "retry"} for (kind, outcome) in self.tally if kind != "page"
        )
        return self.counts()["failed"] == 0 and listings_ok and self.status != "failed"

    @property
    def pages(self) -> int:
        return sum(n for outcome, n in self.of_kind("page").items() if outcome != "retry")


@dataclass
class Slot:
    """A host's share of the crawl: its connections and when it may be asked again."""

    delay: float
    semaphore: asyncio.Semaphore
    next_allowed: float = 0.0
    in_flight: int = 0

    async def wait_turn(self) -> None:
        loop = asyncio.get_running_loop()
        while (wait := self.next_allowed - loop.time()) > 0:
            await asyncio.sleep(wait)
        self.next_allowed = loop.time() + self.delay

    def finished(self) -> None:
        """A request is done: the host's delay also runs from here, so the gap the host
        sees is never shorter than the delay, however long the request took to go out."""
        if self.delay > 0:
            self.pause(self.delay)

    def pause(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self.next_allowed = max(self.next_allowed, loop.time() + seconds)


class Crawler:
    def __init__(
        self,
        ctx: Context,
        sources: Sequence[Source],
        stop: asyncio.Event,
        progress: Callable[[Outcome], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.settings = ctx.settings
        self.sources = {s.name: s for s in sources}
        self.stop = stop
        self.progress = progress
        self.slots: dict[str, Slot] = {}
        self.global_limit = asyncio.Semaphore(max(1, self.settings.concurrency))
        self.pages_claimed = 0
        self.pages_by_source: dict[str | None, int] = {}
        self.report = CrawlReport(ctx.run_id or 0)
        self.started = store.now()

    # ------------------------------------------------------------ scheduling

    async def run(self) -> CrawlReport:
        batch = store.Batch(self.ctx.db, self.settings.commit_every, self.settings.commit_seconds)
        with batch.open():
            await self._run(batch)
        self.report.status = "stopped" if self.stop.is_set() else self._final_status()
        return self.report

    async def _run(self, batch: store.Batch) -> None:
        tasks: set[asyncio.Task[None]] = set()
        target = max(2, self.settings.concurrency * 2)  # a little prefetch beyond the limit
        while True:
            # refill when half the prefetch is used, so claims come in batches
            if not self.stop.is_set() and len(tasks) <= target // 2:
                for item in self._claim(target - len(tasks), tasks):
                    tasks.add(asyncio.create_task(self._handle(item)))
                if tasks:
                    self.ctx.extractor.start_soon()  # there is work: warm the workers up
            if not tasks:
                wait = self._seconds_until_due()
                if self.stop.is_set() or wait is None:
                    break
                batch.flush()  # nothing in flight: what is done is visible while we wait
                await self._sleep_or_stop(wait)
                continue
            done, _ = await asyncio.wait(
                tasks, timeout=batch.seconds, return_when=asyncio.FIRST_COMPLETED
            )
            tasks -= done
            for task in done:
                task.result()  # surface programming errors instead of hiding them
            batch.done(len(done))

    def _final_status(self) -> str:
        return "ok" if not self.report.counts()["failed"] else "partial"

    def _budget_left(self) -> int | None:
        if self.settings.max_pages is None:
            return None
        return max(0, self.settings.max_pages - self.pages_claimed)

    def _claim(self, room: int, tasks: set[asyncio.Task[None]]) -> list[Due]:
        busy = [host for host, slot in self.slots.items() if slot.in_flight >= self._per_host(None)]
        budget = self._budget_left()
        kinds = LISTING_KINDS if budget == 0 else None
        exhausted = [
            name
            for name, source in self.sources.items()
            if source.max_pages is not None
            and self.pages_by_source.get(name, 0) >= source.max_pages
        ]
        items = store.frontier.claim(
            self.ctx.db,
            limit=room,
            per_host=self._per_host(None),
            exclude_hosts=busy,
            kinds=kinds,
            exclude_sources=exhausted,
            fetched_before=self.started,
        )
        kept: list[Due] = []
        for item in items:
            if item.kind == "page":
                if budget is not None and budget <= 0:
                    store.frontier.release(self.ctx.db, item.url)
                    continue
                budget = None if budget is None else budget - 1
                self.pages_claimed += 1
                self.pages_by_source[item.source] = self.pages_by_source.get(item.source, 0) + 1
            kept.append(item)
            self._slot(item).in_flight += 1
        return kept

    def _seconds_until_due(self) -> float | None:
        """How long until more work is due, if it is due soon enough to wait for."""
        kinds = LISTING_KINDS if self._budget_left() == 0 else None
        kinds_due = store.frontier.next_due(self.ctx.db, kinds, self.started)
        if kinds_due is None:
            return None
        wait = datetime.fromisoformat(kinds_due) - datetime.fromisoformat(store.now())
        seconds = wait.total_seconds()
        if seconds > self.settings.max_retry_wait:
            return None  # later work belongs to a later run
        return max(0.05, seconds)

    async def _sleep_or_stop(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self.stop.wait(), timeout=seconds)
        except TimeoutError:
            return

    # ------------------------------------------------------------ slots

    def _per_host(self, source: Source | None) -> int:
        if source is not None and source.concurrency:
            return source.concurrency
        return max(1, self.settings.per_host_concurrency)

    def _slot(self, item: Due) -> Slot:
        slot = self.slots.get(item.host)
        if slot is None:
            source = self.sources.get(item.source or "")
            delay = self.settings.per_host_delay
            if source is not None and source.delay is not None:
                delay = source.delay
            slot = Slot(delay, asyncio.Semaphore(self._per_host(source)))
            self.slots[item.host] = slot
        return slot

    async def _crawl_delay(self, item: Due, slot: Slot) -> None:
        """robots.txt Crawl-delay stretches the slot's delay (never shortens it)."""
        if self.ctx.robots is None:
            return
        try:
            delay = await self.ctx.robots.crawl_delay(item.url)
        except Exception as exc:  # robots trouble is handled where the page is processed
            log.debug("no crawl-delay for %s: %s", item.host, exc)
            return
        if delay and delay > slot.delay:
            slot.delay = delay

    # ------------------------------------------------------------ one row

    async def _handle(self, item: Due) -> None:
        slot = self._slot(item)
        try:
            async with slot.semaphore:
                await self._crawl_delay(item, slot)
                await slot.wait_turn()
                if self.stop.is_set():
                    store.frontier.release(self.ctx.db, item.url)  # not started: back in line
                    return
                async with self.global_limit:
                    outcome = await process(self.ctx, item, self.sources.get(item.source or ""))
                slot.finished()
                if outcome.outcome == "retry" and outcome.retry_after:
                    slot.pause(min(outcome.retry_after, self.settings.max_retry_wait))
        finally:
            slot.in_flight -= 1
        self.report.add(outcome)
        if self.progress is not None and outcome.outcome != "retry":
            self.progress(outcome)


# ---------------------------------------------------------------- one pass


def due_sources(db: sqlite_utils.Database, sources: Sequence[Source], force: bool) -> list[Source]:
    return list(sources) if force else [s for s in sources if store.sources_due(db, s)]


async def seed(ctx: Context, sources: Sequence[Source]) -> None:
    """Queue the listings of each due source: feeds, sitemaps (robots.txt ones too) and
    seed pages; listings already known are made due again."""
    for source in sources:
        listings: list[tuple[str, str]] = [(u, "feed") for u in source.feeds]
        listings += [(u, "sitemap") for u in source.sitemaps]
        listings += [(u, "seed") for u in source.seeds]
        if source.site:
            listings.append((source.site, "seed"))
            if source.discover_feeds and ctx.robots is not None:
                try:
                    listings += [(u, "sitemap") for u in await ctx.robots.sitemaps(source.site)]
                except Exception as exc:  # recorded; the other listings still run
                    store.log_outcome(
                        ctx.db,
                        source.site,
                        "failed",
                        f"robots.txt: {exc}",
                        run_id=ctx.run_id,
                        source=source.name,
                    )
        for kind in LISTING_KINDS:
            urls = [u for u, k in listings if k == kind]
            store.frontier.enqueue(ctx.db, urls, source=source.name, kind=kind)
        store.frontier.make_due(ctx.db, [u for u, _ in listings])
        store.sources_visited(ctx.db, source)


async def crawl_async(
    db: sqlite_utils.Database,
    sources: Sequence[Source],
    settings: Settings,
    *,
    command: str = "crawl",
    force: bool = False,
    stop: asyncio.Event | None = None,
    progress: Callable[[Outcome], None] | None = None,
    transport: object | None = None,
) -> CrawlReport:
    """One pass over the due sources, then whatever else in the frontier is due."""
    stop = stop or asyncio.Event()
    recovered = store.frontier.recover(db)
    if recovered:
        log.info("resuming: %d URLs claimed by an interrupted crawl are queued again", recovered)
    run_id = store.start_run(db, command)
    extractor = Extractor.for_settings(settings)
    warc = WarcWriter(settings.warc_dir) if settings.warc_dir else None
    crawler: Crawler | None = None
    try:
        async with build_client(settings, transport) as client:  # type: ignore[arg-type]
            robots = RobotsCache(client, settings) if settings.respect_robots else None
            ctx = Context(db, settings, client, extractor, robots, warc, run_id)
            await seed(ctx, due_sources(db, sources, force))
            crawler = Crawler(ctx, sources, stop, progress)
            return await crawler.run()
    finally:
        extractor.close()
        if warc is not None:
            warc.close()
        report = crawler.report if crawler else CrawlReport(run_id, status="failed")
        if report.status == "running":
            report.status = "failed"
        store.finish_run(db, run_id, report.counts(), report.status)


def crawl(
    db: sqlite_utils.Database,
    sources: Sequence[Source],
    settings: Settings,
    **kwargs: object,
) -> CrawlReport:
    """Synchronous entry point for one pass (``archiver crawl``)."""
    return asyncio.run(crawl_async(db, sources, settings, **kwargs))  # type: ignore[arg-type]
