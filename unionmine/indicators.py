"""Old path of unionmine.stats.insights.indicators, kept for one release."""

from .stats.insights.indicators import *  # deprecated: remove after 0.2
from .text.numerals import numeral_value as to_number  # noqa: F401 - deprecated: remove after 0.2
