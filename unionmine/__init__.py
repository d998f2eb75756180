"""unionmine: text mining of Chinese trade-union work summaries and plans."""

import logging

from .errors import InputError, UnionmineError, UsageError
from .store.tables import load, sql

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["InputError", "UnionmineError", "UsageError", "__version__", "load", "sql"]
