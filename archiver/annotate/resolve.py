"""Who a speaker phrase refers to: names, pronouns and descriptions ("he", "the
company", "the first-year teacher") resolved against what the article said before the
quote (the most salient entity of the right kind and gender: the latest subject of a
speech verb or of a sentence, nearest first), or kept as a description when the article
never named the speaker ("one legal expert").
"""

from __future__ import annotations

import bisect
import re

from .entities import ORG, PARTY_MEMBERS, PERSON, Entity, EntityIndex, Mention, attributive
from .speakers import (
    BODIES,
    DETERMINERS,
    DOCUMENT_HEADS,
    GENERIC_PEOPLE,
    KIN,
    LEAD_WORDS,
    ORG_HEADS,
    PERSON_HEADS,
    PRONOUNS,
    RELATIVE_TAIL,
    VERB,
    clause_subject,
    function_word,
    has_name,
    noun_phrase,
    person_noun,
    person_of_named,
    plausible_speaker,
    unquoted,
)
from .text import (
    PERSON_TITLES,
    SPEECH_VERBS,
    known_first_name,
    names_in,
    paragraphs,
    sentences,
    strip_titles,
)

HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "cllr"])
RECENT_SUBJECT = 5.0
PROMINENCE = 0.8
DESCRIBED = 6.0
RECENT_SUBJECT_DESCRIBED = 3.0
PERSON_FOR_ORG = 0.5  # what "the company" loses on a name typed a person
POSSESSIVE_ROLE = re.compile(
    r"^(?P<owner>.+?)[’']s (?P<role>(?:[a-z-]+ ){0,3}(?:[a-z-]+|CEO|CFO|COO))$"
)
LEAD_REACH = 600  # characters: where a story's opening sentences end
CATAPHORA_REACH = 800  # characters: a lead's role is named within its first paragraphs
EXECUTIVE_INITIALS = {"ceo": "executive", "cfo": "officer", "coo": "officer"}
COMPANY_HEADS = frozenset(
    """company firm business retailer app platform service site startup chain carrier maker
    manufacturer developer provider operator airline insurer automaker publisher studio
    bank lab""".split()  # noqa: SIM905
)
INSTITUTION = re.compile(
    r"\b(?:Court|District|County|City|State|Department|Circuit|Agency|Commission|"
    r"Administration|Ministry|Bureau|Police|Parliament|Senate|Congress|Government)\b"
)
# The same role in other words, so "the lawyer" finds "defense attorney Beatrix Lowe".
SAME_ROLE = {
    "lawyer": ("attorney", "counsel"),
    "attorney": ("lawyer", "counsel"),
    "prosecutor": ("prosecutors", "prosecuting", "prosecution"),
    "executive": ("ceo",),
    "doctor": ("physician", "dr"),
    "physician": ("doctor",),
    "judge": ("justice", "magistrate"),
    # a press secretary, press aide or press officer speaks for the office too
    "spokeswoman": ("spokesperson", "press"),
    "spokesman": ("spokesperson", "press"),
    "spokesperson": ("spokeswoman", "spokesman", "press"),
    "lawmaker": ("senator", "representative", "legislator", "assemblyman", "assemblywoman"),
    "legislator": ("senator", "representative", "lawmaker"),
    "hospital": ("medical", "clinic", "health"),
    # organisations answer to what they are called by kind
    "agency": ("commission", "department", "administration", "bureau", "office", "authority"),
    "club": ("fc", "afc", "united"),
    "system": ("health", "healthcare", "network"),
    "restaurant": ("diner", "cafe", "grill", "kitchen", "bistro", "bar"),
}
# Words that, before a name in its clause, make the name something other than the
# clause's subject ("a letter to Vance", "Smith and Jones", "said Vance").
NOT_ROLE_WORDS = frozenset(
    """to with by from for at in on of and or but that than as about against after before
    into over under between among said says told the a an his her their its this these
    those when while because if who which whom whose is was were are has have had will
    would could can may might did does do been being beside besides behind alongside near
    unlike except without within around through across toward towards upon via""".split()  # noqa: SIM905
) | frozenset(SPEECH_VERBS.split("|"))
INVERTED_SUBJECT = re.compile(
    r"(?:Among|Between|With|At|In|On|Behind|Beside)\b[^,.;:!?\"“”]{1,60}\s(?:was|were|is|are)\s+$"
)
# "Obama said that " right before a pronoun: who the pronoun is
REPORTER_BEFORE = re.compile(
    rf"(?<![\w’'])(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){{0,3}})\s+(?:\w+ly\s+)?"
    rf"{VERB}\s+(?:that\s+)?(?:(?:he|she)(?:\s+(?:has|had|have|was|is|would|will))?\s+)?$"
)
INVERTED_SPEECH = re.compile(rf",\s+{VERB}\s+$")
PASSIVE_AGENT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+)?[a-z]+\s+by\s+$")
SUBJECT_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "but", "and"])
# ", who did not back down": the name is the subject of the clause that follows
RELATIVE_WHO = re.compile(r",? who (?!(?:is|was|are|were|has|had)\b)")
APPOSITIVE_THEN_VERB = re.compile(
    rf"(?:[’']s)?,[^,.!?\"“”]{{1,90}},\s+(?:also\s+|later\s+|then\s+)?{VERB}\b"
)
NAME_AT_START = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]*")
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
# who issued a document: "The city said in a statement", "a statement from the agency"
ISSUER = re.compile(
    rf"^(?P<spk>[^.!?\"“”]{{1,100}}?)\s+(?:also\s+|later\s+)?"
    rf"(?:{VERB}|issued|released|sent|published|put out|filed)\b"
)
ISSUED_BY = re.compile(
    r"\b(?:statement|release|letter|email|memo|filing|announcement|notice|report|study|"
    r"review|survey|audit)\s+(?:(?:issued|released|sent|published|commissioned|written)\s+)?"
    r"(?:from|by)\s+(?P<spk>(?:[^,.;:!?\"“”()]|\.(?=[A-Za-z]|\s[A-Z])){1,60}?)"  # "the U.S. Army"
    r"(?=\s*(?:[,;:!?]|(?<![A-Z])\.(?![A-Za-z]))|\s+(?:said|says|on|late|early|that|in|to|read|reads)\b)"
)
# "Ruiz's source inside the camp", "the agency's spokesman": someone of a named party
SOMEONES = re.compile(
    r"^(?P<owner>[A-Z][\w .&-]*?)[’']s (?:[a-z-]+ ){0,2}?(?P<head>[a-z-]+)"
    r"(?: (?:of|for|at|in|inside|from|on|with)\b.*)?$"
)
SUBORDINATORS = frozenset(
    "after before when while because since although though until once whereas".split()  # noqa: SIM905
)
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
SOCIAL_ACCOUNT = re.compile(
    r"^(?P<owner>.+?)[’']s\s+(?:official\s+)?(?:Twitter|Facebook|Instagram|X|TikTok)\s+"
    r"(?:account|feed|page)$"
)
NAMED_GROUP = re.compile(
    r"^(?:[Tt]he\s+)?(?!The\s)(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2}?)(?:[’']s)?\s+"
    r"(?P<group>campaign|administration|camp|team|government|family|group|opposition|army|"
    r"military|junta|parliament|department|ministry|office|lawyers|attorneys|aides|allies|"
    r"supporters|backers|advisers|advisors|officials|staffers)"
    # "Romney supporters on the call": where the group was does not change who it is
    r"(?:\s+(?:on|at|in|from)\s+(?:the\s+)?[a-z]+)?$"
)

# "..., the statement said." ending a sentence: what "It added" goes on with
# (the documents the resolver knows an issuer for)
DOCUMENT_SAID = re.compile(
    rf",\s+(?P<doc>the\s+(?:[a-z]+\s+)?(?:{'|'.join(sorted(DOCUMENT_HEADS))}))\s+"
    r"(?:said|says|added|read|reads|stated|states|continued)\.[\"”’]?\s*$"
)
# "Kerry, he said, have been": a name, then the parenthetical cue that reports about it
TOPIC_THEN_PRONOUN = re.compile(r",\s*(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)?\s*")
# a name as the subject of a clause that opens the sentence, then the main clause
FRONTED_CLAUSE = re.compile(
    r"(?:When|After|As|While|Once|Before|Although|Though|Since|Because|If)\s+"
    r"(?P<spk>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)\s+[a-z][^,;:\"“”]*,\s*$"
)
# "his campaign team", "her family": the group of whom the pronoun means
PRONOUN_GROUP = re.compile(
    r"^(?P<pronoun>[Hh]is|[Hh]er)\s+(?P<group>(?:campaign|administration|camp|government)"
    r"(?:\s+team)?|family)$"
)


def _describes(description: str, mention: Mention, entity: Entity) -> float:
    """1 when the head noun of ``description`` is among the words the article used for
    the entity, plus a little for each other word that matches ("defense")."""
    written = re.findall(r"[\w-]+", description.replace("’s", ""))
    words = [w.lower() for w in written if w.lower() not in DETERMINERS]
    if not words:
        return 0.0
    # a place or party before the head ("the former Florida governor") must be one the
    # article gave them: Ohio Gov. John Kasich is not the Florida governor
    proper = {w.lower() for w in written[1:-1] if w[:1].isupper()}
    # hyphenated words both whole ("34-year-old") and in parts ("co-founder": "founder")
    named = f"{entity.described} {mention.text} {entity.name}".lower()
    said = set(named.split()) | set(named.replace("-", " ").split())
    head = words[-1]
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    if head in COMPANY_HEADS and _makes(words[:-1], entity.name):
        return 1.0  # "the truck maker": Mack Trucks
    if not ({head, singular, *SAME_ROLE.get(singular, ())} & said or _does_role(singular, said)):
        return 0.0
    if not proper <= said:
        return 0.0
    return 1.0 + 0.25 * sum(1 for w in words[:-1] if w in said)


def _makes(modifiers: list[str], name: str) -> bool:
    """A company's product before the head ("the truck maker") is a word of its name
    ("Mack Trucks")."""
    named = {w.lower().removesuffix("s") for w in name.split()}
    return any(len(w) > 2 and w.removesuffix("s") in named for w in modifiers)


def _other_job(description: str, entity: Entity) -> bool:
    """The description is a job ("the coach") and the entity's title is a different one
    ("now a linebacker", "Athletic director")."""
    head = description.split()[-1]
    title = (entity.title or "").lower().split()
    if head not in PERSON_HEADS or not title or entity.kind != PERSON:
        return False
    job = title[-1].rstrip(".,")
    return job != head and person_noun(job) and job not in SAME_ROLE.get(head, ())


def _looks_personal(entity: Entity) -> bool:
    """A title, an honorific, a job or a known first name: clearly a person's name."""
    words = entity.name.split()
    title_words = {w.strip(".,").lower() for w in (entity.title or "").split()}
    if title_words & PERSON_TITLES or any(
        m.text.split()[0].rstrip(".").lower() in HONORIFICS for m in entity.mentions
    ):
        return True
    if any(w in PERSON_HEADS for w in entity.described.split()):
        return True  # "junta spokesman Zaw Min Tun"
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


REFLEXIVE_TAIL = re.compile(r"\s+(?:himself|herself|themselves|itself)$")


# nouns for someone the article may never name, with the pronoun's gender ("" for either)
UNNAMED_PEOPLE = {
    **dict.fromkeys("man boy father son husband brother gentleman".split(), "m"),  # noqa: SIM905
    **dict.fromkeys("woman girl mother daughter wife sister lady".split(), "f"),  # noqa: SIM905
    # either; only introduced as the subject opening a sentence that reports their words
    # ("A spokesperson for the union said")
    **dict.fromkeys(
        """spokesperson spokesman spokeswoman official source resident witness neighbour
        neighbor employee worker officer doctor nurse teacher student farmer owner
        manager""".split(),  # noqa: SIM905
        "",
    ),
}
# "the city's police chief": a role someone holds in a body or place
SOMEONES_ROLE = re.compile(r"[’']s\s+[a-z]")
UNNAMED_PERSON = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){{0,2}}(?P<noun>{'|'.join(UNNAMED_PEOPLE)})\b"
    r"(?!,?\s+[A-Z])"  # "a woman, Jane Doe," is named
)
# "Jean's mother", "the victim's father": someone known only by a relation
GENDERED = {noun: gender for noun, gender in UNNAMED_PEOPLE.items() if noun in KIN}
RELATIVE_OF = re.compile(
    rf"\b(?:[A-Z][\w-]*|[Tt]he\s+[a-z]+)[’']s\s+(?P<noun>{'|'.join(GENDERED)})\b"
    r"(?!,?\s+[A-Z])"  # "Jean's mother, Allison Jean," is named
)
# "Prosecutor Angela Povilaitis also said": a sentence that opens with a role and a name
ALSO_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w.-]*\s+){1,3}?(?P<name>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]+)\s+also\b"
)
# collective nouns an article may introduce with no name ("a determined group of parents")
GROUP_HEADS = frozenset(["group", "crowd", "coalition"])
PLACE_NOUNS = frozenset("country nation state city county town region province".split())  # noqa: SIM905


def _institution_owner(owner: str) -> bool:
    """ "the country", "the company": a role of theirs ("the country's top diplomat") is
    someone the article names, unlike "the victim's mother"."""
    words = owner.lower().split()
    return (
        len(words) == 2 and words[0] == "the" and (words[1] in ORG_HEADS or words[1] in PLACE_NOUNS)
    )


def _modified_description(phrase: str) -> bool:
    """ "The Texas senator", "the former New York City mayor", "a Trump adviser":
    capitalised words (and adjectives) before a lower-case noun for a person."""
    words = REFLEXIVE_TAIL.sub("", phrase).split()
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not 1 < len(words) <= 6 or "," in phrase:
        return False
    # a party's member is a description too: "the Plano Republican"
    head = words[-1].lower() if words[-1] in PARTY_MEMBERS else words[-1]
    return (
        any(w[:1].isupper() for w in words[:-1])
        and head.islower()
        and person_noun(head)
        and head not in GENERIC_PEOPLE
    )


# "the package that the chief executive": a relative clause whose subject ends the phrase
RELATIVE_CLAUSE_SUBJECT = re.compile(
    r"\s(?:that|which|whom)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$",
    re.I,
)


def _related_to_someone(description: str) -> bool:
    """ "the victim's mother", "his father": a relative of someone, not an epithet for
    the one the story is about ("the grumpy 74-year-old grandfather")."""
    return bool(SOMEONES_ROLE.search(description)) or description.split()[0] in (
        "his",
        "her",
        "their",
    )


def _beside_relative_subject(before: str) -> bool:
    """ "criticised the pay package that the chief executive, ": the noun a name set off
    by commas stands beside is the subject of a relative clause, not of the sentence."""
    parts = before.rsplit(",", 2)
    return len(parts) > 1 and bool(RELATIVE_CLAUSE_SUBJECT.search(parts[-2]))


def _only_after_the(entity: Entity, text: str) -> bool:
    """ "The Scot": one capitalised word, only ever right after "the"."""
    return " " not in entity.name and all(
        text[max(0, m.start - 4) : m.start].lower() == "the " for m in entity.mentions
    )


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
        self._paragraph_starts = [x.start for x in paragraphs(text)]
        self._subjects: dict[int, bool] = {}

    def resolve(
        self,
        phrase: str,
        at: int,
        quote: tuple[int, int] | None = None,
        depth: int = 0,
        exclude: Entity | None = None,
    ) -> tuple[str | None, str, Entity | None]:
        """(speaker name, speaker_type, entity); a pronoun never resolves to ``exclude``
        (whom it speaks to)."""
        phrase = LEAD_WORDS.sub("", phrase.strip())
        # "a Slovak politician who would lead Europe": the relative clause only describes
        phrase = RELATIVE_TAIL.sub("", phrase) or phrase
        phrase = REFLEXIVE_TAIL.sub("", phrase)  # "the former mayor himself called"
        owner = SOCIAL_ACCOUNT.match(phrase)
        if owner:
            phrase = owner.group("owner")  # "Clinton's Twitter account said"
        lower = phrase.lower()
        if lower == "they":
            group = self._latest_group(at)
            if group is not None:  # "Prosecutors had asked ... they wrote"
                return group, "pronoun", None
        document = self._document_before(at) if lower == "it" else None
        if document is not None and depth < 3:
            # "..., the statement said. / It added:": the document goes on
            return self.resolve(document[1], document[0], depth=depth + 1)
        if lower in PRONOUNS:
            gender = {"he": "m", "she": "f"}.get(lower)
            reporter = self._reporting_subject(at, gender) or self._fronted_subject(at, gender)
            if reporter is not None:
                return reporter.name, "pronoun", reporter
            entity = self.salient(
                at, PRONOUNS[lower], gender=gender, quote=quote, depth=depth, exclude=exclude
            )
            if entity is not None and gender:
                closer = self._relative_just_before(at, gender, entity)
                if closer is not None:
                    return closer, "pronoun", None  # "heard from Jean's mother, who ..."
            unnamed = self._unnamed_of_gender(at, gender) if entity is None and gender else None
            if unnamed is not None:
                return unnamed, "pronoun", None  # "a woman came running ... she repeated"
            if entity is None and gender:
                # nobody of that gender in the last paragraphs: the article's main party
                # of that gender, named further up ("Trump ... he ranted ... he said")
                entity = self.salient(
                    at,
                    PRONOUNS[lower],
                    gender=gender,
                    quote=quote,
                    depth=depth,
                    reach=True,
                    exclude=exclude,
                )
            unnamed = self._unnamed_of_gender(at, gender, 6) if entity is None and gender else None
            if unnamed is not None:
                # "a woman came running ... She ducked ... she repeated": named nowhere
                return unnamed, "pronoun", None
            if entity is None and gender:
                # nobody of that gender: our guess from a first name was wrong, not the
                # article ("Patrice Oyelowo ... she said")
                entity = self.salient(
                    at, PRONOUNS[lower], quote=quote, depth=depth, exclude=exclude
                )
                entity = entity if entity is not None and entity.gender_guessed else None
            return (entity.name if entity else None), "pronoun", entity
        described = POSSESSIVE_ROLE.match(phrase)
        role = described.group("role").split()[-1].lower() if described else ""
        role = EXECUTIVE_INITIALS.get(role, role)
        if described and role in PERSON_HEADS and has_name(described.group("owner")):
            # "Pine County Memorial's chief executive", not "the victim's mother"
            # nobody called that yet: whom the next lines give the role, if anyone
            ahead = None if self._described_as(role, at) else self._named_soon_after(role, at)
            if ahead is None and role in KIN and not self._described_as(role, at):
                return phrase, "nominal", None  # "Gough's father": nobody named as him
            entity = ahead or self.salient(at, PERSON, head=role, quote=quote, depth=depth)
            entity = entity or self._introduced_next(role, at)
            if entity is not None:  # "Pine County Memorial's chief executive"
                return entity.name, "nominal", entity
        someones = SOMEONES.match(phrase)
        if someones and _institution_owner(someones.group("owner")):
            someones = None  # "the country's top diplomat": a role, named elsewhere
        if someones and person_noun(someones.group("head")):
            role = someones.group("head")
            if role in GENERIC_PEOPLE or not self._described_as(role, at):
                return phrase, "nominal", None  # "Ahmado's source inside the camp"
        group = NAMED_GROUP.match(phrase)
        if group:
            # "the Obama campaign", "Clinton's campaign": the campaign speaks, not the
            # candidate it is named after
            name = re.sub(r"[’']s$", "", strip_titles(group.group("name")))
            return f"{name} {group.group('group')}", "name", None
        owned = PRONOUN_GROUP.match(phrase)
        if owned:  # "his campaign team": the campaign of whom "his" refers to
            gender = "f" if owned.group("pronoun").lower() == "her" else "m"
            owner = self.salient(at, PERSON, gender=gender, quote=quote, depth=depth)
            if owner is not None:
                return f"{owner.name} {owned.group('group')}", "nominal", None
        of_named = person_of_named(phrase)
        if of_named and not self._described_as(of_named, at):
            if lower.startswith("the "):
                introduced = self._introduced_next(of_named, at)
            else:  # "A spokesman for Sen. Marco Rubio's campaign", then "Alex Conant"
                introduced = self._named_in_lead(of_named, at)
            if introduced is not None:
                return introduced.name, "nominal", introduced
            # "The authors of the research in JAMA Psychiatry", "a lawyer for the Trust":
            # someone unnamed, known by whom they work for; the description says it all
            return LEADING_ARTICLE.sub("", phrase), "nominal", None
        names = [s for s in names_in(phrase) if not function_word(s.text)]
        if names and _capitalised_description(phrase, names, self.index):
            names = []  # "the Republican", "the Democrat": a description, not a name
        if names and _modified_description(phrase):
            names = []  # "The Texas senator": a place or party describing a senator
        if names:
            found = [(n.text, self._find_name(n.text)) for n in names]
            people = [(raw, e) for raw, e in found if e is not None and e.kind == PERSON]
            # "Holloway campaign manager Trish Delacroix": the last person named heads it
            raw, entity = people[-1] if people else found[0]
            name = entity.name if entity else strip_titles(raw)
            return name, "name", entity
        # "the former secretary of state": the noun before "of" heads the description
        opens = lower.split()[0] if lower.split() else ""
        core = lower.split(" of ")[0] if opens in DETERMINERS else lower
        head = re.sub(r"[’']s$", "", core.split()[-1]) if core.split() else ""
        if head in DOCUMENT_HEADS:
            issuer = self._issuer(head, at, depth) if depth < 3 else None
            if issuer is not None:  # "The city said in a statement ... the statement said"
                return issuer
            # whoever issued the statement
            entity = self.salient(at, None, quote=quote, depth=depth)
            return (entity.name, "nominal", entity) if entity else (phrase, "nominal", None)
        if head in GENERIC_PEOPLE and not self._described_as(head, at):
            return phrase, "nominal", None  # "the man", "a source": nobody was called that
        if head in KIN and _related_to_someone(lower) and not self._described_as(head, at):
            return phrase, "nominal", None  # "the victim's mother", but "the grandfather"
        if head in BODIES and not self._called(head, at):
            return phrase, "nominal", None  # "the junta": no organisation was called that
        kind = ORG if head in ORG_HEADS else PERSON if person_noun(head) else None
        if kind is None:
            kind = self._kind_described_as(head, at)
        if kind is None:
            return phrase, "nominal", None  # "the photo's caption", "critics"
        if kind == PERSON and head.endswith("s") and not head.endswith("ss"):
            return phrase, "nominal", None  # "the researchers": a group, not one party
        if kind == PERSON and lower.split()[0] in ("a", "an", "one", "another"):
            named = self._named_in_lead(head, at) or self._named_next_as_also(head, at)
            if named is not None:
                return named.name, "nominal", named
            return phrase, "nominal", None  # "a former director": someone not named
        if (kind == PERSON or head in GROUP_HEADS) and self._introduced_unnamed(lower, head, at):
            # "one legal expert" ... "the expert warned"; "a group of parents" ... "the group"
            return phrase, "nominal", None
        owner = self._possessor(lower, at, depth) if kind == PERSON else None
        if kind == PERSON and SOMEONES_ROLE.search(lower) and not self._described_as(head, at):
            # "the city's police chief said", with no chief yet and "Police Chief Tim
            # Gannon" in the next lines: the article names the role right after (a bare
            # "the prime minister" may well be the one just named)
            named = self._named_soon_after(phrase, at)
            if named is not None:
                return named.name, "nominal", named
        entity = self.salient(at, kind, head=phrase, quote=quote, depth=depth, exclude=owner)
        if entity is None:
            return phrase, "nominal", None
        return entity.name, "nominal", entity

    def _unnamed_of_gender(self, at: int, gender: str, paras: int = 3) -> str | None:
        """The latest unnamed person of ``gender`` in the ``paras`` paragraphs up to ``at``
        ("a woman", "the boy's father"), when nobody of that gender is named there."""
        found = None
        for match in UNNAMED_PERSON.finditer(self.text, self._window_start(at, paras), at):
            noun_gender = UNNAMED_PEOPLE[match.group("noun").lower()]
            if self._inside_quote(match.start()) or noun_gender not in (gender, ""):
                continue
            if noun_gender or self._unnamed_speaker(match):
                found = match.group(0)
        return found

    def _relative_just_before(self, at: int, gender: str, entity: Entity) -> str | None:
        """ "The jury heard from Jean's mother, who described the day she learned ...
        'My life has not been the same,' she said": someone's relative of the pronoun's
        gender, unnamed, in the sentence before it and after ``entity`` was last named."""
        i = bisect.bisect_right(self._sentence_starts, at) - 1
        floor = self._sentence_starts[max(0, i - 1)] if i >= 0 else 0
        last = max((m.end for m in entity.mentions if m.end <= at), default=0)
        found = None
        for match in RELATIVE_OF.finditer(self.text, max(floor, last), at):
            if not self._inside_quote(match.start()) and GENDERED[match.group("noun")] == gender:
                found = match.group(0)
        return found

    def _unnamed_speaker(self, match: re.Match[str]) -> bool:
        """An unnamed person who opens a sentence that reports their words ("A
        spokesperson for the union said there had been ...")."""
        start = match.start()
        if self._sentence_start(start) != start or match.group(0)[:1] not in "Aa":
            return False
        sentence = self.text[match.end() : self._sentence_end(start)]
        return bool(re.search(rf"\b{VERB}\b", sentence))

    def _fronted_subject(self, at: int, gender: str | None) -> Entity | None:
        """ "When Stephen Conroy was asked if Mr Rudd was making a move, he said": the
        subject of a clause opening the sentence is whom the main clause's pronoun means."""
        match = FRONTED_CLAUSE.match(self.text, self._sentence_start(at), at)
        entity = self._find_name(match.group("spk")) if match else None
        if entity is None or entity.kind != PERSON or not gender:
            return None
        agrees = entity.gender in (gender, None) or entity.gender_guessed
        return entity if agrees else None

    def _reporting_subject(self, at: int, gender: str | None) -> Entity | None:
        """ "Obama said that he has told the leaders ...": a pronoun right after a name's
        speech verb in its own sentence is that name, whoever else is nearby."""
        if gender is None:
            return None
        match = REPORTER_BEFORE.search(self.text, self._sentence_start(at), at)
        entity = self.index.find(match.group("name")) if match else None
        if entity is None or entity.kind != PERSON or entity.gender not in (gender, None):
            return None
        return entity

    def _introduced_next(self, role: str, at: int) -> Entity | None:
        """A lead that describes its speaker before any person is named ("The leader of
        Buckinghamshire Council has said ...") and names them as the subject of a
        sentence soon after ("Cllr Martin Tett defended ..."), unless the article gave
        that person another job."""
        head = role.split()[-1].lower()
        plural = head.endswith("s") and not head.endswith("ss")  # "The authors of ..."
        if plural or any(e.kind == PERSON for _, e in self.index.mentions_before(at)):
            return None
        for mention, entity in self._people_soon_after(at):
            subject = self._is_subject(mention.start) and not self._inside_quote(mention.start)
            if subject and not _other_job(head, entity):
                return entity
        return None

    def _people_soon_after(self, at: int) -> list[tuple[Mention, Entity]]:
        """Mentions of people within a lead's reach after ``at``, in text order."""
        later = [
            (m, e)
            for e in self.index.entities
            for m in e.mentions
            if at < m.start < at + CATAPHORA_REACH and e.kind == PERSON
        ]
        return sorted(later, key=lambda pair: pair[0].start)

    def _named_soon_after(self, role: str, at: int) -> Entity | None:
        """A lead that says "Boeing's CEO described ..." and names him a few lines on
        ("Chief Executive Kelly Ortberg"): the first person the article gives that role."""
        for mention, entity in self._people_soon_after(at):
            if _describes(role, mention, entity):
                return entity
        return None

    def _named_in_lead(self, role: str, at: int) -> Entity | None:
        """A lead's "sentenced by a judge who said ..." and "U.S. District Judge Thomas
        Durkin" a few lines on: the story names the role it opened with. Further down,
        "a police officer" is someone the article leaves unnamed."""
        if at > LEAD_REACH or role in GENERIC_PEOPLE or self._described_as(role, at):
            return None
        return self._named_soon_after(role, at)

    def _named_next_as_also(self, role: str, at: int) -> Entity | None:
        """ "A prosecutor called Nassar ...", then "Prosecutor Angela Povilaitis also
        said": the next sentence names the role, and "also" says it is the same one."""
        if role in GENERIC_PEOPLE or self._described_as(role, at):
            return None
        i = bisect.bisect_right(self._sentence_starts, at)
        if i >= len(self._sentence_starts):
            return None
        start = self._sentence_starts[i]
        also = ALSO_AFTER_NAME.match(self.text, start, min(len(self.text), start + 120))
        if also is None:
            return None
        found = self.index.at(also.start("name"), also.end("name"))
        if found is None:
            return None  # "Officials Also Noted": no name at all
        mention = next((m for m in found.mentions if m.start <= also.start("name")), None)
        return found if mention and _describes(role, mention, found) else None

    def _find_name(self, raw: str) -> Entity | None:
        """The entity ``raw`` names; a place run into a name ("to Britain Liu Xiaming")
        is dropped word by word until a person is left."""
        entity = self.index.find(raw)
        if entity is not None:
            return entity
        holder, of, _ = raw.partition(" of ")
        entity = self.index.find(holder) if of else None
        if entity is not None and entity.kind == PERSON:
            return entity  # "Harris of Total Life Ministries"
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

    def _called(self, head: str, at: int) -> bool:
        """Was an organisation named or described with ``head`` before ``at``?"""
        return any(
            e.kind != PERSON and head in f"{e.described} {e.name}".lower().split()
            for _, e in self.index.mentions_before(at)
        )

    def _possessor(self, description: str, at: int, depth: int) -> Entity | None:
        """Whom "his" or "her" in "her colleague" refers to: never the colleague."""
        pronoun = {"his": "he", "her": "she"}.get(description.split()[0])
        if pronoun is None or depth >= 3:
            return None
        return self.resolve(pronoun, at, depth=depth + 1)[2]

    def _document_before(self, at: int) -> tuple[int, str] | None:
        """The document that cued the sentence just before ``at`` (", the statement
        said."), if one did."""
        i = bisect.bisect_right(self._sentence_starts, at)  # just past at's own sentence
        if i < 2:
            return None
        start, end = self._sentence_starts[i - 2], self._sentence_starts[i - 1]
        match = DOCUMENT_SAID.search(self.text, start, end)
        return (match.start("doc"), match.group("doc")) if match else None

    def _issuer(
        self, head: str, at: int, depth: int
    ) -> tuple[str | None, str, Entity | None] | None:
        """Who the article said issued the document ("The city said in a statement",
        "a statement from the agency"): the subject of the latest sentence, in the
        window before ``at``, that names the document outside a quote."""
        # the document named here, its issuer right after it: "A report published by CQC
        # on Friday ... describes"
        own = ISSUED_BY.search(unquoted(self.text[at : self._sentence_end(at)]), 0, 80)
        issuer = clause_subject(own.group("spk")) if own else ""
        if issuer and plausible_speaker(issuer):
            return self.resolve(issuer, at, depth=depth + 1)
        floor = self._window_start(at)
        for match in reversed(list(re.finditer(rf"\b{head}\b", self.text[floor:at]))):
            where = floor + match.start()
            if self._inside_quote(where):
                continue
            start = self._sentence_start(where)
            sentence = unquoted(self.text[start : self._sentence_end(where)])
            found = ISSUED_BY.search(sentence) or ISSUER.match(sentence)
            if found and found.re is ISSUER and found.end() > where - start:
                found = None  # "According to the complaint, Vance told": a source, not who
            phrase = clause_subject(found.group("spk")) if found else ""
            if phrase.lower() != head and plausible_speaker(phrase):
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
        reach: bool = False,
    ) -> Entity | None:
        """The most salient entity of ``kind`` (and ``gender``) before ``at``; an entity
        described by ``head`` ("Judge Marsh" for "the judge") first; never ``exclude``."""
        # ``head`` as written (its capitals tell a place before the noun), then lowered
        described, head = head, head.lower() if head else head
        # a description ("the company") may point back to the article's main party
        # anywhere above; a pronoun only to someone recent, unless ``reach``
        floor = 0 if head or reach else self._window_start(at)
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
            fits = [_describes(described, m, e) for m, e in candidates]
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
            if kind == ORG and entity.kind == PERSON:
                score -= PERSON_FOR_ORG  # "Melrose", typed a person on thin evidence
            if gender and entity.gender == gender:
                score += 1.0
            elif gender and entity.gender is None:
                score -= 0.5
            if mention.start >= para_start or (entity is recent and recent_at >= para_start):
                score += 2.0  # introduced (or referred to as subject) in the quote's paragraph
            if head:
                score += self._description_fit(described, mention, entity, at)
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
            if entity.kind != ORG and _only_after_the(entity, self.text):
                continue  # "The Scot, who was cheered on": a description, not a name
            if not self._compatible(entity, kind, gender):
                continue
            if TOPIC_THEN_PRONOUN.fullmatch(self.text, mention.end, at):
                continue  # "Kerry, he said, have been": the reported clause's subject
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
                if person_noun(head) or head.rstrip("s") in ORG_HEADS or head in ORG_HEADS:
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
            link = noun_phrase(match.group("link")) if match else ""
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
            return person_noun(words[-1]) and words[-1] not in ORG_HEADS
        return kind == ORG and words[-1] in ORG_HEADS

    def _named_inside(self, entity: Entity, quote: tuple[int, int]) -> bool:
        return any(quote[0] <= m.start < quote[1] for m in entity.mentions)

    def _para_start(self, at: int) -> int:
        return self.text.rfind("\n", 0, at) + 1

    def _window_start(self, at: int, paras: int = 3) -> int:
        """Where the ``paras`` paragraphs up to ``at`` start."""
        count = bisect.bisect_right(self._paragraph_starts, at)
        return self._paragraph_starts[count - paras] if count >= paras else 0

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
        return bool(re.search(rf"\b{VERB}\b", unquoted(rest)))

    def _name_end(self, start: int) -> int:
        found = self.index.at(start, start + 1)
        mention = next((m for m in found.mentions if m.start == start), None) if found else None
        return mention.end if mention else start

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
        before = self.text[self._sentence_start(start) : start]
        mid_sentence = "," in before
        clause = before.rsplit(",", 1)[-1] if mid_sentence else before
        words = clause.lower().replace("’", "'").split()
        while mid_sentence and words and words[0] in SUBORDINATORS:
            # "..., after the novelist Jo Walton explained": a closing clause's subject (an
            # opening one, "When Teel asked, the senator said", gives way to the main one)
            words = words[1:]
        found = len(words) <= 5 and not any(
            w in NOT_ROLE_WORDS or w.endswith(("'s", "ed")) for w in words[1:]
        )
        if mid_sentence and not words and _beside_relative_subject(before):
            found = False  # "the package that the chief executive, Ian King, received"
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
        if not found and RELATIVE_WHO.match(self.text, self._name_end(start)):
            found = True  # "did not sit well with Mr. Gaffney, who did not back down"
        if found and attributive(self.text, start, self._name_end(start)):
            found = False  # "Beale, a Lightfoot foe,": a name modifying a noun
        self._subjects[start] = found
        return found
