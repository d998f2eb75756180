"""Old path of unionmine.documents.split, kept for one release."""

from .documents.split import *  # deprecated: remove after 0.2
