"""One module per input format behind this facade: sniff the bytes, then read Word, PDF or HTML.

Plain text has no module here: it is bytes to decode (``unionmine.documents.decode``). A new
format is one new module and one line below.
"""

from .docx import _read_docx as read_docx
from .html import _read_html as read_html
from .pdf import _read_pdf as read_pdf
from .sniff import _sniff as sniff

__all__ = ["read_docx", "read_html", "read_pdf", "sniff"]
