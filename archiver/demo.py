"""The demo: serve data/demo-site on 127.0.0.1, crawl it like any site, publish it.

The site calls itself ``http://demo.invalid`` (sitemap, feeds, canonical links). The
crawl asks for that name and a transport routes it to the loopback server on whatever
port it got, so archived URLs are the same on every run, as a real site's are.
"""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from . import publish, store
from .config import DATA_DIR, Settings
from .crawler import CrawlReport, crawl
from .errors import InputError
from .sources import Source

DEMO_SITE = DATA_DIR / "demo-site"
PLACEHOLDER = b"http://demo.invalid"
REWRITTEN_SUFFIXES = {".xml", ".txt"}


DEMO_HOST = "demo.invalid"
DEMO_BASE = f"http://{DEMO_HOST}"


class LoopbackRouter(httpx.AsyncHTTPTransport):
    """Sends requests for ``demo.invalid`` to the local server; the Host header stays."""

    def __init__(self, port: int) -> None:
        super().__init__()
        self.port = port

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == DEMO_HOST:
            request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self.port)
        return await super().handle_async_request(request)


class DemoSiteHandler(SimpleHTTPRequestHandler):
    """Static files, with the placeholder host replaced in feeds, sitemaps and robots.txt."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.suffix not in REWRITTEN_SUFFIXES or not path.is_file():
            return super().send_head()
        host = self.headers.get("Host") or DEMO_HOST
        body = path.read_bytes().replace(PLACEHOLDER, f"http://{host}".encode())
        self.send_response(200)
        kind = "text/plain" if path.suffix == ".txt" else "application/xml"
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        return  # the crawl reports every outcome itself


@contextlib.contextmanager
def serve_site(root: Path = DEMO_SITE) -> Iterator[str]:
    """Serve ``root`` on a free port of 127.0.0.1; yield its base URL."""
    if not (root / "index.html").exists():
        raise InputError(f"demo site not found at {root}")
    handler = partial(DemoSiteHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


DEMO_SOURCE = Source(name="demo", site=f"{DEMO_BASE}/", interval=0.0)


def archive_demo_site(
    settings: Settings, echo: Callable[[str], None] = print, root: Path = DEMO_SITE
) -> CrawlReport:
    """Crawl the demo site through the normal crawl path: robots.txt sitemaps, the home
    page's feeds, then every article page."""
    settings = settings.replace(
        allow_private=True, per_host_delay=0.0, concurrency=4, per_host_concurrency=4
    )
    db = store.open_db(settings.db_path)
    with serve_site(root) as base:
        echo(f"demo site {DEMO_BASE} served from {base}")
        port = int(base.rsplit(":", 1)[1])
        return crawl(
            db, [DEMO_SOURCE], settings, command="demo", force=True, transport=LoopbackRouter(port)
        )


def run_demo(settings: Settings, serve: bool = True, echo: Callable[[str], None] = print) -> None:
    report = archive_demo_site(settings, echo)
    counts = report.counts()
    echo(
        f"archived into {settings.db_path}: "
        + ", ".join(f"{name} {count}" for name, count in counts.items())
    )
    for outcome in report.problems:
        echo(f"  {outcome.outcome}: {outcome.url}: {outcome.reason}")
    if serve:
        publish.serve(settings)
