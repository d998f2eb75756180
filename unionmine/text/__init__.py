"""Shared text leaves (no file I/O): normalisation, sentences, numerals, tokenisation.

The tokenizer function stays in ``unionmine.text.tokenize`` (not re-exported here, where its
name would hide the module of the same name).
"""

from .normalize import has_chinese, normalize_text, plausibility, split_long_lines, to_simplified
from .tokenize import cut, stopwords

__all__ = ["cut", "has_chinese", "normalize_text", "plausibility", "split_long_lines", "stopwords",
           "to_simplified"]
