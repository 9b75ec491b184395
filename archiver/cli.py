"""The command line: a thin click layer over the library. Errors are one line, exit 1."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from . import pipeline, publish, store
from .config import Settings, from_env
from .errors import ArchiverError
from .models import Outcome

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
    """Fetch, extract and store the article at each URL."""
    settings = settings_for(db_path=db_path, allow_private=allow_private)
    db = store.open_db(settings.db_path)
    outcomes = [pipeline.archive_url(url, db, settings) for url in urls]
    for outcome in outcomes:
        echo_outcome(outcome)
    if not all(o.ok for o in outcomes):
        sys.exit(1)


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", help="The address the page was saved from (one file only).")
@db_option
@friendly_errors
def import_(paths: tuple[Path, ...], url: str | None, db_path: Path | None) -> None:
    """Import saved HTML files, or directories of them."""
    settings = settings_for(db_path=db_path)
    files = pipeline.html_files(paths)
    if url and len(files) != 1:
        raise click.UsageError("--url applies to a single file")
    if not files:
        raise click.ClickException("no HTML files found in " + ", ".join(map(str, paths)))
    db = store.open_db(settings.db_path)
    outcomes = [pipeline.archive_file(path, db, url=url) for path in files]
    for outcome in outcomes:
        echo_outcome(outcome)
    if not all(o.ok for o in outcomes):
        sys.exit(1)


@cli.command()
@click.option("--sitemap", "sitemaps", multiple=True, help="Sitemap URL (repeatable).")
@click.option("--feed", "feeds", multiple=True, help="RSS/Atom feed URL (repeatable).")
@click.option("--delay", type=float, default=None, help="Minimum seconds between hits per host.")
@click.option("--max-pages", type=int, default=None, help="Stop after this many pages.")
@db_option
@allow_private_option
@friendly_errors
def crawl(
    sitemaps: tuple[str, ...],
    feeds: tuple[str, ...],
    delay: float | None,
    max_pages: int | None,
    db_path: Path | None,
    allow_private: bool | None,
) -> None:
    """One pass over the given sitemaps and feeds; exit 1 if any page failed."""
    if not sitemaps and not feeds:
        raise click.UsageError("give at least one --sitemap or --feed")
    settings = settings_for(
        db_path=db_path, allow_private=allow_private, per_host_delay=delay, max_pages=max_pages
    )
    db = store.open_db(settings.db_path)
    report = pipeline.crawl([*sitemaps, *feeds], db, settings, progress=echo_outcome)
    click.echo(json.dumps(report.counts()))
    if report.counts()["failed"]:
        sys.exit(1)


@cli.command()
@click.option("--port", type=int, default=None, help="Port to listen on  [default: 8001]")
@click.option("--host", default=None, help="Interface to bind  [default: 127.0.0.1]")
@db_option
@friendly_errors
def serve(port: int | None, host: str | None, db_path: Path | None) -> None:
    """Browse and search the archive in Datasette (read-only snapshot)."""
    settings = settings_for(db_path=db_path, serve_port=port, serve_host=host)
    if not settings.db_path.exists():
        raise click.ClickException(f"no archive at {settings.db_path}: run `archiver init` first")
    publish.serve(settings)


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
