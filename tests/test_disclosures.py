"""Sponsor and ownership disclosures on hand-written sentences that no labelled set
contains: each stage (tie cue, rejection of look-alikes, sponsor list) can fail on them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from archiver.annotate.disclosures import classify_sentence, find_disclosures, split_sponsors


@pytest.mark.parametrize(
    ("sentence", "outlet", "relation", "sponsors"),
    [
        # noun forms: possessive, "of", modifier, inverted
        (
            "Editor's note: Corvane and Lisbet Labs are among WQRT's recent financial supporters.",
            "WQRT",
            "financial supporter",
            ["Corvane", "Lisbet Labs"],
        ),
        ("Tamber Bank is a Gold-level sponsor of WQRT.", "WQRT", "sponsor", ["Tamber Bank"]),
        ("Tamber Bank is a longtime WQRT underwriter.", "WQRT", "underwriter", ["Tamber Bank"]),
        (
            "Among the Tallis Gazette's underwriters are Orla Airlines and Pike Motors.",
            "Tallis Gazette",
            "underwriter",
            ["Orla Airlines", "Pike Motors"],
        ),
        # verb forms
        (
            "Tamber Bank and Orla Airlines underwrite WQRT.",
            "WQRT",
            "underwriter",
            ["Tamber Bank", "Orla Airlines"],
        ),
        (
            "Hollin Partners has pledged $2 million to The Orchard Ledger.",
            "The Orchard Ledger",
            "donor",
            ["Hollin Partners"],
        ),
        (
            "The Dorrance Fund provided a grant to support this reporting.",
            None,
            "funder",
            ["Dorrance Fund"],
        ),
        # passive and credit forms
        (
            "This episode is brought to you by Fennick Mattress Co.",
            None,
            "sponsor",
            ["Fennick Mattress Co."],
        ),
        (
            "Support for this podcast and the following message come from Orla Airlines.",
            None,
            "underwriter",
            ["Orla Airlines"],
        ),
        (
            "Funding for WQRT's coverage of the statehouse comes from the Lund Foundation.",
            "WQRT",
            "underwriter",
            ["Lund Foundation"],
        ),
        (
            "WQRT is supported by its members and by grants from the Benn Fund and Auster Bank.",
            "WQRT",
            "funder",
            ["Benn Fund", "Auster Bank"],
        ),
        (
            "The Ledger is a grantee of the Hamar Foundation.",
            "The Ledger",
            "funder",
            ["Hamar Foundation"],
        ),
        # ownership, parent companies and licensing
        ("Pellam Capital is the owner of this newspaper.", None, "owner", ["Pellam Capital"]),
        (
            "The Ferrand Group holds a controlling stake in The Coast Daily.",
            "The Coast Daily",
            "owner",
            ["Ferrand Group"],
        ),
        (
            "The Tallis Herald licenses its photo archive to Quorra Inc.",
            "The Tallis Herald",
            "licensing partner",
            ["Quorra Inc."],
        ),
        # asides and relative clauses inside sentences about something else
        (
            "Tamber Bank, a WQRT underwriter since 2015, declined to comment.",
            "WQRT",
            "underwriter",
            ["Tamber Bank"],
        ),
        (
            "Mara Quint, whose foundation supports this newsroom, declined to comment.",
            None,
            "funder",
            ["Mara Quint"],
        ),
        (
            "Hale Robotics is among the companies that fund this station.",
            None,
            "funder",
            ["Hale Robotics"],
        ),
        (
            "WQRT counts Hale Robotics and Pike Motors among its underwriters.",
            "WQRT",
            "underwriter",
            ["Hale Robotics", "Pike Motors"],
        ),
        (
            "A grant from the Hamar Foundation supports WQRT's education reporting.",
            "WQRT",
            "funder",
            ["Hamar Foundation"],
        ),
        (
            "The Coast Daily has been owned by the Hale family since 1952.",
            "The Coast Daily",
            "owner",
            ["Hale family"],
        ),
        ("Hale Robotics CEO Ada Hale is a donor to WQRT.", "WQRT", "donor", ["Ada Hale"]),
        # disclosures inside longer sentences
        (
            "Pell Robotics — which, like Arden Bancorp, is an underwriter of WQMR — declined to "
            "comment.",
            "WQMR",
            "underwriter",
            ["Pell Robotics"],
        ),
        (
            "The bill was drafted with input from several companies, and Arden Bancorp is a "
            "sponsor of WQMR.",
            "WQMR",
            "sponsor",
            ["Arden Bancorp"],
        ),
        (
            "Both Arden Bancorp and Pell Robotics are NPR sponsors.",
            "NPR",
            "sponsor",
            ["Arden Bancorp", "Pell Robotics"],
        ),
        (
            "Arden Bancorp; Pell Robotics; and the Okonkwo Foundation help fund The 19th.",
            "The 19th",
            "funder",
            ["Arden Bancorp", "Pell Robotics", "Okonkwo Foundation"],
        ),
        (
            "WQMR underwriter Arden Bancorp did not respond to a request for comment.",
            "WQMR",
            "underwriter",
            ["Arden Bancorp"],
        ),
        (
            "NPR has a financial relationship with Arden Bancorp.",
            "NPR",
            "financial supporter",
            ["Arden Bancorp"],
        ),
        (
            "McDonald's and Arden Bancorp are NPR sponsors.",
            "NPR",
            "sponsor",
            ["McDonald's", "Arden Bancorp"],
        ),
        ("Former Westfield Mayor Dana Pike is a donor to WQMR.", "WQMR", "donor", ["Dana Pike"]),
        (
            "Arden Bancorp is underwriting WQMR's election coverage.",
            "WQMR",
            "underwriter",
            ["Arden Bancorp"],
        ),
        ("WQMR is funded, in part, by Arden Bancorp.", "WQMR", "funder", ["Arden Bancorp"]),
        (
            "Arden Bancorp accounts for 10 percent of WQMR's budget.",
            "WQMR",
            "funder",
            ["Arden Bancorp"],
        ),
        (
            "Arden Bancorp has agreed to support The Ledger.",
            "The Ledger",
            "funder",
            ["Arden Bancorp"],
        ),
        (
            "The Ledger was awarded a grant by the Okonkwo Foundation.",
            "The Ledger",
            "funder",
            ["Okonkwo Foundation"],
        ),
        (
            "Arden Bancorp and Pell Robotics — both NPR sponsors — declined to comment.",
            "NPR",
            "sponsor",
            ["Arden Bancorp", "Pell Robotics"],
        ),
        ("Arden Bancorp sponsors a weekly segment on WQMR.", "WQMR", "sponsor", ["Arden Bancorp"]),
        ("With support from the Okonkwo Foundation.", None, "funder", ["Okonkwo Foundation"]),
        (
            "The Associated Press education team receives support from the Okonkwo Foundation.",
            "The Associated Press",
            "funder",
            ["Okonkwo Foundation"],
        ),
        (
            "Corlis AI and The Ledger signed a content-licensing deal in May.",
            "The Ledger",
            "licensing partner",
            ["Corlis AI"],
        ),
        # a station writing of itself as "the station"
        (
            "Arden Bancorp is an underwriter of the station.",
            None,
            "underwriter",
            ["Arden Bancorp"],
        ),
        # labels
        ("Sponsored by Arden Bancorp.", None, "sponsor", ["Arden Bancorp"]),
        (
            "In the interest of full disclosure, Arden Bancorp is a sponsor of Nightjar.",
            "Nightjar",
            "sponsor",
            ["Arden Bancorp"],
        ),
        (
            "Reporter Ana Ruiz's position is supported by the Hamar Foundation.",
            None,
            "funder",
            ["Hamar Foundation"],
        ),
        (
            "The Bill and Melinda Gates Foundation is a funder of WQRT.",
            "WQRT",
            "funder",
            ["Bill and Melinda Gates Foundation"],
        ),
        # an outlet whose name has no newspaper word, described as one
        (
            "Fieldnotes, a nonprofit newsroom covering farming, receives support from the "
            "Grange Fund.",
            "Fieldnotes",
            "funder",
            ["Grange Fund"],
        ),
    ],
)
def test_disclosure_forms(sentence, outlet, relation, sponsors):
    assert classify_sentence(sentence) == (outlet, relation, sponsors)


@pytest.mark.parametrize(
    "sentence",
    [
        # ties to something other than an outlet
        "Tamber Bank is the title sponsor of the Harbor Lights Parade.",
        "Pike Motors is a major donor to Mayor Chen's re-election campaign.",
        "Tamber Bank is a financial supporter of Gov. Alma Ruiz.",
        "Tamber Bank is a longtime supporter of Riverside Pride.",
        "The Riverside Clinic receives funding from the Hamar Foundation.",
        "Orla Airlines is an underwriter of the county's bond issue.",
        "Halvard Systems has invested in Brightlatch and Quantix.",
        "Northway Health is a subsidiary of Quanta Care Inc.",
        "The Tallis Gazette is a member of the Associated Press.",
        "Support for the measure comes from Pike Motors and Tamber Bank.",
        "The study was supported by a grant from the Hamar Foundation.",
        "Her employer, Lattice Systems, agreed to sponsor her work visa.",
        "The Valley Sentinel is a reporting partner of WQRT.",
        "Pike Motors, an advertiser on local TV stations, cut its budget.",
        "Backed by Cobalt Ventures, Lumora raised $40 million.",
        "Dr. Ana Ruiz's research is supported by the Hamar Foundation.",
        "The Brisco Family Fund is a longtime funder of the University of Westfield.",
        "Support for Mayor Chen comes from Arden Bancorp.",
        "WQMR is a member station of NPR.",
        "Arden Bancorp owns the building that houses the Coast Daily's newsroom.",
        "WQMR sponsors the Riverport Jazz Festival every summer.",
        "Arden Bancorp advertises on billboards across the state.",
        "This event is presented by Arden Bancorp.",
        "The team won a grant from the Okonkwo Foundation.",
        "Arden Bancorp has donated to NPR member stations across the country.",
        "Pell Robotics paid The Ledger $40,000 to settle a lawsuit.",
        "Westfield officials receive funding from Arden Bancorp.",
        "Arden Bancorp provides much of Westfield County's funding for roads.",
        "The Westfield Eagles are owned by Pike Motors founder Dan Pike.",
        # news about another paper's owner
        "Sinclair Group, which owns the station, said it would appeal.",
        "The newspaper's new owner, Gannish Media, plans to cut staff.",
        "Gannish Media, which owns the Valley Times and dozens of other papers, reported a loss.",
        "The Ledger's parent company, Tallis Media, reported a quarterly loss.",
        # forms that are not disclosures
        '"Full disclosure: Orla Airlines sponsors my podcast," she joked.',
        "Correction: An earlier version of this story misidentified Tamber Bank as a sponsor of "
        "WQRT.",
        "NPR's financial supporters were the subject of a hearing on Tuesday.",
        "Our sponsors have no say in our coverage.",
        "Readers like you support our journalism.",
        "Staff writer Ana Ruiz contributed to this report.",
    ],
)
def test_look_alikes_are_not_disclosures(sentence):
    assert classify_sentence(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "context", "expected"),
    [
        (
            "She is also a donor to The Orchard Ledger.",
            "The suit was filed by Marisol Okafor, a Westfield developer.",
            ("The Orchard Ledger", "donor", ["Marisol Okafor"]),
        ),
        (
            "Both companies are underwriters of this station.",
            "Orvane Telecom and Basalt Networks announced the merger on Monday.",
            (None, "underwriter", ["Orvane Telecom", "Basalt Networks"]),
        ),
        (
            "The bank is also a WQRT underwriter.",
            "Tamber Bank raised its fees on Monday.",
            ("WQRT", "underwriter", ["Tamber Bank"]),
        ),
    ],
)
def test_pronoun_subject_takes_sponsors_from_context(sentence, context, expected):
    assert classify_sentence(sentence, context) == expected


def test_company_subject_skips_people_in_context():
    context = "Ana Ruiz, the chief executive of Arden Bancorp, said the layoffs were painful."
    assert classify_sentence("The company is a WQMR underwriter.", context) == (
        "WQMR",
        "underwriter",
        ["Arden Bancorp"],
    )


def test_unfamiliar_outlet_counts_with_a_label_but_not_without():
    assert classify_sentence("Disclosure: Tamber Bank is a sponsor of Nightjar.") == (
        "Nightjar",
        "sponsor",
        ["Tamber Bank"],
    )
    assert classify_sentence("Tamber Bank is a sponsor of Nightjar.") is None


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Fairway Market; Solstice Bank; and Rios, Bell & Kaplan, LLP", None),
        ("Acme Holdings, Inc., Bright Path LLC, and the Okafor Family Trust", None),
        ("the German publisher Kessler Verlag SE", ["Kessler Verlag SE"]),
        ("Hale Robotics founder Ada Hale", ["Ada Hale"]),
        ("Pell & Rowe LLP, the Okonkwo Family Foundation, and viewers like you", None),
        ("Friends of the Earth", ["Friends of the Earth"]),
        ("Several companies, including Arden Bancorp and Pell Robotics", None),
        ("Arden Bancorp — along with Pell Robotics and the Okonkwo Foundation —", None),
        ("In 2020, Arden Bancorp (ARD)", ["Arden Bancorp"]),
        ("former Westfield Mayor Dana Pike", ["Dana Pike"]),
        ("McDonald's and Ben & Jerry's", ["McDonald's", "Ben & Jerry's"]),
        ("Lumora's chief executive, Yasmin Farouk", ["Yasmin Farouk"]),
        ("Marisol Vega's foundation", ["Marisol Vega"]),
    ],
)
def test_split_sponsors(raw, names):
    expected = {
        "Fairway Market; Solstice Bank; and Rios, Bell & Kaplan, LLP": [
            "Fairway Market",
            "Solstice Bank",
            "Rios, Bell & Kaplan, LLP",
        ],
        "Acme Holdings, Inc., Bright Path LLC, and the Okafor Family Trust": [
            "Acme Holdings, Inc.",
            "Bright Path LLC",
            "Okafor Family Trust",
        ],
        "Several companies, including Arden Bancorp and Pell Robotics": [
            "Arden Bancorp",
            "Pell Robotics",
        ],
        "Arden Bancorp — along with Pell Robotics and the Okonkwo Foundation —": [
            "Arden Bancorp",
            "Pell Robotics",
            "Okonkwo Foundation",
        ],
        "Pell & Rowe LLP, the Okonkwo Family Foundation, and viewers like you": [
            "Pell & Rowe LLP",
            "Okonkwo Family Foundation",
        ],
    }
    assert split_sponsors(raw) == (names if names is not None else expected[raw])


def test_find_disclosures_points_at_the_sentence():
    text = (
        "Orla Airlines raised fares on Monday. (Orla Airlines is a WQRT underwriter.) "
        "The airline did not comment."
    )
    [found] = find_disclosures(text)
    assert text[found.start : found.end] == "(Orla Airlines is a WQRT underwriter.)"
    assert (found.outlet, found.relation, found.sponsors) == (
        "WQRT",
        "underwriter",
        ["Orla Airlines"],
    )


def test_the_tie_patterns_compile_on_first_use_not_at_import():
    """A third of a second of compilation that only a process reading disclosures pays
    (not the CLI's start, nor a text-only crawl's workers)."""
    code = (
        "import archiver, archiver.cli; from archiver.annotate import disclosures as d; "
        "print(d.frames.cache_info().currsize); "
        "d.find_disclosures('Amazon is among NPR\\'s financial supporters.'); "
        "print(d.frames.cache_info().currsize)"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    assert found.stdout.split() == ["0", "1"]
