"""Site-learned templates, on real SQLite archives."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from conftest import fetched_page

from archiver import open_db, templates
from archiver.models import FetchResult
from archiver.pipeline import archive_fetched, reextract
from archiver.store.templates import SitePage

SLOGAN = "Bringing the valley home to you, every single morning since 1921"
ABOUT = (
    "The Valley Ledger is an independent, reader-supported newsroom covering Millbrook "
    "County and the towns along the river."
)
DISCLOSURE = "The Valley Water Board is among the Ledger's financial supporters."
BACKGROUND = (
    "The reservoir was built in 1962 and holds the water supply of forty thousand "
    "people in the county."
)
TOPICS = ["ferry fares", "school levy", "bridge repairs", "library hours", "council race"]


def story(n: int) -> list[str]:
    topic = TOPICS[n]
    lead = [
        f"The county board voted on the {topic} on Tuesday night after a long debate "
        f"that ran past midnight, story number {n}.",
        f"Residents who spoke about the {topic} were divided, and the board said it "
        f"would return to the question of the {topic} next month.",
        f"A final vote on the {topic} is expected in the spring, officials said in a "
        "statement released on Wednesday morning.",
    ]
    # a background paragraph reused in many stories, wherever it fits: content
    return [*lead[: 1 + n % 3], BACKGROUND, *lead[1 + n % 3 :]]


def page(n: int) -> str:
    body = "".join(f"<p>{line}</p>" for line in story(n))
    return (
        f"<html><head><title>Story {n}: {TOPICS[n]}</title></head><body>"
        f"<article><h1>Story {n}: {TOPICS[n]}</h1><p>{SLOGAN}</p>{body}"
        f"<p>{ABOUT}</p><p>{DISCLOSURE}</p></article></body></html>"
    )


def fetched(n: int) -> FetchResult:
    url = f"https://ledger.example/2025/04/0{n + 1}/story-{n}"
    return fetched_page(page(n), url, datetime(2025, 4, n + 1, tzinfo=UTC))


@pytest.fixture
def archive(tmp_path):
    return open_db(tmp_path / "templates.db")


def text_of(db, n: int) -> str:
    url = fetched(n).url
    return db.execute("select text from articles where url = ?", [url]).fetchone()[0]


def removals_of(db, n: int) -> list[dict]:
    row = db.execute(
        "select removed from article_versions join articles on articles.id = article_id "
        "where articles.url = ? order by version desc limit 1",
        [fetched(n).url],
    ).fetchone()
    return json.loads(row[0])


def test_find_template_keeps_recurring_edge_lines_only():
    pages = [SitePage("\n\n".join([SLOGAN, *story(n), ABOUT, DISCLOSURE]), []) for n in range(4)]
    pages.append(SitePage("\n\n".join(["A one-off opening line.", *story(4)]), []))
    found = {line.text: line.pages for line in templates.find_template(pages)}
    assert found == {SLOGAN: 4, ABOUT: 4}  # no disclosure, no middle line, no one-off


def test_find_template_needs_several_pages_and_a_share_of_the_site():
    two = [SitePage("\n\n".join([SLOGAN, *story(n)]), []) for n in range(2)]
    assert templates.find_template(two) == []  # recurs, but on two pages only
    rest = [SitePage("\n\n".join(story(n % 5)), []) for n in range(6)]
    three_of_nine = [SitePage("\n\n".join([SLOGAN, *story(n)]), []) for n in range(3)] + rest
    assert templates.find_template(three_of_nine) == []  # a third of the site is not enough


def test_site_template_is_learned_from_the_archive_and_removed_on_later_pages(archive):
    for n in range(4):
        assert archive_fetched(archive, fetched(n)).outcome == "new"
    # four pages of one site: learned after the fourth
    site = templates.site_of(fetched(0).url)
    assert set(templates.lines_for(archive, site)) == {SLOGAN, ABOUT}
    assert ABOUT in text_of(archive, 3)  # pages stored before learning still have it

    archive_fetched(archive, fetched(4))
    text = text_of(archive, 4)
    assert SLOGAN not in text and ABOUT not in text
    assert DISCLOSURE in text  # a disclosure line is never template
    assert BACKGROUND in text  # reused in the middle of stories: content
    removed = {r["text"]: r["rule"] for r in removals_of(archive, 4)}
    assert removed[ABOUT] == "site-template"


def test_reextraction_applies_the_template_to_earlier_pages_and_keeps_it_learned(archive):
    for n in range(5):
        archive_fetched(archive, fetched(n))
    outcomes = reextract(archive)
    assert {o.outcome for o in outcomes} <= {"changed", "unchanged"}
    for n in range(5):
        text = text_of(archive, n)
        assert ABOUT not in text and SLOGAN not in text
        assert DISCLOSURE in text and BACKGROUND in text
    # learning again from texts that no longer show the lines keeps them learned
    site = templates.site_of(fetched(0).url)
    assert set(templates.learn(archive, site)) == {SLOGAN, ABOUT}


def test_a_site_with_few_pages_learns_nothing(archive):
    for n in range(3):
        archive_fetched(archive, fetched(n))
    site = templates.site_of(fetched(0).url)
    assert templates.lines_for(archive, site) == []
    assert templates.learn(archive, site) == []
    assert archive.execute("select count(*) from site_templates").fetchone()[0] == 1


def test_templates_are_kept_per_site(archive):
    for n in range(4):
        archive_fetched(archive, fetched(n))
    assert templates.lines_for(archive, "other.example") == []
