"""Read an HTML page: its declared charset, then the text of its blocks."""

from __future__ import annotations

import codecs
import re

from ...errors import InputError
from ..decode import _BOMS, _strict, decode_bytes

#: HTML elements whose text is never document text.
HTML_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "iframe", "object", "embed", "svg", "canvas", "button", "select",
)  # fmt: skip
#: HTML elements that start a new line.
HTML_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr", "center",
    "address", "figure", "figcaption", "caption", "tbody", "thead", "tfoot", "form", "fieldset",
)  # fmt: skip


_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)
#: Declared HTML charsets read with their superset (pages declaring GB2312 routinely use GBK).
CHARSET_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
}


def _read_html(data: bytes) -> tuple[str, str, list[str]]:
    warnings: list[str] = []
    text: str | None = None
    encoding = ""
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        match = _META_CHARSET_RE.search(data[:8192])
        if match:
            declared = match.group(1).decode("ascii", "replace").lower()
            declared = CHARSET_SUPERSETS.get(declared, declared)
            try:
                encoding = codecs.lookup(declared).name
            except LookupError:
                warnings.append(f"unknown declared charset {declared!r}; encoding guessed")
            else:
                text = _strict(data, encoding)
                if text is None:
                    warnings.append(f"page declares {declared} but is not; encoding guessed")
    if text is None:
        text, encoding, more = decode_bytes(data)
        warnings.extend(more)
    return _html_to_text(text), f"html:{encoding}", warnings


def _html_to_text(markup: str) -> str:
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

    try:
        soup = BeautifulSoup(markup, "lxml")
    except Exception as exc:  # noqa: BLE001 - parser failure on hostile markup
        raise InputError(f"HTML cannot be parsed: {type(exc).__name__}") from None
    for node in soup.find_all(
        string=lambda s: isinstance(s, (Comment, Doctype, Declaration, ProcessingInstruction))
    ):
        node.extract()
    for tag in soup.find_all(HTML_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(["td", "th"]):
        tag.insert_after("\t")
    for tag in soup.find_all(HTML_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    root = soup.body or soup
    text = root.get_text("")
    if not text.strip():
        raise InputError("HTML page has no text")
    # One block, one line (as for .docx paragraphs); markup indentation is not text.
    return _HTML_BLANK_RE.sub("\n", text)


_HTML_BLANK_RE = re.compile(r"[ \t\r]*\n[\s]*")
