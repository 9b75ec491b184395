"""Direct quotations and who said them.

1. Quote marks are paired per paragraph (straight, curly, and the '' of newspaper
   archives); a paragraph that ends inside a quote continues in the next one, and each
   paragraph's part is its own span.
2. Each span is classed: a direct quote, a partial quote inside indirect speech
   (``called the suit "baseless"``), or not a quote at all (titles, scare quotes).
3. The attribution is read around the span: ``"...," said NAME``, ``NAME said``,
   ``NAME said: "..."``, ``according to NAME``; a segment with no cue of its own
   continues the previous one (split and multi-paragraph quotes).
4. Pronouns and descriptions ("he", "the company") are resolved to the most salient
   named entity of the right kind: the one that was last the subject of a speech verb,
   or of a sentence, nearest first.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .entities import ORG, PERSON, Entity, EntityIndex, Mention
from .syntax import fragment_speaker, may_report
from .text import (
    ABBREVIATIONS,
    PERSON_TITLES,
    SPEECH_VERBS,
    known_first_name,
    names_in,
    paragraphs,
    sentences,
    strip_titles,
)

OPENING = {"“": "”", "«": "»", "„": "“"}
STRAIGHT = ('"', "''")
HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr"])
RECENT_SUBJECT = 5.0
PROMINENCE = 0.8
DESCRIBED = 6.0
DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])
RECENT_SUBJECT_DESCRIBED = 3.0
PRONOUNS = {"he": PERSON, "she": PERSON, "they": None, "it": ORG, "i": PERSON, "we": None}
ORG_HEADS = frozenset(
    [
        "company",
        "firm",
        "airline",
        "agency",
        "service",
        "site",
        "platform",
        "app",
        "group",
        "association",
        "organization",
        "organisation",
        "department",
        "council",
        "board",
        "committee",
        "utility",
        "union",
        "campaign",
        "team",
        "club",
        "district",
        "city",
        "county",
        "state",
        "government",
        "administration",
        "university",
        "school",
        "hospital",
        "bank",
        "network",
        "station",
        "newspaper",
        "paper",
        "outlet",
        "startup",
        "retailer",
        "chain",
        "carrier",
        "maker",
        "manufacturer",
        "developer",
        "provider",
        "operator",
        "authority",
        "commission",
        "office",
        "ministry",
        "coalition",
        "alliance",
        "nonprofit",
        "foundation",
        "lab",
        "laboratory",
        "center",
        "centre",
        "institute",
        "officials",
        "prosecutors",
        "police",
        "railroad",
        "railway",
        "insurer",
        "automaker",
        "publisher",
        "studio",
        "church",
        "museum",
        "library",
        "court",
        "plant",
        "mill",
        "business",
        "store",
        "system",
        "fund",
        "restaurant",
        "diner",
        "cafe",
        "bakery",
        "shop",
        "hotel",
        "factory",
        "clinic",
        "airport",
    ]
)
POSSESSIVE_ROLE = re.compile(r"^(?P<owner>.+?)[’']s (?P<role>(?:[a-z-]+ ){0,3}[a-z-]+)$")
COMPANY_HEADS = frozenset(
    """company firm business retailer app platform service site startup chain carrier maker
    manufacturer developer provider operator airline insurer automaker publisher studio
    bank lab""".split()  # noqa: SIM905
)
INSTITUTION = re.compile(r"\b(?:Court|District|County|City|State|Department|Circuit|Agency)\b")
DOCUMENT_HEADS = frozenset(
    [
        "statement",
        "report",
        "study",
        "release",
        "filing",
        "complaint",
        "email",
        "letter",
        "memo",
        "announcement",
        "notice",
    ]
)
PERSON_HEADS = frozenset(
    [
        "judge",
        "spokeswoman",
        "spokesman",
        "spokesperson",
        "official",
        "officer",
        "lawyer",
        "attorney",
        "mayor",
        "governor",
        "senator",
        "president",
        "chief",
        "director",
        "executive",
        "founder",
        "chairman",
        "chairwoman",
        "chair",
        "woman",
        "man",
        "resident",
        "nurse",
        "doctor",
        "teacher",
        "student",
        "coach",
        "player",
        "witness",
        "mother",
        "father",
        "owner",
        "manager",
        "professor",
        "researcher",
        "scientist",
        "economist",
        "analyst",
        "superintendent",
        "principal",
        "sheriff",
        "detective",
        "commissioner",
        "secretary",
        "minister",
        "representative",
        "councilman",
        "councilwoman",
        "member",
        "farmer",
        "driver",
        "worker",
        "pastor",
    ]
)
# what follows "offered" is what was offered, not speech
FRAGMENT_SPEECH_VERBS = SPEECH_VERBS.replace("|offered", "")
FRAGMENT_CUES = re.compile(
    rf"\b(?:{FRAGMENT_SPEECH_VERBS}|called|calling|calls|describe|described|describing|"
    r"describes|termed|eulogized|eulogised|depicted|"
    r"labeled|labelled|branded|dubbed|dismissed|characterized|decried|denounced|praised|hailed|"
    r"accused|accusing|criticized|criticised|blasted|slammed|mocked|defended|touted|derided|"
    r"likened|compared|cited|quoted|promised|promising|warning|urging|insisting|arguing|"
    r"vowed|pledged|rejected|rejecting|denied|denying|dismissing|telling|saying|noting|adding|"
    r"writing|asking|declaring|claiming|stating|explaining|[Aa]ccording to)\b"
)
NAMING_CUES = re.compile(
    r"(?:so-called|titled|entitled|dubbed|nicknamed|named|known(?:\s+[\w-]+){0,4}\s+as)\s*$", re.I
)
LEAD_WORDS = re.compile(
    r"^(?:(?:and|but|as|when|then|so|while|also|later|again|still|yet|which|who|that)\s+)+",
    re.I,
)
VERB = rf"(?:{SPEECH_VERBS})"
# "the man", "a source": people the article may never name
GENERIC_PEOPLE = frozenset("man woman person patient resident source user".split())  # noqa: SIM905
# Nouns for people that are not job titles: relations, parties, sports roles.
PERSON_NOUNS = (
    frozenset(
        """rookie veteran widow widower daughter son wife husband sister brother mother father
    colleague friend neighbor neighbour victim witness defendant plaintiff candidate
    incumbent challenger democrat republican independent libertarian lawmaker legislator
    clerk chief guard forward star teen teenager boy girl freshman sophomore mom dad
    grandmother grandfather
    aide nominee spokesperson host guest founder retiree parent dean juror prosecutor
    detective trooper agent midfielder goalkeeper striker quarterback pitcher catcher
    novelist poet chef pilot captain sergeant deputy official expert activist
    volunteer survivor""".split()  # noqa: SIM905
    )
    | GENERIC_PEOPLE
)
ROLE_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "eer", "-year-old")
# The same role in other words, so "the lawyer" finds "defense attorney Beatrix Lowe".
SAME_ROLE = {
    "lawyer": ("attorney", "counsel"),
    "attorney": ("lawyer", "counsel"),
    "prosecutor": ("prosecutors", "prosecuting", "prosecution"),
    "executive": ("ceo",),
    "doctor": ("physician", "dr"),
    "physician": ("doctor",),
    "spokeswoman": ("spokesperson",),
    "spokesman": ("spokesperson",),
    "spokesperson": ("spokeswoman", "spokesman"),
    "lawmaker": ("senator", "representative", "legislator", "assemblyman", "assemblywoman"),
    "legislator": ("senator", "representative", "lawmaker"),
    "hospital": ("medical", "clinic", "health"),
    # organisations answer to what they are called by kind
    "agency": ("commission", "department", "administration", "bureau", "office", "authority"),
    "club": ("fc", "afc", "united"),
    "system": ("health", "healthcare", "network"),
    "restaurant": ("diner", "cafe", "grill", "kitchen", "bistro", "bar"),
}


def _person_noun(head: str) -> bool:
    """Does "the <head>" describe a person ("the clerk", "the geochemist", "the
    34-year-old")? Organisation words are checked before this."""
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return (
        singular in PERSON_HEADS
        or singular in PERSON_NOUNS
        or (len(singular) > 4 and singular.endswith(ROLE_SUFFIXES))
    )


# Words that, before a name in its clause, make the name something other than the
# clause's subject ("a letter to Vance", "Smith and Jones", "said Vance").
NOT_ROLE_WORDS = frozenset(
    """to with by from for at in on of and or but that than as about against after before
    into over under between among said says told the a an his her their its this these
    those when while because if who which whom whose is was were are has have had will
    would could can may might did does do been being""".split()  # noqa: SIM905
) | frozenset(SPEECH_VERBS.split("|"))
INVERTED_SUBJECT = re.compile(
    r"(?:Among|Between|With|At|In|On|Behind|Beside)\b[^,.;:!?\"“”]{1,60}\s(?:was|were|is|are)\s+$"
)
TITLED_NAME = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,4}(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)$"
)
POSSESSIVE_DESCRIPTION = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s\s+[a-z]")
NAME_PARTICLES = frozenset("de da del der van von al bin la le du di jr jr. sr sr.".split())  # noqa: SIM905
# capitalised openers of a sentence part that are not names ("In Paris", "On Monday")
LEADING_NOT_NAME = frozenset(
    """in on at after before during for from with as by since under over when while
    meanwhile later earlier then still yet but and also however monday tuesday wednesday
    thursday friday saturday sunday""".split()  # noqa: SIM905
)
DESCRIPTIVE_LINKS = frozenset(
    "of at for in from with whose who which based now also since".split()  # noqa: SIM905
)
INVERTED_SPEECH = re.compile(rf",\s+{VERB}\s+$")
PASSIVE_AGENT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+)?[a-z]+\s+by\s+$")
SUBJECT_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "but", "and"])
APPOSITIVE_THEN_VERB = re.compile(
    rf"(?:[’']s)?,[^,.!?\"“”]{{1,90}},\s+(?:also\s+|later\s+|then\s+)?{VERB}\b"
)


# The subject opening a sentence: a pronoun, a description or a capitalised name.
COLON_LEAD = re.compile(
    r"(?:[^,.;:\"“”]{1,80},\s+)?(?P<spk>[Hh]e|[Ss]he|[Tt]hey|It|[Tt]he (?:[\w-]+ ){0,3}?[\w-]+"
    r"|(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)\s"
)
AUXILIARIES_AFTER = re.compile(
    r"(?:\s+(?:has|had|have|was|is|were|are|would|will|could|can|did|does|do|also|then|"
    r"later|once|previously|again|repeatedly|never|not|be|been|being|had been|has been))+$"
)
# a name after a preposition is not the subject ("Tsai of Brightwater", "a tester in Aurora")
ORG_OF_PERSON = re.compile(r"\b(?:of|at|for|from|with|by|to|in|on|near)(?:\s+the)?\s+$")
PRONOUN_THEN_VERB = re.compile(r"^(he|she|they|it|we|I)\s+[a-z]+\b", re.I)
NAME_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|at|for|from|with|by|to|in|on|about|against|over|into|toward)(?:\s+the)?\s+$"
)
NAME_AT_START = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*")
NAME_AT_END = re.compile(r"(?<![\w’'])(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w’'&-]+$")
# A plural subject opening a sentence ("Prosecutors had asked", "The researchers found").
GROUP_SUBJECT = re.compile(
    r"(?:[^,.;\"“”]{1,60},\s+)?(?P<group>(?:[Tt]he\s+)?(?:[a-z-]+\s+)?[A-Za-z]+[a-rt-z]s)\b"
    r"(?=\s+[a-z])"
)
# A sentence whose subject is a pronoun or a description, after an opening phrase at
# most: "She said", "Asked about the loss, he", "The coach, for his part,", "Her
# colleague did not".
SUBJECT_LINK = re.compile(
    r"(?:[^,.;\"“”]{1,80},\s+)?"
    r"(?P<link>[Hh]e|[Ss]he|It|(?:[Tt]he|[Hh]is|[Hh]er) (?:[\w-]+ ){0,2}[\w-]+)\b(?![’'])"
)


def _noun_phrase(link: str) -> str:
    """ "The chief executive would" -> "The chief executive": up to the last noun that
    can name a party."""
    words = link.split()
    if len(words) == 1:
        return link
    for end in range(len(words), 1, -1):
        head = words[end - 1].lower()
        if head in ORG_HEADS or _person_noun(head):
            return " ".join(words[:end])
    return ""


def _unquoted(text: str) -> str:
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)


AFTER_VERB_FIRST = re.compile(
    rf"^[\s,—–-]*{VERB}\s+(?P<spk>[^,;:!?\"“”()]{{1,80}}?)"
    r"(?=\s*[,;:!?(]|\.\s*$|\s*$|\s+(?:in|on|at|during|after|before|about|to|from|via|when|while|"
    r"who|which|that|because|as|of|last|this|yesterday|today|tonight|earlier|later)\b)"
)
AFTER_VERB_APPOSITIVE = re.compile(
    rf"^[\s,—–-]*{VERB}\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[^,;:!?\"“”()]{{1,60}}?,\s+"
    r"(?P<spk>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})(?=\s*[,.;]|\s*$)"
)
# a name and an appositive of up to six comma-separated parts ("Dylan Nelson, a fellow
# at the Max Planck Institute in Munich, Germany, and co-author of the paper, said")
AFTER_APPOSITIVE = re.compile(
    rf"^[\s,—–-]*(?P<spk>[^,;:!?\"“”()]{{1,70}}(?:,\s+[^,;:!?\"“”()]{{1,120}}?){{1,6}}),\s+"
    rf"(?:also\s+|later\s+|then\s+)?{VERB}\b"
)
AFTER_SPK_FIRST = re.compile(
    rf"^[\s,—–-]*(?P<spk>[^,;:!?\"“”()]{{1,70}}?)\s+(?:also\s+|later\s+|then\s+|again\s+|"
    rf"previously\s+|once\s+|had\s+|has\s+|would\s+|will\s+)?{VERB}\b"
)
# a list of jobs before the name: '"...," chairman, CEO and president Craig Menear said'
AFTER_TITLES = re.compile(
    r"^[\s,—–-]*(?:(?:[a-z][\w-]*|[A-Z]{2,5})(?:,\s+|\s+and\s+|\s+)){1,8}"
    rf"(?P<spk>(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w’'-]+)\s+{VERB}\b"
)
ACCORDING_TO_APPOSITIVE = re.compile(
    r"^[\s,—–-]*according to (?:the |a |an |its |their )?[^,.;:!?\"“”()]{1,60}?,\s+"
    r"(?P<spk>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})(?=\s*[,.;]|\s*$)"
)
# A quote standing alone, attributed in the next paragraph by looking back at it:
# "Dana Ruiz said those words quietly", "Ruiz offered that thought as", "That's Ruiz again".
LOOKING_BACK = re.compile(
    r"^(?P<that>(?:That(?:[’']s| is| was)|Those were|These were)\s+"
    r"(?:how\s+|what\s+|the words of\s+)?)?"
    r"(?P<spk>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})(?P<rest>[^.!?\"“”]{0,60})"
)
WORDS_OF = re.compile(
    r"^(?:That|Those|These)\s+(?:is|was|were|are)\s+the\s+words\s+of\s+"
    r"(?P<spk>(?:the|a|an|one)\s+[^,.;:!?\"“”]{1,60}?)(?=\s+(?:who|which|that|whose)\b|[,.;])"
)
# an attribution set off by commas, or closing its sentence: ", Howitt says." ", says X."
REPORTED_ASIDE = re.compile(
    rf"(?:^|,\s+)(?:(?P<spk>(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w’'-]+)\s+{VERB}"
    rf"|{VERB}\s+(?P<spk2>(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w’'-]+))\s*(?:,|\.$)"
)
BACK_REFERENCE = re.compile(
    r"^\s+again\b|\b(?:said|says|offered|wrote|spoke|added|repeated|recalled|used)\s+"
    r"(?:those|these|that|this|the)\s+(?:words?|thought|line|remark|comment|sentiment)\b"
)
ACCORDING_TO = re.compile(
    r"^[\s,—–-]*according to (?P<spk>[^,.;:!?\"“”()]{1,80}?)(?=\s*[,.;:!?(]|\s*$)"
)
# a title's period ("Lt. Gov. Paul Diaz") or an initial does not end the lead-in
TITLE_PERIOD = (
    r"\b(?:"
    + "|".join(sorted((a.capitalize() for a in ABBREVIATIONS if a.isalpha()), key=len))
    + r"|[A-Z])\."
)
BEFORE = re.compile(
    rf"(?P<spk>(?:[^.!?\"“”]|{TITLE_PERIOD}){{1,100}}?)\s+"
    rf"(?:also\s+|later\s+|then\s+|had\s+|has\s+)?{VERB}"
    r"(?P<rest>[^.!?\"“”]{0,90}?)[,:]\s*$"
)
# who issued a document: "The city said in a statement", "a statement from the agency"
ISSUER = re.compile(
    rf"^(?P<spk>[^.!?\"“”]{{1,100}}?)\s+(?:also\s+|later\s+)?"
    rf"(?:{VERB}|issued|released|sent|published|put out|filed)\b"
)
ISSUED_BY = re.compile(
    r"\b(?:statement|release|letter|email|memo|filing|announcement|notice)\s+"
    r"(?:issued\s+|released\s+|sent\s+)?(?:from|by)\s+(?P<spk>[^,.;:!?\"“”()]{1,60}?)"
    r"(?=\s*[,.;:!?]|\s+(?:said|says|on|late|early|that|in|to|read|reads)\b)"
)
# "According to his aunt, Jane Starner, ": the source, with an appositive at most
ACCORDING_BEFORE = re.compile(
    r"according to (?P<spk>[^,.;:!?\"“”()]{1,80}?(?:,\s*[^,.;:!?\"“”()]{1,60}?)?),\s*$", re.I
)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_raw: str | None
    speaker_type: str  # name | nominal | pronoun | inherited
    cue: str | None
    partial: bool
    entity: Entity | None = None
    cue_at: int | None = None  # where its attribution starts, to tell cues apart

    @property
    def kind(self) -> str:
        return "mixed" if self.partial else "direct"


@dataclass
class Segment:
    start: int
    end: int  # after the closing mark, or the paragraph end for a continued quote
    closed: bool
    para: int


def find_segments(text: str) -> list[Segment]:
    """Quoted spans, marks included, paired within each paragraph."""
    found: list[Segment] = []
    for index, para in enumerate(paragraphs(text)):
        found.extend(_pair_marks(text, para.start, para.end, index))
    return found


MARK = re.compile(r"''|[\"“”«»„]")


def _pair_marks(text: str, start: int, end: int, para: int) -> list[Segment]:
    segments = []
    open_at: int | None = None
    closer: str | None = None
    for match in MARK.finditer(text, start, end):
        mark, pos = match.group(0), match.start()
        if open_at is None:
            if mark in OPENING:
                open_at, closer = pos, OPENING[mark]
            elif mark in STRAIGHT and _can_open(text, pos, len(mark)):
                open_at, closer = pos, mark
        elif (
            mark == closer
            or (closer in STRAIGHT and mark in STRAIGHT)
            or (closer == "”" and mark == '"')
            or (closer == '"' and mark == "”")
        ):
            segments.append(Segment(open_at, match.end(), True, para))
            open_at = closer = None
    if open_at is not None:
        segments.append(Segment(open_at, end, False, para))
    return segments


def _can_open(text: str, pos: int, width: int) -> bool:
    after = text[pos + width : pos + width + 1]
    return bool(after) and not after.isspace()


def classify(text: str, seg: Segment) -> str | None:
    """'direct', 'partial', or None (a title, a scare quote, a term)."""
    inner = text[seg.start : seg.end].strip("\"“”«»„' ")
    words = inner.split()
    if not words:
        return None
    before = text[max(0, seg.start - 40) : seg.start]
    if NAMING_CUES.search(before.lower()):
        return None
    if len(words) <= 2 and all(w[:1].isupper() for w in words) and NAME_SLOT.search(before):
        return None  # 'an episode of "DWTS."', 'the "Pose" actor': a name, not speech
    if len(words) <= 2 and TERM_SLOT.search(before):
        return None  # 'aware of "taste" receptors', 'from "exogenic" processes': a term
    ends_like_speech = bool(re.search(r"[.,!?…—–-]$", inner)) or not seg.closed
    starts_clause = _starts_clause(text, seg.start)
    if (
        _title_case(words)
        and (len(words) <= 5 or not re.search(r"[.!?]$", inner) or _every_word_capitalised(words))
        and len(words) <= 12
        and not _said_after(text, seg)
    ):
        return None  # a title or a slogan ("Check Your Shots.", "Our Lives Are Not a Line Item.")
    if ends_like_speech and (len(words) >= 3 or starts_clause):
        return "partial" if _embedded(text, seg.start) and not starts_clause else "direct"
    if len(words) >= 8:
        return "partial" if _embedded(text, seg.start) else "direct"
    sentence = _sentence_around(text, seg.start)
    if FRAGMENT_CUES.search(sentence.replace(text[seg.start : seg.end], " ")):
        return "partial"
    return None


# where a show's or a product's name goes: after an article or a preposition
NAME_SLOT = re.compile(r"\b(?:the|a|an|of|on|in|to|from|for|with|at|by)\s+$", re.I)
# a word or two quoted right after a preposition is a term being discussed, not speech
TERM_SLOT = re.compile(r"\b(?:of|on|in|from|to|at|by|with|about)\s+$")
TITLE_SMALL_WORDS = frozenset("a an the of to in on at and or for by with".split())  # noqa: SIM905


def _title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w.strip(".,:;!?")) > 3]
    if len(long_words) < 2:
        # short phrases: every word but the little ones capitalised ("Run the Shore.",
        # not "Recovery is the job now")
        content = [w for w in words if w.lower().strip(".,:;!?") not in TITLE_SMALL_WORDS]
        return len(words) >= 2 and all(w[0].isupper() or not w[0].isalpha() for w in content)
    capitals = sum(1 for w in long_words if w[0].isupper())
    return capitals / len(long_words) >= 0.6 and len(words) >= 2


# '"We'll know on Monday," her colleague said': what a title never is, someone saying it
SAID_AFTER = re.compile(
    rf"\s*(?!(?:and|but|or|while|as|when|which|who|that|so)\b)"
    rf"(?:{VERB}\s+[^,.;:!?\"“”]{{1,50}}?|(?:[\w.’'-]+\s+){{1,5}}?{VERB})\b"
)


def _said_after(text: str, seg: Segment) -> bool:
    """The quote opens its sentence, ends in a comma, '!' or '?', and a speech cue
    follows it. A title sits inside a sentence ('Her book, "Rivers of Iron," tells'),
    and a sign is read, not said."""
    inner = text[seg.start : seg.end].rstrip("\"”'’ ")
    before = text[_para_start(text, seg) : seg.start].rstrip()
    if not inner.endswith((",", "!", "?")) or (before and before[-1] not in ".!?"):
        return False
    cue = SAID_AFTER.match(text, seg.end, seg.end + 60)
    return cue is not None and not re.search(r"\bread?s?\b", cue.group(0))


def _every_word_capitalised(words: list[str]) -> bool:
    """Every word longer than three letters capitalised: a sign's wording, not speech."""
    long_words = [w.strip(".,:;!?") for w in words if len(w.strip(".,:;!?")) > 3]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _starts_clause(text: str, pos: int) -> bool:
    """At a paragraph start, or after ':' / ',' / a dash / a sentence end."""
    before = text[max(0, pos - 3) : pos].rstrip()
    return not before or before[-1] in ":,—–-.!?\n(" or text[pos - 1 : pos] == "\n"


def _embedded(text: str, pos: int) -> bool:
    """Preceded directly by a word: part of the reporter's sentence."""
    before = text[max(0, pos - 30) : pos].rstrip()
    return bool(before) and (before[-1].isalnum() or before.endswith(("’s", "'s")))


def _sentence_around(text: str, pos: int) -> str:
    start = max(text.rfind("\n", 0, pos) + 1, 0)
    end = text.find("\n", pos)
    return text[start : len(text) if end < 0 else end]


# ---------------------------------------------------------------- attribution


@dataclass
class Cue:
    phrase: str
    verb: str | None
    at: int  # where the cue's text starts, to tell cues apart


def _clip_sentence(after: str) -> str:
    """``after`` up to its first sentence end (not after "Gov." or "U.S.")."""
    for match in re.finditer(r"[.!?](?=\s)", after):
        head = after[: match.start()].split()
        word = head[-1].lower() if head else ""
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        return after[: match.end()]
    return after


def _blank_asides(text: str) -> str:
    """Parentheses blanked out, offsets kept: "Ann Holt (R-Milford) said" reads as
    "Ann Holt said"."""
    return re.sub(r"\([^()\n]{1,40}\)", lambda m: " " * len(m.group(0)), text)


def cue_after(text: str, seg: Segment, limit: int) -> Cue | None:
    after = _blank_asides(_clip_sentence(text[seg.end : limit]))
    patterns = (
        DASH_CREDIT,
        ACCORDING_TO_APPOSITIVE,
        ACCORDING_TO,
        AFTER_SPK_FIRST,
        AFTER_TITLES,
        AFTER_APPOSITIVE,
        AFTER_VERB_APPOSITIVE,
        AFTER_VERB_FIRST,
    )
    if NEW_CLAUSE.match(after):
        return None  # '"patently false," and analysts told ...': another clause's cue
    ends_sentence = _ends_with_period(text, seg)
    if ends_sentence and after.rstrip().endswith(":"):
        return None  # '"...I guess." Smith agreed: "..."': the next quote's lead-in
    for pattern in patterns:
        match = pattern.match(after)
        phrase = match.group("spk") if match else ""
        if pattern is AFTER_APPOSITIVE:
            phrase = _subject(phrase)
        if match and _plausible_speaker(phrase):
            if ends_sentence and REPORTED_CLAUSE.match(after, match.end()):
                return None  # '"...belongings." Martha added that ...': a new sentence
            verb = re.search(rf"{VERB}|according to", match.group(0))
            issuer = DOCUMENT_FROM.match(after, match.end("spk"))
            if issuer and phrase.split()[-1].lower() in DOCUMENT_HEADS:
                phrase = issuer.group("spk")  # 'said a report from Kotak Institutional'
            cue_verb = verb.group(0) if verb else None  # none for an epigraph's credit
            return Cue(phrase.strip(), cue_verb, seg.end + match.start("spk"))
    return None


# an epigraph's credit: '"Had he taken The Dragon Waiting ..." — Neil Gaiman'
DASH_CREDIT = re.compile(
    r"^[ \t]*[—–][ \t]*(?P<spk>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+)[ \t]*(?:,|$)"
)
REPORTED_CLAUSE = re.compile(r"\s+that\b")
DOCUMENT_FROM = re.compile(
    r"\s+(?:from|by)\s+(?P<spk>(?:the\s+)?[A-Z][^,;:!?\"“”()]{1,60}?)(?=\s*[,.;]|\s*$)"
)
# a description of someone by whom they belong to: "the authors of the study in Nature"
PERSON_OF_NAMED = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,3}(?P<head>[a-z-]+)\s+"
    r"(?:of|for|at|from|with|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,6}[A-Z]"
)
# "Ruiz's source inside the camp", "the agency's spokesman": someone of a named party
SOMEONES = re.compile(
    r"^(?P<owner>[A-Z][\w .&-]*?)[’']s (?:[a-z-]+ ){0,2}?(?P<head>[a-z-]+)"
    r"(?: (?:of|for|at|in|inside|from|on|with)\b.*)?$"
)
SUBORDINATORS = frozenset(
    "after before when while because since although though until once whereas".split()  # noqa: SIM905
)
NOUN_USE = re.compile(
    rf"\b(?:in|the|a|an|his|her|their|its|of|with|these|those|whose)\s+{VERB}\b", re.I
)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.I)
ACCORDING_SOURCE = re.compile(r"according to (?P<spk>[^,.;:!?\"“”()]{1,80}?)(?=\s*[,.;:!?(])", re.I)
INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
MAX_PARSED = 1500  # characters: longer "sentences" are lists or run-on text, not parsed
SPEECH_JUST_BEFORE = re.compile(rf"\b{VERB}[,:]\s*$")
NEW_CLAUSE = re.compile(r"^[\s,]*(?:and|but|while|whereas)\s", re.I)


def _blank_nouns(text: str) -> str:
    """Speech words used as nouns blanked out, offsets kept: "in remarks at the
    headquarters, Esper said" is cued by "said", not "remarks"."""
    return NOUN_USE.sub(lambda m: " " * len(m.group(0)), text)


def cue_before(text: str, seg: Segment, floor: int) -> Cue | None:
    before = _blank_nouns(_blank_asides(text[floor : seg.start]))
    for pattern in (ACCORDING_BEFORE, BEFORE):
        match = pattern.search(before)
        if match and _plausible_speaker(_subject(match.group("spk"))):
            verb = re.search(VERB, match.group(0))
            return Cue(
                _subject(match.group("spk")),
                verb.group(0) if verb else "according to",
                floor + match.start("spk"),
            )
    return colon_lead_in(before, floor)


def colon_lead_in(sentence: str, offset: int) -> Cue | None:
    """A sentence that ends with a colon introduces the quote after it, whatever its
    verb: its subject speaks ("the judge put a pointed question to both sides:")."""
    if not sentence.rstrip().endswith(":"):
        return None
    stripped = sentence.lstrip()
    parts = [p.strip() for p in stripped.split(",")]
    named = _name_with_appositive(parts) if len(parts) > 1 else None
    if named is not None:
        return Cue(named, None, offset + len(sentence) - len(stripped))
    match = COLON_LEAD.match(stripped)
    if match is None:
        return None
    phrase = match.group("spk")
    if phrase.split()[0].lower() == "the":
        phrase = _noun_phrase(phrase)
    if not phrase or not _plausible_speaker(phrase):
        return None
    return Cue(phrase, None, offset + len(sentence) - len(stripped) + match.start("spk"))


def parsed_cue(text: str, seg: Segment, sentence_list: list) -> Cue | None:
    """The subject of the reporting verb a quote hangs from, in a dependency parse of
    its sentence; sentences with no speech verb outside the quote are not parsed."""
    sent = next((x for x in sentence_list if x.start <= seg.start < x.end), None)
    if sent is None or sent.end - sent.start > MAX_PARSED:
        return None
    offset = sent.start
    outside = text[offset : seg.start] + " " + text[seg.end : sent.end]
    if not (re.search(VERB, outside) or may_report(outside)):
        return None  # nothing in it reports speech: the parse could find no speaker
    found = fragment_speaker(text[offset : sent.end], seg.start - offset, seg.end - offset)
    if found is None or not _plausible_speaker(found[0]):
        return None
    phrase, at, verb = found
    return Cue(phrase, verb, offset + at)


def cue_in_clause(text: str, seg: Segment, floor: int) -> Cue | None:
    """For partial quotes: the subject of the speech verb before the fragment."""
    before = text[floor : seg.start]
    # nearest verb first; an embedded clause ("that the state had offered") has no
    # speaker of its own, so the verb before it is tried next
    for match in reversed(list(re.finditer(FRAGMENT_CUES, before))):
        if DETERMINER_BEFORE.search(before, max(0, match.start() - 8), match.start()):
            continue  # "the rules", "a call": a noun, not the verb
        if INFINITIVE_BEFORE.search(before, max(0, match.start() - 4), match.start()):
            continue  # "turned to Twitter to describe": the subject is far back; the parse
        source = ACCORDING_SOURCE.match(before, match.start())
        if source and _plausible_speaker(source.group("spk")):
            # "According to Hayden, shortly before, his agent "was vanishing"": the source
            return Cue(source.group("spk"), "according to", floor + source.start("spk"))
        subject = _subject(before[: match.start()])
        if _plausible_speaker(subject):
            return Cue(subject, match.group(0), floor + match.start())
    return None


def _subject(phrase: str) -> str:
    """The clause subject in a phrase before a verb: the part after the last comma that
    names someone ('The utility's operations chief, Marcus Lee,' -> 'Marcus Lee')."""
    phrase = AUXILIARIES_AFTER.sub("", phrase.strip().rstrip(","))  # "She has" -> "She"
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    last_words = parts[-1].split() if parts else []
    if last_words and last_words[-1].lower() in PRONOUNS:
        return last_words[-1]  # "Asked whether ..., she", "a step it"
    appositive = _name_with_appositive(parts)
    if appositive:
        return appositive
    if parts and _person_of_named(parts[-1]):
        return parts[-1]  # "The authors of the study in Nature": not Nature
    if last_words and _described_subject(parts[-1]):
        return parts[-1]  # "Last year, at a conference, the founder"
    last = parts[-1] if parts else ""
    ending = NAME_AT_END.search(last)
    doer = PRONOUN_THEN_VERB.match(last)
    if ending and doer and NAME_AFTER_PREPOSITION.search(last, 0, ending.start()):
        return doer.group(1)  # "he asked about the Muslim Brotherhood, called": he did
    if (
        ending
        and _has_name(ending.group(0))
        and not _descriptive_part(last)
        and not ORG_OF_PERSON.search(last, 0, ending.start())
    ):
        return ending.group(0)  # "a position Albright", "in which Vandermeer"
    # "a lawyer for the River Trust", "director of the Patient Safety Coalition", "whose
    # children attend school in Port Adair": descriptions of the name next to them
    heads = [p for p in parts if not re.match(r"^(?:a|an|of|at|for|with|from|in|who|which)\b", p)]
    heads = [p for p in heads if not _descriptive_part(p)] or heads
    named = [p for p in (heads or parts) if _has_name(p)]
    chosen = named[-1] if named else (parts[-1] if parts else "")
    words = chosen.split()
    # keep the last few words: "In its court filing Parler" -> "Parler"
    return LEAD_WORDS.sub("", " ".join(words[-6:]))


def _name_with_appositive(parts: list[str]) -> str | None:
    """ "Mayer, Disney's chairman of direct-to-consumer," and "Prince Andrew, the younger
    brother of the heir, Charles,": a phrase that opens with a bare name and goes on with
    a description is that name's; the names inside the description are not the subject."""
    # an opening phrase may come first: "In a statement, Zippy Duvall, the president of"
    first = 0
    while first < len(parts) - 1 and _opener(parts[first]):
        first += 1
    if len(parts) - first < 2:
        return None
    name = parts[first] if _bare_name(parts[first]) else _titled_name(parts[first])
    if name is None:
        return None
    rest = parts[first + 1 :]
    if not any(_descriptive_part(p) or p[:1].islower() or _described(p) for p in rest):
        return None
    return name


def _opener(part: str) -> bool:
    """ "In a statement", "On Monday", "later": a phrase that opens a sentence, before
    its subject."""
    words = part.split()
    if not words:
        return False
    if words[0].lower() in LEADING_NOT_NAME:
        return True
    # "later", "speaking to reporters": lower case and naming nobody ("study lead
    # author Lucas Paganini" is a subject)
    return part[:1].islower() and not _has_name(part)


def _titled_name(part: str) -> str | None:
    """ "study lead author Lucas Paganini", "Senior author Dr. Silvia S. Martins": a job
    then a name; the name is the subject."""
    match = TITLED_NAME.match(part)
    if match is None or not _bare_name(match.group("name")):
        return None
    words = part[: match.start("name")].split()
    if words[0].lower() in LEADING_NOT_NAME or not _person_noun(words[-1].lower()):
        return None  # "In the Senate": a place, not a job
    return match.group("name")


def _bare_name(part: str) -> bool:
    """ "Omar Lamrani", "Cmdr. Sean Robertson": only a name, no description around it."""
    words = part.split()
    if not 1 <= len(words) <= 5 or not _has_name(part) or re.search(r"[’']s\b", part):
        return False
    if words[0].lower() in LEADING_NOT_NAME:
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def _described(part: str) -> bool:
    """ "the younger brother of", "Disney's chairman of direct-to-consumer": a
    description, not a name."""
    return part.split()[0].lower() in DETERMINERS or bool(POSSESSIVE_DESCRIPTION.match(part))


def _descriptive_part(part: str) -> bool:
    """ "director of the Patient Safety Coalition", "whose children attend school in X",
    "based in Harbor City": a lower-case description of the name beside it ("state Rep.
    Alicia Moreau" is not one)."""
    words = part.split()
    if not part[:1].islower():
        return False
    # "speaking to reporters outside the Capitol", "flanked by Lt. Gov. Paul Diaz": a
    # participle phrase set off by commas is an aside, never the subject
    return any(w in DESCRIPTIVE_LINKS for w in words[:3]) or words[0].endswith(("ing", "ed"))


def _described_subject(part: str) -> bool:
    """ "the founder", "The senate leader": a determiner and a person or organisation
    noun, nothing capitalised."""
    words = part.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "his", "her", "their", "its"):
        return False
    head = words[-1].lower()
    return not _has_name(part) and (head in ORG_HEADS or _person_noun(head))


def _has_name(phrase: str) -> bool:
    return any(not _function_word(s.text) for s in names_in(phrase))


def _function_word(name: str) -> bool:
    """Capitalised but not a name: "The", "Officials", "Critics"."""
    from .entities import NOT_NAMES

    if len(name) >= 2 and name.isupper() and name.isalpha():
        return False  # "WHO", "US": an acronym, not the pronoun
    words = [w.lower().rstrip(".,") for w in name.split()]
    if len(words) == 1 and (words[0].rstrip("s") in PERSON_HEADS or words[0] in ORG_HEADS):
        return True
    return all(w in NOT_NAMES for w in words)


def _person_of_named(phrase: str) -> str | None:
    """The head of a description of someone by whom they belong to ("the authors of the
    study in Nature" -> "authors"), or None."""
    match = PERSON_OF_NAMED.match(phrase)
    head = match.group("head").lower() if match else ""
    return head if head and _person_noun(head) else None


def _plausible_speaker(phrase: str) -> bool:
    phrase = LEAD_WORDS.sub("", phrase.strip())
    if not phrase or len(phrase.split()) > 14:
        return False
    if len(phrase.split()) > 9:  # only "the authors of the study published in Nature"
        return _person_of_named(phrase) is not None
    lower = phrase.lower()
    if lower in PRONOUNS:
        return True
    if _has_name(phrase):
        return True
    head = re.sub(r"[’']s$", "", lower.split()[-1])
    if lower.startswith(("one ", "another ")) and _person_noun(head):
        return True  # "one legal expert", "another resident"
    return (
        head in ORG_HEADS
        or head in PERSON_HEADS
        or head.rstrip("s") in PERSON_HEADS
        or (
            len(phrase.split()) <= 4
            and lower.startswith(("the ", "a ", "an ", "his ", "her ", "its ", "their "))
        )
    )


# ---------------------------------------------------------------- resolution


def _describes(description: str, mention: Mention, entity: Entity) -> float:
    """1 when the head noun of ``description`` is among the words the article used for
    the entity, plus a little for each other word that matches ("defense")."""
    words = re.findall(r"[\w-]+", description.lower().replace("’s", ""))
    words = [w for w in words if w not in DETERMINERS]
    if not words:
        return 0.0
    # hyphenated words both whole ("34-year-old") and in parts ("co-founder": "founder")
    named = f"{entity.described} {mention.text} {entity.name}".lower()
    said = set(named.split()) | set(named.replace("-", " ").split())
    head = words[-1]
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    if not ({head, singular, *SAME_ROLE.get(singular, ())} & said or _does_role(singular, said)):
        return 0.0
    return 1.0 + 0.25 * sum(1 for w in words[:-1] if w in said)


def _other_job(description: str, entity: Entity) -> bool:
    """The description is a job ("the coach") and the entity's title is a different one
    ("now a linebacker", "Athletic director")."""
    head = description.split()[-1]
    title = (entity.title or "").lower().split()
    if head not in PERSON_HEADS or not title or entity.kind != PERSON:
        return False
    job = title[-1].rstrip(".,")
    return job != head and _person_noun(job) and job not in SAME_ROLE.get(head, ())


def _looks_personal(entity: Entity) -> bool:
    """A title, an honorific or a known first name: clearly a person's name."""
    words = entity.name.split()
    title_words = {w.strip(".,").lower() for w in (entity.title or "").split()}
    if title_words & PERSON_TITLES or any(
        m.text.split()[0].rstrip(".").lower() in HONORIFICS for m in entity.mentions
    ):
        return True
    return len(words) >= 2 and known_first_name(words[0])


# irregular past tenses, as the regular form the role's stem begins ("taught": teacher)
IRREGULAR_PAST = {"taught": "teaches", "built": "builds", "fought": "fights"}


def _does_role(role: str, said: set[str]) -> bool:
    """ "coach" and "coached", "founder" and "founded", "manager" and "manages",
    "teacher" and "taught"."""
    said = {IRREGULAR_PAST.get(w, w) for w in said}
    stem = re.sub(r"(?:er|or)$", "", role) if len(role) > 6 else role
    return len(stem) >= 4 and any(
        w.startswith(stem) and w.endswith(("ed", "es")) and len(w) <= len(stem) + 3 for w in said
    )


def _capitalised_description(phrase: str, names: list, index: EntityIndex) -> bool:
    """ "the Republican": a determiner and capitalised words that name nobody here, or
    only ever follow an article ("a Democrat from Riverton")."""
    words = phrase.split()
    if len(words) > 3 or words[0].lower() not in DETERMINERS:
        return False
    return all(_only_described(index.find(n.text), index.text) for n in names)


# "the two-term Republican", "a Democrat": an article and lower-case words at most
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


def _only_described(entity: Entity | None, text: str) -> bool:
    if entity is None or entity.kind is None:
        return True  # "Republican": capitalised, but neither a person nor an organisation
    if len(entity.name.split()) > 1 or entity.name.endswith("s"):
        return False  # "the Gulls", "the Harbor City Council": names of groups
    return all(ARTICLE_BEFORE.search(text, max(0, m.start - 30), m.start) for m in entity.mentions)


class Resolver:
    """Turns a speaker phrase into a name, using what the article said before it."""

    def __init__(self, text: str, index: EntityIndex, quote_spans: list[tuple[int, int]]):
        self.text = text
        self.index = index
        self.quote_spans = quote_spans
        self.speakers: list[tuple[int, Entity]] = []  # (offset, entity) of resolved quotes
        spans = sentences(text)
        self._sentence_starts = [x.start for x in spans]
        self._sentence_ends = [x.end for x in spans]
        self._subjects: dict[int, bool] = {}

    def resolve(
        self, phrase: str, at: int, quote: tuple[int, int] | None = None, depth: int = 0
    ) -> tuple[str | None, str, Entity | None]:
        """(speaker name, speaker_type, entity)."""
        phrase = LEAD_WORDS.sub("", phrase.strip())
        lower = phrase.lower()
        if lower == "they":
            group = self._latest_group(at)
            if group is not None:  # "Prosecutors had asked ... they wrote"
                return group, "pronoun", None
        if lower in PRONOUNS:
            gender = {"he": "m", "she": "f"}.get(lower)
            entity = self.salient(at, PRONOUNS[lower], gender=gender, quote=quote, depth=depth)
            if entity is None and gender:
                # nobody of that gender: our guess from a first name was wrong, not the
                # article ("Patrice Oyelowo ... she said")
                entity = self.salient(at, PRONOUNS[lower], quote=quote, depth=depth)
                entity = entity if entity is not None and entity.gender_guessed else None
            return (entity.name if entity else None), "pronoun", entity
        described = POSSESSIVE_ROLE.match(phrase)
        if described and described.group("role").split()[-1] in PERSON_HEADS:
            role = described.group("role").split()[-1]
            entity = self.salient(at, PERSON, head=role, quote=quote, depth=depth)
            if entity is not None:  # "Pine County Memorial's chief executive"
                return entity.name, "nominal", entity
        someones = SOMEONES.match(phrase)
        if someones and _person_noun(someones.group("head")):
            role = someones.group("head")
            if role in GENERIC_PEOPLE or not self._described_as(role, at):
                return phrase, "nominal", None  # "Ahmado's source inside the camp"
        of_named = _person_of_named(phrase)
        if of_named and not self._described_as(of_named, at):
            # "The authors of the research in JAMA Psychiatry", "a lawyer for the Trust":
            # someone unnamed, known by whom they work for; the description says it all
            return LEADING_ARTICLE.sub("", phrase), "nominal", None
        names = [s for s in names_in(phrase) if not _function_word(s.text)]
        if names and _capitalised_description(phrase, names, self.index):
            names = []  # "the Republican", "the Democrat": a description, not a name
        if names:
            found = [(n.text, self._find_name(n.text)) for n in names]
            people = [(raw, e) for raw, e in found if e is not None and e.kind == PERSON]
            # "Holloway campaign manager Trish Delacroix": the last person named heads it
            raw, entity = people[-1] if people else found[0]
            name = entity.name if entity else strip_titles(raw)
            return name, "name", entity
        head = re.sub(r"[’']s$", "", lower.split()[-1]) if lower.split() else ""
        if head in DOCUMENT_HEADS:
            issuer = self._issuer(head, at, depth) if depth < 3 else None
            if issuer is not None:  # "The city said in a statement ... the statement said"
                return issuer
            # whoever issued the statement
            entity = self.salient(at, None, quote=quote, depth=depth)
            return (entity.name, "nominal", entity) if entity else (phrase, "nominal", None)
        if head in GENERIC_PEOPLE and not self._described_as(head, at):
            return phrase, "nominal", None  # "the man", "a source": nobody was called that
        kind = ORG if head in ORG_HEADS else PERSON if _person_noun(head) else None
        if kind is None:
            kind = self._kind_described_as(head, at)
        if kind is None:
            return phrase, "nominal", None  # "the photo's caption", "critics"
        if kind == PERSON and head.endswith("s") and not head.endswith("ss"):
            return phrase, "nominal", None  # "the researchers": a group, not one party
        if kind == PERSON and lower.split()[0] in ("a", "an", "one", "another"):
            return phrase, "nominal", None  # "a former director": someone not named
        if kind == PERSON and self._introduced_unnamed(lower, head, at):
            return phrase, "nominal", None  # "one legal expert" ... "the expert warned"
        owner = self._possessor(lower, at, depth) if kind == PERSON else None
        entity = self.salient(at, kind, head=lower, quote=quote, depth=depth, exclude=owner)
        if entity is None:
            return phrase, "nominal", None
        return entity.name, "nominal", entity

    def _find_name(self, raw: str) -> Entity | None:
        """The entity ``raw`` names; a place run into a name ("to Britain Liu Xiaming")
        is dropped word by word until a person is left."""
        entity = self.index.find(raw)
        if entity is not None:
            return entity
        words = raw.split()
        for first in range(1, len(words)):
            entity = self.index.find(" ".join(words[first:]))
            if entity is not None and entity.kind == PERSON:
                return entity
        return None

    def _introduced_unnamed(self, description: str, head: str, at: int) -> bool:
        """ "the expert" after "one legal expert" and no expert named: the article goes
        on about someone it never named."""
        if not description.startswith("the ") or self._described_as(head, at):
            return False
        pattern = rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(head)}\b(?!,\s+[A-Z])"
        return any(not self._inside_quote(m.start()) for m in re.finditer(pattern, self.text[:at]))

    def _described_as(self, word: str, at: int) -> bool:
        """Did the article call anyone ``word`` before ``at`` ("Dana Ruiz, a patient")?"""
        return any(word in e.described.split() for _, e in self.index.mentions_before(at))

    def _possessor(self, description: str, at: int, depth: int) -> Entity | None:
        """Whom "his" or "her" in "her colleague" refers to: never the colleague."""
        pronoun = {"his": "he", "her": "she"}.get(description.split()[0])
        if pronoun is None or depth >= 3:
            return None
        return self.resolve(pronoun, at, depth=depth + 1)[2]

    def _issuer(
        self, head: str, at: int, depth: int
    ) -> tuple[str | None, str, Entity | None] | None:
        """Who the article said issued the document ("The city said in a statement",
        "a statement from the agency"): the subject of the latest sentence, in the
        window before ``at``, that names the document outside a quote."""
        floor = self._window_start(at)
        for match in reversed(list(re.finditer(rf"\b{head}\b", self.text[floor:at]))):
            where = floor + match.start()
            if self._inside_quote(where):
                continue
            start = self._sentence_start(where)
            sentence = _unquoted(self.text[start : self._sentence_end(where)])
            found = ISSUED_BY.search(sentence) or ISSUER.match(sentence)
            if found and found.re is ISSUER and found.end() > where - start:
                found = None  # "According to the complaint, Vance told": a source, not who
            phrase = _subject(found.group("spk")) if found else ""
            if phrase.lower() != head and _plausible_speaker(phrase):
                return self.resolve(phrase, start + 1, depth=depth + 1)
            return None
        return None

    def lead_subject(self, start: int, end: int) -> Entity | None:
        """The last person or organisation named as a subject between ``start`` and
        ``end``, outside quotes."""
        spans = self.index.by_offset
        first = bisect.bisect_left(spans, start, key=lambda item: item[0])
        for m_start, m_end, entity in reversed(spans[first:]):
            if m_end > end or entity.kind not in (PERSON, ORG) or entity.ordinary:
                continue
            if not self._inside_quote(m_start) and self._is_subject(m_start):
                return entity
        return None

    def _kind_described_as(self, head: str, at: int) -> str | None:
        """The kind of party the article already called ``head`` ("Kendra Lowell, the
        freshman who scored": "the freshman" is a person), for nouns no list knows."""
        if not head.isalpha() or head.endswith("s"):
            return None
        for _, entity in self.index.mentions_before(at):
            if entity.kind in (PERSON, ORG) and head in entity.described.split():
                return entity.kind
        return None

    def salient(
        self,
        at: int,
        kind: str | None,
        gender: str | None = None,
        head: str | None = None,
        quote: tuple[int, int] | None = None,
        depth: int = 0,
        exclude: Entity | None = None,
    ) -> Entity | None:
        """The most salient entity of ``kind`` (and ``gender``) before ``at``; an entity
        described by ``head`` ("Judge Marsh" for "the judge") first; never ``exclude``."""
        # a description ("the company") may point back to the article's main party
        # anywhere above; a pronoun only to someone recent
        floor = 0 if head else self._window_start(at)
        candidates = self._candidates(at, kind, gender, head, floor)
        candidates = [c for c in candidates if c[1] is not exclude]
        recent_at, recent = self._recent_subject(at, kind, gender, candidates, floor, depth)
        if recent is not None and recent is exclude:
            recent_at, recent = -1, None
        earlier = [m for m in recent.mentions if m.end <= at] if recent else []
        if earlier and all(e is not recent for _, e in candidates):
            # named further back, but what the latest subject pronoun refers to
            candidates.append((max(earlier, key=lambda m: m.start), recent))
        if head:
            # a party the article described that way wins over any merely recent one
            fits = [_describes(head, m, e) for m, e in candidates]
            best_fit = max(fits, default=0.0)
            if best_fit:  # "the first-year teacher" over another teacher
                candidates = [c for c, fit in zip(candidates, fits, strict=True) if fit == best_fit]
            else:
                # nobody was called that: not someone the article gave another job
                # ("Jalen Royce, now a linebacker" is not "the coach")
                others = [c for c in candidates if not _other_job(head, c[1])]
                candidates = others or candidates
        best: tuple[float, Entity] | None = None
        para_start = self._para_start(at)
        for seen, (mention, entity) in enumerate(candidates, start=1):
            score = self._score(mention.start, mention.end, entity) - 0.15 * seen
            if entity is recent:
                # centering: the latest subject is what "she" continues; a description
                # leans on it less, since it also names what the entity is
                score += RECENT_SUBJECT_DESCRIBED if head else RECENT_SUBJECT
            if gender and entity.gender == gender:
                score += 1.0
            elif gender and entity.gender is None:
                score -= 0.5
            if mention.start >= para_start or (entity is recent and recent_at >= para_start):
                score += 2.0  # introduced (or referred to as subject) in the quote's paragraph
            if head:
                score += self._description_fit(head, mention, entity, at)
            if quote and self._named_inside(entity, quote):
                score -= 2.0  # speakers seldom name themselves in the third person
            if best is None or score > best[0]:
                best = (score, entity)
        return best[1] if best else None

    def _candidates(
        self, at: int, kind: str | None, gender: str | None, head: str | None, floor: int
    ) -> list[tuple[Mention, Entity]]:
        """Mentions before ``at`` (nearest first) of entities that could be meant."""
        found = []
        for mention, entity in self.index.mentions_before(at):
            if mention.start < floor:
                break
            if self._inside_quote(mention.start) or entity.ordinary:
                continue
            if not self._compatible(entity, kind, gender):
                continue
            if head and head.split()[-1] in COMPANY_HEADS and INSTITUTION.search(entity.name):
                continue  # "the company" is not a court, a district or a city
            found.append((mention, entity))
        return found

    def _compatible(self, entity: Entity, kind: str | None, gender: str | None) -> bool:
        if kind == ORG and entity.kind == PERSON and not _looks_personal(entity):
            return True  # "Lumora", "Swiftline Freight": typed as people on thin evidence
        if kind is not None and entity.kind not in (kind, None):
            return False
        if kind == PERSON and entity.kind is None:
            return False
        return not (gender and entity.gender and entity.gender != gender)

    def _description_fit(self, head: str, mention: Mention, entity: Entity, at: int) -> float:
        """How well a description ("the judge", "the defense lawyer") fits the entity:
        the article called it that (its title, a role before its name, an appositive,
        its age, its own name), and main parties, mentioned often, are described more."""
        earlier = sum(1 for m in entity.mentions if m.end <= at)
        return DESCRIBED * _describes(head, mention, entity) + PROMINENCE * min(earlier, 5)

    def _recent_subject(
        self,
        at: int,
        kind: str | None,
        gender: str | None,
        candidates: list[tuple[Mention, Entity]],
        floor: int,
        depth: int,
    ) -> tuple[int, Entity | None]:
        """Who the latest subject before ``at`` is, and where: a named subject, the
        speaker of the latest quote, or what a later subject pronoun or description
        ("She said", "The coach, for his part,") itself refers to."""
        named = next(((m.start, e) for m, e in candidates if self._is_subject(m.start)), None)
        best = named
        for offset, entity in reversed(self.speakers):
            if offset < floor:
                break  # a speaker paragraphs back is no longer what "she" continues
            if offset < at and self._compatible(entity, kind, gender):
                if best is None or offset > best[0]:
                    best = (offset, entity)
                break
        if depth < 3:
            link = self._last_link(max(floor, best[0] if best else floor), at, kind, gender)
            if link is not None:
                _, _, entity = self.resolve(link[1], link[0], depth=depth + 1)
                if entity is not None and self._compatible(entity, kind, gender):
                    best = (link[0], entity)
        return best if best else (-1, None)

    def _latest_group(self, at: int) -> str | None:
        """The plural subject ("Prosecutors", "The researchers") of the latest sentence
        that has one, in the window before ``at``: what "they" refers to."""
        floor = self._window_start(at)
        i = bisect.bisect_left(self._sentence_starts, at)
        while i > 0:
            i -= 1
            start = self._sentence_starts[i]
            if start < floor:
                return None
            match = GROUP_SUBJECT.match(self.text, start, min(at, start + 100))
            if match:
                head = match.group("group").split()[-1].lower()
                if _person_noun(head) or head.rstrip("s") in ORG_HEADS or head in ORG_HEADS:
                    return match.group("group")
        return None

    def _last_link(
        self, floor: int, at: int, kind: str | None, gender: str | None
    ) -> tuple[int, str] | None:
        """The latest sentence after ``floor`` whose subject is a pronoun or a
        description that could continue to mean the same ``kind`` and ``gender``."""
        i = bisect.bisect_left(self._sentence_starts, at)
        while i > 0:
            i -= 1
            start = self._sentence_starts[i]
            if start <= floor:
                return None
            if self._inside_quote(start + 1):
                continue
            match = SUBJECT_LINK.match(self.text, start, min(at, start + 120))
            link = _noun_phrase(match.group("link")) if match else ""
            if link and self._links_to(link.lower(), kind, gender):
                return match.start("link"), link
        return None

    def _links_to(self, link: str, kind: str | None, gender: str | None) -> bool:
        words = link.split()
        if len(words) == 1:
            wanted = PRONOUNS.get(words[0])
            pronoun_gender = {"he": "m", "she": "f"}.get(words[0])
            return wanted == kind and (gender is None or pronoun_gender == gender)
        # a description's gender is checked once it is resolved
        if kind == PERSON:
            return _person_noun(words[-1]) and words[-1] not in ORG_HEADS
        return kind == ORG and words[-1] in ORG_HEADS

    def _named_inside(self, entity: Entity, quote: tuple[int, int]) -> bool:
        return any(quote[0] <= m.start < quote[1] for m in entity.mentions)

    def _para_start(self, at: int) -> int:
        return self.text.rfind("\n", 0, at) + 1

    def _window_start(self, at: int) -> int:
        paras = [p for p in paragraphs(self.text) if p.start <= at]
        return paras[-3].start if len(paras) >= 3 else 0

    def _inside_quote(self, offset: int) -> bool:
        return any(start < offset < end for start, end in self.quote_spans)

    def _score(self, start: int, end: int, entity: Entity) -> float:
        score = 0.0
        if self._speech_subject(start, end):
            score += 3.0
        if self._is_subject(start):
            score += 1.5
        if any(e is entity for _, e in self.speakers[-2:]):
            score += 1.0
        return score

    def _speech_subject(self, start: int, end: int) -> bool:
        """Subject of a speech verb: "Vance said", "Geller, who rents nearby, said",
        "Quist attended the meeting and said"."""
        after = self.text[end : end + 40]
        if re.match(rf"^(?:[’']s)?[^.!?\"“”]{{0,25}}?\b{VERB}\b", after):
            return True
        if INVERTED_SPEECH.search(self.text, max(0, start - 30), start):
            return True  # "This system, says Richard Locksley, helps"
        if APPOSITIVE_THEN_VERB.match(self.text, end):
            return True
        if not self._is_subject(start):
            return False
        rest = self.text[end : self._sentence_end(end)]
        return bool(re.search(rf"\b{VERB}\b", _unquoted(rest)))

    def _ends_sentence(self, start: int) -> bool:
        """Nothing but the name from ``start`` to its sentence's end: no verb follows."""
        rest = self.text[start : self._sentence_end(start)]
        name = NAME_AT_START.match(rest)
        return name is not None and not rest[name.end() :].strip(' .,;:!?"”’)\n')

    def _sentence_end(self, at: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, at)
        return self._sentence_ends[i - 1] if i else len(self.text)

    def _sentence_start(self, at: int) -> int:
        i = bisect.bisect_right(self._sentence_starts, at)
        return self._sentence_starts[i - 1] if i else 0

    def _is_subject(self, start: int) -> bool:
        """Subject position: first in its clause, after an opening phrase or an
        appositive ("Outside the courtroom, Vance told"; "Her neighbor, Kwame Adjei,
        was"), with at most a few words of role before it ("Plow driver Ricky Lavigne")."""
        if start in self._subjects:
            return self._subjects[start]
        clause = self.text[self._sentence_start(start) : start]
        mid_sentence = "," in clause
        clause = clause.rsplit(",", 1)[-1] if mid_sentence else clause
        words = clause.lower().replace("’", "'").split()
        while mid_sentence and words and words[0] in SUBORDINATORS:
            # "..., after the novelist Jo Walton explained": a closing clause's subject (an
            # opening one, "When Teel asked, the senator said", gives way to the main one)
            words = words[1:]
        found = len(words) <= 5 and not any(
            w in NOT_ROLE_WORDS or w.endswith(("'s", "ed")) for w in words[1:]
        )
        if words and words[0] in NOT_ROLE_WORDS and words[0] not in SUBJECT_OPENERS:
            found = False
        if mid_sentence and self._ends_sentence(start):
            found = False  # "an address for Ford's sister, Martha Fry.": an appositive
        if INVERTED_SPEECH.search(self.text, max(0, start - 30), start):
            found = True  # "This system, says Richard Locksley,": the one who says it
        if PASSIVE_AGENT.search(self.text, max(0, start - 40), start):
            found = True  # "The race was won by Ruth Wanjiru": the doer, in a passive
        if INVERTED_SUBJECT.match(self.text, self._sentence_start(start), start):
            found = True  # "Among his players was Owen Bright": the subject comes last
        self._subjects[start] = found
        return found


def extract_quotes(text: str, index: EntityIndex) -> list[Quote]:
    segments = find_segments(text)
    quote_spans = [(s.start, s.end) for s in segments]
    resolver = Resolver(text, index, quote_spans)
    sentence_list = sentences(text)
    quotes: list[Quote] = []
    previous: Quote | None = None
    kinds = [classify(text, seg) for seg in segments]
    for i, seg in enumerate(segments):
        kind = kinds[i]
        continued = _continues(text, segments, i)
        if kind is None and not continued:
            continue
        kinds[i] = kind or "direct"
        nxt = (
            segments[i + 1].start
            if i + 1 < len(segments) and segments[i + 1].para == seg.para
            else _para_end(text, seg)
        )
        floor = _floor(segments, kinds, i, sentence_list)
        cue = cue_after(text, seg, nxt) if seg.closed else None
        if kind == "partial":
            cue = cue_in_clause(text, seg, floor) or parsed_cue(text, seg, sentence_list) or cue
        if cue is not None and SPEECH_JUST_BEFORE.search(text, floor, seg.start):
            # 'and said, "somebody ought to...," the prosecutor's office said': the parse
            # tells whose words they are (the office only relays them)
            relayed = parsed_cue(text, seg, sentence_list)
            if relayed is not None and relayed.at < seg.start:
                cue = relayed
        if cue is None or _ends_with_period(text, seg):
            # a period inside the closing mark ends the sentence: what follows is
            # a new sentence ("...as I always have." Ocampo said the same), so a
            # lead-in before the quote is the better cue
            before_cue = cue_before(text, seg, floor)
            if before_cue and not (previous and previous.cue and _same_cue(before_cue, previous)):
                cue = before_cue
        if cue is None and kind == "direct" and not continued:
            # '"...," chairman, CEO and president Craig Menear said': no pattern, but the
            # parse hangs the quote from "said"
            cue = parsed_cue(text, seg, sentence_list)
        quote = _attribute(text, seg, kind or "direct", cue, previous, continued, resolver)
        if quote is None:
            kinds[i] = None  # no one says it: part of the sentence around it
            continue
        quotes.append(quote)
        if quote.entity is not None:
            resolver.speakers.append((quote.start, quote.entity))
        previous = quote
    return quotes


def _ends_with_period(text: str, seg: Segment) -> bool:
    return seg.closed and text[seg.start : seg.end].rstrip("\"”'’ ").endswith(".")


def _inherited(seg: Segment, span: str, previous: Quote, partial: bool) -> Quote:
    """A quote that continues the previous quote's speaker."""
    return Quote(
        seg.start,
        seg.end,
        span,
        previous.speaker,
        None,
        "inherited",
        previous.cue,
        partial,
        previous.entity,
    )


def _attribute(
    text: str,
    seg: Segment,
    kind: str,
    cue: Cue | None,
    previous: Quote | None,
    continued: bool,
    resolver: Resolver,
) -> Quote | None:
    span = text[seg.start : seg.end]
    partial = kind == "partial"
    if cue is not None:
        # a pronoun before the quote refers to someone named before the pronoun itself
        at = cue.at if cue.at < seg.start and cue.phrase.lower() in PRONOUNS else seg.start
        name, speaker_type, entity = resolver.resolve(cue.phrase, at, (seg.start, seg.end))
        if name is None and partial:
            return None  # a fragment is a quote only if we know whose words it is
        quote = Quote(
            seg.start, seg.end, span, name, cue.phrase, speaker_type, cue.verb, partial, entity
        )
        quote.cue_at = cue.at
        return quote
    if partial and previous is not None and _same_sentence(text, previous, seg):
        # 'said the district was "proud of its teachers" and was "working hard"'
        return _inherited(seg, span, previous, partial=True)
    reported = None if partial or continued else cue_reported_before(text, seg)
    if reported is not None:
        # 'It isn't clear which came first, Howitt says. Just because ..., "that doesn't"'
        name, speaker_type, entity = resolver.resolve(reported.phrase, reported.at)
        if name and entity is not None:
            return Quote(
                seg.start, seg.end, span, name, reported.phrase, speaker_type, None, False, entity
            )
    topic = None if partial or continued else _lead_subject(text, seg, previous, resolver)
    if topic is not None:
        # 'Gary Lutz, who owns the team, shook his head. "We are done."'
        return Quote(seg.start, seg.end, span, topic.name, None, "inherited", None, False, topic)
    looking_back = cue_looking_back(text, seg) if not partial and not continued else None
    if looking_back is not None:
        name, speaker_type, entity = resolver.resolve(looking_back.phrase, looking_back.at)
        if name and (entity is not None or speaker_type == "nominal"):
            return Quote(
                seg.start,
                seg.end,
                span,
                name,
                looking_back.phrase,
                speaker_type,
                None,
                False,
                entity,
            )
    if previous is not None and (continued or _near(text, previous, seg)) and not partial:
        return _inherited(seg, span, previous, partial=False)
    lead_in = cue_from_previous_paragraph(text, seg) if not partial else None
    if lead_in is not None:
        name, _, entity = resolver.resolve(lead_in.phrase, seg.start, (seg.start, seg.end))
        if name:
            return Quote(
                seg.start, seg.end, span, name, None, "inherited", lead_in.verb, False, entity
            )
    if previous is not None and not partial and _close_by(text, previous, seg):
        # a whole sentence in quotation marks with no cue of its own, soon after a quote:
        # interviews and speeches go on in the same voice
        return _inherited(seg, span, previous, partial=False)
    return None


def _close_by(text: str, previous: Quote, seg: Segment) -> bool:
    """Within two paragraphs of the previous quote, and a sentence (four words or more)
    rather than a phrase that may be a title or a scare quote."""
    between = text[previous.end : seg.start]
    return between.count("\n\n") <= 2 and len(text[seg.start : seg.end].split()) >= 4


def _lead_subject(
    text: str, seg: Segment, previous: Quote | None, resolver: Resolver
) -> Entity | None:
    """A party named as a sentence's subject in the quote's own paragraph, before it
    (and after the previous quote): a quote with no cue of its own is theirs."""
    start = _para_start(text, seg)
    if not text[start : seg.start].rstrip().endswith((".", "!", "?")):
        return None  # not a sentence of its own ('calls the cow "Grandma."')
    if previous is not None and previous.end > start:
        start = _after_cue(text, previous, seg)
    return resolver.lead_subject(start, seg.start)


def cue_reported_before(text: str, seg: Segment) -> Cue | None:
    """A quote with no cue, in a paragraph whose sentence before it reports someone's
    words indirectly ("..., Howitt says." / "At current rates, Bridenstine said, ...")."""
    para_start = _para_start(text, seg)
    before = _unquoted(text[para_start : seg.start])
    sentences_before = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", before.strip())
    if len(sentences_before) < 2:
        return None
    previous = sentences_before[-2]
    match = REPORTED_ASIDE.search(previous)
    group = ("spk" if match.group("spk") else "spk2") if match else ""
    if match is None or not _has_name(match.group(group)):
        return None
    at = para_start + before.find(previous) + match.start(group)
    return Cue(match.group(group), None, at)


def cue_looking_back(text: str, seg: Segment) -> Cue | None:
    """A quote that is its whole paragraph, attributed by the next paragraph's opening
    ("Danielle Okafor said those words quietly into the microphone")."""
    para_start, para_end = _para_start(text, seg), _para_end(text, seg)
    if not seg.closed or text[para_start : seg.start].strip() or text[seg.end : para_end].strip():
        return None
    following = text[para_end:].lstrip("\n")
    described = WORDS_OF.match(following)
    if described is not None:  # "Those were the words of a former engineer who"
        return Cue(
            described.group("spk"), None, len(text) - len(following) + described.start("spk")
        )
    match = LOOKING_BACK.match(following)
    if match is None:
        return None
    if not (match.group("that") or BACK_REFERENCE.search(match.group("rest"))):
        return None
    if not _has_name(match.group("spk")):
        return None
    at = len(text) - len(following) + match.start("spk")
    return Cue(match.group("spk"), None, at)


def cue_from_previous_paragraph(text: str, seg: Segment) -> Cue | None:
    """A quote opening a paragraph, after a paragraph whose last sentence reports someone
    speaking ("Coach Helen Brandt said the job had changed." / "The company said:")."""
    para_start = _para_start(text, seg)
    if text[para_start : seg.start].strip():
        return None
    previous_end = text.rfind("\n\n", 0, max(0, para_start - 1))
    previous = text[previous_end + 2 if previous_end >= 0 else 0 : para_start].strip()
    if not previous or previous[-3:].count('"') or previous[-3:].count("”"):
        return None
    last = re.split(r"(?<=[.!?:])\s+(?=[A-Z\"“])", previous)[-1]
    match = re.search(rf"^(?P<spk>[^.!?\"“”]{{1,120}}?)\s+(?:also\s+)?{VERB}\b", last)
    if match is None:
        return colon_lead_in(last, max(previous_end, 0))
    subject = _subject(match.group("spk"))
    verb = re.search(VERB, match.group(0))
    if not _plausible_speaker(subject) or verb is None:
        return None
    return Cue(subject, verb.group(0), max(previous_end, 0))


def _same_sentence(text: str, previous: Quote, seg: Segment) -> bool:
    """No sentence end between the previous quote and this one."""
    between = text[previous.end : seg.start]
    if "\n" in between or previous.text.rstrip("\"”'’ ").endswith((".", "!", "?")):
        return False
    return _clip_sentence(between + " ") == between + " " and not re.search(r"[.!?]\s", between)


def _same_cue(cue: Cue, previous: Quote) -> bool:
    return previous.cue_at == cue.at


def _continues(text: str, segments: list[Segment], i: int) -> bool:
    """This segment opens a paragraph that continues the previous paragraph's quote."""
    if i == 0:
        return False
    prev, seg = segments[i - 1], segments[i]
    return (
        not prev.closed
        and seg.para == prev.para + 1
        and text[_para_start(text, seg) : seg.start].strip() == ""
    )


def _near(text: str, previous: Quote, seg: Segment) -> bool:
    """A cue-less quote continues the previous speaker in the same or the next paragraph,
    if nobody else was named as speaking in between (the previous quote's own cue, as
    in ``"A," she said. "B."``, does not count)."""
    between = text[_after_cue(text, previous, seg) : seg.start]
    if between.count("\n\n") > 1 or between.rstrip().endswith(":"):
        return False  # too far, or a lead-in ("Fenn described the trend:") in between
    return not re.search(rf"\b{VERB}\b", between)


def _after_cue(text: str, previous: Quote, seg: Segment) -> int:
    """Where the text after the previous quote stops being its own: the whole sentence of
    its cue is its ("said Daniel Okonkwo, who argued the case.")."""
    cue_at = previous.cue_at
    if cue_at is not None and previous.end <= cue_at < seg.start:
        return cue_at + len(_clip_sentence(text[cue_at : seg.start]))
    return previous.end


def _para_start(text: str, seg: Segment) -> int:
    return text.rfind("\n", 0, seg.start) + 1


def _para_end(text: str, seg: Segment) -> int:
    end = text.find("\n", seg.end)
    return len(text) if end < 0 else end


def _floor(segments: list[Segment], kinds: list[str | None], i: int, sentence_list: list) -> int:
    """Where the text before a segment starts: its sentence, or the previous quote in its
    paragraph. A title is part of the sentence ('Buckley, who phoned in from the set of
    "Fargo," had a similar experience:')."""
    seg = segments[i]
    floor = 0
    for sent in sentence_list:
        if sent.start <= seg.start:
            floor = sent.start
        else:
            break
    for j in range(i - 1, -1, -1):
        if segments[j].para != seg.para:
            break
        if kinds[j] is not None:
            return max(floor, segments[j].end)
    return floor
