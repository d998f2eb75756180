"""Read an RTF document (as Word, WPS and LibreOffice save it) with ``striprtf``.

The bytes are decoded in the document's own code page (``\\ansicpgN``; 936 is GBK, read as
its superset GB18030), so that raw 8-bit text a writer left unescaped comes out right; the
``\\'hh`` escapes (GBK byte pairs in a WPS file) are decoded by ``striprtf`` in the code page
of the document or of the font's ``\\fcharset`` (134 = GB2312), and ``\\uN`` escapes as
Unicode, their ``\\ucN`` fallback skipped. Headers, footers, the font and style tables and
other ``{\\*…}`` destinations are left out by ``striprtf``. A table row (cells ending ``|``)
becomes one line of tab-separated cells. Heading styles are not read (plain paragraphs).
"""

from __future__ import annotations

import codecs
import re

from ...errors import InputError

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_SUPERSET = {"gbk": "gb18030", "gb2312": "gb18030"}
_ROW = re.compile(r"^(.*)\|\s*$")


def _codepage(data: bytes) -> str:
    found = _CODEPAGE.search(data[:4096])
    if not found:
        return "cp1252"
    try:
        name = codecs.lookup(f"cp{int(found.group(1))}").name
    except LookupError:
        return "cp1252"
    return _SUPERSET.get(name, name)


def read_rtf(data: bytes) -> tuple[str, list[str]]:
    """The text of an RTF document; InputError when it is not one or holds no text."""
    from striprtf.striprtf import rtf_to_text  # deferred: only RTF files need it

    if not data.lstrip().startswith(b"{\\rtf"):
        raise InputError("corrupt RTF: no {\\rtf header")
    warnings: list[str] = []
    encoding = _codepage(data)
    source = data.decode(encoding, "replace")
    try:
        text = rtf_to_text(source, encoding=encoding, errors="replace")
    except Exception as exc:  # noqa: BLE001 - striprtf raises many types on broken files
        raise InputError(f"corrupt RTF: {type(exc).__name__}: {exc}") from None
    if "\ufffd" in text:
        n = text.count("\ufffd")
        warnings.append(f"decoded with replacement characters in {n} places (RTF code page {encoding})")
    lines = []
    for line in text.split("\n"):
        row = _ROW.match(line)
        lines.append("\t".join(c.strip() for c in row.group(1).split("|")) if row else line)
    text = "\n".join(lines)
    if not text.strip():
        raise InputError("RTF document has no text")
    return text, warnings
