"""Shared fixtures: real SQLite files in tmp_path and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from archiver import Settings, open_db
from archiver.models import FetchResult

FIXTURES = Path(__file__).parent / "fixtures"


def fetched_page(html: str, url: str, at: datetime | None = None) -> FetchResult:
    """A page as if fetched with 200 from ``url`` (UTF-8 HTML)."""
    return FetchResult(
        url=url,
        final_url=url,
        status=200,
        headers={"content-type": "text/html"},
        content_type="text/html",
        body=html.encode("utf-8"),
        text=html,
        encoding="utf-8",
        fetched_at=at or datetime.now(UTC),
    )


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})


@dataclass
class LoopbackSite:
    """A real HTTP server on 127.0.0.1 whose routes a test sets: ``site.routes[path] = Route``."""

    base: str
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route]]
    requests: list[tuple[str, dict[str, str]]]
    timed_requests: list[tuple[str, float]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, body: bytes | str, content_type: str = "text/html") -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(200, data, {"Content-Type": content_type})
        return self.url(path)


def _handler(site: LoopbackSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers)))
            site.timed_requests.append((self.path, time.monotonic()))
            route = site.routes.get(self.path)
            if callable(route):
                route = route(self)
            if route is None:
                route = Route(404, b"<html><body>not found</body></html>")
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            # A client that gives up early (size caps, timeouts) closes the socket: expected.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            return  # keep pytest output clean; tests assert on site.requests instead

    return Handler


@contextlib.contextmanager
def start_site(host: str = "127.0.0.1") -> Iterator[LoopbackSite]:
    """Serve on 127.0.0.1; ``host`` is the name the URLs use (another name, another host)."""
    holder = LoopbackSite("", {}, [])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(holder))
    server.daemon_threads = True
    holder.base = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield holder
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    with start_site() as holder:
        yield holder


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for tests: a temp archive, loopback allowed, no politeness delay."""
    return Settings(db_path=tmp_path / "archive.db", allow_private=True, per_host_delay=0.0)


@pytest.fixture
def db(settings: Settings):
    return open_db(settings.db_path)


@pytest.fixture
def station_html() -> str:
    return (FIXTURES / "station_seed.html").read_text(encoding="utf-8")


@pytest.fixture
def gazette_html() -> str:
    return (FIXTURES / "gazette_article.html").read_text(encoding="utf-8")
