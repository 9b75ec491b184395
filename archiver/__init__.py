"""archiver: crawl, clean, annotate and publish an archive of news articles.

>>> from archiver import extract, open_db, archive_url, archive_file
"""

from .annotate import Annotations, annotate
from .config import Settings
from .crawler import crawl
from .errors import ArchiverError
from .extract import extract
from .models import Article, FetchResult, Outcome
from .pipeline import archive_file, archive_url, archive_urls
from .sources import Source, load_sources
from .store import open_db

__all__ = [
    "Annotations",
    "ArchiverError",
    "Article",
    "FetchResult",
    "Outcome",
    "Settings",
    "Source",
    "annotate",
    "archive_file",
    "archive_url",
    "archive_urls",
    "crawl",
    "extract",
    "load_sources",
    "open_db",
]
