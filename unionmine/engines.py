"""Old path of unionmine.run.engines, kept for one release."""

from .run.engines import *  # deprecated: remove after 0.2
