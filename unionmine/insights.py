"""Old path of unionmine.stats.insights.aggregate, kept for one release."""

from .stats.insights.aggregate import *  # deprecated: remove after 0.2
