"""Old path of unionmine.run.pipeline, kept for one release."""

from .run.pipeline import *  # deprecated: remove after 0.2
