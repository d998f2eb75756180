"""Old path of unionmine.stats.insights.indicators, kept for one release."""

from .stats.insights.indicators import *  # deprecated: remove after 0.2
