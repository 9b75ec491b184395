"""Sources: what to crawl, read from a TOML file or given on the command line.

Every key is documented in ``data/sources.example.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .urls import host_key, require_http_url

DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)?\s*$", re.I)
UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}
KNOWN_KEYS = {
    "name",
    "site",
    "feeds",
    "sitemaps",
    "seeds",
    "allow",
    "deny",
    "interval",
    "max_pages",
    "delay",
    "concurrency",
    "respect_robots",
    "discover_feeds",
}


@dataclass(frozen=True)
class Source:
    name: str
    site: str | None = None  # home page: robots.txt sitemaps and <link rel=alternate> feeds
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    seeds: tuple[str, ...] = ()  # index/section pages whose in-scope links are articles
    allow: tuple[str, ...] = ()  # regexes; a page must match one (default: the source hosts)
    deny: tuple[str, ...] = ()  # regexes; a page matching any is never queued
    interval: float = 3600.0  # seconds between visits of the feeds/sitemaps/seeds
    max_pages: int | None = None  # page budget per run
    delay: float | None = None  # per-host minimum delay override
    concurrency: int | None = None  # per-host connections override
    respect_robots: bool = True
    discover_feeds: bool = True  # look for feeds and sitemaps from `site`
    _allow: tuple[re.Pattern[str], ...] = field(default=(), repr=False, compare=False)
    _deny: tuple[re.Pattern[str], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        for url in self.listing_urls():
            require_http_url(url)
        try:
            object.__setattr__(self, "_allow", tuple(re.compile(p) for p in self.allow))
            object.__setattr__(self, "_deny", tuple(re.compile(p) for p in self.deny))
        except re.error as exc:
            raise InputError(f"source {self.name}: bad pattern: {exc}") from exc

    def listing_urls(self) -> list[str]:
        return [u for u in (self.site, *self.feeds, *self.sitemaps, *self.seeds) if u]

    def hosts(self) -> set[str]:
        return {host_key(u) for u in self.listing_urls()}

    def in_scope(self, url: str) -> bool:
        """Allowed patterns (or, by default, the source's own hosts) and no deny match."""
        if any(p.search(url) for p in self._deny):
            return False
        if self._allow:
            return any(p.search(url) for p in self._allow)
        host = host_key(url)
        return any(host == h or host.endswith("." + h) for h in self.hosts())

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("_allow")
        data.pop("_deny")
        return data


def parse_duration(value: Any, where: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    match = DURATION.match(str(value))
    if not match:
        raise InputError(f"{where}: not a duration: {value!r} (use e.g. 90, '30m', '2h', '1d')")
    unit = (match.group(2) or "s").lower()
    return float(match.group(1)) * UNITS[unit]


def source_from_dict(data: dict[str, Any], defaults: dict[str, Any] | None = None) -> Source:
    merged = {**(defaults or {}), **data}
    name = merged.get("name")
    if not name:
        raise InputError("every [[source]] needs a name")
    unknown = set(merged) - KNOWN_KEYS
    if unknown:
        raise InputError(f"source {name}: unknown keys: {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {"name": str(name)}
    for key in ("feeds", "sitemaps", "seeds", "allow", "deny"):
        value = merged.get(key, ())
        values[key] = (value,) if isinstance(value, str) else tuple(value)
    for key in ("site", "max_pages", "delay", "concurrency", "respect_robots", "discover_feeds"):
        if key in merged:
            values[key] = merged[key]
    if "interval" in merged:
        values["interval"] = parse_duration(merged["interval"], f"source {name}: interval")
    return Source(**values)


def load_sources(path: Path) -> list[Source]:
    """Sources from a TOML file: an optional [defaults] table and [[source]] entries."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("no such sources file", url=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"invalid TOML: {exc}", url=str(path)) from exc
    defaults = data.get("defaults", {})
    sources = [source_from_dict(entry, defaults) for entry in data.get("source", [])]
    names = [s.name for s in sources]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise InputError(f"duplicate source names: {', '.join(sorted(duplicates))}", str(path))
    return sources


def adhoc_source(
    feeds: tuple[str, ...] = (),
    sitemaps: tuple[str, ...] = (),
    seeds: tuple[str, ...] = (),
) -> Source:
    """A source for URLs given on the command line (``crawl --feed/--sitemap/--seed``)."""
    return Source(
        name="cli", feeds=feeds, sitemaps=sitemaps, seeds=seeds, discover_feeds=False, interval=0.0
    )
