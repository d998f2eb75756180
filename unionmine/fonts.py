"""Old path of unionmine.report.fonts, kept for one release."""

from .report.fonts import *  # deprecated: remove after 0.2
