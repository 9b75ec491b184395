import pytest

from archiver.boilerplate import classify, clean_lines, is_bio


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Play Live Radio", "player-widget"),
        ("Next Up:", "player-widget"),
        ("0:00 0:00", "player-widget"),
        ("Available On Air Stations", "player-widget"),
        ("© 2024 WUNC North Carolina Public Radio", "copyright"),
        ("120 Friday Center Dr", "address"),
        ("Chapel Hill, NC 27517", "address"),
        ("919.445.9150 | 800.962.9862", "phone"),
        ("Updated at 1:40 p.m. ET", "updated-stamp"),
        ("More Stories", "rail"),
        ("Facebook Twitter LinkedIn Email", "rail"),
        ("Copyright 2021 NPR. To see more, visit https://www.npr.org.", "syndication-footer"),
    ],
)
def test_classify_boilerplate(line, rule):
    assert classify(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: Amazon, Apple and Google are among NPR's financial supporters.",
        "Disclosure: Harbor Freight Ferries is a sponsor of the Gazette's transit newsletter.",
        "The council met at 120 Friday Center Dr on Tuesday to hear from residents who "
        "objected to the plan, which would close the road for two years.",
        "Updated pickup times are posted on the district's transportation page.",
    ],
)
def test_body_lines_are_kept(line):
    assert classify(line) is None


def test_clean_lines_records_removals_and_learns_metadata():
    lines = [
        "Parler Sues Amazon",
        "Updated at 1:40 p.m. ET",
        "Body paragraph one.",
        "The messaging app Parler has been offline.",
        "Editor's note: Amazon, Apple and Google are among NPR's financial supporters.",
        "Copyright 2021 NPR. To see more, visit https://www.npr.org.",
        "Bill Chappell is a writer and editor on the News Desk.",
    ]
    kept, findings = clean_lines(
        lines,
        title="Parler Sues Amazon",
        captions=["The messaging app Parler has been offline."],
        authors=["Bill Chappell"],
    )
    assert kept == [
        "Body paragraph one.",
        "Editor's note: Amazon, Apple and Google are among NPR's financial supporters.",
    ]
    assert findings.original_publisher == "NPR"
    assert findings.updated_stamp == "1:40 p.m. ET"
    assert [r.rule for r in findings.removed] == [
        "title-repeat",
        "updated-stamp",
        "caption-duplicate",
        "syndication-footer",
        "author-bio",
    ]


def test_bio_needs_an_author_name_and_a_role():
    assert is_bio("Jane Roe is a reporter covering courts.", ["Jane Roe"])
    assert not is_bio("Jane Roe is a reporter covering courts.", ["John Doe"])
    assert not is_bio("Jane Roe said the ruling was a surprise.", ["Jane Roe"])


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Tags: water board, Millbrook dam", "tag-list"),
        ("Filed under:", "tag-list"),
        ("Get the latest updates right in your inbox. Subscribe to our newsletters.", "newsletter"),
        ("Follow NPR on Facebook, Twitter and Instagram.", "reader-promo"),
        ("Follow @ledgerdeals on Twitter to keep up with the latest deals.", "reader-promo"),
        ("Like this story? Share it with a friend!", "reader-promo"),
        ("Tell us what YOU think...", "reader-promo"),
        ("Email Jane Roe at jroe@example.org or follow her @janeroe.", "author-contact"),
        ("Have a tip? Jane Roe may be reached at jroe@example.org.", "author-contact"),
        ("(Reporting by Jane Roe; Editing by John Doe)", "reporting-credit"),
        ("Associated Press writer John Doe contributed to this report.", "reporting-credit"),
        ("The new terminal at dusk. (Photo: Jane Roe/Ledger)", "photo-credit"),
        ("Installation views, photos © Studio Roe, 2018", "photo-credit"),
        ("copyright Ledger 2019 - ISSN: 1234-5678", "copyright"),
        ("August 08, 2018", "date-stamp"),
        ("Published: 2018-09-28 17:32", "date-stamp"),
        ("You may also like...", "rail"),
        ("Story continues below", "rail"),
        ("This advertisement has not loaded yet, but your article continues below.", "rail"),
        ("Recommended Videos", "rail"),
        ("Media playback is unsupported on your device", "rail"),
        ("Advertisement - Continue Reading Below", "rail"),
        (
            '[button link="https://x.example/review" type="big"]Send us YOUR review[/button]',
            "shortcode",
        ),
    ],
)
def test_classify_more_boilerplate(line, rule):
    assert classify(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "29 November 2018 | 20 January 2019",  # an exhibition's run, not a stamp
        "2018.04.05 ~ OPEN RUN",
        "|---|---|---|---|---|",  # a table rule, not a phone number
        "- GPS",  # a list item, not a wire credit
        "The paper's newsletter business grew after the editors asked readers to subscribe "
        "and later expanded it into a daily digest that now reaches more readers than the "
        "printed edition did at its peak, according to figures released by the company on "
        "Tuesday in its annual report to shareholders.",
        "Follow the money, the prosecutor told the jury on the first day of the trial.",
        "Tags are small plastic labels that farmers clip to each calf's ear at birth.",
        "[1] Alarm fatigue: impacts on patient safety, Curr Opin Anaesthesiol. 2015 [2]",
    ],
)
def test_more_body_lines_are_kept(line):
    assert classify(line) is None


def test_title_is_removed_anywhere_but_other_headlines_only_before_the_body():
    lines = [
        "Section heading",
        "First paragraph of the story, long enough to be the body text of it.",
        "Other Story Headline",
        "Ferry Fares Rise",
        "Last paragraph.",
    ]
    kept, findings = clean_lines(
        lines, title="Ferry Fares Rise", headlines=["Other Story Headline", "Section heading"]
    )
    assert kept == [lines[1], "Other Story Headline", "Last paragraph."]
    assert [r.rule for r in findings.removed] == ["title-repeat", "title-repeat"]


def test_lines_before_the_headline_are_page_top_chrome():
    story = ["A long first paragraph of the story. " * 5, "A second paragraph. " * 5]
    kept, findings = clean_lines(
        ["Review", "Ferry Fares Rise – Ledger", *story], title="Ferry Fares Rise"
    )
    assert kept == story
    assert [r.rule for r in findings.removed] == ["before-headline", "title-repeat"]


def test_a_headline_after_the_story_does_not_remove_the_story():
    story = ["A long first paragraph of the story. " * 5, "A second paragraph. " * 5]
    kept, _ = clean_lines([*story, "Ferry Fares Rise", "Ledger"], title="Ferry Fares Rise")
    assert kept == [*story, "Ledger"]


def test_disclosure_before_the_headline_is_kept():
    lines = ["Disclosure: the ferry line is a sponsor of the Ledger.", "Ferry Fares Rise", "Body."]
    kept, _ = clean_lines(lines, title="Ferry Fares Rise")
    assert kept == [lines[0], "Body."]


def test_page_url_site_name_dek_and_template_lines():
    lines = [
        "The board voted to borrow for the dam.",
        "https://www.ledger.example/2025/04/02/reservoir/",
        "Body paragraph.",
        "The Valley Ledger",
        "Read the Ledger on your phone",
        "https://other.example/report.pdf",
    ]
    kept, findings = clean_lines(
        lines,
        deks=["The board voted to borrow for the dam."],
        site_names=["The Valley Ledger"],
        page_urls=["https://ledger.example/2025/04/02/reservoir"],
        template=["Read the Ledger on your phone"],
    )
    assert kept == ["Body paragraph.", "https://other.example/report.pdf"]
    assert [r.rule for r in findings.removed] == [
        "dek-repeat",
        "page-url",
        "site-name",
        "site-template",
    ]
