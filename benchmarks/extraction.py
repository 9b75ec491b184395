"""Article body extraction benchmark: archiver vs trafilatura.

Scores each system's plain-text output against the human-made gold article
bodies of the article-extraction-benchmark dataset with a 4-word shingle
precision/recall metric, and measures single-core extraction speed.

Usage (from the repository root):

    python benchmarks/extraction.py \
        --dataset ../shared/datasets/article-extraction-benchmark \
        [--limit N] [--systems archiver,trafilatura] \
        [--report benchmarks/reports/extraction.md] [--worst 10] [--dump DIR]

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
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from types import ModuleType
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
    return parser.parse_args(argv)


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

    args.report.parent.mkdir(parents=True, exist_ok=True)
    report = build_report(command, pages, runs, rows, args.worst)
    args.report.write_text(report, encoding="utf-8")
    print(f"Report written to {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
