"""Speaker phrases: which words can name a party that speaks, and which part of a
clause is its subject.

Shared by ``quotes`` (reading the cue around a quote) and ``resolve`` (turning the
speaker phrase into a party): the nouns for organisations and people, the pronouns,
the subject before a speech verb ("The utility's operations chief, Marcus Lee," ->
"Marcus Lee"), and whether a phrase can be a speaker at all.
"""

from __future__ import annotations

import re

from .entities import ORG, PERSON
from .text import SPEECH_VERBS, TITLES, WEEKDAYS, names_in

DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "our"])
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
        "junta",
        "regime",
        "military",
        "army",
        "opposition",
        "parliament",
    ]
)
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
        "post",
        "tweet",
        "ruling",
        "lawsuit",
        "indictment",
        "affidavit",
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
        "premier",
        "treasurer",
        "chancellor",
        "representative",
        "councilman",
        "councillor",
        "cllr",
        "councilwoman",
        "member",
        "farmer",
        "driver",
        "worker",
        "pastor",
    ]
)
LEAD_WORDS = re.compile(
    r"^(?:(?:and|but|as|when|then|so|while|also|later|again|still|yet|which|who|that)\s+)+",
    re.I,
)
VERB = rf"(?:{SPEECH_VERBS})"
# "the man", "a source": people the article may never name
GENERIC_PEOPLE = frozenset("man woman person patient resident source user".split())  # noqa: SIM905
# relatives: a description of someone by whom they are related to, never a job the
# article gives a named party without saying so ("Gough's father", "the victim's mother")
KIN = frozenset(
    """mother father son daughter wife husband sister brother parent parents mom dad
    grandmother grandfather widow widower aunt uncle cousin niece nephew fiancee fiancée
    stepfather stepmother""".split()  # noqa: SIM905
)
# "the Scot", "the Spaniard": sportswriters call a player by nationality once named
DEMONYMS = frozenset(
    """scot scotsman englishman welshman irishman frenchman dutchman spaniard briton brit
    swede dane finn pole serb croat swiss american canadian australian aussie kiwi
    argentine argentinian brazilian italian german belgian norwegian russian ukrainian
    kenyan nigerian ethiopian jamaican mexican colombian chilean portuguese greek turk
    indian pakistani japanese chinese korean texan""".split()  # noqa: SIM905
)
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
    novelist poet chef pilot captain sergeant deputy official expert activist actress
    songstress heiress hostess waitress seamstress
    volunteer survivor delegate diplomat congressman congresswoman councilman councilwoman
    native
    """.split()  # noqa: SIM905
    )
    | GENERIC_PEOPLE
    | DEMONYMS
)
ROLE_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "eer", "-year-old")


def person_noun(head: str) -> bool:
    """Does "the <head>" describe a person ("the clerk", "the geochemist", "the
    34-year-old")? Organisation words are checked before this."""
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return (
        singular in PERSON_HEADS
        or singular in PERSON_NOUNS
        or (
            len(singular) > 4
            and singular.endswith(ROLE_SUFFIXES)
            and not singular.endswith(("ment", "percent"))  # "statement", "51 percent"
        )
    )


TITLED_NAME = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,4}(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)$"
)
POSSESSIVE_DESCRIPTION = re.compile(
    r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s\s+(?:[A-Z][\w.&-]*\s+){0,2}[a-z]"
)
NAME_PARTICLES = frozenset("de da del der van von al bin la le du di jr jr. sr sr.".split())  # noqa: SIM905
# capitalised openers of a sentence part that are not names ("In Paris", "On Monday")
LEADING_NOT_NAME = frozenset(
    """in on at after before during for from with as by since under over when while
    meanwhile later earlier then still yet but and also however outside inside amid amidst
    despite following upon within throughout afterwards afterward ahead""".split()  # noqa: SIM905
) | {day.lower() for day in WEEKDAYS}
DESCRIPTIVE_LINKS = frozenset(
    "of at for in from with whose who which based now also since".split()  # noqa: SIM905
)
AUXILIARIES_AFTER = re.compile(
    r"(?:\s+(?:has|had|have|was|is|were|are|would|will|could|can|did|does|do|also|then|"
    r"later|once|previously|again|repeatedly|never|not|be|been|being|had been|has been|"
    r"reportedly|allegedly|publicly|privately|recently|just|often|always|sometimes|"
    r"usually|frequently|still|first))+$"
)
# a name after a preposition is not the subject ("Tsai of Brightwater", "a tester in Aurora")
ORG_OF_PERSON = re.compile(r"\b(?:of|at|for|from|with|by|to|in|on|near)(?:\s+the)?\s+$")
# a name or "he"/"she" opening a clause, then its verb; an aside or an adverb may come
# between ("Assad, in an interview with CBS News, issued", "Holt unsuccessfully tried")
RELATIVE_OPENING = re.compile(r"(?:who|whose|which)\s", re.I)
OBJECT_RELATIVE = re.compile(
    r"^(?:(?:to|in|at|on|for|from|with|by)\s+)?(?:which|whom)\s+"
    r"(?=(?:the|a|an|his|her|its|their)\s|[A-Z])"
)
# a relative clause that ends the phrase, its own subject last: "a district that Saccone"
RELATIVE_SUBJECT_AT_END = re.compile(
    r"\s(?:that|what|which|whom)\s+(?P<spk>(?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w’'-]+|"
    r"the\s+(?:[a-z]+\s+)?[a-z]+)$"
)
SUBJECT_FIRST = re.compile(
    r"^\s*(?P<spk>[Hh]e|[Ss]he|(?:[A-Z][\w.’'-]+\s+){0,5}?[A-Z][\w’'-]+)"
    # "Punjab Chief Minister Bhagwant Mann Tuesday slammed": a day between name and verb
    rf"(?:,[^,;:\"“”]{{1,80}},)?\s+(?:(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\s+)?"
    r"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|(?:did|does|has|had|was|is|will|would|could|can)"
    r"(?:\s+not|n[’']t)?\s+[a-z]+)\b"  # "Singh did not say if ..., but said"
)
PRONOUN_THEN_VERB = re.compile(r"^(he|she|they|it|we|I)\s+[a-z]+\b", re.I)
NAME_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|at|for|from|with|by|to|in|on|about|against|over|into|toward)(?:\s+the)?\s+$"
)
NAME_AT_END = re.compile(r"(?<![\w’'])(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w’'&-]+$")


def noun_phrase(link: str) -> str:
    """ "The chief executive would" -> "The chief executive": up to the last noun that
    can name a party."""
    words = link.split()
    if len(words) == 1:
        return link
    for end in range(len(words), 1, -1):
        head = words[end - 1].lower()
        if head in ORG_HEADS or person_noun(head):
            return " ".join(words[:end])
    return ""


def unquoted(text: str) -> str:
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)


# a description of someone by whom they belong to: "the authors of the study in Nature"
PERSON_OF_NAMED = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,3}(?P<head>[a-z-]+)\s+"
    r"(?:of|for|at|from|with|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,6}[A-Z]"
)


# a wire story's place line: "WASHINGTON - ", "DETROIT – ", "LONDON (Reuters) — "
DATELINE = re.compile(
    r"^[A-Z][A-Z.]+(?:[ ,]+[A-Z][A-Za-z.]*){0,3}(?:\s*\([^()]{1,30}\))?\s+[-—–]+\s+"
)
# a pronoun and its verb, then more of its clause up to an "and" or "but" at the end
COORDINATED_VERB = re.compile(
    r"\b(he|she|they|He|She|They)\s+(?:\w+ly\s+)?[a-z]+\b[^,;:\"“”]{1,80}\s(?:and|but)$"
)
# "Jan Scepurek related that the library has funds and (noted)": a named subject, its
# verb and the verb after "and" that shares it
NAMED_COORDINATED = re.compile(
    r"^(?P<spk>(?:[A-Z][\w.’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b"
    r"[^,;:\"“”]{1,120}\s(?:and|but)$"
)
DESCRIBED_COORDINATED = re.compile(
    r"^(?P<spk>(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+){0,3}[a-z]+)\s+[a-z]+ed\b"
    r"[^,;:\"“”]{1,120}\s(?:and|but)$"
)
COORDINATORS = frozenset(["but", "and", "but then", "and then", "then", "yet"])
CONTRACTION = re.compile(r"[’'](?:d|s|ll|ve|re|m)$")
DOCUMENT_BY = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:joint\s+)?(?P<document>[a-z]+)\s+(?:by|from)\s+(?P<who>.+)$"
)
# "a lawyer for ...", "In a statement provided to CNN": not the part that names the subject
OPENING_PREPOSITION = re.compile(
    r"^(?:a|an|of|at|for|with|from|in|who|which|In|At|With|From|On|During|After)\b"
)


QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<spk>[^,;:]{2,60}?)\s+as$")
# the agent of a passive, then the relative pronoun whose verb speaks
AGENT_WHO = re.compile(r"\bby\s+(?P<agent>(?:an?|the|one)\s+[^,;:]{1,60}?)\s+who(?:\s+[a-z]+ly)?$")
SOMEONE_OF = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]+)\s+(?:for|of|at|with|from)\s"
)
WITH_SUBJECT = re.compile(r"^with\s+(?P<spk>(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}[\w-]+)$")
SUBORDINATOR_JUST_BEFORE = re.compile(
    r"\b(?:after|before|when|while|as|since|because|although|though|until|once)\s+$"
)


def clause_subject(phrase: str) -> str:
    """The clause subject in a phrase before a verb: the part after the last comma that
    names someone ('The utility's operations chief, Marcus Lee,' -> 'Marcus Lee')."""
    closed = phrase.rstrip().endswith(",")  # an aside closed before the verb
    phrase = AUXILIARIES_AFTER.sub("", phrase.strip().rstrip(","))  # "She has" -> "She"
    phrase = DATELINE.sub("", phrase)  # "WASHINGTON - In a breach of decorum, a lawmaker"
    phrase = phrase.rsplit(": ", 1)[-1]  # "Huge victory: Outside court, Merritt": a label
    quoted = QUOTED_AS.search(phrase)
    if quoted:
        return quoted.group("spk")  # "An aide quoted the president as (saying)"
    agent = AGENT_WHO.search(phrase)
    if agent:
        return agent.group("agent")  # "sentenced to prison by a federal judge who"
    issued = DOCUMENT_BY.match(phrase.strip())
    if issued and issued.group("document") in DOCUMENT_HEADS:
        # "A statement by EU foreign policy chief Federica Mogherini and the ministers of
        # France, Germany and Britain": the first issuer named
        return clause_subject(re.split(r",| and ", issued.group("who"))[0])
    # an age set off by commas ("the former reality star, 71,") describes, never names
    # dashes set off an aside as commas do ("Orient Express – dubbed racist – the Tata group")
    pieces = re.split(r",|\s[—–]\s", phrase)
    parts = [p.strip() for p in pieces if p.strip() and not p.strip().isdigit()]
    while closed and len(parts) > 1 and RELATIVE_OPENING.match(parts[-1]):
        # "The '25' songstress, who also won Record of the Year,": the relative clause
        # describes the subject before it
        parts.pop()
    inner = RELATIVE_SUBJECT_AT_END.search(parts[-1]) if parts else None
    if inner:
        # "a district that Saccone (referred to as)", "in what the agency (described
        # as)": the relative clause's own subject
        return inner.group("spk")
    if parts and OBJECT_RELATIVE.match(parts[-1]):
        # "the memo, which the Justice Department (warned)": the relative clause's own
        # subject
        parts[-1] = OBJECT_RELATIVE.sub("", parts[-1])
    if len(parts) > 1 and parts[-1].lower() in COORDINATORS:
        # "He acknowledged ..., given the proximity to Election Day, but wrote": the verb
        # shares the subject of the first part that opens with a doer, past any opening
        # phrase ("In that address, he lashed out at X, who ..., and told")
        for part in parts[:-1]:
            pronoun = PRONOUN_THEN_VERB.match(part)
            if pronoun:
                return pronoun.group(1)
            named = SUBJECT_FIRST.match(part)
            if named:
                return named.group("spk")
        if not any(has_name(p) and p[:1].isupper() for p in parts[:-1]):
            return ""  # the subject is further back than the phrase: nothing here names it
    shared = COORDINATED_VERB.search(parts[-1]) if parts else None
    if shared:
        # "Ernst said she spoke by telephone with Braley and (called)": the verb after
        # "and" shares the subject of the clause it closes
        return shared.group(1)
    named = NAMED_COORDINATED.match(parts[-1]) if parts else None
    if named and not LEADING_NOT_NAME.intersection(named.group("spk").lower().split()[:1]):
        return named.group("spk")
    described = DESCRIBED_COORDINATED.match(parts[-1]) if parts else None
    if described and person_noun(described.group("spk").split()[-1].lower()):
        # "an independent voter approached Snowe and (told)": the description, not the
        # name that is the first verb's object
        return described.group("spk")
    last_words = parts[-1].split() if parts else []
    last = CONTRACTION.sub("", last_words[-1]) if last_words else ""
    if last.lower() in PRONOUNS:
        return last  # "Asked whether ..., she", "a step it", "She'd previously"
    doer = PRONOUN_THEN_VERB.match(parts[-1]) if parts else None
    if doer:
        # "Ignoring aides, he doubled down by (saying)", "he asked about the Muslim
        # Brotherhood, called": names after the verb are its objects
        return doer.group(1)
    opened = NAME_AT_END.search(parts[-1]) if len(parts) > 1 else None
    if (
        opened
        and has_name(opened.group(0))
        and SUBORDINATOR_JUST_BEFORE.search(parts[-1], 0, opened.start())
    ):
        # "will meet the EU's negotiator, Michael Barnier, in Brussels after Jean-Claude
        # Juncker (insisted)": the subordinate clause's own subject, not the appositive
        return opened.group(0)
    appositive = name_after_description(parts) or name_with_appositive(parts)
    if appositive:
        return appositive
    with_subject = WITH_SUBJECT.match(parts[-1]) if parts else None
    if with_subject and person_noun(with_subject.group("spk").split()[-1].lower()):
        # "confirmed by the champions, with the striker (describing)": the participle's
        # own subject
        return with_subject.group("spk")
    if parts and person_of_named(parts[-1]):
        return parts[-1]  # "The authors of the study in Nature": not Nature
    if len(parts) > 1 and POSSESSIVE_DESCRIPTION.match(parts[-1]):
        # "after Kevin Kitzpatrick, Nissan's vice-president for Europe (told)": an
        # appositive whose closing comma is missing describes the name before it
        named = NAME_AT_END.search(parts[-2])
        if named and has_name(named.group(0)):
            return named.group(0)
    described = LEAD_WORDS.sub("", parts[-1]) if parts else ""
    if last_words and _described_subject(described):
        return described  # "Last year, at a conference, the founder", "but the opposition"
    someone_of = SOMEONE_OF.match(described)
    if someone_of and person_noun(someone_of.group("head").lower()):
        # "Asked if Mr Drakeford would comment, a spokesman for the first minister": an
        # unnamed person known by whom they work for, after an opening clause
        return described
    last = parts[-1] if parts else ""
    ending = NAME_AT_END.search(last)
    if (
        ending
        and has_name(ending.group(0))
        and not _descriptive_part(last)
        and not ORG_OF_PERSON.search(last, 0, ending.start())
    ):
        return ending.group(0)  # "a position Albright", "in which Vandermeer"
    # "a lawyer for the River Trust", "director of the Patient Safety Coalition", "whose
    # children attend school in Port Adair": descriptions of the name next to them
    heads = [p for p in parts if not OPENING_PREPOSITION.match(p)]
    heads = [p for p in heads if not _descriptive_part(p)] or heads
    named = [p for p in (heads or parts) if has_name(p)]
    chosen = named[-1] if named else (parts[-1] if parts else "")
    words = chosen.split()
    # keep the last few words: "In its court filing Parler" -> "Parler"
    return LEAD_WORDS.sub("", " ".join(words[-6:]))


def name_with_appositive(parts: list[str]) -> str | None:
    """ "Mayer, Disney's chairman of direct-to-consumer," and "Prince Andrew, the younger
    brother of the heir, Charles,": a phrase that opens with a bare name and goes on with
    a description is that name's; the names inside the description are not the subject."""
    # an opening phrase may come first: "In a statement, Zippy Duvall, the president of"
    first = 0
    while (
        first < len(parts) - 1 and _opener(parts[first]) and not _named_after_opening(parts[first])
    ):
        first += 1
    if len(parts) - first < 2:
        return None
    head = _without_opening(parts[first])
    name = head if _bare_name(head) else _titled_name(head)
    if name is None:
        return _name_of_body(head, parts[first + 1 :])
    rest = parts[first + 1 :]
    if not any(_descriptive_part(p) or p[:1].islower() or _described(p) for p in rest):
        return None
    return name


# "Sergeant Phil Wu of the divisional ... unit": a name, then the body it belongs to
NAME_OF_BODY = re.compile(
    r"^(?P<name>(?:[A-Z][\w.’'-]*\s+){1,4}?[A-Z][\w’'-]+)\s+(?:of|from|at|with)\s+"
    r"(?:the\s+)?[a-z]"
)


def _name_of_body(head: str, rest: list[str]) -> str | None:
    """ "Sergeant Phil Wu of the divisional alcohol and violence reduction unit, Elgin,":
    the person, not the place the body is in."""
    match = NAME_OF_BODY.match(head)
    if match is None or not all(_bare_name(p) and len(p.split()) <= 3 for p in rest):
        return None
    name = match.group("name")
    if name.split()[0].lower() in TITLES:
        return name  # "Sergeant Phil Wu"
    return name if _bare_name(name) and len(name.split()) >= 2 else None


# "On Wednesday Rep. Adam Schiff (Calif.)", "What we're watching: Kara Richardson": a
# time, a label or a state in brackets around the name that opens a clause
DAY_OPENING = re.compile(
    rf"^(?i:(?:on|last|late|early|earlier|this|by)\s+)?(?i:{'|'.join(WEEKDAYS)}|week|night)"
    r"\s+(?=[A-Z])"
)
LABEL_OPENING = re.compile(r"^[A-Z][^:,]{0,40}:\s+(?=[A-Z])")
BRACKETED = re.compile(r"\s*\([^()]{1,30}\)")


def _named_after_opening(part: str) -> bool:
    head = _without_opening(part)
    return head != part and (_bare_name(head) or _titled_name(head) is not None)


def _without_opening(part: str) -> str:
    part = BRACKETED.sub("", part)
    part = LABEL_OPENING.sub("", DAY_OPENING.sub("", part), count=1)
    return _name_after_long_opening(part) or part


# "In what may have been a light hearted moment Judge James McNulty": an opening phrase
# run into the name of the subject, with no comma between
NAME_ENDING_OPENING = re.compile(
    r"^(?P<opening>[A-Z][a-z]+\s(?:[\w’'-]+\s+){2,}?[a-z][\w’'-]*)\s+"
    r"(?P<name>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+)$"
)


def _name_after_long_opening(part: str) -> str | None:
    """The subject's name run on after an opening phrase, unless the name is the
    phrase's own object."""
    match = NAME_ENDING_OPENING.match(part)
    if match is None or match.group("opening").split()[0].lower() not in LEADING_NOT_NAME:
        return None
    words = match.group("opening").split()
    if any(w[:1].isupper() for w in words[1:]) or _job_word(words[-1]):
        # "After receiving the cup from GAA president Christy Cooney": an object
        return None
    if NAME_AFTER_PREPOSITION.search(match.group("opening") + " "):
        return None  # "In the wake of the attack on Fort Hood": a place, not a subject
    name = match.group("name")
    return name if _titled_name(name) or _bare_name(name) else None


# participles that open a sentence before its subject ("Sentencing, judge Lady Stacey
# told him:"); a list, since "Manning" or "Fleming" may as well be the subject
OPENING_PARTICIPLES = frozenset(
    """speaking sentencing responding commenting asked addressing reacting testifying
    announcing explaining describing referring citing noting pointing looking reflecting
    defending welcoming praising writing answering questioned pressed""".split()  # noqa: SIM905
)


def _opener(part: str) -> bool:
    """ "In a statement", "On Monday", "later": a phrase that opens a sentence, before
    its subject."""
    words = part.split()
    if not words:
        return False
    if words[0].lower() in LEADING_NOT_NAME or words[0].lower() in OPENING_PARTICIPLES:
        return True
    # "later", "speaking to reporters": lower case and naming nobody ("study lead
    # author Lucas Paganini" is a subject)
    return part[:1].islower() and not has_name(part)


def _titled_name(part: str) -> str | None:
    """ "study lead author Lucas Paganini", "Senior author Dr. Silvia S. Martins": a job
    then a name; the name is the subject."""
    match = TITLED_NAME.match(part)
    if match is None or not _bare_name(match.group("name")):
        return None
    words = part[: match.start("name")].split()
    if words[0].lower() in LEADING_NOT_NAME or not person_noun(words[-1].lower()):
        return None  # "In the Senate": a place, not a job
    return match.group("name")


def name_after_description(parts: list[str]) -> str | None:
    """ "The Minister for Regional Australia, Simon Crean, one of Rudd's critics,": a
    description of a job, then the name that holds it, set off by commas."""
    if len(parts) < 2 or parts[0].split()[0] not in ("The", "the"):
        return None
    words = parts[0].split()
    job = next((w for w in words[1:4] if w[:1].isalpha()), "")
    return parts[1] if _job_word(job) and _bare_name(parts[1]) else None


def _job_word(word: str) -> bool:
    """ "Minister", "spokesperson", "Director": a title or a noun for a person."""
    return word.lower() in TITLES or person_noun(word.lower())


def _bare_name(part: str) -> bool:
    """ "Omar Lamrani", "Cmdr. Sean Robertson": only a name, no description around it."""
    words = part.split()
    if not 1 <= len(words) <= 5 or not has_name(part) or re.search(r"[’']s\b", part):
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
        # "Spokesperson for the Ministry of Foreign Affairs": a job, capitalised, of a body
        return len(words) > 2 and words[1] in ("of", "for", "at") and _job_word(words[0])
    # "speaking to reporters outside the Capitol", "flanked by Lt. Gov. Paul Diaz": a
    # participle phrase set off by commas is an aside, never the subject
    return any(w in DESCRIPTIVE_LINKS for w in words[:3]) or words[0].endswith(("ing", "ed"))


# bodies that speak without a name ("the junta", "the opposition"); all are ORG_HEADS
BODIES = frozenset("junta regime opposition military army police".split())  # noqa: SIM905


def _described_subject(part: str) -> bool:
    """ "the founder", "The senate leader": a determiner and a person or organisation
    noun, nothing capitalised."""
    words = part.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in DETERMINERS:
        return False
    head = words[-1].lower()
    return not has_name(part) and (head in ORG_HEADS or person_noun(head))


def has_name(phrase: str) -> bool:
    return any(not function_word(s.text) for s in names_in(phrase))


def function_word(name: str) -> bool:
    """Capitalised but not a name: "The", "Officials", "Critics"."""
    from .entities import NOT_NAMES

    if len(name) >= 2 and name.isupper() and name.isalpha():
        return False  # "WHO", "US": an acronym, not the pronoun
    words = [w.lower().rstrip(".,") for w in name.split()]
    if len(words) == 1 and (words[0].rstrip("s") in PERSON_HEADS or words[0] in ORG_HEADS):
        return True
    return all(w in NOT_NAMES for w in words)


def person_of_named(phrase: str) -> str | None:
    """The head of a description of someone by whom they belong to ("the authors of the
    study in Nature" -> "authors"), or None."""
    match = PERSON_OF_NAMED.match(phrase)
    head = match.group("head").lower() if match else ""
    return head if head and person_noun(head) else None


# "a Slovak politician who would lead Europe": the relative clause only describes
RELATIVE_TAIL = re.compile(r"\s+(?:who|that|which)(?:\s.*)?$")


def plausible_speaker(phrase: str) -> bool:
    phrase = LEAD_WORDS.sub("", phrase.strip())
    if not phrase or len(phrase.split()) > 14:
        return False
    if len(phrase.split()) > 9:  # only "the authors of the study published in Nature"
        return person_of_named(phrase) is not None
    phrase = RELATIVE_TAIL.sub("", phrase) or phrase  # "one chairman who asked not to be named"
    lower = phrase.lower()
    if lower in PRONOUNS:
        return True
    if has_name(phrase):
        return True
    head = re.sub(r"[’']s$", "", lower.split()[-1])
    if lower.startswith(("one ", "another ")) and person_noun(head):
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
