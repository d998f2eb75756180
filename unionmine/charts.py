"""Old path of unionmine.report.charts, kept for one release."""

from .report.charts import *  # deprecated: remove after 0.2
