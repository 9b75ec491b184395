"""Who says a quote, read from a dependency parse of its sentence.

A fragment inside the writer's own sentence (`Boudreau gave a pep talk, telling them to
"believe in yourselves"`; `Liu has said that China has the "resolution and power"`) is
said by the subject of the reporting verb it hangs from, however far the words are from
it: the parse finds that verb where word patterns cannot. ``quotes`` asks only for the
quotes its patterns cannot attribute, and for relays (`and said, "...," the office
said`), so few sentences are parsed and the cost stays small.
"""

from __future__ import annotations

import re
from typing import Any

from .entities import load_model

# Verbs that report or characterise someone's words.
REPORTING = frozenset(
    """say tell write add call describe term label dub brand note argue warn urge beg
    insist claim promise vow pledge accuse reject deny dismiss praise hail criticize
    criticise blast slam decry denounce ask tweet post state declare testify recall
    remember explain introduce characterize characterise predict suggest complain
    acknowledge admit concede contend maintain stress emphasize emphasise announce
    reply respond counter vow quip joke boast lament demand threaten liken compare
    cite quote tout defend mock deride chime""".split()  # noqa: SIM905
)
IRREGULAR_FORMS = frozenset("said told wrote written".split())  # noqa: SIM905


def _forms(lemma: str) -> set[str]:
    """ "say" -> says, sayed, saying...: the regular forms (and a few impossible ones,
    which only cost a parse)."""
    stem = lemma[:-1] if lemma.endswith(("e", "y")) else lemma
    forms = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing"}
    forms |= {stem + "ing", stem + "ied", stem + "ies", lemma + lemma[-1] + "ed"}
    return forms | {lemma + lemma[-1] + "ing"}


# Every form of a reporting verb, matched as written rather than through spaCy's
# lemmatizer, whose tables would cost every annotating process about 8 MB for this list
# and the nouns' below.
REPORTING_FORMS = frozenset({f for w in REPORTING for f in _forms(w)} | IRREGULAR_FORMS)
# a cheap test of whether a sentence can have one at all, before paying for its parse
REPORTING_FORM = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_FORMS)) + r")\b", re.I)
SPEAKING_NOUNS = frozenset(
    """author official spokesman spokeswoman spokesperson expert analyst critic lawmaker
    senator president minister leader officer agency company government
    ministry department court judge lawyer attorney prosecutor police campaign group
    researcher scientist study report statement letter doctor teacher resident user
    source witness member party committee commission administration team coach player
    activist protester union board council""".split()  # noqa: SIM905
)


def _plurals(noun: str) -> set[str]:
    """ "agency" -> agencies, "spokesman" -> spokesmen, "witness" -> witnesses."""
    plurals = {noun + "s", noun + "es", noun[:-1] + "ies"}
    return plurals | ({noun[:-3] + "men"} if noun.endswith("man") else set())


SPEAKING_NOUN_FORMS = frozenset({f for w in SPEAKING_NOUNS for f in {w} | _plurals(w)})
MAX_VERBS_BETWEEN = 3  # verbs up from the fragment before the reporting one, at most
# parts of a subject that describe it rather than name it
ASIDES = frozenset(["appos", "relcl", "acl", "punct", "cc", "conj", "advmod", "parataxis"])


def may_report(text: str) -> bool:
    """Has ``text`` a word that may be a form of a reporting verb?"""
    return REPORTING_FORM.search(text) is not None


def fragment_speaker(sentence: str, start: int, end: int) -> tuple[str, int, str] | None:
    """(subject phrase, its offset in ``sentence``, reporting verb) for the quote at
    ``sentence[start:end]``, or None when it hangs from no reporting verb."""
    doc = load_model()(sentence, disable=["ner"])
    inside = [t for t in doc if start <= t.idx < end]
    # spaCy makes a new Token object on each access: compare positions, never identity
    roots = [t for t in inside if t.head.i == t.i or not start <= t.head.idx < end]
    if not roots:
        return None
    node, reporting, verbs = roots[0], None, 0
    while node.head.i != node.i:
        node = node.head
        if start <= node.idx < end or node.pos_ not in ("VERB", "AUX"):
            continue
        verbs += 1
        if reporting is None and node.lower_ in REPORTING_FORMS:
            reporting = node
        if reporting is None and verbs >= MAX_VERBS_BETWEEN:
            return None  # the fragment belongs to a clause of its own, not to speech
        if reporting is not None:
            subject = _subject_of(node)
            if subject is not None:
                subject = _name_in_apposition(subject) or subject
            if subject is not None and _can_speak(subject):
                return _phrase(subject), _phrase_start(subject), reporting.text
            if subject is not None:
                return None
    return None


def _name_in_apposition(subject: Any) -> Any | None:
    """ "chairman, CEO and president Craig Menear": a job whose appositive is a name is
    that person."""
    if subject.pos_ != "NOUN":
        return None
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return names[-1] if names else None


def _can_speak(subject: Any) -> bool:
    """A pronoun, a name, or a noun for people or bodies ("the observed volume" cannot
    say anything)."""
    if subject.pos_ in ("PRON", "PROPN"):
        return True
    return subject.lower_ in SPEAKING_NOUN_FORMS or subject.ent_type_ != ""


def _subject_of(verb: Any) -> Any | None:
    """The verb's subject; a verb joined to another ("asked about X and said") or an
    infinitive ("turned to Twitter to describe") shares that one's, and a passive's
    subject is its agent ("was called ... by Smith")."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in verb.children:
        if child.dep_ == "nsubj":  # not nsubjpass: "the plan was called ..." names no speaker
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        # "turned to Twitter to describe it as": the infinitive's subject is the main one
        return _subject_of(verb.head)
    return None


def _kept(token: Any) -> list[Any]:
    tokens = [token]
    for child in token.children:
        if child.dep_ not in ASIDES:
            tokens.extend(_kept(child))
    return tokens


def _phrase(subject: Any) -> str:
    """The subject without its asides: "Zippy Duvall" of "Zippy Duvall, the president
    of the farm bureau,"; "The authors of the research" stays whole."""
    tokens = sorted(_kept(subject), key=lambda t: t.i)
    doc = subject.doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _phrase_start(subject: Any) -> int:
    return min(t.idx for t in _kept(subject))
