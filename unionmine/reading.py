"""Old path of the reading stage, now unionmine.documents (read, decode, discover) and unionmine.text."""

from .documents.decode import *  # deprecated: remove after 0.2
from .documents.discover import *  # deprecated: remove after 0.2
from .documents.formats.html import *  # deprecated: remove after 0.2
from .documents.limits import *  # deprecated: remove after 0.2
from .documents.read import *  # deprecated: remove after 0.2
from .text.normalize import *  # deprecated: remove after 0.2
