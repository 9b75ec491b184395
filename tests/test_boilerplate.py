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
