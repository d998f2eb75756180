"""One module per input format behind this facade: sniff the bytes, then read Word (.docx; Word
97-2003 and WPS .doc/.wps), RTF, OpenDocument text, PDF, HTML or a single-file web page (.mht).

Plain text has no module here: it is bytes to decode (``unionmine.documents.decode``). A new
format is one new module and one line below.
"""

from .docx import read_docx
from .html import read_html
from .mht import read_mht
from .odt import read_odt
from .pdf import read_pdf
from .rtf import read_rtf
from .sniff import sniff
from .worddoc import read_ole_word

__all__ = ["read_docx", "read_html", "read_mht", "read_odt", "read_ole_word", "read_pdf", "read_rtf", "sniff"]
