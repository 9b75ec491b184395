"""Legal cases: captions ("Parler LLC v. Amazon Web Services, Inc."), lawsuit sentences
("X filed a lawsuit against Y", "X sued Y"), judges and courts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import sentences, strip_titles

PARTY = r"[A-Z][\w&.’'-]*(?:[ \t]+(?:(?:of|for|and|&|the|de)[ \t]+)?[A-Z][\w&.’'-]*)*"
SUFFIX = r"(?:,?\s+(?:Inc|LLC|L\.L\.C|LLP|Ltd|Corp|Co|LP|PLC|N\.A)\.?)?"
CAPTION = re.compile(
    rf"(?P<plaintiff>{PARTY}{SUFFIX})\s+(?:v\.|vs\.?|versus)\s+(?P<defendant>{PARTY}{SUFFIX})"
)
LAWSUIT = re.compile(
    rf"(?P<plaintiff>{PARTY}{SUFFIX})(?:,[^,]{{1,80}},)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:(?:filed|brought|lodged)\s+(?:a\s+|an\s+)?(?:federal\s+|antitrust\s+|civil\s+|"
    r"class-action\s+|breach-of-contract\s+)*(?:lawsuit|suit|complaint)\s+against|"
    r"(?:is\s+|are\s+)?su(?:ed|es|ing))\s+"
    rf"(?:the\s+)?(?P<defendant>{PARTY}{SUFFIX})"
)
JUDGE = re.compile(
    r"(?:(?:U\.S\.|Chief|Senior)\s+)?(?:(?:District|Circuit|Bankruptcy|Magistrate|Superior "
    r"Court|County|State|Appeals Court|Administrative Law)\s+)?Judge\s+"
    r"(?P<judge>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
COURT = re.compile(
    r"(?P<court>(?:the\s+)?(?:U\.S\.\s+)?(?:District\s+Court\s+for\s+the\s+)?"
    r"(?:(?:Western|Eastern|Northern|Southern|Central|Middle)\s+)?District\s+of\s+"
    r"[A-Z][\w]*(?:\s+[A-Z][\w]*)?|[A-Z][\w]*(?:\s+[A-Z][\w]*)?\s+(?:Superior|Supreme|"
    r"Circuit|County|Chancery|Bankruptcy)\s+Court|U\.S\.\s+Court\s+of\s+Appeals\s+for\s+the\s+"
    r"[\w]+\s+Circuit|(?:the\s+)?Supreme\s+Court)"
)


@dataclass
class Case:
    caption: str | None
    plaintiff: str | None
    defendant: str | None
    court: str | None = None
    judge: str | None = None
    start: int | None = None
    end: int | None = None


ENDS_AT_SUFFIX = re.compile(r"^(.*?\b(?:Inc|LLC|LLP|Corp|Co|Ltd|LP|PLC)\.?)(?=\s)")


def _clean(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" ,")
    cut = ENDS_AT_SUFFIX.match(name)
    if cut:
        name = cut.group(1)  # "QuickCart Technologies LLC. U.S. District Judge" -> "... LLC"
    if name.endswith(".") and not re.search(r"\b(?:Inc|Corp|Co|Ltd|N\.A|L\.L\.C)\.$", name):
        name = name[:-1]
    name = re.sub(r"^(?:The|the)\s+(?=[A-Z])", "", name)
    return name or None


def find_cases(text: str) -> list[Case]:
    """One case per caption; a lawsuit sentence adds a case only if no caption names the
    same plaintiff. The judge and court named in the article are attached to each."""
    cases: list[Case] = []
    spans = sentences(text)
    for sent in spans:
        for match in CAPTION.finditer(text, sent.start, sent.end):
            defendant = _clean(match.group("defendant"))
            caption = text[match.start("plaintiff") : match.start("defendant")] + (defendant or "")
            cases.append(
                Case(
                    caption,
                    _clean(match.group("plaintiff")),
                    defendant,
                    start=match.start(),
                    end=match.end(),
                )
            )
    lawsuits = [m for sent in spans for m in LAWSUIT.finditer(text, sent.start, sent.end)]
    for match in lawsuits:
        plaintiff, defendant = _clean(match.group("plaintiff")), _clean(match.group("defendant"))
        if not plaintiff or not defendant or plaintiff.lower() in {"it", "they", "he", "she"}:
            continue
        known = next((c for c in cases if _same_party(c.plaintiff, plaintiff)), None)
        if known is not None:
            known.defendant = known.defendant or defendant
            continue
        cases.append(Case(None, plaintiff, defendant, start=match.start(), end=match.end()))
    judge = JUDGE.search(text)
    court = COURT.search(text)
    for case in cases:
        case.judge = strip_titles(judge.group("judge")) if judge else None
        case.court = _clean(court.group("court")) if court else None
    return cases


def _same_party(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a_key, b_key = a.lower(), b.lower()
    return a_key.startswith(b_key) or b_key.startswith(a_key)
