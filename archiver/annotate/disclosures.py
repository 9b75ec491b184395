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

from .text import Span, names_in, sentences


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
    r"^\s*\(?\s*(?:editor[’']?s['’]? note|editors[’']? note|disclosure|full disclosure|"
    r"disclaimer|note|transparency note|funding note|ownership note|about this story|"
    r"a note to readers|note to readers|funding disclosure|sponsor disclosure)\s*:\s*",
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
    return text, labelled or aside


# ---------------------------------------------------------------- tie targets

CAP = r"(?!(?:The|This|These|Those|Our|Its|Their|His|Her|A|An|We|It|They)\b)[A-Z][\w’'&.-]*"
# "The Texas Tribune", "the Tri-County Tribune", "Valley Public Radio", "Friends of X"
NAMED = rf"(?:[Tt]he\s+)?{CAP}(?:\s+(?:(?:of|for|and|on|the|&)\s+)?{CAP}){{0,5}}"
OUTLET_NOUNS = (
    r"newspaper|paper|publication|site|website|web site|podcast|newsletter|station|"
    r"radio station|TV station|television station|network|outlet|magazine|"
    r"news organization|news organisation|organization|organisation|newsroom|"
    r"nonprofit newsroom|news site|news service|broadcaster|channel|media company|"
    r"nonprofit|company"
)
DEICTIC = rf"(?:[Tt]his|[Oo]ur)\s+(?:[\w-]+\s+)?(?:{OUTLET_NOUNS})\b"
CONTENT_NOUNS = (
    r"story|stories|article|articles|series|project|report|reporting|coverage|podcast|"
    r"newsletter|investigation|beat|position|journalism|episode|program|programme|"
    r"programming|show|section|page|column|segment|broadcast|newscast|fellowship|"
    r"documentary|work|content|feature|special"
)
# Content of this outlet: "this story", "our climate coverage", "her reporting",
# "the reporting" (the one use of "the": "which helped fund the reporting").
CONTENT = (
    rf"(?:(?:[Tt]his|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}(?:{CONTENT_NOUNS})"
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
    r"Channel|Studios|Productions|Public Broadcasting|Matters|Lens|Notebook|Frontline)\b"
)
# Call letters ("WKRV", "KQED-FM") and broadcaster or wire initials: all-caps words.
ACRONYM = re.compile(r"^[A-Z]{2,6}(?:-(?:FM|TV|AM))?$")
# Head nouns of named things that are not outlets, even in a labelled sentence.
NOT_OUTLET_HEAD = re.compile(
    r"\b(?:League|Team|Marathon|Festival|Games|Olympics?|Cup|Open|Tournament|Championship|"
    r"University|College|School|Museum|Hospital|Campaign|Committee|Party|Club|FC|"
    r"Foundation|Fund|Trust|Institute|Center|Centre|Act|Bill|Council|Association|Society|"
    r"Orchestra|Theater|Theatre|Zoo|Library|Park|Church|Bank|Capital|Ventures|Partners|"
    r"Prize|Award|Awards|Summit|Conference|Fair|Expo|Arena|Stadium)$"
)


def _named_outlet(name: str, own: list[str]) -> bool:
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if any(_same_outlet(bare, o) for o in own):
        return True
    if NOT_OUTLET_HEAD.search(bare):
        return False
    return bool(ACRONYM.match(bare) or OUTLET_WORDS.search(bare))


def _same_outlet(name: str, own: str) -> bool:
    a, b = name.lower(), re.sub(r"^the\s+", "", own.lower())
    return bool(a and b) and (a in b or b in a)


def _target_kind(raw: str, own: list[str]) -> str:
    """'self' (this newsroom, our, us, this story), 'outlet' (a named outlet),
    'unknown' (a name that may be an outlet) or 'other'."""
    target = _strip_possessive(raw)
    if re.fullmatch(rf"{DEICTIC}|{CONTENT}|{PRONOUN_TARGET}|[Oo]ur", target):
        return "self"
    if not target[:1].isupper() and not target.lower().startswith("the "):
        return "other"
    if re.match(r"^(?:the|The)\s+[a-z]", target):
        return "other"
    if _named_outlet(target, own):
        return "outlet"
    bare = re.sub(r"^[Tt]he\s+", "", target)
    return "other" if NOT_OUTLET_HEAD.search(bare) else "unknown"


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
    r"will be|is now|are now)"
)
ADV = r"(?:also|now|still|long|currently|both|all|each|a longtime|longtime|itself)"
ADJ = (
    r"(?:(?:recent|corporate|major|longtime|long-time|founding|financial|principal|leading|"
    r"lead|primary|largest|biggest|key|significant|institutional|presenting|official|"
    r"individual|annual|philanthropic|underwriting|current|past|former|top|main|sole|"
    r"majority|minority|part|co-|early|initial|national|local|regular|sustaining|"
    r"business|content|[\w-]+-licensing|licensing)\s+)*"
)
REL_NOUN = (
    r"(?P<rel>supporters?|backers?|sponsors?|funders?|underwriters?|donors?|benefactors?|"
    r"investors?|shareholders?|stakeholders?|owners?|co-owners?|partners?|parent company|"
    r"parent|contributors?|members?|patrons?)"
)
AMONG = r"(?:(?:among|one of|part of|one among)\s+)?(?:(?:the|an?)\s+)?"


def _left_frames() -> list[re.Pattern[str]]:
    """Frames whose sponsors come before the cue: the subject of the clause."""
    verbs = (
        r"(?P<verb>sponsors|sponsored|has sponsored|have sponsored|sponsor|underwrites|"
        r"underwrote|underwrite|has underwritten|funds|funded|fund|has funded|have funded|"
        r"helps? fund|helped fund|help to fund|helped to fund|finances|financed|"
        r"(?:financially\s+)?supports|financially supported|financially support|"
        r"has (?:long\s+)?supported|have (?:long\s+)?supported|owns|own|co-owns|controls|"
        r"(?:has|have)\s+(?:long\s+)?(?:donated|given)(?:\s+[^ ]*\s*(?:million|billion)?)?"
        r"\s+to|donated(?:\s+\$[\d.,]+(?:\s+(?:million|billion))?)?\s+to|donates?\s+to|"
        r"gave(?:\s+\$[\d.,]+(?:\s+(?:million|billion))?|\s+money)?\s+to|gives?\s+(?:money\s+)?to|"
        r"(?:has|have)\s+invested\s+in|invested\s+in|invests?\s+in|"
        r"(?:holds?|has|have|owns?|took|acquired|bought)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}"
        r"(?:stake|interest|share)\s+in)"
    )
    licence = [
        rf"(?:pays?|paid)\s+{TARGET}\s+(?:a\s+fee\s+)?to\s+(?P<verb>license|licence|use|distribute|access)\b",
        r"(?:has|have|signed|struck|reached)\s+(?:a|an)\s+(?:\w+[\s-]+){0,2}(?P<verb>licensing|license|licence)"
        rf"\s+(?:agreement|deal|partnership|arrangement|contract)\s+with\s+{TARGET}",
        rf"(?P<verb>licenses?)\s+(?:[\w-]+\s+){{0,3}}(?:from|to)\s+{TARGET}",
    ]
    return [
        re.compile(
            rf"\b{AUX}\s+(?:{ADV}\s+)*{AMONG}{ADJ}{REL_NOUN}\s+(?:of|to|for|in|at|with|behind)\s+{TARGET}"
        ),
        re.compile(rf"\b{AUX}\s+(?:{ADV}\s+)*{AMONG}{TARGET_POSS}\s+{ADJ}{REL_NOUN}\b"),
        re.compile(rf",\s+(?:{AMONG}){ADJ}{REL_NOUN}\s+(?:of|to|for|in)\s+{TARGET}\s*,"),
        re.compile(rf",\s+(?:{AMONG}){TARGET_POSS}\s+{ADJ}{REL_NOUN}\s*,"),
        re.compile(rf"(?:\b{ADV}\s+)?\b{verbs}\s+{TARGET}"),
        *(re.compile(rf"\b{frame}") for frame in licence),
    ]


def _right_frames() -> list[re.Pattern[str]]:
    """Frames whose sponsors come after the cue: "X is funded by A and B"."""
    by = (
        r"(?:(?:in\s+part|partly|partially|largely|primarily|mostly|jointly|wholly|entirely|"
        r"solely)\s+)?"
    )
    passive = (
        r"(?P<verb>supported|funded|underwritten|owned|co-owned|backed|sponsored|financed|"
        r"made possible|paid for|controlled|bankrolled|published|operated)"
    )
    gets = (
        r"(?P<verb>receives|received|gets|got|has received|have received|is receiving|accepts|"
        r"accepted|has accepted|relies on|depends on|draws)"
    )
    money = (
        r"(?P<kind>(?:[\w$.,-]+\s+){0,3}?(?:funding|support|grants?|donations?|money|"
        r"underwriting(?:\s+support)?|contributions?|sponsorships?|investment|gifts?|revenue))"
    )
    for_target = rf"(?:for|of|to)\s+{TARGET}"
    support_noun = (
        r"(?P<kind>(?:[A-Z]\w*\s+|[a-z]\w*\s+){0,2}?(?:[Ss]upport|[Ff]unding|[Uu]nderwriting|"
        r"[Ss]ponsorship|[Gg]rants?|[Mm]oney))"
    )
    return [
        re.compile(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:{AUX}\s+)?(?:{ADV}\s+)*{by}{passive}\s+"
            rf"{by}(?:by|through|with)\s+(?P<sponsors>.+)"
        ),
        re.compile(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:{ADV}\s+)?{gets}\s+{money}\s+"
            rf"(?:from|of)\s+(?P<sponsors>.+)"
        ),
        re.compile(
            rf"{TARGET_POSS}\s+{ADJ}{REL_NOUN}\s+(?:include|includes|included|are|were|is|was|comprise|:)\s+(?P<sponsors>.+)"
        ),
        re.compile(
            rf"{TARGET_POSS}\s+(?P<rel>parent company|parent|corporate parent|owner|owners|"
            rf"majority owner|publisher|largest shareholder|principal funder|main funder|"
            rf"biggest donor|largest donor|principal owner|primary funder),\s+(?P<sponsors>.+)"
        ),
        re.compile(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:is|are|was|has been)\s+(?:a|an|now a)\s+"
            rf"(?:(?:wholly|majority|fully|partly)[- ]owned\s+)?(?P<rel>subsidiary|unit|division|"
            rf"property|holding)\s+of\s+(?P<sponsors>.+)"
        ),
        re.compile(
            rf"{TARGET}\s*,?\s+(?:which\s+|that\s+)?(?:has|have|signed|struck)\s+(?:a|an)\s+"
            rf"(?:\w+[\s-]+){{0,2}}(?P<rel>licensing|license|licence)\s+(?:agreement|deal|"
            rf"partnership|arrangement|contract)\s+with\s+(?P<sponsors>.+)"
        ),
        re.compile(
            rf"{support_noun}\s+{for_target}\s+(?:\w+\s+){{0,2}}?(?:comes|came|is provided|"
            rf"was provided|has been provided|are provided|were provided|is|was|are|were|"
            rf"is made possible|was made possible|comes in part|came in part)\s+{by}(?:from|by)\s+"
            rf"(?P<sponsors>.+)"
        ),
        re.compile(
            rf"{TARGET}\s+(?:is|was|are|were|has been)\s+(?:\w+\s+)?(?:produced|reported|made|"
            rf"published|created|written|possible|supported|funded)\s+(?:in part\s+)?"
            rf"(?:with|through|thanks to)\s+(?:the\s+)?(?:\w+\s+)?(?P<kind>support|funding|"
            rf"grants?|a grant|financial support|underwriting|a donation|donations)\s+"
            rf"(?:from|of|by)\s+(?P<sponsors>.+)"
        ),
    ]


LEFT_FRAMES = _left_frames()
RIGHT_FRAMES = _right_frames()


@dataclass
class Tie:
    """One frame match: where it starts, its relation cue, the target and party text."""

    start: int
    cue: str
    target: str
    party: str
    party_side: str  # "left": the clause subject; "right": the text after the cue


def find_ties(body: str) -> list[Tie]:
    ties = []
    for pattern in LEFT_FRAMES:
        for m in pattern.finditer(body):
            if m.group("outlet") is None:
                continue
            ties.append(Tie(m.start(), m.group(0), m.group("outlet"), body[: m.start()], "left"))
    for pattern in RIGHT_FRAMES:
        for m in pattern.finditer(body):
            if m.group("outlet") is None:
                continue
            cue = body[m.start() : m.start("sponsors")]
            ties.append(Tie(m.start(), cue, m.group("outlet"), m.group("sponsors"), "right"))
    return sorted(ties, key=lambda t: t.start)


# ---------------------------------------------------------------- relations

RELATION_CUES = [
    (re.compile(r"\blicen[cs]", re.I), "licensing partner"),
    (
        re.compile(r"\b(?:subsidiary|unit|division|property|parent|holding)\b", re.I),
        "parent company",
    ),
    (
        re.compile(
            r"\b(?:stake|interest|share|invest|shareholder|stakeholder|backed|backers?)\b", re.I
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
            r"\b(?:donor|donat|gave|give|gives|gift|benefactor|contribut|patron|member)", re.I
        ),
        "donor",
    ),
    (re.compile(r"\bsponsor", re.I), "sponsor"),
    (re.compile(r"\b(?:supporters?|financially support\w*)\b", re.I), "financial supporter"),
    (
        re.compile(
            r"\b(?:fund|funds|funded|funders?|funding|grants?|support|supported|supports|financ|possible|paid|money|bankroll)",
            re.I,
        ),
        "funder",
    ),
]
BROADCAST_CONTENT = re.compile(
    r"\b(?:program|programme|programming|show|broadcast|newscast|station)\b", re.I
)


def _relation(tie: Tie) -> str:
    cue = tie.cue
    if (
        tie.party_side == "right"
        and re.match(r"^\W*[Ss]upport\s+for\b", cue)
        and BROADCAST_CONTENT.search(tie.target)
    ):
        return "underwriter"  # the public-radio credit "Support for this program comes from"
    # The relation word nearest the target decides: "an investor in X, which owns Y".
    for pattern, relation in RELATION_CUES:
        if pattern.search(cue):
            return relation
    return "funder"


# ---------------------------------------------------------------- rejection by form

REPORTING = re.compile(
    r"\b(?:reported|reports|said|says|told|according to|announced|disclosed|filed|sued|"
    r"testified|wrote|spoke|bought|purchased|acquired|sold)\b",
    re.I,
)
SELF_REFERENCE = re.compile(rf"{DEICTIC}|{CONTENT}|\b(?:we|us|our)\b", re.I)


def _inside_quotes(body: str, position: int) -> bool:
    return sum(body[:position].count(mark) for mark in QUOTE_MARKS) % 2 == 1


def _reported_ownership(body: str, tie: Tie, relation: str, labelled: bool) -> bool:
    """ "Bezos, who owns The Washington Post, said ...": news about who owns some paper,
    not the paper disclosing its owner. A plain "X owns The Post." still counts."""
    if relation not in {"owner", "parent company", "investor"} or labelled:
        return False
    if SELF_REFERENCE.search(body):
        return False
    rest = body.replace(tie.cue, " ")
    return bool(REPORTING.search(rest) or re.search(r",\s+who\b", body))


# ---------------------------------------------------------------- sponsor lists

SUFFIX = re.compile(r"^(?:Inc|LLC|L\.L\.C|LLP|Ltd|Corp|Co|LP|L\.P|PLC|N\.A|GmbH|AG|SA)\.?$")
# Where the party text of a right frame stops: a relative clause, a purpose, an aside.
PARTY_END = re.compile(
    r",\s+(?:which|who|whose|that|where|a|an|the|one of|as well as its|and is|but)\b|"
    r"\s+(?:which|who|whose|that|but|because|since|after|before|when|while|although|under)\s|"
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
DESCRIPTOR = re.compile(
    r"^(?:[A-Z][\w&.’'-]*\s+)+(?:founder|co-founder|parent|owner|chief executive|ceo|CEO|"
    r"chairman|chairwoman|chair|president|heir|heiress|billionaire|co-owner)\s+(?=[A-Z])"
)
LOWER_DESCRIPTOR = re.compile(r"^(?:[a-z][\w’'-]*\s+)+(?=[A-Z])")
APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|which|who|whose|whom|one of|itself|both|each)\s+[^,]*(?:,|$)"
)
GROUP_SUBJECT = re.compile(
    r"^(?:both|the|all|these|those|each of the|all of the|all three|both of the)?\s*"
    r"(?:two|three|four|five|several)?\s*(?:companies|company|firms|firm|foundations|"
    r"foundation|groups|organizations|organisations|organization|funders|donors|they|it|"
    r"businesses|entities|institutions|philanthropies|charities|sponsors|she|he|it|they)$|"
    r"^(?:both|all three|both of them|all of them|the two|the three)$",
    re.I,
)
PRONOUN_ITEM = re.compile(r"^(?:I|We|You|He|She|It|They|This|That|These|Those|Its|Their)$")


def split_sponsors(raw: str) -> list[str]:
    """'A, B, and the C Trust' -> ['A', 'B', 'C Trust']; 'Acme, Inc.' stays one name."""
    raw = raw.strip().strip(" ,")
    if raw.endswith(".") and not SUFFIX.match(raw.rsplit(None, 1)[-1]):
        raw = raw[:-1]
    raw = APPOSITIVE.sub(",", raw + ",").strip(" ,")
    separator = ";" if ";" in raw else ","
    parts: list[str] = []
    for piece in raw.split(separator):
        for item in re.split(r"\s+(?:and|as well as|plus|along with)\s+|,?\s+as well as\s+", piece):
            item = re.sub(r"^(?:and|as well as|plus|from|by)\s+", "", item.strip(" ,"))
            if not item:
                continue
            if SUFFIX.match(item) and parts:
                parts[-1] = f"{parts[-1]}, {item}"  # "Acme Holdings, Inc."
                continue
            parts.append(item)
    return [name for part in parts if (name := _clean_name(part))]


def _clean_name(part: str) -> str | None:
    """A list item without its descriptor, or None when it is not a name."""
    part = GRANT_WORDS.sub("", part.strip())
    part = re.sub(r"^(?:its|their|the company's|his|her)\s+[a-z ]+,\s*", "", part)
    part = re.sub(r"\s+through\s+.*$", "", part)
    part = DESCRIPTOR.sub("", part)
    part = LOWER_DESCRIPTOR.sub("", part)  # "the real estate developer Lakeline Partners"
    part = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", part).strip(" ,.")
    if re.search(r"\b(?:Inc|Co|Corp|Ltd|L\.P|N\.A)$", part):
        part += "."  # the sentence's full stop also ended "Inc."
    words = part.split()
    if not words or not part[0].isupper() or PRONOUN_ITEM.match(part):
        return None
    last = words[-1]
    if not (last[:1].isupper() or last[:1].isdigit() or SUFFIX.match(last)):
        return None  # "Lumora's chief executive" describes the next name
    if re.search(r"[’']s$", part):
        return None
    return part


NAME_START = re.compile(
    r"^\s*(?:(?:the|The)\s+)?(?:[A-Z0-9]|(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,3}?"
    r"(?:grants?|support|funding|donations?|gifts?|contributions?)\s+(?:from|of|by)\s)"
)


def _party_text(tie: Tie) -> str:
    if tie.party_side == "right":
        text = tie.party
        end = PARTY_END.search(text)
        text = text[: end.start()] if end else text
        if " through " in text:  # "owned by the Kellerman heirs through Riverbend LLC"
            text = text.split(" through ", 1)[1]
        # "NPR's supporters were the subject of a hearing": no name follows the cue.
        return text if NAME_START.match(text) else ""
    return _subject(tie.party)


def _subject(left: str) -> str:
    """The subject of the clause that ends where the cue begins."""
    left = left.rstrip()
    relative = re.search(r",?\s+(?:which|who|that)\s*$", left)
    if relative:
        return _antecedent(left[: relative.start()])
    clause = re.split(r";\s+|:\s+|\bbut\s+|,\s+and\s+(?=[A-Z][^,]*$)", left)[-1]
    return re.sub(rf"(?:\s+{ADV})+$", "", clause)


def _antecedent(text: str) -> str:
    """The names just before a relative pronoun: '... a partnership with the Civic Data
    Collaborative' -> 'the Civic Data Collaborative'."""
    tokens = text.split()
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
    return [n for n in split_sponsors(party) if _strip_possessive(target) not in n]


NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "it": 1, "company": 1}


def _context_names(party: str, context: str) -> list[str]:
    """'Both companies' names the organisations of the previous sentence."""
    from .entities import NOT_NAMES

    names = [
        n
        for span in names_in(context)
        for n in split_sponsors(span.text)
        if n.lower() not in NOT_NAMES
        and n not in {"The", "A", "An"}
        and not re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", n)
    ]
    words = party.lower().split()
    count = next((NUMBERS[w] for w in words if w in NUMBERS), None)
    return names[:count] if count else names


# ---------------------------------------------------------------- the classifier


def classify_sentence(
    sentence: str, context: str | None = None, own: Iterable[str] = ()
) -> tuple[str | None, str, list[str]] | None:
    """(outlet, relation, sponsors) if ``sentence`` discloses a tie, else None."""
    own = list(own)
    if NOT_A_DISCLOSURE_LABEL.match(sentence) or not CUE_WORDS.search(sentence):
        return None
    body, labelled = _body(sentence)
    for tie in find_ties(body):
        kind = _target_kind(tie.target, own)
        if kind == "other" or (kind == "unknown" and not labelled):
            continue
        if _inside_quotes(body, tie.start):
            continue
        relation = _relation(tie)
        if kind != "self" and _reported_ownership(body, tie, relation, labelled):
            continue
        sponsors = _sponsors(tie, context, tie.target)
        if sponsors:
            return _outlet_value(tie.target, kind), relation, sponsors
    return None


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
            found.append(Disclosure(sent.start, sent.end, sent.text, outlet, relation, sponsors))
    return found


# A cheap test every sentence passes through before the frames run.
CUE_WORDS = re.compile(
    r"support|sponsor|fund|underwrit|donor|donat|invest|licen[cs]|own|parent|grant|backe|"
    r"financ|stake|subsidiar|gave|give|gift|contribut|possible|benefactor|patron|member|"
    r"paid for|shareholder|publish",
    re.I,
)


def _may_disclose(sent: Span) -> bool:
    return bool(CUE_WORDS.search(sent.text))
