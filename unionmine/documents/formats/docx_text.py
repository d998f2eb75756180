"""The text of a .docx body as Word shows it: what python-docx's ``paragraph.text`` misses.

``paragraph.text`` reads only runs and hyperlinks that are direct children of the paragraph,
so a revised file lost the words its last editor added (tracked ``w:ins``/``w:moveTo``), and
text inside ``w:smartTag``, ``w:customXml``, inline content controls (``w:sdt``) and simple
fields (``w:fldSimple``: a date, a page reference) was dropped, as were text boxes. Here a
paragraph's inline content is walked in order:

- read: runs, and the runs inside ``ins``, ``moveTo``, ``smartTag``, ``customXml``,
  ``hyperlink``, ``fldSimple``, ``sdt`` content, ``dir``/``bdo``, a ruby's base text;
- left out: ``del``/``moveFrom`` (deleted and moved-away text), field codes (``instrText``),
  a ruby's phonetic guide, the properties of paragraphs, runs and content controls;
- a text box (``w:txbxContent``, in a DrawingML ``w:drawing`` or a VML ``w:pict``) is read
  once, as lines of its own just before the paragraph it is anchored in: Word writes the
  same box twice, the DrawingML one in ``mc:Choice`` and a VML copy in ``mc:Fallback``, and
  only the Choice is read (the Fallback when there is no Choice);
- the automatic list number (``docx_numbering``) is written before the paragraph's text.
Headers and footers are other parts of the package and stay out.
"""

from __future__ import annotations

from .docx_numbering import Numbering
from .layout import Line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RUN_CHARS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_INLINE = {_W + n for n in ("ins", "moveTo", "smartTag", "customXml", "hyperlink", "fldSimple",
                            "sdtContent", "dir", "bdo", "rubyBase")}
_BOXES = {_W + n for n in ("drawing", "pict", "object")} | {_MC + "AlternateContent"}


def _choice(alternate):
    """The one branch of an ``mc:AlternateContent`` to read: its first Choice, else its Fallback."""
    return alternate.find(_MC + "Choice") if alternate.find(_MC + "Choice") is not None \
        else alternate.find(_MC + "Fallback")


def text_boxes(element) -> list:
    """The ``w:txbxContent`` elements under ELEMENT, each once (Choice over Fallback, no box
    counted again inside another)."""
    out = []
    for child in element:
        if child.tag == _W + "txbxContent":
            out.append(child)
        elif child.tag == _MC + "AlternateContent":
            branch = _choice(child)
            if branch is not None:
                out.extend(text_boxes(branch))
        else:
            out.extend(text_boxes(child))
    return out


def _inline(element, parts: list[str], boxes: list) -> None:
    for child in element:
        tag = child.tag
        if tag == _W + "r":
            for item in child:
                if item.tag == _W + "t":
                    parts.append(item.text or "")
                elif item.tag in _RUN_CHARS:
                    parts.append(_RUN_CHARS[item.tag])
                elif item.tag == _W + "br":  # a line break; a page or column break shows nothing
                    parts.append("\n" if item.get(_W + "type") in (None, "textWrapping") else "")
                elif item.tag in _BOXES:  # a drawing, VML picture or mc:AlternateContent
                    boxes.extend(text_boxes([item]))
                elif item.tag == _W + "ruby":
                    base = item.find(_W + "rubyBase")
                    if base is not None:
                        _inline(base, parts, boxes)
        elif tag in _INLINE:
            _inline(child, parts, boxes)
        elif tag == _W + "sdt":
            content = child.find(_W + "sdtContent")
            if content is not None:
                _inline(content, parts, boxes)
        elif tag == _MC + "AlternateContent":
            branch = _choice(child)
            if branch is not None:
                _inline(branch, parts, boxes)


class BodyReader:
    """Lines of a .docx body, text boxes and list numbers included, in reading order."""

    def __init__(self, numbering_xml, styles_xml, outline_level, parent) -> None:
        self.parent = parent  # the python-docx document, for its table model
        self.numbering = Numbering(numbering_xml, styles_xml)
        self.outline_level = outline_level  # paragraph element -> 0-based level or None
        self.lines: list[Line] = []
        self.boxes = 0

    def paragraph(self, p) -> tuple[str, list]:
        parts: list[str] = [self.numbering.label(p)]
        boxes: list = []
        _inline(p, parts, boxes)
        return "".join(parts), boxes

    def box_lines(self, boxes: list) -> None:
        for box in boxes:
            self.boxes += 1
            self.block(box)

    def block(self, element) -> None:
        for child in element:
            if child.tag == _W + "p":
                text, boxes = self.paragraph(child)
                self.box_lines(boxes)
                self.lines.append(Line(text, self.outline_level(child)))
            elif child.tag == _W + "tbl":
                self.table(child)
            elif child.tag == _W + "sdt":
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self.block(content)
            elif child.tag in (_W + "customXml", _W + "ins", _W + "moveTo"):
                self.block(child)
            elif child.tag == _MC + "AlternateContent":
                branch = _choice(child)
                if branch is not None:
                    self.block(branch)

    def table(self, tbl) -> None:
        from docx.table import Table

        for row in Table(tbl, self.parent).rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # merged cells repeat
                    continue
                seen.add(id(cell._tc))
                cells.append(self.cell_text(cell._tc))
            self.lines.append(Line("\t".join(cells)))

    def cell_text(self, element) -> str:
        """A cell's paragraphs (nested tables and text boxes too) joined by spaces."""
        texts = []
        for child in element:
            if child.tag == _W + "p":
                text, boxes = self.paragraph(child)
                texts.append(text.strip())
                texts.extend(self.cell_text(box) for box in boxes)
            elif child.tag == _W + "tbl":
                for tr in child.findall(_W + "tr"):
                    texts.extend(self.cell_text(tc) for tc in tr.findall(_W + "tc"))
            elif child.tag in (_W + "sdtContent", _W + "customXml"):
                texts.append(self.cell_text(child))
            elif child.tag == _W + "sdt" and child.find(_W + "sdtContent") is not None:
                texts.append(self.cell_text(child.find(_W + "sdtContent")))
        return " ".join(t for t in texts if t)
