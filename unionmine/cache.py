"""Old path of unionmine.run.cache, kept for one release."""

from .run.cache import *  # deprecated: remove after 0.2
