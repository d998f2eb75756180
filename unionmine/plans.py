"""Old path of unionmine.stats.insights.plans, kept for one release."""

from .stats.insights.plans import *  # deprecated: remove after 0.2
