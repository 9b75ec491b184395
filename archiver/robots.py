"""robots.txt rules per origin, parsed with protego, fetched once per crawl and cached."""

from __future__ import annotations

import asyncio
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from .config import Settings
from .errors import BlockedAddressError, FetchError, HTTPStatusError
from .fetch import fetch


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class RobotsCache:
    """A missing robots.txt (4xx) allows everything; an unreachable one (5xx, network)
    disallows everything until it answers, as RFC 9309 asks."""

    def __init__(self, client: httpx.AsyncClient, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self._rules: dict[str, Protego | FetchError | None] = {}
        self._failed_at: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def rules_for(self, url: str) -> Protego | None:
        origin = origin_of(url)
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:  # one fetch per origin even when many pages ask at once
            if origin not in self._rules or self._stale_failure(origin):
                self._rules[origin] = await self._load(origin)
                if isinstance(self._rules[origin], FetchError):
                    self._failed_at[origin] = asyncio.get_running_loop().time()
        rules = self._rules[origin]
        if isinstance(rules, FetchError):
            raise type(rules)(rules.reason, url=url)
        return rules

    def _stale_failure(self, origin: str) -> bool:
        """A failed robots.txt is asked again once the retry wait has passed."""
        failed = self._failed_at.get(origin)
        if failed is None:
            return False
        return asyncio.get_running_loop().time() - failed > self.settings.max_retry_wait

    async def _load(self, origin: str) -> Protego | FetchError | None:
        settings = self.settings.replace(
            allowed_content_types=(*self.settings.allowed_content_types, "text/plain")
        )
        try:
            fetched = await fetch(f"{origin}/robots.txt", self.client, settings)
        except HTTPStatusError as exc:
            if exc.status and 400 <= exc.status < 500:
                return None
            return FetchError(f"robots.txt unavailable: {exc.reason}", url=origin)
        except BlockedAddressError as exc:
            return exc  # the host itself is refused: the pages will be too
        except FetchError as exc:
            return FetchError(f"robots.txt unavailable: {exc.reason}", url=origin)
        return Protego.parse(fetched.text)

    async def allowed(self, url: str) -> bool:
        rules = await self.rules_for(url)
        return True if rules is None else bool(rules.can_fetch(url, self.settings.user_agent))

    async def sitemaps(self, url: str) -> list[str]:
        rules = await self.rules_for(url)
        # robots.txt may give relative Sitemap: lines; resolve them against the origin.
        return [urljoin(origin_of(url) + "/", s) for s in rules.sitemaps] if rules else []

    async def crawl_delay(self, url: str) -> float | None:
        rules = await self.rules_for(url)
        delay = rules.crawl_delay(self.settings.user_agent) if rules else None
        return float(delay) if delay is not None else None
