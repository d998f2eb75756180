"""Shared text leaves (no file I/O): normalisation, sentences, numerals, tokenisation.

The tokenizer function stays in ``unionmine.text.tokenize`` (not re-exported here, where its
name would hide the module of the same name).
"""

from .normalize import has_chinese, normalize_text, plausibility, split_long_lines, to_simplified
from .numerals import chinese_number, numeral_value, roman_number
from .sentences import split_sentences
from .tokenize import cut, stopwords

__all__ = [
           "chinese_number",
           "cut",
           "has_chinese",
           "normalize_text",
           "numeral_value",
           "plausibility",
           "roman_number",
           "split_long_lines",
           "split_sentences",
           "stopwords",
           "to_simplified",
]
