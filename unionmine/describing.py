"""Old path of unionmine.documents.describe, kept for one release."""

from .documents.describe import *  # deprecated: remove after 0.2
