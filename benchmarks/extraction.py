"""Article body extraction benchmark: archiver vs trafilatura.

Scores each system's plain-text output against the human-made gold article
bodies of the article-extraction-benchmark dataset with a 4-word shingle
precision/recall metric, and measures single-core extraction speed. The same
run scores per-field metadata on the hand-made set in benchmarks/data/metadata.

Usage (from the repository root):

    python benchmarks/extraction.py \
        --dataset ../shared/datasets/article-extraction-benchmark \
        [--limit N] [--systems archiver,trafilatura] \
        [--report benchmarks/reports/extraction.md] [--worst 10] [--dump DIR] \
        [--metadata benchmarks/data/metadata | --no-metadata]

Metric: texts are split into ``\\w+`` tokens (Unicode, case kept) and turned
into overlapping 4-token shingles (a text with 1-3 tokens gives one shingle of
all its tokens, an empty text none). Per page, prediction and gold shingles
are compared as multisets: precision = |pred & gold| / |pred|,
recall = |pred & gold| / |gold|. Precision is averaged over pages with a
non-empty prediction, recall over pages with a non-empty gold text (an empty
prediction counts as recall 0); F1 is the harmonic mean of the two averages.

Timing: all HTML is loaded into memory first. For each system (trafilatura
first, then archiver) one untimed warm-up pass runs over the first
WARMUP_PAGES pages, then one timed pass over all pages. Only the extraction
call is timed (time.perf_counter), in a single process on a single core.
A failing call counts as an empty output and its error message is recorded.

Metadata: per page of the metadata set, archiver.extract(html, url=truth url)
is scored on title, authors, published, updated, publisher and
original_publisher, and trafilatura.bare_extraction(..., with_metadata=True)
on the fields it has (title; author split on ';' and ',' -> authors; date ->
published, compared as a date only; sitename -> publisher). Field comparison
follows the set's README exactly; a failing call gives no value for every field.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import platform
import re
import shlex
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

SHINGLE_SIZE = 4
WARMUP_PAGES = 10
HINT_SNIPPET_CHARS = 60
ERROR_SNIPPET_CHARS = 120
MOSTLY_UNMATCHED = 0.5
WEAK_SCORE = 0.8
ALL_SYSTEMS = ("trafilatura", "archiver")  # run order
REFERENCE_SYSTEM = "trafilatura"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REPORT = Path("benchmarks/reports/extraction.md")

TOKEN_RE = re.compile(r"\w+")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…。])\s+|\n+")

Extractor = Callable[[str, str | None], str]
Shingle = tuple[str, ...]


# --------------------------------------------------------------------------
# Metric
# --------------------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    """Split text into Unicode ``\\w+`` word tokens, case kept."""
    return TOKEN_RE.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Multiset of overlapping ``size``-token shingles of ``text``."""
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """Per-page scores; None where the metric is undefined (empty side)."""

    precision: float | None
    recall: float | None

    @property
    def f1(self) -> float:
        """Per-page F1 = 2PR/(P+R); an undefined side counts as 0."""
        p = self.precision or 0.0
        r = self.recall or 0.0
        return 2 * p * r / (p + r) if p + r > 0 else 0.0


@dataclass(frozen=True)
class Aggregate:
    precision: float
    recall: float
    f1: float


def page_scores(pred: str, gold: str) -> PageScore:
    """Shingle multiset precision and recall of one page."""
    pred_sh = shingles(pred)
    gold_sh = shingles(gold)
    common = sum((pred_sh & gold_sh).values())
    n_pred = sum(pred_sh.values())
    n_gold = sum(gold_sh.values())
    precision = common / n_pred if n_pred else None
    recall = common / n_gold if n_gold else None
    return PageScore(precision=precision, recall=recall)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def aggregate(scores: Iterable[PageScore]) -> Aggregate:
    """Average precision over non-empty predictions, recall over non-empty gold."""
    scores = list(scores)
    precision = _mean([s.precision for s in scores if s.precision is not None])
    recall = _mean([s.recall for s in scores if s.recall is not None])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Aggregate(precision=precision, recall=recall, f1=f1)


# --------------------------------------------------------------------------
# Dataset
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: str
    url: str | None
    gold: str
    html: str


def load_pages(dataset: Path, limit: int | None) -> list[Page]:
    """Load gold texts and all page HTML into memory, ordered by id."""
    ground_truth = json.loads((dataset / "ground-truth.json").read_text("utf-8"))
    ids = sorted(ground_truth)
    if limit is not None:
        ids = ids[:limit]
    pages = []
    for page_id in ids:
        entry = ground_truth[page_id]
        path = dataset / "html" / f"{page_id}.html.gz"
        with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
            html = fh.read()
        pages.append(
            Page(
                id=page_id,
                url=entry.get("url") or None,
                gold=entry.get("articleBody") or "",
                html=html,
            )
        )
    return pages


# --------------------------------------------------------------------------
# Systems
# --------------------------------------------------------------------------


def _failing_extractor(message: str) -> Extractor:
    def extract(html: str, url: str | None) -> str:
        raise RuntimeError(message)

    return extract


def make_trafilatura() -> Extractor:
    try:
        trafilatura = importlib.import_module("trafilatura")
    except Exception as exc:  # reported, system scored as empty
        return _import_failed("trafilatura", exc)

    # Defaults except comments: reader comments are never part of the gold article body,
    # and the published trafilatura baseline for this benchmark excludes them too.
    def extract(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url, include_comments=False) or ""

    return extract


def _import_archiver() -> ModuleType:
    try:
        return importlib.import_module("archiver")
    except ImportError:
        # Not installed: fall back to a source checkout (./archiver or ./src).
        for root in (REPO_ROOT, REPO_ROOT / "src"):
            if (root / "archiver").is_dir() and str(root) not in sys.path:
                sys.path.insert(0, str(root))
        return importlib.import_module("archiver")


def make_archiver() -> Extractor:
    try:
        archiver = _import_archiver()
    except Exception as exc:  # reported, system scored as empty
        return _import_failed("archiver", exc)
    if not callable(getattr(archiver, "extract", None)):
        where = getattr(archiver, "__file__", None) or list(getattr(archiver, "__path__", []))
        error = AttributeError(f"module 'archiver' ({where}) has no extract() function")
        return _import_failed("archiver", error)

    def extract(html: str, url: str | None) -> str:
        return archiver.extract(html, url=url).text or ""

    return extract


def _import_failed(name: str, exc: BaseException) -> Extractor:
    message = f"cannot import {name}: {type(exc).__name__}: {exc}"
    print(f"ERROR: {message} (every page scored as empty output)", file=sys.stderr)
    return _failing_extractor(message)


SYSTEM_FACTORIES: dict[str, Callable[[], Extractor]] = {
    "trafilatura": make_trafilatura,
    "archiver": make_archiver,
}


@dataclass
class SystemRun:
    name: str
    outputs: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    scores: dict[str, PageScore] = field(default_factory=dict)

    @property
    def pages_per_second(self) -> float | None:
        """None when every call failed: there is no meaningful speed then."""
        if self.seconds <= 0 or len(self.errors) == len(self.outputs):
            return None
        return len(self.outputs) / self.seconds


def _call(extract: Extractor, page: Page) -> tuple[str, str | None, float]:
    """Run one extraction; return (output, error message or None, seconds)."""
    start = time.perf_counter()
    try:
        output = extract(page.html, page.url)
        error = None
    except Exception as exc:  # a failure counts as empty output
        output = ""
        error = f"{type(exc).__name__}: {exc}"
    elapsed = time.perf_counter() - start
    return output, error, elapsed


def run_system(name: str, extract: Extractor, pages: Sequence[Page]) -> SystemRun:
    """Untimed warm-up over the first pages, then one timed pass over all."""
    for page in pages[:WARMUP_PAGES]:
        _call(extract, page)
    run = SystemRun(name=name)
    for page in pages:
        output, error, elapsed = _call(extract, page)
        run.seconds += elapsed
        run.outputs[page.id] = output
        if error is not None:
            run.errors[page.id] = error
        run.scores[page.id] = page_scores(output, page.gold)
    return run


# --------------------------------------------------------------------------
# Diagnostics
# --------------------------------------------------------------------------


def _snippet(text: str, limit: int = HINT_SNIPPET_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mostly_unmatched(fragment: str, other: Counter[Shingle], other_text: str) -> bool:
    """True if most of the fragment's shingles do not occur in the other text."""
    tokens = tokenize(fragment)
    if not tokens:
        return False
    if len(tokens) < SHINGLE_SIZE:
        # A short fragment never matches a full shingle; look for its tokens
        # as a contiguous run in the other text instead.
        return f" {' '.join(tokens)} " not in f" {' '.join(tokenize(other_text))} "
    frag_sh = shingles(fragment)
    missing = sum(n for sh, n in frag_sh.items() if sh not in other)
    return missing / sum(frag_sh.values()) > MOSTLY_UNMATCHED


def _first_unmatched(
    fragments: Iterable[str], other: Counter[Shingle], other_text: str
) -> str | None:
    for fragment in fragments:
        if _mostly_unmatched(fragment, other, other_text):
            return fragment
    return None


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_SPLIT_RE.split(text) if s.strip()]


def recall_hint(pred: str, gold: str) -> str:
    missing = sum((shingles(gold) - shingles(pred)).values())
    hint = f"low recall: missing {missing} gold shingles"
    sentence = _first_unmatched(_sentences(gold), shingles(pred), pred)
    if sentence is not None:
        hint += f"; first missing gold sentence: '{_snippet(sentence)}'"
    else:
        hint += " (no single missing sentence; scattered words or duplicates?)"
    return hint


def precision_hint(pred: str, gold: str) -> str:
    extra = sum((shingles(pred) - shingles(gold)).values())
    hint = f"low precision: {extra} extra shingles"
    lines = [line for line in pred.splitlines() if line.strip()]
    line = _first_unmatched(lines, shingles(gold), gold)
    if line is not None:
        hint += f"; first leaked line: '{_snippet(line)}'"
    else:
        hint += " (no single leaked line; repeated or merged text?)"
    return hint


def diagnose(page: Page, run: SystemRun) -> str:
    """Human-readable guess at why a page scored badly."""
    pred = run.outputs[page.id]
    score = run.scores[page.id]
    error = run.errors.get(page.id)
    if score.precision is None:
        return (
            f"empty output (error: {_snippet(error, ERROR_SNIPPET_CHARS)})"
            if error
            else "empty output"
        )
    p, r = score.precision, score.recall or 0.0
    hints = [recall_hint(pred, page.gold), precision_hint(pred, page.gold)]
    if r > p:
        hints.reverse()
    # Weaker side first; mention the other side too only if it is also weak.
    return "; ".join(hints) if max(p, r) < WEAK_SCORE else hints[0]


# --------------------------------------------------------------------------
# Metadata (per-field scoring on the hand-made set)
# --------------------------------------------------------------------------

METADATA_FIELDS = (
    "title",
    "authors",
    "published",
    "updated",
    "publisher",
    "original_publisher",
)
TRAFILATURA_FIELDS = ("title", "authors", "published", "publisher")
DEFAULT_METADATA = Path("benchmarks/data/metadata")
VALUE_SNIPPET_CHARS = 90
NO_VALUE = "(none)"
DATE_ONLY_ROW = "published (date only)"
TRAFILATURA_AUTHOR_SPLIT_RE = re.compile(r"[;,]")

FieldValue = str | list[str] | datetime | None
MetadataGetter = Callable[[str, str], dict[str, FieldValue]]


@dataclass(frozen=True)
class MetaPage:
    name: str  # file name, e.g. "metro-01.html"
    template: str
    url: str
    html: str
    truth: dict[str, Any]


def load_metadata_pages(directory: Path) -> list[MetaPage]:
    """Load truth.json and the page HTML of the metadata set, ordered by file name."""
    truth = json.loads((directory / "truth.json").read_text("utf-8"))
    return [
        MetaPage(
            name=name,
            template=record["template"],
            url=record["url"],
            html=(directory / "pages" / name).read_text("utf-8"),
            truth=record,
        )
        for name, record in sorted(truth.items())
    ]


# -- field comparison (conventions of benchmarks/data/metadata/README.md) --


def _normal(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, ends stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _folded(text: str | None) -> str | None:
    return None if text is None else _normal(text).casefold()


def title_matches(expected: str | None, got: FieldValue) -> bool:
    if expected is None or not isinstance(got, str):
        return expected is None and got is None
    return _normal(expected) == _normal(got)


def authors_match(expected: list[str], got: FieldValue) -> bool:
    names = got if isinstance(got, list) else []
    return {_folded(name) for name in expected} == {_folded(name) for name in names}


def name_matches(expected: str | None, got: FieldValue) -> bool:
    got_name = got if isinstance(got, str) and got.strip() else None
    return _folded(expected) == _folded(got_name)


def _is_date_only(value: str) -> bool:
    return "T" not in value and " " not in value.strip()


def _as_written(value: datetime | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _as_instant(got: datetime, expected: datetime) -> datetime:
    """A naive prediction is read as the page's local time (the truth's offset)."""
    return got if got.tzinfo is not None else got.replace(tzinfo=expected.tzinfo)


def time_matches(expected: str | None, got: FieldValue) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if not isinstance(got, str | datetime):
        return False
    if _is_date_only(expected) or isinstance(got, str):
        return expected[:10] == _as_written(got)[:10]
    truth = datetime.fromisoformat(expected)
    return _as_instant(got, truth) == truth


def field_matches(name: str, expected: Any, got: FieldValue) -> bool:
    if name == "title":
        return title_matches(expected, got)
    if name == "authors":
        return authors_match(expected, got)
    if name in ("published", "updated"):
        return time_matches(expected, got)
    return name_matches(expected, got)


# -- systems --


def archiver_metadata_getter() -> MetadataGetter:
    archiver = _import_archiver()

    def get(html: str, url: str) -> dict[str, FieldValue]:
        article = archiver.extract(html, url=url)
        return {name: getattr(article, name) for name in METADATA_FIELDS}

    return get


def _split_trafilatura_authors(raw: str | None) -> list[str]:
    return [name.strip() for name in TRAFILATURA_AUTHOR_SPLIT_RE.split(raw or "") if name.strip()]


def trafilatura_metadata_getter() -> MetadataGetter:
    trafilatura = importlib.import_module("trafilatura")

    def get(html: str, url: str) -> dict[str, FieldValue]:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
        date = getattr(doc, "date", None)
        return {
            "title": getattr(doc, "title", None),
            "authors": _split_trafilatura_authors(getattr(doc, "author", None)),
            "published": date[:10] if date else None,  # date only: compared as a date
            "publisher": getattr(doc, "sitename", None),
        }

    return get


METADATA_SYSTEMS: dict[str, tuple[Callable[[], MetadataGetter], tuple[str, ...]]] = {
    "trafilatura": (trafilatura_metadata_getter, TRAFILATURA_FIELDS),
    "archiver": (archiver_metadata_getter, METADATA_FIELDS),
}


@dataclass
class MetaRun:
    name: str
    fields: tuple[str, ...]  # the fields this system has; the others are "n/a"
    got: dict[str, dict[str, FieldValue]] = field(default_factory=dict)
    correct: dict[str, dict[str, bool]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def _metadata_getter(name: str) -> tuple[MetadataGetter | None, str | None]:
    try:
        return METADATA_SYSTEMS[name][0](), None
    except Exception as exc:  # reported, every field scored as no value
        message = f"cannot import {name}: {type(exc).__name__}: {exc}"
        print(f"ERROR: {message} (every metadata field scored as no value)", file=sys.stderr)
        return None, message


def _get_metadata(
    getter: MetadataGetter | None, page: MetaPage
) -> tuple[dict[str, FieldValue], str | None]:
    """Run one metadata extraction; a failure gives no value for every field."""
    if getter is None:
        return {}, None
    try:
        return getter(page.html, page.url), None
    except Exception as exc:
        return {}, f"{type(exc).__name__}: {exc}"


def run_metadata(name: str, pages: Sequence[MetaPage]) -> MetaRun:
    getter, import_error = _metadata_getter(name)
    run = MetaRun(name=name, fields=METADATA_SYSTEMS[name][1])
    for page in pages:
        values, error = _get_metadata(getter, page)
        error = error or import_error
        if error is not None:
            run.errors[page.name] = error
        run.got[page.name] = {f: values.get(f) for f in run.fields}
        run.correct[page.name] = {
            f: field_matches(f, page.truth[f], run.got[page.name][f]) for f in run.fields
        }
    return run


# -- metadata report --


def _accuracy(run: MetaRun, field_name: str, pages: Sequence[MetaPage]) -> str:
    if field_name not in run.fields:
        return "n/a"
    n = sum(run.correct[page.name][field_name] for page in pages)
    return f"{n / len(pages):.3f} ({n}/{len(pages)})" if pages else "n/a"


def local_date_matches(expected: str | None, got: FieldValue) -> bool:
    """Calendar dates equal, an aware prediction first moved to the page's offset."""
    if expected is None or not isinstance(got, datetime) or _is_date_only(expected):
        return time_matches(expected[:10] if expected else None, got)
    if got.tzinfo is not None:
        got = got.astimezone(datetime.fromisoformat(expected).tzinfo)
    return expected[:10] == got.isoformat()[:10]


def _date_only_accuracy(run: MetaRun, pages: Sequence[MetaPage]) -> str:
    """Published scored as a local calendar date only, as trafilatura's date is."""
    if "published" not in run.fields or not pages:
        return "n/a"
    n = sum(
        local_date_matches(page.truth["published"], run.got[page.name]["published"])
        for page in pages
    )
    return f"{n / len(pages):.3f} ({n}/{len(pages)})"


def metadata_field_rows(pages: Sequence[MetaPage], runs: dict[str, MetaRun]) -> list[list[str]]:
    """One row per field: accuracy (n correct / n pages) per system, plus published by date."""
    rows = [[f, *(_accuracy(run, f, pages) for run in runs.values())] for f in METADATA_FIELDS]
    date_row = [DATE_ONLY_ROW, *(_date_only_accuracy(run, pages) for run in runs.values())]
    return [*rows, date_row]


def _templates(pages: Sequence[MetaPage]) -> list[str]:
    return list(dict.fromkeys(page.template for page in pages))


def metadata_template_rows(pages: Sequence[MetaPage], run: MetaRun) -> list[list[str]]:
    """Template × field: n correct / n pages of that template."""
    rows = []
    for template in _templates(pages):
        group = [page for page in pages if page.template == template]
        counts = [sum(run.correct[page.name][f] for page in group) for f in run.fields]
        rows.append([f"{template} ({len(group)})", *(f"{n}/{len(group)}" for n in counts)])
    return rows


def show_value(value: FieldValue | Any) -> str:
    """A field value as the misses list shows it (strings quoted, long ones truncated)."""
    if value is None:
        return NO_VALUE
    if isinstance(value, datetime):
        return value.isoformat() + ("" if value.tzinfo else " (naive)")
    if isinstance(value, list):
        shown = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        return _snippet(shown, VALUE_SNIPPET_CHARS)
    return _snippet(json.dumps(str(value), ensure_ascii=False), VALUE_SNIPPET_CHARS)


def _authors_hint(expected: list[str], got: FieldValue) -> str:
    names = got if isinstance(got, list) else []
    want = {_folded(n): n for n in expected}
    have = {_folded(n): n for n in names}
    missing = [want[k] for k in want if k not in have]
    extra = [have[k] for k in have if k not in want]
    parts = [
        f"missing: {', '.join(missing)}" if missing else "",
        f"extra: {', '.join(extra)}" if extra else "",
    ]
    return "; ".join(p for p in parts if p)


def _signed_hours(delta: timedelta) -> str:
    """'+5h00', '-0h30', '+0h00m30s' (seconds only when present)."""
    total = int(delta.total_seconds())
    sign = "+" if total >= 0 else "-"
    minutes, seconds = divmod(abs(total), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{sign}{hours}h{minutes:02d}" + (f"m{seconds:02d}s" if seconds else "")


def _time_hint(expected: str, got: FieldValue) -> str:
    if not isinstance(got, datetime) or _is_date_only(expected):
        return "wrong date"
    truth = datetime.fromisoformat(expected)
    delta = _as_instant(got, truth) - truth
    hint = f"off by {_signed_hours(delta)}"
    if delta and delta.total_seconds() % 3600 == 0 and abs(delta) <= timedelta(hours=14):
        hint += " (time-zone/offset error?)"
    return hint


def miss_hint(field_name: str, expected: Any, got: FieldValue, error: str | None) -> str:
    """A short guess at the kind of miss, for the misses list."""
    if error is not None:
        return f"extract() failed: {_snippet(error, ERROR_SNIPPET_CHARS)}"
    if got is None or got == []:
        return "no value"
    if expected is None or expected == []:
        return "value where the page has none"
    if field_name == "authors":
        return _authors_hint(expected, got)
    if field_name in ("published", "updated"):
        return _time_hint(expected, got)
    if isinstance(got, str) and _normal(expected) in _normal(got):
        return "extra text around the expected value"
    return "different value"


def metadata_miss_rows(pages: Sequence[MetaPage], run: MetaRun) -> list[list[str]]:
    """Every wrong field, grouped by field, then by file name."""
    rows = []
    for field_name in run.fields:
        for page in pages:
            if run.correct[page.name][field_name]:
                continue
            expected = page.truth[field_name]
            got = run.got[page.name][field_name]
            error = run.errors.get(page.name)
            rows.append(
                [
                    field_name,
                    page.name,
                    show_value(expected),
                    show_value(got),
                    miss_hint(field_name, expected, got, error),
                ]
            )
    return rows


def metadata_report(directory: Path, pages: Sequence[MetaPage], runs: dict[str, MetaRun]) -> str:
    """The "Metadata" section of the report."""
    templates = _templates(pages)
    out = [
        "## Metadata",
        "",
        f"Hand-made set `{directory}`: {len(pages)} pages, {len(templates)} templates "
        f"({', '.join(templates)}). Per page, archiver is `archiver.extract(html, url=url)`; "
        "trafilatura is `trafilatura.bare_extraction(html, url=url, with_metadata=True)` "
        "(author split on `;` and `,` → authors, date → published compared as a date only, "
        "sitename → publisher; it has no updated or original_publisher: n/a). Scoring "
        "follows the set's README: title equal after NFC and whitespace collapsing; authors "
        "equal as case-folded sets; times equal as instants (a naive time is read in the "
        "page's local offset), or as `YYYY-MM-DD` as written when either side is date-only; "
        "publishers equal case-folded; a null truth is matched only by no value. "
        f"`{DATE_ONLY_ROW}` is not a field of the set: for a like-for-like comparison "
        "with trafilatura's date-only published, it scores every system's published "
        "value as the page's local calendar date only (a time with an offset is first "
        "converted to the page's offset).",
        "",
        "### Accuracy per field (n correct / n pages)",
        "",
        format_md_table(["field", *runs], metadata_field_rows(pages, runs)),
        "",
    ]
    out += _metadata_errors(runs)
    if "archiver" in runs:
        out += _archiver_metadata_details(pages, runs["archiver"])
    return "\n".join(out)


def _metadata_errors(runs: dict[str, MetaRun]) -> list[str]:
    lines = []
    for name, run in runs.items():
        for page_name, message in sorted(run.errors.items()):
            lines.append(f"- **{name}** failed on `{page_name}`: `{_md(message)[:200]}`")
    return ["### Metadata errors", "", *lines, ""] if lines else []


def _archiver_metadata_details(pages: Sequence[MetaPage], run: MetaRun) -> list[str]:
    misses = metadata_miss_rows(pages, run)
    out = [
        "### archiver per template (n correct / n pages)",
        "",
        format_md_table(["template (pages)", *run.fields], metadata_template_rows(pages, run)),
        "",
        f"### Metadata misses (archiver, {len(misses)})",
        "",
    ]
    if not misses:
        return [*out, "None.", ""]
    out += [
        "Values are shown JSON-quoted; `(none)` = no value, `(naive)` = datetime without "
        "offset (scored in the page's local offset). Times are shown as written.",
        "",
        format_md_table(["field", "file", "expected", "got", "hint"], misses),
        "",
    ]
    return out


def format_metadata_text(pages: Sequence[MetaPage], runs: dict[str, MetaRun]) -> str:
    """Plain-text per-field accuracy table for the terminal."""
    table = [["field", *runs], *metadata_field_rows(pages, runs)]
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------


def package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _md(text: str) -> str:
    """Make text safe for a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


@dataclass(frozen=True)
class SummaryRow:
    system: str
    precision: float
    recall: float
    f1: float
    pages_per_second: float | None
    speed_ratio: float | None
    errors: int


def summarize(runs: dict[str, SystemRun]) -> list[SummaryRow]:
    reference = runs.get(REFERENCE_SYSTEM)
    ref_speed = reference.pages_per_second if reference else None
    rows = []
    for name, run in runs.items():
        agg = aggregate(run.scores.values())
        speed = run.pages_per_second
        ratio = speed / ref_speed if speed is not None and ref_speed else None
        rows.append(
            SummaryRow(
                system=name,
                precision=agg.precision,
                recall=agg.recall,
                f1=agg.f1,
                pages_per_second=run.pages_per_second,
                speed_ratio=ratio,
                errors=len(run.errors),
            )
        )
    return rows


def _row_cells(row: SummaryRow) -> list[str]:
    ratio = "n/a" if row.speed_ratio is None else f"{row.speed_ratio:.2f}x"
    return [
        row.system,
        _fmt(row.precision),
        _fmt(row.recall),
        _fmt(row.f1),
        _fmt(row.pages_per_second, 1),
        ratio,
        str(row.errors),
    ]


TABLE_HEADER = [
    "system",
    "precision",
    "recall",
    "F1",
    "pages/s",
    f"speed vs {REFERENCE_SYSTEM}",
    "errors",
]


def format_text_table(rows: Sequence[SummaryRow]) -> str:
    table = [TABLE_HEADER] + [_row_cells(row) for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(TABLE_HEADER))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_md_table(header: Sequence[str], body: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(cell) for cell in cells) + " |" for cells in body]
    return "\n".join(lines)


def worst_pages(pages: Sequence[Page], runs: dict[str, SystemRun], count: int) -> list[list[str]]:
    """Table rows for the ``count`` pages with the lowest archiver F1."""
    run = runs["archiver"]
    reference = runs.get(REFERENCE_SYSTEM)
    ranked = sorted(pages, key=lambda page: (run.scores[page.id].f1, page.id))
    rows = []
    for page in ranked[:count]:
        score = run.scores[page.id]
        ref_f1 = reference.scores[page.id].f1 if reference else None
        rows.append(
            [
                page.id[:12],
                urlsplit(page.url or "").hostname or "?",
                _fmt(score.precision),
                _fmt(score.recall),
                _fmt(score.f1),
                _fmt(ref_f1),
                diagnose(page, run),
            ]
        )
    return rows


def _error_section(runs: dict[str, SystemRun]) -> list[str]:
    lines = []
    for name, run in runs.items():
        if not run.errors:
            continue
        distinct = Counter(run.errors.values())
        lines.append(f"- **{name}**: {len(run.errors)} page(s) failed (empty output):")
        for message, n in distinct.most_common(5):
            lines.append(f"  - {n}x `{_md(message)[:200]}`")
    return lines


def build_report(
    command: str,
    pages: Sequence[Page],
    runs: dict[str, SystemRun],
    rows: Sequence[SummaryRow],
    worst: int,
    metadata_section: str | None = None,
) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    out = [
        "# Article extraction benchmark",
        "",
        f"- Date: {now}",
        f"- Command: `{command}`",
        f"- Python {platform.python_version()}, "
        f"trafilatura {package_version('trafilatura')}, "
        f"selectolax {package_version('selectolax')}",
        f"- Pages: {len(pages)}",
        "",
        "Metric: 4-word shingle multisets over `\\w+` tokens; precision averaged "
        "over pages with non-empty output, recall over pages with non-empty gold "
        "(empty output = recall 0); F1 = harmonic mean of the two averages.",
        "",
        f"Timing: all HTML loaded into memory first; per system (in order "
        f"{', '.join(runs)}) one untimed warm-up pass over the first "
        f"{WARMUP_PAGES} pages, then one timed pass over all pages. Only the "
        "extraction call is timed (`time.perf_counter`), single process, single "
        f"core. Speed ratio = pages/s divided by {REFERENCE_SYSTEM}'s pages/s "
        "(> 1 is faster). A failing call counts as empty output.",
        "",
        format_md_table(TABLE_HEADER, [_row_cells(row) for row in rows]),
        "",
    ]
    errors = _error_section(runs)
    if errors:
        out += ["## Errors", "", *errors, ""]
    if "archiver" in runs and worst > 0:
        out += ["## Worst pages for archiver", ""]
        header = ["id", "host", "P", "R", "F1", f"{REFERENCE_SYSTEM} F1", "hint"]
        out += [format_md_table(header, worst_pages(pages, runs, worst)), ""]
    if metadata_section:
        out += [metadata_section]
    return "\n".join(out)


def dump_outputs(run: SystemRun, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for page_id, text in run.outputs.items():
        (directory / f"{page_id}.txt").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------


def parse_systems(value: str) -> list[str]:
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = sorted(set(names) - set(ALL_SYSTEMS))
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown system(s) {unknown}; choose from {', '.join(ALL_SYSTEMS)}"
        )
    return [name for name in ALL_SYSTEMS if name in names]  # fixed run order


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dataset",
        type=Path,
        required=True,
        help="folder with ground-truth.json and html/<id>.html.gz",
    )
    parser.add_argument("--limit", type=int, help="only the first N pages (by id)")
    parser.add_argument(
        "--systems",
        type=parse_systems,
        default=list(ALL_SYSTEMS),
        help="comma-separated subset of: " + ",".join(ALL_SYSTEMS),
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=DEFAULT_REPORT,
        help=f"Markdown report path (default: {DEFAULT_REPORT})",
    )
    parser.add_argument("--worst", type=int, default=10, help="worst archiver pages to list")
    parser.add_argument("--dump", type=Path, help="write archiver output per page to DIR/<id>.txt")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--metadata",
        type=Path,
        default=DEFAULT_METADATA,
        metavar="DIR",
        help=f"metadata test set with truth.json and pages/ (default: {DEFAULT_METADATA})",
    )
    group.add_argument(
        "--no-metadata",
        dest="metadata",
        action="store_const",
        const=None,
        help="skip the metadata scoring",
    )
    return parser.parse_args(argv)


def run_metadata_section(
    directory: Path | None, pages: Sequence[MetaPage], systems: Sequence[str]
) -> str | None:
    """Score metadata for each system, print the per-field table, return the report section."""
    if directory is None:
        return None
    print(f"Scoring metadata on {len(pages)} pages from {directory} ...", file=sys.stderr)
    runs = {name: run_metadata(name, pages) for name in systems}
    print()
    print(format_metadata_text(pages, runs))
    return metadata_report(directory, pages, runs)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    script = sys.argv[0] if argv is None else "benchmarks/extraction.py"
    rest = sys.argv[1:] if argv is None else list(argv)
    command = shlex.join(["python", script, *rest])
    pages = load_pages(args.dataset, args.limit)
    if not pages:
        print("ERROR: no pages found", file=sys.stderr)
        return 1
    print(f"Loaded {len(pages)} pages from {args.dataset}", file=sys.stderr)
    meta_pages = load_metadata_pages(args.metadata) if args.metadata is not None else []
    if args.metadata is not None and not meta_pages:
        print(f"ERROR: no metadata pages found in {args.metadata}", file=sys.stderr)
        return 1

    runs: dict[str, SystemRun] = {}
    for name in args.systems:
        extract = SYSTEM_FACTORIES[name]()
        print(f"Running {name} ...", file=sys.stderr)
        runs[name] = run_system(name, extract, pages)

    rows = summarize(runs)
    print(format_text_table(rows))

    if args.dump is not None:
        if "archiver" in runs:
            dump_outputs(runs["archiver"], args.dump)
            print(f"Archiver outputs written to {args.dump}/", file=sys.stderr)
        else:
            print("WARNING: --dump ignored, archiver was not run", file=sys.stderr)

    section = run_metadata_section(args.metadata, meta_pages, args.systems)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    report = build_report(command, pages, runs, rows, args.worst, section)
    args.report.write_text(report, encoding="utf-8")
    print(f"Report written to {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
