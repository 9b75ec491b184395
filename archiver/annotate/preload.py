"""Imported once by the crawl's forkserver (``pipeline.Extractor``) before it forks the
annotating workers: the NER model and the first-name list are loaded here, so every
worker shares one copy of their memory instead of loading its own."""

from .entities import load_ner
from .text import name_detector

load_ner()
name_detector()
