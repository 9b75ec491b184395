"""Sponsor and ownership disclosures: "Amazon, Apple and Google are among NPR's
financial supporters."

A sentence is a disclosure when the outlet states a financial or ownership tie between
named parties and itself. Detection runs in three stages:

1. Cue. A tie frame matches: a relation (support, fund, sponsor, underwrite, own, invest,
   license, donate, grant ...) in one of its verb, noun or passive forms, with a tie
   *target* in the object slot ("... of NPR", "NPR's ... supporters", "this station is
   funded by ...", "Support for this program comes from ...").
2. Rejection. The target must be the outlet itself: a named outlet (call letters,
   broadcaster/newspaper words), "this newsroom/our/us", or the outlet's own content
   ("this story", "her reporting"). A tie to a bill, team, event, bond or company in the
   news has no such target. Quoted asides, corrections and news reports of who owns some
   other paper are rejected by form.
3. Sponsors. The party side of the frame is split into a list of names, descriptors and
   appositives removed; "both companies" and "they" are resolved from the context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from .text import (
    Span,
    known_first_name,
    looks_corporate,
    names_in,
    person_title_split,
    sentences,
)


@dataclass
class Disclosure:
    start: int
    end: int
    text: str
    outlet: str | None
    relation: str
    sponsors: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- the sentence body

# Labels that introduce a disclosure; they are removed before the frames run, and their
# presence lets a tie to an outlet with an unfamiliar name count.
DISCLOSURE_LABEL = re.compile(
    r"^\s*\(?\s*(?:(?:editor[’']?s['’]? note|editors[’']? note|ed\. note|disclosures?|"
    r"full disclosure|disclaimer|note|transparency(?: note)?|funding note|ownership note|"
    r"about this story|a note to readers|note to readers|funding disclosure|"
    r"sponsor disclosure|conflict(?:s)? of interest|conflict disclosure)\s*(?::|\s[—–-]{1,2})\s*"
    r"|(?:in the interest of (?:full )?disclosure|for (?:the sake of )?transparency|"
    r"for disclosure purposes|as a matter of disclosure)\s*,\s*"
    r"|(?:we should note|it should be noted|we want to note|we note) that\s+)",
    re.I,
)
NOT_A_DISCLOSURE_LABEL = re.compile(r"^\s*\(?\s*(?:correction|clarification|update)\s*:", re.I)
QUOTE_MARKS = '"“”'


def _body(sentence: str) -> tuple[str, bool]:
    """The sentence without its label or wrapping parentheses, and whether it had a
    disclosure label (or was a parenthetical aside, the other common disclosure form)."""
    text = sentence.strip()
    labelled = bool(DISCLOSURE_LABEL.match(text))
    aside = text.startswith("(") and text.rstrip(". ").endswith(")")
    text = DISCLOSURE_LABEL.sub("", text).strip()
    if aside:
        text = text.strip("()").strip()
    # "is funded, in part, by": the commas around a hedge would break the frames.
    text = re.sub(r",\s+(in part|partly|largely|primarily|mostly|in large part),\s+", r" \1 ", text)
    return text, labelled or aside


# ---------------------------------------------------------------- tie targets

# A capitalised word that can start an outlet's name: not a sentence-initial function word.
CAP = (
    r"(?!(?:The|This|These|Those|Our|Its|Their|His|Her|A|An|We|It|They|Among|In|For|At|On|"
    r"By|With|From|Of|As|And|But|Since|After|Before|Over|Under|Both|Each|All|Some|Many|"
    r"Most|Also|Including)\b)[A-Z][\w’'&.-]*"
)
# "The Texas Tribune", "the Tri-County Tribune", "Valley Public Radio", "Friends of X"
# "The 19th": after "The", a name may start with a digit.
NAMED = (
    rf"(?:[Tt]he\s+(?:{CAP}|\d+[a-z]*\b)|{CAP})(?:\s+(?:(?:of|for|and|on|the|&)\s+)?{CAP}){{0,5}}"
)
OUTLET_NOUNS = (
    r"newspaper|paper|publication|site|website|web site|podcast|newsletter|station|"
    r"radio station|TV station|television station|network|outlet|magazine|"
    r"news organization|news organisation|organization|organisation|newsroom|"
    r"nonprofit newsroom|news site|news service|broadcaster|channel|media company|"
    r"nonprofit|company"
)
# "this newspaper", "our newsroom"; and "the station", which a station writes of itself.
DEICTIC = (
    rf"(?:(?:[Tt]his|[Oo]ur)\s+(?:[\w-]+\s+)?(?:{OUTLET_NOUNS})|[Tt]he\s+(?:station|newspaper|"
    r"paper|newsroom|website|podcast|magazine|publication|newsletter|broadcaster|news site|"
    r"news organization|outlet|network))\b"
)
CONTENT_NOUNS = (
    r"story|stories|article|articles|series|project|report|reporting|coverage|podcast|"
    r"newsletter|investigation|beat|position|journalism|episode|program|programme|"
    r"programming|show|section|page|column|segment|broadcast|newscast|fellowship|"
    r"documentary|content|feature|special|piece|essay|video|op-ed|commentary|analysis|guide"
)
# Content of this outlet: "this story", "our climate coverage", "her reporting",
# "the reporting" (the one use of "the": "which helped fund the reporting").
CONTENT = (
    rf"(?:(?:[Tt]his|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir|[Tt]oday[’']s|[Tt]his week[’']s|whose)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}(?:{CONTENT_NOUNS})|[Oo]ur\s+work"
    r"|the\s+(?:reporting|coverage|journalism))\b"
)
PRONOUN_TARGET = r"(?:[Uu]s|[Ww]e)\b"
TARGET = rf"(?P<outlet>{DEICTIC}|{CONTENT}|{PRONOUN_TARGET}|{NAMED})"
# A target in possessive position: "NPR's", "our", "this station's", "an NPR" (sponsor).
TARGET_POSS = rf"(?P<outlet>(?:{DEICTIC}|{NAMED})(?:[’']s)?|[Oo]ur)"

OUTLET_WORDS = re.compile(
    r"\b(?:News|Radio|Public Media|Media|Tribune|Times|Post|Herald|Gazette|Ledger|Courier|"
    r"Chronicle|Beacon|Journal|Daily|Weekly|Press|Project|Review|Report|Reporter|Magazine|"
    r"Observer|Sun|Star|Record|Dispatch|Bulletin|Current|Inquirer|Examiner|Monitor|"
    r"Telegraph|Sentinel|Register|Globe|Mirror|Standard|Wire|Broadcasting|Television|TV|"
    r"FM|AM|Network|Podcasts?|Newsroom|Watch|Insider|Voice|Voices|Independent|Citizen|"
    r"Leader|Eagle|Advocate|Messenger|Enterprise|Pioneer|Courant|Statesman|Digest|"
    r"Today|Almanac|Signal|Outlook|Banner|Argus|Bee|Free Press|Plain Dealer|Union|"
    r"Tribune-\w+|Mercury|Clarion|Crier|Herald-\w+|Post-\w+|Times-\w+|Newsletter|"
    r"Channel|Studios|Productions|Public Broadcasting|Matters|Lens|Notebook|Frontline|Beat|"
    r"Desk|Bureau|Edition|Briefing|Brief|Files|Reports|Collective|Guardian|Spectator|"
    r"Economist|Enquirer|Intelligencer|Gleaner|Telegram|Mail|Express|Patriot|Pilot|Transcript|"
    r"Bugle|Echo)\b"
)
# Call letters ("WKRV", "KQED-FM") and broadcaster or wire initials: all-caps words.
ACRONYM = re.compile(r"^[A-Z]{2,6}(?:-(?:FM|TV|AM))?$")
# Head nouns of named things that are not outlets, even in a labelled sentence.
NOT_OUTLET_HEAD = re.compile(
    r"\b(?:League|Team|Marathon|Festival|Games|Olympics?|Cup|Open|Tournament|Championship|"
    r"University|College|School|Museum|Hospital|Campaign|Committee|Party|Club|FC|"
    r"Foundation|Fund|Trust|Institute|Center|Centre|Act|Bill|Council|Association|Society|"
    r"Orchestra|Theater|Theatre|Zoo|Library|Park|Church|Bank|Capital|Ventures|Partners|"
    r"Prize|Award|Awards|Summit|Conference|Fair|Expo|Arena|Stadium|Inc\.?|LLC|LLP|Corp\.?|"
    r"Ltd\.?|Co\.?|PLC|Labs?|Systems|Technologies|Motors|Energy|Airlines?|Industries|Builders|"
    r"Services|Health|Healthcare|Clinic|Pharmaceuticals|Foods|Markets?|Insurance|Bancorp|"
    r"Realty|Properties|Logistics|Construction|Enterprises|Corporation|Company|Academy|"
    r"Alliance|Coalition|Hospice|Shelter|Pantry|Charities|Charity|Ministries|Mission|"
    r"Initiative|Program|Programs|Agency|Authority|District|Department|Commission|Board|"
    r"Aquarium|Symphony|Opera|Ballet|House|Home|Camp|Gardens?|Hall|Parade|Race|Run|Walk|Gala|"
    r"Regatta|Rodeo|Scouts|Temple|Mosque|Synagogue|Cathedral|Parish|Diocese|Caucus|PAC|"
    r"Endowment|Scholarship|Squad|Band|Choir|Ensemble|Bridge|Trail|Court|Students|Kitchen|"
    r"County|City|State|Township|Village|Town|Borough|Province|Nation|Tribe)$"
)


def _named_outlet(name: str, own: list[str]) -> bool:
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if any(_same_outlet(bare, o) for o in own):
        return True
    if _not_outlet_head(bare):
        return False
    return bool(ACRONYM.match(bare) or OUTLET_WORDS.search(bare))


def _not_outlet_head(name: str) -> bool:
    """The head noun names a team, school, company ...: the last word, or the word before
    "of" ("University of Westfield", "Bank of Harlow")."""
    return any(NOT_OUTLET_HEAD.search(head) for head in (name, name.split(" of ")[0]))


def _same_outlet(name: str, own: str) -> bool:
    a, b = name.lower(), re.sub(r"^the\s+", "", own.lower())
    return bool(a and b) and (a in b or b in a)


def _target_kind(raw: str, own: list[str]) -> str:
    """'self' (this newsroom, our, us, this story), 'outlet' (a named outlet),
    'unknown' (a name that may be an outlet) or 'other'."""
    target = _strip_possessive(raw)
    if not target or re.fullmatch(rf"{DEICTIC}|{CONTENT}|{PRONOUN_TARGET}|[Oo]ur", target):
        return "self"  # empty: a label such as "Sponsored by X." names no outlet
    if not target[:1].isupper() and not target.lower().startswith("the "):
        return "other"
    if re.match(r"^(?:the|The)\s+[a-z]", target):
        return "other"
    if _named_outlet(target, own):
        return "outlet"
    bare = re.sub(r"^[Tt]he\s+", "", target)
    if _not_outlet_head(bare) or _person(bare):
        return "other"  # an outlet is never a person: "Support for Mayor Chen comes from"
    return "unknown"


def _strip_possessive(raw: str) -> str:
    return re.sub(r"[’']s?$", "", raw.strip().rstrip(".,;:)"))


def _outlet_value(raw: str, kind: str) -> str | None:
    """The outlet as written; None for "this newspaper", "our", "this story". A lowercase
    "the" stays only before a one-word name ("the Chronicle", but "Prairie Dispatch")."""
    if kind == "self":
        return None
    value = _strip_possessive(raw)
    if value.startswith("the ") and len(value.split()) > 2:
        value = value[4:]
    return value


# ---------------------------------------------------------------- tie cues

AUX = (
    r"(?:is|are|was|were|has been|have been|had been|remains|remain|became|becomes|"
    r"will be|is now|are now|serves as|served as|acts as|provides? (?:funding|support) as)"
)
ADV = (
    r"(?:also|now|still|long|currently|both|all|each|a longtime|longtime|itself|previously|"
    r"recently|once|regularly|formerly|historically|annually|generously|jointly|together|"
    r"in the past|over the years|for years|for decades|in recent years)"
)
ADJ = (
    r"(?:(?:[Rr]ecent|[Cc]orporate|[Mm]ajor|[Ll]ongtime|[Ll]ong-time|[Ff]ounding|[Ff]inancial|"
    r"[Pp]rincipal|[Ll]eading|[Ll]ead|[Pp]rimary|[Ll]argest|[Bb]iggest|[Kk]ey|[Ss]ignificant|"
    r"[Ii]nstitutional|[Pp]resenting|[Oo]fficial|[Ii]ndividual|[Aa]nnual|[Pp]hilanthropic|"
    r"[Uu]nderwriting|[Cc]urrent|[Pp]ast|[Ff]ormer|[Tt]op|[Mm]ain|[Ss]ole|[Mm]ajority|"
    r"[Mm]inority|[Pp]art|[Ee]arly|[Ii]nitial|[Nn]ational|[Ll]ocal|[Rr]egular|[Ss]ustaining|"
    r"[Bb]usiness|[Cc]ontent|[\w-]+-licensing|[Ll]icensing|[Cc]ontrolling|[Ll]eadership|"
    r"[\w-]+-level|[Gg]old|[Ss]ilver|[Pp]latinum|[Bb]ronze|[Pp]remier|[Ee]xclusive|"
    r"[Ff]unding|[Cc]haritable|[Pp]aying)\s+)*"
)
REL_NOUN = (
    r"(?P<rel>[Ss]upporters?|[Bb]ackers?|[Ss]ponsors?|[Ff]unders?|[Uu]nderwriters?|[Dd]onors?|"
    r"[Bb]enefactors?|[Ii]nvestors?|[Ss]hareholders?|[Ss]takeholders?|[Oo]wners?|"
    r"[Cc]o-owners?|(?:(?<=funding )|(?<=founding )|(?<=licensing )|(?<=underwriting )|"
    r"(?<=financial )|(?<=corporate ))[Pp]artners?|"
    r"[Pp]arent company|[Pp]arent|[Cc]ontributors?|[Aa]dvertisers?|[Ll]icensees?|"
    r"(?:[Cc]orporate|[Ss]ustaining|[Bb]usiness|[Ff]ounding|[Ll]eadership)\s+[Mm]embers?|"
    r"[Pp]atrons?)"
)
# "the" before a capital belongs to the outlet's name ("among the Tribune's supporters").
AMONG = (
    r"(?:(?:among|one of|part of|one among|both|all|each)\s+)?(?:the\s+(?![A-Z])|an?\s+)?"
    r"(?:[a-z]+\s+(?:and|&)\s+)?"
)
MONEY = (
    r"(?:\$[\d.,]+(?:\s+(?:million|billion))?|money|funds|grants?|a grant|donations?|gifts?|"
    r"a gift|more than \$[\d.,]+(?:\s+(?:million|billion))?)"
)
# "Brightwell Labs — a financial supporter of this newsroom — said"; "Vantis Bio (a ...)"
OPEN_ASIDE = r"(?:,\s+|\s+[—–]\s+|\s+--\s+|\s*\(\s*)"
CLOSE_ASIDE = r"\s*(?:,|[—–]|--|\)|$)"
TIE_VERBS = (
    r"(?P<verb>(?:is|are|was|were|has been|have been)\s+(?:also\s+)?(?:sponsoring|"
    r"underwriting|funding|supporting|financing|backing)|backs|bankrolls|bankrolled|"
    r"sponsors|sponsored|has sponsored|have sponsored|sponsor|underwrites|support|"
    r"underwrote|underwrite|has underwritten|funds|funded|fund|has funded|have funded|"
    r"helps? (?:to )?(?:fund|support|underwrite|pay for)|helped (?:to )?(?:fund|support|"
    r"underwrite|pay for)|finances|financed|has owned|have owned|"
    r"(?:financially\s+)?supports|financially supported|financially support|"
    r"has (?:long\s+)?supported|have (?:long\s+)?supported|owns|own|co-owns|controls|"
    rf"(?:has|have)\s+(?:{ADV}\s+)?(?:donated|given|contributed)(?:\s+{MONEY})?\s+to|"
    rf"contributed\s+{MONEY}\s+to|donated(?:\s+{MONEY})?\s+to|donates?\s+to|"
    rf"(?:has\s+|have\s+)?(?:pledged|committed|awarded)\s+{MONEY}\s+to|"
    r"(?:has\s+|have\s+)?(?:made|makes|gave|given)\s+(?:a|an)\s+(?:[\w$.,-]+\s+){0,3}?"
    r"(?:donation|gift|contribution|grant)\s+to|"
    rf"gave(?:\s+{MONEY})?\s+to|gives?\s+(?:money\s+)?to|"
    r"(?:has|have)\s+invested\s+in|invested\s+in|invests?\s+in|"
    r"(?:also\s+)?(?:pays?|paid|helps? pay)\s+for|advertises\s+(?:on|in|with)|"
    r"(?:sponsors|sponsored|underwrites|underwrote|funds|funded)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:segment|series|program|show|newsletter|podcast|section|column|"
    r"page|beat|position|reporter|fellowship|feature)\s+(?:on|at|in|for|with)|"
    r"(?:has|have|maintains?)\s+(?:a|an)\s+(?:financial|business|commercial|sponsorship|"
    r"underwriting|funding)\s+(?:relationship|ties?|arrangement|connection)\s+(?:with|to)|"
    r"(?:holds?|has|have|owns?|took|acquired|bought)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:stake|interest|share)\s+in|"
    r"(?:also\s+)?(?:provides?|provided|has provided|have provided|gives?|gave|offers?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:funding|support|grants?|money|underwriting|donations?)\s+(?:to|for)"
    r"(?:\s+(?:support|fund|underwrite|pay for))?)"
)
LICENCE_FRAMES = [
    rf"(?:pays?|paid)\s+{TARGET}\s+(?:a\s+fee\s+)?for\s+(?P<verb>access to|the right to|"
    r"use of|licens\w+|(?:its|their)\s+(?:content|archives?|journalism|articles|stories))",
    r"(?:has|have|signed|struck|reached)\s+(?:a|an)\s+(?:\w+[\s-]+){0,2}"
    rf"(?P<verb>content|data|corporate|commercial)[\s-]+(?:sharing\s+)?(?:agreement|deal|partnership|arrangement|"
    rf"contract)\s+with\s+{TARGET}",
    rf"(?:pays?|paid)\s+{TARGET}\s+(?:a\s+fee\s+)?to\s+(?P<verb>license|licence|use|"
    r"distribute|access)\b",
    r"(?:has|have|signed|struck|reached)\s+(?:a|an)\s+(?:\w+[\s-]+){0,2}"
    rf"(?P<verb>licensing|license|licence)\s+(?:agreement|deal|partnership|arrangement|"
    rf"contract)\s+with\s+{TARGET}",
    rf"(?P<verb>licenses?)\s+(?:[\w-]+\s+){{0,3}}(?:from|to)\s+{TARGET}",
    rf"(?P<verb>licenses?)\s+{TARGET}(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}(?:archives?|content|"
    r"journalism|stories|articles|reporting|photos|photographs|coverage|data|video)",
]
BY = (
    r"(?:(?:in\s+part|partly|partially|largely|primarily|mostly|jointly|wholly|entirely|"
    r"solely|generously)\s+)?"
)
PASSIVE = (
    r"(?P<verb>supported|funded|underwritten|owned|co-owned|backed|sponsored|financed|"
    r"made possible|paid for|controlled|bankrolled|operated|brought to you|presented|"
    r"commissioned and paid for|commissioned and funded|produced and paid for)"
)
GETS = (
    r"(?P<verb>receives|received|gets|got|has received|have received|is receiving|accepts|"
    r"(?:gratefully\s+)?acknowledges|"
    r"accepted|has accepted|relies on|depends on|draws|won|has won|secured|has secured|"
    r"obtained|was awarded|has been awarded|is awarded|was given|has been given)"
)
MONEY_NOUN = (
    r"(?P<kind>(?:[\w$.,-]+\s+){0,3}?(?:funding|support|grants?|donations?|money|"
    r"underwriting(?:\s+support)?|contributions?|sponsorships?|investment|gifts?|revenue|"
    r"advertising|ads))"
)
SUPPORT_NOUN = (
    r"(?P<kind>(?:[A-Z]\w*\s+|[a-z]\w*\s+){0,2}?(?:[Ss]upport|[Ff]unding|[Uu]nderwriting|"
    r"[Ss]ponsorship|[Gg]rants?|[Mm]oney))"
)
PROVIDED = (
    r"(?:comes|come|came|is provided|was provided|has been provided|are provided|were provided|"
    r"is|was|are|were|is made possible|was made possible)"
)
# An outlet described as one: "Bayline Reports, a nonprofit newsroom supported by ..."
OUTLET_APPOSITIVE = (
    rf"\s*,\s+(?P<appos>(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{OUTLET_NOUNS}))"
    r"(?:\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})?\s*,?"
)
OWNER_NOUN = (
    r"(?P<rel>parent company|parent|corporate parent|owner|owners|majority owner|"
    r"largest shareholder|principal funder|main funder|biggest donor|largest donor|"
    r"principal owner|primary funder|largest underwriter|biggest underwriter|"
    r"largest funder|biggest funder|main sponsor|title sponsor)"
)


# Names and nothing else: "Arden Bancorp, Pell & Rowe LLP and the Okonkwo Foundation".
NAME_LIST = (
    r"(?:the\s+)?[A-Z0-9][\w.&’'-]*(?:(?:\s+|,\s*)(?:[A-Z0-9][\w.&’'-]*|and|of|the|for|&|"
    r"de|la))*"
)
# A unit of the outlet between its name and the verb: "The Associated Press education team
# receives support from ...", "WQMR programming is underwritten by ...".
UNIT = (
    rf"(?:(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{CONTENT_NOUNS}|team|desk|bureau|unit|staff|"
    r"newsroom))?"
)
# The name between an appositive's commas, with a ", Inc." that belongs to it.
APPOSED_NAME = r"[^,]+(?:,\s+(?:Inc|LLC|LLP|Ltd|Corp|Co|LP|L\.P|PLC)\.?)?(?=,|\s*$|\.)"


@dataclass(frozen=True)
class Frame:
    """A tie pattern: where its party (sponsor) side is, and whether the cue is a credit
    formula strong enough to accept a target whose name does not look like an outlet."""

    pattern: re.Pattern[str]
    party: str  # "subject" of the clause, "antecedent" of an aside, or "after" the cue
    families: tuple[str, ...]  # cue-word families, one of which the sentence must have
    credit: bool = False


@cache
def frames() -> tuple[Frame, ...]:
    """The tie patterns, compiled on first use: about a third of a second of regular
    expression compilation, which a process that never reads a disclosure (a text-only
    crawl's workers, a CLI command) should not pay at import."""

    def f(regex: str, party: str, families: str, credit: bool = False) -> Frame:
        return Frame(re.compile(regex), party, tuple(families.split()), credit)

    to_target = r"(?:of|to|for|in|at|with|behind)"
    return (
        # "X is (among the) financial supporter(s) of NPR"
        f(
            rf"\b{AUX}\s+(?:{ADV}\s+)*{AMONG}{ADJ}{REL_NOUN}\s+{to_target}\s+{TARGET}",
            "subject",
            "rel",
        ),
        # "X is among NPR's financial supporters"; "X is an NPR sponsor"
        f(rf"\b{AUX}\s+(?:{ADV}\s+)*{AMONG}{TARGET_POSS}\s+{ADJ}{REL_NOUN}\b", "subject", "rel"),
        # "X, a sponsor of WQMR, said"; "X — a supporter of this newsroom — said"
        f(
            rf"{OPEN_ASIDE}(?:also\s+)?{AMONG}{ADJ}{REL_NOUN}\s+{to_target}\s+{TARGET}"
            rf"(?:[’']s\s+[\w -]+?)?{CLOSE_ASIDE}",
            "antecedent",
            "rel",
        ),
        f(
            rf"{OPEN_ASIDE}(?:also\s+)?{AMONG}{TARGET_POSS}\s+{ADJ}{REL_NOUN}"
            rf"(?:\s+(?:since|for|from)\s+[^,()—–]{{1,30}}?)?{CLOSE_ASIDE}",
            "antecedent",
            "rel",
        ),
        # "X is a member of The Ledger's corporate sponsorship program"
        f(
            rf"\b{AUX}\s+(?:{ADV}\s+)*(?:a|an)\s+(?:member|participant|part)\s+of\s+{TARGET_POSS}"
            r"\s+(?:[\w-]+\s+)?(?P<rel>sponsorship|underwriting|donor|giving|funding)\s+"
            r"(?:program|programme|circle|society|club|council|network)",
            "subject",
            "member",
        ),
        # "X sponsors this podcast"; "X has donated to The Courier"
        f(
            rf"(?:\b{ADV}\s+)?\b{TIE_VERBS}\s+(?:(?:some|part|much|all|most)\s+(?:of\s+)?)?"
            rf"{TARGET}",
            "subject",
            "verb",
        ),
        *(f(rf"\b{frame}", "subject", "licence", credit=True) for frame in LICENCE_FRAMES),
        # "The Beacon is supported in part by X"
        f(
            rf"{TARGET}{UNIT}\s*,?\s+(?:which\s+|that\s+)?(?:{AUX}\s+)?(?:{ADV}\s+)*{BY}"
            rf"{PASSIVE}\s+{BY}(?:by|through|with)\s+(?P<sponsors>.+)",
            "after",
            "passive",
        ),
        # "Bayline Reports, a nonprofit newsroom supported by X"
        *(
            f(
                rf"{TARGET}{OUTLET_APPOSITIVE}\s+(?:which\s+|that\s+)?(?:{AUX}\s+)?"
                rf"(?:{ADV}\s+)*{BY}{verb_phrase}\s+(?P<sponsors>.+)",
                "after",
                "passive gets",
            )
            for verb_phrase in (
                rf"{PASSIVE}\s+{BY}(?:by|through|with)",
                rf"{GETS}\s+{MONEY_NOUN}\s+(?:from|of)",
            )
        ),
        # "The Ledger receives funding from X"
        f(
            rf"{TARGET}{UNIT}\s*,?\s+(?:which\s+|that\s+)?(?:{ADV}\s+)?{GETS}\s+{MONEY_NOUN}\s+"
            rf"(?:from|of|by)\s+(?P<sponsors>.+)",
            "after",
            "gets",
        ),
        # "Marlow Radio's underwriters include X"; "Corporate sponsors of this podcast are X"
        f(
            rf"{TARGET_POSS}\s+{ADJ}{REL_NOUN}\s+(?:include|includes|included|are|were|is|was|"
            rf"comprise|:)\s+(?P<sponsors>.+)",
            "after",
            "rel",
        ),
        f(
            rf"(?:^|\b){ADJ}{REL_NOUN}\s+(?:of|for|to)\s+{TARGET}\s+(?:include|includes|included|"
            rf"are|were|:)\s+(?P<sponsors>.+)",
            "after",
            "rel",
            credit=True,
        ),
        # "Among NPR's financial supporters are X"
        *(
            f(
                rf"^(?:[Aa]mong|[Ii]ncluded among)\s+(?:the\s+)?{group}\s*,?\s+"
                rf"(?:are|is|were|was)\s+(?P<sponsors>.+)",
                "after",
                "among",
            )
            for group in (
                rf"{TARGET_POSS}\s+{ADJ}{REL_NOUN}",
                rf"{ADJ}{REL_NOUN}\s+(?:of|to)\s+{TARGET}",
            )
        ),
        # "A grant from X supports WQRT's education reporting"
        f(
            r"(?:^|\b)(?:[Ff]unding|[Ss]upport|[Gg]rants?|[Aa] grant|[Mm]oney|[Dd]onations?|"
            r"[Aa] donation|[Aa] gift)\s+from\s+(?P<sponsors>.+?)\s+(?:also\s+)?(?:supports|"
            r"supported|funds|funded|helps? (?:to )?fund|helped (?:to )?fund|pays for|paid for|"
            rf"underwrites|underwrote|makes possible|made possible)\s+{TARGET}",
            "after",
            "credit",
        ),
        # "X provides most of The Ledger's funding"
        f(
            r"\b(?:provides?|provided|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|"
            r"contributes?|contributed)\s+(?:the\s+)?(?:majority|most|much|part|some|half|"
            r"(?:a|an)\s+(?:[\w-]+\s+)?(?:portion|share|percentage|fraction)|\d+\s*(?:percent|%))"
            rf"\s+of\s+{TARGET_POSS}\s+(?:[\w-]+\s+)?(?P<rel>funding|budget|support|revenue|"
            r"underwriting|income)",
            "subject",
            "verb",
        ),
        # "WQRT counts X among its supporters"
        f(
            rf"{TARGET}\s+(?:counts|lists|includes|names)\s+(?P<sponsors>.+?)\s+among\s+"
            rf"(?:its|their|our)\s+{ADJ}{REL_NOUN}",
            "after",
            "among",
        ),
        # "WQRT is one of 14 stations owned by X"
        f(
            rf"{TARGET}\s*,?\s+(?:which\s+)?(?:is|are|was)\s+(?:one of|among)\s+(?:the\s+)?"
            rf"(?:[\w-]+\s+){{0,4}}?{PASSIVE}\s+{BY}by\s+(?P<sponsors>.+)",
            "after",
            "passive",
        ),
        # "X gave WQRT $50,000 last year"
        f(
            rf"\b(?:gave|has given|have given|donated|granted|awarded)\s+{TARGET}\s+"
            r"(?:an?\s+)?(?:\$|grants?\b|donations?\b|gifts?\b|money\b|funding\b)",
            "subject",
            "verb",
        ),
        # A label that is the whole sentence: "Sponsored by Arden Bancorp."
        f(
            r"^(?P<outlet>)(?P<rel>[Ss]ponsored|[Pp]resented|"
            r"[Uu]nderwritten|[Bb]rought to you|[Mm]ade possible|[Ss]upported|[Ff]unded|"
            r"[Pp]aid for)"
            rf"\s+{BY}by\s+(?P<sponsors>{NAME_LIST})\.?$",
            "after",
            "passive",
        ),
        # "With support from the Okonkwo Foundation."
        f(
            r"^(?P<outlet>)(?:[Ww]ith|[Tt]hrough|[Tt]hanks to)\s+(?:the\s+)?(?:[\w-]+\s+)?"
            rf"(?P<rel>support|funding|a grant|grants|underwriting)\s+(?:from|of|by)\s+"
            rf"(?P<sponsors>{NAME_LIST})\.?$",
            "after",
            "credit",
        ),
        # "Sponsored content from Arden Bancorp"
        f(
            r"^(?P<outlet>)(?:This\s+is\s+)?(?:[Ss]ponsored|[Pp]aid|[Pp]artner|[Bb]randed)\s+"
            rf"(?P<rel>content|post|story|article)\s+(?:from|by|for)\s+(?P<sponsors>{NAME_LIST})\.?$",
            "after",
            "passive credit",
        ),
        # "WQMR underwriter Arden Bancorp did not respond": the role as a title
        f(
            rf"{TARGET_POSS}\s+{ADJ}(?P<rel>[Ss]ponsor|[Ff]under|[Uu]nderwriter|[Dd]onor|"
            r"[Bb]enefactor|[Ii]nvestor|[Oo]wner|[Ll]icensee|[Ff]inancial supporter)\s+"
            r"(?P<sponsors>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|&))*)"
            r"(?<![’']s)(?=\s+[a-z]|\s*[,;—–(]|\.?$)",
            "after",
            "rel",
        ),
        # "The Herald's owner, Mira Castell, ..."
        f(rf"{TARGET_POSS}\s+{OWNER_NOUN},\s+(?P<sponsors>{APPOSED_NAME})", "after", "owner"),
        # "X is the parent company of this website"
        f(
            r"\b(?:is|are|was|has been|became)\s+(?:also\s+)?(?:the|a)\s+(?P<rel>parent company|"
            r"corporate parent|parent|owner|majority owner|controlling owner)\s+(?:of|to)\s+"
            rf"{TARGET}",
            "subject",
            "owner",
        ),
        # "The Ledger is a grantee of X"; "The Ledger, a grantee of X, ..."
        f(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:(?:is|are|was|has been)\s+)?(?:also\s+)?"
            r"(?:a|an|one of the)\s+(?:[\w-]+\s+)?(?P<rel>grantees?|grant recipients?|"
            r"beneficiar(?:y|ies)|recipients? of (?:grants?|funding|support))\s+(?:of|from)\s+"
            r"(?P<sponsors>.+)",
            "after",
            "grantee",
        ),
        # "Our funders, including X, have no say in our coverage"
        f(
            rf"{TARGET_POSS}\s+{ADJ}{REL_NOUN}\s*,?\s+(?:including|such as)\s+(?P<sponsors>.+)",
            "after",
            "rel",
        ),
        # "WQRT's morning news is sponsored by X"
        f(
            rf"{TARGET_POSS}\s+(?:[a-z][\w-]*\s+){{1,3}}?(?:is|are|was|were|has been)"
            rf"\s+(?:{ADV}\s+)*{BY}{PASSIVE}\s+{BY}by\s+(?P<sponsors>.+)",
            "after",
            "passive",
        ),
        # "The Granite Post is a wholly owned subsidiary of X"
        f(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:is|are|was|has been)\s+(?:a|an|now a)\s+"
            rf"(?:(?:wholly|majority|fully|partly)[- ]owned\s+)?(?P<rel>subsidiary|unit|division|"
            rf"property|holding)\s+of\s+(?P<sponsors>.+)",
            "after",
            "subsidiary",
        ),
        # "NPR has a financial relationship with X"
        f(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:also\s+)?(?:has|have|maintains)\s+(?:a|an)\s+"
            r"(?P<rel>(?:financial|business|commercial|sponsorship|underwriting|funding)\s+"
            r"(?:relationship|ties?|arrangement|connection))\s+(?:with|to)\s+(?P<sponsors>.+)",
            "after",
            "verb",
        ),
        # "The Observer has a licensing agreement with X"
        f(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:has|have|signed|struck|entered into|"
            r"reached|announced)\s+(?:a|an)\s+"
            rf"(?:\w+[\s-]+){{0,2}}(?P<rel>licensing|license|licence|content|data|commercial|"
            rf"corporate)\s+(?:sharing\s+)?(?:agreement|deal|"
            rf"partnership|arrangement|contract)\s+with\s+(?P<sponsors>.+)",
            "after",
            "licence",
            credit=True,
        ),
        # "Axios and OpenAI have a licensing agreement"; "OpenAI and Axios signed a ... deal"
        *(
            f(
                rf"^{pair}\s+(?:have|signed|struck|entered into|reached|announced)\s+(?:a|an)\s+"
                r"(?:\w+[\s-]+){0,3}?(?P<rel>licensing|license|licence|content|data|commercial|"
                r"corporate)(?:\s+and\s+[\w-]+)?\s+(?:sharing\s+)?(?:agreement|deal|partnership|"
                r"arrangement|contract)",
                "after",
                "licence",
                credit=True,
            )
            for pair in (
                rf"{TARGET}\s+and\s+(?P<sponsors>{NAME_LIST})",
                rf"(?P<sponsors>{NAME_LIST}?)\s+and\s+{TARGET}",
            )
        ),
        # "The Ledger licenses its archive to X"
        f(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:also\s+)?(?P<rel>licenses|licensed|"
            rf"has licensed|sells)\s+(?:(?:its|their|our)\s+)?(?:[\w-]+\s+){{0,2}}?(?:content|"
            rf"archives?|journalism|stories|articles|reporting|photos|coverage|data)\s+to\s+"
            rf"(?P<sponsors>.+)",
            "after",
            "licence",
            credit=True,
        ),
        # "Support for WQMR comes from X"; "Major funding for PROGRAM is provided by X"
        f(
            rf"{SUPPORT_NOUN}\s+(?:for|of|to|on|at)\s+{TARGET}(?:\s+[\w-]+){{0,5}}?\s+{PROVIDED}\s+"
            rf"{BY}(?:in part\s+)?"
            rf"(?:from|by)\s+(?P<sponsors>.+)",
            "after",
            "credit",
            credit=True,
        ),
        # "This story was produced with support from X"
        f(
            rf"{TARGET}\s+(?:is|was|are|were|has been)\s+(?:\w+\s+)?(?:produced|reported|made|"
            rf"published|created|written|possible|supported|funded)\s+(?:in part\s+)?"
            rf"(?:with|through|thanks to|by)\s+(?:the\s+)?(?:\w+\s+)?(?P<kind>support|funding|"
            rf"grants?|a grant|financial support|underwriting|a donation|donations)\s+"
            rf"(?:from|of|by)\s+(?P<sponsors>.+)",
            "after",
            "credit",
        ),
    )


@dataclass
class Tie:
    """One frame match: where it starts, its relation cue, the target and party text."""

    start: int
    cue: str
    target: str
    party: str
    party_side: str
    credit: bool
    described_outlet: bool  # the sentence calls the target a newsroom, station, ...
    possessed: str = ""  # the words after a possessive target: "Chen's [re-election campaign]"
    word: str = ""  # the frame's relation word, when it has one: "sponsorship" in "... program"
    following: str = ""  # the words after the target: "NPR [member stations across ...]"


# Word beginnings that each family of frames needs: a frame is tried only on sentences
# that have one, which keeps the regexes (tried at every position) off most sentences.
FAMILIES = {
    "rel": (
        "support",
        "backer",
        "sponsor",
        "funder",
        "underwriter",
        "donor",
        "benefactor",
        "investor",
        "shareholder",
        "stakeholder",
        "owner",
        "co-owner",
        "partner",
        "parent",
        "contributor",
        "member",
        "patron",
        "licens",
        "advertis",
    ),
    "member": ("member", "participant", "part"),
    "verb": (
        "sponsor",
        "back",
        "bankroll",
        "account",
        "underwr",
        "fund",
        "financ",
        "support",
        "own",
        "co-own",
        "control",
        "donat",
        "given",
        "gave",
        "give",
        "contribut",
        "pledg",
        "commit",
        "award",
        "invest",
        "stake",
        "interest",
        "share",
        "provid",
        "offer",
        "made",
        "make",
        "help",
        "advertis",
        "pay",
        "paid",
        "relationship",
        "ties",
        "arrangement",
    ),
    "licence": ("licen", "pay", "paid", "content", "data", "partnership"),
    "passive": (
        "supported",
        "funded",
        "underwritten",
        "owned",
        "co-owned",
        "backed",
        "sponsored",
        "financed",
        "possible",
        "paid",
        "controlled",
        "bankrolled",
        "operated",
        "brought",
        "presented",
    ),
    "gets": (
        "receiv",
        "get",
        "got",
        "accept",
        "relies",
        "depends",
        "draws",
        "acknowledg",
        "won",
        "secur",
        "obtain",
        "award",
        "given",
    ),
    "among": ("among",),
    "owner": (
        "parent",
        "owner",
        "publisher",
        "shareholder",
        "funder",
        "donor",
        "underwriter",
        "sponsor",
    ),
    "grantee": ("grantee", "recipient", "beneficiar"),
    "subsidiary": ("subsidiar", "unit", "division", "property", "holding"),
    "credit": ("support", "funding", "underwriting", "sponsorship", "grant", "money", "donation"),
}
WORD = re.compile(r"[a-z]+")  # "content-licensing" is two words here


def _families(text: str) -> set[str]:
    words = WORD.findall(text.lower())
    return {name for name, starts in FAMILIES.items() if any(w.startswith(starts) for w in words)}


def find_ties(body: str) -> list[Tie]:
    ties = []
    present = _families(body)
    for frame in frames():
        if present.isdisjoint(frame.families):
            continue
        for m in frame.pattern.finditer(body):
            if m.group("outlet") is None:
                continue
            groups = m.groupdict()
            if frame.party == "after":
                # The cue is the match around the sponsors: "WQRT counts [X] among its underwriters"
                cue = body[m.start() : m.start("sponsors")] + body[m.end("sponsors") : m.end()]
                party = m.group("sponsors")
            else:
                cue, party = m.group(0), body[: m.start()]
            described = bool(groups.get("appos"))
            possessed = body[m.end("outlet") : m.end("outlet") + 50]
            ties.append(
                Tie(
                    m.start(),
                    cue,
                    m.group("outlet"),
                    party,
                    frame.party,
                    frame.credit,
                    described,
                    possessed if re.search(r"[’']s?$", m.group("outlet")) else "",
                    groups.get("rel") or groups.get("verb") or "",
                    possessed,
                )
            )
    return sorted(ties, key=lambda t: t.start)


# ---------------------------------------------------------------- relations

RELATION_CUES = [
    (
        re.compile(
            r"\blicen[cs]|\baccess to|\b(?:content|data|commercial|corporate)[\s-]+"
            r"(?:sharing\s+)?(?:deal|agreement|partnership|arrangement|contract)",
            re.I,
        ),
        "licensing partner",
    ),
    (re.compile(r"\b(?:controlling|majority)\s+(?:stake|interest|share)", re.I), "owner"),
    (
        re.compile(r"\b(?:subsidiary|unit|division|property|parent|holding)\b", re.I),
        "parent company",
    ),
    (
        re.compile(
            r"\b(?:stake|interest|share|invest\w*|shareholder|stakeholder|backed|backers?)\b", re.I
        ),
        "investor",
    ),
    (
        re.compile(
            r"\b(?:own|owns|owned|owners?|co-own\w*|controls|controlled|publisher|published|operated)\b",
            re.I,
        ),
        "owner",
    ),
    (re.compile(r"\bunderwrit", re.I), "underwriter"),
    (
        re.compile(
            r"\b(?:donor|donat|gave|give|gives|gift|benefactor|contribut|patron|member|pledg)",
            re.I,
        ),
        "donor",
    ),
    (
        re.compile(
            r"\bsponsor|\bbrought to you\b|\bpresented\b|\badvertis|\b(?:business|commercial)"
            r"\s+(?:relationship|ties?|arrangement)",
            re.I,
        ),
        "sponsor",
    ),
    (
        re.compile(r"\b(?:supporters?|financially support\w*|financial relationship)\b", re.I),
        "financial supporter",
    ),
    (
        re.compile(
            r"\b(?:fund|funds|funded|funders?|funding|grants?|support|supported|supports|financ|possible|paid|money|bankroll)",
            re.I,
        ),
        "funder",
    ),
]
BROADCAST_CONTENT = re.compile(
    r"\b(?:program|programme|programming|show|broadcast|newscast|station|podcast|episode)\b", re.I
)


def _relation(tie: Tie) -> str:
    cue = tie.cue
    if _on_air_credit(tie):
        return "underwriter"

    # The frame's own relation word decides, else the first relation word of the cue.
    for text in (tie.word, cue):
        for pattern, relation in RELATION_CUES:
            if pattern.search(text):
                return relation
    return "funder"


def _on_air_credit(tie: Tie) -> bool:
    """ "Support for WQMR comes from", "Major funding for PROGRAM is provided by": the
    broadcast underwriting credit, unlike "Funding for this series was provided by"."""
    if tie.party_side != "after" or not SUPPORT_CREDIT.match(tie.cue):
        return False
    target = _strip_possessive(tie.target)
    if BROADCAST_CONTENT.search(target) or ACRONYM.match(target.split()[-1]):
        return True
    return target[:1].isupper() and not re.match(r"^(?:This|Our|Her|His|Their)\b", target)


SUPPORT_CREDIT = re.compile(
    r"^(?:(?:[Mm]ajor|[Aa]dditional|[Ll]ead|[Cc]orporate|[Pp]rincipal)\s+)?(?:[Ss]upport|"
    r"[Ff]unding|[Uu]nderwriting)\s+for\b"
)


# ---------------------------------------------------------------- rejection by form

REPORTING = re.compile(
    r"\b(?:reported|reports|said|says|told|according to|announced|disclosed|filed|sued|"
    r"testified|wrote|spoke|bought|purchased|acquired|sold)\b",
    re.I,
)
SELF_REFERENCE = re.compile(
    rf"\b(?:this|our)\s+(?:[\w-]+\s+)?(?:{OUTLET_NOUNS})\b|{CONTENT}|\b(?:we|us|our)\b", re.I
)


def _inside_quotes(body: str, position: int) -> bool:
    return sum(body[:position].count(mark) for mark in QUOTE_MARKS) % 2 == 1


def _reported_ownership(body: str, tie: Tie, relation: str, labelled: bool) -> bool:
    """ "Bezos, who owns The Washington Post, said ...": news about who owns some paper,
    not the paper disclosing its owner. "X owns The Post." and "X, who owns The Post,
    declined to comment" still count."""
    if relation not in {"owner", "parent company", "investor"} or labelled:
        return False
    if CHANGE_OF_OWNER.search(body):
        return True  # "the newspaper's new owner": news of a sale
    if SELF_REFERENCE.search(body):
        return False
    rest = body.replace(tie.cue, " ")
    return bool(REPORTING.search(rest))


CHANGE_OF_OWNER = re.compile(
    r"\b(?:new|former|previous|prospective|would-be|future)\s+(?:owners?|parent company|parent)\b",
    re.I,
)


# ---------------------------------------------------------------- sponsor lists

SUFFIX = re.compile(
    r"^(?:Inc|LLC|L\.L\.C|LLP|Ltd|Corp|Co|LP|L\.P|PLC|N\.A|GmbH|AG|SA|SE|NV|N\.V|BV|SpA|AB|ASA)\.?$"
)
# Where the party text of a right frame stops: a relative clause, a purpose, an aside.
PARTY_END = re.compile(
    r",\s+(?:which|who|whose|that|where|a|an|the(?=\s+[a-z])|one of|as well as its|and is|"
    r"but)\b|"
    r"\s+(?:which|who|whose|that|but|because|while|although)\s|,\s+among others|"
    r"\s+for\s+(?:its|their|the|our|this|his|her|a|an|coverage|reporting)\b|"
    r"\s+to\s+(?:support|fund|cover|help|pay|underwrite|produce|expand|hire)\b|"
    r",?\s+(?:and|as well as)\s+(?:from\s+)?(?:by\s+)?(?:readers|listeners|viewers|members|"
    r"individual|individuals|other|many|our|thousands|hundreds|people|donors|subscribers)\b|"
    r";\s+(?!and\b)(?=[a-z])|\s+[–—-]{1,2}\s+|\s*\(|\.\s*$|\.\s+(?=[A-Z])"
)
GRANT_WORDS = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w$.,-]+\s+){0,3}?(?:grants?|support|funding|donations?|"
    r"gifts?|contributions?|investment|money)\s+(?:from|of|by)\s+",
    re.I,
)
# "Amazon founder Jeff Bezos", "German publisher Kessler Verlag": capitalised words and a
# lowercase role before the name. Particles ("Friends of the Earth") are not roles.
PARTICLES = r"(?:of|for|and|the|de|du|des|la|le|van|von|der|den|da|del|on|in|at|&)"
DESCRIPTOR = re.compile(
    rf"^(?:[A-Z][\w&.’'-]*\s+)+(?:(?:(?!{PARTICLES}\s)[a-z][\w-]*\s+)+|(?:CEO|CFO|COO|CTO|"
    r"Chief Executive|Founder|Co-founder|Chairman|Chairwoman|Chair|President|Owner)\s+)(?=[A-Z])"
)
# "real estate developer Lakeline Partners"; a preposition means a phrase, not a role
# ("the subject of a hearing on Tuesday").
LOWER_DESCRIPTOR = re.compile(
    r"^(?:(?!(?:of|on|by|at|in|for|to|with|from|and|or|about|over)\s)[a-z][\w’'-]*\s+){1,4}"
    r"(?=[A-Z])"
)
# "Marisol Vega's foundation": the organisation is recorded under the written name.
OWN_ORGANISATION = re.compile(
    r"^(?P<name>.+?)[’']s?\s+(?:family\s+)?(?:foundation|company|firm|charity|fund|trust|"
    r"family office|philanthropy|nonprofit|business|companies|foundations)$"
)
CALENDAR = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)$"
)
APPOSITIVE = re.compile(
    r",\s+(?:a|an|the(?=\s+[a-z])|which|who|whose|whom|one of|itself|both|each)\s+[^,]*(?:,|$)"
)
GROUP_SUBJECT = re.compile(
    r"^(?:both|the|all|these|those|each of the|all of the|all three|both of the)?\s*"
    r"(?:two|three|four|five|several)?\s*(?:companies|company|firms|firm|foundations|"
    r"foundation|groups|organizations|organisations|organization|funders|donors|they|it|"
    r"businesses|entities|institutions|philanthropies|charities|sponsors|she|he|it|they)$|"
    r"^(?:both|all three|both of them|all of them|the two|the three|each|all|they)$|"
    r"^(?:the|this|that|these|those|both|each)\s+(?:two\s+|three\s+)?[a-z]+$",  # "The bank"
    re.I,
)
PRONOUN_ITEM = re.compile(r"^(?:I|We|You|He|She|It|They|This|That|These|Those|Its|Their)$")


LIST_JOINER = r"\s+(?:and|as well as|plus|along with|together with|alongside)\s+|,?\s+as well as\s+"
LIST_LEAD = (
    r"^(?:(?:and|as well as|plus|from|by|also|including|such as|like|namely|along with|"
    r"together with|alongside)\s+)+"
)
# A sentence-opening phrase, not a name: "In 2020, Arden Bancorp gave ..."
NOT_A_NAME_START = re.compile(
    r"^(?:In|On|At|Since|During|Last|Over|For|After|Before|Earlier|Separately|Meanwhile|"
    r"However|Additionally|Previously|According|As|Through|Until|Between)\b"
)


def split_sponsors(raw: str) -> list[str]:
    """'A, B, and the C Trust' -> ['A', 'B', 'C Trust']; 'Acme, Inc.' stays one name."""
    raw = raw.strip().strip(" ,")
    if raw.endswith(".") and not SUFFIX.match(raw.rsplit(None, 1)[-1]):
        raw = raw[:-1]
    raw = re.sub(r"\s*\([^)]*\)", "", raw)  # "Arden Bancorp (ARD)"
    raw = re.sub(r"\s+(?:[—–]|--)(?:\s+|$)", ", ", raw)  # "Amazon — along with Apple — ..."
    raw = APPOSITIVE.sub(",", raw + ",").strip(" ,")
    separator = ";" if ";" in raw else ","
    parts: list[str] = []
    for piece in raw.split(separator):
        for item in re.split(LIST_JOINER, piece):
            item = re.sub(LIST_LEAD, "", item.strip(" ,"))
            if not item:
                continue
            if SUFFIX.match(item) and parts:
                parts[-1] = f"{parts[-1]}, {item}"  # "Acme Holdings, Inc."
                continue
            parts.append(item)
    return [name for part in _join_shared_names(parts) if (name := _clean_name(part))]


INSTITUTION_END = re.compile(r"\b(?:Foundation|Fund|Trust|Institute|Initiative|Philanthropies)$")


def _join_shared_names(parts: list[str]) -> list[str]:
    """ "Bill and Melinda Gates Foundation" is one name: a lone first name before "and"
    shares the foundation that follows."""
    joined: list[str] = []
    for part in parts:
        if (
            joined
            and 1 <= len(first := re.sub(r"^(?:the|The)\s+", "", joined[-1]).split()) <= 2
            and known_first_name(first[0])
            and all(re.fullmatch(r"[A-Z]\.", w) for w in first[1:])  # "John S."
            and INSTITUTION_END.search(part)
            and known_first_name(part.split()[0])
        ):
            joined[-1] = f"{joined[-1]} and {part}"
            continue
        joined.append(part)
    return joined


HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame)\.?$")


def _clean_name(part: str) -> str | None:
    """A list item without its descriptor, or None when it is not a name."""
    part = GRANT_WORDS.sub("", part.strip())
    own_org = OWN_ORGANISATION.match(part)
    if own_org:
        part = own_org.group("name")
    part = re.sub(r"^(?:its|their|the company's|his|her)\s+[a-z ]+,\s*", "", part)
    part = re.sub(r"\s+through\s+.*$", "", part)
    part = re.sub(r"\s+(?:since|in|from|until)\s+(?:the\s+)?\d.*$", "", part)  # "since 1952"
    part = re.sub(r"^(?:(?:both|Both|each|Each|either|Either)\s+)?(?:the|The)\s+", "", part)
    part = re.sub(r"^(?:Both|Each of|All of|Either)\s+(?=[A-Z])", "", part)
    part = DESCRIPTOR.sub("", part)
    part = LOWER_DESCRIPTOR.sub("", part)  # "real estate developer Lakeline Partners"
    titled = person_title_split(part)
    if titled and not HONORIFIC.match(titled[0]):
        part = titled[1]  # "former New York Mayor Michael Bloomberg"; "Dr. Ana Ruiz" stays
    part = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", part).strip(" ,.")
    if re.search(r"\b(?:Inc|Co|Corp|Ltd|L\.P|N\.A)$", part):
        part += "."  # the sentence's full stop also ended "Inc."
    words = part.split()
    if not words or not part[0].isupper() or PRONOUN_ITEM.match(part):
        return None
    last = words[-1]
    family = last == "family" and len(words) >= 2 and words[-2][:1].isupper()  # "Hale family"
    if not (last[:1].isupper() or last[:1].isdigit() or SUFFIX.match(last) or family):
        return None  # "Lumora's chief executive" describes the next name
    if CALENDAR.match(part) or NOT_A_NAME_START.match(part) or part.isdigit():
        return None
    return part


def _party_text(tie: Tie) -> str:
    if tie.party_side == "antecedent":
        return _antecedent(tie.party)
    if tie.party_side == "after":
        text = tie.party
        end = PARTY_END.search(text)
        text = text[: end.start()] if end else text
        if " through " in text:  # "owned by the Kellerman heirs through Riverbend LLC"
            text = text.split(" through ", 1)[1]
        return text
    return _subject(tie.party)


# Verbs and auxiliaries between a subject and its tie: "X [has agreed to] fund ...".
MODAL = (
    r"will|would|can|could|may|might|shall|should|must|to|has|have|had|did|does|do|agreed|"
    r"plans|plan|planned|continues|continue|continued|is expected|are expected|expects|"
    r"intends|pledged|promised|decided|began|begun|started|stopped"
)


def _subject(left: str) -> str:
    """The subject of the clause that ends where the cue begins."""
    left = left.rstrip()
    among = re.match(
        r"^(?P<subject>.+?)\s+(?:is|are|was|were)\s+(?:also\s+)?(?:among|one of)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:that|which|who)$",
        left,
    )
    if among:  # "X is among the foundations that fund ..."
        return _subject(among.group("subject"))
    # "X — which, like Y, is ...": the comparison is not the subject.
    left = re.sub(r",\s+(?:like|unlike|as with|as do|as does)\s+[^,]+,?$", "", left).rstrip()
    relative = re.search(r"(?:,|\s+[—–]|\s+--)?\s+(?:which|who|that|whose\s+\w+)\s*$", left)
    if relative:
        return _antecedent(left[: relative.start()])
    # "We should note that X is ...": the subject starts after the reporting clause.
    # A semicolon ends a clause, unless it separates a list ("A; B; and C").
    semicolon = "" if re.search(r";\s+and\s", left) else r";\s+|"
    clause = re.split(
        semicolon + r":\s+|\bbut\s+|\b(?:note|noted|notes|disclose|add|added|mention|acknowledge)"
        r"\s+that\s+",
        left,
    )[-1]
    return re.sub(rf"(?:\s+(?:{ADV}|{MODAL}))+$", "", clause)


def _antecedent(text: str) -> str:
    """The names just before a relative pronoun: '... a partnership with the Civic Data
    Collaborative' -> 'the Civic Data Collaborative'."""
    tokens = text.rstrip(" ,—–-(").split()
    start = len(tokens)
    connectors = {"and", "&", "of", "for", "the", "as", "well", "on", ","}
    while start > 0:
        token = tokens[start - 1]
        word = token.rstrip(",")
        if word[:1].isupper() or word in connectors or SUFFIX.match(word):
            start -= 1
            continue
        break
    names = " ".join(tokens[start:])
    return re.sub(r"^(?:and|of|for|as|well|on|&)\s+", "", names)


def _sponsors(tie: Tie, context: str | None, target: str) -> list[str]:
    party = _party_text(tie)
    if GROUP_SUBJECT.match(party.strip(" ,")) and context:
        return _context_names(party, context)
    outlet = _strip_possessive(target)
    return [n for n in split_sponsors(party) if not outlet or outlet not in n]


NUMBERS = {
    "both": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "it": 1,
    "company": 1,
    "foundation": 1,
    "firm": 1,
    "organization": 1,
}


def _context_names(party: str, context: str) -> list[str]:
    """'Both companies' names the organisations of the previous sentence."""
    from .entities import NOT_NAMES

    names = [
        n
        for span in names_in(context)
        for n in split_sponsors(span.text)
        if n.lower() not in NOT_NAMES
        and n not in {"The", "A", "An"}
        and not _named_outlet(n, [])  # "Google and Microsoft told NPR ...": not NPR
        and not re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", n)
    ]
    words = party.lower().split()
    if words and words[-1] in {"she", "he"}:
        people = [n for n in names if len(n.split()) >= 2 and not looks_corporate(n)]
        return people[:1]
    count = next((NUMBERS[w] for w in words if w in NUMBERS), None)
    if count is None and len(words) == 2 and words[0] in {"the", "this", "that"}:
        count = 1  # "The bank": one organisation, the first the context names
    if words and words[-1] not in {"they", "both", "all", "each"}:
        # "The company", "both firms": organisations, not the people the context names.
        names = [n for n in names if not _person(n)] or names
    return names[:count] if count else names


# ---------------------------------------------------------------- the classifier


def classify_sentence(
    sentence: str, context: str | None = None, own: Iterable[str] = ()
) -> tuple[str | None, str, list[str]] | None:
    """(outlet, relation, sponsors) if ``sentence`` discloses a tie, else None."""
    own = list(own)
    if NOT_A_DISCLOSURE_LABEL.match(sentence) or not _has_cue_word(sentence):
        return None
    body, labelled = _body(sentence)
    # A named outlet or "this newsroom" beats a name that only might be one: in "Corlis
    # AI, which has a licensing deal with WQMR" both sides fit the licensing frame.
    ties = sorted(find_ties(body), key=lambda t: _target_kind(t.target, own) == "unknown")
    for tie in ties:
        kind = _target_kind(tie.target, own)
        if AUTHOR_CONTENT.match(tie.possessed) and _person(_strip_possessive(tie.target)):
            kind = "self"  # "Reporter Ana Ruiz's position is funded by ...": an author bio
        relation = _relation(tie)
        if kind == "other" or _inside_quotes(body, tie.start) or _tie_to_something_else(tie):
            continue
        if kind == "unknown" and not _unknown_target_ok(tie, relation, labelled, context):
            continue
        definite = tie.target.lower().startswith("the ")  # "the station" may be another's
        if (kind != "self" or definite) and _reported_ownership(body, tie, relation, labelled):
            continue
        sponsors = _sponsors(tie, context, tie.target)
        if sponsors:
            return _outlet_value(tie.target, kind), relation, sponsors
    return None


# What an outlet's possessive may own in a tie: "KQRV's morning newscast", "The Courier's
# nonprofit arm"; not "Mayor Chen's campaign".
OUTLET_POSSESSION = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,3}}?(?:{CONTENT_NOUNS}|{OUTLET_NOUNS}|arm|desk|bureau|team|news|"
    r"archives?|staff|operations|parent company|parent|owner|fund|foundation|website|app|"
    r"funding|budget|revenue|income|underwriting|"
    r"newsrooms?|stations?)\b"
)


def _tie_to_something_else(tie: Tie) -> bool:
    """ "a donor to Mayor Chen's campaign": the possessive target owns the real object;
    "a donor to NPR member stations": the name only modifies it."""
    if MODIFIED_AUDIENCE.match(tie.following):
        return True
    if not tie.possessed or not re.match(r"^\s+[a-z]", tie.possessed):
        return False
    if REL_NOUN_ONLY.match(tie.possessed) or OWNER_NOUN_ONLY.match(tie.possessed):
        return False  # "NPR's financial supporters"
    return not OUTLET_POSSESSION.match(tie.possessed)


REL_NOUN_ONLY = re.compile(rf"^\s+{ADJ}{REL_NOUN}\b")
MODIFIED_AUDIENCE = re.compile(
    r"^\s+(?:member|members|affiliate|affiliates|stations|listeners|viewers|readers|"
    r"subscribers|employees|journalists|reporters|hosts|executives|staffers|alumni|fans|"
    r"audiences?)\b"
)
OWNER_NOUN_ONLY = re.compile(rf"^\s+{OWNER_NOUN}\b")
AUTHOR_CONTENT = re.compile(r"^\s+(?:[\w-]+\s+)?(?:position|reporting|fellowship|beat|coverage)\b")
FUNDING_RELATIONS = {"funder", "financial supporter", "underwriter", "donor", "licensing partner"}


def _unknown_target_ok(tie: Tie, relation: str, labelled: bool, context: str | None) -> bool:
    """A target whose name does not look like an outlet ("Capitol Desk", "Brightline")
    counts when something else says it is one: a disclosure label, a credit formula, an
    appositive ("a nonprofit newsroom"), the context ("Brightline first reported"), or
    a plain money tie ("a donor to", "receives funding from") to a name that is neither a
    person's nor a company's or institution's."""
    if labelled or tie.credit or tie.described_outlet:
        return True
    name = re.escape(re.sub(r"^[Tt]he\s+", "", _strip_possessive(tie.target)))
    if context and re.search(rf"\b{name}\s+(?:\w+\s+)?{PUBLISHING_VERB}", context):
        return True
    if relation not in FUNDING_RELATIONS or re.search(r"\b(?:at|in|with|behind)\s+\S+$", tie.cue):
        return False
    if re.search(r"\b(?<!financial )(?:supporters?|backers?)\b", tie.cue, re.I):
        return False  # a plain "supporter of X" is as often political as financial
    # "a donor to Habitat Builders" and "a donor to Civic Lens" look alike; a person's name
    # ("a supporter of Priya Lund") is the one kind of target that is surely not an outlet.
    return not _person(re.sub(r"^[Tt]he\s+", "", _strip_possessive(tie.target)))


def _person(name: str) -> bool:
    """ "Priya Lund", "Gov. Alma Ruiz", "Reporter Ana Ruiz": a first name or a title."""
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    if not words or not words[0][:1].isupper():
        return False
    if looks_corporate(name) or _not_outlet_head(name):
        return False  # "Arden Bancorp": a first name that starts a company's name
    if NEWSROOM_ROLE.match(words[0]) and len(words) > 1:
        words = words[1:]  # "Reporter Ana Ruiz"
    return bool(known_first_name(words[0]) or person_title_split(name))


NEWSROOM_ROLE = re.compile(
    r"^(?:Reporter|Correspondent|Writer|Photographer|Editor|Columnist|Producer|Fellow|Journalist)$"
)


PUBLISHING_VERB = r"(?:reported|reports|published|publishes|broadcast|broadcasts|airs|aired)\b"


def find_disclosures(text: str, own: Iterable[str] = ()) -> list[Disclosure]:
    found = []
    own = list(own)
    spans = sentences(text)
    for i, sent in enumerate(spans):
        if not _may_disclose(sent):
            continue
        context = spans[i - 1].text if i > 0 else None
        result = classify_sentence(sent.text, context, own)
        if result:
            outlet, relation, sponsors = result
            end = sent.start + len(sent.text)  # the span without the space that follows
            found.append(Disclosure(sent.start, end, sent.text, outlet, relation, sponsors))
    return found


# A cheap test every sentence passes through before the frames run: a word that begins
# like a tie word (word lists and str.startswith are several times faster than a regex).
CUE_STARTS = (
    "support",
    "award",
    "backs",
    "bankroll",
    "budget",
    "relationship",
    "sponsor",
    "partnership",
    "fund",
    "underwrit",
    "donor",
    "donat",
    "invest",
    "licens",
    "licenc",
    "parent",
    "grant",
    "backe",
    "financ",
    "stake",
    "subsidiar",
    "gave",
    "give",
    "gift",
    "contribut",
    "possible",
    "benefactor",
    "patron",
    "advertis",
    "member",
    "shareholder",
    "unit",
    "division",
    "property",
    "holding",
    "pledg",
    "brought",
    "presented",
    "paid",
    "pay",
)
OWN_WORDS = frozenset(
    ["own", "owns", "owned", "owner", "owners", "ownership", "co-owns", "co-owned"]
)


def _has_cue_word(text: str) -> bool:
    return any(w.startswith(CUE_STARTS) or w in OWN_WORDS for w in WORD.findall(text.lower()))


def _may_disclose(sent: Span) -> bool:
    return _has_cue_word(sent.text)
