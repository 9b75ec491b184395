import asyncio

import pytest
from conftest import Route

from archiver.errors import FetchError
from archiver.fetch import build_client
from archiver.robots import RobotsCache


def ask(settings, question):
    async def run():
        async with build_client(settings) as client:
            return await question(RobotsCache(client, settings))

    return asyncio.run(run())


def test_rules_sitemaps_and_crawl_delay(site, settings):
    site.page(
        "/robots.txt",
        "User-agent: *\nDisallow: /admin/\nCrawl-delay: 3\nSitemap: /sitemap.xml\n",
        "text/plain",
    )

    async def question(robots):
        return (
            await robots.allowed(site.url("/news/a.html")),
            await robots.allowed(site.url("/admin/x")),
            await robots.crawl_delay(site.url("/")),
            await robots.sitemaps(site.url("/")),
        )

    assert ask(settings, question) == (True, False, 3.0, [site.url("/sitemap.xml")])
    assert [path for path, _ in site.requests] == ["/robots.txt"], "fetched once per host"


def test_missing_robots_allows_everything(site, settings):
    async def question(robots):
        return await robots.allowed(site.url("/anything"))

    assert ask(settings, question) is True


def test_unavailable_robots_is_an_error_not_a_free_pass(site, settings):
    site.routes["/robots.txt"] = Route(503, b"busy")

    async def question(robots):
        return await robots.allowed(site.url("/a"))

    with pytest.raises(FetchError, match=r"robots\.txt unavailable"):
        ask(settings, question)
