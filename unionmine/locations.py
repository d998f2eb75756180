"""Old path of unionmine.store.paths, kept for one release."""

from .store.paths import *  # deprecated: remove after 0.2
