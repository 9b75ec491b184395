"""The crawl engine against real loopback servers, including one that misbehaves."""

import gzip
import itertools
import time
from collections.abc import Callable

import pytest
from conftest import Route

from archiver.crawler import crawl
from archiver.sources import Source

ARTICLE = """<html lang="en"><head><title>{title}</title>
<meta property="og:title" content="{title}"></head><body><article><h1>{title}</h1>
<p>{title} opened the meeting on Tuesday with a long statement about the budget, the
roads and the ferry, which residents had asked about for several weeks in a row.</p>
<p>Council members then debated the proposal for more than an hour before voting on
it, and the measure passed by a narrow margin after a late amendment was added.</p>
</article></body></html>"""


def article(title: str) -> bytes:
    return ARTICLE.format(title=title).encode()


def sitemap_for(site, paths) -> str:
    urls = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in paths)
    return site.page(
        "/sitemap.xml",
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>",
        "application/xml",
    )


def run(db, settings, sitemap, **changes):
    source = Source(name="test", sitemaps=(sitemap,), interval=0)
    quick = settings.replace(
        backoff_base=0.05,
        max_retry_wait=5.0,
        read_timeout=0.5,
        extract_workers=1,
        **changes,
    )
    return crawl(db, [source], quick, force=True)


def outcome_of(db, url) -> dict:
    rows = list(
        db.query("select outcome, status, reason from fetch_log where url = ? order by id", [url])
    )
    assert rows, f"no fetch_log row for {url}"
    return rows[-1]


class Flaky:
    """Answers ``failures`` times with ``status`` (and headers), then with the article."""

    def __init__(self, failures: int, status: int, headers: dict | None = None) -> None:
        self.left = failures
        self.status = status
        self.headers = headers or {}

    def __call__(self, handler) -> Route:
        if self.left > 0:
            self.left -= 1
            return Route(self.status, b"try later", {"Content-Type": "text/plain", **self.headers})
        return Route(200, article("Recovered story"))


@pytest.fixture
def faulty(site):
    """A site with one page per fault, plus good pages around them."""
    site.routes["/ok-1.html"] = Route(200, article("First good story"))
    site.routes["/ok-2.html"] = Route(200, article("Second good story"))
    site.routes["/missing.html"] = Route(404, b"nope")
    site.routes["/gone.html"] = Route(410, b"gone")
    site.routes["/broken.html"] = Route(500, b"boom")
    site.routes["/busy.html"] = Flaky(1, 429, {"Retry-After": "1"})
    site.routes["/unavailable.html"] = Flaky(1, 503)
    site.routes["/slow.html"] = lambda h: (time.sleep(1.0), Route(200, article("Slow")))[1]
    site.routes["/loop-a.html"] = Route(302, b"", {"Location": "/loop-b.html"})
    site.routes["/loop-b.html"] = Route(302, b"", {"Location": "/loop-a.html"})
    site.routes["/to-private.html"] = Route(302, b"", {"Location": "http://10.11.12.13/x"})
    site.routes["/bomb.html"] = Route(
        200,
        gzip.compress(b"<html><body><p>" + b"a" * 3_000_000 + b"</p></body></html>"),
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
    )
    site.routes["/huge.html"] = Route(200, b"<html><body>" + b"x" * 2_000_000 + b"</body></html>")
    site.routes["/report.pdf"] = Route(200, b"%PDF-1.7 ...", {"Content-Type": "application/pdf"})
    legacy = (
        "<html><head><title>Café</title></head><body><article><h1>Café</h1>"
        + (
            "<p>Le café Zoë a rouvert ses portes mardi après des mois de travaux à Montréal.</p>"
            * 4
        )
        + "</article></body></html>"
    )
    site.routes["/latin1.html"] = Route(200, legacy.encode("cp1252"), {"Content-Type": "text/html"})
    site.routes["/private/secret.html"] = Route(200, article("Secret"))
    site.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    return site


FAULTS = {
    "/missing.html": ("failed", "HTTP 404"),
    "/gone.html": ("failed", "HTTP 410"),
    "/broken.html": ("failed", "gave up after 3 attempts"),
    "/busy.html": ("new", None),
    "/unavailable.html": ("new", None),
    "/slow.html": ("failed", "timed out"),
    "/loop-a.html": ("failed", "redirect loop"),
    "/to-private.html": ("skipped", "non-public address 10.11.12.13"),
    "/bomb.html": ("skipped", "byte cap"),
    "/huge.html": ("skipped", "byte cap"),
    "/report.pdf": ("skipped", "application/pdf"),
    "/latin1.html": ("new", None),
    "/private/secret.html": ("skipped", "disallowed by robots.txt"),
    "/ok-1.html": ("new", None),
    "/ok-2.html": ("new", None),
}


def test_every_fault_ends_in_the_right_outcome_and_the_crawl_goes_on(faulty, db, settings):
    sitemap = sitemap_for(faulty, list(FAULTS))
    host = faulty.base.removeprefix("http://")
    report = run(
        db, settings, sitemap, allow_private=False, private_hosts=(host,), max_body_bytes=1_000_000
    )
    for path, (outcome, reason) in FAULTS.items():
        row = outcome_of(db, faulty.url(path))
        assert row["outcome"] == outcome, (path, row)
        if reason:
            assert reason in row["reason"], (path, row)
    assert report.counts()["new"] == 5
    assert report.status == "partial"
    run_row = db["crawl_runs"].get(report.run_id)
    assert (run_row["new"], run_row["failed"], run_row["skipped"]) == (5, 5, 5)
    text = db.execute("select text from articles where title = 'Café'").fetchone()[0]
    assert "café Zoë" in text


def test_retries_are_logged_before_the_final_outcome(faulty, db, settings):
    sitemap = sitemap_for(faulty, ["/broken.html", "/busy.html"])
    run(db, settings, sitemap)
    broken = [
        r["outcome"]
        for r in db.query(
            "select outcome from fetch_log where url = ? order by id", [faulty.url("/broken.html")]
        )
    ]
    assert broken == ["retry", "retry", "failed"]
    busy = list(
        db.query(
            "select outcome, reason from fetch_log where url = ? order by id",
            [faulty.url("/busy.html")],
        )
    )
    assert busy[0]["outcome"] == "retry" and "retry in 1.0s" in busy[0]["reason"]
    assert busy[-1]["outcome"] == "new"


def test_retry_after_is_honoured(faulty, db, settings):
    sitemap = sitemap_for(faulty, ["/busy.html"])
    run(db, settings, sitemap)
    times = [t for path, t in faulty.timed_requests if path == "/busy.html"]
    assert len(times) == 2
    assert times[1] - times[0] >= 0.95


def test_the_delay_runs_from_the_end_of_the_previous_request(site, db, settings):
    """A slow host is given the whole delay after each answer, not only between starts."""
    site.page("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", "text/plain")
    paths = [f"/slow-{i}.html" for i in range(3)]

    def slow(path: str) -> Callable[[object], Route]:
        def answer(_handler: object) -> Route:
            time.sleep(0.3)
            return Route(200, article(f"Story {path}"))

        return answer

    for path in paths:
        site.routes[path] = slow(path)
    run(db, settings, sitemap_for(site, paths))
    times = [t for path, t in site.timed_requests if path in paths]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(gaps) == 2 and min(gaps) >= 0.55


def test_crawl_delay_from_robots_spaces_requests(site, db, settings):
    site.page("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", "text/plain")
    paths = [f"/story-{i}.html" for i in range(4)]
    for path in paths:
        site.routes[path] = Route(200, article(f"Story {path}"))
    run(db, settings, sitemap_for(site, paths))
    times = [t for path, t in site.timed_requests if path in paths]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(gaps) == 3 and min(gaps) >= 0.38


def test_one_slow_host_does_not_stall_another(site, db, settings):
    """Two host names for two servers: the slow one holds only its own slot."""
    from conftest import start_site

    with start_site(host="localhost") as slow:
        for i in range(3):
            slow.routes[f"/slow-{i}.html"] = lambda h, i=i: (
                time.sleep(0.6),
                Route(200, article(f"Slow story {i}")),
            )[1]
        for i in range(6):
            site.routes[f"/fast-{i}.html"] = Route(200, article(f"Fast story {i}"))
        slow_map = sitemap_for(slow, [f"/slow-{i}.html" for i in range(3)])
        fast_map = sitemap_for(site, [f"/fast-{i}.html" for i in range(6)])
        source = Source(name="two", sitemaps=(slow_map, fast_map), interval=0)
        quick = settings.replace(extract_workers=1, concurrency=4, read_timeout=5)
        crawl(db, [source], quick, force=True)
    fast_done = max(t for p, t in site.timed_requests if p.startswith("/fast-"))
    slow_done = max(t for p, t in slow.timed_requests if p.startswith("/slow-"))
    assert fast_done < slow_done, "the fast host finished while the slow one was still busy"
    assert db["articles"].count == 9


def test_max_pages_budget_leaves_the_rest_queued(site, db, settings):
    paths = [f"/s-{i}.html" for i in range(5)]
    for path in paths:
        site.routes[path] = Route(200, article(f"Budget {path}"))
    report = run(db, settings, sitemap_for(site, paths), max_pages=2)
    assert report.counts()["new"] == 2
    states = dict(
        db.execute(
            "select state, count(*) from frontier where kind = 'page' group by state"
        ).fetchall()
    )
    assert states == {"done": 2, "queued": 3}
    report = run(db, settings, sitemap_for(site, paths))
    assert report.counts()["new"] == 3


def test_revisit_uses_conditional_get_and_text_hash(site, db, settings):
    calls = {"n": 0}

    def page(handler):
        calls["n"] += 1
        if handler.headers.get("If-None-Match") == '"abc"':
            return Route(304, b"", {"ETag": '"abc"'})
        return Route(
            200, article("Conditional story"), {"Content-Type": "text/html", "ETag": '"abc"'}
        )

    site.routes["/c.html"] = page
    sitemap = sitemap_for(site, ["/c.html"])
    run(db, settings, sitemap)
    db.execute("update frontier set next_fetch = '2000-01-01' where kind = 'page'")
    db.conn.commit()
    report = run(db, settings, sitemap)
    assert report.of_kind("page") == {"unchanged": 1}
    assert outcome_of(db, site.url("/c.html"))["status"] == 304
    assert db["article_versions"].count == 1


def test_a_corrected_article_gets_a_new_version_with_a_diff(site, db, settings):
    site.routes["/u.html"] = Route(200, article("Story before the fix"))
    sitemap = sitemap_for(site, ["/u.html"])
    run(db, settings, sitemap)
    site.routes["/u.html"] = Route(200, article("Story after the fix"))
    db.execute("update frontier set next_fetch = '2000-01-01' where kind = 'page'")
    db.conn.commit()
    report = run(db, settings, sitemap)
    assert report.of_kind("page") == {"changed": 1}
    diff = db.execute("select diff from article_versions where version = 2").fetchone()[0]
    assert "-# Story before the fix" in diff and "+# Story after the fix" in diff


def test_feeds_and_seed_pages_are_discovered(site, db, settings):
    site.routes["/2025/03/first-big-story.html"] = Route(200, article("From the seed"))
    site.routes["/2025/03/second-big-story.html"] = Route(200, article("From the feed"))
    site.page(
        "/",
        '<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
        '</head><body><a href="/2025/03/first-big-story.html">One</a>'
        '<a href="/about">About</a><a href="/tag/news/">News</a></body></html>',
    )
    site.page(
        "/feed.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
        f"<title>x</title><link>{site.url('/2025/03/second-big-story.html')}</link>"
        "</item></channel></rss>",
        "application/rss+xml",
    )
    source = Source(name="home", site=site.url("/"), interval=0)
    crawl(db, [source], settings.replace(extract_workers=1), force=True)
    titles = {row[0] for row in db.execute("select title from articles")}
    assert titles == {"From the seed", "From the feed"}
    assert "/about" not in [p for p, _ in site.requests]


def test_out_of_scope_links_are_not_queued(site, db, settings):
    sitemap = sitemap_for(site, ["/a.html"])
    site.routes["/a.html"] = Route(200, article("In scope"))
    text = (
        site.routes["/sitemap.xml"]
        .body.decode()
        .replace("</urlset>", "<url><loc>https://elsewhere.example/x.html</loc></url></urlset>")
    )
    site.routes["/sitemap.xml"] = Route(200, text.encode(), {"Content-Type": "application/xml"})
    run(db, settings, sitemap)
    urls = [row[0] for row in db.execute("select url from frontier where kind = 'page'")]
    assert urls == [site.url("/a.html")]


def test_crawl_without_annotation_stores_text_only(site, db, settings):
    paths = ["/plain-1.html"]
    site.routes["/plain-1.html"] = Route(
        200,
        (
            b'<html><body><article><h1>T</h1><p>"We will appeal," said Jane Roe, a lawyer '
            b"for the city, on Tuesday after the ruling came down in the morning.</p>"
            b"</article></body></html>"
        ),
    )
    run(db, settings, sitemap_for(site, paths), annotate_pages=False)
    assert db["articles"].count == 1
    assert db["quotes"].count == 0
    from archiver.pipeline import annotate_stored

    assert annotate_stored(db)["articles"] == 1
    assert db["quotes"].count == 1
