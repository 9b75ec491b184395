"""The downloader: the only module that does network I/O.

``build_client`` is the one place an httpx client is configured (timeouts, User-Agent,
transport); ``fetch`` downloads one URL under archiver's safety rules:

* private, loopback, link-local, multicast and reserved addresses are refused, both
  before each hop of a redirect chain (a clear error early) and at connect time, where
  the checked address is the one connected to (so DNS rebinding cannot slip past);
* the body is streamed under a byte cap that bounds decompressed bytes too;
* only HTML and XML (and gzip, for sitemaps) are accepted;
* connect, read and total time are bounded.

Decoding follows the BOM, the declared charset, the page's ``<meta charset>``, UTF-8,
then charset-normalizer's sniffing.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import re
import select
import socket
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx
from charset_normalizer import from_bytes

from .config import Settings
from .errors import (
    BlockedAddressError,
    ContentTypeError,
    FetchError,
    HTTPStatusError,
    NetworkError,
    TooLargeError,
    TooManyRedirectsError,
)
from .models import FetchResult
from .urls import require_http_url

REDIRECT_STATUSES = {301, 302, 303, 307, 308}
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.I)
GZIP_TYPES = {"application/gzip", "application/x-gzip", "application/octet-stream"}


# ---------------------------------------------------------------- address safety


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _blocked(host: str, address: str, url: str | None = None) -> BlockedAddressError:
    return BlockedAddressError(
        f"refused: {host} resolves to non-public address {address} (use --allow-private to permit)",
        url=url,
    )


async def resolve(host: str, port: int = 80) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise NetworkError(f"DNS lookup failed for {host}: {exc.strerror}") from exc
    return [str(info[4][0]) for info in infos]


def private_allowed(host: str, port: int | None, settings: Settings) -> bool:
    if settings.allow_private:
        return True
    return host in settings.private_hosts or f"{host}:{port}" in settings.private_hosts


async def check_host(url: str, settings: Settings) -> None:
    """Refuse a URL whose host resolves to any non-public address."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if private_allowed(host, port, settings):
        return
    try:
        addresses = await resolve(host)
    except NetworkError as exc:
        raise NetworkError(exc.reason, url=url) from exc
    for address in addresses:
        if not is_public_address(address):
            raise _blocked(host, address, url)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves, checks and connects to the checked address itself, so the address a
    redirect or a second DNS answer points at is checked at the moment of connecting."""

    def __init__(self, settings: Settings) -> None:
        self._inner = httpcore.AnyIOBackend()
        self._settings = settings

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await resolve(host, port)
        if not private_allowed(host, port, self._settings):
            for address in addresses:
                if not is_public_address(address):
                    raise _blocked(host, address)
        stream = await self._inner.connect_tcp(
            addresses[0],
            port,
            timeout=timeout,
            local_address=local_address,
            socket_options=socket_options,
        )
        return QuickReadableStream(stream)

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise BlockedAddressError("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class QuickReadableStream(httpcore.AsyncNetworkStream):
    """A connection whose "is it readable?" answer is one poll of its socket.

    httpcore asks this of every idle pooled connection each time it hands out one (a
    readable idle connection is one the server closed). anyio answers by building all
    of a stream's extra attributes, a getpeername call included, for every question:
    with a few dozen connections that was a tenth of a crawl's event-loop time."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket: socket.socket | None = inner.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        tls = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return QuickReadableStream(tls)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self._socket is None or _socket_readable(self._socket)
        return self._inner.get_extra_info(info)


def _socket_readable(sock: socket.socket) -> bool:
    if sock.fileno() < 0:
        return True  # closed: httpcore must drop it, as it would a readable one
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


def guarded_transport(settings: Settings) -> httpx.AsyncHTTPTransport:
    transport = httpx.AsyncHTTPTransport()
    # httpx offers no public hook for the network backend; swap the pool it built for
    # one with the same defaults plus our guarded backend.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=100,
        max_keepalive_connections=20,
        keepalive_expiry=5.0,
        network_backend=GuardedBackend(settings),
    )
    return transport


# ---------------------------------------------------------------- client


def build_client(
    settings: Settings, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The HTTP client every fetch goes through; ``transport`` is the seam tests may use."""
    if transport is None:  # the guarded backend lets private hosts through when allowed
        transport = guarded_transport(settings)
    return httpx.AsyncClient(
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        },
        timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
        follow_redirects=False,  # followed by hand so every hop is checked
        transport=transport,
    )


# ---------------------------------------------------------------- decoding


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def declared_charset(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
    return match.group(1) if match else None


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_body(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Decode ``body``: BOM, declared charset, ``<meta charset>``, UTF-8, then sniffing."""
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, name in boms:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    candidates = [declared_charset(content_type)]
    meta = META_CHARSET.search(body[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    for candidate in candidates:
        codec = _known_codec(candidate)
        if codec:
            # Pages that declare latin-1 are in practice windows-1252, as browsers assume.
            if codec in {"latin-1", "iso8859-1", "ascii"}:
                codec = "cp1252"
            return body.decode(codec, errors="replace"), codec
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(body[:200_000]).best()
    codec = _known_codec(best.encoding if best else None) or "cp1252"
    return body.decode(codec, errors="replace"), codec


def gunzip_capped(body: bytes, limit: int, url: str | None = None) -> bytes:
    """Decompress a gzip file (a ``.xml.gz`` sitemap) without letting it exceed ``limit``."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, limit + 1)
    except zlib.error as exc:
        raise FetchError(f"corrupt gzip body: {exc}", url=url) from exc
    if len(data) > limit:
        raise TooLargeError(f"decompressed body over the {limit}-byte cap", url=url)
    return data


# ---------------------------------------------------------------- fetching


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


async def _read_capped(response: httpx.Response, url: str, limit: int) -> bytes:
    declared = response.headers.get("content-length")
    encoded = response.headers.get("content-encoding")
    if declared and declared.isdigit() and not encoded and int(declared) > limit:
        raise TooLargeError(f"body of {declared} bytes is over the {limit}-byte cap", url=url)
    chunks: list[bytes] = []
    size = 0
    # aiter_bytes decodes gzip/deflate/br incrementally, so the cap bounds decompressed bytes.
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise TooLargeError(f"body over the {limit}-byte cap", url=url)
        chunks.append(chunk)
    return b"".join(chunks)


async def _send(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> httpx.Response:
    try:
        request = client.build_request("GET", url, headers=headers)
        return await client.send(request, stream=True)
    except httpx.TimeoutException as exc:
        raise NetworkError(f"timed out ({type(exc).__name__})", url=url) from exc
    except httpx.HTTPError as exc:
        raise NetworkError(f"network error: {exc}", url=url) from exc


async def fetch(
    url: str,
    client: httpx.AsyncClient,
    settings: Settings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: Iterable[str] | None = None,
) -> FetchResult:
    """Download one URL within the total time limit; raise a FetchError with the reason.

    ``etag``/``last_modified`` make the request conditional: a 304 comes back as a
    FetchResult with status 304 and an empty body.
    """
    url = require_http_url(url)
    try:
        async with asyncio.timeout(settings.total_timeout):
            return await _fetch(url, client, settings, etag, last_modified, accept)
    except TimeoutError as exc:
        raise NetworkError(
            f"timed out after {settings.total_timeout:g}s in total", url=url
        ) from exc


async def _fetch(
    url: str,
    client: httpx.AsyncClient,
    settings: Settings,
    etag: str | None,
    last_modified: str | None,
    accept: Iterable[str] | None,
) -> FetchResult:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    redirects: list[str] = []
    while True:
        await check_host(current, settings)
        try:
            response = await _send(client, current, headers)
        except BlockedAddressError as exc:
            exc.url = url
            raise
        try:
            if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
                target = urljoin(current, response.headers["location"])
                if len(redirects) >= settings.max_redirects or target in [*redirects, current]:
                    raise TooManyRedirectsError(
                        f"more than {settings.max_redirects} redirects or a redirect loop",
                        url=url,
                    )
                redirects.append(current)
                current = require_http_url(target)
                continue
            return await _finish(url, current, redirects, response, settings, accept)
        finally:
            await response.aclose()


async def _finish(
    url: str,
    final_url: str,
    redirects: list[str],
    response: httpx.Response,
    settings: Settings,
    accept: Iterable[str] | None,
) -> FetchResult:
    status = response.status_code
    headers = dict(response.headers)
    if status == 304:
        return _result(url, final_url, redirects, status, headers, "", b"")
    if not 200 <= status < 300:
        raise HTTPStatusError(
            f"HTTP {status} {response.reason_phrase}".strip(),
            url=url,
            status=status,
            retry_after=retry_after_seconds(response.headers.get("retry-after")),
        )
    kind = media_type(response.headers.get("content-type", ""))
    allowed = set(settings.allowed_content_types) | set(accept or ())
    if kind and kind not in allowed:
        raise ContentTypeError(f"not HTML or XML: {kind}", url=url, status=status)
    try:
        body = await _read_capped(response, url, settings.max_body_bytes)
    except httpx.TimeoutException as exc:
        raise NetworkError(f"timed out reading body ({type(exc).__name__})", url=url) from exc
    except httpx.HTTPError as exc:
        raise NetworkError(f"error reading body: {exc}", url=url) from exc
    if kind in GZIP_TYPES or final_url.endswith(".gz"):
        body = gunzip_capped(body, settings.max_body_bytes, url)
    return _result(url, final_url, redirects, status, headers, kind, body)


def _result(
    url: str,
    final_url: str,
    redirects: list[str],
    status: int,
    headers: dict[str, str],
    kind: str,
    body: bytes,
) -> FetchResult:
    text, encoding = decode_body(body, headers.get("content-type", "")) if body else ("", "")
    return FetchResult(
        url=url,
        final_url=final_url,
        status=status,
        headers=headers,
        content_type=kind or "text/html",
        body=body,
        text=text,
        encoding=encoding,
        fetched_at=datetime.now(UTC),
        redirects=redirects,
    )


async def fetch_once(url: str, settings: Settings, **kwargs: Any) -> FetchResult:
    """Fetch a single URL with a client of its own (scripts, the REPL)."""
    async with build_client(settings) as client:
        return await fetch(url, client, settings, **kwargs)
