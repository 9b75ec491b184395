"""Metadata from declared markup first, then from what the page shows."""

from datetime import datetime

from selectolax.lexbor import LexborHTMLParser

from archiver import extract
from archiver.metadata import read_metadata, split_authors, wire_affiliation

BODY = "<p>" + "The council met on Tuesday to debate the ferry budget at length. " * 6 + "</p>"


def meta_of(html: str, url: str = "https://n.example/story"):
    return read_metadata(LexborHTMLParser(html), url)


def test_json_ld_graph_author_references_are_resolved():
    html = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "NewsArticle", "headline": "H", "author": [{"@id": "#a1"}, {"@id": "#a2"}]},
      {"@type": "Person", "@id": "#a1", "name": "Renée Osterhout"},
      {"@type": "Person", "@id": "#a2", "name": ["Josefina Whitlock", "Desmond Purcell"]}
    ]}</script>"""
    assert meta_of(html).authors == ["Renée Osterhout", "Josefina Whitlock", "Desmond Purcell"]


def test_every_repeated_author_meta_tag_counts():
    html = (
        '<meta name="parsely-author" content="Calvin Trask">'
        '<meta name="parsely-author" content="Nkechi Lindqvist">'
    )
    assert meta_of(html).authors == ["Calvin Trask", "Nkechi Lindqvist"]


def test_visible_byline_when_nothing_is_declared():
    html = f"""<article><h1>Headline here</h1>
    <div class="asset-byline-group"><span class="tnt-byline">By Delphine Okereke</span>
    <time>Mar 17, 2025</time></div>{BODY}
    <div class="tnt-byline">Ridgeway Daily Star file photo</div></article>
    <aside class="related"><div class="byline">By Somebody Else</div></aside>"""
    assert meta_of(html).authors == ["Delphine Okereke"]


def test_organisation_bylines_are_credits_not_authors():
    assert split_authors("By The Associated Wire") == []
    assert split_authors("By Jane Roe, Associated Wire") == ["Jane Roe"]
    assert wire_affiliation("By Jane Roe, Associated Wire") == "Associated Wire"
    assert wire_affiliation("By The Associated Wire") == "Associated Wire"
    assert wire_affiliation("By Jane Roe, Staff Writer") is None


def test_site_name_from_the_title_suffix():
    html = (
        "<title>Bus lanes return to Main Street | Alder County Dispatch</title>"
        "<h1>Bus lanes return to Main Street</h1>"
    )
    meta = meta_of(html)
    assert meta.title == "Bus lanes return to Main Street"
    assert meta.site_name == meta.publisher == "Alder County Dispatch"


def test_wordpress_times():
    html = """<article><time class="entry-date published" datetime="2025-03-06T08:00:00-08:00">
    March 6</time><time class="updated" datetime="2025-03-06T19:40:00-08:00">later</time>
    </article><aside><time datetime="2020-01-01T00:00:00Z">old</time></aside>"""
    meta = meta_of(html)
    assert meta.published == datetime.fromisoformat("2025-03-06T08:00:00-08:00")
    assert meta.updated == datetime.fromisoformat("2025-03-06T19:40:00-08:00")


def test_wire_copyright_line_names_the_original_publisher():
    html = f"""<html><head><meta property="og:site_name" content="The Harrow Falls Courier">
    </head><body><article><h1>Toy recall</h1>{BODY}
    <p>Copyright 2025 Associated Wire. All rights reserved. This material may not be
    published, broadcast, rewritten or redistributed without permission.</p></article>
    <footer><p>© Copyright 2025 The Harrow Falls Courier. All rights reserved.</p></footer>
    </body></html>"""
    article = extract(html, url="https://courier.example/recall")
    assert article.original_publisher == "Associated Wire"
    assert "Copyright" not in article.text


def test_own_copyright_line_is_not_syndication():
    html = f"""<html><head><meta property="og:site_name" content="National Radio News">
    </head><body><article><h1>Story</h1>{BODY}<p>© 2025 NRN</p></article></body></html>"""
    assert extract(html, url="https://nrn.example/s").original_publisher is None


def test_visible_date_when_nothing_else_has_one():
    html = f"""<html><body><article><header><h1>Repair cafe</h1>
    <p class="article-pubdate">March 3, 2025</p></header>{BODY}</article></body></html>"""
    assert (
        extract(html, url="https://mag.example/repair").published.date().isoformat() == "2025-03-03"
    )


def test_section_tags_lead_image_and_paywall_from_json_ld():
    html = f"""<html><head><script type="application/ld+json">{{"@type": "NewsArticle",
    "headline": "H", "articleSection": "Politics", "keywords": "ferry, budget",
    "isAccessibleForFree": "False", "image": {{"@type": "ImageObject", "url": "/lead.jpg",
    "caption": "The ferry at dawn.", "creditText": "Jo Lens"}}}}</script></head>
    <body><article><h1>H</h1>{BODY}</article></body></html>"""
    article = extract(html, url="https://n.example/story")
    assert article.section == "Politics"
    assert article.tags == ["ferry", "budget"]
    assert article.image_url == "https://n.example/lead.jpg"
    assert (article.image_caption, article.image_credit) == ("The ferry at dawn.", "Jo Lens")
    assert article.paywalled is True


def test_lead_image_caption_and_credit_from_the_figure(station_html):
    article = extract(station_html, url="https://www.wunc.org/x")
    assert article.image_caption.startswith("The messaging app Parler has been offline")
    assert article.image_credit == "Olivier Douliery / AFP via Getty Images"
    assert "Olivier Douliery" not in article.image_caption
    assert article.paywalled is None, "nothing on the page says"


def test_stored_html_is_sanitized_paragraphs():
    html = (
        f"<html><body><article><h1>T</h1>{BODY}<p>&lt;script&gt;alert(1)&lt;/script&gt; "
        "and more words to make this paragraph long enough to keep.</p></article></body></html>"
    )
    article = extract(html, url="https://n.example/x")
    assert article.html.startswith("<p>")
    assert "<script>" not in article.html
    assert "&lt;script&gt;" in article.html
