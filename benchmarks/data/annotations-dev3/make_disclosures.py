#!/usr/bin/env python3
"""Generate disclosures.jsonl for annotations-dev3.

Written for this project (CC0). Outlets, companies, foundations and people are
invented, apart from a few real outlet names used only as examples of wording
(NPR, The Texas Tribune, The Washington Post); the sponsors next to them are
invented. The sentences imitate the wording of real outlet disclosure lines;
none is copied from an article. See DISCLOSURES.md for the labelling decisions.

Same format, conventions and checks as annotations-dev2/make_disclosures.py,
plus a few more checks (see check()).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "disclosures.jsonl"
OTHER_SETS = [HERE.parent / "annotations" / "disclosures.jsonl",
              HERE.parent / "annotations-dev2" / "disclosures.jsonl"]
RELATIONS = {"financial supporter", "sponsor", "owner", "funder", "licensing partner",
             "underwriter", "donor", "parent company", "investor"}
MIN_POS = MIN_NEG = 55

# (slug, sentence, context, outlet, relation, sponsors, note)
POS = [
    # --- NPR and member-station wording
    ("npr-pair-context-distractor", "Halden Bank and Corvin Motors are among NPR's financial supporters.", "Halden Bank said Tuesday that it would close 14 branches in the region.",
     "NPR", "financial supporter", ["Halden Bank", "Corvin Motors"], "NPR wording with invented sponsors; context repeats one sponsor in a news sentence"),
    ("among-financial-supporters-of-station", "Vireo Systems, Brightwell Labs and Ostrander Freight are among the financial supporters of WQMR.", None,
     "WQMR", "financial supporter", ["Vireo Systems", "Brightwell Labs", "Ostrander Freight"], "'among the financial supporters of'; three names, no Oxford comma"),
    ("supporter-and-licensee", "Vireo Systems is among NPR's financial supporters and also pays NPR to license NPR content.", None,
     "NPR", "financial supporter", ["Vireo Systems"], "two ties in one sentence; relation is the first one stated"),
    ("inverted-among-are", "Among NPR's financial supporters are Brightwell Labs and the Tessaly Foundation.", None,
     "NPR", "financial supporter", ["Brightwell Labs", "Tessaly Foundation"], "inverted order: predicate first, names last; leading 'the' dropped"),
    ("we-should-note", "We should note that Corvin Motors is among NPR's financial supporters.", "Corvin Motors recalled 80,000 pickup trucks last month.",
     "NPR", "financial supporter", ["Corvin Motors"], "on-air 'we should note' lead-in"),
    ("which-is-among-no-comment", "Ostrander Freight, which is among KVLT's financial supporters, did not return calls seeking comment.", None,
     "KVLT", "financial supporter", ["Ostrander Freight"], "disclosure in a relative clause inside a no-comment sentence"),
    ("company-context-only", "The company is among NPR's financial supporters.", "Kestrel Labs chief executive Dana Moore said the layoffs would be the last this year.",
     "NPR", "financial supporter", ["Kestrel Labs"], "sponsor named only in the context; the person in the context is not the sponsor"),
    ("short-underwriter-modifier", "Corvin Motors is a WQMR underwriter.", None,
     "WQMR", "underwriter", ["Corvin Motors"], "outlet used as a modifier ('a WQMR underwriter')"),
    ("support-for-station-comes-from", "Support for WQMR comes from Halden Bank, serving the valley since 1902, and from the Brisco Family Fund.", None,
     "WQMR", "underwriter", ["Halden Bank", "Brisco Family Fund"], "on-air credit; the slogan after the first name is not part of it"),
    ("program-underwritten-co", "This program is underwritten by Harmon Paint Co.", None,
     None, "underwriter", ["Harmon Paint Co."], "name ending in 'Co.' at the end of the sentence; the final period belongs to the name"),
    ("station-largest-underwriter", "Halden Bank, this station's largest underwriter, declined to comment on the merger.", None,
     None, "underwriter", ["Halden Bank"], "'this station's' -> outlet null; disclosure in an appositive"),
    ("caps-disclosure-underwriter", "DISCLOSURE: Greyhaven Insurance Group is an underwriter of KVLT.", None,
     "KVLT", "underwriter", ["Greyhaven Insurance Group"], "upper-case 'DISCLOSURE:' prefix"),
    ("underwriters-include-inc-oxford", "KVLT's underwriters include Lattice Systems, Inc., Brightwell Labs, and the Pemberton Foundation.", None,
     "KVLT", "underwriter", ["Lattice Systems, Inc.", "Brightwell Labs", "Pemberton Foundation"], "comma list where one name has ', Inc.'; Oxford comma"),
    ("wqmr-sponsor-appositive", "Ostrander Freight, a WQMR sponsor, did not respond to questions about the layoffs.", None,
     "WQMR", "sponsor", ["Ostrander Freight"], "appositive 'a WQMR sponsor'"),
    ("one-of-sponsors-note", "Note: Brightwell Labs is one of WQMR's sponsors.", None,
     "WQMR", "sponsor", ["Brightwell Labs"], "'Note:' prefix; 'one of X's sponsors'"),
    # --- PBS-style funding credits
    ("major-funding-provided-by", "Major funding for Riverport Tonight is provided by Arden Bancorp and the Tessaly Foundation.", None,
     "Riverport Tonight", "underwriter", ["Arden Bancorp", "Tessaly Foundation"], "public-TV credit naming the program; broadcast credits are 'underwriter'"),
    ("additional-support-oxford", "Additional support for Riverport Tonight is provided by Pell & Rowe LLP, the Okonkwo Family Foundation, and viewers like you.", None,
     "Riverport Tonight", "underwriter", ["Pell & Rowe LLP", "Okonkwo Family Foundation"], "'viewers like you' is not a name; ampersand in a name"),
    # --- Texas Tribune style
    ("tribune-boilerplate-invented", "Disclosure: Westbrook University and the Calder Health System have been financial supporters of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors.", None,
     "The Texas Tribune", "financial supporter", ["Westbrook University", "Calder Health System"], "Tribune wording with invented supporters; the boilerplate's 'members, foundations and corporate sponsors' are not names"),
    ("tribune-style-single-ledger", "Disclosure: Pell & Rowe LLP has been a financial supporter of The Gulf Coast Ledger, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Ledger's journalism.", None,
     "The Gulf Coast Ledger", "financial supporter", ["Pell & Rowe LLP"], "two-sentence disclosure with the 'play no role' line"),
    ("tribune-style-oxford-ltd", "Disclosure: Saltmarsh Dairy Co., Harrow Enterprises Ltd., and the Rourke Education Fund have been financial supporters of The Gulf Coast Ledger.", None,
     "The Gulf Coast Ledger", "financial supporter", ["Saltmarsh Dairy Co.", "Harrow Enterprises Ltd.", "Rourke Education Fund"], "suffixes with periods inside a comma list; Oxford comma"),
    # --- CalMatters / ProPublica / Marshall Project / Chalkbeat / The 19th styles
    ("calmatters-style-donor", "Disclosure: Saltmarsh Dairy Co. is a Golden State Ledger donor.", None,
     "Golden State Ledger", "donor", ["Saltmarsh Dairy Co."], "outlet as a modifier; 'Co.' in mid-sentence"),
    ("supporter-plain", "Verity Health is a supporter of Golden State Ledger; supporters have no say in our coverage.", None,
     "Golden State Ledger", "financial supporter", ["Verity Health"], "plain 'supporter' of an outlet is labelled financial supporter"),
    ("co-published-supported-by", "This story was co-published with Bayline Reports, a nonprofit newsroom supported by the Corrigan Fund.", None,
     "Bayline Reports", "funder", ["Corrigan Fund"], "funding of a partner outlet in a co-publishing line"),
    ("also-a-funder-justice", "The Amberly Foundation, which supports several of the reform groups quoted above, is also a funder of The Justice Ledger.", None,
     "The Justice Ledger", "funder", ["Amberly Foundation"], "funder stated after a relative clause about other grantees"),
    ("funders-include-context-outlet", "Schoolhouse Report's funders include the Pemberton Foundation and the Rourke Education Fund.", "Schoolhouse Report is a nonprofit news organization covering public education.",
     "Schoolhouse Report", "funder", ["Pemberton Foundation", "Rourke Education Fund"], "'funders include'; possessive outlet"),
    ("receives-support-mentioned", "Equal Footing, a nonprofit newsroom covering gender and politics, receives support from the Salcedo Foundation, which is mentioned in this story.", None,
     "Equal Footing", "funder", ["Salcedo Foundation"], "outlet followed by a long appositive before the verb"),
    # --- grant credits
    ("coverage-supported-by-grant", "This coverage is supported by a grant from the Tessaly Foundation.", None,
     None, "funder", ["Tessaly Foundation"], "grant-funded reporting credit"),
    ("provides-funding-for-coverage", "The Verhoeven Foundation provides funding to Riverport Public Media for coverage of health care.", None,
     "Riverport Public Media", "funder", ["Verhoeven Foundation"], "'provides funding to X for coverage of'"),
    ("also-provide-support", "The Okafor Family Fund and the Marisol Trust also provide support to The Ledger's education desk.", None,
     "The Ledger", "funder", ["Okafor Family Fund", "Marisol Trust"], "'also provide support to'; desk of an outlet"),
    ("persons-foundation", "Marisol Vega's foundation is a funder of The Civic Ledger.", None,
     "The Civic Ledger", "funder", ["Marisol Vega"], "unnamed foundation identified by its founder: the sponsor is the name written, without the possessive"),
    # --- ownership: Washington Post, LA Times, Boston Globe, Politico styles
    ("parenthetical-founder-owns", "(Corwin Blake, Trellis's founder, owns The Sentinel.)", "Trellis said its drivers would be reclassified as employees.",
     "The Sentinel", "owner", ["Corwin Blake"], "parenthetical owner line; 'Trellis's founder' is a descriptor"),
    ("bezos-style-invented", "Trellis founder Corwin Blake owns The Evening Star.", None,
     "The Evening Star", "owner", ["Corwin Blake"], "'COMPANY founder NAME owns OUTLET'"),
    ("owner-appositive-also-founded", "The Herald's owner, biotech investor Mira Castell, also founded Vantis Bio, the company at the center of this story.", None,
     "The Herald", "owner", ["Mira Castell"], "owner named in an appositive with a descriptor"),
    ("which-owns-the-courier", "Tidewater Media Partners, which owns the Courier, also owns the sports website cited in this article.", None,
     "the Courier", "owner", ["Tidewater Media Partners"], "owner in a relative clause; lowercase 'the' kept in the outlet as written (as in the first set)"),
    ("owned-by-german-publisher", "The Signal is owned by the German publisher Kessler Verlag SE.", None,
     "The Signal", "owner", ["Kessler Verlag SE"], "passive; descriptor 'the German publisher' excluded; foreign suffix"),
    ("controlling-stake", "Disclosure: Alder Peak Capital owns a controlling stake in this newspaper.", None,
     None, "owner", ["Alder Peak Capital"], "controlling stake -> owner (a minority stake is 'investor', as in dev 2)"),
    ("employee-trust", "This newsroom is owned by its employees through the Ledger Employee Trust.", None,
     None, "owner", ["Ledger Employee Trust"], "'this newsroom' -> outlet null; the trust, not 'its employees', is the named owner"),
    ("times-possessive-s-apostrophe", "Harlan Capital is among The Times' financial supporters.", None,
     "The Times", "financial supporter", ["Harlan Capital"], "possessive written with a bare apostrophe ('The Times'')"),
    # --- parent companies: Bloomberg, TechCrunch/Verge, Axios styles
    ("bloomberg-style-parent", "Castellan LP, the parent company of Castellan News, competes with Vireo Systems in selling financial data terminals.", None,
     "Castellan News", "parent company", ["Castellan LP"], "Bloomberg-style line; Vireo Systems is the company in the news, not a sponsor"),
    ("subsidiary-of-corp", "Disclosure: The Loop is a subsidiary of Ardent Media Corp., which also owns the streaming service discussed here.", None,
     "The Loop", "parent company", ["Ardent Media Corp."], "'subsidiary of'; 'Corp.' followed by a comma"),
    ("parent-of-this-website", "Ardent Media Corp. is the parent company of this website.", None,
     None, "parent company", ["Ardent Media Corp."], "'this website' -> outlet null"),
    ("unit-of", "Brightline is a unit of Harrow Enterprises Ltd.", "Brightline first reported the deal on Monday.",
     "Brightline", "parent company", ["Harrow Enterprises Ltd."], "'a unit of'; 'Ltd.' ends the sentence"),
    # --- licensing
    ("both-pay-to-license-archive", "Vireo Systems and Brightwell Labs both pay Riverport Public Media to license its archive.", None,
     "Riverport Public Media", "licensing partner", ["Vireo Systems", "Brightwell Labs"], "'pay OUTLET to license' with 'both'"),
    ("content-licensing-agreement", "Disclosure: The Ledger has a content-licensing agreement with Corlis AI.", None,
     "The Ledger", "licensing partner", ["Corlis AI"], "outlet as subject, sponsor as object"),
    ("licenses-photo-archive", "Lattice Systems, Inc. licenses The Signal's photo archive for use in its AI products.", None,
     "The Signal", "licensing partner", ["Lattice Systems, Inc."], "verb 'licenses'; ', Inc.' in the name"),
    ("licensing-deal-relative", "Corlis AI, which has a licensing deal with WQMR, was not involved in this report.", None,
     "WQMR", "licensing partner", ["Corlis AI"], "licensing tie in a relative clause"),
    # --- donors
    ("contributed-dollars", "Pruitt Savings Bank has contributed $50,000 to The Ledger's nonprofit newsroom.", None,
     "The Ledger", "donor", ["Pruitt Savings Bank"], "'has contributed $N to' (contrast 'contributed to this report')"),
    ("person-and-foundation-donated", "Mira Castell and the Castell Family Foundation have donated to Riverport Public Media.", None,
     "Riverport Public Media", "donor", ["Mira Castell", "Castell Family Foundation"], "a person and her foundation, both donors"),
    ("individual-donor-descriptor", "Owen Marsh, a retired surgeon, is among the individual donors to The Civic Ledger.", None,
     "The Civic Ledger", "donor", ["Owen Marsh"], "descriptor 'a retired surgeon' excluded"),
    ("donor-to-this-newsroom", "The Rourke Education Fund, a donor to this newsroom, commissioned the survey cited above.", None,
     None, "donor", ["Rourke Education Fund"], "disclosure in an appositive; 'this newsroom' -> outlet null"),
    ("she-donor-context", "She is also a donor to The Civic Ledger.", "The lawsuit was filed by Marisol Vega, a Riverport developer.",
     "The Civic Ledger", "donor", ["Marisol Vega"], "sponsor named only in the context, by a pronoun in the sentence"),
    # --- investors
    ("investor-lp", "Disclosure: Norwood Partners, L.P. is an investor in The Loop.", None,
     "The Loop", "investor", ["Norwood Partners, L.P."], "', L.P.' in the name"),
    ("investor-in-this-publication-led-round", "Harlan Capital, an investor in this publication, led the startup's latest funding round.", None,
     None, "investor", ["Harlan Capital"], "the disclosure is the appositive; the round is news"),
    ("minority-stake-parent-possessive", "Disclosure: Tidewater Ventures holds a minority stake in Brightline's parent company.", None,
     "Brightline", "investor", ["Tidewater Ventures"], "minority stake in the outlet's parent -> investor"),
    # --- sponsors and sponsored content
    ("corporate-sponsorship-program", "Pruitt Savings Bank is a member of The Ledger's corporate sponsorship program.", None,
     "The Ledger", "sponsor", ["Pruitt Savings Bank"], "'a member of our corporate sponsorship program' wording"),
    ("sponsored-by-brand-studio", "This article was sponsored by Arden Bancorp and produced by The Ledger's brand studio; the newsroom was not involved.", None,
     "The Ledger", "sponsor", ["Arden Bancorp"], "sponsored-content label that names the advertiser: a paid tie to the outlet (see DISCLOSURES.md)"),
    ("newsletter-sponsored", "Today's newsletter is sponsored by Greyhaven Insurance Group.", None,
     None, "sponsor", ["Greyhaven Insurance Group"], "newsletter sponsor line, no outlet"),
    ("sponsor-newsletter-as-well-as", "The Tessaly Foundation and Brightwell Labs sponsor The Signal's climate newsletter, as well as its annual energy summit.", None,
     "The Signal", "sponsor", ["Tessaly Foundation", "Brightwell Labs"], "'as well as' after the object, not in the name list"),
    ("podcast-corporate-sponsors-co", "Corporate sponsors of this podcast include Harmon Paint Co. and Pell & Rowe LLP.", None,
     None, "sponsor", ["Harmon Paint Co.", "Pell & Rowe LLP"], "'Co.' before 'and'"),
    # --- other funder wording
    ("exchange-receives-funding-among-others", "The Exchange US receives funding from the Larkin Foundation and the Brannigan Trust, among others.", None,
     "The Exchange US", "funder", ["Larkin Foundation", "Brannigan Trust"], "The Conversation-style outlet funding line (contrast the author note among the negatives)"),
    ("founding-partner", "Westbrook University provides funding as a founding partner of The Exchange US.", None,
     "The Exchange US", "funder", ["Westbrook University"], "university as founding funding partner"),
    ("funded-in-part-passive", "The Ridgeline Report is funded in part by the Hartigan Family Foundation and Arden Bancorp.", None,
     "The Ridgeline Report", "funder", ["Hartigan Family Foundation", "Arden Bancorp"], "passive 'is funded in part by'"),
    ("provided-in-part-lp-end", "Funding for this reporting was provided in part by Norwood Partners, L.P.", None,
     None, "funder", ["Norwood Partners, L.P."], "name ending in 'L.P.' at the end of the sentence"),
    ("made-possible-by-grant", "This article was made possible by a grant from the Fenwick Institute for Rural Journalism.", None,
     None, "funder", ["Fenwick Institute for Rural Journalism"], "'made possible by a grant from'"),
    ("health-reporting-receives-support", "Our health reporting receives support from the Dunlevy Health Fund; the fund has no editorial input.", None,
     None, "funder", ["Dunlevy Health Fund"], "'our' -> outlet null; second clause refers back to the funder"),
    ("supported-by-and-also", "Riverport Public Media is supported by Halden Bank and also by the Brisco Family Fund.", None,
     "Riverport Public Media", "funder", ["Halden Bank", "Brisco Family Fund"], "'and also by'"),
    ("dash-mid-sentence", "Brightwell Labs \u2014 a financial supporter of this newsroom \u2014 said in a filing that it would cut 300 jobs.", None,
     None, "financial supporter", ["Brightwell Labs"], "mid-sentence disclosure between em dashes"),
    ("parenthetical-mid-sentence", "Vantis Bio (a financial supporter of WQMR) disputed the findings.", None,
     "WQMR", "financial supporter", ["Vantis Bio"], "parenthetical mid-sentence disclosure"),
    ("foundation-context-only", "The foundation is a funder of this newsroom.", "The Pemberton Foundation gave the school district $4 million for tutoring last year.",
     None, "funder", ["Pemberton Foundation"], "sponsor only in the context, and the context alone reads like a negative"),
    ("editors-note-llc-oxford", "Editor's note: Greyhaven Insurance Group, Pruitt Savings Bank, and Marlin Creek Farms LLC are financial supporters of Capitol Desk.", None,
     "Capitol Desk", "financial supporter", ["Greyhaven Insurance Group", "Pruitt Savings Bank", "Marlin Creek Farms LLC"], "editor's note; Oxford comma; LLC"),
]

# (slug, sentence, context, note)
NEG = [
    ("bill-lead-sponsors", "Rep. Dana Whitcomb and Rep. Luis Ferro are the bill's lead sponsors.", None, "sponsors of a bill"),
    ("festival-presenting-sponsor", "The festival's presenting sponsor, Halden Bank, also paid for the fireworks.", None, "event sponsor"),
    ("jersey-sponsor", "Corvin Motors is the jersey sponsor of the Riverport Otters.", None, "team sponsor"),
    ("visa-sponsor", "Her employer, Lattice Systems, agreed to sponsor her work visa.", None, "visa sponsorship"),
    ("school-bond-underwriters", "Arden Bancorp and Pell Securities are underwriters of the county's $85 million school bond.", None, "bond underwriters; same shape as 'X and Y are underwriters of WXYZ'"),
    ("ipo-underwriters", "Gannet Row & Co. is among the underwriters of the company's initial public offering.", None, "IPO underwriter; 'is among the underwriters of'"),
    ("insurance-underwriters", "Underwriters at the insurer flagged the property as a high wildfire risk.", None, "insurance underwriting"),
    ("among-investors-startup", "Tidewater Ventures is among the investors in Corlis, the scooter startup.", None, "investor in a company in the news"),
    ("investors-include-oxford", "Investors in the startup include Harlan Capital, Norwood Partners, and the Ostrander Trust.", None, "investor list with Oxford comma, company in the news"),
    ("team-owner-donor-mayor", "Mira Castell, who owns the Riverport Otters, is also a donor to the mayor.", None, "team owner and campaign donor"),
    ("mill-owned-by", "The mill is owned by Strand Holdings, Inc., a Delaware company.", None, "'is owned by' for a business in the news"),
    ("post-bought-layoffs", "The Washington Post, which Bezos bought in 2013, announced another round of layoffs on Tuesday.", "Newspapers across the country have cut staff this year.", "another outlet reporting the Post's ownership as news"),
    ("gazette-bought-news", "The Harbor Gazette, which Tidewater Media bought in 2019, cut its print schedule to three days a week.", None, "news about a paper's owner, not a disclosure by the paper"),
    ("study-supported-by-grant", "The study was supported by a grant from the Tessaly Foundation.", None, "same 'supported by a grant from' wording, but for research"),
    ("food-bank-funder", "The Brisco Family Fund is a longtime funder of the Riverport Food Bank.", None, "foundation funding a charity"),
    ("park-gift", "The Verhoeven Foundation's $3 million gift will pay for new trails in Millrace Park.", None, "foundation funding a park"),
    ("campaign-top-donors", "Halden Bank executives were among the top donors to the governor's campaign.", None, "campaign donors; 'among the' shape"),
    ("donated-both-parties", "Mira Castell has donated to both parties' Senate candidates.", None, "'has donated to' candidates"),
    ("donate-today-match", "Support our journalism: donate today and your gift will be matched.", None, "donation appeal with no named supporter"),
    ("membership-drive", "Become a member of WQMR during our spring drive and get a tote bag.", None, "membership drive naming the station"),
    ("members-benefits", "Members of The Ledger get ad-free access and invitations to events.", None, "membership benefits"),
    ("affiliate-share-of-sales", "We may receive a share of sales from products purchased through links in this guide.", None, "affiliate notice"),
    ("correction-owns-building", "Correction: An earlier version of this story said Halden Bank owns the building. It leases it.", None, "correction about ownership"),
    ("editors-note-comment-added", "Editor's note: This story has been updated with comment from Corvin Motors.", None, "update note naming a company"),
    ("opinion-views-own", "The views expressed in this commentary are the author's own and do not reflect those of WQMR.", None, "opinion disclaimer naming a station"),
    ("quoted-full-disclosure-season", "\"Full disclosure, I'm a season-ticket holder,\" the mayor said.", None, "quoted personal aside"),
    ("columnist-owns-shares", "Disclosure: The author owns shares of Corlis and Halden Bank.", None, "a columnist's personal holdings are not a tie of the outlet (see DISCLOSURES.md)"),
    ("no-response-list", "Representatives for Halden Bank, Corvin Motors and the Tessaly Foundation did not respond to requests for comment.", None, "list shaped like a disclosure"),
    ("conversation-author-funding", "Priya Nair receives funding from the National Institute for Coastal Research.", None, "author's research funding in a The Conversation-style byline note (see DISCLOSURES.md)"),
    ("sponsored-label-no-name", "This is paid content produced by our brand studio; the newsroom was not involved in its creation.", None, "sponsored-content label that names no sponsor"),
    ("sponsored-label-bare", "Sponsored content", None, "a bare sponsored-content label with no sponsor named"),
    ("paid-post-label-no-name", "Paid Post: This content was created by our advertising department, not by our journalists.", None, "paid-post label, no sponsor named"),
    ("author-no-conflicts", "Priya Nair does not work for, consult, own shares in or receive funding from any company or organization that would benefit from this article.", None, "The Conversation-style no-conflict statement"),
    ("columnist-no-positions", "Disclosure: The columnist holds no positions in the stocks mentioned in this article.", None, "'Disclosure:' with no tie"),
    ("senator-financial-disclosure", "The senator's financial disclosure lists shares in Corvin Motors and Vantis Bio.", None, "politician's financial disclosure form"),
    ("disclosure-forms-owns-stock", "Financial disclosure forms show the judge owns stock in Halden Bank.", None, "'disclosure' and 'owns' about a judge"),
    ("paper-disclosed-payments", "The newspaper disclosed the payments in a story published Sunday.", None, "'disclosed' as news"),
    ("published-in-partnership", "This story was published in partnership with The Valley Sentinel.", None, "a reporting partnership with no money named is not a tie to a sponsor"),
    ("photo-by-for", "Photo by Lena Ortiz for The Ledger.", None, "photo credit"),
    ("boilerplate-no-names", "The Ledger is a nonprofit, nonpartisan news organization funded in part by donations from members, foundations and corporate sponsors.", None, "Tribune-style boilerplate with no sponsor named"),
    ("donor-list-link", "A complete list of our donors is available on our website.", None, "donor list with no names"),
    ("funders-no-say", "Our funders have no say in our editorial decisions.", None, "independence statement with no names"),
    ("amendment-sponsored-by", "The amendment, sponsored by Sen. Ruth Okafor, would cap rent increases at 5 percent.", None, "'sponsored by' a legislator"),
    ("club-owned-by-consortium", "The club is owned by a consortium led by Harlan Capital.", None, "team ownership"),
    ("journalism-prize-sponsored", "The journalism prize, sponsored by the Verhoeven Foundation, was awarded to two Ledger reporters.", None, "sponsor of a prize, even one won by an outlet's reporters"),
    ("grant-to-district", "The district received a $2 million grant from the Tessaly Foundation to expand tutoring.", None, "grant to a school district"),
    ("federal-funded-project", "The project is funded by the state transit agency and a local sales tax.", None, "government project funding"),
    ("hospital-donation", "The Okafor Family Fund donated $1 million to the hospital's cancer center.", None, "charitable donation"),
    ("arena-financial-backers", "Halden Bank is among the financial backers of the new arena.", None, "'among the financial backers of' something other than an outlet"),
    ("largest-employers-list", "Corvin Motors and Halden Bank are among the largest employers in Riverport County.", None, "'X and Y are among' shape"),
    ("founder-bought-team", "Vantis founder Mira Castell bought the Riverport Otters in 2020.", None, "'COMPANY founder NAME' opening, team purchase"),
    ("house-owned-by-llc", "The house is owned by a limited liability company registered in Delaware.", None, "'is owned by' a company for a property"),
    ("wholly-owned-biotech", "Vantis Bio is a wholly owned subsidiary of Strand Holdings.", "Vantis Bio's shares fell 12 percent on the news.", "subsidiary of a business in the news"),
    ("car-maker-parent", "Corvin Motors' parent company, Alder Group, reported record sales in the second quarter.", None, "parent company of a business"),
    ("university-licenses-patents", "The university licenses its patents to Vantis Bio, which pays royalties on every sale.", None, "licensing unrelated to an outlet"),
    ("pays-city-to-license", "Corlis pays the city to license its scooters, as every operator must.", None, "'pays X to license' with no outlet"),
    ("chain-parent-gazette-stock", "Shares of Tidewater Media, which owns 40 daily newspapers, fell 8 percent after it cut its dividend.", "Newspaper stocks slid on Monday after weak advertising forecasts.", "market news about a newspaper chain's owner; no outlet of its own"),
    ("listener-support-share", "Listener support makes up 60 percent of WQMR's budget, the station's annual report shows.", None, "station funding as news, no sponsor named"),
    ("advertisers-no-influence", "Advertisers have no influence over the stories we choose to cover.", None, "advertising policy, no names"),
    ("editors-note-no-campaign-money", "Editor's note: The Ledger does not accept money from political campaigns or candidates.", None, "editor's note about funding policy, no sponsor"),
    ("produced-with-help-readers", "This story was produced with help from readers who answered our survey.", None, "'produced with help from' readers, no sponsor"),
    ("supporters-stadium-declined", "Supporters of the stadium plan, including Corvin Motors, declined to comment.", None, "'supporters' of a plan"),
    ("editors-note-content-warning", "Editor's note: This story contains descriptions of violence that some readers may find disturbing.", None, "content-warning editor's note"),
]


def check(items):
    """Validate everything; exit without writing on the first problem."""
    seen_ids, seen_sents = set(), set()
    for path in OTHER_SETS:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                seen_sents.add(json.loads(line)["sentence"])
    for it in items:
        slug, sent = it["id"], it["sentence"]
        if slug in seen_ids:
            sys.exit(f"duplicate id {slug}")
        seen_ids.add(slug)
        if sent in seen_sents:
            sys.exit(f"{slug}: sentence duplicated here or in an earlier set")
        seen_sents.add(sent)
        if sent != sent.strip() or "  " in sent:
            sys.exit(f"{slug}: stray whitespace")
        if not it["is_disclosure"]:
            continue
        rel, sponsors, outlet = it["relation"], it["sponsors"], it["outlet"]
        if rel not in RELATIONS or not sponsors:
            sys.exit(f"{slug}: bad relation or no sponsors")
        if len(set(sponsors)) != len(sponsors):
            sys.exit(f"{slug}: repeated sponsor")
        hay = sent + " " + (it["context"] or "")
        for s in sponsors:
            if s not in hay:
                sys.exit(f"{slug}: sponsor {s!r} not written in sentence/context")
            if s != s.strip() or s.lower().startswith("the "):
                sys.exit(f"{slug}: sponsor {s!r} has whitespace or a leading 'the'")
        if sponsors != sorted(sponsors, key=hay.index):
            sys.exit(f"{slug}: sponsors not in order of appearance")
        if outlet is not None and outlet not in sent:
            sys.exit(f"{slug}: outlet not in sentence")
    n_pos = sum(it["is_disclosure"] for it in items)
    if n_pos < MIN_POS or len(items) - n_pos < MIN_NEG:
        sys.exit(f"only {n_pos} positives and {len(items) - n_pos} negatives")


def main():
    items = []
    for slug, sent, ctx, outlet, rel, sponsors, note in POS:
        items.append(dict(id=f"disc:{len(items)+1:03d}-{slug}", sentence=sent, context=ctx, is_disclosure=True,
                          outlet=outlet, relation=rel, sponsors=sponsors, note=note))
    for slug, sent, ctx, note in NEG:
        items.append(dict(id=f"disc:{len(items)+1:03d}-{slug}", sentence=sent, context=ctx, is_disclosure=False,
                          outlet=None, relation=None, sponsors=[], note=note))
    check(items)
    with OUT.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"{len(items)} items: {len(POS)} positives, {len(NEG)} negatives")
    print(dict(Counter(p[4] for p in POS).most_common()))


if __name__ == "__main__":
    main()
