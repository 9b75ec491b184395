#!/usr/bin/env python3
# ruff: noqa: E501  (documents and sentences are data; one paragraph per line)
"""Build disclosures.jsonl: hand-written sponsor/ownership disclosure sentences.

Positives follow real-world disclosure phrasings used by news outlets; the
companies, foundations and people in them are mostly invented (a few
well-known company names are used only as list items). Hard negatives look
like disclosures but are not: affiliate notices, update notes, campaign
supporters, sponsored legislation, quoted personal "full disclosure" asides,
ownership mentioned as news, and so on. Written for this project; CC0.

One JSON object per line:
  {"id", "sentence", "context", "is_disclosure", "outlet", "relation",
   "sponsors", "note"}

Run from anywhere:  python benchmarks/data/annotations/make_disclosures.py
"""

from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "disclosures.jsonl")

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


# --- positives ---------------------------------------------------------------

pos(
    "npr-editors-note-list",
    "Editor's note: Amazon, Apple and Google are among NPR's financial supporters.",
    "NPR",
    "financial supporter",
    ["Amazon", "Apple", "Google"],
    "canonical NPR editor's note; list with 'and', no Oxford comma",
    context="Amazon, Apple and Google did not respond to requests for comment.",
)
pos(
    "npr-sponsor-single",
    "Tessellate is an NPR sponsor.",
    "NPR",
    "sponsor",
    ["Tessellate"],
    "short 'X is an NPR sponsor' form",
    context="Tessellate said it would appeal the fine.",
)
pos(
    "npr-license-pair",
    "Google and Meta pay NPR to license NPR content.",
    "NPR",
    "licensing partner",
    ["Google", "Meta"],
    "'pay NPR to license NPR content' = licensing partner",
)
pos(
    "npr-license-single-also",
    "Parallax Labs also pays NPR to license NPR content.",
    "NPR",
    "licensing partner",
    ["Parallax Labs"],
    "singular 'pays', with 'also'",
    context="Parallax Labs has been sued by several authors over its chatbot.",
)
pos(
    "tribune-has-been",
    "Disclosure: Lone Prairie University has been a financial supporter of The Texas Tribune.",
    "The Texas Tribune",
    "financial supporter",
    ["Lone Prairie University"],
    "'Disclosure:' prefix, present perfect",
)
pos(
    "tribune-long-boilerplate",
    "Lone Prairie University, Redbud Medical Center and Castillo & Sons Construction have been financial supporters of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors.",
    "The Texas Tribune",
    "financial supporter",
    ["Lone Prairie University", "Redbud Medical Center", "Castillo & Sons Construction"],
    "Tribune-style disclosure with trailing boilerplate that itself mentions 'corporate sponsors' (not sponsor names); ampersand inside a name",
)
pos(
    "bezos-owns-post",
    "Amazon founder Jeff Bezos owns The Washington Post.",
    "The Washington Post",
    "owner",
    ["Jeff Bezos"],
    "owner is the person; 'Amazon founder' is a descriptor, not a sponsor",
    context="Amazon said the new warehouse would open in the spring.",
)
pos(
    "post-owned-by-passive",
    "The Washington Post is owned by Amazon founder Jeff Bezos.",
    "The Washington Post",
    "owner",
    ["Jeff Bezos"],
    "passive ownership disclosure (the outlet is the subject)",
)
pos(
    "underwriters-pair",
    "Harlow Savings Bank and Ridgeline Health are underwriters of WXYZ.",
    "WXYZ",
    "underwriter",
    ["Harlow Savings Bank", "Ridgeline Health"],
    "public-radio underwriting, two names",
)
pos(
    "ledger-funding-foundation",
    "The Ledger receives funding from the Marrow Family Foundation.",
    "The Ledger",
    "funder",
    ["Marrow Family Foundation"],
    "outlet as subject, 'receives funding from'; leading 'the' not part of the name",
)
pos(
    "bio-grant",
    "Her reporting is supported by a grant from the Calloway Foundation.",
    None,
    "funder",
    ["Calloway Foundation"],
    "funding note in an author bio; no outlet named",
    context="Dana Whitfield covers public health for the Ledger.",
)
pos(
    "which-owns-this-newspaper",
    "Northwind Holdings, which owns this newspaper, did not respond to a request for comment.",
    None,
    "owner",
    ["Northwind Holdings"],
    "ownership disclosed in a relative clause inside a news sentence; outlet only as 'this newspaper'",
)
pos(
    "oxford-comma-inc-llc",
    "Disclosure: Acme Holdings, Inc., Bright Path LLC, and the Okafor Family Trust are financial supporters of The Texas Tribune.",
    "The Texas Tribune",
    "financial supporter",
    ["Acme Holdings, Inc.", "Bright Path LLC", "Okafor Family Trust"],
    "comma inside 'Acme Holdings, Inc.'; Oxford comma; leading 'the' dropped",
)
pos(
    "as-well-as",
    "Editor's note: Microsoft and Apple, as well as the Gardner Foundation, are among NPR's financial supporters.",
    "NPR",
    "financial supporter",
    ["Microsoft", "Apple", "Gardner Foundation"],
    "'as well as' inside the subject list",
)
pos(
    "sponsor-of-newscast",
    "Sundial Energy is a sponsor of KQRV's morning newscast.",
    "KQRV",
    "sponsor",
    ["Sundial Energy"],
    "sponsor of a specific program of the outlet",
)
pos(
    "parent-company",
    "The Harbor Gazette's parent company, Lakeside Media Group, also owns the radio station mentioned in this story.",
    "The Harbor Gazette",
    "parent company",
    ["Lakeside Media Group"],
    "parent company named in an appositive",
)
pos(
    "investor",
    "Disclosure: Quillon Ventures is an investor in Axion Media, which publishes this site.",
    "Axion Media",
    "investor",
    ["Quillon Ventures"],
    "investor in the publisher",
)
pos(
    "underwriters-valley-radio",
    "Pinecrest Bank and Solara Energy are underwriters of Valley Public Radio.",
    "Valley Public Radio",
    "underwriter",
    ["Pinecrest Bank", "Solara Energy"],
    "two underwriters, multi-word outlet",
)
pos(
    "produced-with-support",
    "This story was produced with support from the Ellison Civic Fund.",
    None,
    "funder",
    ["Ellison Civic Fund"],
    "project funding credit, no outlet named",
)
pos(
    "donor-marshall",
    "The Carver Foundation is a donor to The Marshall Project.",
    "The Marshall Project",
    "donor",
    ["Carver Foundation"],
    "donor to a nonprofit newsroom",
)
pos(
    "wrvr-inc-comma",
    "Editor's note: Northwind Cloud Services, Inc. is among WRVR's financial supporters.",
    "WRVR",
    "financial supporter",
    ["Northwind Cloud Services, Inc."],
    "single sponsor with ', Inc.' inside the name",
)
pos(
    "quoted-in-story",
    "Greenleaf Foods, a grocery chain quoted in this story, is a financial supporter of The Daily Current.",
    "The Daily Current",
    "financial supporter",
    ["Greenleaf Foods"],
    "appositive between sponsor and predicate",
)
pos(
    "owned-by-capital",
    "Disclosure: Brightwater Media, which publishes this website, is owned by Harbor Capital Partners.",
    "Brightwater Media",
    "owner",
    ["Harbor Capital Partners"],
    "owner of the publisher, passive",
)
pos(
    "full-disclosure-investor",
    "Full disclosure: Cobalt Ventures, which invested in Lumora, is also an investor in this publication.",
    None,
    "investor",
    ["Cobalt Ventures"],
    "a genuine editorial disclosure that starts with 'Full disclosure' (contrast with quoted personal asides)",
)
pos(
    "license-pair-invented",
    "Tessellate and Parallax Labs pay NPR to license NPR content.",
    "NPR",
    "licensing partner",
    ["Tessellate", "Parallax Labs"],
    "licensing with two invented companies",
)
pos(
    "underwriting-support",
    "WXYZ receives underwriting support from Marston Motors.",
    "WXYZ",
    "underwriter",
    ["Marston Motors"],
    "'underwriting support from'",
)
pos(
    "readers-like-you",
    "The Beacon is supported in part by the Hollis Family Foundation and readers like you.",
    "The Beacon",
    "funder",
    ["Hollis Family Foundation"],
    "'readers like you' is not a sponsor",
)
pos(
    "sponsors-newsletter",
    "Disclosure: Valeron Pharmaceuticals sponsors the Chronicle's health newsletter.",
    "the Chronicle",
    "sponsor",
    ["Valeron Pharmaceuticals"],
    "verb 'sponsors'; outlet written with lowercase 'the'",
)
pos(
    "funding-series",
    "Funding for this series was provided by the Mercer Trust and the Osei Family Fund.",
    None,
    "funder",
    ["Mercer Trust", "Osei Family Fund"],
    "passive 'funding ... provided by' two funders",
)
pos(
    "corporate-donor",
    "Kellerman Appliance Co. is a corporate donor to Dunmore Public Media.",
    "Dunmore Public Media",
    "donor",
    ["Kellerman Appliance Co."],
    "name ending in 'Co.'",
)
pos(
    "llc-comma-donated",
    "Stonegate Residential, LLC has donated to The Courier's nonprofit arm.",
    "The Courier",
    "donor",
    ["Stonegate Residential, LLC"],
    "', LLC' inside the name; donation to the outlet's nonprofit arm",
)
pos(
    "podcast-sponsor",
    "Editor's note: Harbor Air is a sponsor of this podcast.",
    None,
    "sponsor",
    ["Harbor Air"],
    "'this podcast' instead of an outlet name",
)
pos(
    "owned-by-trust",
    "The Northern Post is owned by the Wren Trust, whose sole purpose is to secure the paper's independence.",
    "The Northern Post",
    "owner",
    ["Wren Trust"],
    "trust ownership with a trailing relative clause",
)
pos(
    "underwriters-include-oxford",
    "Marlow Community Radio's underwriters include Pinecrest Bank, Halvorsen Dental, and Brightline Social LLC.",
    "Marlow Community Radio",
    "underwriter",
    ["Pinecrest Bank", "Halvorsen Dental", "Brightline Social LLC"],
    "'underwriters include' list with Oxford comma",
)
pos(
    "one-of-underwriters",
    "Clearwater Bank is one of WKRP's underwriters.",
    "WKRP",
    "underwriter",
    ["Clearwater Bank"],
    "'one of X's underwriters'",
)
pos(
    "npr-funding-science",
    "NPR receives funding from the Whitcomb Foundation for its coverage of science.",
    "NPR",
    "funder",
    ["Whitcomb Foundation"],
    "funding restricted to a coverage area",
)
pos(
    "unit-of",
    "Cumulo Web Services, a unit of Cumulo Group, is among the Tribune's financial supporters.",
    "the Tribune",
    "financial supporter",
    ["Cumulo Web Services"],
    "appositive names the parent; only the subject is the supporter",
)
pos(
    "company-and-ceo-donated",
    "Disclosure: Lakeline Partners and its chief executive, Marta Geller, have donated to Riverside Public Radio.",
    "Riverside Public Radio",
    "donor",
    ["Lakeline Partners", "Marta Geller"],
    "a company and a person, the person introduced by an appositive",
)
pos(
    "both-companies-context",
    "Both companies are financial supporters of NPR.",
    "NPR",
    "financial supporter",
    ["Google", "Microsoft"],
    "sponsors are named only in the context sentence",
    context="Google and Microsoft declined to comment for this story.",
)
pos(
    "recent-corporate-sponsors",
    "Editor's note: Tessellate is among NPR's recent corporate sponsors.",
    "NPR",
    "sponsor",
    ["Tessellate"],
    "'corporate sponsors' phrasing",
)
pos(
    "polling-licensing-partner",
    "Disclosure: The Ashford Polling Institute is a licensing partner of The Ledger, which publishes its poll results.",
    "The Ledger",
    "licensing partner",
    ["Ashford Polling Institute"],
    "explicit 'licensing partner'",
)
pos(
    "newsletter-underwritten",
    "This newsletter is underwritten by Fairway Market.",
    None,
    "underwriter",
    ["Fairway Market"],
    "passive 'underwritten by'",
)
pos(
    "ceo-donated-chronicle",
    "Lumora's chief executive, Yasmin Farouk, has donated to the Chronicle.",
    "the Chronicle",
    "donor",
    ["Yasmin Farouk"],
    "person donor named in an appositive after a possessive title",
    context="Lumora laid off 140 employees on Thursday.",
)
pos(
    "three-supporters-beacon",
    "Disclosure: Halcyon Biologics, Meridian Tech Research and Northgate Aviation Advisors are financial supporters of the Beacon.",
    "the Beacon",
    "financial supporter",
    ["Halcyon Biologics", "Meridian Tech Research", "Northgate Aviation Advisors"],
    "three multi-word names without an Oxford comma",
)
pos(
    "facebook-parent",
    "Disclosure: Facebook parent Meta is a financial supporter of NPR.",
    "NPR",
    "financial supporter",
    ["Meta"],
    "'Facebook parent' is a descriptor; the sponsor is Meta",
)
pos(
    "among-supporters-kqed",
    "Amazon is among the financial supporters of KQED.",
    "KQED",
    "financial supporter",
    ["Amazon"],
    "'among the financial supporters of'",
)
pos(
    "co-published",
    "This article was co-published with The Texas Tribune, which receives funding from the Redbud Foundation.",
    "The Texas Tribune",
    "funder",
    ["Redbud Foundation"],
    "funding disclosed for a partner outlet in a co-publishing line",
)
pos(
    "semicolon-list",
    "Granger Public Radio's major underwriters are Fairway Market; Solstice Credit Union; and Rios, Bell & Kaplan, LLP.",
    "Granger Public Radio",
    "underwriter",
    ["Fairway Market", "Solstice Credit Union", "Rios, Bell & Kaplan, LLP"],
    "semicolon-separated list because a name contains commas",
)
pos(
    "sponsor-in-parenthesis",
    "(Solara Energy is a sponsor of WRVR.)",
    "WRVR",
    "sponsor",
    ["Solara Energy"],
    "disclosure in parentheses at the end of a paragraph",
    context="Solara Energy said the solar farm would power 40,000 homes.",
)
pos(
    "owns-lowercase-paper",
    "The Dunmore Herald is owned by Kellerman family heirs through Riverbend Publishing LLC.",
    "The Dunmore Herald",
    "owner",
    ["Riverbend Publishing LLC"],
    "owner is the named company; 'Kellerman family heirs' is descriptive",
)
pos(
    "grant-from-two",
    "Our climate coverage is supported by grants from the Blue Heron Fund and the Tarrow Valley Community Foundation.",
    None,
    "funder",
    ["Blue Heron Fund", "Tarrow Valley Community Foundation"],
    "'our' coverage, no outlet name; two funders",
)

# --- hard negatives ----------------------------------------------------------

neg(
    "affiliate-commission",
    "We may earn a commission when you buy products through links on our site.",
    "affiliate-link notice",
)
neg(
    "affiliate-editors-pick",
    "Our editors independently select these products; if you buy through our links, we may earn a commission.",
    "affiliate notice with 'our editors'",
)
neg(
    "updated-response",
    "Editor's note: This story has been updated to include a response from Amazon.",
    "update note that starts like an editor's note and names a company",
)
neg(
    "updated-spelling",
    "Editor's note: This story was updated to correct the spelling of Dr. Lindqvist's name.",
    "update note (correction of spelling)",
)
neg(
    "supporters-of-bill",
    "Supporters of the bill, including Amazon and Microsoft, say it would speed up permits for data centers.",
    "'supporters' of legislation, not of the outlet",
)
neg(
    "campaign-financial-supporters",
    "Financial supporters of the campaign include the real estate developer Lakeline Partners and two local unions.",
    "'financial supporters' of a political campaign",
)
neg(
    "full-disclosure-quote",
    '"Full disclosure: I love this team," he said.',
    "personal 'full disclosure' aside inside a quote",
)
neg(
    "full-disclosure-analyst",
    '"I should disclose that I own shares in the company," said analyst Howard Tsai.',
    "a source's personal disclosure, quoted",
)
neg(
    "bezos-bought-post",
    "Bezos, who bought The Washington Post in 2013, has said he does not interfere in its coverage.",
    "another outlet reporting who owns the Post as news",
    context="The billionaire spoke at a technology conference in Las Vegas.",
)
neg(
    "sponsored-legislation",
    "Sen. Ruth Vance sponsored the legislation, which passed 61-38.",
    "'sponsored' legislation",
)
neg(
    "event-sponsors",
    "The event's sponsors included Pinecrest Bank, Solara Energy and Harbor Air.",
    "sponsors of an event, not the outlet; list looks like a disclosure list",
)
neg(
    "correction",
    "Correction: An earlier version of this story misstated the year Stonegate Residential bought Riverside Towers. It was 2021.",
    "correction note naming a company and an ownership fact",
)
neg(
    "owns-stake",
    "Russell Gaines, who owns the Ironmen, also owns a stake in the team's minor league affiliate.",
    "ownership of a sports team",
)
neg(
    "school-funding",
    "Funding for the school comes from property taxes and state aid.",
    "'funding for' something other than journalism",
)
neg(
    "underwriting-standards",
    "Regulators have tightened underwriting standards at banks since the 2008 financial crisis.",
    "financial-industry 'underwriting'",
)
neg(
    "university-donor",
    "The Carver Foundation is a major donor to the university's medical school.",
    "donor to a university, same foundation as a positive item",
)
neg(
    "investor-startup",
    "Google is an investor in the startup, according to regulatory filings.",
    "investor in a company that is the subject of the story",
)
neg(
    "parent-profit",
    "ParcelPoint's parent company, Apex Logistics Group, reported a 12 percent rise in quarterly profit.",
    "'parent company' of a business in the news",
)
neg(
    "study-funded",
    "The study was funded by the Marlow Institutes of Health and published in the journal Marine Systems.",
    "research funding, not newsroom funding",
)
neg(
    "lobbied-list",
    "Amazon, Apple and Google are among the companies that have lobbied against the bill.",
    "same 'X, Y and Z are among' shape as the NPR note",
)
neg(
    "film-financed",
    "The film was financed by a group of investors including Cobalt Ventures.",
    "investors in a film",
)
neg(
    "disclosure-requirements",
    "Disclosure requirements for political ads vary widely from state to state.",
    "the word 'disclosure' used as a topic",
)
neg(
    "newsletter-signup",
    "Sign up for our newsletter to get the day's top stories in your inbox.",
    "newsletter promo",
)
neg(
    "donate-appeal",
    "Our journalism is supported by readers like you. Donate today to keep it free for everyone.",
    "membership appeal with no named supporter",
)
neg(
    "post-reported-amazon",
    "The Washington Post reported Tuesday that Amazon had raised prices for Prime members.",
    "outlet and company in the same sentence, no relationship",
)
neg(
    "olympic-sponsor",
    "Apple is a sponsor of the national Olympic team.",
    "sponsor of a sports team, not of the outlet",
)
neg(
    "license-creators",
    "Meta pays creators to license their videos for use in its advertising.",
    "'pays ... to license' with no news outlet",
)
neg(
    "tribune-reported-grant",
    "The Texas Tribune reported that the governor's office received funding from a federal grant.",
    "outlet name and 'received funding' in reported speech",
)
neg(
    "owner-declined",
    "The team's owner, Russell Gaines, declined to comment.",
    "'owner' of a sports team",
)
neg(
    "owns-restaurants",
    "He owns three restaurants in the neighborhood, including the Blue Kettle Diner.",
    "'owns' in a profile",
)
neg(
    "bond-underwriters",
    "Underwriters for the bond sale include Harlow Savings Bank and Brightwater Securities.",
    "'underwriters' of a bond sale; includes a name that underwrites a station in a positive item",
)
neg(
    "foundation-grants",
    "The Larkspur Foundation, which funds arts education programs, announced $2 million in new grants on Tuesday.",
    "foundation funding something else",
)
neg(
    "campaign-donors",
    "Donors to the mayor's re-election campaign included several executives from Stonegate Residential.",
    "'donors' to a campaign",
)
neg(
    "opinion-note",
    "Editor's note: This is an opinion column. The views expressed are the author's own.",
    "editor's note that is an opinion label",
)
neg(
    "no-endorsements",
    "Editor's note: The Ledger does not endorse candidates.",
    "editor's note naming an outlet but no sponsor",
)
neg(
    "disclosure-of-breach",
    "Disclosure of the breach came three weeks after it was discovered, the regulator said.",
    "'disclosure' as a news topic",
)
neg(
    "company-disclosed",
    "The company disclosed in a securities filing that it had received a subpoena.",
    "'disclosed' in a business story",
)
neg(
    "npr-supporters-hearing",
    "NPR's financial supporters were the subject of a congressional hearing on Tuesday, where lawmakers questioned the network's independence.",
    "mentions NPR's financial supporters without naming any",
)
neg(
    "ap-contributed", "The Associated Press contributed to this report.", "contribution credit line"
)
neg("photos-courtesy", "Photos courtesy of Harbor Air.", "photo courtesy credit")
neg(
    "bezos-spoke",
    "Amazon founder Jeff Bezos spoke at the conference on Tuesday.",
    "same opening as the Bezos disclosure, but no ownership",
)
neg(
    "grant-playground",
    "The grant, from the Calloway Foundation, will pay for new playground equipment at three parks.",
    "grant from a foundation that funds a reporter in a positive item, used for parks",
)
neg(
    "little-league-sponsor",
    "Kellerman Appliance Co. is a sponsor of the Dunmore Little League.",
    "'is a sponsor of' a youth league",
)
neg(
    "museum-supporters",
    "Several technology companies are financial supporters of the museum's new wing.",
    "'financial supporters' of a museum",
)
neg(
    "backed-by",
    "Lumora is backed by Cobalt Ventures and Sandhill Partners.",
    "venture backing of a company in the news",
)
neg(
    "newspaper-sold",
    "The newspaper was sold to a hedge fund in 2019, and its newsroom has shrunk by half since.",
    "news about another paper's ownership",
    context="The Millbrook Register was founded in 1871.",
)
neg(
    "public-records-help",
    "This story was reported with the help of public records obtained by the Ledger.",
    "'with the help of' credit, no sponsor",
)
neg(
    "state-grant",
    "The program is funded by a $4 million grant from the state.",
    "government program funding",
)
neg(
    "names-withheld",
    "Editor's note: The names of minors in this story have been withheld.",
    "editor's note about anonymity",
)
neg(
    "byline-credit",
    "Reporting by Ana Ruiz; editing by Tom Hale.",
    "byline/credit line with a semicolon list",
)
neg(
    "team-ownership-changed",
    "Ownership of the Ironmen has changed hands three times since 1990.",
    "'ownership' of a team",
)
neg(
    "did-not-respond",
    "Amazon, Apple and Google did not respond to requests for comment.",
    "company list in a non-disclosure sentence",
)
neg(
    "tribune-boilerplate",
    "The Texas Tribune is a nonprofit, nonpartisan media organization that informs Texans about public policy.",
    "outlet boilerplate with no supporter named",
)
neg(
    "sponsored-by-ballot",
    "The ballot measure is sponsored by a coalition of teachers' unions and parent groups.",
    "'sponsored by' a ballot measure",
)
neg(
    "licensing-music",
    "The station pays a licensing fee to play music, as all broadcasters do.",
    "'licensing' a station pays, not a sponsor",
)


def main():
    rows = []
    seen = set()
    for i, it in enumerate(ITEMS, 1):
        s, ctx = it["sentence"], it["context"]
        errs = []
        if it["is_disclosure"]:
            if it["relation"] not in RELATIONS:
                errs.append(f"bad relation {it['relation']!r}")
            if not it["sponsors"]:
                errs.append("positive without sponsors")
            if (
                it["outlet"] is not None
                and it["outlet"] not in s
                and (ctx is None or it["outlet"] not in ctx)
            ):
                errs.append(f"outlet {it['outlet']!r} not written in sentence/context")
            # sponsors: exact names as written, in order of appearance
            where = s if all(sp in s for sp in it["sponsors"]) else (ctx or "")
            pos_ = [where.find(sp) for sp in it["sponsors"]]
            if any(p < 0 for p in pos_):
                errs.append(f"sponsor not found verbatim: {it['sponsors']}")
            elif pos_ != sorted(pos_):
                errs.append(f"sponsors not in order of appearance: {it['sponsors']}")
        elif it["outlet"] is not None or it["relation"] is not None or it["sponsors"]:
            errs.append("negative must have outlet/relation null and sponsors []")
        if s in seen:
            errs.append("duplicate sentence")
        seen.add(s)
        if errs:
            raise SystemExit(f"{it['slug']}: " + "; ".join(errs))
        rows.append(
            {
                "id": f"disc:{i:03d}-{it['slug']}",
                "sentence": s,
                "context": ctx,
                "is_disclosure": it["is_disclosure"],
                "outlet": it["outlet"],
                "relation": it["relation"],
                "sponsors": it["sponsors"],
                "note": it["note"],
            }
        )
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    npos = sum(r["is_disclosure"] for r in rows)
    rel = {}
    for r in rows:
        if r["relation"]:
            rel[r["relation"]] = rel.get(r["relation"], 0) + 1
    print(f"wrote {OUT}: {len(rows)} items, {npos} positives, {len(rows) - npos} negatives")
    print("  relations: " + ", ".join(f"{k}={v}" for k, v in sorted(rel.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
