"""Read an OpenDocument text file (.odt, as LibreOffice and WPS save it): ``content.xml``.

The archive passes the same zip-bomb checks as a .docx (``docx.checked_zip``); its
``content.xml`` is parsed with lxml (no entity expansion, no network). Headings (``text:h``
with its ``text:outline-level``) become Markdown heading lines as in a .docx
(``layout.mark_headings``); lists and sections are read in order; a table is one line of
tab-separated cells per row. Headers and footers live in ``styles.xml`` and stay out;
footnotes (``text:note``) are dropped with a warning, comments (``office:annotation``) and
deleted text (kept apart in ``text:tracked-changes``) silently. A text box or shape (a
``draw:`` element, as LibreOffice saves a Word text box) is read once, as lines of its own
before the paragraph it is anchored in, as ``docx_text`` reads a .docx. List and outline
numbers are written as LibreOffice shows them (``odt_numbering``). An encrypted file (its
manifest names ``encryption-data``) is refused with a clear reason.
"""

from __future__ import annotations

import zipfile

from ...errors import InputError
from ..limits import Limits
from .docx import checked_zip
from .layout import Line, mark_headings
from .odt_numbering import OdtNumbering

_NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_P, _H, _LIST, _ITEM, _SECTION = (_q(n) for n in ("text:p", "text:h", "text:list",
                                                  "text:list-item", "text:section"))
_TABLE, _ROW, _CELL = _q("table:table"), _q("table:table-row"), _q("table:table-cell")
_NOTE, _FRAME, _SPACE, _TAB, _BREAK = (_q(n) for n in ("text:note", "draw:frame", "text:s",
                                                       "text:tab", "text:line-break"))
_DRAW, _ANNOTATION = f"{{{_NS['draw']}}}", _q("office:annotation")
_HEADER, _STYLE_NAME = _q("text:list-header"), _q("text:style-name")
_SKIP = {_q("text:tracked-changes"), _q("text:sequence-decls"), _q("office:forms")}


class _Reader:
    def __init__(self, numbering: OdtNumbering) -> None:
        self.numbering = numbering
        self.lines: list[Line] = []
        self.dropped = {"footnotes": 0}
        self.boxes: list = []  # text boxes met inside the paragraph being read

    def inline(self, element) -> str:
        parts = [element.text or ""]
        for child in element:
            if child.tag == _NOTE:
                self.dropped["footnotes"] += 1
            elif child.tag.startswith(_DRAW):  # a frame, text box or shape: its text is read apart
                self.boxes.append(child)
            elif child.tag == _ANNOTATION:  # a comment in the margin, not the document's text
                pass
            elif child.tag == _SPACE:
                parts.append(" " * int(child.get(_q("text:c"), "1")))
            elif child.tag == _TAB:
                parts.append("\t")
            elif child.tag == _BREAK:
                parts.append("\n")
            else:
                parts.append(self.inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def block(self, element) -> None:
        for child in element:
            if child.tag in _SKIP:
                continue
            if child.tag in (_H, _P):
                self.paragraph(child, self.numbering.heading_label(child) if child.tag == _H else "")
            elif child.tag == _LIST:
                style = child.get(_STYLE_NAME)
                self.list(child, style, 1, self.numbering.open_list(child, style))
            elif child.tag == _TABLE:
                boxes, self.boxes = self.boxes, []
                for row in child.iter(_ROW):
                    cells = [" ".join(self.inline(p).strip() for p in cell.iter(_P, _H))
                             for cell in row if cell.tag == _CELL]
                    self.lines.append(Line("\t".join(c.strip() for c in cells)))
                self.boxes = boxes  # (a box in a cell is read with the cell's paragraphs)
            elif child.tag in (_ITEM, _SECTION) or len(child):
                self.block(child)

    def paragraph(self, element, label: str) -> None:
        """A heading (with its outline level) or a paragraph, LABEL (its list number) first; the
        text boxes and shapes anchored in it are read once, as lines of their own before it."""
        outer, self.boxes = self.boxes, []
        text = label + self.inline(element)
        boxes, self.boxes = self.boxes, outer
        for box in boxes:
            self.block(box)
        if element.tag == _H:
            level = int(element.get(_q("text:outline-level"), "1") or 1) - 1
            self.lines.append(Line(text.strip(), level))
            return
        for part in text.split("\n"):
            self.lines.append(Line(part.strip()))

    def list(self, element, style, depth: int, counts: dict[int, int]) -> None:
        """A ``text:list`` at DEPTH (1 = top): each item's first paragraph gets its number."""
        for item in element:
            if item.tag not in (_ITEM, _HEADER):
                continue
            first = next(iter(item), None)
            numbered = item.tag == _ITEM and first is not None and first.tag in (_P, _H)
            if style is None and numbered:
                style = self.numbering.list_style(first)
            label = (self.numbering.item_label(style, depth, counts, item.get(_q("text:start-value")))
                     if numbered else "")
            for child in item:
                if child.tag in (_P, _H):
                    self.paragraph(child, label)
                    label = ""
                elif child.tag == _LIST:
                    self.list(child, child.get(_STYLE_NAME) or style, depth + 1, counts)
                else:
                    self.block([child])


def read_odt(data: bytes, limits: Limits) -> tuple[str, list[str]]:
    """The text of an OpenDocument text file; InputError when it cannot be read."""
    import io

    from lxml import etree  # deferred: lxml is loaded only for the formats that parse XML

    infos = checked_zip(data, limits, ".odt")
    names = {info.filename for info in infos}
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
        if mimetype and mimetype != b"application/vnd.oasis.opendocument.text":
            raise InputError(f"not a text document: the OpenDocument file is {mimetype.decode('ascii', 'replace')}")
        manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
        if b"encryption-data" in manifest:
            raise InputError("password-protected OpenDocument file: it needs a password; "
                             "save an unprotected copy")
        if "content.xml" not in names:
            raise InputError("not a text document: the .odt archive has no content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(archive.read("content.xml"), parser)
        styles = etree.fromstring(archive.read("styles.xml"), parser) if "styles.xml" in names else None
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile and lxml raise many types on broken files
        raise InputError(f"corrupt .odt: {type(exc).__name__}: {exc}") from None
    body = root.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise InputError("not a text document: the .odt has no office:text body")
    reader = _Reader(OdtNumbering(styles, root))
    reader.block(body)
    text = "\n".join(mark_headings(reader.lines))
    if not text.strip():
        raise InputError(".odt has no text")
    warnings = [f"OpenDocument {what} left out ({n})" for what, n in reader.dropped.items() if n]
    return text, warnings
