"""``python -m archiver`` runs the command line."""

from .cli import cli

cli()
