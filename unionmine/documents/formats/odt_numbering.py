"""OpenDocument list and outline numbering written out as LibreOffice shows it (``一、`` ``（二）``).

A list item's number is not in the text: ``text:list`` names a list style whose
``text:list-level-style-number`` for the item's depth gives the format (``style:num-format``
1 a A i I 一 壹 甲 ① …), prefix and suffix (or LibreOffice's ``loext:num-list-format``
``%1%、``), how many levels to show and the start value. Counts run in document order:

- an item counts only when it holds a paragraph of its own (an item that only wraps a deeper
  list does not advance its level); ``text:start-value`` on an item restarts it;
- a deeper level restarts when a shallower one advances;
- a new top-level list restarts, unless it says ``text:continue-numbering`` (the last list
  of the same style goes on) or ``text:continue-list`` (the list with that id goes on);
- a heading outside any list takes its number from the outline style (``text:outline-style``),
  unless it is a list header; ``text:restart-numbering`` with ``text:start-value`` restarts it.
A bullet level gives no text (as for .docx, see ``docx_numbering``).
"""

from __future__ import annotations

from .numformat import fill_label, whole_number

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _t(name: str) -> str:
    return f"{{{_TEXT}}}{name}"


def _s(name: str) -> str:
    return f"{{{_STYLE}}}{name}"


#: the first sign of a ``style:num-format`` -> Word's format name (``numformat``)
_FORMAT_BY_SIGN = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
                   "I": "upperRoman", "一": "chineseCounting", "壹": "chineseLegalSimplified",
                   "甲": "ideographTraditional", "子": "ideographZodiac", "①": "decimalEnclosedCircle",
                   "１": "decimalFullWidth", "⑴": "decimalEnclosedParen", "⒈": "decimalEnclosedFullstop",
                   "〇": "ideographDigital", "㈠": "ideographEnclosedCircle"}


def _format(value: str | None) -> str:
    if not value:
        return "none"
    if value.startswith("0"):
        return "decimalZero"
    return _FORMAT_BY_SIGN.get(value[0], "decimal")


def _level_styles(element) -> dict[int, dict]:
    """Level (1-based) -> its format, template, start and suffix spacing."""
    levels = {}
    for child in element:
        level = whole_number(child.get(_t("level")), 1)
        if child.tag in (_t("list-level-style-number"), _t("outline-level-style")):
            fmt = _format(child.get(_s("num-format")))
            template = child.get(f"{{{_LOEXT}}}num-list-format")
            if template is not None:
                for k in range(1, 11):
                    template = template.replace(f"%{k}%", f"%{k}")
            else:
                shown = max(1, min(whole_number(child.get(_t("display-levels")), 1), level))
                numbers = ".".join(f"%{k}" for k in range(level - shown + 1, level + 1))
                template = (child.get(_s("num-prefix")) or "") + numbers + (child.get(_s("num-suffix")) or "")
        else:  # a bullet or an image: no number
            fmt, template = "bullet", ""
        follow = "nothing"  # the older label-width mode: no character after the number
        for align in child.iter(_s("list-level-label-alignment")):
            follow = align.get(_t("label-followed-by")) or follow
        levels[level] = {"fmt": fmt, "template": template, "follow": follow,
                         "start": whole_number(child.get(_t("start-value")), 1)}
    return levels


class OdtNumbering:
    """List styles of a document and the running counts of its lists and outline."""

    def __init__(self, *roots) -> None:
        self.styles: dict[str, dict[int, dict]] = {}
        self.outline: dict[int, dict] = {}
        self.para_lists: dict[str, str] = {}
        for root in roots:
            if root is None:
                continue
            for element in root.iter(_t("list-style")):
                self.styles[element.get(_s("name"))] = _level_styles(element)
            for element in root.iter(_t("outline-style")):
                self.outline = _level_styles(element)
            for element in root.iter(_s("style")):
                if element.get(_s("list-style-name")):
                    self.para_lists[element.get(_s("name"))] = element.get(_s("list-style-name"))
        self.by_id: dict[str, dict[int, int]] = {}
        self.last: dict[str, dict[int, int]] = {}
        self.outline_counts: dict[int, int] = {}

    def open_list(self, element, style: str | None) -> dict[int, int]:
        """The counts a top-level ``text:list`` goes on with (new ones unless it continues)."""
        counts: dict[int, int] | None = None
        if element.get(_t("continue-list")) in self.by_id:
            counts = self.by_id[element.get(_t("continue-list"))]
        elif element.get(_t("continue-numbering")) == "true":
            counts = self.last.get(style or "")
        counts = {} if counts is None else counts
        if element.get(_XML_ID):
            self.by_id[element.get(_XML_ID)] = counts
        self.last[style or ""] = counts
        return counts

    def list_style(self, paragraph) -> str | None:
        return self.para_lists.get(paragraph.get(_t("style-name")) or "")

    def item_label(self, style: str | None, level: int, counts: dict[int, int], start: str | None) -> str:
        """Advance LEVEL (1-based) of COUNTS and give the item's label."""
        levels = self.styles.get(style or "", {})
        return _advance(levels, level, counts, whole_number(start, 0) or None)

    def heading_label(self, heading) -> str:
        level = max(1, whole_number(heading.get(_t("outline-level")), 1))
        if heading.get(_t("is-list-header")) == "true" or not self.outline:
            return ""
        if heading.get(_t("restart-numbering")) == "true":
            self.outline_counts.pop(level, None)
            return _advance(self.outline, level, self.outline_counts,
                            whole_number(heading.get(_t("start-value")), 1))
        return _advance(self.outline, level, self.outline_counts, None)


def _advance(levels: dict[int, dict], level: int, counts: dict[int, int], start: int | None) -> str:
    style = levels.get(level)
    default = style["start"] if style else 1
    counts[level] = start if start is not None else counts[level] + 1 if level in counts else default
    for deeper in [d for d in counts if d > level]:
        del counts[deeper]
    if style is None or style["fmt"] == "bullet":
        return ""
    values = [counts.get(k, levels[k]["start"] if k in levels else 1) for k in range(1, 11)]
    formats = [levels[k]["fmt"] if k in levels else "decimal" for k in range(1, 11)]
    text = fill_label(style["template"], values, formats)
    if not text or style["follow"] == "nothing":
        return text
    return text + (" " if text[-1].isascii() else "")
