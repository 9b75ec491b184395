"""Every error archiver raises, in one hierarchy.

    ArchiverError                  (url, reason)
    ├── InputError                 bad input from the user: not a URL, missing file, not HTML
    ├── FetchError                 the network stage failed
    │   ├── BlockedAddressError    host resolves to a private/loopback/reserved address
    │   ├── RobotsDisallowedError  robots.txt forbids the URL
    │   ├── HTTPStatusError        a non-2xx final status
    │   ├── TooLargeError          body over the byte cap
    │   ├── ContentTypeError       not HTML or XML
    │   ├── TooManyRedirectsError
    │   └── NetworkError           DNS, connect, read, timeout
    ├── ExtractionError            a page gave no article text
    └── StoreError                 the database could not be written or is not ours

Every error carries the URL (or path) it concerns and a one-line ``reason`` that is
shown to users and stored in ``fetch_log.reason``.
"""

from __future__ import annotations


class ArchiverError(Exception):
    """Base class: ``reason`` is one line meant for a person; ``outcome`` for fetch_log."""

    outcome = "failed"

    def __init__(self, reason: str, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url

    def __str__(self) -> str:
        return f"{self.url}: {self.reason}" if self.url else self.reason


class InputError(ArchiverError):
    pass


class FetchError(ArchiverError):
    def __init__(self, reason: str, url: str | None = None, status: int | None = None) -> None:
        super().__init__(reason, url)
        self.status = status


class BlockedAddressError(FetchError):
    outcome = "skipped"


class RobotsDisallowedError(FetchError):
    outcome = "skipped"


class HTTPStatusError(FetchError):
    def __init__(
        self,
        reason: str,
        url: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(reason, url, status)
        self.retry_after = retry_after  # seconds, from a Retry-After header


class TooLargeError(FetchError):
    outcome = "skipped"


class ContentTypeError(FetchError):
    outcome = "skipped"


class TooManyRedirectsError(FetchError):
    pass


class NetworkError(FetchError):
    pass


class ExtractionError(ArchiverError):
    pass


class StoreError(ArchiverError):
    pass


class WorkerCrashed(ArchiverError):
    """An extraction worker process exited while it held a job (the page is failed,
    the worker replaced)."""
