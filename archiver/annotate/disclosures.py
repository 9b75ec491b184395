"""Sponsor and ownership disclosures: "Amazon, Apple and Google are among NPR's
financial supporters."

A sentence is a disclosure when it ties named sponsors to a news outlet by a funding,
sponsorship, licensing or ownership relation. The outlet must look like an outlet: a
station's call letters, a name with a newspaper or broadcaster word in it ("Tribune",
"Public Radio", "Media"), this article's own publisher, or "this newspaper/podcast/site".
That one test is what keeps out look-alikes such as "supporters of the bill", "a sponsor
of the Olympic team" or "an investor in the startup". Sentences about updates,
affiliate links or personal "full disclosure" asides never match a relation pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .text import Span, looks_corporate, names_in, sentences

PREFIX = re.compile(
    r"^\s*\(?\s*(?:(?:editor[’']?s note|disclosure|full disclosure|note|disclaimer)\s*:\s*)?",
    re.I,
)
OUTLET_WORDS = re.compile(
    r"\b(News|Radio|Public Media|Media|Tribune|Times|Post|Herald|Gazette|Ledger|Courier|"
    r"Chronicle|Beacon|Journal|Daily|Press|Project|Review|Report|Magazine|Observer|Sun|"
    r"Star|Record|Dispatch|Bulletin|Current|Inquirer|Examiner|Monitor|Telegraph|Sentinel|"
    r"Register|Globe|Mirror|Standard|Wire|Broadcasting|Television|TV|Network|Podcast|"
    r"Public Radio|Newsroom)\b"
)
CALL_LETTERS = re.compile(r"^(?:[KW][A-Z]{2,4}|NPR|PBS|BBC|CBC|ABC|CBS|NBC|CNN|AP|APM|PRX)$")
DEICTIC = re.compile(
    r"^(?:this|our) (?:newspaper|paper|publication|site|website|podcast|newsletter|"
    r"station|program|show|newscast|outlet|magazine|news organization|newsroom)\b",
    re.I,
)
CONTENT = (
    r"(?:(?:this|the|our|her|his|their)\s+(?:[\w-]+\s+){0,2}(?:story|article|series|project|"
    r"report|reporting|coverage|work|podcast|newsletter|investigation|beat|position|"
    r"journalism|episode|program|show))"
)
OUTLET_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}"
OUTLET = rf"(?P<outlet>{OUTLET_NAME}|(?:this|our)\s+[a-z]+(?:\s+[a-z]+)?)"
LIST = r"(?P<sponsors>.+?)"
HAVE = r"(?:is|are|was|were|has been|have been|remains?|is also|are also|has long been)"
REL = (
    r"(?P<rel>financial supporters?|supporters?|corporate sponsors?|sponsors?|funders?|"
    r"underwriters?|corporate donors?|donors?|investors?|licensing partners?|"
    r"major underwriters?|major donors?|founding donors?)"
)
ADJ = r"(?:(?:recent|corporate|major|longtime|founding|financial|principal|leading)\s+)*"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "A, B and C are among NPR's financial supporters" / "X is an NPR sponsor"
    (
        "rel",
        re.compile(
            rf"^{LIST}\s+{HAVE}\s+(?:also\s+)?(?:among\s+|one of\s+)?(?:an?\s+)?"
            rf"{OUTLET}(?:[’']s)?\s+{ADJ}{REL}\b"
        ),
    ),
    # "X is a financial supporter of The Texas Tribune" / "a sponsor of KQRV's newscast"
    (
        "rel",
        re.compile(
            rf"^{LIST}\s+{HAVE}\s+(?:also\s+)?(?:among\s+(?:the\s+)?|one of\s+(?:the\s+)?)?"
            rf"(?:an?\s+|the\s+)?{ADJ}{REL}\s+(?:of|to|for|in)\s+{OUTLET}"
        ),
    ),
    # "Marlow Community Radio's underwriters include A, B and C"
    (
        "rel-list",
        re.compile(rf"^{OUTLET}[’']s\s+{ADJ}{REL}\s+(?:include|included|are|were)\s+{LIST}\.?$"),
    ),
    # "Google and Meta pay NPR to license NPR content"
    (
        "licensing partner",
        re.compile(rf"^{LIST}\s+(?:also\s+)?pays?\s+{OUTLET}\s+to\s+(?:license|distribute|use)\b"),
    ),
    # "The Ledger receives funding from X" / "WXYZ receives underwriting support from X"
    (
        "receives",
        re.compile(
            rf"{OUTLET},?\s+(?:which\s+|that\s+)?(?:also\s+)?receives?\s+(?P<kind>funding|"
            rf"underwriting support|underwriting|support|grants?|donations?|money)\s+from\s+"
            rf"{LIST}(?:\s+for\b.*)?\.?$"
        ),
    ),
    # "The Beacon is supported in part by X" / "The Post is owned by Y"
    (
        "passive",
        re.compile(
            rf"^(?P<outlet>{OUTLET_NAME}|(?:this|our)\s+[\w ]+?),?(?:\s+which publishes "
            rf"[^,]+,)?\s+(?:is|are|was)\s+(?:also\s+)?(?P<kind>supported|funded|underwritten|"
            rf"owned|backed)\s+(?:in part\s+)?by\s+{LIST}\.?$"
        ),
    ),
    # "Her reporting is supported by a grant from X"; "Funding for this series was provided"
    (
        "content",
        re.compile(
            rf"^(?:{CONTENT}\s+(?:is|was|has been)\s+(?:produced\s+with|made possible\s+by|"
            rf"supported\s+by|funded\s+by|underwritten\s+by|paid for\s+by|produced\s+in\s+"
            rf"partnership\s+with)\s+(?:support|funding|a grant|grants|a donation)?\s*"
            rf"(?:from\s+)?|funding for {CONTENT}\s+(?:is|was)\s+provided by\s+){LIST}\.?$",
            re.I,
        ),
    ),
    # "Amazon founder Jeff Bezos owns The Washington Post"
    ("owns", re.compile(rf"^{LIST}\s+(?:also\s+)?owns\s+{OUTLET}\.?$")),
    # "Northwind Holdings, which owns this newspaper, ..."
    (
        "owns-this",
        re.compile(
            r"^(?P<sponsors>[A-Z][^,]+?),\s+which\s+(?:also\s+)?owns\s+(?P<outlet>this\s+"
            r"(?:newspaper|paper|publication|site|website|station))\b"
        ),
    ),
    # "The Harbor Gazette's parent company, Lakeside Media Group, ..."
    ("parent", re.compile(rf"^{OUTLET}[’']s\s+parent\s+company,\s+(?P<sponsors>[A-Z][^,]+?),")),
    # "X sponsors the Chronicle's newsletter" / "X has donated to The Courier"
    (
        "verb",
        re.compile(
            rf"^{LIST}\s+(?:also\s+)?(?P<kind>sponsors|underwrites|funds|has donated to|have "
            rf"donated to|donated to|has invested in|invested in)\s+{OUTLET}"
        ),
    ),
]
RELATIONS = {
    "supporter": "financial supporter",
    "financial supporter": "financial supporter",
    "sponsor": "sponsor",
    "corporate sponsor": "sponsor",
    "funder": "funder",
    "underwriter": "underwriter",
    "major underwriter": "underwriter",
    "donor": "donor",
    "corporate donor": "donor",
    "major donor": "donor",
    "founding donor": "donor",
    "investor": "investor",
    "licensing partner": "licensing partner",
    "funding": "funder",
    "support": "funder",
    "grant": "funder",
    "donation": "donor",
    "money": "funder",
    "underwriting": "underwriter",
    "underwriting support": "underwriter",
    "supported": "funder",
    "funded": "funder",
    "underwritten": "underwriter",
    "owned": "owner",
    "backed": "investor",
    "sponsors": "sponsor",
    "underwrites": "underwriter",
    "funds": "funder",
    "has donated to": "donor",
    "have donated to": "donor",
    "donated to": "donor",
    "has invested in": "investor",
    "invested in": "investor",
}
DESCRIPTOR = re.compile(
    r"^(?:[A-Z][\w&.’'-]*\s+)*(?:founder|co-founder|parent|owner|chief executive|ceo|"
    r"chairman|president)\s+(?=[A-Z])"
)
APPOSITIVE = re.compile(r",\s+(?:a|an|the|which|who|whose)\s+[^,]*(?:,|$)")
SUFFIX = re.compile(r"^(?:Inc|LLC|L\.L\.C|LLP|Ltd|Corp|Co|LP|PLC|N\.A)\.?$")
GROUP_SUBJECT = re.compile(
    r"^(?:both|the|all|these|those)\s+(?:two\s+|three\s+)?"
    r"(?:companies|firms|foundations|groups|organizations)$",
    re.I,
)


@dataclass
class Disclosure:
    start: int
    end: int
    text: str
    outlet: str | None
    relation: str
    sponsors: list[str] = field(default_factory=list)


def is_outlet(name: str, own: Iterable[str] = ()) -> bool:
    name = re.sub(r"[’']s$", "", name.strip().rstrip(".,;:)"))
    if DEICTIC.match(name):
        return True
    bare = re.sub(r"^[Tt]he\s+", "", name)
    if CALL_LETTERS.match(bare) or OUTLET_WORDS.search(bare):
        return True
    key = bare.lower()
    return any(key and (key in o.lower() or o.lower() in key) for o in own if o)


def _outlet_value(raw: str | None) -> str | None:
    if raw is None:
        return None
    value = re.sub(r"[’']s$", "", raw.strip().rstrip(".,;:)"))
    return None if DEICTIC.match(value) else value


def split_sponsors(raw: str) -> list[str]:
    """'A, B, and the C Trust' -> ['A', 'B', 'C Trust']; 'Acme, Inc.' stays one name."""
    raw = raw.strip()
    if raw.endswith(".") and not SUFFIX.match(raw.rsplit(None, 1)[-1]):
        raw = raw[:-1]
    raw = APPOSITIVE.sub(",", raw).strip(" ,")
    separator = ";" if ";" in raw else ","
    parts: list[str] = []
    for piece in raw.split(separator):
        for item in re.split(r"\s+(?:and|as well as|&amp;)\s+|,?\s+as well as\s+", piece):
            item = item.strip(" ,")
            item = re.sub(r"^(?:and|as well as)\s+", "", item)
            if not item:
                continue
            if SUFFIX.match(item) and parts:
                parts[-1] = f"{parts[-1]}, {item}"
                continue
            parts.append(item)
    names = []
    for part in parts:
        part = re.sub(r"^(?:its|their|the company's)\s+[a-z ]+,\s*", "", part)
        part = DESCRIPTOR.sub("", part)
        part = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", part)
        part = re.sub(r"\s+through\s+.*$", "", part)
        last = part.split()[-1] if part.split() else ""
        if part and part[0].isupper() and (last[:1].isupper() or SUFFIX.match(last)):
            names.append(part)  # "Lumora's chief executive" describes the next name
    return names


def _sponsors(match: re.Match[str], kind: str, context: str | None) -> list[str]:
    raw = match.group("sponsors")
    if kind == "passive" and " through " in raw:
        raw = raw.split(" through ", 1)[1]
    raw = re.sub(r"\s+and\s+readers like you.*$", "", raw)
    if GROUP_SUBJECT.match(raw.strip()) and context:
        names = [n for s in names_in(context) for n in split_sponsors(s.text)]
        return [n for n in names if looks_corporate(n) or len(n.split()) <= 3][:6]
    return split_sponsors(raw)


def classify_sentence(
    sentence: str, context: str | None = None, own: Iterable[str] = ()
) -> tuple[str | None, str, list[str]] | None:
    """(outlet, relation, sponsors) if ``sentence`` discloses a tie, else None."""
    own = list(own)
    body = PREFIX.sub("", sentence.strip()).rstrip(")").strip()
    for kind, pattern in PATTERNS:
        match = pattern.search(body)
        if match is None:
            continue
        outlet = match.groupdict().get("outlet")
        if kind not in {"content", "owns-this"} and not (outlet and is_outlet(outlet, own)):
            continue
        relation = _relation(kind, match)
        sponsors = _sponsors(match, kind, context)
        if not sponsors or (
            relation == "financial supporter"
            and match.groupdict().get("rel", "").startswith("supporter")
            and not is_outlet(outlet or "", own)
        ):
            continue
        if kind == "owns" and not _standalone(sentence, outlet or "", own):
            continue
        return _outlet_value(outlet), relation, sponsors
    return _generic(sentence, body, own)


RELATION_WORDS = [
    (re.compile(r"\blicens", re.I), "licensing partner"),
    (re.compile(r"\bparent (?:company|firm)\b", re.I), "parent company"),
    (re.compile(r"\b(?:owns|owned by|owner of|ownership)\b", re.I), "owner"),
    (re.compile(r"\bunderwrit", re.I), "underwriter"),
    (re.compile(r"\binvest", re.I), "investor"),
    (re.compile(r"\b(?:donor|donat|contribut)", re.I), "donor"),
    (re.compile(r"\bsponsor", re.I), "sponsor"),
    (re.compile(r"\bfinancial(?:ly)? support", re.I), "financial supporter"),
    (re.compile(r"\b(?:fund|grant|support(?:ed)? by|backed by|support from)", re.I), "funder"),
]
NOT_A_DISCLOSURE = re.compile(
    r"\b(?:commission|affiliate|updated|corrected|correction|misstated|clarif|reported|"
    r"according to|told|said|says|announced|lobbied|subpoena|filing)\b",
    re.I,
)
DISCLOSURE_PREFIX = re.compile(r"^\s*\(?\s*(?:editor[’']?s note|disclosure|note)\s*:", re.I)


def _generic(sentence: str, body: str, own: list[str]) -> tuple[str | None, str, list[str]] | None:
    """Any sentence that names an outlet, a funding/sponsorship/ownership word close to it
    and at least one other named party, in the plain form disclosures take (a note, or a
    short sentence that reports nothing else)."""
    prefixed = bool(DISCLOSURE_PREFIX.match(sentence))
    if '"' in body or "“" in body or (NOT_A_DISCLOSURE.search(body) and not prefixed):
        return None
    if not prefixed and len(body.split()) > 30:
        return None
    relation = next((name for pattern, name in RELATION_WORDS if pattern.search(body)), None)
    if relation is None:
        return None
    outlet = _find_outlet(body, own)
    if outlet is None:
        return None
    keyword = next(p.search(body) for p, name in RELATION_WORDS if name == relation)
    if abs(keyword.start() - body.find(outlet)) > 80 and not prefixed:
        return None
    names = [n.text for n in names_in(body) if n.text not in outlet and outlet not in n.text]
    sponsors = [
        n
        for raw in names
        for n in split_sponsors(raw)
        if not is_outlet(n, own) and not DEICTIC.match(n) and not _common_word(n)
    ]
    if not sponsors:
        return None
    return _outlet_value(outlet), relation, sponsors


def _common_word(name: str) -> bool:
    """'Tuesday', 'Donate': capitalised words that are not sponsors."""
    from .entities import NOT_NAMES

    words = name.lower().split()
    return len(words) == 1 and (
        words[0] in NOT_NAMES or any(p.search(words[0]) for p, _ in RELATION_WORDS)
    )


def _find_outlet(body: str, own: list[str]) -> str | None:
    deictic = re.search(
        r"\b(?:this|our)\s+(?:newspaper|paper|publication|site|website|"
        r"podcast|newsletter|station|program|show|newscast|outlet|magazine|"
        r"newsroom|story|series|coverage|reporting|journalism)\b",
        body,
        re.I,
    )
    for span in names_in(body):
        name = re.sub(r"^(?:the|The)\s+", "", span.text)
        if is_outlet(name, own):
            prefix = body[max(0, span.start - 4) : span.start]
            return ("the " if prefix.endswith("the ") else "") + span.text
    return deictic.group(0) if deictic else None


def _relation(kind: str, match: re.Match[str]) -> str:
    if kind in {"rel", "rel-list"}:
        word = match.group("rel").lower()
        word = re.sub(r"s$", "", word)
        return RELATIONS.get(word, RELATIONS.get(word.split()[-1], word))
    if kind == "licensing partner":
        return "licensing partner"
    if kind in {"owns", "owns-this"}:
        return "owner"
    if kind == "parent":
        return "parent company"
    if kind == "content":
        text = match.group(0).lower()
        return "underwriter" if "underwritten" in text else "funder"
    word = match.group("kind").lower()
    return RELATIONS.get(word, RELATIONS.get(re.sub(r"s$", "", word), "funder"))


def _standalone(sentence: str, outlet: str, own: list[str]) -> bool:
    """ "X owns The Post." as its own statement, not "Bezos, who owns the Post, said"."""
    if own and is_outlet(outlet, own) and any(outlet.lower() in o.lower() for o in own):
        return True
    return len(sentence.split()) <= 16 and ", who" not in sentence


def find_disclosures(text: str, own: Iterable[str] = ()) -> list[Disclosure]:
    found = []
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


CHEAP_GATE = re.compile(
    r"support|sponsor|fund|underwrit|donor|donat|invest|licens|owns|owned|parent company|"
    r"grant",
    re.I,
)


def _may_disclose(sent: Span) -> bool:
    return bool(CHEAP_GATE.search(sent.text))
