"""The command line: a thin layer over the library functions of the same names.

`common` holds the group, the shared options and the error handling; the commands live by stage
(`corpus`: ingest, run; `themes`: classify, themes; `tables`: report, sql; `evaluate`: evaluate,
evaluate-ingest). Importing the package registers every command on `cli`.
"""

from __future__ import annotations

from . import corpus, evaluate, tables, themes
from .common import cli, handle_errors, options_from_flags

__all__ = ["cli", "corpus", "evaluate", "handle_errors", "main", "options_from_flags", "tables", "themes"]


def main() -> None:
    """Entry point of the console script and of python -m unionmine."""
    cli(prog_name="unionmine")
