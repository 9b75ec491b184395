from conftest import Route

from archiver.fetch import build_client
from archiver.robots import RobotsCache


def test_rules_sitemaps_and_crawl_delay(site, settings):
    site.page(
        "/robots.txt",
        "User-agent: *\nDisallow: /admin/\nCrawl-delay: 3\nSitemap: /sitemap.xml\n",
        "text/plain",
    )
    with build_client(settings) as client:
        robots = RobotsCache(client, settings)
        assert robots.allowed(site.url("/news/a.html"))
        assert not robots.allowed(site.url("/admin/x"))
        assert robots.crawl_delay(site.url("/")) == 3.0
        assert robots.sitemaps(site.url("/")) == [site.url("/sitemap.xml")]
    assert [path for path, _ in site.requests] == ["/robots.txt"], "fetched once per host"


def test_missing_robots_allows_everything(site, settings):
    with build_client(settings) as client:
        assert RobotsCache(client, settings).allowed(site.url("/anything"))


def test_unavailable_robots_is_an_error_not_a_free_pass(site, settings):
    site.routes["/robots.txt"] = Route(503, b"busy")
    with build_client(settings) as client:
        robots = RobotsCache(client, settings)
        try:
            robots.allowed(site.url("/a"))
        except Exception as exc:  # the FetchError names robots.txt as the reason
            assert "robots.txt unavailable" in str(exc)
        else:
            raise AssertionError("a 503 robots.txt must not allow crawling")
