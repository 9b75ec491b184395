"""Direct quotations and who said them.

1. Quote marks are paired per paragraph (straight, curly, and the '' of newspaper
   archives); a paragraph that ends inside a quote continues in the next one, and each
   paragraph's part is its own span.
2. Each span is classed: a direct quote, a partial quote inside indirect speech
   (``called the suit "baseless"``), or not a quote at all (titles, scare quotes).
3. The attribution is read around the span: ``"...," said NAME``, ``NAME said``,
   ``NAME said: "..."``, ``according to NAME``; a segment with no cue of its own
   continues the previous one (split and multi-paragraph quotes).
4. The speaker phrase a cue gives (``speakers`` reads it) is resolved to a party by
   ``resolve``: pronouns and descriptions ("he", "the company") to the most salient
   named entity of the right kind; quotes no pattern attributes go to ``syntax``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import PERSON, Entity, EntityIndex
from .resolve import Resolver
from .speakers import (
    DOCUMENT_HEADS,
    PRONOUNS,
    SUBJECT_FIRST,
    VERB,
    clause_subject,
    function_word,
    has_name,
    name_after_description,
    name_with_appositive,
    noun_phrase,
    person_noun,
    plausible_speaker,
    unquoted,
)
from .syntax import fragment_speaker, may_report
from .text import (
    ABBREVIATIONS,
    SPEECH_VERBS,
    Span,
    ends_sentence,
    known_first_name,
    looks_corporate,
    names_in,
    paragraphs,
    sentences,
)

OPENING = {"“": "”", "«": "»", "„": "“"}
STRAIGHT = ('"', "''")
# what follows "offered" is what was offered, and what follows "began" what was begun:
# only after a quote are they speech ('"...," Kelly began.')
FRAGMENT_SPEECH_VERBS = SPEECH_VERBS.replace("|offered", "").replace("|began", "")
FRAGMENT_CUES = re.compile(
    rf"\b(?:{FRAGMENT_SPEECH_VERBS}|called|calling|calls|describe|described|describing|"
    r"describes|termed|eulogized|eulogised|depicted|"
    r"labeled|labelled|branded|dubbed|dismissed|characterized|decried|denounced|praised|hailed|"
    r"accused|accusing|criticized|criticised|blasted|slammed|mocked|defended|touted|derided|"
    r"likened|compared|cited|quoted|referred to|referring to|pointed to|pointing to|admitting|"
    r"acknowledging|conceding|[Ss]aying|[Aa]dding|[Cc]alling|promised|promising|warning|"
    r"urging|insisting|arguing|"
    r"vowed|pledged|rejected|rejecting|denied|denying|dismissing|telling|saying|noting|adding|"
    r"voiced|voicing|"
    r"writing|asking|declaring|claiming|stating|explaining|[Aa]ccording to)\b"
)
NAMING_CUES = re.compile(
    r"(?:so-called|titled|entitled|dubbed|nicknamed|named|known(?:\s+[\w-]+){0,4}\s+as"
    # the passive names a thing: 'immigrants, who are often called "Dreamers."'
    r"|\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+|often\s+)?called)\s*$",
    re.I,
)
# The subject opening a sentence: a pronoun, a description or a capitalised name, which
# may have a body and a job before it ("IFA president Tim Cullinan").
COLON_LEAD = re.compile(
    r"(?:[^,.;:\"“”]{1,80},\s+)?(?P<spk>[Hh]e|[Ss]he|[Tt]hey|It|[Tt]he (?:[\w-]+ ){0,3}?[\w-]+"
    r"|(?:[A-Z][\w.’'-]*\s+){1,3}(?:[a-z]+\s+){1,2}(?:[A-Z][\w.’'-]*\s+){1,2}[A-Z][\w’'-]+"
    r"|(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)\s"
)
# a line that is only a name and a colon ("Lord Justice Leveson: ..."): a caption's
# or a transcript's speaker
NAME_COLON = re.compile(r"(?P<spk>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+):\s*$")
AFTER_VERB_FIRST = re.compile(
    rf"^[\s,—–-]*{VERB}\s+(?P<spk>[^,;:!?\"“”()—–]{{1,80}}?)"
    r"(?=\s*[,;:!?(—–]|\.\s*$|\s*$|\s+(?:in|on|at|during|after|before|about|to|from|via|when|while|"
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
    rf"^[\s,—–-]*(?P<spk>[^,;:!?\"“”()]{{1,70}}?)\s+(?:(?:also|later|then|again|previously|"
    rf"once|had|has|would|will|reportedly|allegedly|publicly|privately|repeatedly|recently|"
    rf"just|once)\s+){{0,2}}{VERB}\b"
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
ACCORDING_OPENING = re.compile(
    r"According to (?P<spk>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\s*,(?![^.]*\bsaid\b)"
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
    rf"(?P<spk>(?:[^.!?\"“”]|{TITLE_PERIOD}){{1,160}}?)\s+"
    rf"(?:also\s+|later\s+|then\s+|had\s+|has\s+)?{VERB}"
    r"(?P<rest>[^.!?\"“”]{0,90}?)[,:]\s*$"
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
        opens = mark in OPENING or (mark in STRAIGHT and _can_open(text, pos, len(mark)))
        if open_at is not None and opens and text[pos - 1 : pos] == "\n":
            # a quote running on over lines set off by single line breaks: each line
            # opens again, as paragraphs of one quotation do
            segments.append(Segment(open_at, pos - 1, False, para))
            open_at = None
        if open_at is None:
            if mark in OPENING:
                open_at, closer = pos, OPENING[mark]
            elif mark in STRAIGHT and _can_open(text, pos, len(mark)):
                open_at, closer = pos, mark
            elif mark == "”" and _line_start(text, pos) and _can_open(text, pos, 1):
                open_at, closer = pos, mark  # a typo'd opening mark: '”We have seen ...,"'
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


def _line_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


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
    plea = PLEA_SLOT.search(before) or PLEA_AFTER.match(text, seg.end)
    if plea and inner.lower().rstrip(".,") in PLEAS:
        return None  # 'pleaded "not guilty"', 'a "not guilty" plea': a plea, not speech
    if (
        len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and NAME_SLOT.search(before)
        and not LABELLED.search(text, max(0, seg.start - 80), seg.start)
    ):
        return None  # 'an episode of "DWTS."', 'the "Pose" actor': a name, not speech
    capitalised = all(w[:1].isupper() for w in words if w.lower() not in TITLE_SMALL_WORDS)
    if len(words) <= 6 and capitalised and WORK_SLOT.search(before):
        return None  # 'in his book "Musicophilia"': a work's title
    if len(words) <= 2 and TERM_SLOT.search(before) and not _speakers_words(text, seg):
        return None  # 'aware of "taste" receptors', 'from "exogenic" processes': a term
    ends_like_speech = bool(re.search(r"[.,!?…—–-]$", inner)) or not seg.closed
    starts_clause = _starts_clause(text, seg.start)
    if (
        _title_case(words)
        and (len(words) <= 5 or not re.search(r"[.!?]$", inner) or _every_word_capitalised(words))
        and len(words) <= 12
        and not _said_after(text, seg)
        and not _spoken_after_colon(text, seg)
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


PLEAS = frozenset(
    ["guilty", "not guilty", "no contest", "innocent", "not guilty by reason of insanity"]
)
PLEA_AFTER = re.compile(r"\s+pleas?\b")
PLEA_SLOT = re.compile(r"\b(?:plead(?:s|ed|ing)?|pled|plea\s+of|pleas\s+of)\s+$", re.I)
# where a show's or a product's name goes: after an article or a preposition
NAME_SLOT = re.compile(r"\b(?:the|a|an|of|on|in|to|from|for|with|at|by)\s+$", re.I)
# 'called GM CEO Mary Barra a "Grinch"': the capitalised word is what someone called her
LABELLED = re.compile(r"\b(?:called|calling|calls|branded|labell?ed)\s[^.;:!?\"“”]{1,60}$")
# where a work's title goes: right after the kind of work it is
WORK_SLOT = re.compile(
    r"\b(?:book|novel|memoir|film|movie|album|song|single|play|musical|show|series|"
    r"documentary|podcast|essay|poem|opera|painting|exhibition)\s+$",
    re.I,
)
# a word or two quoted right after a preposition is a term being discussed, not speech
TERM_SLOT = re.compile(r"\b(?:of|on|in|from|at|by|with|about)\s+$")
TITLE_SMALL_WORDS = frozenset("a an the of to in on at and or for by with".split())  # noqa: SIM905


def _speakers_words(text: str, seg: Segment) -> bool:
    """Words a term slot holds are someone's when, in the quote's sentence, a verb
    characterises them ('accused Pelosi of "rigid" opposition'; a plain "said" may report
    a term in use: 'said scientists became aware of "taste" receptors'), the speaker
    reports their own view ('The RSF said it had to act in "self-defense"'), or a cue
    follows ('is in "good health", a junta spokesman told AFP')."""
    paragraph = _para_start(text, seg)
    before = sentences(text, paragraph, seg.start)
    start = before[-1].start if before else paragraph
    characterised = any(
        not re.fullmatch(VERB, m.group(0)) for m in FRAGMENT_CUES.finditer(text, start, seg.start)
    )
    return bool(
        characterised
        or OWN_VIEW.search(text, start, seg.start)
        or CUE_AFTER_FRAGMENT.match(text, seg.end)
    )


# "said it had to", "says they were": a speaker reporting their own side
OWN_VIEW = re.compile(rf"\b{VERB}\s+(?:that\s+)?(?:it|he|she|they|we)\b")
CUE_AFTER_FRAGMENT = re.compile(rf"[”\"]?,\s+(?:[^,.;:!?\"“”]{{1,50}}?\s)?{VERB}\b")


def _title_case(words: list[str]) -> bool:
    if words[0][:1].islower() and words[0] not in ("the", "a", "an"):
        return False  # "hoping for a Hail Mary." (but "the Glass Wall." names a thing)
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


def _spoken_after_colon(text: str, seg: Segment) -> bool:
    """'Trump interrupted: "Only Rosie O'Donnell."': a speech verb and a colon before
    it make even a capitalised line speech (a chant or a sign read out stays a slogan)."""
    cue = SPEECH_JUST_BEFORE.search(text, max(0, seg.start - 40), seg.start)
    return (
        cue is not None
        and cue.group(0).rstrip().endswith(":")
        and not SLOGAN_VERB.match(cue.group(0))
    )


SLOGAN_VERB = re.compile(r"(?:chanted|sang|reads?|shouted)\b")


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
        if word and not ends_sentence(word):
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
        QUOTED_AS,
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
    if ends_sentence and after.lstrip(" \t").startswith("\n"):
        return None  # a new line after a finished sentence: a new paragraph's subject
    verb_first = VERB_FIRST.match(after) is not None
    for pattern in patterns:
        if verb_first and pattern in NAME_THEN_VERB:
            continue  # 'said Russ Decker in response to Fitzgerald's remarks': "said" cues
        match = pattern.match(after)
        phrase = match.group("spk") if match else ""
        if pattern is AFTER_APPOSITIVE:
            phrase = clause_subject(phrase)
        if pattern is AFTER_VERB_APPOSITIVE and match:
            phrase = _named_before_job(match.group(0), phrase)
        if match and plausible_speaker(phrase):
            if ends_sentence and REPORTED_CLAUSE.match(after, match.end()):
                return None  # '"...belongings." Martha added that ...': a new sentence
            verb = re.search(rf"{VERB}|according to", match.group(0))
            issuer = DOCUMENT_FROM.match(after, match.end("spk"))
            if issuer and phrase.split()[-1].lower() in DOCUMENT_HEADS:
                phrase = issuer.group("spk")  # 'said a report from Kotak Institutional'
            cue_verb = verb.group(0) if verb else None  # none for an epigraph's credit
            return Cue(phrase.strip(), cue_verb, seg.end + match.start("spk"))
    return None


VERB_FIRST = re.compile(rf"[\s,—–-]*{VERB}\s")
NAME_THEN_VERB = (AFTER_SPK_FIRST, AFTER_APPOSITIVE)


def _named_before_job(cue: str, after_comma: str) -> str:
    """'said Ignacio Rodriguez, Logan High School Senior': a person's name before the
    comma, and a body's name or no name after it, is the speaker; the rest is a job."""
    before = VERB_FIRST.sub("", cue, count=1).rsplit(",", 1)[0].strip()
    words = before.split()
    personal = 2 <= len(words) <= 3 and known_first_name(words[0])
    named_after = any(known_first_name(w) for w in after_comma.split())
    if personal and all(w[:1].isupper() for w in words):
        return before if looks_corporate(after_comma) or not named_after else after_comma
    return after_comma


# an epigraph's credit: '"Had he taken The Dragon Waiting ..." — Neil Gaiman'
DASH_CREDIT = re.compile(
    r"^[ \t]*[—–][ \t]*(?P<spk>(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+)[ \t]*(?:,|$)"
)
REPORTED_CLAUSE = re.compile(r"\s+that\b")
# '"...," NBC News quoted Obama as saying': the outlet only relays the words
QUOTED_AS = re.compile(
    r"^[\s,—–-]*[^,;:!?\"“”()]{1,60}?\s+quoted\s+(?P<spk>[^,;:!?\"“”()]{1,60}?)\s+as\s+"
    r"(?:saying|telling|writing)\b"
)
DOCUMENT_FROM = re.compile(
    r"\s+(?:from|by)\s+(?P<spk>(?:the\s+)?[A-Z][^,;:!?\"“”()]{1,60}?)(?=\s*[,.;]|\s*$)"
)
NOUN_USE = re.compile(
    rf"\b(?:in|the|a|an|his|her|their|its|of|with|these|those|whose)\s+{VERB}\b", re.I
)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our)\s+$", re.I)
ACCORDING_SOURCE = re.compile(r"according to (?P<spk>[^,.;:!?\"“”()]{1,80}?)(?=\s*[,.;:!?(])", re.I)
INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
LINE_SPEAKER = re.compile(r"(?P<spk>(?:[A-Z][\w.’'-]+\s+){0,2}[A-Z][\w’'-]+):\s")
RELATIVE_WHO_BEFORE = re.compile(r",\s+who\s+(?:\w+ly\s+|also\s+|later\s+)?$")
RELATIVE_WHO = re.compile(r",\s+who\s")  # anywhere in the clause
SUBORDINATE_BETWEEN = re.compile(r"\b(?:because|since|although|though|unless)\b")
NAME_BEFORE_GERUND = re.compile(
    r"\b(?:and|with)\s+(?P<spk>(?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+$"
)
# ", but Adams has remained defiant, " before a participle: that clause's own subject
COORDINATED_DOER = re.compile(
    r",\s+(?:but|and|yet)\s+(?P<spk>[Hh]e|[Ss]he|(?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w’'-]+)"
    r"\s+(?:has|have|had|was|were|is|are|[a-z]+ed)\b[^,;:\"“”]{0,60},\s*$"
)
PARTICIPLE_AFTER_COMMA = re.compile(r"(?:,|\s[-—–])[\"”’]?\s*(?:\w+ly\s+)?\w+ing$")
CLAUSE_OPENERS = frozenset(
    "as when while after before if although though because since once until".split()  # noqa: SIM905
)
MAX_PARSED = 1500  # characters: longer "sentences" are lists or run-on text, not parsed
SPEECH_JUST_BEFORE = re.compile(rf"\b{VERB}[,:]\s*$")
NEW_CLAUSE = re.compile(r"^[\s,]*(?:and|but|while|whereas)[\s,]", re.I)


def _blank_nouns(text: str) -> str:
    """Speech words used as nouns blanked out, offsets kept: "in remarks at the
    headquarters, Esper said" is cued by "said", not "remarks"."""
    return NOUN_USE.sub(lambda m: " " * len(m.group(0)), text)


def cue_before(text: str, seg: Segment, floor: int) -> Cue | None:
    before = _blank_nouns(_blank_asides(text[floor : seg.start]))
    for pattern in (ACCORDING_BEFORE, BEFORE):
        match = pattern.search(before)
        while pattern is BEFORE and match and re.search(rf"\b{VERB}\b", match.group("rest")):
            # 'Asked if people can trust what the president says, Spicer shot back:': the
            # verb nearest the quote introduces it. Each search starts further on, and
            # one that finds nothing ends the loop ('Lee says notes,' has no nearer cue).
            nearer = pattern.search(before, match.start("rest"))
            if nearer is None:
                break
            match = nearer
        subject = clause_subject(match.group("spk")) if match else ""
        opening = SUBJECT_FIRST.match(match.group("spk")) if match else None
        if opening and match and _participle_after_comma(match):
            # "Holt tried to fact-check Trump in the moment, saying, ": the participle
            # shares the sentence's subject, not the name nearest to it
            subject = opening.group("spk")
        if match and plausible_speaker(subject):
            verb = re.search(VERB, match.group(0))
            # where a pronoun subject stands: it refers back from there ("Fiann Smithwick
            # led the work,  He said:"), not from the start of the phrase
            found = match.group("spk").rfind(subject) if subject.lower() in PRONOUNS else -1
            at = match.start("spk") + max(found, 0)
            return Cue(subject, verb.group(0) if verb else "according to", floor + at)
    return colon_lead_in(before, floor)


def _participle_after_comma(match: re.Match[str]) -> bool:
    """ "..., saying," and "disagreed by saying,": a participle hung on the clause."""
    spk = match.group("spk").rstrip()
    return (spk.endswith(",") or spk.endswith(" by")) and match.group("rest").startswith("ing")


def colon_lead_in(sentence: str, offset: int) -> Cue | None:
    """A sentence that ends with a colon introduces the quote after it, whatever its
    verb: its subject speaks ("the judge put a pointed question to both sides:")."""
    if not sentence.rstrip().endswith(":"):
        return None
    stripped = sentence.lstrip()
    parts = [p.strip() for p in stripped.split(",")]
    named = name_after_description(parts) or name_with_appositive(parts) if len(parts) > 1 else None
    if named is not None:
        return Cue(named, None, offset + len(sentence) - len(stripped))
    match = NAME_COLON.match(stripped) or COLON_LEAD.match(stripped)
    if match is None:
        return None
    phrase = match.group("spk")
    if phrase.split()[0].lower() == "the":
        phrase = noun_phrase(phrase)
    if not phrase or not plausible_speaker(phrase):
        return None
    return Cue(phrase, None, offset + len(sentence) - len(stripped) + match.start("spk"))


def _sentence_at(sentence_list: list, offset: int) -> Span | None:
    """The sentence holding ``offset``, if any."""
    return next((x for x in sentence_list if x.start <= offset < x.end), None)


def parsed_cue(text: str, seg: Segment, sentence_list: list) -> Cue | None:
    """The subject of the reporting verb a quote hangs from, in a dependency parse of
    its sentence; sentences with no speech verb outside the quote are not parsed."""
    sent = _sentence_at(sentence_list, seg.start)
    if sent is None or sent.end - sent.start > MAX_PARSED:
        return None
    offset = sent.start
    outside = text[offset : seg.start] + " " + text[seg.end : sent.end]
    if not (re.search(VERB, outside) or may_report(outside)):
        return None  # nothing in it reports speech: the parse could find no speaker
    found = fragment_speaker(text[offset : sent.end], seg.start - offset, seg.end - offset)
    if found is None or not plausible_speaker(found[0]):
        return None
    phrase, at, verb = found
    return Cue(phrase, verb, offset + at)


def cue_in_clause(text: str, seg: Segment, floor: int) -> Cue | None:
    """For partial quotes: the subject of the speech verb before the fragment."""
    before = text[floor : seg.start]
    # nearest verb first; an embedded clause ("that the state had offered") has no
    # speaker of its own, so the verb before it is tried next
    participle = None
    for match in reversed(list(re.finditer(FRAGMENT_CUES, before))):
        if DETERMINER_BEFORE.search(before, max(0, match.start() - 8), match.start()):
            continue  # "the rules", "a call": a noun, not the verb
        if INFINITIVE_BEFORE.search(before, max(0, match.start() - 4), match.start()):
            participle = participle or match
            continue  # "turned to Twitter to describe": the subject is far back; the parse
        if PARTICIPLE_AFTER_COMMA.search(before, max(0, match.start() - 20), match.end()):
            doer = COORDINATED_DOER.search(before, 0, match.start())
            if participle is None and doer and plausible_speaker(doer.group("spk")):
                # "The allegations prompted calls ..., but Adams has remained defiant,
                # saying": the subject of the clause the participle hangs from
                return Cue(doer.group("spk"), match.group(0), floor + doer.start("spk"))
            participle = participle or match
            continue  # "Warner says Democrats ought to ..., saying": the main verb's subject
        if SUBORDINATE_BETWEEN.search(before, match.end()) and not re.fullmatch(
            VERB, match.group(0)
        ):
            # "says Trump is dismissing the threat because he's "obsessed"": "dismissing"
            # takes its object, not the fragment; a speech verb's report runs on
            continue
        doer = NAME_BEFORE_GERUND.search(before, 0, match.start())
        if doer and match.group(0).endswith("ing") and plausible_speaker(doer.group("spk")):
            # "with Democrats accusing ... and Trump calling the meeting": the name the
            # gerund hangs from is its subject
            return Cue(doer.group("spk"), match.group(0), floor + doer.start("spk"))
        source = ACCORDING_SOURCE.match(before, match.start())
        if source and plausible_speaker(source.group("spk")):
            # "According to Hayden, shortly before, his agent "was vanishing"": the source
            return Cue(source.group("spk"), "according to", floor + source.start("spk"))
        head = before[: match.start()]
        subject = _who_antecedent(head, RELATIVE_WHO_BEFORE) or clause_subject(head)
        if plausible_speaker(subject):
            return Cue(subject, match.group(0), floor + match.start())
    if participle is not None:
        # no reporting verb before it: "Trump marked the occasion on Twitter, calling the
        # bill "the biggest ..."": the sentence's own subject, or the antecedent of a
        # "who" ("Senator Jeff Sessions, who came on to the stage to say")
        antecedent = _who_antecedent(before[: participle.start()], RELATIVE_WHO)
        if antecedent and plausible_speaker(antecedent):
            return Cue(antecedent, participle.group(0), floor + participle.start())
        described = _unnamed_subject(before[: participle.start()])
        if described is not None:
            return Cue(described[0], participle.group(0), floor + described[1])
        opening = SUBJECT_FIRST.match(before)
        if opening and plausible_speaker(opening.group("spk")):
            return Cue(opening.group("spk"), participle.group(0), floor + opening.start("spk"))
    return None


def _unnamed_subject(head: str) -> tuple[str, int] | None:
    """The unnamed subject of the clause a participle hangs from, past an opening
    subordinate clause: "As police arrived, a woman came running up Citico Avenue,
    (repeatedly saying)" -> "a woman"."""
    at = 0
    for part in head.split(","):
        stripped = part.lstrip()
        offset = at + len(part) - len(stripped)
        at += len(part) + 1
        words = stripped.lower().split()
        if not words or words[0] in CLAUSE_OPENERS:
            continue
        subject = _description_opening(stripped)
        return (subject, offset) if subject else None
    return None


def _description_opening(clause: str) -> str | None:
    """A clause's subject when it is a description: a determiner, up to four words and
    a lower-case noun for a person, then the verb ("The White House press secretary
    was", "a woman came")."""
    words = clause.split()
    if len(words) < 3 or words[0].lower() not in ("a", "an", "the", "one"):
        return None
    for end in range(1, min(len(words) - 1, 6)):
        head, after = words[end], words[end + 1]
        if head.isalpha() and head.islower() and person_noun(head) and after[:1].islower():
            return " ".join(words[: end + 1])
    return None


def _line_speaker(text: str, seg: Segment) -> Cue | None:
    """A headline that opens with a name and a colon ('Ted Cruz: "Nobody is getting
    1,237" delegates'): the line is that name's words."""
    start = text.rfind("\n", 0, seg.start) + 1
    match = LINE_SPEAKER.match(text, start, seg.start)
    return Cue(match.group("spk"), None, start) if match else None


def _who_antecedent(head: str, who: re.Pattern[str]) -> str | None:
    """The name the "who" that ``who`` finds in ``head`` refers to, if any."""
    relative = who.search(head)
    return _relative_antecedent(head[: relative.start()]) if relative else None


def _relative_antecedent(head: str) -> str | None:
    """The name "who" refers to: the last one before it, past an appositive ("Gene
    Sperling, director of the National Economic Council, who said")."""
    for part in reversed(head.split(",")):
        part = part.strip()
        words = [w for w in part.lower().split() if w not in ("a", "an", "the", "former")]
        if not part or (part[:1].islower() and words and person_noun(words[0])):
            continue  # "director of the National Economic Council": the appositive
        names = [n for n in names_in(part) if not function_word(n.text)]
        return names[-1].text if names else None
    return None


def extract_quotes(text: str, index: EntityIndex) -> list[Quote]:
    quotes = _extract(_blank_party_tags(text), index)
    for quote in quotes:
        quote.text = text[quote.start : quote.end]
    return quotes


# "Reed, R-Corning, said", "Nancy Pelosi, D-Calif., said", "Rubio (R-FL) said": a party
# and a place set off by commas or brackets, blanked so the name meets its verb again
PARTY_TAG = re.compile(
    r",[ \t]+[RDI]-[A-Z][\w.]*(?:[ \t-][A-Z][\w.]*){0,2},|[ \t]\([RDI]-[A-Z][\w. -]{0,20}\)"
    # "said State Representative Niraj Antani, (R) Miami Township."
    r"|,[ \t]+\([RDI]\)(?:[ \t]+[A-Z][\w]*(?:[ \t]+[A-Z][\w]*){0,2})?(?=[,.])"
)


def _blank_party_tags(text: str) -> str:
    return PARTY_TAG.sub(_blank_tag, text)


def _blank_tag(match: re.Match[str]) -> str:
    tag = match.group(0)
    if tag.endswith(",") and RELATIVE_NEXT.match(match.string, match.end()):
        # "Berger, R-Rockingham, who sponsored", "Cruz, R-Texas, a leading voice in the
        # debate for ending Obama's law, told": the comma before an aside stays
        return " " * (len(tag) - 1) + ","
    return " " * len(tag)


RELATIVE_NEXT = re.compile(r"\s+(?:who|whose|a|an|the|one)\s")


def _extract(text: str, index: EntityIndex) -> list[Quote]:
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
            closing = _closing_cue(text, segments, i, sentence_list)
            cue = (
                closing
                or cue_in_clause(text, seg, floor)
                or parsed_cue(text, seg, sentence_list)
                or cue
            )
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
        if cue is None:
            cue = _line_speaker(text, seg)
        quote = _attribute(text, seg, kind or "direct", cue, previous, continued, resolver)
        if quote is None:
            kinds[i] = None  # no one says it: part of the sentence around it
            continue
        quotes.append(quote)
        if quote.entity is not None:
            resolver.speakers.append((quote.start, quote.entity))
        previous = quote
    return quotes


def _closing_cue(text: str, segments: list[Segment], i: int, sentence_list: list) -> Cue | None:
    """A sentence whose last quote ends in a comma and a cue ('... to document “what he
    perceived as ...,” the newspaper said.') is what that cue reports, fragments and
    all: its speaker, not the subject of a verb inside it, says them."""
    sent = _sentence_at(sentence_list, segments[i].start)
    if sent is None:
        return None
    last = i
    while last + 1 < len(segments) and segments[last + 1].start < sent.end:
        last += 1
    seg = segments[last]
    if SPEECH_JUST_BEFORE.search(text, sent.start, seg.start):
        return None  # 'and said, "...," the office said': relayed words (see below)
    if not seg.closed:
        return None
    if not text[seg.start : seg.end].rstrip("\"”'’ ").endswith(","):
        return _sentence_final_cue(text, seg.end, sent.end)
    # the quote may hold sentence ends of its own: the cue is in the sentence it closes
    closes = _sentence_at(sentence_list, seg.end) or sent
    cue = cue_after(text, seg, max(closes.end, seg.end))
    return cue if cue is not None and cue.verb is not None else None


def _sentence_final_cue(text: str, after_quotes: int, end: int) -> Cue | None:
    """'... justifying the fine as “appropriate” and “duplicitous” of its conduct, PURA
    said.': a short cue after the sentence's last comma, with no quote in between."""
    comma = text.rfind(",", after_quotes, end)
    tail = text[comma:end] if comma >= 0 else ""
    if not tail or len(tail) > 60:
        return None
    match = AFTER_SPK_FIRST.match(tail)
    if match is None or not plausible_speaker(match.group("spk")):
        return None
    verb = re.search(VERB, match.group(0))
    return Cue(
        match.group("spk").strip(), verb.group(0) if verb else None, comma + match.start("spk")
    )


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
        name, speaker_type, entity = _resolve_cue(text, seg, cue, previous, resolver)
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


def _resolve_cue(
    text: str, seg: Segment, cue: Cue, previous: Quote | None, resolver: Resolver
) -> tuple[str | None, str, Entity | None]:
    """The cue's phrase as a party; a pronoun is never whom its verb addresses, nor the
    asker of the question it answers."""
    pronoun = cue.phrase.lower() in PRONOUNS
    # a pronoun before the quote refers to someone named before the pronoun itself
    at = cue.at if cue.at < seg.start and pronoun else seg.start
    addressee = _addressee(text, cue, resolver) if pronoun else None
    found = resolver.resolve(cue.phrase, at, (seg.start, seg.end), exclude=addressee)
    entity = found[2]
    if pronoun and previous and _goes_on(text, previous, seg, cue, entity, resolver):
        # '"...," Udaya Nanayakkara told RFI. "...," he added.': the same speaker, whom
        # only a first name's usual gender had ruled out
        return previous.speaker, "pronoun", previous.entity
    asked = _asked(text, previous, seg, cue, resolver) if previous else None
    if asked is not None and found[1] != "name":
        # '"Was Conway unwilling?" he asked Giuliani. / "...," the former mayor answered':
        # whoever was asked answers
        return asked.name, found[1], asked
    if pronoun and previous and entity is previous.entity and _answers(text, previous, seg):
        # '"When did she know?" Lemon asked. / "I don't know," he said.': in an exchange,
        # the answer is the other party's, someone already quoted
        other = resolver.resolve(cue.phrase, at, (seg.start, seg.end), exclude=entity)
        if other[2] is not None and any(other[2] is e for _, e in resolver.speakers):
            return other
    return found


def _goes_on(
    text: str,
    previous: Quote,
    seg: Segment,
    cue: Cue,
    entity: Entity | None,
    resolver: Resolver,
) -> bool:
    """The quote follows a whole quote in its paragraph, cued after it by "he" or "she"
    with nobody else named between, and that quote's speaker was left out only for a
    first name's usual gender."""
    speaker = previous.entity
    if speaker is None or speaker is entity or not speaker.gender_guessed or previous.partial:
        return False
    between = text[previous.end : seg.start]
    if cue.at < seg.end or "\n" in between:
        return False
    named = (resolver.index.find(n.text) for n in names_in(between))
    return not any(e is not None and e is not speaker and e.kind == PERSON for e in named)


def _answers(text: str, previous: Quote, seg: Segment) -> bool:
    """The quote opens the paragraph right after a named party's question."""
    if previous.entity is None or previous.speaker_type != "name":
        return False
    asked = previous.text.rstrip("\"”'’ ").endswith("?")
    between = text[previous.end : seg.start]
    opens_paragraph = not text[_para_start(text, seg) : seg.start].strip()
    return asked and opens_paragraph and "\n" in between and len(between) < 80


# "Then he told Coons, ": whom a pronoun speaks to
TOLD_WHOM = re.compile(
    r"(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?(?:told|tells|asked|asks)\s+"
    r"(?P<whom>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})"
)


ANSWER_VERBS = frozenset(["answered", "replied", "responded", "countered", "answers", "replies"])
ASKED_WHOM = re.compile(
    r"[\s,]*(?:[a-z]+|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+asked\s+"
    r"(?P<whom>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})[.,]?\s*$"
)


def _asked(text: str, previous: Quote, seg: Segment, cue: Cue, resolver: Resolver) -> Entity | None:
    """The party a question just before was put to ('"...?" he asked Giuliani.'), when
    this quote's verb answers it."""
    if cue.verb not in ANSWER_VERBS or not previous.text.rstrip("\"”'’ ").endswith("?"):
        return None
    match = ASKED_WHOM.match(text, previous.end, seg.start)
    entity = resolver.index.find(match.group("whom")) if match else None
    return entity if entity is not None and entity is not previous.entity else None


def _addressee(text: str, cue: Cue, resolver: Resolver) -> Entity | None:
    """The party a pronoun's verb is addressed to ("he told Coons"): never the pronoun's
    own referent."""
    match = TOLD_WHOM.match(text, cue.at, cue.at + 60)
    return resolver.index.find(match.group("whom")) if match else None


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


QUOTE_THEN_CUE = re.compile(rf"[\"”][ \t]*,?[ \t]*{VERB}[^\"“”\n.!?]{{1,50}}[.!?][ \t]*$")


def cue_reported_before(text: str, seg: Segment) -> Cue | None:
    """A quote with no cue, in a paragraph whose sentence before it reports someone's
    words indirectly ("..., Howitt says." / "At current rates, Bridenstine said, ...")."""
    para_start = _para_start(text, seg)
    if QUOTE_THEN_CUE.search(text, para_start, seg.start):
        return None  # '"...," said Erpenbach. "The point is ...': that quote's speaker goes on
    before = unquoted(text[para_start : seg.start])
    sentences_before = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", before.strip())
    source = (
        ACCORDING_OPENING.match(sentences_before[-1]) if before.rstrip()[-1:] in ".!?" else None
    )
    if source is not None:
        # "According to Sean Conway, owner of Conway Excavating, the land was protected.
        # "The change affects ...": the source the paragraph opened with goes on
        at = para_start + before.find(sentences_before[-1]) + source.start("spk")
        return Cue(source.group("spk"), "according to", at)
    if len(sentences_before) < 2:
        return None
    previous = sentences_before[-2]
    match = REPORTED_ASIDE.search(previous)
    group = ("spk" if match.group("spk") else "spk2") if match else ""
    if match is None or not has_name(match.group(group)):
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
    if not has_name(match.group("spk")):
        return None
    at = len(text) - len(following) + match.start("spk")
    return Cue(match.group("spk"), None, at)


def cue_from_previous_paragraph(text: str, seg: Segment) -> Cue | None:
    """A quote opening a paragraph, after a paragraph whose last sentence reports someone
    speaking ("Coach Helen Brandt said the job had changed." / "The company said:")."""
    para_start = _para_start(text, seg)
    if text[para_start : seg.start].strip():
        return None
    # blank lines (and blanked link lines) between the paragraphs are no paragraph
    before = text[:para_start].rstrip()
    previous_end = before.rfind("\n\n")
    previous = before[previous_end + 2 if previous_end >= 0 else 0 :].strip()
    if not previous or previous[-3:].count('"') or previous[-3:].count("”"):
        return None
    last = re.split(r"(?<=[.!?:])\s+(?=[A-Z\"“])", previous)[-1]
    match = re.search(rf"^(?P<spk>[^.!?\"“”]{{1,120}}?)\s+(?:also\s+)?{VERB}\b", last)
    if match is None:
        return colon_lead_in(last, max(previous_end, 0))
    subject = clause_subject(match.group("spk"))
    verb = re.search(VERB, match.group(0))
    if not plausible_speaker(subject) or verb is None:
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
    if prev.closed or text[_para_start(text, seg) : seg.start].strip():
        return False
    if seg.para == prev.para + 1:
        return True
    # a caption or credit left between the paragraphs ("Daily Echo:") does not end it
    between = text[_para_end(text, prev) : _para_start(text, seg)]
    lines = [line for line in between.split("\n") if line.strip()]
    return 0 < len(lines) <= 2 and all(_stray_line(line) for line in lines)


def _stray_line(line: str) -> bool:
    """A short line that is no sentence: a caption, a credit, a label."""
    stripped = line.strip()
    return (
        len(stripped.split()) <= 5
        and not stripped.endswith((".", "!", "?"))
        and not MARK.search(stripped)
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
