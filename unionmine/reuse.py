"""Old path of unionmine.stats.insights.reuse, kept for one release."""

from .stats.insights.reuse import *  # deprecated: remove after 0.2
