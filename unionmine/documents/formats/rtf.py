"""Read an RTF document (as Word, WPS and LibreOffice save it) with ``striprtf``.

The bytes are decoded in the document's own code page (``\\ansicpgN``; 936 is GBK, read as
its superset GB18030), so that raw 8-bit text a writer left unescaped comes out right; the
``\\'hh`` escapes (GBK byte pairs in a WPS file) are decoded by ``striprtf`` in the code page
of the document or of the font's ``\\fcharset`` (134 = GB2312), and ``\\uN`` escapes as
Unicode, their ``\\ucN`` fallback skipped. Headers, footers, the font and style tables and
other ``{\\*…}`` destinations are left out by ``striprtf``. A table row (cells ending ``|``)
becomes one line of tab-separated cells. A paragraph in a heading style (a style of the
``\\stylesheet`` named ``heading N``/``标题 N``) or with an ``\\outlinelevelN`` is a heading, as
``docx.py`` reads a .docx: before ``striprtf`` runs, a private-use character naming the level is
put where the paragraph names its style, and taken out again after.
"""

from __future__ import annotations

import codecs
import re

from ...errors import InputError
from .html import CHARSET_SUPERSETS
from .layout import HEADING_STYLE, Line, mark_headings

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_ROW = re.compile(r"^(.*)\|\s*$")
_STYLE_ENTRY = re.compile(rb"\{[^{}]*?\\s(\d+)(?![a-z\d])((?:[^{};]|\{[^{}]*\})*);")
_STYLE_USE = re.compile(rb"\\(s|outlinelevel)(\d+)(?![a-z\d]) ?")
_HEX = re.compile(rb"\\'([0-9a-fA-F]{2})")
_CONTROL = re.compile(rb"\\[a-z]+-?\d* ?|[{}]")
_MARK = 0xE100  # private-use characters U+E100 + level mark a heading paragraph


def _group_end(data: bytes, start: int) -> int:
    """The index just past the group that opens at START (a ``{``), escapes aside."""
    depth, i = 0, start
    while i < len(data):
        ch = data[i]
        if ch == 0x5C:  # backslash: skip the escaped character
            i += 2
            continue
        if ch == 0x7B:
            depth += 1
        elif ch == 0x7D:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(data)


def _mark_headings(data: bytes, encoding: str) -> bytes:
    """DATA with a level mark where a paragraph takes a heading style or an outline level."""
    start = data.find(b"{\\stylesheet")
    levels: dict[bytes, int] = {}
    body_from = 0
    if start >= 0:
        body_from = _group_end(data, start)
        for entry in _STYLE_ENTRY.finditer(data[start:body_from]):
            raw = _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), entry.group(2))
            name = _CONTROL.sub(b" ", raw).decode(encoding, "replace").strip()
            found = HEADING_STYLE.match(name)
            if found:
                levels[entry.group(1)] = int(found.group(1)) - 1

    def mark(m: re.Match) -> bytes:
        if m.group(1) == b"s":
            level = levels.get(m.group(2))
        else:
            level = int(m.group(2)) if int(m.group(2)) < 9 else None
        if level is None:
            return m.group(0)
        return m.group(0) + b"{\\uc0\\u%d }" % (_MARK + level)

    return data[:body_from] + _STYLE_USE.sub(mark, data[body_from:])


def _codepage(data: bytes) -> str:
    found = _CODEPAGE.search(data[:4096])
    if not found:
        return "cp1252"
    try:
        name = codecs.lookup(f"cp{int(found.group(1))}").name
    except LookupError:
        return "cp1252"
    return CHARSET_SUPERSETS.get(name, name)


def read_rtf(data: bytes) -> tuple[str, list[str]]:
    """The text of an RTF document; InputError when it is not one or holds no text."""
    from striprtf.striprtf import rtf_to_text  # deferred: only RTF files need it

    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError("corrupt RTF: no {\\rtf header")
    warnings: list[str] = []
    encoding = _codepage(data)
    source = _mark_headings(data, encoding).decode(encoding, "replace")
    try:
        text = rtf_to_text(source, encoding=encoding, errors="replace")
    except Exception as exc:  # noqa: BLE001 - striprtf raises many types on broken files
        raise InputError(f"corrupt RTF: {type(exc).__name__}: {exc}") from None
    if "\ufffd" in text:
        n = text.count("\ufffd")
        warnings.append(f"decoded with replacement characters in {n} places (RTF code page {encoding})")
    lines: list[Line] = []
    for line in text.split("\n"):
        marks = [ord(c) - _MARK for c in line if _MARK <= ord(c) < _MARK + 9]
        if marks:
            line = "".join(c for c in line if not _MARK <= ord(c) < _MARK + 9)
        row = _ROW.match(line)
        line = "\t".join(c.strip() for c in row.group(1).split("|")) if row else line
        lines.append(Line(line, marks[-1] if marks and line.strip() else None))
    text = "\n".join(mark_headings(lines))
    if not text.strip():
        raise InputError("RTF document has no text")
    return text, warnings
