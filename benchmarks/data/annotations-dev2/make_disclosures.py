#!/usr/bin/env python3
"""Generate disclosures.jsonl for annotations-dev2.

Written for this project (CC0). Outlets, companies, foundations and people are
invented; the sentences imitate the wording of real outlet disclosure lines.
"""
import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "disclosures.jsonl"
RELATIONS = {"financial supporter", "sponsor", "owner", "funder", "licensing partner",
             "underwriter", "donor", "parent company", "investor"}

# (slug, sentence, context, outlet, relation, sponsors, note)
POS = [
    ("meridian-financial-supporter", "Disclosure: The Meridian Foundation is a financial supporter of The Lakeshore Ledger.", None,
     "The Lakeshore Ledger", "financial supporter", ["Meridian Foundation"], "leading 'The' dropped from the sponsor"),
    ("wkrv-underwriters-pair", "Hollis Energy and the Carver Family Trust are among the underwriters of WKRV News.", None,
     "WKRV News", "underwriter", ["Hollis Energy", "Carver Family Trust"], "two underwriters, second with 'the'"),
    ("produced-with-support", "This story was produced with support from the Abernathy Fund for Local Journalism, which has no say over our coverage.", None,
     None, "funder", ["Abernathy Fund for Local Journalism"], "'produced with support from'; our -> outlet null"),
    ("minority-stake-parent", "Full disclosure: Pinecrest Capital, a venture firm, holds a minority stake in this publication's parent company.", None,
     None, "investor", ["Pinecrest Capital"], "descriptor 'a venture firm' excluded"),
    ("sentinel-owned-by", "The Daily Sentinel is owned by Harmon Media Group, which also owns two of the radio stations mentioned in this story.", None,
     "The Daily Sentinel", "owner", ["Harmon Media Group"], "ownership line with relative clause"),
    ("editors-note-education-sponsor", "Editor's note: Northgate University is a sponsor of the Tri-County Tribune's education coverage.", None,
     "Tri-County Tribune", "sponsor", ["Northgate University"], "sponsor of a section"),
    ("content-licensing", "Quillmark Inc. has a content-licensing agreement with The Harbor Review.", None,
     "The Harbor Review", "licensing partner", ["Quillmark Inc."], "licensing deal; suffix kept"),
    ("donor-couple", "Amira Khoury and her husband, Sam Khoury, have donated to Bay Public Media.", None,
     "Bay Public Media", "donor", ["Amira Khoury", "Sam Khoury"], "'her husband' descriptor excluded"),
    ("parent-company-defendant", "The Coastline Courier's parent company, Strand Holdings, Inc., is a defendant in the lawsuit described in this article.", None,
     "The Coastline Courier", "parent company", ["Strand Holdings, Inc."], "name with internal comma"),
    ("foundation-among-funders", "The Telvora Foundation, which is among the funders of this newsroom, did not respond to a request for comment.", None,
     None, "funder", ["Telvora Foundation"], "disclosure inside a no-comment sentence"),
    ("capitol-watch-list", "Editor's note: Greyfield Partners, LLC, and the Oduya Family Foundation are financial supporters of Capitol Watch.", None,
     "Capitol Watch", "financial supporter", ["Greyfield Partners, LLC", "Oduya Family Foundation"], "comma inside name plus 'the'"),
    ("radio-support-comes-from", "Support for this program comes from the Lindqvist Charitable Trust and from listeners like you.", None,
     None, "underwriter", ["Lindqvist Charitable Trust"], "public-radio credit; 'listeners like you' is not a name"),
    ("podcast-sponsor", "Marlowe Pharmaceuticals sponsors this podcast but had no role in choosing the guests.", None,
     None, "sponsor", ["Marlowe Pharmaceuticals"], "'this podcast' -> outlet null"),
    ("receives-funding-from", "Valley Public Radio receives funding from Sunfield Health, which is mentioned in this report.", None,
     "Valley Public Radio", "funder", ["Sunfield Health"], "'receives funding from'"),
    ("founder-major-donor", "Disclosure: Brannock Biotech founder Elise Varga is a major donor to The Northern Record.", None,
     "The Northern Record", "donor", ["Elise Varga"], "descriptor 'Brannock Biotech founder' excluded"),
    ("wholly-owned-subsidiary", "The Granite Post is a wholly owned subsidiary of Ashcombe Media.", None,
     "The Granite Post", "parent company", ["Ashcombe Media"], "subsidiary phrasing"),
    ("investor-in-both", "Oriel Ventures, an investor in Brightlatch, is also an investor in this publication.", None,
     None, "investor", ["Oriel Ventures"], "company in the news (Brightlatch) is not a sponsor"),
    ("parenthetical-underwriter", "(Harlan Bank is an underwriter of KSPN's morning newscast.)", None,
     "KSPN", "underwriter", ["Harlan Bank"], "parenthetical aside"),
    ("prairie-dispatch-three", "Mesa Community Foundation, Kellner Family Fund and Dunmore Electric are among the Prairie Dispatch's financial supporters; a complete list of donors can be viewed here.", None,
     "Prairie Dispatch", "financial supporter", ["Mesa Community Foundation", "Kellner Family Fund", "Dunmore Electric"], "three-item list, no Oxford comma"),
    ("partnership-helped-fund", "This article is part of a partnership with the Civic Data Collaborative, which helped fund the reporting.", None,
     None, "funder", ["Civic Data Collaborative"], "funding stated in a relative clause"),
    ("licensing-ai-archive", "The Riverside Observer has a licensing agreement with Arcturus AI, which is quoted in this story, that allows the company to use the paper's archive.", None,
     "The Riverside Observer", "licensing partner", ["Arcturus AI"], "AI licensing deal"),
    ("our-owner-trust", "Our newsroom's owner, the Hathaway Trust, does not review stories before publication.", None,
     None, "owner", ["Hathaway Trust"], "'Our' -> outlet null"),
    ("section-sponsor-our", "Editor's note: Kestrel Outfitters sponsors our outdoors section.", None,
     None, "sponsor", ["Kestrel Outfitters"], "short editor's note"),
    ("both-companies-context", "Both companies are underwriters of this station.", "The merger between Orvane Telecom and Basalt Networks was announced Monday.",
     None, "underwriter", ["Orvane Telecom", "Basalt Networks"], "sponsors named only in the context"),
    ("philanthropist-donor", "Catalina Ruiz-Beck, a philanthropist who chairs the Ruiz-Beck Foundation, is a donor to The Frontier Beacon.", None,
     "The Frontier Beacon", "donor", ["Catalina Ruiz-Beck"], "the person, not her foundation, is the donor"),
    ("financial-support-for-coverage", "Financial support for this coverage comes from the Halvorsen Institute.", None,
     None, "funder", ["Halvorsen Institute"], "coverage funding credit"),
    ("owner-person", "Disclosure: Tamsin Hall, a local real estate developer, owns The Weekly Current.", None,
     "The Weekly Current", "owner", ["Tamsin Hall"], "individual owner with descriptor"),
]

# (slug, sentence, context, note)
NEG = [
    ("editors-note-update", "Editor's note: This story has been updated to correct the spelling of Councilwoman Tran's name.", None, "update note"),
    ("bill-supporter", "The Meridian Foundation, a major supporter of the bill, said it would lobby for its passage.", None, "supporter of legislation"),
    ("bond-underwriter", "Hollis Energy underwrote the $300 million bond sale, according to state filings.", None, "bond underwriting"),
    ("affiliate-commission", "If you buy something through links in this article, we may earn a commission.", None, "affiliate notice"),
    ("venture-round", "Pinecrest Capital led the startup's $40 million funding round last year.", None, "venture investor in a company in the news"),
    ("team-stake", "Harmon Media Group, which bought a minority stake in Harbor City FC last year, declined to comment.", None, "stake in a team"),
    ("marathon-title-sponsor", "Quillmark Inc. is the title sponsor of the Lakeside Marathon, which draws 20,000 runners.", None, "event sponsor"),
    ("park-grant", "The park's new playground was paid for with a grant from the Abernathy Fund.", None, "park funding"),
    ("contributed-to-report", "Staff writer Dana Hsu contributed to this report.", None, "credit line"),
    ("photo-courtesy", "Photo courtesy of the Tri-County Historical Society.", None, "courtesy credit"),
    ("quoted-full-disclosure", "\"Full disclosure: I own shares in the company,\" Menon joked during the call.", None, "personal aside in a quote"),
    ("no-response", "Kestrel Outfitters, Harlan Bank and Sunfield Health did not respond to requests for comment.", None, "list shaped like a disclosure"),
    ("sponsored-measure", "Sen. Garrett Olmstead sponsored the measure, which passed the Senate 31-17.", None, "sponsored legislation"),
    ("campaign-donors", "Donors to Brightwater's campaign include the Carver Family Trust and several labor unions.", None, "campaign donors"),
    ("donate-appeal", "Support local journalism: Donate today to keep our reporting free for everyone.", None, "appeal with no named supporter"),
    ("bank-underwriting-standards", "The bank tightened its underwriting standards for commercial real estate loans in the third quarter.", None, "lending underwriting"),
    ("reported-sale", "The Daily Sentinel reported in March that the mill had been sold to Strand Holdings, Inc.", None, "news report of ownership of another company"),
    ("research-funded", "The study was funded by the Nordic Desert Research Council and the university's engineering school.", None, "research funding"),
    ("opinion-label", "Editor's note: This is an opinion column. The views expressed are the author's own.", None, "opinion label"),
    ("correction-foundation", "Correction: An earlier version of this article misstated the name of the foundation that funds the museum's education program.", None, "correction mentioning funding"),
    ("airline-parent", "Ashcombe Media, the parent company of three regional airlines, reported a quarterly loss on Thursday.", None, "parent company of non-outlet businesses"),
    ("curling-sponsor", "Sunfield Health is an official sponsor of the national curling team.", None, "team sponsorship"),
    ("investor-news-company", "Oriel Ventures is an investor in Brightlatch, the doorbell maker at the center of the recall.", None, "investor in a company in the news"),
    ("trust-funds-programs", "The Lindqvist Charitable Trust, which funds after-school programs in six counties, announced new grants Tuesday.", None, "charitable funding of programs"),
    ("shelter-donate", "Residents who want to support the shelter can donate at the front desk or online.", None, "donation appeal for a charity"),
    ("byline", "By Maya Oduya | Staff writer", None, "byline"),
    ("city-licenses-logo", "The city licenses its logo to local businesses for a small annual fee.", None, "licensing unrelated to an outlet"),
    ("names-withheld", "Editor's note: The Tribune does not name minors accused of crimes and has withheld the names of the students involved.", None, "editor's note about withheld names"),
]


def main():
    items, ids = [], set()
    for slug, sent, ctx, outlet, rel, sponsors, note in POS:
        if rel not in RELATIONS or not sponsors:
            sys.exit(f"bad positive {slug}")
        hay = sent + " " + (ctx or "")
        for s in sponsors:
            if s not in hay:
                sys.exit(f"{slug}: sponsor {s!r} not written in sentence/context")
        if sponsors != sorted(sponsors, key=hay.index):
            sys.exit(f"{slug}: sponsors not in order of appearance")
        if outlet is not None and outlet not in sent:
            sys.exit(f"{slug}: outlet not in sentence")
        items.append(dict(id=f"disc:{len(items)+1:03d}-{slug}", sentence=sent, context=ctx, is_disclosure=True,
                          outlet=outlet, relation=rel, sponsors=sponsors, note=note))
    for slug, sent, ctx, note in NEG:
        items.append(dict(id=f"disc:{len(items)+1:03d}-{slug}", sentence=sent, context=ctx, is_disclosure=False,
                          outlet=None, relation=None, sponsors=[], note=note))
    for it in items:
        if it["id"] in ids:
            sys.exit("duplicate id")
        ids.add(it["id"])
    if len(set(i["sentence"] for i in items)) != len(items):
        sys.exit("duplicate sentence")
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{len(items)} items: {len(POS)} positives, {len(NEG)} negatives")
    print(dict(Counter(p[4] for p in POS)))


if __name__ == "__main__":
    main()
