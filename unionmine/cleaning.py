"""Old path of unionmine.documents.clean, kept for one release."""

from .documents._rule_analysis import NEEDED_CLASS_MAX  # noqa: F401 - deprecated: remove after 0.2
from .documents.clean import *  # deprecated: remove after 0.2
