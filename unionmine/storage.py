"""Old path of unionmine.store.tables, kept for one release."""

from .store.tables import *  # deprecated: remove after 0.2
