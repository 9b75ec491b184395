"""Serving latency through Datasette on a large synthetic archive.

Builds an archive of N synthetic articles (default 100,000) in a temporary SQLite file
through the project's own schema (``archiver.open_db`` runs the migrations), with one
capture, one or two versions and a fetch_log row per article; when the schema has the
annotation tables, also parties, article_parties and quotes (with their FTS index).
Then it snapshots it exactly as ``archiver serve`` does (``make_snapshot``,
``build_datasette``) and times requests through ``Datasette(...).client`` in process
(the full ASGI stack: routing, permissions, plugins, templates, SQL in Datasette's
thread pool), one request at a time:

- ranked search: ``/-/archiver/search?q=...`` (bm25, highlighted title and snippet),
  queries drawn from the synthetic vocabulary in equal shares: a word found in most
  articles, a mid-frequency word, a rare word, two words, a two-word phrase, a
  six-letter prefix, a frequent word with a site filter, a word with a date range;
- quote search: the same mix with ``kind=quotes`` (when the quote index exists);
- article page: ``/-/archiver/article/<id>`` with ``?q=`` for half of them (hits marked);
- party page: ``/-/archiver/party/<id>`` (when the annotation tables exist), parties
  drawn with the same skew as their mentions, so the busiest ones are timed too.

Each kind gets an untimed warm-up, then ``--requests`` timed requests (time.perf_counter
around the whole request). Reports p50, p95, p99 and max in milliseconds.

    .venv/bin/python benchmarks/serve.py --articles 100000 --report benchmarks/reports/serve.md
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote_plus

import datasette

from archiver import Settings, open_db
from archiver.publish import build_datasette, make_snapshot

SITES = [f"station{n:02d}.example" for n in range(40)] + [
    f"paper{n:02d}.example" for n in range(10)
]
WIRES = ["PRN", "Metro Wire", "Capitol News Service", "Associated Newswire"]
ERRORS: list[str] = []
TARGETS_MS = {"search": 100.0, "quote search": 100.0, "article": 50.0, "party": 200.0}


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = ["ba", "ko", "ri", "ten", "mar", "lo", "vis", "del", "un", "tra", "po", "sen"]
    seen: set[str] = set()
    while len(seen) < size:
        seen.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(seen)


class Words:
    """Zipf-distributed words: a few very common, a long tail of rare ones."""

    def __init__(self, rng: random.Random, words: list[str]) -> None:
        self.rng = rng
        self.words = words
        weights = [1.0 / (rank + 1) for rank in range(len(words))]
        total = sum(weights)
        self.cumulative = list(_accumulate(w / total for w in weights))

    def take(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=n)


def _accumulate(values: Iterator[float]) -> Iterator[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


def sentence(words: Words, n: int) -> str:
    text = " ".join(words.take(n))
    return text[0].upper() + text[1:] + "."


def build(db_path: Path, n: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    words = Words(rng, vocab)
    open_db(db_path)  # the project's schema, through its migrations
    conn = sqlite3.connect(db_path)
    conn.execute("pragma journal_mode=wal")
    conn.execute("pragma synchronous=off")
    tables = {row[0] for row in conn.execute("select name from sqlite_master")}
    annotated = {"quotes", "parties", "article_parties"} <= tables
    party_count = 5000
    party_names = [
        f"{a.title()} {b.title()}"
        for a, b in zip(rng.sample(vocab, party_count), rng.sample(vocab, party_count), strict=True)
    ]
    party_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(party_count)]
    start_day = datetime(2024, 1, 1, tzinfo=UTC)
    started = time.perf_counter()
    counts = {"articles": 0, "quotes": 0, "article_parties": 0, "captures": 0, "versions": 0}
    if annotated:
        party_cols = {row[1] for row in conn.execute("pragma table_info(parties)")}
        rows = [
            {
                "id": i + 1,
                "name": name,
                "kind": "person" if i % 3 else "organization",
                "key": name.lower(),
            }
            for i, name in enumerate(party_names)
        ]
        keys = [c for c in ("id", "name", "kind", "key") if c in party_cols]
        conn.executemany(
            f"insert into parties ({', '.join(keys)}) values ({', '.join('?' * len(keys))})",
            [[r[k] for k in keys] for r in rows],
        )
    batch: list[tuple] = []
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    for i in range(1, n + 1):
        site = rng.choice(SITES)
        outlet = site.split(".")[0].title()
        wire = rng.choice(WIRES) if rng.random() < 0.2 else None
        published = start_day + timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        title = sentence(words, rng.randint(6, 12))[:-1]
        paragraphs = [
            " ".join(sentence(words, rng.randint(8, 20)) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(4, 9))
        ]
        text = "\n\n".join(paragraphs)
        url = f"https://{site}/{published:%Y/%m/%d}/story-{i}.html"
        body = zlib.compress(f"<html><body><h1>{title}</h1><p>{text}</p></body></html>".encode())
        batch.append((i, url, site, outlet, outlet, wire, title, published, text, body))
        if len(batch) == 2000 or i == n:
            counts.update(_insert(conn, batch, rng, now, annotated, party_weights, counts))
            batch = []
    conn.commit()
    conn.execute("insert into articles_fts(articles_fts) values ('optimize')")
    if annotated:
        conn.execute("insert into quotes_fts(quotes_fts) values ('optimize')")
    conn.commit()
    conn.close()
    return {
        "vocab": vocab,
        "annotated": annotated,
        "seconds": time.perf_counter() - started,
        "counts": counts,
        "parties": party_count if annotated else 0,
        "party_weights": party_weights,
    }


def rebuilt(db_path: Path, seed: int) -> dict[str, object]:
    """What ``build`` returned, for an archive it made earlier with the same seed."""
    vocab = vocabulary(random.Random(seed))  # build's first use of its generator
    conn = sqlite3.connect(db_path)
    names = {row[0] for row in conn.execute("select name from sqlite_master")}
    annotated = {"quotes", "parties", "article_parties"} <= names

    def count(table: str) -> int:
        return (
            conn.execute(f"select count(*) from [{table}]").fetchone()[0] if table in names else 0
        )

    counts = {
        "articles": count("articles"),
        "quotes": count("quotes"),
        "article_parties": count("article_parties"),
        "captures": count("captures"),
        "versions": count("article_versions"),
    }
    parties = count("parties")
    return {
        "vocab": vocab,
        "annotated": annotated,
        "seconds": float("nan"),
        "counts": counts,
        "parties": parties,
        "party_weights": [1.0 / (rank + 1) ** 0.8 for rank in range(parties)],
    }


def _insert(conn, batch, rng, now, annotated, party_weights, counts) -> dict[str, int]:
    for i, url, site, outlet, publisher, wire, title, published, text, body in batch:
        stamp = published.isoformat()
        conn.execute(
            "insert into captures (id, url, final_url, fetched_at, status, content_type,"
            " encoding, body, size, sha256, source) values (?,?,?,?,?,?,?,?,?,?,?)",
            (i, url, url, stamp, 200, "text/html", "utf-8", body, len(body), f"{i:064x}", "fetch"),
        )
        versions = 2 if rng.random() < 0.1 else 1
        conn.execute(
            "insert into articles (id, url, canonical_url, site, site_name, publisher,"
            " original_publisher, title, authors, published, language, text, word_count,"
            " content_hash, version_count, first_seen, last_seen, last_changed, capture_id)"
            " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                i,
                url,
                url,
                site,
                outlet,
                publisher,
                wire,
                title,
                json.dumps([f"Reporter {i % 700}"]),
                stamp,
                "en",
                text,
                len(text.split()),
                f"{i:x}",
                versions,
                now,
                now,
                now,
                i,
            ),
        )
        for version in range(1, versions + 1):
            diff = None if version == 1 else "@@ -1 +1 @@\n-old paragraph\n+" + text[:200]
            conn.execute(
                "insert into article_versions (article_id, version, content_hash, title, text,"
                " word_count, extracted_at, capture_id, removed, diff)"
                " values (?,?,?,?,?,?,?,?,?,?)",
                (
                    i,
                    version,
                    f"{i:x}-{version}",
                    title,
                    text,
                    len(text.split()),
                    now,
                    i,
                    "[]",
                    diff,
                ),
            )
            counts["versions"] += 1
        conn.execute(
            "insert into fetch_log (at, url, outcome, status, capture_id, article_id, source)"
            " values (?,?,?,?,?,?,?)",
            (now, url, "new", 200, i, i, site.split(".")[0]),
        )
        counts["articles"] += 1
        counts["captures"] += 1
        if not annotated:
            continue
        parties = set(rng.choices(range(1, len(party_weights) + 1), weights=party_weights, k=4))
        for pid in parties:
            conn.execute(
                "insert into article_parties (article_id, party_id, role, mentions,"
                " annotator_version) values (?,?,?,?,?)",
                (
                    i,
                    pid,
                    rng.choice(["subject", "plaintiff", "defendant", "official", "source"]),
                    rng.randint(1, 9),
                    "bench",
                ),
            )
            counts["article_parties"] += 1
        for pid in list(parties)[:3]:
            start = rng.randint(0, max(0, len(text) - 120))
            quote = text[start : start + 100]
            conn.execute(
                'insert into quotes (article_id, "start", "end", text, speaker, party_id, cue,'
                " partial, annotator_version) values (?,?,?,?,?,?,?,?,?)",
                (i, start, start + len(quote), quote, f"Speaker {pid}", pid, "said", 0, "bench"),
            )
            counts["quotes"] += 1
    conn.commit()
    return counts


FORMS = [
    "frequent word",
    "mid-frequency word",
    "rare word",
    "two words",
    "two-word phrase",
    "six-letter prefix",
    "frequent word + site",
    "word + date range",
]


def queries(vocab: list[str], rng: random.Random, n: int, kind: str = "") -> list[str]:
    """Search URLs in a fixed mix of forms; words ranked by their Zipf frequency."""
    common, middle, rare = vocab[:50], vocab[200:1500], vocab[3000:]

    def month() -> str:
        return f"since=2024-{rng.randint(1, 12):02d}-01&until=2024-{rng.randint(1, 12):02d}-28"

    forms = [
        lambda: (rng.choice(common), ""),  # a word in most articles (a stopword, in effect)
        lambda: (rng.choice(middle), ""),
        lambda: (rng.choice(rare), ""),
        lambda: (f"{rng.choice(middle)} {rng.choice(middle)}", ""),  # both words
        lambda: (f'"{rng.choice(middle)} {rng.choice(middle)}"', ""),  # a phrase
        # a prefix: six letters match a handful of words here (4 on average, 8 at most), as
        # "elect*" does in English; five letters match 24 on average (see the report)
        lambda: (rng.choice([w for w in middle if len(w) >= 8])[:6] + "*", ""),
        lambda: (rng.choice(common), f"site={rng.choice(SITES)}"),
        lambda: (rng.choice(middle), month()),
    ]
    out = []
    for k in range(n):
        q, extra = forms[k % len(forms)]()
        url = f"/-/archiver/search?q={quote_plus(q)}" + (f"&{extra}" if extra else "")
        out.append(url + ("&kind=quotes" if kind else ""))
    return out


async def timed(ds, paths: list[str], warmup: int = 10) -> list[float]:
    for path in paths[:warmup]:
        await ds.client.get(path)
    times = []
    for path in paths:
        started = time.perf_counter()
        response = await ds.client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:  # a query over the time limit: counted, reported
            ERRORS.append(f"{path}: HTTP {response.status_code}")
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)

    def pct(p: float) -> float:
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    return {
        "n": len(ordered),
        "p50": pct(50),
        "p95": pct(95),
        "p99": pct(99),
        "max": ordered[-1],
        "mean": statistics.fmean(ordered),
    }


def by_form(times: list[float]) -> dict[str, float]:
    """p95 per query form (queries() cycles through FORMS in order)."""
    return {name: summary(times[k :: len(FORMS)])["p95"] for k, name in enumerate(FORMS)}


def report(args, built, results, snapshot_seconds, db_size, forms) -> str:
    lines = [
        "# Serving benchmark",
        "",
        f"Command: `.venv/bin/python benchmarks/serve.py --articles {args.articles}"
        f" --requests {args.requests} --seed {args.seed} --report {args.report}`"
        + (" (timing an earlier `--keep` run's archive: `--reuse`)" if args.reuse else ""),
        "",
        f"- Machine: {os.cpu_count()} cores, {platform.machine()}, Python"
        f" {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
        f" Datasette {datasette.__version__}",
        f"- Archive: {built['counts']['articles']:,} articles,"
        f" {built['counts']['versions']:,} versions, {built['counts']['captures']:,} captures,"
        + (
            f" {built['counts']['quotes']:,} quotes, {built['counts']['article_parties']:,}"
            f" article-party rows over {built['parties']:,} parties"
            if built["annotated"]
            else " no annotation tables in this schema (quotes and party page not timed)"
        )
        + f"; {db_size / 1e6:,.0f} MB; "
        + (
            f"built in {built['seconds']:.0f} s,"
            if built["seconds"] == built["seconds"]
            else "built by an earlier run of this script (same seed, --keep),"
        )
        + f" snapshot (VACUUM INTO + indexes) {snapshot_seconds:.1f} s",
        "- Through `Datasette(...).client` in process, one request at a time, after a"
        " 10-request warm-up; milliseconds per whole request.",
        "",
        "| page | requests | p50 | p95 | p99 | max | target p95 | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind, stats in results.items():
        target = TARGETS_MS[kind]
        lines.append(
            f"| {kind} | {stats['n']} | {stats['p50']:.1f} | {stats['p95']:.1f} |"
            f" {stats['p99']:.1f} | {stats['max']:.1f} | < {target:.0f} |"
            f" {'yes' if stats['p95'] < target else 'NO'} |"
        )
    lines += ["", f"Requests that failed (over the SQL time limit): {len(ERRORS)}"]
    lines += [f"- `{e}`" for e in ERRORS[:10]]
    lines += [
        "",
        "p95 by query form (ms):",
        "",
        "| form | " + " | ".join(forms) + " |",
        "|---|" + "---|" * len(forms),
    ]
    for name in FORMS:
        lines.append(f"| {name} | " + " | ".join(f"{forms[k][name]:.1f}" for k in forms) + " |")
    return "\n".join(lines) + "\n"


async def measure(ds, built, args) -> tuple[dict, dict]:
    rng = random.Random(args.seed + 1)
    results: dict[str, dict[str, float]] = {}
    forms: dict[str, dict[str, float]] = {}
    times = await timed(ds, queries(built["vocab"], rng, args.requests))
    results["search"], forms["search"] = summary(times), by_form(times)
    if built["annotated"]:
        times = await timed(ds, queries(built["vocab"], rng, args.requests, kind="quotes"))
        results["quote search"], forms["quote search"] = summary(times), by_form(times)
    words = built["vocab"][:300]
    articles = [
        f"/-/archiver/article/{rng.randint(1, args.articles)}"
        + (f"?q={rng.choice(words)}" if k % 2 else "")
        for k in range(args.requests)
    ]
    results["article"] = summary(await timed(ds, articles))
    if built["annotated"]:
        ids = rng.choices(
            range(1, built["parties"] + 1), weights=built["party_weights"], k=args.requests
        )
        results["party"] = summary(await timed(ds, [f"/-/archiver/party/{i}" for i in ids]))
    return results, forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--report", type=Path, default=None, help="write the Markdown here")
    parser.add_argument("--keep", type=Path, default=None, help="build the archive here")
    parser.add_argument(
        "--reuse", type=Path, default=None, help="time an archive built before with --keep"
    )
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="archiver-serve-bench-"))
    db_path = args.reuse or args.keep or workdir / "archive.db"
    if args.reuse:
        built = rebuilt(db_path, args.seed)
        args.articles = built["counts"]["articles"]
    elif db_path.exists():
        raise SystemExit(f"{db_path} exists; give a new path")
    else:
        print(f"building {args.articles:,} articles in {db_path} ...", file=sys.stderr)
        built = build(db_path, args.articles, args.seed)
    print(f"built in {built['seconds']:.0f} s: {built['counts']}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    snapshot = make_snapshot(db_path)
    snapshot_seconds = time.perf_counter() - started
    ds = build_datasette(Settings(db_path=db_path), snapshot)
    results, forms = asyncio.run(measure(ds, built, args))
    text = report(args, built, results, snapshot_seconds, snapshot.stat().st_size, forms)
    print(text)
    if args.report:
        args.report.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
