"""Annotation stage: who is quoted, who the parties are, and who pays the outlet.

``annotate(text_or_article)`` runs the annotators in order on the clean text:

    entities.py     people and organisations, typed (rules, then spaCy NER where needed)
    quotes.py       direct and partial quotes and the cues that attribute them, using
      speakers.py   what can name a speaker, and the subject of a clause
      resolve.py    speaker phrases to parties: names, pronouns, descriptions
      syntax.py     a dependency parse for quotes no pattern attributes
    cases.py        case captions, lawsuit sentences, judges and courts
    disclosures.py  sponsor, funding and ownership disclosures
    parties.py      roles per party, and conflicts: a disclosed sponsor that is a party

Every annotation carries character offsets into the text and ``VERSION``, so stored
annotations can be recomputed when the annotators improve (``archiver annotate --all``).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..models import Article
from .cases import Case, find_cases
from .disclosures import Disclosure, find_disclosures
from .entities import build_index
from .parties import Conflict, Party, assign_roles, find_conflicts
from .quotes import Quote, extract_quotes
from .text import without_link_lines

RELEASE = "2026.11.29"


def source_digest(folder: Path = Path(__file__).parent) -> str:
    """The annotators' own code, hashed. Any change to it is a new version, so
    ``archiver annotate`` recomputes what older code stored without anyone having to
    remember to bump ``RELEASE`` (it stayed "2026.11.2" through many changes)."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


VERSION = f"{RELEASE}+{source_digest()}"


@dataclass
class Annotations:
    quotes: list[Quote] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    disclosures: list[Disclosure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    version: str = VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "start": q.start,
                    "end": q.end,
                    "partial": q.partial,
                    "cue": q.cue,
                    "speaker_type": q.speaker_type,
                }
                for q in self.quotes
            ],
            "parties": [
                {
                    "name": p.name,
                    "kind": p.kind,
                    "roles": sorted(p.roles),
                    "title": p.title,
                    "affiliation": p.affiliation,
                    "mentions": p.mentions,
                    "quotes": p.quotes,
                }
                for p in self.parties
            ],
            "cases": [asdict(c) for c in self.cases],
            "disclosures": [asdict(d) for d in self.disclosures],
            "conflicts": [asdict(c) for c in self.conflicts],
        }


def annotate(text_or_article: str | Article, *, use_ner: bool = True) -> Annotations:
    """Quotes, parties with roles, cases, disclosures and conflicts of an article or text."""
    if isinstance(text_or_article, Article):
        article = text_or_article
        text, authors = article.text, article.authors
        own = [n for n in (article.publisher, article.site_name, article.original_publisher) if n]
    else:
        text, authors, own = text_or_article, [], []
    text = without_link_lines(text)
    index = build_index(text, use_ner=use_ner)
    quotes = extract_quotes(text, index)
    cases = find_cases(text)
    disclosures = find_disclosures(text, own)
    book = assign_roles(index, quotes, cases, disclosures, authors)
    parties = [p for p in book.parties.values() if p.roles]
    conflicts = find_conflicts(book, disclosures)
    return Annotations(quotes, parties, cases, disclosures, conflicts)


__all__ = ["VERSION", "Annotations", "annotate"]
