"""Imported once by the crawl's forkserver (``pipeline.Extractor``) before it forks the
annotating workers: the first-name table, the spaCy model and the disclosure patterns
are loaded here, so every worker shares one copy of their memory instead of loading
its own."""

from .disclosures import frames
from .entities import load_model
from .text import first_names

# the names first: building their table frees the detector it came from, and the
# model's allocations then reuse that memory instead of growing the process by it
first_names()
load_model()
frames()  # compiled once here rather than by each worker on its first disclosure
