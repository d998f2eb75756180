"""Old path of unionmine.run.partitioned, kept for one release."""

from .run.partitioned import *  # deprecated: remove after 0.2
