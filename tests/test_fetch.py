import asyncio
import gzip
import time

import httpx
import pytest
from conftest import Route

from archiver.errors import (
    BlockedAddressError,
    ContentTypeError,
    HTTPStatusError,
    InputError,
    NetworkError,
    TooLargeError,
    TooManyRedirectsError,
)
from archiver.fetch import (
    build_client,
    decode_body,
    fetch,
    fetch_once,
    gunzip_capped,
    is_public_address,
    retry_after_seconds,
)

PAGE = "<html><head><title>t</title></head><body><p>Hello loopback</p></body></html>"


def get(site_url, settings, **kwargs):
    return asyncio.run(fetch_once(site_url, settings, **kwargs))


def test_fetches_html_from_a_real_server(site, settings):
    url = site.page("/a.html", PAGE)
    result = get(url, settings)
    assert result.status == 200
    assert "Hello loopback" in result.text
    assert result.content_type == "text/html"
    assert len(result.sha256) == 64


def test_sends_a_user_agent_naming_archiver(site, settings):
    get(site.page("/ua", PAGE), settings)
    _, headers = site.requests[-1]
    assert headers["User-Agent"].startswith("archiver/")
    assert "+http" in headers["User-Agent"]


def test_follows_redirects_and_reports_final_url(site, settings):
    site.routes["/old"] = Route(301, b"", {"Location": "/new"})
    site.page("/new", PAGE)
    result = get(site.url("/old"), settings)
    assert result.final_url == site.url("/new")
    assert result.redirects == [site.url("/old")]


def test_redirect_loop_is_refused(site, settings):
    site.routes["/a"] = Route(302, b"", {"Location": "/b"})
    site.routes["/b"] = Route(302, b"", {"Location": "/a"})
    with pytest.raises(TooManyRedirectsError):
        get(site.url("/a"), settings)


@pytest.mark.parametrize("status", [404, 410, 500])
def test_error_status_raises_with_reason(site, settings, status):
    site.routes["/x"] = Route(status, b"nope")
    with pytest.raises(HTTPStatusError) as info:
        get(site.url("/x"), settings)
    assert info.value.status == status
    assert f"HTTP {status}" in info.value.reason


def test_pdf_is_refused_by_content_type(site, settings):
    site.routes["/doc.pdf"] = Route(200, b"%PDF-1.4 ...", {"Content-Type": "application/pdf"})
    with pytest.raises(ContentTypeError, match="application/pdf"):
        get(site.url("/doc.pdf"), settings)


def test_body_over_cap_is_refused(site, settings):
    small = settings.replace(max_body_bytes=1000)
    site.page("/big", "<html><body>" + "x" * 5000 + "</body></html>")
    with pytest.raises(TooLargeError):
        get(site.url("/big"), small)


def test_gzip_bomb_is_capped_on_decompressed_size(site, settings):
    small = settings.replace(max_body_bytes=100_000)
    bomb = gzip.compress(b"<html><body>" + b"a" * 5_000_000)
    site.routes["/bomb"] = Route(
        200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    with pytest.raises(TooLargeError):
        get(site.url("/bomb"), small)


def test_loopback_is_refused_unless_allowed(site, settings):
    url = site.page("/p", PAGE)
    with pytest.raises(BlockedAddressError, match=r"non-public address 127\.0\.0\.1"):
        get(url, settings.replace(allow_private=False))


def test_redirect_to_private_address_is_refused(settings):
    """A public first hop must not bounce us onto a private address. No real public server
    can be had offline, so this one test uses the transport seam: the public IP literal
    needs no DNS and the mock transport answers instead of the network."""
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://10.0.0.7/admin"})

    strict = settings.replace(allow_private=False)

    async def run() -> None:
        async with build_client(strict, transport=httpx.MockTransport(handler)) as client:
            await fetch("http://8.8.8.8/story", client, strict)

    with pytest.raises(BlockedAddressError, match=r"10\.0\.0\.7"):
        asyncio.run(run())
    assert asked == ["http://8.8.8.8/story"]


def test_unreachable_host_is_a_network_error(settings):
    with pytest.raises(NetworkError):
        get("http://127.0.0.1:9/", settings)


def test_non_http_url_is_input_error(settings):
    with pytest.raises(InputError, match="not an http"):
        get("ftp://example.com/file", settings)


def test_legacy_encoding_without_charset_header(site, settings):
    body = "<html><head><meta charset='iso-8859-1'></head><body><p>Café Zoë</p></body></html>"
    site.routes["/latin"] = Route(200, body.encode("latin-1"), {"Content-Type": "text/html"})
    assert "Café Zoë" in get(site.url("/latin"), settings).text


def test_sniffs_encoding_when_nothing_is_declared():
    body = "<html><body><p>" + "Grüße aus Köln, schöne Straße. " * 20 + "</p></body></html>"
    text, _ = decode_body(body.encode("cp1252"))
    assert "Grüße aus Köln" in text


def test_declared_charset_wins():
    text, encoding = decode_body("naïve".encode(), "text/html; charset=utf-8")
    assert text == "naïve"
    assert encoding == "utf-8"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("169.254.1.1", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("0.0.0.0", False),
    ],
)
def test_public_address_classification(address, public):
    assert is_public_address(address) is public


def test_guarded_connection_refuses_loopback_even_without_the_pre_check(site, settings):
    """The connect-time guard is what stops DNS rebinding: test it on its own."""
    strict = settings.replace(allow_private=False)
    url = site.page("/p", PAGE)

    async def run() -> None:
        async with build_client(strict) as client:
            await client.get(url)  # plain httpx call: no pre-check, only the guard

    with pytest.raises(BlockedAddressError):
        asyncio.run(run())
    assert site.requests == []


def test_conditional_get_returns_304(site, settings):
    def conditional(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return Route(304, b"", {"ETag": '"v1"'})
        return Route(200, PAGE.encode(), {"Content-Type": "text/html", "ETag": '"v1"'})

    site.routes["/c"] = conditional
    first = get(site.url("/c"), settings)
    second = get(site.url("/c"), settings, etag=first.headers["etag"])
    assert (first.status, second.status, second.body) == (200, 304, b"")


def test_429_carries_retry_after(site, settings):
    site.routes["/busy"] = Route(429, b"slow down", {"Retry-After": "7"})
    with pytest.raises(HTTPStatusError) as info:
        get(site.url("/busy"), settings)
    assert info.value.retry_after == 7.0


def test_retry_after_as_http_date():
    from datetime import UTC, datetime

    now = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("Sat, 01 Mar 2025 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon") is None


def test_slow_response_times_out(site, settings):
    def slow(handler):
        time.sleep(1.5)
        return Route(200, PAGE.encode())

    site.routes["/slow"] = slow
    with pytest.raises(NetworkError, match="timed out"):
        get(site.url("/slow"), settings.replace(read_timeout=0.3))


def test_total_time_is_capped(site, settings):
    def dribble(handler):
        time.sleep(1.2)
        return Route(200, PAGE.encode())

    site.routes["/dribble"] = dribble
    with pytest.raises(NetworkError, match="in total"):
        get(site.url("/dribble"), settings.replace(total_timeout=0.5, read_timeout=5))


def test_gzipped_sitemap_is_decompressed_under_the_cap():
    body = gzip.compress(b"<urlset>" + b" " * 1000 + b"</urlset>")
    assert gunzip_capped(body, 5000).startswith(b"<urlset>")
    with pytest.raises(TooLargeError):
        gunzip_capped(gzip.compress(b"x" * 100_000), 5000)


def test_an_idle_connection_the_server_closed_is_not_reused(settings):
    """Servers drop idle keep-alive connections without a word; the next request must
    notice (the pooled connection's socket reads as closed) and connect again."""
    connections = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        await reader.readuntil(b"\r\n\r\n")
        body = PAGE.encode()
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()  # no "Connection: close": the client believes it may reuse it

    async def scenario() -> list[int]:
        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        statuses = []
        async with server, build_client(settings) as client:
            for _ in range(3):
                result = await fetch(f"http://127.0.0.1:{port}/a.html", client, settings)
                statuses.append(result.status)
                await asyncio.sleep(0.05)  # the server's close reaches our socket
        return statuses

    assert asyncio.run(scenario()) == [200, 200, 200]
    assert len(connections) == 3
