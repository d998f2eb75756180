"""Old path of unionmine.documents.duplicates, kept for one release."""

from .documents.duplicates import *  # deprecated: remove after 0.2
