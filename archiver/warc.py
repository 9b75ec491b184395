"""WARC files: every response written as a standard WARC record (warcio), and WARC or
WARC.gz files from other crawlers read back as fetched pages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .config import VERSION
from .errors import InputError
from .fetch import decode_body, media_type
from .models import FetchResult

HTML_TYPES = {"text/html", "application/xhtml+xml"}
# httpx hands us decoded bodies, so these headers would describe bytes we do not store.
DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


class WarcWriter:
    """Appends response records to ``<dir>/archiver-<start time>.warc.gz``."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.path = directory / f"archiver-{stamp}.warc.gz"
        self._file = self.path.open("ab")
        self._writer = WARCWriter(self._file, gzip=True)
        info = self._writer.create_warcinfo_record(
            self.path.name, {"software": f"archiver/{VERSION}", "format": "WARC File Format 1.1"}
        )
        self._writer.write_record(info)

    def write(self, fetched: FetchResult) -> None:
        headers = [(k, v) for k, v in fetched.headers.items() if k.lower() not in DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(fetched.body))))
        http_headers = StatusAndHeaders(f"{fetched.status} OK", headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            fetched.final_url,
            "response",
            payload=BytesIO(fetched.body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": fetched.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")},
        )
        self._writer.write_record(record)
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def read_warc(path: Path) -> Iterator[FetchResult]:
    """HTML responses with status 200 from a WARC or WARC.gz file."""
    if not path.exists():
        raise InputError("no such file", url=str(path))
    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                fetched = _to_fetched(record)
                if fetched is not None:
                    yield fetched
        except Exception as exc:  # warcio raises plain exceptions for malformed files
            raise InputError(f"not a readable WARC file: {exc}", url=str(path)) from exc


def _to_fetched(record: object) -> FetchResult | None:
    if record.rec_type != "response" or record.http_headers is None:  # type: ignore[attr-defined]
        return None
    http = record.http_headers  # type: ignore[attr-defined]
    status = int(http.get_statuscode() or 0)
    content_type = http.get_header("Content-Type") or ""
    if status != 200 or media_type(content_type) not in HTML_TYPES:
        return None
    body = record.content_stream().read()  # type: ignore[attr-defined]
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    date = record.rec_headers.get_header("WARC-Date")  # type: ignore[attr-defined]
    text, encoding = decode_body(body, content_type)
    fetched_at = datetime.fromisoformat(date.replace("Z", "+00:00")) if date else None
    return FetchResult(
        url=url,
        final_url=url,
        status=status,
        headers=dict(http.headers),
        content_type=media_type(content_type),
        body=body,
        text=text,
        encoding=encoding,
        fetched_at=fetched_at or datetime.now(UTC),
        source="warc",
    )
