from archiver.discover import discover, page_links

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://n.example/a.html</loc><lastmod>2025-03-01</lastmod></url>
  <url><loc>https://n.example/b.html</loc></url>
</urlset>"""
INDEX = """<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://n.example/sitemap-1.xml</loc></sitemap>
</sitemapindex>"""
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>N</title>
<item><title>One</title><link>https://n.example/one</link>
<pubDate>Tue, 04 Mar 2025 11:00:00 GMT</pubDate></item>
<item><title>Two</title><link>/two</link></item></channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>G</title>
<entry><title>Three</title><link href="https://n.example/three"/><id>x</id>
<updated>2025-03-05T10:00:00Z</updated></entry></feed>"""


def test_sitemap_pages_with_lastmod():
    found = discover(SITEMAP, "https://n.example/sitemap.xml")
    assert [(d.url, d.kind, d.published) for d in found] == [
        ("https://n.example/a.html", "page", "2025-03-01"),
        ("https://n.example/b.html", "page", None),
    ]


def test_sitemap_index_gives_sitemaps():
    found = discover(INDEX, "https://n.example/sitemap.xml")
    assert [(d.url, d.kind) for d in found] == [("https://n.example/sitemap-1.xml", "sitemap")]


def test_rss_links_resolved_against_the_feed():
    found = discover(RSS, "https://n.example/feed.xml")
    assert [d.url for d in found] == ["https://n.example/one", "https://n.example/two"]
    assert found[0].title == "One"


def test_atom_feed():
    found = discover(ATOM, "https://n.example/atom.xml")
    assert [d.url for d in found] == ["https://n.example/three"]


def test_index_page_links_leave_out_the_site_chrome():
    page = """<html><body>
      <header class="masthead"><a href="/">Home</a>
        <nav><a href="/section/local-news-today/">Local</a></nav></header>
      <div role="navigation"><a href="/menu/all-the-sections/">Sections</a></div>
      <main>
        <article><header><h2><a href="/2026/11/28/river-plan-approved.html">River plan</a></h2>
        </header><p>Teaser</p><footer><a href="/2026/11/28/river-plan-approved.html#c">
        Comments</a></footer></article>
        <article><h2><a href="/news/ferry-service-returns-to-the-bay">Ferry</a></h2></article>
        <aside><a href="/2026/11/27/council-budget-vote.html">More stories</a></aside>
      </main>
      <footer><nav><a href="/terms-of-use/">Terms of use</a></nav>
        <a href="/contact-the-newsroom/">Contact</a></footer>
    </body></html>"""
    urls = [d.url for d in page_links(page, "https://n.example/")]
    assert urls == [
        "https://n.example/2026/11/28/river-plan-approved.html",
        "https://n.example/news/ferry-service-returns-to-the-bay",
        "https://n.example/2026/11/27/council-budget-vote.html",
    ]
