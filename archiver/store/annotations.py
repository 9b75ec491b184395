"""Annotations of an article: quotes, parties and roles, cases, disclosures, conflicts.

An article's annotations are replaced as a whole, in one transaction, so a re-run
(``archiver annotate --all`` after the annotators improve) never leaves a mix.
"""

from __future__ import annotations

import json

import sqlite_utils

from ..annotate import Annotations
from ..annotate.parties import sponsor_matches
from ..annotate.text import normalise
from . import insert_row, insert_rows

ANNOTATION_TABLES = ("quotes", "article_parties", "cases", "disclosure_sponsors", "disclosures")


def party_id(db: sqlite_utils.Database, name: str, kind: str | None) -> int:
    """One party per canonical name across the archive (case, punctuation and a leading
    article ignored), so "Amazon Web Services" in two stories is one row."""
    key = normalise(name)
    kind = kind or "unknown"
    row = db.execute("select id from parties where key = ? and kind = ?", [key, kind]).fetchone()
    if row:
        return int(row[0])
    return insert_row(db, "parties", {"name": name, "kind": kind, "key": key})


def clear_annotations(db: sqlite_utils.Database, article_id: int) -> None:
    for table in ANNOTATION_TABLES:
        db.execute(f"delete from [{table}] where article_id = ?", [article_id])


def save_annotations(db: sqlite_utils.Database, article_id: int, ann: Annotations) -> None:
    with db.atomic():
        clear_annotations(db, article_id)
        ids = {}
        rows = []
        for party in ann.parties:
            pid = party_id(db, party.name, party.kind)
            ids[party.name] = pid
            rows += [
                {
                    "article_id": article_id,
                    "party_id": pid,
                    "role": role,
                    "name_in_article": party.name,
                    "title": party.title,
                    "affiliation": party.affiliation,
                    "mentions": party.mentions,
                    "quotes": party.quotes,
                    "annotator_version": ann.version,
                }
                for role in sorted(party.roles)
            ]
        # one statement for all roles; two names of one party may share a role
        insert_rows(db, "article_parties", rows, replace=True)
        _save_quotes(db, article_id, ann, ids)
        _save_cases(db, article_id, ann)
        _save_disclosures(db, article_id, ann, ids)
        db.execute(
            "update articles set annotator_version = ? where id = ?", [ann.version, article_id]
        )


def _save_quotes(
    db: sqlite_utils.Database, article_id: int, ann: Annotations, ids: dict[str, int]
) -> None:
    rows = [
        {
            "article_id": article_id,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "speaker": q.speaker,
            "speaker_type": q.speaker_type,
            "party_id": ids.get(q.entity.name) if q.entity is not None else None,
            "cue": q.cue,
            "partial": int(q.partial),
            "annotator_version": ann.version,
        }
        for q in ann.quotes
    ]
    insert_rows(db, "quotes", rows)


def _save_cases(db: sqlite_utils.Database, article_id: int, ann: Annotations) -> None:
    rows = [
        {
            "article_id": article_id,
            "caption": c.caption,
            "plaintiff": c.plaintiff,
            "defendant": c.defendant,
            "court": c.court,
            "judge": c.judge,
            "annotator_version": ann.version,
        }
        for c in ann.cases
    ]
    insert_rows(db, "cases", rows)


def _save_disclosures(
    db: sqlite_utils.Database, article_id: int, ann: Annotations, ids: dict[str, int]
) -> None:
    for number, disclosure in enumerate(ann.disclosures):
        disclosure_id = insert_row(
            db,
            "disclosures",
            {
                "article_id": article_id,
                "start": disclosure.start,
                "end": disclosure.end,
                "text": disclosure.text,
                "outlet": disclosure.outlet,
                "relation": disclosure.relation,
                "sponsors": json.dumps(disclosure.sponsors),
                "annotator_version": ann.version,
            },
        )
        for sponsor in disclosure.sponsors:
            conflicts = [
                c for c in ann.conflicts if c.disclosure == number and c.sponsor == sponsor
            ]
            party = conflicts[0].party if conflicts else None
            sponsor_party = next(
                (
                    p
                    for p in ann.parties
                    if "sponsor" in p.roles and sponsor_matches(sponsor, p.name)
                ),
                None,
            )
            insert_row(
                db,
                "disclosure_sponsors",
                {
                    "disclosure_id": disclosure_id,
                    "article_id": article_id,
                    "sponsor": sponsor,
                    "party_id": ids.get(party)
                    if party
                    else (ids.get(sponsor_party.name) if sponsor_party else None),
                    "conflict_roles": json.dumps(sorted({r for c in conflicts for r in c.roles}))
                    if conflicts
                    else None,
                },
                replace=True,
            )
