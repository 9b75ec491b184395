#!/usr/bin/env python3
# ruff: noqa: E501  (sentences are data)
"""Build disclosures.jsonl: the HELD-OUT sponsor/ownership-disclosure test set.

HELD OUT: do not read these sentences while developing the disclosure detector.

Positives are outlets disclosing a financial or ownership tie (financial
supporter, sponsor, funder, underwriter, donor, investor, owner, parent
company, licensing partner) in varied real-world phrasings. Hard negatives look
like disclosures but are not: affiliate-commission notices, network-affiliate
lines, update/correction/opinion notes starting "Editor's note", campaign and
bill supporters, event and team sponsors, investors in companies that are not
outlets, donors to universities and museums, research and park funding, bond
underwriters, news sentences about who owns an outlet, quoted personal "full
disclosure" asides, credit lines, and lists shaped like disclosures.

Every company, foundation, person and outlet is invented, except three real
outlet names (CalMatters, Marketplace, ProPublica) used only to exercise the
wording; the relationships stated for them are NOT facts. Written for this
project; CC0.

One JSON object per line, in the same format as
benchmarks/data/annotations/disclosures.jsonl:
  {"id", "sentence", "context", "is_disclosure", "outlet", "relation",
   "sponsors", "note"}

The item order is a fixed shuffle (seeded), so positives and negatives are
interleaved; the output is deterministic.

Run from anywhere:  python benchmarks/data/annotations-heldout/make_disclosures.py
"""

from __future__ import annotations

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "disclosures.jsonl")
SEED = 61

RELATIONS = {
    "financial supporter",
    "sponsor",
    "owner",
    "funder",
    "licensing partner",
    "underwriter",
    "donor",
    "parent company",
    "investor",
}

ITEMS: list[dict] = []


def pos(slug, sentence, outlet, relation, sponsors, note, context=None):
    ITEMS.append(
        {
            "slug": slug,
            "sentence": sentence,
            "context": context,
            "is_disclosure": True,
            "outlet": outlet,
            "relation": relation,
            "sponsors": sponsors,
            "note": note,
        }
    )


def neg(slug, sentence, note, context=None):
    ITEMS.append(
        {
            "slug": slug,
            "sentence": sentence,
            "context": context,
            "is_disclosure": False,
            "outlet": None,
            "relation": None,
            "sponsors": [],
            "note": note,
        }
    )


# =============================================================================
# Positives (HELD OUT)
# =============================================================================

pos("wkrv-disclosure-prefix",
    "Disclosure: The Bellwether Foundation is a financial supporter of WKRV.",
    "WKRV", "financial supporter", ["Bellwether Foundation"],
    "'Disclosure:' prefix; leading 'The' dropped from the foundation name")
pos("editors-note-two-supporters",
    "Editor's note: Tarnwood Energy and the Prell Family Foundation are among the financial supporters of Stonebridge Public Media.",
    "Stonebridge Public Media", "financial supporter", ["Tarnwood Energy", "Prell Family Foundation"],
    "positive that starts with \"Editor's note\"; two names joined by 'and'",
    context="Tarnwood Energy has applied to build a gas pipeline under the Serrin River.")
pos("newsletter-sponsor-null-outlet",
    "Corvane Health is a sponsor of this newsletter.",
    None, "sponsor", ["Corvane Health"], "'this newsletter': outlet null")
pos("station-underwrites-local-news",
    "Riverline Credit Union underwrites WSPQ's local news coverage.",
    "WSPQ", "underwriter", ["Riverline Credit Union"], "verb 'underwrites' instead of a noun; possessive outlet")
pos("general-operating-support",
    "The Kessler-Amato Trust provides general operating support to The Plainsman, a nonprofit newsroom.",
    "The Plainsman", "funder", ["Kessler-Amato Trust"], "'provides general operating support to' = funder; hyphenated name")
pos("podcast-sponsored-by",
    "This episode of the podcast is sponsored by Larchmont Mattress Co.",
    None, "sponsor", ["Larchmont Mattress Co."], "'sponsored by' with a trailing 'Co.'; podcast, outlet null")
pos("support-for-episode-comes-from",
    "Support for this episode comes from Vireo Analytics and the Dunstan Fund.",
    None, "sponsor", ["Vireo Analytics", "Dunstan Fund"], "public-media style 'Support for ... comes from'")
pos("newspaper-owned-by-group",
    "The Wendover Gazette is owned by Brackenridge Media Group, which also owns two television stations in the state.",
    "The Wendover Gazette", "owner", ["Brackenridge Media Group"], "ownership disclosure with a trailing relative clause",
    context="Brackenridge Media Group lobbied against the bill described in this article.")
pos("founder-owns-paper",
    "Ferro Industries founder Dmitri Sato owns The Portside Courier.",
    "The Portside Courier", "owner", ["Dmitri Sato"], "descriptor 'Ferro Industries founder' is not part of the name",
    context="Ferro Industries is one of the companies bidding on the harbor contract.")
pos("subsidiary-of-inc",
    "The Quillfeather Record is a subsidiary of Penwright Holdings, Inc., which is mentioned in this story.",
    "The Quillfeather Record", "parent company", ["Penwright Holdings, Inc."], "'a subsidiary of' = parent company; name keeps its comma and 'Inc.'")
pos("station-licensing-agreement",
    "WNRP has a licensing agreement with Syntharo, which pays to use the station's audio archive to train its speech models.",
    "WNRP", "licensing partner", ["Syntharo"], "'has a licensing agreement with'")
pos("content-licensing-partnership",
    "The Daily Ember has a content licensing partnership with Lumenfold, the company behind the chatbot described in this article.",
    "The Daily Ember", "licensing partner", ["Lumenfold"], "'content licensing partnership'; appositive after the name")
pos("cofounder-investor-in-publisher",
    "Oskar Lindfors, a co-founder of Tessary, is an investor in Civic Signal, the company that publishes this newsletter.",
    "Civic Signal", "investor", ["Oskar Lindfors"], "person as investor; appositive descriptor excluded; outlet is the named publisher")
pos("venture-firm-investor-publisher",
    "Venture firm Osier & Vane Capital is an investor in Brightfold Media, the publisher of this site.",
    "Brightfold Media", "investor", ["Osier & Vane Capital"], "descriptor 'Venture firm' dropped; ampersand in name")
pos("donors-to-nonprofit",
    "Hollister Energy Partners and the Mireault Family Foundation are donors to The Quarry Report.",
    "The Quarry Report", "donor", ["Hollister Energy Partners", "Mireault Family Foundation"], "'are donors to'")
pos("has-donated-to-station",
    "Juniper Health, which is mentioned in this story, has donated to WVLK.",
    "WVLK", "donor", ["Juniper Health"], "'has donated to' with an interrupting relative clause")
pos("corporate-underwriter-program",
    "Cascabel Bank is a corporate underwriter of KPLN's evening newscast.",
    "KPLN", "underwriter", ["Cascabel Bank"], "'corporate underwriter of' a station's program")
pos("major-funding-series",
    "Major funding for this series is provided by the Tolliver Foundation.",
    None, "funder", ["Tolliver Foundation"], "'Major funding ... is provided by'; outlet null")
pos("produced-with-support",
    "This story was produced with support from the Harwick Institute for Rural Journalism, which has no say over our coverage.",
    None, "funder", ["Harwick Institute for Rural Journalism"], "'produced with support from'; 'our coverage'")
pos("receives-funding-rate-case",
    "The Mesa Alta Voice receives funding from Quintana Water Co., whose rate increase is the subject of this article.",
    "The Mesa Alta Voice", "funder", ["Quintana Water Co."], "'receives funding from'")
pos("oxford-comma-llp-inc",
    "Among the Inkwell Collaborative's financial supporters are Tern, Rowe & Okediji, LLP, Gallowglass Software, Inc., and the Pemberton Family Trust.",
    "Inkwell Collaborative", "financial supporter", ["Tern, Rowe & Okediji, LLP", "Gallowglass Software, Inc.", "Pemberton Family Trust"],
    "inverted order ('Among X's supporters are'); names with internal commas, LLP and Inc.; Oxford comma")
pos("readers-like-you-and-grants",
    "Our journalism is made possible by readers like you and by grants from the Castellan Fund and Norvo Bank.",
    None, "funder", ["Castellan Fund", "Norvo Bank"], "'readers like you' is not a sponsor; 'our' -> outlet null")
pos("both-companies-context-only",
    "Both companies are financial supporters of KRLT.",
    "KRLT", "financial supporter", ["Ardwell Pharma", "Sitka Diagnostics"], "sponsors named only in the context sentence",
    context="The lawsuit names Ardwell Pharma and Sitka Diagnostics as defendants.")
pos("sponsors-climate-newsletter",
    "Saltgrass Utilities sponsors the Coastal Current's weekly climate newsletter.",
    "Coastal Current", "sponsor", ["Saltgrass Utilities"], "verb 'sponsors'; possessive outlet")
pos("real-outlet-calmatters",
    "Pemsworth Mutual is a financial supporter of CalMatters.",
    "CalMatters", "financial supporter", ["Pemsworth Mutual"], "real outlet name, invented supporter (wording example only)")
pos("real-outlet-marketplace",
    "Support for Marketplace comes from Ostrava Freight.",
    "Marketplace", "underwriter", ["Ostrava Freight"], "real program name, invented company (wording example only); on-air underwriting credit")
pos("minority-investor-in-paper",
    "Teeling Capital, whose managing partner sits on the Pinefield Post-Star's board, is a minority investor in the paper.",
    "Pinefield Post-Star", "investor", ["Teeling Capital"], "'minority investor in the paper'; outlet named earlier in the sentence")
pos("minority-stake-newsletter",
    "Quorra Networks holds a minority stake in StreetLevel, which publishes this newsletter.",
    "StreetLevel", "investor", ["Quorra Networks"], "'holds a minority stake in' = investor")
pos("newspapers-owner-also-owns",
    "The newspaper's owner, Corliss Family Holdings, also owns Corliss Concrete, which is mentioned in this article.",
    None, "owner", ["Corliss Family Holdings"], "'The newspaper's owner, NAME,' appositive; the other Corliss company is not the owner")
pos("station-licensed-to-university",
    "WHSB-FM is licensed to Saint Aldric University, whose athletics department is discussed in this story.",
    "WHSB-FM", "owner", ["Saint Aldric University"], "broadcast license holder = owner")
pos("subsidiary-chairman-quoted",
    "Hexham Today is a subsidiary of Greyline Media, whose chairman is quoted in this story.",
    "Hexham Today", "parent company", ["Greyline Media"], "'is a subsidiary of'")
pos("which-sponsors-this-newsletter",
    "Kettering Sports, which sponsors this newsletter, was not involved in the reporting of this story.",
    None, "sponsor", ["Kettering Sports"], "sponsor tie inside a relative clause; main clause is a non-involvement note")
pos("sponsored-content-paid-for",
    "This article is sponsored content paid for by Brightpath Learning.",
    None, "sponsor", ["Brightpath Learning"], "paid post label")
pos("bureau-underwritten-by",
    "The Chaparral Dispatch's statehouse bureau is underwritten by the Vasquez-Holt Foundation.",
    "The Chaparral Dispatch", "underwriter", ["Vasquez-Holt Foundation"], "passive 'is underwritten by'")
pos("charitable-arm-donor",
    "The Karsten Foundation, the charitable arm of Karsten Oil, is a donor to this station.",
    None, "donor", ["Karsten Foundation"], "appositive naming a second company is not a sponsor; 'this station'")
pos("parenthetical-full-disclosure-outlet",
    "(Full disclosure: Montclair Bank is one of this newsletter's sponsors.)",
    None, "sponsor", ["Montclair Bank"], "outlet-voice 'Full disclosure' in parentheses (contrast the quoted personal asides)")
pos("founding-sponsor-nonprofit",
    "Hartwell Insurance is a founding sponsor of The Kiln, a nonprofit newsroom covering the Ridgeback region.",
    "The Kiln", "sponsor", ["Hartwell Insurance"], "'founding sponsor of'")
pos("provided-grants-radio",
    "The Alcott Institute and Emberly Corp. have provided grants to Fairview Public Radio.",
    "Fairview Public Radio", "funder", ["Alcott Institute", "Emberly Corp."], "'have provided grants to'; 'Corp.' kept")
pos("financial-backer",
    "Pellucid, the chip designer, is a financial backer of The Circuit Desk but has no say over its coverage.",
    "The Circuit Desk", "financial supporter", ["Pellucid"], "'financial backer' = financial supporter; descriptor appositive excluded")
pos("trust-underwrites-environment",
    "The Hanlon Trust, which underwrites The Sandbar's environmental reporting, had no role in this story.",
    "The Sandbar", "underwriter", ["Hanlon Trust"], "underwriting tie in a relative clause")
pos("real-outlet-propublica-donors",
    "Donors to ProPublica include the Sorensen-Achebe Fund and Talbot Aerospace, which is the subject of this investigation.",
    "ProPublica", "donor", ["Sorensen-Achebe Fund", "Talbot Aerospace"], "real outlet name, invented donors (wording example only); inverted 'Donors to X include'")
pos("owned-by-parent-company-phrase",
    "Lakemont Radio's parent company, Orison Broadcasting, has a stake in the stadium project.",
    "Lakemont Radio", "parent company", ["Orison Broadcasting"], "\"X's parent company, NAME,\" appositive")

# =============================================================================
# Hard negatives (HELD OUT)
# =============================================================================

neg("affiliate-commission-generic",
    "If you buy something through links on this page, The Gearhouse may earn an affiliate commission.",
    "affiliate-commission notice")
neg("affiliate-commission-named-retailer",
    "We may receive a small commission from Hollin Outdoors when you purchase through our links.",
    "affiliate notice naming a retailer")
neg("network-affiliate",
    "KRTV is an affiliate of the Vista Broadcasting network.",
    "network affiliation, not a financial supporter")
neg("editors-note-updated-response",
    "Editor's note: This article was updated Thursday with comment from Tarnwood Energy.",
    "update note naming a company")
neg("editors-note-misstated-foundation",
    "Editor's note: An earlier version of this article misstated the name of the Mireault Family Foundation's director.",
    "correction-style editor's note mentioning a foundation")
neg("correction-sponsor-of-marathon",
    "Correction: A previous version of this story said Varnum Bank sponsored the marathon; it was Eastfield Credit Union.",
    "correction about an event sponsor")
neg("editors-note-opinion",
    "Editor's note: This piece is a guest commentary and reflects only the writer's views.",
    "opinion label")
neg("editors-note-no-endorsements",
    "Editor's note: The Highcrest Sentinel does not endorse political candidates.",
    "editorial-policy note naming an outlet")
neg("editors-note-content-warning",
    "Editor's note: This article contains descriptions of violence.",
    "content warning")
neg("bill-supporters",
    "The bill's supporters include the Grocers Alliance and the Coastal Anglers Association.",
    "supporters of legislation")
neg("campaign-financial-supporters",
    "Major financial supporters of the Yes on Measure K campaign include Dovecote Properties and the Builders' Council.",
    "financial supporters of a ballot campaign")
neg("campaign-donor-declined",
    "Alvarado, a longtime donor to the governor's campaign, declined to comment.",
    "campaign donor")
neg("quoted-full-disclosure-shares",
    "\"Full disclosure: I own shares in the company,\" Poirier told the panel, drawing laughter.",
    "personal 'full disclosure' aside inside a quote")
neg("quoted-interest-of-full-disclosure",
    "\"In the interest of full disclosure, my brother works for Oxley,\" the commissioner said before recusing himself.",
    "personal disclosure inside a quote")
neg("news-media-company-sells-paper",
    "Aurelian Media, which owns The Harbor Clarion, announced Tuesday that it would sell the paper to a group of local investors.",
    "ownership of an outlet reported as news")
neg("news-bought-paper",
    "Hedge fund manager Colm Devlin bought the Eastport Herald for $12 million last year and cut its newsroom by half.",
    "purchase of an outlet reported as news")
neg("news-owners-never-interfered",
    "Vasilescu said the paper's owners had never interfered with her reporting.",
    "mentions owners but discloses no tie")
neg("festival-sponsors",
    "The festival is sponsored by Pelham Brewing and Radcliffe Motors.",
    "event sponsors")
neg("sponsored-legislation",
    "Sen. Okoye-Randall sponsored the legislation, which passed 54-45.",
    "sponsor of a bill")
neg("regatta-title-sponsor",
    "Vandeventer Energy is the title sponsor of the Gullwing Cup sailing regatta.",
    "title sponsor of a sporting event")
neg("team-jersey-sponsor",
    "Halberd Motors sponsors the Rivertown Otters' jerseys.",
    "company sponsoring a team")
neg("hackathon-sponsor",
    "Vesper Labs, a sponsor of last year's hackathon, was not involved in this year's event.",
    "event sponsor with a non-involvement clause that mimics disclosures")
neg("investor-in-app-in-news",
    "Gannet Ventures is an investor in Loomly, the scheduling app whose data breach is the subject of this story.",
    "investor in a company in the news, not in the outlet")
neg("early-investors-company",
    "Early investors in the company include Brightmoor Capital and the Ostrander Fund.",
    "venture investors in a non-outlet company")
neg("stake-in-team",
    "Greenbriar Capital owns a 40 percent stake in the Rockport Mariners.",
    "stake in a sports team")
neg("owner-of-mall",
    "Fenimore Partners, which owns the Birchfield Commons mall, said it would appeal the ruling.",
    "owner of a non-outlet business")
neg("university-gift",
    "The Redfern Family Foundation donated $20 million to Thackeray College for a new engineering building.",
    "donor to a university")
neg("museum-wing-gift",
    "The museum's new wing was funded by a gift from the Ostrow family.",
    "donor to a museum")
neg("symphony-major-donor",
    "Orland Kessell is a major donor to the Rivermouth Symphony, where his wife sits on the board.",
    "donor to an arts organization")
neg("research-funding",
    "The study was funded by the National Institutes of Health and the Cairncross Foundation.",
    "research funding")
neg("park-restoration-funding",
    "The park's restoration was paid for by the Amberley Conservancy and state grants.",
    "park funding")
neg("library-tax-funding",
    "The city funds the library through a dedicated property tax.",
    "government funding")
neg("public-broadcasting-rescission",
    "Congress voted to rescind $1.1 billion in funding for public broadcasting, including money for local stations.",
    "news about public-media funding; no outlet discloses a tie")
neg("bond-lead-underwriter",
    "Harcourt Bank served as lead underwriter for the city's $300 million bond sale.",
    "bond underwriter")
neg("underwriting-standards",
    "Underwriting standards at regional banks have tightened since the spring, the report found.",
    "loan underwriting standards")
neg("parks-department-sponsored-cleanup",
    "Sponsored by the Parks Department, the cleanup drew 400 volunteers.",
    "government-sponsored event")
neg("contributed-reporting",
    "Imre Valdivia contributed reporting from Sacramento.",
    "credit line")
neg("photos-courtesy",
    "Photos courtesy of Brixham Industries.",
    "courtesy credit naming a company")
neg("membership-appeal",
    "Support local journalism: become a member today.",
    "donation appeal with no named supporter")
neg("did-not-respond-list",
    "Mortlake Foods, Tessaro Inc. and Pinebrook Dairy did not respond to requests for comment.",
    "list shaped like a disclosure")
neg("press-association-member",
    "The Caddo Courier is a member of the Tallgrass Press Association.",
    "membership, not a financial tie")
neg("newsletter-holiday",
    "This newsletter will not publish on Monday because of the holiday.",
    "'this newsletter' without any tie")
neg("parent-company-of-airline",
    "Skyreach Group, the parent company of Corvid Air, reported a quarterly loss of $40 million.",
    "parent company of a non-outlet company")
neg("licensing-deal-between-companies",
    "Orbal Games signed a licensing deal with Fennick Toys to make plush versions of its characters.",
    "licensing partnership between two non-outlet companies")


# =============================================================================


def main():
    rows = []
    seen = set()
    for it in ITEMS:
        s, ctx = it["sentence"], it["context"]
        errs = []
        if it["is_disclosure"]:
            if it["relation"] not in RELATIONS:
                errs.append(f"bad relation {it['relation']!r}")
            if not it["sponsors"]:
                errs.append("positive without sponsors")
            if it["outlet"] is not None and it["outlet"] not in s and (ctx is None or it["outlet"] not in ctx):
                errs.append(f"outlet {it['outlet']!r} not written in sentence/context")
            where = s if all(sp in s for sp in it["sponsors"]) else (ctx or "")
            pos_ = [where.find(sp) for sp in it["sponsors"]]
            if any(p < 0 for p in pos_):
                errs.append(f"sponsor not found verbatim: {it['sponsors']}")
            elif pos_ != sorted(pos_):
                errs.append(f"sponsors not in order of appearance: {it['sponsors']}")
            if any(sp != sp.strip() or sp.lower().startswith("the ") for sp in it["sponsors"]):
                errs.append(f"sponsor names must be trimmed and drop a leading 'the': {it['sponsors']}")
        elif it["outlet"] is not None or it["relation"] is not None or it["sponsors"]:
            errs.append("negative must have outlet/relation null and sponsors []")
        if s in seen:
            errs.append("duplicate sentence")
        seen.add(s)
        if errs:
            raise SystemExit(f"{it['slug']}: " + "; ".join(errs))
        rows.append(it)
    slugs = [it["slug"] for it in rows]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    random.Random(SEED).shuffle(rows)
    out = []
    for i, it in enumerate(rows, 1):
        out.append(
            {
                "id": f"ho-disc:{i:03d}-{it['slug']}",
                "sentence": it["sentence"],
                "context": it["context"],
                "is_disclosure": it["is_disclosure"],
                "outlet": it["outlet"],
                "relation": it["relation"],
                "sponsors": it["sponsors"],
                "note": it["note"],
            }
        )
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    npos = sum(r["is_disclosure"] for r in out)
    rel = {}
    for r in out:
        if r["relation"]:
            rel[r["relation"]] = rel.get(r["relation"], 0) + 1
    print(f"wrote {OUT}: {len(out)} items, {npos} positives, {len(out) - npos} negatives")
    print("  relations: " + ", ".join(f"{k}={v}" for k, v in sorted(rel.items())))
    print(f"  outlet null in {sum(1 for r in out if r['is_disclosure'] and r['outlet'] is None)} positives; "
          f"context given for {sum(1 for r in out if r['context'])} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
