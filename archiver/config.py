"""Every setting archiver has, with its default, in one typed object.

Precedence (lowest first): these defaults < environment (ARCHIVER_*) < CLI flags.
Stages receive a ``Settings`` instance; none of them reads the environment itself.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_URL = "https://github.com/archiver-project/archiver"
VERSION = "0.1.0"

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"


@dataclass(frozen=True)
class Settings:
    # storage
    db_path: Path = Path("data/archive.db")

    # fetch: identity, limits, safety
    user_agent: str = f"archiver/{VERSION} (+{PROJECT_URL})"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 5
    max_body_bytes: int = 8 * 1024 * 1024
    allowed_content_types: tuple[str, ...] = (
        "text/html",
        "application/xhtml+xml",
        "application/xml",
        "text/xml",
        "application/rss+xml",
        "application/atom+xml",
    )
    # Loopback, private, link-local and reserved addresses are refused unless this is set:
    # a fetched page must not be able to point the crawler at the operator's own network.
    allow_private: bool = False
    # Hosts ("name" or "name:port") allowed although private: an intranet site, a test
    # server. Everything else private stays refused, redirects included.
    private_hosts: tuple[str, ...] = ()

    # crawl: politeness
    respect_robots: bool = True
    per_host_delay: float = 1.0  # minimum seconds between requests to one host
    per_host_concurrency: int = 1  # connections per host
    concurrency: int = 8  # requests in flight across all hosts
    max_pages: int | None = None  # page budget of one run (listings do not count)
    sources_path: Path = Path("data/sources.toml")
    # crawl: retries (429/503 honour Retry-After; 5xx and timeouts back off exponentially)
    max_attempts: int = 3
    backoff_base: float = 2.0  # seconds before the 2nd attempt; doubles each time, plus jitter
    backoff_max: float = 600.0
    retry_after_max: float = 3600.0
    max_retry_wait: float = 60.0  # a run waits for retries due this soon; later ones wait a run
    # crawl: revisits, by article age: (younger than seconds, recheck every seconds)
    recheck_schedule: tuple[tuple[float, float], ...] = (
        (86400.0, 3600.0),  # < 1 day old: hourly
        (3 * 86400.0, 6 * 3600.0),  # < 3 days: every 6 hours
        (14 * 86400.0, 86400.0),  # < 2 weeks: daily
        (60 * 86400.0, 7 * 86400.0),  # < 2 months: weekly
    )
    recheck_oldest: float = 30 * 86400.0  # older articles: monthly
    # crawl: work
    extract_workers: int = 0  # processes for extraction; 0 = one per CPU, 1 = in-process
    # A page whose extraction (and annotation) runs longer than this fails with that
    # reason and its worker process is replaced (worker processes only).
    extract_time_limit: float = 120.0
    # Annotate new and changed pages as they are crawled. Off, a crawl only stores text
    # (several times faster on small machines) and `archiver annotate` catches up later.
    annotate_pages: bool = True
    warc_dir: Path | None = None  # also write every response to WARC files here
    # A crawl commits its writes in batches: every this many finished URLs or seconds,
    # whichever comes first. A killed crawl refetches at most one batch.
    commit_every: int = 50
    commit_seconds: float = 0.5
    watch_interval: float = 300.0  # `archiver watch`: longest sleep between passes

    # publish
    serve_host: str = "127.0.0.1"
    serve_port: int = 8001
    sql_time_limit_ms: int = 2000
    max_returned_rows: int = 1000
    metadata_path: Path = field(default_factory=lambda: DATA_DIR / "datasette" / "metadata.yml")

    def replace(self, **changes: object) -> Settings:
        """A copy with ``changes`` applied; ``None`` values are ignored (unset CLI flags)."""
        given = {key: value for key, value in changes.items() if value is not None}
        return dataclasses.replace(self, **given)  # type: ignore[arg-type]


def _env_bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def from_env(environ: dict[str, str] | None = None) -> Settings:
    """Defaults overridden by ARCHIVER_* environment variables (e.g. ARCHIVER_DB_PATH)."""
    environ = dict(os.environ if environ is None else environ)
    changes: dict[str, object] = {}
    for f in dataclasses.fields(Settings):
        raw = environ.get(f"ARCHIVER_{f.name.upper()}")
        if raw is None:
            continue
        kind = str(f.type)
        if "tuple[tuple" in kind:
            continue  # structured settings are set in code, not the environment
        if "bool" in kind:
            changes[f.name] = _env_bool(raw)
        elif "Path" in kind:
            changes[f.name] = Path(raw)
        elif "int" in kind and "float" not in kind:
            changes[f.name] = int(raw)
        elif "float" in kind:
            changes[f.name] = float(raw)
        elif "tuple" in kind:
            changes[f.name] = tuple(part.strip() for part in raw.split(",") if part.strip())
        else:
            changes[f.name] = raw
    return Settings().replace(**changes)
