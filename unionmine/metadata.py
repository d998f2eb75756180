"""Old path of unionmine.documents.metadata, kept for one release."""

from .documents.metadata import *  # deprecated: remove after 0.2
