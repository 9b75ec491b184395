"""Typed boilerplate rules applied to extracted lines.

Each rule has a name so every removal can be recorded (``Removal(rule, text)``) and a user
can see why a line was dropped. Some removals are metadata in disguise: the syndication
footer names the original publisher, an "Updated at" stamp is the update time; the
``Findings`` object carries those back to ``extract``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .models import Removal

# A disclosure of a financial tie is never boilerplate, however template-like it looks.
DISCLOSURE = re.compile(
    r"\b(financial supporters?|sponsors? of|is an? \w+ sponsor|funders?|funded by|"
    r"underwriters?|disclosure:|pays? \w+ to license|\bowns\b)",
    re.I,
)

PLAYER = re.compile(
    r"^(play live radio|listen live|next up:?|now playing:?|on air now|"
    r"available on air stations|all streams|(\d{1,2}:\d{2}\s*)+|"
    r"listen\s*[·•:-]?\s*\d+:\d{2}( min)?|loading\.{0,3})$",
    re.I,
)
SYNDICATION = re.compile(
    r"^copyright\s+(?:©\s*)?(?P<year>\d{4})\s+(?P<owner>[^.]{2,80}?)\.\s*"
    r"to see more,?\s*visit\b.*$",
    re.I,
)
COPYRIGHT = re.compile(
    r"^(©|\(c\)|copyright\s*©?)\s*(?:\d{4}\s*[-–]\s*)?\d{4}\b,?\s*"
    r"(?P<owner>[^.]{0,80}?)\s*(?:\.|,|$)(?:\s*all rights reserved\.?)?.{0,200}$",
    re.I,
)
WIRE_CREDIT = re.compile(
    r"^[—–-]{1,2}\s*(?P<owner>(?:the\s+)?[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,4})\s*$"
)
PHONE = re.compile(r"^[\s\d().+|/-]{10,}$")
STREET = re.compile(
    r"^\d{1,6}\s+[\w. ]{2,40}\s(st|street|ave|avenue|rd|road|dr|drive|blvd|boulevard|"
    r"ln|lane|way|pl|place|pkwy|parkway|hwy|highway|ct|court|sq|square)\.?$",
    re.I,
)
CITY_STATE_ZIP = re.compile(r"^[A-Z][\w .'-]{1,40},\s*[A-Z]{2}\s+\d{5}(-\d{4})?$")
UPDATED = re.compile(
    r"^(updated|last updated|updated on)\b:?\s*(?:at\s+)?(?P<stamp>.{0,80}?(a\.?m\.?|p\.?m\.?|"
    r"\d{4}|\bET|\bEDT|\bEST|\bUTC|\bGMT)\.?)\s*$",
    re.I,
)
RAIL = re.compile(
    r"^(more stories|related stories|related|related articles|read more|more from [\w\s]{1,30}|"
    r"you may also like|recommended|most read|most popular|trending|top stories|"
    r"share this( story| article)?|share|facebook|twitter|linkedin|email|print|"
    r"(facebook|twitter|x|linkedin|email|whatsapp|reddit|print|copy link)"
    r"([\s|·•/]+(facebook|twitter|x|linkedin|email|whatsapp|reddit|print|copy link))+|"
    r"advertisement|sponsored|skip to (main )?content|comments|show comments|"
    r"sign up|subscribe|donate|support (local )?journalism)\.?$",
    re.I,
)
NEWSLETTER = re.compile(
    r"^(sign up for|subscribe to|get (the|our) .{0,40}newsletter|"
    r".{0,60}\bnewsletter\b.{0,40}(inbox|sign up|subscribe))",
    re.I,
)
BIO_ROLE = re.compile(
    r"\bis (a|an|the)\b.{0,80}\b(reporter|writer|editor|correspondent|journalist|"
    r"columnist|producer|host|contributor|photographer|intern|anchor|critic)\b",
    re.I,
)


@dataclass
class Findings:
    """Metadata recovered from lines that were removed as boilerplate."""

    original_publisher: str | None = None
    updated_stamp: str | None = None
    removed: list[Removal] = field(default_factory=list)


def normalise(line: str) -> str:
    return " ".join(line.split()).strip().lower()


def _is_short(line: str, limit: int = 140) -> bool:
    return len(line) <= limit


def classify(line: str) -> str | None:
    """The name of the first rule ``line`` matches, or None if it is body text."""
    text = " ".join(line.split())
    if not text or (DISCLOSURE.search(text) and not SYNDICATION.match(text)):
        return None
    if SYNDICATION.match(text):
        return "syndication-footer"
    if len(text) <= 300 and COPYRIGHT.match(text):
        return "copyright"  # long ones too: "All rights reserved. This material may not..."
    if not _is_short(text):
        return None
    checks = (
        ("player-widget", PLAYER),
        ("copyright", COPYRIGHT),
        ("phone", PHONE),
        ("address", STREET),
        ("address", CITY_STATE_ZIP),
        ("updated-stamp", UPDATED),
        ("rail", RAIL),
        ("newsletter", NEWSLETTER),
    )
    for rule, pattern in checks:
        if pattern.match(text):
            return rule
    return None


def is_bio(line: str, authors: Iterable[str]) -> bool:
    """An author bio: a line that starts with an author's name and says what they do."""
    text = " ".join(line.split())
    if len(text) > 400:
        return False
    return any(
        name and text.lower().startswith(name.lower()) and BIO_ROLE.search(text) for name in authors
    )


def clean_lines(
    lines: list[str],
    *,
    title: str | None = None,
    captions: Iterable[str] = (),
    authors: Iterable[str] = (),
    site_names: Iterable[str] = (),
) -> tuple[list[str], Findings]:
    """Drop boilerplate lines; return the kept lines and what was learned on the way.

    ``site_names`` are the outlet's own names: a copyright line naming someone else
    (a wire, a network) tells who originally published the story."""
    findings = Findings()
    own = [normalise(n) for n in site_names if n]
    caption_keys = {normalise(c) for c in captions if c and c.strip()}
    title_key = normalise(title) if title else None
    authors = [a for a in authors if a]
    kept: list[str] = []
    for index, line in enumerate(lines):
        rule = _rule_for(line, index, kept, title_key, caption_keys, authors)
        if rule is None:
            kept.append(line)
            continue
        findings.removed.append(Removal(rule=rule, text=line.strip()))
        _learn(findings, rule, line, own)
    return kept, findings


def _rule_for(
    line: str,
    index: int,
    kept: list[str],
    title_key: str | None,
    caption_keys: set[str],
    authors: list[str],
) -> str | None:
    key = normalise(line)
    if not key:
        return "empty"
    if title_key and not kept and key == title_key:
        return "title-repeat"
    if WIRE_CREDIT.match(line.strip()):
        return "wire-credit"
    if key in caption_keys and not DISCLOSURE.search(line):
        return "caption-duplicate"
    if is_bio(line, authors):
        return "author-bio"
    return classify(line)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word not in {"the", "of", "and"})


def _is_own(owner: str, own: list[str]) -> bool:
    """The outlet's own name, a part of it, or its initials ("NRN")."""
    key = normalise(owner).removeprefix("the ")
    return any(
        key in name or name.removeprefix("the ") in key or key == _initials(name) for name in own
    )


def _learn(findings: Findings, rule: str, line: str, own: list[str]) -> None:
    text = " ".join(line.split())
    patterns = {
        "syndication-footer": SYNDICATION,
        "copyright": COPYRIGHT,
        "wire-credit": WIRE_CREDIT,
    }
    if rule in patterns and findings.original_publisher is None:
        match = patterns[rule].match(text)
        owner = (match.group("owner") or "").strip(" .,") if match else ""
        owner = re.sub(r"^the\s+", "", owner, flags=re.I)
        # a copyright line is someone else's only if we know the outlet's own names
        foreign = rule != "copyright" or (own and not _is_own(owner, own))
        if owner and (rule == "syndication-footer" or foreign):
            findings.original_publisher = owner
    elif rule == "updated-stamp" and findings.updated_stamp is None:
        match = UPDATED.match(text)
        if match:
            findings.updated_stamp = match.group("stamp")
