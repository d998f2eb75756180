"""Old path of unionmine.documents.clean, kept for one release."""

from .documents.clean import *  # deprecated: remove after 0.2
