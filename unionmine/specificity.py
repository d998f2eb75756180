"""Old path of unionmine.stats.insights.specificity, kept for one release."""

from .stats.insights.specificity import *  # deprecated: remove after 0.2
