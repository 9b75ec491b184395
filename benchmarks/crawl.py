"""Crawl throughput and memory benchmark on a generated loopback news site.

Serves N deterministic article pages (from ``--seed``) on 127.0.0.1 from a separate
process, crawls the whole site with ``archiver.crawler.crawl`` into a fresh SQLite file,
and compares the crawl's pages/s with extraction alone on the same pages.

Usage (from the repository root):

    python benchmarks/crawl.py [--sizes 2000,10000 | --pages N] [--concurrency 16] \
        [--workers 2] [--seed 1] [--report benchmarks/reports/crawl.md] \
        [--scrapy | --no-scrapy] [--text-crawl | --no-text-crawl] [--repeats 3] \
        [--profile PAGES]

Per size:

1. A server process (ThreadingHTTPServer, HTTP/1.1 keep-alive) serves the site: article
   pages rendered before the crawl and kept gzipped (served gzipped to clients that
   accept it, as a news site's cache does), ``/robots.txt`` (allow all, ``Sitemap:``),
   ``/sitemap.xml`` (a sitemap index over ``/sitemap-K.xml`` pages of <= 1000 URLs), two
   RSS feeds and a home page that links to both.
2. The crawl runs in a child process (``crawl(db, [Source(site=base + "/")], settings)``,
   no per-host delay, robots.txt obeyed) so that its memory is its own; a thread here
   samples RSS (``/proc/<pid>/status``), PSS (``/proc/<pid>/smaps_rollup``) and CPU time
   of the child and all its descendants (forkserver, extraction workers) every 0.2 s.
   Crawl time is the wall-clock time of the ``crawl()`` call (fetch + extract + annotate
   + store, including the extraction pool's start-up), measured in the child. This
   default (annotating) crawl runs once.
3. Every page is fetched once into memory (untimed). Then the goal's pair runs
   ``--repeats`` times, interleaved so that slow phases of the machine hit both sides
   alike: a crawl into a fresh archive with ``annotate_pages=False`` (text only; when the
   setting exists, ``--no-text-crawl`` skips it), then ``archiver.extract(html, url)``
   timed over all fetched pages in this process (after a 10-page warm-up), then the next
   text-only crawl, and so on. The report gives the median of each side, the ratio of
   the medians and every pair; memory is the peak over all the text-only crawls.
4. Alone, once: ``archiver.extract`` through a ``ProcessPoolExecutor(workers)``
   (forkserver, one task per page like the crawl, pool warmed up first), and extract +
   ``archiver.annotate(article)``, which is what a crawl worker does per page, in this
   process and through the pool, on the first ANNOTATE_SAMPLE pages (its cost per page
   does not grow with the site).
5. With ``--scrapy`` (default: on when scrapy is importable), a minimal Scrapy
   SitemapSpider crawls the same site in a child process and runs
   ``trafilatura.extract`` on every page.

The goal (issue 3): the crawl's pages/s at least 0.8x the pages/s of extraction alone
on the same pages, so that network and storage hide behind CPU work, the crawl using more
than one core for extraction; the yardstick is therefore extraction alone in one process.
The ratio to extraction through the same number of processes as the crawl (which leaves
nothing for fetching and storing on a machine with that many cores) is reported as well.

Linux only: memory and CPU are read from /proc (psutil is not a project dependency).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gzip
import html
import io
import json
import math
import multiprocessing
import os
import platform
import pstats
import random
import re
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, ClassVar

import httpx

import archiver
from archiver import Annotations, Article, Settings, Source, annotate, extract, open_db
from archiver.crawler import crawl
from archiver.errors import ExtractionError

DEFAULT_SIZES = "2000,10000"
DEFAULT_REPORT = Path("benchmarks/reports/crawl.md")
SITEMAP_PAGE_SIZE = 1000
FEED_ITEMS = 50
HOME_LINKS = 40
SAMPLE_INTERVAL = 0.2
WARMUP_PAGES = 10
ANNOTATE_SAMPLE = 2000  # pages timed for extract + annotate alone
DEFAULT_REPEATS = 3  # text-only crawl / extraction alone pairs per size
SERVER_LIFETIME = 4 * 3600.0  # the server process exits by itself after this long
SITE_NAME = "The Loopback Ledger"
EPOCH = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)
MB = 1024 * 1024
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
GOAL_RATIO = 0.8
GOAL_MEMORY_MB = 300.0

# ---------------------------------------------------------------- site generation


def _bank(words: str) -> tuple[str, ...]:
    """A word bank written as one "|"-separated string."""
    return tuple(words.split("|"))


SECTIONS = ("world", "politics", "business", "science", "health", "sports", "culture", "local")
PLACES = _bank(
    "Riverside|Northfield|Lakeview|Cedar Falls|Harbor City|Millbrook|Eastport|"
    "Granite Bay|Westbury|Oak Ridge|Fairhaven|Pine Hollow|Stonebridge|Maple Grove|"
    "Clearwater|Redwood Valley"
)
ORGS = _bank(
    "the city council|the state health department|the regional transit authority|"
    "the county school board|the chamber of commerce|the state university|"
    "the port authority|the water utility|the planning commission|"
    "the hospital system|the police department|the parks department|"
    "the state legislature|a local nonprofit|the housing agency|"
    "the environmental agency"
)
FIRST_NAMES = _bank(
    "Maria|James|Aisha|Daniel|Priya|Michael|Sofia|Kenji|Elena|Samuel|Grace|Omar|"
    "Hannah|Lucas|Fatima|Noah|Chloe|Ibrahim|Rosa|Thomas"
)
LAST_NAMES = _bank(
    "Alvarez|Chen|Okafor|Nguyen|Schmidt|Patel|Johnson|Kowalski|Haddad|Rossi|Murphy|"
    "Tanaka|Fischer|Mensah|Lindqvist|Barros|O'Neill|Kim|Dubois|Walker"
)
ROLES = _bank(
    "a spokesperson|the director|a senior analyst|the chair|a board member|"
    "an economist|a researcher|the deputy mayor|a longtime resident|"
    "the project manager"
)
TOPICS = _bank(
    "budget|transit plan|housing proposal|water rates|school calendar|flood defenses|"
    "bike lanes|hospital expansion|tax credit|zoning rules|energy program|"
    "vaccination campaign|library renovation|bridge repair|recycling program|"
    "wildfire plan|broadband rollout|minimum wage|stadium deal|farmers market"
)
VERBS_PAST = _bank(
    "approved|rejected|delayed|expanded|revised|questioned|endorsed|announced|"
    "reviewed|postponed|defended|criticized|funded|scaled back|unveiled"
)
VERBS_BASE = _bank("approve|reject|delay|expand|revise|review|fund|reconsider|scale back|extend")
ADJECTIVES = _bank(
    "new|controversial|long-awaited|revised|ambitious|modest|temporary|costly|"
    "popular|disputed|regional|updated"
)
WHEN = _bank(
    "on Tuesday|last week|earlier this month|after a lengthy hearing|"
    "late Monday night|this spring|ahead of the November vote|"
    "following months of negotiation|in a closed session|at a packed public meeting"
)
OPENERS = _bank(
    "In a statement|Despite objections from residents|Under the proposal|For now|"
    "According to preliminary figures|After years of debate|In recent months|"
    "By some estimates|As of Friday|Behind the scenes"
)
TRENDS = ("rose", "fell", "climbed", "dropped", "grew", "shrank")
QUOTES = _bank(
    "We have to get this right for the people who live here|"
    "Nobody expected the costs to climb this quickly|"
    "This is the most important decision we will make this year|"
    "The numbers simply do not add up|"
    "We listened to every comment and changed the plan|"
    "It will take time, but the direction is clear|"
    "Families deserve better than another delay|"
    "We are cautiously optimistic about the results|"
    "There is still a lot of work ahead of us|"
    "I have never seen this much interest from the public"
)
CLAUSES = _bank(
    "has lived in {place} for two decades|led the review last year|"
    "has studied the issue since 2015|sits on the advisory panel|"
    "ran unsuccessfully for office in 2022|helped draft the original proposal"
)
CONSEQUENCES = _bank(
    "The change is expected to affect thousands of households in {place}.|"
    "Officials said more details would be released next month.|"
    "Critics argue the plan does little to address the underlying problem.|"
    "Supporters say the measure is long overdue.|"
    "A final vote is scheduled for later this year.|"
    "{org_cap} did not respond to a request for comment.|"
    "Similar efforts in neighboring towns have had mixed results.|"
    "The total cost has not yet been disclosed.|"
    "Residents can submit written comments until the end of the month."
)
FOOTER_LINKS = _bank(
    "About us|Contact|Careers|Advertise|Corrections|Ethics policy|Privacy policy|"
    "Terms of use|Cookie settings|Newsletters|Podcasts|E-edition|Archives|"
    "Help center|Accessibility|Sitemap|RSS feeds|Events|Store|Licensing"
)
SHARE_BUTTONS = "".join(
    f'<a class="share-{name}" href="#" aria-label="Share on {label}">'
    '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M18 16.08c-.76 0'
    "-1.44.3-1.96.77L8.91 12.7c.05-.23.09-.46.09-.7s-.04-.47-.09-.7l7.05-4.11c.54.5 1.25.81 2.04"
    ".81 1.66 0 3-1.34 3-3s-1.34-3-3-3-3 1.34-3 3c0 .24.04.47.09.7L8.04 9.81C7.5 9.31 6.79 9 6 9"
    "c-1.66 0-3 1.34-3 3s1.34 3 3 3c.79 0 1.5-.31 2.04-.81l7.12 4.16c-.05.21-.08.43-.08.65 0 1.61"
    ' 1.31 2.92 2.92 2.92s2.92-1.31 2.92-2.92-1.31-2.92-2.92-2.92z"/></svg>'
    f"<span>{label}</span></a>"
    for name, label in (
        ("x", "X"),
        ("facebook", "Facebook"),
        ("email", "Email"),
        ("copy", "Copy link"),
    )
)
INLINE_CSS = (
    "body{margin:0;font-family:Georgia,serif;color:#222;background:#fff}"
    ".site-header{display:flex;align-items:center;justify-content:space-between;"
    "padding:12px 24px;border-bottom:1px solid #ddd}"
    ".primary-nav ul{list-style:none;display:flex;gap:16px;margin:0;padding:0}"
    ".story{max-width:680px;margin:24px auto;padding:0 16px}"
    ".headline{font-size:2.4rem;line-height:1.15;margin:.5em 0}"
    ".byline{color:#666;font-size:.9rem}.share-bar a{margin-right:8px}"
    ".story-body p{font-size:1.15rem;line-height:1.6}"
    ".newsletter-signup{border:1px solid #ccc;padding:12px;margin:24px 0}"
    ".related-stories{max-width:680px;margin:24px auto}.site-footer{background:#111;color:#eee}"
)


@dataclass(frozen=True)
class ArticleMeta:
    index: int
    section: str
    published: datetime
    headline: str
    slug: str
    author: str
    description: str

    @property
    def path(self) -> str:
        p = self.published
        return f"/{self.section}/{p:%Y/%m/%d}/{self.slug}-{self.index}.html"


ARTICLE_PATH = re.compile(r"^/([a-z]+)/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)-(\d+)\.html$")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def article_meta(seed: int, index: int) -> ArticleMeta:
    """Headline, date, author, ... of article ``index`` (0 is the newest)."""
    rng = random.Random(f"{seed}:meta:{index}")
    published = EPOCH - timedelta(minutes=41 * index + rng.randrange(40))
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    headline = (
        f"{place} {rng.choice(ORGS).removeprefix('the ').removeprefix('a ')} "
        f"{rng.choice(VERBS_PAST)} {rng.choice(ADJECTIVES)} {topic} {rng.choice(WHEN)}"
    )
    headline = _cap(headline)
    slug = "-".join(re.findall(r"[a-z0-9]+", headline.lower())[:9])
    description = (
        f"{_cap(rng.choice(ORGS))} {rng.choice(VERBS_PAST)} the {topic} in {place}, "
        f"a decision that {rng.choice(['could reshape', 'will affect', 'puts pressure on'])} "
        f"the {rng.choice(ADJECTIVES)} {rng.choice(TOPICS)}."
    )
    return ArticleMeta(
        index=index,
        section=rng.choice(SECTIONS),
        published=published,
        headline=headline,
        slug=slug,
        author=_person(rng),
        description=description,
    )


def _sentence(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    org = rng.choice(ORGS)
    topic = rng.choice(TOPICS)
    kind = rng.randrange(7)
    if kind == 0:
        return (
            f"{_cap(org)} {rng.choice(VERBS_PAST)} the {rng.choice(ADJECTIVES)} {topic} "
            f"{rng.choice(WHEN)}, a move that {place} officials had anticipated for months."
        )
    if kind == 1:
        return (
            f"\u201c{rng.choice(QUOTES)},\u201d said {_person(rng)}, {rng.choice(ROLES)} at {org}."
        )
    if kind == 2:
        return (
            f"{rng.choice(OPENERS)}, {org} {rng.choice(VERBS_PAST)} that it would "
            f"{rng.choice(VERBS_BASE)} the {topic} before {rng.randint(2027, 2031)}."
        )
    if kind == 3:
        return (
            f"Spending on the {topic} {rng.choice(TRENDS)} {rng.randint(2, 48)} percent "
            f"{rng.choice(WHEN)}, according to figures from {rng.choice(ORGS)}."
        )
    if kind == 4:
        clause = rng.choice(CLAUSES).format(place=place)
        return (
            f"{_person(rng)}, who {clause}, said the {topic} "
            f"{rng.choice(['had been', 'was never', 'remains'])} "
            f"{rng.choice(['poorly explained', 'a priority', 'underfunded', 'misunderstood'])}."
        )
    if kind == 5:
        return rng.choice(CONSEQUENCES).format(place=place, org_cap=_cap(org))
    return (
        f"About {rng.randint(120, 9800):,} people in {place} rely on the {topic}, "
        f"and {rng.choice(ORGS)} estimates the figure will "
        f"{rng.choice(['double', 'grow', 'fall'])} over the next {rng.randint(3, 12)} years."
    )


def article_body(seed: int, index: int) -> list[str]:
    """6-12 paragraphs, ~500-900 words in all."""
    rng = random.Random(f"{seed}:body:{index}")
    count = rng.randint(6, 12)
    total = rng.randint(500, 900)
    weights = [rng.uniform(0.6, 1.4) for _ in range(count)]
    budgets = [max(25, round(total * w / sum(weights))) for w in weights]
    paragraphs: list[str] = []
    for budget in budgets:
        sentences: list[str] = []
        words = 0
        while words < budget - 8:
            sentence = _sentence(rng)
            sentences.append(sentence)
            words += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return paragraphs


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class Site:
    pages: int
    seed: int

    def meta(self, index: int) -> ArticleMeta:
        return article_meta(self.seed, index)

    def nav(self) -> str:
        """Section links with a mega-menu of local sub-sections, as news sites have."""
        items = []
        for section in SECTIONS:
            subsections = "".join(
                f'<li><a href="/section/{section}/{"-".join(place.lower().split())}/">'
                f"{place}</a></li>"
                for place in PLACES[:10]
            )
            items.append(
                f'<li class="nav-item"><a href="/section/{section}/">{section.capitalize()}</a>'
                f'<ul class="mega-menu">{subsections}</ul></li>'
            )
        return f'<nav class="primary-nav" aria-label="Sections"><ul>{"".join(items)}</ul></nav>'

    def header(self) -> str:
        return (
            '<header class="site-header"><div class="brand"><a href="/">'
            f"{SITE_NAME}</a></div>{self.nav()}"
            '<div class="header-tools"><a href="/subscribe">Subscribe</a> '
            '<a href="/login">Sign in</a><form role="search" action="/search">'
            '<input type="search" name="q" placeholder="Search"><button>Go</button></form>'
            "</div></header>"
        )

    def footer(self) -> str:
        links = "".join(
            f'<li><a href="/{"-".join(t.lower().split())}/">{t}</a></li>' for t in FOOTER_LINKS
        )
        return (
            f'<footer class="site-footer"><nav aria-label="Footer"><ul>{links}</ul></nav>'
            f"<p>&copy; 2026 {SITE_NAME}. All rights reserved.</p></footer>"
        )

    def feed_links(self) -> str:
        return (
            '<link rel="alternate" type="application/rss+xml" title="Latest" '
            'href="/feeds/latest.xml">'
            '<link rel="alternate" type="application/rss+xml" title="Top stories" '
            'href="/feeds/top.xml">'
        )

    def article(self, index: int, base: str) -> str:
        meta = self.meta(index)
        rng = random.Random(f"{self.seed}:chrome:{index}")
        url = base + meta.path
        iso = meta.published.isoformat()
        json_ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": meta.headline,
            "description": meta.description,
            "datePublished": iso,
            "dateModified": iso,
            "author": [{"@type": "Person", "name": meta.author}],
            "publisher": {"@type": "Organization", "name": SITE_NAME},
            "mainEntityOfPage": url,
            "articleSection": meta.section.capitalize(),
        }
        analytics = {
            "page": {"type": "article", "section": meta.section, "id": index},
            "ads": {"slots": ["leaderboard", "mpu-1", "mpu-2"], "lazy": True},
            "experiments": {f"exp{n}": rng.choice(["a", "b"]) for n in range(12)},
        }
        paragraphs = article_body(self.seed, index)
        body_parts: list[str] = []
        for n, paragraph in enumerate(paragraphs):
            body_parts.append(f"<p>{_e(paragraph)}</p>")
            if n == 2:
                body_parts.append(
                    '<div class="newsletter-signup"><h3>Get the morning briefing</h3>'
                    "<p>The day's top stories from around the region, in your inbox.</p>"
                    '<form action="/newsletters"><input type="email" name="email">'
                    "<button>Sign up</button></form></div>"
                )
        related_ids = [(index + rng.randint(1, 60)) % self.pages for _ in range(6)]
        related = "".join(
            f'<li><a href="{r.path}">{_e(r.headline)}</a><p>{_e(r.description)}</p></li>'
            for r in (self.meta(i) for i in related_ids)
        )
        most_read = "".join(
            f'<li><a href="{m.path}">{_e(m.headline)}</a></li>'
            for m in (self.meta(i) for i in range(min(10, self.pages)))
        )
        comments = "".join(
            f'<div class="comment"><p class="comment-author">{_e(_person(rng))}</p>'
            f"<p>{_e(_sentence(rng))}</p></div>"
            for _ in range(rng.randint(2, 5))
        )
        state = {  # the page's data again, as a JS framework ships it to the browser
            "props": {
                "pageProps": {
                    "article": {**json_ld, "body": paragraphs},
                    "related": [
                        {"headline": r.headline, "url": r.path, "author": r.author}
                        for r in (self.meta(i) for i in related_ids)
                    ],
                }
            },
            "page": "/[section]/[...slug]",
            "buildId": f"build-{self.seed}",
        }
        state_json = json.dumps(state).replace("</", "<\\/")
        human = f"{meta.published:%B} {meta.published.day}, {meta.published:%Y}"
        author_slug = "-".join(meta.author.lower().replace("'", "").split())
        caption = (
            f"{rng.choice(PLACES)} residents at a public meeting about the "
            f"{rng.choice(TOPICS)}. Photo: {_person(rng)}"
        )
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{_e(meta.headline)} | {SITE_NAME}</title>"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="description" content="{_e(meta.description)}">'
            f'<link rel="canonical" href="{url}">'
            '<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{_e(meta.headline)}">'
            f'<meta property="og:description" content="{_e(meta.description)}">'
            f'<meta property="og:url" content="{url}">'
            f'<meta property="og:site_name" content="{SITE_NAME}">'
            f'<meta property="og:image" content="{base}/static/img/{index}.jpg">'
            f'<meta property="article:published_time" content="{iso}">'
            f'<meta property="article:section" content="{meta.section.capitalize()}">'
            f'<meta name="author" content="{_e(meta.author)}">'
            f"{self.feed_links()}"
            '<link rel="stylesheet" href="/static/site.css">'
            f"<style>{INLINE_CSS}</style>"
            f'<script type="application/ld+json">{json.dumps(json_ld)}</script>'
            f"<script>window.dataLayer=[{json.dumps(analytics)}];</script>"
            '<script id="__NEXT_DATA__" type="application/json">'
            f"{state_json}</script>"
            '</head><body class="article-page">'
            '<a class="skip-link" href="#main">Skip to content</a>'
            f"{self.header()}"
            '<div class="ad-slot ad-leaderboard" aria-hidden="true">Advertisement</div>'
            '<main id="main"><article class="story">'
            '<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; '
            f'<a href="/section/{meta.section}/">{meta.section.capitalize()}</a></nav>'
            f'<h1 class="headline">{_e(meta.headline)}</h1>'
            f'<p class="standfirst">{_e(meta.description)}</p>'
            f'<div class="byline">By <a rel="author" href="/authors/{author_slug}/">'
            f'{_e(meta.author)}</a> &middot; <time datetime="{iso}">{human}</time></div>'
            f'<div class="share-bar">{SHARE_BUTTONS}</div>'
            f'<figure class="lead-image"><img src="/static/img/{index}.jpg" alt="">'
            f"<figcaption>{_e(caption)}</figcaption></figure>"
            f'<div class="story-body">{"".join(body_parts)}</div>'
            '<div class="tags">Tags: '
            f'<a href="/tags/{meta.section}/">{meta.section}</a></div>'
            "</article>"
            f'<section id="comments" class="comments"><h2>Comments</h2>{comments}</section>'
            '<aside class="related-stories"><h2>Related stories</h2>'
            f"<ul>{related}</ul></aside>"
            f'<aside class="most-read"><h2>Most read</h2><ol>{most_read}</ol></aside></main>'
            f"{self.footer()}"
            '<script src="/static/app.js" defer></script></body></html>'
        )

    def home(self) -> str:
        items = "".join(
            f'<li><a href="{m.path}">{_e(m.headline)}</a></li>'
            for m in (self.meta(i) for i in range(min(HOME_LINKS, self.pages)))
        )
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{SITE_NAME}</title>{self.feed_links()}</head><body>"
            f'{self.header()}<main><h1>Latest news</h1><ul class="latest">{items}</ul></main>'
            f"{self.footer()}</body></html>"
        )

    def robots(self, base: str) -> str:
        return f"User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n"

    def sitemap_count(self) -> int:
        return max(1, math.ceil(self.pages / SITEMAP_PAGE_SIZE))

    def sitemap_index(self, base: str) -> str:
        entries = "".join(
            f"<sitemap><loc>{base}/sitemap-{k}.xml</loc>"
            f"<lastmod>{EPOCH:%Y-%m-%d}</lastmod></sitemap>"
            for k in range(1, self.sitemap_count() + 1)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</sitemapindex>"
        )

    def sitemap(self, number: int, base: str) -> str | None:
        if not 1 <= number <= self.sitemap_count():
            return None
        start = (number - 1) * SITEMAP_PAGE_SIZE
        stop = min(self.pages, start + SITEMAP_PAGE_SIZE)
        entries = "".join(
            f"<url><loc>{base}{m.path}</loc><lastmod>{m.published.isoformat()}</lastmod></url>"
            for m in (self.meta(i) for i in range(start, stop))
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</urlset>"
        )

    def feed(self, name: str, base: str) -> str | None:
        if name == "latest":
            ids = range(min(FEED_ITEMS, self.pages))
        elif name == "top":
            ids = range(0, min(FEED_ITEMS * 7, self.pages), 7)
        else:
            return None
        items = "".join(
            f"<item><title>{_e(m.headline)}</title><link>{base}{m.path}</link>"
            f"<guid>{base}{m.path}</guid><description>{_e(m.description)}</description>"
            f"<pubDate>{m.published:%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
            for m in (self.meta(i) for i in ids)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{SITE_NAME}: {name}</title><link>{base}/</link>"
            f"<description>{name} stories</description>{items}</channel></rss>"
        )

    def respond(self, path: str, base: str) -> tuple[int, str, str]:
        """(status, content type, body) for a request path."""
        path = path.split("?", 1)[0]
        if path == "/":
            return 200, "text/html; charset=utf-8", self.home()
        if path == "/robots.txt":
            return 200, "text/plain; charset=utf-8", self.robots(base)
        if path == "/sitemap.xml":
            return 200, "application/xml; charset=utf-8", self.sitemap_index(base)
        if match := re.fullmatch(r"/sitemap-(\d+)\.xml", path):
            body = self.sitemap(int(match.group(1)), base)
            if body is not None:
                return 200, "application/xml; charset=utf-8", body
        if match := re.fullmatch(r"/feeds/([a-z]+)\.xml", path):
            body = self.feed(match.group(1), base)
            if body is not None:
                return 200, "application/rss+xml; charset=utf-8", body
        if match := ARTICLE_PATH.match(path):
            index = int(match.group(6))
            if index < self.pages and self.meta(index).path == path:
                return 200, "text/html; charset=utf-8", self.article(index, base)
        return 404, "text/html; charset=utf-8", "<!DOCTYPE html><title>Not found</title>"


# ---------------------------------------------------------------- server process


class SiteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as crawlers use it
    site: Site
    # Article pages rendered before the crawl and kept gzipped, as a news site's cache or
    # CDN serves them: the server shares the crawl's cores here, and rendering each page
    # per request (1.5 ms) would bill the crawl for work a real server does elsewhere.
    rendered: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path in self.rendered:
            self._send(200, "text/html; charset=utf-8", self.rendered[path], gzipped=True)
            return
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
        status, kind, text = self.site.respond(self.path, f"http://{host}")
        self._send(status, kind, text.encode("utf-8"), gzipped=False)

    def _send(self, status: int, kind: str, body: bytes, gzipped: bool) -> None:
        if gzipped and "gzip" not in (self.headers.get("Accept-Encoding") or ""):
            body, gzipped = gzip.decompress(body), False
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


class SiteServer(ThreadingHTTPServer):
    request_queue_size = 256  # the default backlog of 5 drops SYNs when 16 connect at once
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # clients closing keep-alives
            super().handle_error(request, client_address)


def _serve(pages: int, seed: int, conn: Connection, parent: int, lifetime: float) -> None:
    """Server process body: bind a free port, report it, serve until killed or orphaned."""
    site = Site(pages, seed)
    handler = type("BoundSiteHandler", (SiteHandler,), {"site": site, "rendered": {}})
    server = SiteServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    handler.rendered = {
        site.meta(index).path: gzip.compress(site.article(index, base).encode("utf-8"), 6)
        for index in range(pages)
    }
    conn.send(server.server_address[1])
    conn.close()
    deadline = time.monotonic() + lifetime

    def watchdog() -> None:
        while os.getppid() == parent and time.monotonic() < deadline:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watchdog, daemon=True).start()
    server.serve_forever(poll_interval=0.2)


@contextlib.contextmanager
def site_server(pages: int, seed: int) -> Iterator[tuple[str, int]]:
    """Run the generated site in its own process; yield (base URL, server pid)."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_serve, args=(pages, seed, send, os.getpid(), SERVER_LIFETIME), daemon=True
    )
    process.start()
    try:
        if not receive.poll(600):  # it renders every page first
            raise RuntimeError("site server did not start within 600 s")
        port = receive.recv()
        assert process.pid is not None
        yield f"http://127.0.0.1:{port}", process.pid
    finally:
        process.terminate()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join(5)


# ---------------------------------------------------------------- /proc sampling


def _stat_fields(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()  # fields from "state" on


def cpu_seconds(pid: int) -> float | None:
    fields = _stat_fields(pid)
    if fields is None:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def _kb_field(path: str, name: str) -> int:
    try:
        with open(path) as handle:
            for line in handle:
                if line.startswith(name):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(int(entry.name))
        if fields is not None:
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found: list[int] = []
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


@dataclass
class TreeUsage:
    peak_main_rss: int = 0
    peak_total_rss: int = 0
    peak_total_pss: int = 0
    max_processes: int = 0
    cpu: dict[int, float] = field(default_factory=dict)  # last CPU seconds seen per pid
    peak_rss: dict[int, int] = field(default_factory=dict)  # per pid
    samples: int = 0


class TreeSampler(threading.Thread):
    """Every SAMPLE_INTERVAL s: RSS and PSS of ``root`` and its descendants, and CPU."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.usage = TreeUsage()
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(SAMPLE_INTERVAL)

    def sample(self) -> None:
        pids = [self.root, *descendants(self.root)]
        rss = [_kb_field(f"/proc/{pid}/status", "VmRSS:") for pid in pids]
        pss = sum(_kb_field(f"/proc/{pid}/smaps_rollup", "Pss:") for pid in pids)
        usage = self.usage
        usage.samples += 1
        usage.peak_main_rss = max(usage.peak_main_rss, rss[0])
        usage.peak_total_rss = max(usage.peak_total_rss, sum(rss))
        usage.peak_total_pss = max(usage.peak_total_pss, pss)
        usage.max_processes = max(usage.max_processes, sum(1 for r in rss if r))
        for pid, size in zip(pids, rss, strict=True):
            usage.peak_rss[pid] = max(usage.peak_rss.get(pid, 0), size)
            seconds = cpu_seconds(pid)
            if seconds is not None:
                usage.cpu[pid] = seconds

    def finish(self) -> TreeUsage:
        self._stop_event.set()
        self.join()
        return self.usage


def kill_group(process: subprocess.Popen[bytes]) -> None:
    """End a child started with start_new_session, and everything it started."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


def run_measured(
    command: list[str], timeout: float, server_pid: int, log_path: Path
) -> tuple[int, TreeUsage, float, float]:
    """Run ``command`` in its own session, sampling its process tree.

    Returns (exit code, usage, wall seconds, server CPU seconds used meanwhile).
    """
    server_before = cpu_seconds(server_pid) or 0.0
    started = time.perf_counter()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        sampler = TreeSampler(process.pid)
        sampler.start()
        try:
            code = process.wait(timeout)
        except subprocess.TimeoutExpired:
            code = -1
        finally:
            kill_group(process)
            usage = sampler.finish()
    wall = time.perf_counter() - started
    server_cpu = (cpu_seconds(server_pid) or server_before) - server_before
    return code, usage, wall, server_cpu


# ---------------------------------------------------------------- the crawl (child)


def child_crawl(args: argparse.Namespace) -> None:
    """Runs in the crawl child: one crawl of the site, result as JSON to a file."""
    settings = Settings(
        db_path=Path(args.child_db),
        allow_private=True,
        per_host_delay=0.0,
        per_host_concurrency=args.concurrency,
        concurrency=args.concurrency,
        extract_workers=args.workers,
        respect_robots=True,
    )
    if args.child_text_only:
        settings = settings.replace(annotate_pages=False)
    db = open_db(settings.db_path)
    source = Source(name="bench", site=args.child_base + "/", interval=0)
    profiler = cProfile.Profile() if args.child_profile else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    report = crawl(db, [source], settings)
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - started
    stored, words = db.execute("select count(*), avg(word_count) from articles").fetchone()
    failures = [
        {"url": o.url, "outcome": o.outcome, "reason": o.reason}
        for o in report.problems
        if o.outcome in {"failed", "skipped"}
    ]
    tally = report.tally.items()
    result: dict[str, Any] = {
        "seconds": seconds,
        "status": report.status,
        "counts": report.counts(),
        "pages": report.pages,
        "listings": sum(n for (kind, o), n in tally if kind != "page" and o != "retry"),
        "retries": sum(n for (_, o), n in tally if o == "retry"),
        "failures": report.counts()["failed"] + report.counts()["skipped"],
        "failure_examples": failures[:10],
        "stored": stored,
        "mean_words": words or 0.0,
        "db_bytes": sum(
            p.stat().st_size
            for p in Path(args.child_db).parent.glob(Path(args.child_db).name + "*")
        ),
        "main_pid": os.getpid(),
    }
    if profiler is not None:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(25)
        out.write("\nOwn time (tottime) by package:\n\n")
        groups = profile_groups(stats)
        total = sum(groups.values()) or 1.0
        for name, seconds in sorted(groups.items(), key=lambda kv: -kv[1])[:15]:
            out.write(f"{seconds:8.2f} s {100 * seconds / total:5.1f}%  {name}\n")
        result["profile"] = out.getvalue()
    Path(args.child_result).write_text(json.dumps(result))


PROFILE_GROUPS = (
    ("importlib", ("<frozen", "importlib")),
    ("httpx/httpcore/h11/anyio", ("/httpx/", "/httpcore/", "/h11/", "/anyio/")),
    ("sqlite_utils", ("/sqlite_utils/",)),
    ("asyncio", ("/asyncio/", "selectors.py")),
    ("multiprocessing/concurrent", ("/multiprocessing/", "/concurrent/")),
    ("archiver", ("/archiver/",)),
)
BUILTIN_GROUPS = (
    ("sqlite3 (C)", ("sqlite3",)),
    ("pipe writes to the extraction pool (incl. GIL waits)", ("posix.write",)),
    ("importlib", ("posix.stat", "listdir")),
    ("sockets/select", ("socket", "select", "epoll")),
    ("zlib", ("zlib",)),
)


def profile_groups(stats: pstats.Stats) -> dict[str, float]:
    """Own time per package: where the crawler's main process spends its time."""
    groups: dict[str, float] = {}
    for (filename, _, name), row in stats.stats.items():  # type: ignore[attr-defined]
        tottime = row[2]
        table, key = (BUILTIN_GROUPS, name) if filename == "~" else (PROFILE_GROUPS, filename)
        group = next(
            (label for label, marks in table if any(m in key for m in marks)),
            "other built-ins" if filename == "~" else "other Python",
        )
        groups[group] = groups.get(group, 0.0) + tottime
    return groups


@dataclass
class CrawlResult:
    pages: int
    seconds: float
    pages_per_s: float
    stored: int
    failures: int
    retries: int
    listings: int
    status: str
    counts: dict[str, int]
    failure_examples: list[dict[str, Any]]
    mean_words: float
    db_mb: float
    peak_main_rss_mb: float
    peak_total_rss_mb: float
    peak_total_pss_mb: float
    peak_other_rss_mb: float  # the largest descendant (an extraction worker)
    max_processes: int
    cpu_main_s: float
    cpu_others_s: float
    cpu_server_s: float
    wall_with_startup_s: float
    load_before: float
    text_only: bool = False
    profile: str | None = None


def crawl_summary(c: CrawlResult) -> str:
    return (
        f"{c.stored:,} stored in {c.seconds:.1f} s ({c.pages_per_s:.1f} pages/s), "
        f"{c.failures} failures"
    )


# how repeated crawls combine into one: times, rates and CPU by their median; memory and
# failures by their peak, so neither is ever understated
MEDIAN_FIELDS = (
    "seconds",
    "pages_per_s",
    "mean_words",
    "cpu_main_s",
    "cpu_others_s",
    "cpu_server_s",
    "wall_with_startup_s",
    "load_before",
)
PEAK_FIELDS = (
    "failures",
    "retries",
    "listings",
    "db_mb",
    "peak_main_rss_mb",
    "peak_total_rss_mb",
    "peak_total_pss_mb",
    "peak_other_rss_mb",
    "max_processes",
)


def median_crawl(crawls: Sequence[CrawlResult]) -> CrawlResult:
    """Repeated crawls of one site as one: the median of every time, rate and CPU figure,
    the peak of every memory figure (never understated), the worst run's counts.
    """
    if len(crawls) == 1:
        return crawls[0]
    by_rate = sorted(crawls, key=lambda c: c.pages_per_s)
    return replace(
        by_rate[(len(by_rate) - 1) // 2],  # the rest (pages, counts, ...) from a median run
        stored=min(c.stored for c in crawls),
        status="/".join(sorted({c.status for c in crawls})),
        failure_examples=next((c.failure_examples for c in crawls if c.failure_examples), []),
        **{name: statistics.median(getattr(c, name) for c in crawls) for name in MEDIAN_FIELDS},
        **{name: max(getattr(c, name) for c in crawls) for name in PEAK_FIELDS},
    )


def measure_crawl(
    base: str,
    server_pid: int,
    pages: int,
    args: argparse.Namespace,
    *,
    text_only: bool = False,
    profile: bool = False,
) -> CrawlResult:
    with tempfile.TemporaryDirectory(prefix="archiver-crawl-bench-") as tmp:
        db_path = Path(tmp) / "archive.db"
        result_path = Path(tmp) / "result.json"
        log_path = Path(tmp) / "crawl.log"
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child-crawl",
            "--child-base",
            base,
            "--child-db",
            str(db_path),
            "--child-result",
            str(result_path),
            "--concurrency",
            str(args.concurrency),
            "--workers",
            str(args.workers),
        ]
        if profile:
            command.append("--child-profile")
        if text_only:
            command.append("--child-text-only")
        load = os.getloadavg()[0]
        code, usage, wall, server_cpu = run_measured(
            command, 120 + pages * 0.3, server_pid, log_path
        )
        if code != 0 or not result_path.exists():
            tail = log_path.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"crawl child failed (exit {code}):\n{tail}")
        data = json.loads(result_path.read_text())
    main_pid = data["main_pid"]
    return CrawlResult(
        pages=pages,
        seconds=data["seconds"],
        pages_per_s=data["stored"] / data["seconds"],
        stored=data["stored"],
        failures=data["failures"],
        retries=data["retries"],
        listings=data["listings"],
        status=data["status"],
        counts=data["counts"],
        failure_examples=data["failure_examples"],
        mean_words=data["mean_words"],
        db_mb=data["db_bytes"] / MB,
        peak_main_rss_mb=usage.peak_main_rss / MB,
        peak_total_rss_mb=usage.peak_total_rss / MB,
        peak_total_pss_mb=usage.peak_total_pss / MB,
        peak_other_rss_mb=max(
            (rss for pid, rss in usage.peak_rss.items() if pid != main_pid), default=0
        )
        / MB,
        max_processes=usage.max_processes,
        cpu_main_s=usage.cpu.get(main_pid, 0.0),
        cpu_others_s=sum(s for pid, s in usage.cpu.items() if pid != main_pid),
        cpu_server_s=server_cpu,
        wall_with_startup_s=wall,
        load_before=load,
        text_only=text_only,
        profile=data.get("profile"),
    )


# ---------------------------------------------------------------- extraction alone


def extract_page(page_html: str, url: str) -> Article | str:
    """``archiver.extract`` on one page (errors come back as text, as in the crawl)."""
    try:
        return extract(page_html, url=url)
    except ExtractionError as exc:
        return exc.reason


def extract_annotate_page(page_html: str, url: str) -> tuple[Article, Annotations] | str:
    """What a crawl's extraction worker does with one page: extract, then annotate."""
    try:
        article = extract(page_html, url=url)
    except ExtractionError as exc:
        return exc.reason
    return article, annotate(article)


PageFunction = Callable[[str, str], object]


@dataclass
class Rate:
    per_s: float
    failures: int
    cpu_ms: float | None = None  # CPU per page (single process only)


def median_rate(rates: Sequence[Rate]) -> Rate:
    """Repeated runs of one measure as one: median rate and CPU, the most failures."""
    if len(rates) == 1:
        return rates[0]
    cpu = [r.cpu_ms for r in rates if r.cpu_ms is not None]
    return Rate(
        per_s=statistics.median(r.per_s for r in rates),
        failures=max(r.failures for r in rates),
        cpu_ms=statistics.median(cpu) if len(cpu) == len(rates) else None,
    )


@dataclass
class ExtractResult:
    pages: int
    mean_html_kb: float
    mean_generated_words: float
    extract_single: Rate  # the median of the repeats
    extract_pool: Rate
    annotate_single: Rate
    annotate_pool: Rate
    load_before: float  # before the first run alone


@dataclass
class Repeat:
    """One pair of the goal's measures: a text-only crawl, then extraction alone."""

    extraction: Rate  # archiver.extract over all pages, in this process
    load_before: float  # before the extraction run
    crawl: CrawlResult | None = None  # None without a text-only crawl

    @property
    def ratio(self) -> float | None:
        if self.crawl is None or not self.extraction.per_s:
            return None
        return self.crawl.pages_per_s / self.extraction.per_s


def fetch_pages(base: str, site: Site) -> list[tuple[str, str]]:
    pages: list[tuple[str, str]] = []
    with httpx.Client(timeout=30.0) as client:
        for index in range(site.pages):
            url = base + site.meta(index).path
            response = client.get(url)
            response.raise_for_status()
            pages.append((url, response.text))
    return pages


def time_single(function: PageFunction, pages: Sequence[tuple[str, str]]) -> Rate:
    for url, page in pages[:WARMUP_PAGES]:
        function(page, url)
    cpu = time.process_time()
    started = time.perf_counter()
    failures = sum(isinstance(function(page, url), str) for url, page in pages)
    seconds = time.perf_counter() - started
    cpu_ms = (time.process_time() - cpu) / len(pages) * 1000
    return Rate(len(pages) / seconds, failures, cpu_ms)


def time_pool(function: PageFunction, pages: Sequence[tuple[str, str]], workers: int) -> Rate:
    context = multiprocessing.get_context("forkserver")  # as archiver's Extractor
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        warm = [pool.submit(function, page, url) for url, page in pages[: workers * 4]]
        for future in warm:
            future.result()
        started = time.perf_counter()
        futures = [pool.submit(function, page, url) for url, page in pages]  # one task a page
        failures = sum(isinstance(f.result(), str) for f in futures)
        seconds = time.perf_counter() - started
    return Rate(len(pages) / seconds, failures)


def measure_repeats(
    base: str,
    server_pid: int,
    site: Site,
    pages: Sequence[tuple[str, str]],
    args: argparse.Namespace,
    *,
    text_only: bool,
) -> list[Repeat]:
    """The goal's pair ``args.repeats`` times, interleaved: text-only crawl, extraction
    alone in this process (on the same fetched pages every time), text-only crawl, ...
    """
    repeats: list[Repeat] = []
    label = f"[{site.pages:,} pages]"
    for number in range(1, args.repeats + 1):
        of = f" ({number}/{args.repeats})" if args.repeats > 1 else ""
        crawl_result = None
        if text_only:
            crawl_result = measure_crawl(base, server_pid, site.pages, args, text_only=True)
            print(f"{label} text only{of}: {crawl_summary(crawl_result)}", flush=True)
        load = os.getloadavg()[0]
        rate = time_single(extract_page, pages)
        print(f"{label} extraction alone, 1 process{of}: {rate.per_s:.1f} pages/s", flush=True)
        repeats.append(Repeat(rate, load, crawl_result))
    return repeats


def measure_extraction(
    site: Site, pages: Sequence[tuple[str, str]], workers: int, repeats: Sequence[Repeat]
) -> ExtractResult:
    """Extraction alone: the median of the repeats in one process, the rest timed once."""
    words = [sum(len(p.split()) for p in article_body(site.seed, i)) for i in range(site.pages)]
    return ExtractResult(
        pages=len(pages),
        mean_html_kb=sum(len(p.encode()) for _, p in pages) / len(pages) / 1024,
        mean_generated_words=sum(words) / len(words),
        extract_single=median_rate([r.extraction for r in repeats]),
        extract_pool=time_pool(extract_page, pages, workers),
        annotate_single=time_single(extract_annotate_page, pages[:ANNOTATE_SAMPLE]),
        annotate_pool=time_pool(extract_annotate_page, pages[:ANNOTATE_SAMPLE], workers),
        load_before=repeats[0].load_before,
    )


# ---------------------------------------------------------------- Scrapy anchor

SCRAPY_SPIDER = """
import json
import sys
import time

import trafilatura
from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider

base, out_path, result_path, concurrency = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


class BenchSpider(SitemapSpider):
    name = "bench"
    sitemap_urls = [base + "/robots.txt"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.out = open(out_path, "a", encoding="utf-8")

    def parse(self, response):
        text = trafilatura.extract(response.text, url=response.url)
        self.out.write(json.dumps({"url": response.url, "words": len((text or "").split())}))
        self.out.write("\\n")

    def closed(self, reason):
        self.out.close()


process = CrawlerProcess(
    settings={
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "ROBOTSTXT_OBEY": True,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
    }
)
crawler = process.create_crawler(BenchSpider)
process.crawl(crawler)
started = time.perf_counter()
process.start()
seconds = time.perf_counter() - started
stats = crawler.stats.get_stats()
with open(result_path, "w") as handle:
    json.dump(
        {
            "seconds": seconds,
            "finish_reason": stats.get("finish_reason"),
            "responses_200": stats.get("downloader/response_status_count/200", 0),
            "errors": stats.get("log_count/ERROR", 0),
        },
        handle,
    )
"""


@dataclass
class ScrapyResult:
    pages: int
    items: int
    seconds: float
    pages_per_s: float
    mean_words: float
    errors: int
    finish_reason: str
    peak_total_rss_mb: float
    peak_total_pss_mb: float
    cpu_s: float


def measure_scrapy(base: str, server_pid: int, pages: int, concurrency: int) -> ScrapyResult:
    with tempfile.TemporaryDirectory(prefix="archiver-scrapy-bench-") as tmp:
        spider = Path(tmp) / "spider.py"
        spider.write_text(SCRAPY_SPIDER)
        out = Path(tmp) / "items.jsonl"
        result_path = Path(tmp) / "result.json"
        log_path = Path(tmp) / "scrapy.log"
        command = [sys.executable, str(spider), base, str(out), str(result_path), str(concurrency)]
        code, usage, _, _ = run_measured(command, 120 + pages * 0.3, server_pid, log_path)
        if code != 0 or not result_path.exists():
            tail = log_path.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"scrapy child failed (exit {code}):\n{tail}")
        data = json.loads(result_path.read_text())
        items = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
    return ScrapyResult(
        pages=pages,
        items=len(items),
        seconds=data["seconds"],
        pages_per_s=len(items) / data["seconds"],
        mean_words=sum(i["words"] for i in items) / max(1, len(items)),
        errors=int(data["errors"]),
        finish_reason=str(data["finish_reason"]),
        peak_total_rss_mb=usage.peak_total_rss / MB,
        peak_total_pss_mb=usage.peak_total_pss / MB,
        cpu_s=sum(usage.cpu.values()),
    )


# ---------------------------------------------------------------- report


@dataclass
class SizeResult:
    crawl: CrawlResult
    extraction: ExtractResult
    text_crawl: CrawlResult | None = None  # annotate_pages=False, median of the repeats
    repeats: list[Repeat] = field(default_factory=list)
    scrapy: ScrapyResult | None = None
    scrapy_error: str | None = None


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def archiver_source() -> str:
    """Where the measured archiver code came from, with its git revision if it has one."""
    package = Path(archiver.__file__).resolve().parent
    where = f"`{package}`"
    try:
        revision = subprocess.run(
            ["git", "-C", str(package), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(package), "status", "--porcelain", "--", "."],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        revision_file = package.parent / "REVISION"
        if revision_file.exists():
            return f"{where} (export of revision {revision_file.read_text().strip()[:12]})"
        return where
    return f"{where} at {revision}" + (" with uncommitted changes" if dirty else "")


def scrapy_available() -> bool:
    try:
        import scrapy  # noqa: F401
    except ImportError:
        return False
    return True


def _row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _ratio(crawl: float, other: float) -> str:
    return f"{crawl / other:.2f}x" if other else "n/a"


def _median_note(r: SizeResult) -> str:
    """How the repeated measures were summarised ("" for a single run)."""
    return f"median of {len(r.repeats)}" if len(r.repeats) > 1 else ""


def _pair_ratios(r: SizeResult) -> list[float]:
    return [ratio for p in r.repeats if (ratio := p.ratio) is not None]


def _crawl_row(c: CrawlResult, label: str, ratio: str, note: str = "") -> str:
    main_ms = c.cpu_main_s / max(1, c.stored) * 1000
    worker_ms = c.cpu_others_s / max(1, c.stored) * 1000
    return _row(
        [
            label,
            f"**{c.pages_per_s:.1f}**",
            ratio,
            f"main {main_ms:.1f} + workers {worker_ms:.1f}",
            (f"{note} runs (stored, failed, retries: the worst run); " if note else "")
            + f"{c.stored:,} stored in {c.seconds:.1f} s; {c.failures} failed, "
            f"{c.retries} retries, {c.listings} listings; status {c.status}; "
            f"{(c.cpu_main_s + c.cpu_others_s + c.cpu_server_s) / c.seconds:.2f} cores busy "
            f"(with the site server's {c.cpu_server_s:.1f} CPU s); "
            f"load before {c.load_before:.2f}",
        ]
    )


def size_table(r: SizeResult, workers: int) -> str:
    """Speed and memory of one site size."""
    c, t, e = r.crawl, r.text_crawl, r.extraction
    sample = f" (first {ANNOTATE_SAMPLE:,} pages)" if e.pages > ANNOTATE_SAMPLE else ""
    header = ["measure", "pages/s", "crawl ÷ this", "CPU ms/page", "notes"]
    if t is not None:
        header[2] = "crawl ÷ this (text-only crawl ÷ this)"
    lines = [
        f"### {c.pages:,} pages",
        "",
        _row(header),
        _row(["---", "---:", "---:", "---:", "---"]),
        _crawl_row(
            c, f"**crawl** (default): fetch + extract + annotate + store, {workers} workers", ""
        ),
    ]
    if t is not None:
        lines.append(
            _crawl_row(
                t,
                f"**crawl, text only** (`annotate_pages=False`): fetch + extract + store, "
                f"{workers} workers",
                "",
                _median_note(r),
            )
        )

    def ratio(per_s: float) -> str:
        text = _ratio(c.pages_per_s, per_s)
        return text if t is None else f"{text} ({_ratio(t.pages_per_s, per_s)})"

    for label, rate, note in (
        ("extraction alone (`archiver.extract`), 1 process", e.extract_single, _median_note(r)),
        (f"extraction alone, {workers} processes", e.extract_pool, ""),
        (
            f"extract + annotate alone (a crawl worker's job), 1 process{sample}",
            e.annotate_single,
            "",
        ),
        (f"extract + annotate alone, {workers} processes{sample}", e.annotate_pool, ""),
    ):
        failed = f"{rate.failures} failed" if rate.failures else ""
        lines.append(
            _row(
                [
                    label,
                    f"{rate.per_s:.1f}",
                    ratio(rate.per_s),
                    f"{rate.cpu_ms:.1f}" if rate.cpu_ms is not None else "",
                    "; ".join(n for n in (note, failed) if n),
                ]
            )
        )
    if r.scrapy is not None:
        s = r.scrapy
        lines.append(
            _row(
                [
                    "Scrapy SitemapSpider + `trafilatura.extract`, 1 process",
                    f"{s.pages_per_s:.1f}",
                    ratio(s.pages_per_s),
                    f"{s.cpu_s / max(1, s.items) * 1000:.1f}",
                    f"{s.items:,} items in {s.seconds:.1f} s, {s.errors} errors, "
                    f"mean {s.mean_words:.0f} words",
                ]
            )
        )
    elif r.scrapy_error:
        lines.append(_row(["Scrapy", "", "", "", f"failed: {r.scrapy_error}"]))

    lines += repeats_table(r)
    crawls = [c] if t is None else [c, t]
    text_column = "crawl, text only" + (
        f" (peak of {len(r.repeats)})" if len(r.repeats) > 1 else ""
    )
    columns = ["crawl", text_column][: len(crawls)] + (["Scrapy"] if r.scrapy else [])

    def memory_row(label: str, values: list[str], scrapy: str = "") -> str:
        return _row([label, *values, *([scrapy] if r.scrapy else [])])

    lines += [
        "",
        _row(["memory (peak)", *columns]),
        _row(["---"] + ["---:"] * len(columns)),
        memory_row("RSS, main process", [f"{x.peak_main_rss_mb:.0f} MB" for x in crawls]),
        memory_row(
            "RSS, largest other process (a worker)",
            [f"{x.peak_other_rss_mb:.0f} MB" for x in crawls],
        ),
        memory_row(
            "RSS, whole process tree",
            [f"{x.peak_total_rss_mb:.0f} MB ({x.max_processes} processes)" for x in crawls],
            f"{r.scrapy.peak_total_rss_mb:.0f} MB" if r.scrapy else "",
        ),
        memory_row(
            "PSS, whole process tree",
            [f"{x.peak_total_pss_mb:.0f} MB" for x in crawls],
            f"{r.scrapy.peak_total_pss_mb:.0f} MB" if r.scrapy else "",
        ),
        "",
        f"Pages: {e.mean_html_kb:.1f} KB of HTML, {e.mean_generated_words:.0f} generated "
        f"words on average; {c.mean_words:.0f} words stored per article; archive "
        f"{c.db_mb:.0f} MB"
        + (f" ({t.db_mb:.0f} MB text only)" if t is not None else "")
        + f". Load average (1 min) before the "
        f"{'first run' if len(r.repeats) > 1 else 'runs'} alone: {e.load_before:.2f}.",
    ]
    return "\n".join(lines)


def repeats_table(r: SizeResult) -> list[str]:
    """Every pair of the goal's measures, in the order they ran (none for a single run)."""
    if len(r.repeats) < 2:
        return []
    e, t = r.extraction, r.text_crawl
    if t is None:  # no text-only crawl: extraction alone repeated by itself
        header = ["repeat", "extraction alone, 1 process, pages/s", "load before"]
        rows = [
            [str(n), f"{p.extraction.per_s:.1f}", f"{p.load_before:.2f}"]
            for n, p in enumerate(r.repeats, 1)
        ]
        rows.append(["median", f"{e.extract_single.per_s:.1f}", ""])
    else:
        header = [
            "repeat",
            "text-only crawl pages/s",
            "extraction alone, 1 process, pages/s",
            "crawl ÷ extraction",
            "load before (crawl / extraction)",
        ]
        rows = [
            [
                str(n),
                f"{p.crawl.pages_per_s:.1f}",
                f"{p.extraction.per_s:.1f}",
                f"{p.ratio:.2f}x",
                f"{p.crawl.load_before:.2f} / {p.load_before:.2f}",
            ]
            for n, p in enumerate(r.repeats, 1)
            if p.crawl is not None and p.ratio is not None
        ]
        rows.append(
            [
                "median",
                f"{t.pages_per_s:.1f}",
                f"{e.extract_single.per_s:.1f}",
                f"{_ratio(t.pages_per_s, e.extract_single.per_s)} (ratio of the medians)",
                "",
            ]
        )
    lines = ["", _row(header), _row(["---:"] * len(header)), *(_row(row) for row in rows)]
    ratios = _pair_ratios(r)
    if ratios:
        lines += [
            "",
            "Pairs in the order they ran (a text-only crawl, then extraction alone on the same "
            f"fetched pages); pair ratios {min(ratios):.2f}x–{max(ratios):.2f}x (min–max).",
        ]
    return lines


def summary_table(results: Sequence[SizeResult], workers: int) -> str:
    text = any(r.text_crawl is not None for r in results)
    header = [
        "pages",
        "crawl pages/s",
        f"crawl ÷ extract + annotate ({workers} procs)",
        "crawl peak RSS / PSS total MB",
    ]
    if text:
        header += [
            "text-only crawl pages/s",
            "extraction alone pages/s (1 proc)",
            "text-only crawl ÷ extraction (1 proc)",
            f"text-only crawl ÷ extraction ({workers} procs)",
            "text-only peak RSS / PSS total MB",
        ]
    header += ["main RSS MB", "main CPU ms/page"]
    lines = [_row(header), _row(["---:"] * len(header))]
    for r in results:
        c, t, e = r.crawl, r.text_crawl, r.extraction
        cells = [
            f"{c.pages:,}",
            f"{c.pages_per_s:.1f}",
            _ratio(c.pages_per_s, e.annotate_pool.per_s),
            f"{c.peak_total_rss_mb:.0f} / {c.peak_total_pss_mb:.0f}",
        ]
        if text:
            cells += (
                [
                    f"{t.pages_per_s:.1f}",
                    f"{e.extract_single.per_s:.1f}",
                    _ratio(t.pages_per_s, e.extract_single.per_s),
                    _ratio(t.pages_per_s, e.extract_pool.per_s),
                    f"{t.peak_total_rss_mb:.0f} / {t.peak_total_pss_mb:.0f}",
                ]
                if t is not None
                else ["", "", "", "", ""]
            )
        main_rss = f"{c.peak_main_rss_mb:.0f}"
        main_ms = f"{c.cpu_main_s / max(1, c.stored) * 1000:.1f}"
        if t is not None:
            main_rss += f" / {t.peak_main_rss_mb:.0f}"
            main_ms += f" / {t.cpu_main_s / max(1, t.stored) * 1000:.1f}"
        lines.append(_row([*cells, main_rss, main_ms]))
    note = "Main RSS and CPU: default crawl / text-only crawl." if text else ""
    repeated = sorted({len(r.repeats) for r in results if len(r.repeats) > 1})
    if text and repeated:
        counts = "/".join(str(n) for n in repeated)
        note += (
            f" Text-only crawl and extraction alone (1 proc): median of {counts} runs each, "
            "interleaved, and the ratio of the medians; text-only memory and main RSS: the "
            f"peak over the {counts} crawls; main CPU: the median."
        )
    return "\n".join(lines) + ("\n\n" + note if note else "")


def tables(results: Sequence[SizeResult], workers: int) -> str:
    parts = [summary_table(results, workers)]
    parts += [size_table(r, workers) for r in results]
    return "\n\n".join(parts)


def _goal(
    label: str,
    c: CrawlResult,
    yardstick: str,
    per_s: float,
    pool_per_s: float,
    pairs: Sequence[float] = (),
) -> str:
    """One goal line; ``pairs``: the ratios of repeated pairs, whose medians are ``c``'s
    pages/s and ``per_s`` (then the ratio is that of the medians, with the pairs' range).
    """
    ratio = c.pages_per_s / per_s if per_s else 0.0
    pool_ratio = c.pages_per_s / pool_per_s if pool_per_s else 0.0
    rss, pss = c.peak_total_rss_mb, c.peak_total_pss_mb
    spread = (
        f", median of {len(pairs)}; pairs {min(pairs):.2f}x–{max(pairs):.2f}x"
        if len(pairs) > 1
        else ""
    )
    peak = f" (the highest of {len(pairs)} crawls)" if len(pairs) > 1 else ""
    return (
        f"- {c.pages:,} pages, {label}: ÷ {yardstick} in one process = {ratio:.2f}x{spread} "
        f"({'meets' if ratio >= GOAL_RATIO else 'misses'} {GOAL_RATIO}x; ÷ the same in "
        f"as many processes as the crawl's workers: {pool_ratio:.2f}x); peak memory of "
        f"the process tree{peak} {rss:.0f} MB RSS / {pss:.0f} MB PSS "
        f"({'under' if rss < GOAL_MEMORY_MB else 'over'} {GOAL_MEMORY_MB:.0f} MB by RSS, "
        f"{'under' if pss < GOAL_MEMORY_MB else 'over'} by PSS)"
    )


def goal_lines(results: Sequence[SizeResult]) -> list[str]:
    lines = []
    for r in results:
        e = r.extraction
        if r.text_crawl is not None:
            lines.append(
                _goal(
                    "text-only crawl (fetch + extract + store)",
                    r.text_crawl,
                    "extraction alone",
                    e.extract_single.per_s,
                    e.extract_pool.per_s,
                    _pair_ratios(r),
                )
            )
        lines.append(
            _goal(
                "default crawl (annotating)",
                r.crawl,
                "extract + annotate alone",
                e.annotate_single.per_s,
                e.annotate_pool.per_s,
            )
        )
    if len(results) > 1:
        first, last = results[0], results[-1]
        for label, a, b in (
            ("default crawl", first.crawl, last.crawl),
            ("text-only crawl", first.text_crawl, last.text_crawl),
        ):
            if a is None or b is None:
                continue
            lines.append(
                f"- memory, {label}, {a.pages:,} → {b.pages:,} pages: main RSS "
                f"{a.peak_main_rss_mb:.0f} → {b.peak_main_rss_mb:.0f} MB, total RSS "
                f"{a.peak_total_rss_mb:.0f} → {b.peak_total_rss_mb:.0f} MB, total PSS "
                f"{a.peak_total_pss_mb:.0f} → {b.peak_total_pss_mb:.0f} MB"
            )
    return lines


def repeats_method(args: argparse.Namespace, results: Sequence[SizeResult]) -> str:
    """The Method section's account of ``--repeats`` ("" for a single run of each)."""
    n = args.repeats
    if n < 2:
        return ""
    if not any(r.text_crawl is not None for r in results):
        return (
            f" Extraction alone in one process runs {n} times per size and the tables give "
            "the median; everything else is a single run."
        )
    return (
        f" The goal's pair runs {n} times per size, interleaved so that slow phases of the "
        "machine hit both sides alike: a text-only crawl, then extraction alone in one "
        "process on the same fetched pages, then the next text-only crawl, and so on; the "
        "tables give the median of each side, the ratio of the medians and every pair, and "
        f"the text-only crawl's memory as the peak over the {n} crawls. The default crawl, "
        f"extraction in {args.workers} processes and extract + annotate alone are single runs."
    )


def write_report(
    path: Path,
    command: str,
    args: argparse.Namespace,
    results: Sequence[SizeResult],
    scrapy_note: str,
    profiles: Sequence[CrawlResult],
) -> str:
    machine = (
        f"{os.cpu_count()} cores (os.cpu_count), {platform.machine()}, "
        f"{platform.system()} {platform.release()}"
    )
    failures = [
        f"- {r.crawl.pages:,} pages: {ex['outcome']}: {ex['url']}: {ex['reason']}"
        for r in results
        for ex in r.crawl.failure_examples
    ]
    parts = [
        "# Crawl benchmark",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"- Command: `{command}`",
        f"- Machine: {machine}; Python {platform.python_version()}",
        f"- Versions: archiver {version('archiver')} from {archiver_source()}, trafilatura "
        f"{version('trafilatura')}, httpx {version('httpx')}, httpcore {version('httpcore')}, "
        f"scrapy {version('scrapy')}",
        f"- Crawl settings: concurrency {args.concurrency}, per-host concurrency "
        f"{args.concurrency}, per-host delay 0, extract_workers {args.workers}, "
        f"robots.txt obeyed; site seed {args.seed}",
        f"- Scrapy: {scrapy_note}",
        "",
        "## Method",
        "",
        "A generated news site (article pages with title, Open Graph tags, JSON-LD "
        "NewsArticle, header/mega-menu/footer chrome, share bar, newsletter box, 6–12 "
        "paragraphs of ~500–900 generated words with quotes, reader comments, related and "
        "most-read asides and the page data again as a `__NEXT_DATA__` JSON blob; robots.txt "
        "with a `Sitemap:` line; a sitemap index over sitemaps of "
        f"≤{SITEMAP_PAGE_SIZE} URLs; two RSS feeds; a home page linking to both) is served on "
        "127.0.0.1 by a separate process (ThreadingHTTPServer, HTTP/1.1 keep-alive; article "
        "pages rendered before the crawl and served gzipped, as a site's cache would, so "
        "that the server, which shares the crawl's cores here, costs what a real one would "
        "cost the crawl: nothing but the transfer). Each crawl runs in a child process "
        "into a fresh SQLite file "
        "in a temp dir, with "
        '`crawl(db, [Source(name="bench", site=base + "/", interval=0)], settings)`; crawl '
        "time is the `crawl()` call (fetch + extract + annotate + store, extraction pool "
        "start-up included) and crawl pages/s = articles stored ÷ that time. The text-only "
        "crawl, into a fresh archive too, uses `annotate_pages=False` (text only: fetch + "
        "extract + store, annotation left for later), the like-for-like comparison with "
        "extraction alone; the default crawl compares with extract + annotate alone. Memory: RSS "
        "(`/proc/<pid>/status` VmRSS) and PSS (`/proc/<pid>/smaps_rollup`) of the crawl "
        f"process and all its descendants, sampled every {SAMPLE_INTERVAL} s; “total RSS” "
        "counts pages shared between the forkserver's children once per process, PSS "
        "splits them. CPU time per process from `/proc/<pid>/stat`. Alone: every page "
        "fetched once into memory (untimed), then timed over all pages after a "
        f"{WARMUP_PAGES}-page warm-up in this process, and through "
        f"`ProcessPoolExecutor({args.workers})` (forkserver, one task per page returning "
        "the result, as the crawl does; pool warmed up first): `archiver.extract(html, url)` "
        "alone (the issue's yardstick), and extract + `archiver.annotate(article)`, which "
        f"is what a crawl worker does per page (on at most {ANNOTATE_SAMPLE:,} pages). "
        "The site server competes for the same cores during the crawl (its CPU time is "
        "listed), but not during the runs alone. The "
        "machine may be shared: the load average before each run is listed."
        + repeats_method(args, results),
        "",
        "## Results",
        "",
        tables(results, args.workers),
        "",
        "## Goal (crawl ≥ 0.8× extraction alone, peak memory < 300 MB and flat)",
        "",
        "The issue's yardstick is extraction alone, and the crawl is to reach 0.8x of it by "
        "using more than one core for extraction while network and storage hide behind "
        "that work; so the goal compares with extraction alone in one process. The ratio to "
        f"extraction in {args.workers} processes (all of this machine's cores doing nothing "
        "but extraction) is given after it.",
        "",
        *goal_lines(results),
        "",
        "## Failures",
        "",
        *(failures or ["None: every generated page was stored."]),
    ]
    for profile in profiles:
        kind = "text-only crawl" if profile.text_only else "default crawl"
        parts += [
            "",
            f"## Profile of the crawler's main process: {kind}, {profile.pages:,} pages (cProfile)",
            "",
            f"{profile.stored:,} pages in {profile.seconds:.1f} s under the profiler. "
            "Extraction runs in the workers, so it shows here as waiting (`epoll`); "
            "coroutine call counts include every resumption.",
            "",
            "```",
            (profile.profile or "").strip(),
            "```",
        ]
    text = "\n".join(parts) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return text


# ---------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default=None, help=f"site sizes (default {DEFAULT_SIZES})")
    parser.add_argument("--pages", type=int, default=None, help="one site size (= --sizes N)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--report", type=Path, default=DEFAULT_REPORT)
    parser.add_argument(
        "--scrapy",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also crawl with Scrapy (default: when scrapy is importable)",
    )
    parser.add_argument(
        "--text-crawl",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also crawl with annotate_pages=False (default: on, if the setting exists)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=DEFAULT_REPEATS,
        metavar="N",
        help="text-only crawl / extraction alone (1 process) pairs per size, interleaved; "
        f"the report gives medians and every pair (default {DEFAULT_REPEATS})",
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="PAGES",
        help="also crawl a PAGES-page site under cProfile and add the top entries",
    )
    hidden = argparse.SUPPRESS
    parser.add_argument("--child-crawl", action="store_true", help=hidden)
    parser.add_argument("--child-base", help=hidden)
    parser.add_argument("--child-db", help=hidden)
    parser.add_argument("--child-result", help=hidden)
    parser.add_argument("--child-profile", action="store_true", help=hidden)
    parser.add_argument("--child-text-only", action="store_true", help=hidden)
    args = parser.parse_args(argv)
    if args.pages is not None and args.sizes is not None:
        parser.error("give --pages or --sizes, not both")
    raw = str(args.pages) if args.pages is not None else (args.sizes or DEFAULT_SIZES)
    try:
        args.size_list = [int(s) for s in raw.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: not a list of integers: {raw!r}")
    if not args.size_list or min(args.size_list) < 1:
        parser.error("sizes must be positive")
    if args.workers < 1 or args.concurrency < 1:
        parser.error("--workers and --concurrency must be at least 1")
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child_crawl:
        child_crawl(args)
        return 0
    command = shlex.join(
        ["python", "benchmarks/crawl.py", *(sys.argv[1:] if argv is None else argv)]
    )
    use_scrapy = scrapy_available() if args.scrapy is None else args.scrapy
    if use_scrapy and not scrapy_available():
        print("scrapy is not importable; install it into the venv to use --scrapy")
        use_scrapy = False
    if use_scrapy:
        scrapy_note = f"scrapy {version('scrapy')}, run at every size"
    elif scrapy_available():
        scrapy_note = "not run (--no-scrapy)"
    else:
        scrapy_note = "not run: scrapy is not installed in the venv"
    text_only = args.text_crawl and "annotate_pages" in {f.name for f in fields(Settings)}
    results: list[SizeResult] = []
    for pages in args.size_list:
        site = Site(pages, args.seed)
        with site_server(pages, args.seed) as (base, server_pid):
            print(f"[{pages:,} pages] site at {base}; crawling ...", flush=True)
            crawl_result = measure_crawl(base, server_pid, pages, args)
            print(f"[{pages:,} pages] {crawl_summary(crawl_result)}", flush=True)
            print(f"[{pages:,} pages] fetching the pages for extraction alone ...", flush=True)
            fetched = fetch_pages(base, site)
            repeats = measure_repeats(base, server_pid, site, fetched, args, text_only=text_only)
            print(f"[{pages:,} pages] extraction alone, the rest ...", flush=True)
            extraction = measure_extraction(site, fetched, args.workers, repeats)
            del fetched
            text_crawls = [r.crawl for r in repeats if r.crawl is not None]
            text_result = median_crawl(text_crawls) if text_crawls else None
            result = SizeResult(crawl_result, extraction, text_result, repeats=repeats)
            if use_scrapy:
                print(f"[{pages:,} pages] scrapy ...", flush=True)
                try:
                    result.scrapy = measure_scrapy(base, server_pid, pages, args.concurrency)
                except RuntimeError as exc:
                    result.scrapy_error = str(exc).splitlines()[0]
                    print(exc, file=sys.stderr)
            results.append(result)
    profiles: list[CrawlResult] = []
    if args.profile:
        with site_server(args.profile, args.seed) as (base, server_pid):
            for text in (False, True) if text_only else (False,):
                print(f"[profile] crawling {args.profile:,} pages under cProfile ...", flush=True)
                profiles.append(
                    measure_crawl(
                        base, server_pid, args.profile, args, text_only=text, profile=True
                    )
                )
    write_report(args.report, command, args, results, scrapy_note, profiles)
    print()
    print(tables(results, args.workers))
    print()
    print("\n".join(goal_lines(results)))
    for profile in profiles:
        print()
        print(profile.profile)
    print(f"\nreport written to {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
