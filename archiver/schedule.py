"""Runs over time: which sources are due, one pass, and the ``watch`` loop.

Both ``crawl`` and ``watch`` stop gracefully on SIGTERM or SIGINT: no new URLs are
claimed, pages in flight are finished and stored, the run is recorded, and the process
exits. A second signal is not needed (and not waited for).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

import sqlite_utils

from . import store
from .config import Settings
from .crawler import CrawlReport, crawl_async
from .models import Outcome
from .sources import Source

log = logging.getLogger(__name__)
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def stop_on_signals(stop: asyncio.Event) -> Iterator[None]:
    """SIGTERM/SIGINT set ``stop`` instead of killing the process mid-write."""
    loop = asyncio.get_running_loop()
    installed = []
    for sig in STOP_SIGNALS:
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # not the main thread, or no signals here
            log.debug("cannot handle %s here; default behaviour stays", sig)
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


async def run_once(
    db: sqlite_utils.Database,
    sources: Sequence[Source],
    settings: Settings,
    *,
    force: bool = False,
    progress: Callable[[Outcome], None] | None = None,
    command: str = "crawl",
) -> CrawlReport:
    stop = asyncio.Event()
    with stop_on_signals(stop):
        return await crawl_async(
            db, sources, settings, command=command, force=force, stop=stop, progress=progress
        )


def seconds_until_next(db: sqlite_utils.Database, sources: Sequence[Source], cap: float) -> float:
    """Sleep until the earliest of: a source due, a frontier row due, or ``cap``."""
    moments = (
        [
            row[0]
            for row in db.execute(
                "select min(next_run) from sources where name in "
                f"({', '.join('?' for _ in sources)})",
                [s.name for s in sources],
            ).fetchall()
            if row[0]
        ]
        if sources
        else []
    )
    due = store.frontier.next_due(db)
    if due:
        moments.append(due)
    if not moments:
        return cap
    wait = datetime.fromisoformat(min(moments)) - datetime.fromisoformat(store.now())
    return min(cap, max(1.0, wait.total_seconds()))


async def watch(
    db: sqlite_utils.Database,
    sources: Sequence[Source],
    settings: Settings,
    *,
    progress: Callable[[Outcome], None] | None = None,
    on_pass: Callable[[CrawlReport], None] | None = None,
    max_passes: int | None = None,
) -> list[CrawlReport]:
    """Crawl due sources, sleep until something is due, repeat until a stop signal."""
    stop = asyncio.Event()
    reports: list[CrawlReport] = []
    with stop_on_signals(stop):
        while not stop.is_set():
            report = await crawl_async(
                db, sources, settings, command="watch", stop=stop, progress=progress
            )
            reports.append(report)
            if on_pass is not None:
                on_pass(report)
            if max_passes is not None and len(reports) >= max_passes:
                break
            wait = seconds_until_next(db, sources, settings.watch_interval)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=wait)
    return reports
