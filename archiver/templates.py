"""Site-learned templates: lines that recur across many pages of one site are its template.

The per-page rules (``extract.py``, ``boilerplate.py``) cannot know that "Ascom is a
global solutions provider ..." closes every press release of one site, or that a station
prints its slogan above every story; the archive can. ``learn(db, site)`` reads the
site's latest articles and keeps the lines that open or close many of them;
``lines_for(db, site)`` hands them to ``extract`` (the ``template`` argument), which
removes them as rule ``site-template`` on later pages and on re-extraction.

Guards, so that a story's own words are never learned: a line counts only at a page's
edges (its first or last lines), where templates sit and reused background paragraphs
do not; it must recur on several pages and on a good share of the site's sample; a
disclosure line is never learned; and extraction never removes a disclosure anyway.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import sqlite_utils

from .boilerplate import DISCLOSURE, normalise
from .store import templates as store
from .store.templates import SitePage, TemplateLine
from .urls import canonicalize, host_key

# A line is template when it recurs on at least this many pages...
MIN_PAGES = 3
# ...and on at least this share of the sampled pages of the site.
MIN_SHARE = 0.5
# A site needs this many articles before anything is learned from it.
MIN_SITE_PAGES = 4
# Learning reads the site's most recently changed articles (templates change over time).
SAMPLE = 200
# Where templates sit: the first and last lines of a page.
LEADING_LINES = 3
TRAILING_LINES = 5
# Relearn once the site has grown by this factor since the last learning.
RELEARN_GROWTH = 1.5


def site_of(url: str) -> str:
    """The site key of a page, as ``articles.site`` stores it."""
    return host_key(canonicalize(url))


def find_template(pages: Iterable[SitePage], known: Iterable[str] = ()) -> list[TemplateLine]:
    """The lines that open or close many of ``pages`` at the same place: the same line
    first (or second...) on a page, or last (or second to last...).

    ``known`` is the template learned so far: pages extracted before it was learned
    still show its lines, later ones do not; places are counted without them, so that
    the same paragraph has the same place on both."""
    pages = list(pages)
    known_keys = {normalise(line) for line in known}
    counts: Counter[tuple[str, int]] = Counter()
    shown: dict[str, str] = {}
    for page in pages:
        for place, line in _edge_lines(page, known_keys):
            key = normalise(line)
            if key:
                counts[key, place] += 1
                shown.setdefault(key, " ".join(line.split()))
    needed = max(MIN_PAGES, MIN_SHARE * len(pages))
    best: dict[str, int] = {}
    for (key, _), n in counts.items():
        best[key] = max(best.get(key, 0), n)
    # a disclosure is never template, however often it recurs (checked last: the
    # pattern is costly and only the few recurring lines need it)
    lines = (
        TemplateLine(key=key, text=shown[key], pages=n)
        for key, n in best.items()
        if n >= needed and not DISCLOSURE.search(shown[key])
    )
    return sorted(lines, key=lambda line: (-line.pages, line.key))


REMOVED = 0  # the place of a line already removed as template: it was at an edge


def _edge_lines(page: SitePage, known: set[str]) -> set[tuple[int, str]]:
    """A page's first and last lines with their places (1, 2, 3 from the top; -1, -2...
    from the bottom), and its lines of the known template, removed or not yet, which
    stay template while the site keeps printing them."""
    lines = [" ".join(line.split()) for line in page.text.split("\n\n") if line.strip()]
    template = [" ".join(line.split()) for line in page.template]
    if known:
        template += [line for line in lines if normalise(line) in known]
        lines = [line for line in lines if normalise(line) not in known]
    edges = {(index + 1, line) for index, line in enumerate(lines[:LEADING_LINES])}
    edges |= {(-index - 1, line) for index, line in enumerate(reversed(lines[-TRAILING_LINES:]))}
    return edges | {(REMOVED, line) for line in template}


def learn(db: sqlite_utils.Database, site: str) -> list[str]:
    """Learn the site's template from its latest articles, store it and return its lines.
    A site with too few articles gets an empty template."""
    articles = store.site_article_count(db, site)
    pages = store.site_pages(db, site, SAMPLE)
    known = store.template_lines(db, site)
    lines = find_template(pages, known) if len(pages) >= MIN_SITE_PAGES else []
    store.save_template(db, site, lines, articles)
    return [line.text for line in lines]


def learning_due(articles: int, learned_at: int | None) -> bool:
    """A site is (re)learned once it has enough articles and has grown since last time."""
    if articles < MIN_SITE_PAGES:
        return False
    return learned_at is None or articles >= learned_at * RELEARN_GROWTH


def lines_for(db: sqlite_utils.Database, site: str) -> list[str]:
    """The site's learned template lines, for ``extract(..., template=...)``."""
    return store.template_lines(db, site)


class SiteTemplates:
    """A run's view of site templates (a crawl, an import, a re-extraction): each
    site's lines kept in memory, and its articles counted as they are stored, so a page
    costs no query (counting a site's articles reads its whole index, which grows with
    the archive). Learns a site again when it is due."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._lines: dict[str, tuple[str, ...]] = {}
        self._articles: dict[str, int] = {}
        self._learned_at: dict[str, int | None] = {}

    def lines(self, site: str) -> tuple[str, ...]:
        if site not in self._lines:
            self._lines[site] = tuple(lines_for(self.db, site))
        return self._lines[site]

    def stored(self, site: str, new: bool) -> None:
        """An article of ``site`` was stored (``new``: a new one); learn if due."""
        if site not in self._articles:
            self._articles[site] = store.site_article_count(self.db, site)
            self._learned_at[site] = store.learned_at_count(self.db, site)
        elif new:
            self._articles[site] += 1
        if learning_due(self._articles[site], self._learned_at[site]):
            self._lines[site] = tuple(learn(self.db, site))
            self._learned_at[site] = self._articles[site]
