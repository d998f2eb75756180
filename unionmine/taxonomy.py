"""Old path of unionmine.themes.taxonomy, kept for one release."""

from .themes.taxonomy import *  # deprecated: remove after 0.2
