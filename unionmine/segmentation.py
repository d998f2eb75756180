"""Old path of unionmine.text.tokenize, kept for one release."""

from .text.tokenize import *  # deprecated: remove after 0.2
