"""The command line: a thin click layer over the library. Errors are one line, exit 1."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import pipeline, schedule, store
from .config import Settings, from_env
from .crawler import CrawlReport
from .errors import ArchiverError
from .models import Outcome
from .sources import Source, adhoc_source, load_sources
from .templates import SiteTemplates
from .warc import read_warc

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Archive database file  [default: data/archive.db]",
    )(func)


def allow_private_option(func: F) -> F:
    return click.option(
        "--allow-private",
        is_flag=True,
        default=None,
        help="Allow fetching loopback/private addresses (refused by default).",
    )(func)


def friendly_errors(func: F) -> F:
    """Turn archiver errors into one clear line on stderr and exit status 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ArchiverError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def settings_for(**flags: Any) -> Settings:
    return from_env().replace(**flags)


def echo_outcome(outcome: Outcome) -> None:
    if outcome.ok:
        click.echo(f"{outcome.outcome:9} {outcome.url}  {outcome.title or ''}".rstrip())
    else:
        click.echo(f"{outcome.outcome:9} {outcome.url}: {outcome.reason}", err=True)


@click.group()
@click.version_option(package_name="archiver")
def cli() -> None:
    """Archive news articles: fetch, clean, store in SQLite, publish with Datasette."""


@cli.command()
@db_option
@friendly_errors
def init(db_path: Path | None) -> None:
    """Create the archive database (or bring its schema up to date)."""
    settings = settings_for(db_path=db_path)
    store.open_db(settings.db_path)
    click.echo(f"archive ready: {settings.db_path}")


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@db_option
@allow_private_option
@friendly_errors
def add(urls: tuple[str, ...], db_path: Path | None, allow_private: bool | None) -> None:
    """Fetch, extract and store the article at each URL (they join the crawl frontier)."""
    settings = settings_for(db_path=db_path, allow_private=allow_private)
    db = store.open_db(settings.db_path)
    outcomes = asyncio.run(pipeline.archive_urls(urls, db, settings))
    for outcome in outcomes:
        echo_outcome(outcome)
    if not all(o.ok for o in outcomes):
        sys.exit(1)


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="The address the page was saved from (one HTML file only).")
@db_option
@friendly_errors
def import_(paths: tuple[Path, ...], url: str | None, db_path: Path | None) -> None:
    """Import saved HTML files, WARC/WARC.gz files, or directories of them."""
    settings = settings_for(db_path=db_path)
    files = pipeline.html_files(paths)
    if url and len(files) != 1:
        raise click.UsageError("--url applies to a single file")
    if not files:
        raise click.ClickException("no HTML or WARC files found in " + ", ".join(map(str, paths)))
    db = store.open_db(settings.db_path)
    outcomes: list[Outcome] = []
    site_templates = SiteTemplates(db)
    for path in files:
        if path.name.lower().endswith((".warc", ".warc.gz")):
            outcomes += [
                pipeline.archive_fetched(db, page, site_templates=site_templates)
                for page in read_warc(path)
            ]
        else:
            outcomes.append(pipeline.archive_file(path, db, url=url, site_templates=site_templates))
    for outcome in outcomes:
        echo_outcome(outcome)
    if not all(o.ok for o in outcomes):
        sys.exit(1)


def crawl_options(func: F) -> F:
    """Options shared by ``crawl`` and ``watch``."""
    options = [
        click.option(
            "--sources",
            "sources_path",
            type=click.Path(dir_okay=False, path_type=Path),
            default=None,
            help="Sources file  [default: data/sources.toml]",
        ),
        click.option("--source", "only", multiple=True, help="Only this source (repeatable)."),
        click.option("--feed", "feeds", multiple=True, help="RSS/Atom feed URL (repeatable)."),
        click.option("--sitemap", "sitemaps", multiple=True, help="Sitemap URL (repeatable)."),
        click.option(
            "--seed",
            "seeds",
            multiple=True,
            help="Index page whose article links to follow (repeatable).",
        ),
        click.option(
            "--delay",
            type=float,
            default=None,
            help="Minimum seconds between requests to one host (0 allowed).",
        ),
        click.option(
            "--concurrency", type=int, default=None, help="Requests in flight across all hosts."
        ),
        click.option("--max-pages", type=int, default=None, help="Page budget of a run."),
        click.option(
            "--no-annotate",
            "no_annotate",
            is_flag=True,
            help="Store text only; run `archiver annotate` later.",
        ),
        click.option(
            "--warc",
            "warc_dir",
            type=click.Path(file_okay=False, path_type=Path),
            default=None,
            help="Also write every response to WARC files here.",
        ),
        db_option,
        allow_private_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def crawl_setup(opts: dict[str, Any]) -> tuple[Settings, list[Source]]:
    settings = settings_for(
        db_path=opts["db_path"],
        allow_private=opts["allow_private"],
        per_host_delay=opts["delay"],
        concurrency=opts["concurrency"],
        max_pages=opts["max_pages"],
        annotate_pages=False if opts["no_annotate"] else None,
        warc_dir=opts["warc_dir"],
        sources_path=opts["sources_path"],
    )
    if opts["delay"] is not None and opts["delay"] < 0:
        raise click.UsageError("--delay must be 0 or more")
    adhoc = opts["feeds"] or opts["sitemaps"] or opts["seeds"]
    if adhoc:
        return settings, [adhoc_source(opts["feeds"], opts["sitemaps"], opts["seeds"])]
    if not settings.sources_path.exists():
        raise click.UsageError(
            f"no sources: give --feed/--sitemap/--seed, or write {settings.sources_path} "
            "(see data/sources.example.toml)"
        )
    sources = load_sources(settings.sources_path)
    if opts["only"]:
        unknown = set(opts["only"]) - {s.name for s in sources}
        if unknown:
            raise click.UsageError(f"unknown source(s): {', '.join(sorted(unknown))}")
        sources = [s for s in sources if s.name in opts["only"]]
    return settings, sources


@cli.command()
@crawl_options
@click.option("--all", "force", is_flag=True, help="Visit every source, due or not.")
@friendly_errors
def crawl(force: bool, **opts: Any) -> None:
    """One pass over the due sources, then exit.

    Exit status: 0 when every URL ended well, 1 when any URL failed or a feed, sitemap
    or seed page could not be read (see `archiver status`), 2 for bad usage.
    SIGTERM/SIGINT finish the pages in flight and record the run.
    """
    settings, sources = crawl_setup(opts)
    db = store.open_db(settings.db_path)
    with Reporter() as reporter:
        report = asyncio.run(
            schedule.run_once(db, sources, settings, force=force, progress=reporter.outcome)
        )
    click.echo(summary_line(report))
    if not report.succeeded:
        sys.exit(1)


@cli.command()
@crawl_options
@click.option("--max-passes", type=int, default=None, hidden=True)
@friendly_errors
def watch(max_passes: int | None, **opts: Any) -> None:
    """Crawl due sources, sleep until more is due, repeat until SIGTERM/SIGINT."""
    settings, sources = crawl_setup(opts)
    db = store.open_db(settings.db_path)
    with Reporter() as reporter:
        asyncio.run(
            schedule.watch(
                db,
                sources,
                settings,
                progress=reporter.outcome,
                on_pass=lambda report: reporter.line(summary_line(report)),
                max_passes=max_passes,
            )
        )


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Every article and failed capture.")
@db_option
@friendly_errors
def reextract(urls: tuple[str, ...], everything: bool, db_path: Path | None) -> None:
    """Extract stored captures again (after the extractor improved)."""
    if not urls and not everything:
        raise click.UsageError("give article URLs or --all")
    settings = settings_for(db_path=db_path)
    db = store.open_db(settings.db_path)
    outcomes = pipeline.reextract(db, None if everything else urls)
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.outcome] = counts.get(outcome.outcome, 0) + 1
        if not outcome.ok:
            echo_outcome(outcome)
    click.echo(json.dumps(counts))


@cli.command()
@click.argument("urls", nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Every article, not only stale ones.")
@db_option
@friendly_errors
def annotate(urls: tuple[str, ...], everything: bool, db_path: Path | None) -> None:
    """Compute quotes, parties, cases and disclosures of stored articles.

    By default only articles never annotated, or annotated by an older annotator
    version; --all recomputes every article; URLs pick articles.
    """
    settings = settings_for(db_path=db_path)
    db = store.open_db(settings.db_path)
    counts = pipeline.annotate_stored(db, urls or None, everything)
    click.echo(json.dumps(counts))


def summary_line(report: CrawlReport) -> str:
    counts = ", ".join(f"{name} {n}" for name, n in report.counts().items())
    return f"run {report.run_id} {report.status}: {counts}"


class Reporter:
    """A progress bar on a terminal, one plain line per URL otherwise (cron, CI, logs)."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.counts: dict[str, int] = {}
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Reporter:
        if self.tty:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("crawling", total=None)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def outcome(self, outcome: Outcome) -> None:
        self.counts[outcome.outcome] = self.counts.get(outcome.outcome, 0) + 1
        if self._progress is None:
            echo_outcome(outcome)
            return
        description = "  ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        self._progress.update(self._task, description=description)
        if not outcome.ok:
            self._progress.console.print(f"{outcome.outcome} {outcome.url}: {outcome.reason}")

    def line(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(text)
        else:
            click.echo(text)


@cli.command()
@click.option("--port", type=int, default=None, help="Port to listen on  [default: 8001]")
@click.option(
    "--host",
    default=None,
    help="Interface to bind  [default: 127.0.0.1; 0.0.0.0 only when you say so]",
)
@click.option(
    "--public",
    is_flag=True,
    help="Settings for exposure on a network: no custom SQL for anonymous visitors, "
    "tighter time and row limits, no CSV streaming; only root may refresh.",
)
@click.option(
    "--refresh",
    "refresh_every",
    type=click.FloatRange(min=10.0),
    default=None,
    metavar="SECONDS",
    help="Take a new snapshot of the archive every SECONDS (at least 10) while serving.",
)
@click.option("--root", is_flag=True, help="Print a one-time sign-in URL for the root actor.")
@db_option
@friendly_errors
def serve(
    port: int | None,
    host: str | None,
    public: bool,
    refresh_every: float | None,
    root: bool,
    db_path: Path | None,
) -> None:
    """Browse and search the archive in Datasette (read-only snapshot).

    Readers use a consistent snapshot (VACUUM INTO, opened immutable); a running crawl
    never blocks them. Refresh it with --refresh SECONDS, the button on
    /-/archiver/operations, or `curl -X POST http://HOST:PORT/-/archiver/refresh.json`.
    """
    # imported here: Datasette is heavy, and every crawl worker process imports this
    # module again (it is the program's __main__)
    from . import publish

    settings = settings_for(db_path=db_path, serve_port=port, serve_host=host)
    if not settings.db_path.exists():
        raise click.ClickException(f"no archive at {settings.db_path}: run `archiver init` first")
    publish.serve(settings, public=public, refresh_every=refresh_every, root=root, echo=click.echo)


@cli.command()
@click.option("--no-serve", is_flag=True, help="Stop after archiving and print a summary.")
@click.option("--port", type=int, default=None, help="Datasette port  [default: 8001]")
@db_option
@friendly_errors
def demo(no_serve: bool, port: int | None, db_path: Path | None) -> None:
    """Crawl the bundled demo site on 127.0.0.1, archive it and publish it in Datasette."""
    from .demo import run_demo

    settings = settings_for(db_path=db_path, serve_port=port)
    run_demo(settings, serve=not no_serve, echo=click.echo)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@friendly_errors
def status(db_path: Path | None, as_json: bool) -> None:
    """Counts, the last runs and recent failures."""
    settings = settings_for(db_path=db_path)
    if not settings.db_path.exists():
        raise click.ClickException(f"no archive at {settings.db_path}: run `archiver init` first")
    summary = store.status_summary(store.open_db(settings.db_path))
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    click.echo(f"archive: {settings.db_path}")
    for name, count in summary["counts"].items():
        click.echo(f"  {name:17} {count}")
    click.echo("outcomes: " + ", ".join(f"{r['outcome']} {r['n']}" for r in summary["outcomes"]))
    for run in summary["runs"]:
        click.echo(
            f"run {run['id']} {run['command']} {run['started']} -> {run['finished'] or '...'} "
            f"{run['status']}: new {run['new'] or 0}, changed {run['changed'] or 0}, "
            f"unchanged {run['unchanged'] or 0}, skipped {run['skipped'] or 0}, "
            f"failed {run['failed'] or 0}"
        )
    if summary["failures"]:
        click.echo("recent failures:")
        for row in summary["failures"]:
            click.echo(f"  {row['at']} {row['outcome']} {row['url']}: {row['reason']}")
