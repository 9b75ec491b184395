"""Imported once by the crawl's forkserver (``pipeline.Extractor``) before it forks the
annotating workers: the spaCy model and the first-name list are loaded here, so every
worker shares one copy of their memory instead of loading its own."""

from .entities import load_model
from .text import name_detector

load_model()
name_detector()
