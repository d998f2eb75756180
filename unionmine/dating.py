"""Old path of unionmine.documents.dating, kept for one release."""

from .documents.dating import *  # deprecated: remove after 0.2
