"""The downloader: the only module that does network I/O.

``build_client`` is the one place an httpx client is configured (timeouts, User-Agent,
transport); ``fetch`` downloads one URL with archiver's safety rules: every hop of a
redirect chain is checked against private addresses, the body is streamed under a byte
cap, and only HTML/XML is accepted. Decoding follows the declared charset, then the
page's own ``<meta charset>``, then statistical sniffing.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

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


def build_client(settings: Settings, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The HTTP client every fetch goes through; ``transport`` is the seam tests may use."""
    timeout = httpx.Timeout(
        settings.total_timeout,
        connect=settings.connect_timeout,
        read=settings.read_timeout,
    )
    return httpx.Client(
        headers={
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        },
        timeout=timeout,
        follow_redirects=False,  # followed by hand so every hop is checked
        transport=transport,
    )


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_host(url: str, settings: Settings) -> None:
    """Refuse hosts that resolve to loopback/private/link-local/reserved addresses."""
    if settings.allow_private:
        return
    host = urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise NetworkError(f"DNS lookup failed: {exc.strerror}", url=url) from exc
    for info in infos:
        address = str(info[4][0])
        if not is_public_address(address):
            raise BlockedAddressError(
                f"refused: {host} resolves to non-public address {address} "
                "(use --allow-private to permit)",
                url=url,
            )


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
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
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


def _read_capped(response: httpx.Response, url: str, limit: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise TooLargeError(f"body of {declared} bytes is over the {limit}-byte cap", url=url)
    chunks: list[bytes] = []
    size = 0
    # iter_bytes decodes gzip/deflate incrementally, so the cap bounds decompressed bytes.
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise TooLargeError(f"body over the {limit}-byte cap", url=url)
        chunks.append(chunk)
    return b"".join(chunks)


def _send(client: httpx.Client, url: str) -> httpx.Response:
    try:
        request = client.build_request("GET", url)
        return client.send(request, stream=True)
    except httpx.TimeoutException as exc:
        raise NetworkError(f"timed out ({type(exc).__name__})", url=url) from exc
    except httpx.HTTPError as exc:
        raise NetworkError(f"network error: {exc}", url=url) from exc


def fetch(url: str, client: httpx.Client, settings: Settings) -> FetchResult:
    """Download one page, following redirects by hand; raise a FetchError with the reason."""
    url = require_http_url(url)
    current = url
    redirects: list[str] = []
    while True:
        check_host(current, settings)
        response = _send(client, current)
        try:
            if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
                target = urljoin(current, response.headers["location"])
                if len(redirects) >= settings.max_redirects or target in [*redirects, current]:
                    raise TooManyRedirectsError(
                        f"more than {settings.max_redirects} redirects or a redirect loop",
                        url=url,
                    )
                redirects.append(current)
                require_http_url(target)
                current = target
                continue
            return _finish(url, current, redirects, response, settings)
        finally:
            response.close()


def _finish(
    url: str, final_url: str, redirects: list[str], response: httpx.Response, settings: Settings
) -> FetchResult:
    status = response.status_code
    if not 200 <= status < 300:
        raise HTTPStatusError(
            f"HTTP {status} {response.reason_phrase}".strip(), url=url, status=status
        )
    content_type = response.headers.get("content-type", "")
    kind = media_type(content_type)
    if kind and kind not in settings.allowed_content_types:
        raise ContentTypeError(f"not HTML or XML: {kind}", url=url, status=status)
    try:
        body = _read_capped(response, url, settings.max_body_bytes)
    except httpx.TimeoutException as exc:
        raise NetworkError(f"timed out reading body ({type(exc).__name__})", url=url) from exc
    except httpx.HTTPError as exc:
        raise NetworkError(f"error reading body: {exc}", url=url) from exc
    text, encoding = decode_body(body, content_type)
    return FetchResult(
        url=url,
        final_url=final_url,
        status=status,
        headers=dict(response.headers),
        content_type=kind or "text/html",
        body=body,
        text=text,
        encoding=encoding,
        fetched_at=datetime.now(UTC),
        redirects=redirects,
    )


__all__ = ["FetchError", "build_client", "check_host", "decode_body", "fetch"]
