"""robots.txt rules per host, parsed with protego and cached for the life of a crawl."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from .config import Settings
from .errors import FetchError, HTTPStatusError
from .fetch import fetch


class RobotsCache:
    """Fetches each host's robots.txt once; a missing file (4xx) allows everything."""

    def __init__(self, client: httpx.Client, settings: Settings) -> None:
        self.client = client
        self.settings = settings
        self._rules: dict[str, Protego | None] = {}

    def rules_for(self, url: str) -> Protego | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._rules:
            self._rules[origin] = self._load(origin)
        return self._rules[origin]

    def _load(self, origin: str) -> Protego | None:
        try:
            fetched = fetch(
                f"{origin}/robots.txt",
                self.client,
                self.settings.replace(
                    allowed_content_types=(*self.settings.allowed_content_types, "text/plain")
                ),
            )
        except HTTPStatusError as exc:
            if exc.status and 400 <= exc.status < 500:
                return None  # no robots.txt: everything allowed (RFC 9309 2.3.1.3)
            # Unreachable robots.txt means full disallow until it answers (RFC 9309 2.3.1.4).
            raise FetchError(f"robots.txt unavailable: {exc.reason}", url=origin) from exc
        return Protego.parse(fetched.text)

    def allowed(self, url: str) -> bool:
        rules = self.rules_for(url)
        return True if rules is None else bool(rules.can_fetch(url, self.settings.user_agent))

    def sitemaps(self, url: str) -> list[str]:
        rules = self.rules_for(url)
        # robots.txt may give relative Sitemap: lines; resolve them against the URL.
        return [urljoin(url, s) for s in rules.sitemaps] if rules else []

    def crawl_delay(self, url: str) -> float | None:
        rules = self.rules_for(url)
        delay = rules.crawl_delay(self.settings.user_agent) if rules else None
        return float(delay) if delay is not None else None
