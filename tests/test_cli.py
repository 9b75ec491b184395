from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import Route

from archiver.cli import cli
from archiver.store import open_db

FIXTURES = Path(__file__).parent / "fixtures"
STATION_URL = "https://www.wunc.org/2021-01-11/parler-sues-amazon-seeking-to-restore-web-service"


@pytest.fixture
def run(tmp_path):
    db_path = tmp_path / "cli.db"

    def invoke(*args: str):
        result = CliRunner().invoke(cli, [*args, "--db", str(db_path)])
        return result

    invoke.db_path = db_path  # type: ignore[attr-defined]
    return invoke


def assert_clean_failure(result, expected: str) -> None:
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert expected in result.output


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_and_db_option(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output


def test_init_creates_the_archive(run):
    result = run("init")
    assert result.exit_code == 0
    assert "articles" in open_db(run.db_path).table_names()


def test_import_station_page(run):
    result = run("import", str(FIXTURES / "station_seed.html"), "--url", STATION_URL)
    assert result.exit_code == 0, result.output
    row = next(open_db(run.db_path).query("select * from articles"))
    assert row["title"] == "Parler Sues Amazon, Seeking To Restore Web Service"
    assert row["authors"] == '["Bill Chappell"]'
    assert row["published"] == "2021-01-11T10:05:00-05:00"
    assert row["updated"] == "2021-01-11T13:40:00-05:00"
    assert row["original_publisher"] == "NPR"
    assert "Play Live Radio" not in row["text"]


def test_import_a_directory(run, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("station_seed.html", "gazette_article.html"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert open_db(run.db_path)["articles"].count == 2


def test_import_missing_file(run):
    assert_clean_failure(run("import", "/no/such/page.html"), "no such file")


def test_import_not_html(run):
    result = run("import", str(FIXTURES / "not_html.txt"), "--url", "https://x.example/a")
    assert_clean_failure(result, "not an HTML file")
    reasons = [r["reason"] for r in open_db(run.db_path).query("select reason from fetch_log")]
    assert reasons == ["not an HTML file"]


def test_add_rejects_a_non_http_url_and_logs_it(run):
    result = run("add", "ftp://example.com/story")
    assert_clean_failure(result, "not an http(s) URL")
    rows = list(open_db(run.db_path).query("select url, outcome, reason from fetch_log"))
    assert rows == [
        {"url": "ftp://example.com/story", "outcome": "failed", "reason": "not an http(s) URL"}
    ]


def test_add_unreachable_host_is_one_clear_line(run):
    result = run("add", "--allow-private", "http://127.0.0.1:9/story")
    assert_clean_failure(result, "network error")
    assert len(result.output.strip().splitlines()) == 1


def test_add_refuses_loopback_without_allow_private(run, site, station_html):
    url = site.page("/story", station_html)
    assert_clean_failure(run("add", url), "--allow-private")
    assert site.requests == []


def test_add_from_a_real_server(run, site, station_html):
    url = site.page("/story", station_html)
    result = run("add", "--allow-private", url)
    assert result.exit_code == 0, result.output
    assert "new" in result.output


def test_a_corrupt_database_is_one_clear_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite" * 200)
    result = CliRunner().invoke(cli, ["status", "--db", str(bad)])
    assert_clean_failure(result, "cannot open archive")


def test_status_shows_counts_and_failures(run):
    run("add", "ftp://example.com/story")
    result = run("status")
    assert result.exit_code == 0
    assert "articles" in result.output
    assert "not an http(s) URL" in result.output


def test_status_without_archive(run):
    assert_clean_failure(run("status"), "run `archiver init` first")


def sitemap_site(site, html, paths=("/news/a-story-here.html",)):
    for path in paths:
        site.page(path, html)
    urls = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in paths)
    return site.page("/sitemap.xml", f"<urlset>{urls}</urlset>", "application/xml")


def test_crawl_adhoc_sitemap_and_exit_status(run, site, station_html):
    sitemap = sitemap_site(site, station_html)
    result = run("crawl", "--sitemap", sitemap, "--allow-private", "--delay", "0")
    assert result.exit_code == 0, result.output
    assert "new 1" in result.output
    site.routes["/news/a-story-here.html"] = Route(500, b"down")
    site.page(
        "/sitemap.xml",
        f"<urlset><url><loc>{site.url('/news/other-story-x.html')}</loc></url></urlset>",
        "application/xml",
    )
    result = run("crawl", "--sitemap", sitemap, "--allow-private", "--delay", "0")
    assert result.exit_code == 1, "a failed URL tells cron the run failed"
    assert "failed 1" in result.output


def test_crawl_refuses_loopback_without_allow_private(run, site, station_html):
    sitemap = sitemap_site(site, station_html)
    result = run("crawl", "--sitemap", sitemap, "--delay", "0")
    assert result.exit_code == 1
    rows = list(open_db(run.db_path).query("select outcome, reason from fetch_log"))
    assert rows[0]["outcome"] == "skipped" and "--allow-private" in rows[0]["reason"]
    assert site.requests == []


def test_crawl_from_a_sources_file(run, site, station_html, tmp_path):
    sitemap = sitemap_site(site, station_html)
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "local"\nsitemaps = ["{sitemap}"]\n')
    result = run("crawl", "--sources", str(sources), "--allow-private", "--delay", "0")
    assert result.exit_code == 0, result.output
    db = open_db(run.db_path)
    assert db["sources"].get("local")["next_run"] > db["sources"].get("local")["last_run"]
    again = run("crawl", "--sources", str(sources), "--allow-private", "--delay", "0")
    assert "new 0" in again.output, "the source is not due again yet"
    assert db["fetch_log"].count == 2


def test_crawl_without_sources_is_a_usage_error(run, tmp_path):
    result = run("crawl", "--sources", str(tmp_path / "none.toml"))
    assert result.exit_code == 2
    assert "no sources" in result.output


def test_bad_sources_file_is_one_clear_line(run, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "x"\nfeeds = ["ftp://nope"]\ncolour = "red"\n')
    result = run("crawl", "--sources", str(bad))
    assert result.exit_code == 1
    assert "unknown keys: colour" in result.output


def test_warc_written_by_a_crawl_imports_back(run, site, station_html, tmp_path):
    sitemap = sitemap_site(site, station_html)
    warcs = tmp_path / "warc"
    result = run(
        "crawl", "--sitemap", sitemap, "--allow-private", "--delay", "0", "--warc", str(warcs)
    )
    assert result.exit_code == 0, result.output
    files = list(warcs.glob("*.warc.gz"))
    assert len(files) == 1
    other = tmp_path / "other.db"
    imported = CliRunner().invoke(cli, ["import", str(files[0]), "--db", str(other)])
    assert imported.exit_code == 0, imported.output
    rows = list(open_db(other).query("select title, url from articles"))
    assert [r["title"] for r in rows] == ["Parler Sues Amazon, Seeking To Restore Web Service"]


def test_reextract_all(run):
    run("import", str(FIXTURES / "station_seed.html"), "--url", STATION_URL)
    result = run("reextract", "--all")
    assert result.exit_code == 0, result.output
    assert '"unchanged": 1' in result.output
    assert "give article URLs or --all" in run("reextract").output
