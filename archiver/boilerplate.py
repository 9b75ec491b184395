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
# "— The Associated Press"; a single hyphen starts a list item in trafilatura's output.
WIRE_CREDIT = re.compile(
    r"^(?:[—–]|--)\s*(?P<owner>(?:the\s+)?[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,4})\s*$"
)
PHONE = re.compile(r"^(?=(?:\D*\d){7})[\s\d().+|/-]{10,}$")  # 7+ digits: not a table rule
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
    r"you may also like|you might also like|recommended|most read|most popular|trending|"
    r"top stories|"
    r"share this( story| article)?|share|facebook|twitter|linkedin|email|print|"
    r"(facebook|twitter|x|linkedin|email|whatsapp|reddit|print|copy link)"
    r"([\s|·•/]+(facebook|twitter|x|linkedin|email|whatsapp|reddit|print|copy link))+|"
    r"advertisement|sponsored|skip to (main )?content|comments|show comments|"
    r"sign up|subscribe|donate|support (local )?journalism|"
    r"(story|article) continues below( advertisement)?|recommended videos|"
    r"this advertisement has not loaded yet, but your article continues below|"
    r"media playback is unsupported on your device|advertisement - continue reading below)"
    r"\s*[.…:!]*$",
    re.I,
)
NEWSLETTER = re.compile(
    r"^(sign up for|subscribe to|get (the|our) .{0,40}newsletter|"
    r".{0,60}\bnewsletter\b.{0,40}(inbox|sign up|subscribe))",
    re.I,
)
# The body's own "see also" and "share" words as a whole line, and a following list of tags.
TAG_LABEL = re.compile(
    r"^(tags?|topics?|filed under|categories|category|keywords|related topics)\s*:?$", re.I
)
TAG_LINE = re.compile(r"^(tags?|topics?|filed under|keywords)\s*:\s*\S.*$", re.I)
# Calls to action aimed at the reader, not the story: follow, subscribe, share, comment.
PROMO = re.compile(
    r"^(please )?(follow|like|find|join|connect with)\b.{0,80}\b(on|at) (twitter|facebook|"
    r"instagram|youtube|linkedin|tiktok|threads|mastodon|bluesky|x)\b|"
    r"^follow @\w+|"
    r"^(like|liked|enjoy|enjoyed|love|loved) (this|the|our) (story|article|post|piece)\b|"
    r"^if you (enjoyed|liked|like|value|appreciate) (this|our|reading)\b|"
    r"^(tell us what you think|what do you think\?|leave a comment|have your say|"
    r"join the (conversation|discussion|debate)|share your (thoughts|views|story))|"
    r"^(download|get) (the|our) .{0,40}\bapp\b",
    re.I,
)
NEWSLETTER_WORD = re.compile(r"\bnewsletters?\b", re.I)
NEWSLETTER_ASK = re.compile(r"\b(sign up|sign-up|subscribe|inbox|delivered)\b", re.I)
# How to reach the reporter: "Email Jane Roe at jroe@x.com or follow her @jroe."
CONTACT = re.compile(
    r"\b(can|may) be reached (at|by|on)\b|^have a (news )?tip\b|"
    r"^(e-?mail|reach|contact|write to|follow)\b.{0,120}(\S@\S|(^|\s)@\w|twitter\.com/)",
    re.I,
)
# Reporting credits of wires and contributors, not the story's prose.
CREDIT = re.compile(
    r"^\(?(additional )?(reporting|writing|editing|compiled) by\b|"
    r"\bcontributed (reporting )?to this (report|story|article)\b\W*$",
    re.I,
)
# A photo credit or caption: "(credit: NASA)", "Photo: Jane Roe", "photos © Agency, 2018".
CLICK_HERE = re.compile(r"\bclick(ing)? here\b", re.I)
PHOTO_CREDIT = re.compile(
    r"\((photo|image|picture|credit|courtesy|source|foto)s?\b[^()]{0,100}\)\W*$|"
    r"^(photo|image|picture|credit|foto)s?\s*(by\b|:|©)",
    re.I,
)
COPYRIGHT_SIGN = re.compile(r"[©ⓒ]")
# A CMS shortcode printed raw: "[button link=...]Send us your review[/button]".
SHORTCODE = re.compile(r"^\[(?P<tag>[a-z_]+)\b[^\]]*\].*\[/(?P=tag)\]$", re.I)
COPYRIGHT_NOTICE = re.compile(r"^(copyright\s*)?[©ⓒ]|^copyright\b.{0,60}\b(19|20)\d\d\b", re.I)
BARE_URL = re.compile(r"^(https?://|www\.)(?P<host>[^/\s]+)\S*$", re.I)
DATE_PART = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|"
    r"\b\d{1,2}:\d{2}(:\d{2})?\s*([ap]\.?m\.?)?|"
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?|"
    r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?|\b\d{1,4}(st|nd|rd|th)?\b|"
    r"\b(utc|gmt|[ecmp][sd]?t|am|pm|at|on|of)\b",
    re.I,
)
FULL_DATE = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|"
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b|"
    r"\b\d{1,2}(st|nd|rd|th)? (jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|"
    r"aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?,? \d{4}\b",
    re.I,
)
DATE_STAMP_MAX = 80
DATE_STAMP_WORDS = 1
NEWSLETTER_MAX = 250
SHORT = 140
# (rule, pattern, longest line it may remove): the more a pattern could also occur in
# prose, the shorter the line must be. Anchored patterns may take longer lines.
LINE_RULES = (
    ("copyright", COPYRIGHT, 300),  # "All rights reserved. This material may not be..."
    ("copyright", COPYRIGHT_NOTICE, 300),
    ("player-widget", PLAYER, SHORT),
    ("phone", PHONE, SHORT),
    ("address", STREET, SHORT),
    ("address", CITY_STATE_ZIP, SHORT),
    ("updated-stamp", UPDATED, SHORT),
    ("rail", RAIL, SHORT),
    ("newsletter", NEWSLETTER, SHORT),
    ("tag-list", TAG_LABEL, SHORT),
    ("tag-list", TAG_LINE, 300),
    ("reader-promo", PROMO, 400),
    ("reader-promo", CLICK_HERE, 200),
    ("author-contact", CONTACT, 400),
    ("reporting-credit", CREDIT, 400),
    ("photo-credit", PHOTO_CREDIT, 300),
    ("photo-credit", COPYRIGHT_SIGN, 200),
    ("shortcode", SHORTCODE, 400),
)
LONGEST_RULE = max(longest for _, _, longest in LINE_RULES)
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


def classify(line: str) -> str | None:
    """The name of the first rule ``line`` matches, or None if it is body text."""
    text = " ".join(line.split())
    if not text or (DISCLOSURE.search(text) and not SYNDICATION.match(text)):
        return None
    if SYNDICATION.match(text):
        return "syndication-footer"
    if len(text) > LONGEST_RULE:
        return None  # prose: no other rule takes a line this long
    for rule, pattern, longest in LINE_RULES:
        if len(text) <= longest and pattern.search(text):
            return rule
    newsletter = NEWSLETTER_WORD.search(text) and NEWSLETTER_ASK.search(text)
    if newsletter and len(text) <= NEWSLETTER_MAX:
        return "newsletter"
    if is_date_stamp(text):
        return "date-stamp"
    return None


def is_date_stamp(text: str) -> bool:
    """A line that is a date (and maybe a time) with at most a word or two around it:
    "August 08, 2018", "Published: 2018-09-28 17:32"."""
    if len(text) > DATE_STAMP_MAX or len(FULL_DATE.findall(text)) != 1:
        return False  # two dates are a range: an event's run, not a stamp
    rest = re.findall(r"\w+", DATE_PART.sub(" ", text))
    return len(rest) <= DATE_STAMP_WORDS


def is_bio(line: str, authors: Iterable[str]) -> bool:
    """An author bio: a line that starts with an author's name and says what they do."""
    text = " ".join(line.split())
    if len(text) > 400:
        return False
    return any(
        name and text.lower().startswith(name.lower()) and BIO_ROLE.search(text) for name in authors
    )


# A headline variant ("Title – Site", a shortened <title>) keeps most of the headline.
HEADLINE_OVERLAP = 0.6


def is_headline(key: str, title_keys: Iterable[str]) -> bool:
    """``key`` (normalised) is the title or a headline, whole or with a site-name suffix."""
    for title in title_keys:
        if key == title:
            return True
        short, long = sorted((key, title), key=len)
        if short in long and len(short) >= HEADLINE_OVERLAP * len(long):
            return True
    return False


# Lines before the headline, within this many first lines, are page-top chrome (kicker,
# breadcrumbs, a teaser of another story).
HEAD_WINDOW = 5
BEFORE_HEADLINE_SHARE = 0.25


@dataclass(frozen=True)
class _Context:
    """What the page says about itself, to recognise its lines."""

    title_keys: frozenset[str]
    headline_keys: frozenset[str]
    dek_keys: frozenset[str]
    caption_keys: frozenset[str]
    name_keys: frozenset[str]
    page_urls: frozenset[str]
    template_keys: frozenset[str]
    authors: tuple[str, ...]


def clean_lines(
    lines: list[str],
    *,
    title: str | None = None,
    headlines: Iterable[str] = (),
    deks: Iterable[str] = (),
    captions: Iterable[str] = (),
    authors: Iterable[str] = (),
    site_names: Iterable[str] = (),
    page_urls: Iterable[str] = (),
    template: Iterable[str] = (),
) -> tuple[list[str], Findings]:
    """Drop boilerplate lines; return the kept lines and what was learned on the way.

    ``headlines`` are the page's <h1> texts and ``deks`` its standfirst (the description
    shown as a subheading): repeats of them are removed. ``site_names`` are the outlet's
    own names: a copyright line naming someone else (a wire, a network) tells who
    originally published the story. ``page_urls`` (the page's own addresses) and
    ``template`` (lines learned as the site's template, see ``templates.py``) are removed
    wherever they appear."""
    findings = Findings()
    own = [normalise(n) for n in site_names if n]
    context = _Context(
        title_keys=_keys((title,)),
        headline_keys=_keys((title, *headlines)),
        dek_keys=_keys(deks),
        caption_keys=_keys(captions),
        name_keys=frozenset(own),
        page_urls=frozenset(k for u in page_urls if (k := _url_key(u))),
        template_keys=_keys(template),
        authors=tuple(a for a in authors if a),
    )
    before = _before_headline(lines, context)
    kept: list[str] = []
    for index, line in enumerate(lines):
        rule = "before-headline" if index < before else _rule_for(line, kept, context)
        if rule is None:
            kept.append(line)
            continue
        findings.removed.append(Removal(rule=rule, text=line.strip()))
        _learn(findings, rule, line, own)
    return kept, findings


def _keys(texts: Iterable[str | None]) -> frozenset[str]:
    return frozenset(key for t in texts if t and (key := normalise(t)))


def _url_key(url: str) -> str | None:
    """A URL without scheme, "www.", fragment or trailing slash; None if not a URL."""
    url = url.strip()
    if not BARE_URL.match(url):
        return None
    url = re.sub(r"^(https?://)?(www\.)?", "", url.lower()).split("#")[0]
    return url.rstrip("/")


def _before_headline(lines: list[str], context: _Context) -> int:
    """How many leading lines come before the headline (0 if it is not near the top)."""
    for index, line in enumerate(lines[:HEAD_WINDOW]):
        if is_headline(normalise(line), context.headline_keys):
            before = lines[:index]
            if any(DISCLOSURE.search(earlier) for earlier in before):
                return 0
            # a headline after most of the text closes the story (a footer repeats it)
            if _chars(before) > BEFORE_HEADLINE_SHARE * _chars(lines[index + 1 :]):
                return 0
            return index
    return 0


def _chars(lines: list[str]) -> int:
    return sum(len(line.strip()) for line in lines)


def _rule_for(line: str, kept: list[str], context: _Context) -> str | None:
    key = normalise(line)
    if not key:
        return "empty"
    # the <title> anywhere (a share box, a footer); any <h1> before the body starts (other
    # <h1>s may head sections or other stories)
    if key in context.title_keys or (not kept and is_headline(key, context.headline_keys)):
        return "title-repeat"
    if not kept and key in context.dek_keys:
        return "dek-repeat"
    if DISCLOSURE.search(line):
        return None
    if key in context.name_keys:
        return "site-name"
    if key in context.template_keys:
        return "site-template"
    if _url_key(key) in context.page_urls:
        return "page-url"
    if WIRE_CREDIT.match(line.strip()):
        return "wire-credit"
    if key in context.caption_keys:
        return "caption-duplicate"
    if is_bio(line, context.authors):
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
