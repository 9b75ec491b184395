"""Parties and their roles in one article, and sponsor conflicts.

Roles: author, quoted source, plaintiff, defendant, judge, court, sponsor, mentioned.
A conflict is a disclosed sponsor that is also a party anywhere else in the story
(a sponsor named only in its own disclosure line is no conflict).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .cases import Case
from .disclosures import Disclosure
from .entities import ORG, PERSON, PLACE, Entity, EntityIndex
from .quotes import Quote
from .text import acronym, looks_corporate, normalise


@dataclass
class Party:
    name: str
    kind: str | None
    roles: set[str] = field(default_factory=set)
    title: str | None = None
    affiliation: str | None = None
    mentions: int = 0
    quotes: int = 0
    entity_id: int | None = None


@dataclass
class Conflict:
    sponsor: str
    party: str
    roles: list[str]
    disclosure: int  # index into the article's disclosures


class PartyBook:
    """Collects parties by entity (or by name when the text has no entity for it)."""

    def __init__(self, index: EntityIndex, outside: list[tuple[int, int]]):
        self.index = index
        self.outside = outside  # spans (disclosure sentences) whose mentions do not count
        self.parties: dict[str, Party] = {}

    def add(self, name: str, role: str, kind: str | None = None) -> Party:
        entity = self.index.find(name)
        if entity is not None:
            party = self._for_entity(entity)
        else:
            key = "name:" + normalise(name)
            party = self.parties.setdefault(
                key, Party(name, kind or (ORG if looks_corporate(name) else None))
            )
        party.roles.add(role)
        if kind and not party.kind:
            party.kind = kind
        return party

    def _for_entity(self, entity: Entity) -> Party:
        key = f"entity:{entity.id}"
        if key not in self.parties:
            counted = [m for m in entity.mentions if not self._excluded(m.start)]
            self.parties[key] = Party(
                entity.name,
                entity.kind,
                set(),
                entity.title,
                entity.affiliation,
                len(counted),
                0,
                entity.id,
            )
        return self.parties[key]

    def _excluded(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.outside)

    def mentioned(self) -> None:
        for entity in self.index.entities:
            if entity.kind in (PERSON, ORG) and any(
                not self._excluded(m.start) for m in entity.mentions
            ):
                self._for_entity(entity).roles.add("mentioned")


def assign_roles(
    index: EntityIndex,
    quotes: list[Quote],
    cases: list[Case],
    disclosures: list[Disclosure],
    authors: list[str],
) -> PartyBook:
    book = PartyBook(index, [(d.start, d.end) for d in disclosures])
    book.mentioned()
    for quote in quotes:
        if quote.entity is not None:
            party = book._for_entity(quote.entity)
            party.roles.add("quoted source")
            party.quotes += 1
    for case in cases:
        if case.plaintiff:
            book.add(case.plaintiff, "plaintiff")
        if case.defendant:
            book.add(case.defendant, "defendant")
        if case.judge:
            book.add(case.judge, "judge", PERSON)
        if case.court:
            book.add(case.court, "court", ORG)
    for author in authors:
        book.add(author, "author", PERSON)
    for disclosure in disclosures:
        for sponsor in disclosure.sponsors:
            book.add(sponsor, "sponsor")
    for party in book.parties.values():
        if "sponsor" in party.roles and party.mentions > 0:
            party.roles.add("mentioned")  # named in the story beyond its disclosure line
        if party.kind == PLACE and party.roles == {"mentioned"}:
            party.roles.discard("mentioned")
        if party.roles - {"mentioned", "sponsor"}:
            party.roles.discard("mentioned")  # a stronger role says more
    return book


def sponsor_matches(sponsor: str, party: str) -> bool:
    """Amazon matches Amazon Web Services; AWS matches Amazon Web Services."""
    s_key, p_key = normalise(sponsor), normalise(party)
    if not s_key or not p_key:
        return False
    if s_key == p_key or p_key.startswith(s_key + " ") or s_key.startswith(p_key + " "):
        return True
    return acronym(party).lower() == s_key or acronym(sponsor).lower() == p_key


def find_conflicts(book: PartyBook, disclosures: list[Disclosure]) -> list[Conflict]:
    conflicts = []
    for number, disclosure in enumerate(disclosures):
        for sponsor in disclosure.sponsors:
            for party in book.parties.values():
                roles = sorted(party.roles - {"sponsor"})
                if not roles:
                    continue  # named only in the disclosure itself
                if sponsor_matches(sponsor, party.name):
                    conflicts.append(Conflict(sponsor, party.name, roles, number))
    return conflicts
