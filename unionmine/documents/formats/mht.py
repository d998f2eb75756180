"""Read a web page saved as one file (.mht/.mhtml: IE's and Edge's 网页，单个文件; Word's and
WPS's 单个文件网页), a MIME message whose ``text/html`` part is the page.

The message is parsed with the standard library's ``email``; the first ``text/html`` part
(else the first ``text/plain`` one) is unpacked from its transfer encoding (quoted-printable,
base64) and decoded by the part's declared charset (GB2312/GBK read as GB18030, as for a web
page), falling back on the page's own ``<meta charset>`` and on guessing
(``html.read_html``). The page then takes the HTML path: main-content extraction, title,
chrome lines. Images, styles and scripts in the other parts are ignored. The address it was
saved from is the wrapper's (``address.mime_address``), else the page's own markup's.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re

from ...errors import InputError
from ..decode import decode_bytes, strict_decode
from .address import html_address, mime_address
from .html import CHARSET_SUPERSETS, html_page, read_html

_MIME_HEAD = re.compile(rb"^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?(?:MIME-Version|Content-Type):",
                        re.IGNORECASE)


def is_mime(data: bytes) -> bool:
    """Whether DATA starts with mail headers naming MIME content (a saved single-file page)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf\r\n \t").replace(b"\r\n", b"\n")
    return bool(_MIME_HEAD.match(head)) and (b"multipart/related" in head.lower()
                                             or b"text/html" in head.lower())


def read_mht(data: bytes) -> tuple[str, str, list[str], str | None, frozenset[str], str | None, str | None]:
    """(text, encoding, warnings, title, chrome keys, the address it was saved from, a WeChat account's words on
    who publishes it) of a single-file web page."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        parts = [p for p in message.walk() if not p.is_multipart()]
    except Exception as exc:  # noqa: BLE001 - the email parser is lenient; this is a last guard
        raise InputError(f"corrupt .mht: {type(exc).__name__}: {exc}") from None
    part = next((p for p in parts if p.get_content_type() == "text/html"), None)
    plain = part is None
    if plain:
        part = next((p for p in parts if p.get_content_type() == "text/plain"), None)
    if part is None:
        raise InputError("saved web page (.mht) has no HTML or text part")
    payload = part.get_payload(decode=True) or b""
    if not payload.strip():
        raise InputError("saved web page (.mht) has no HTML or text part")
    warnings: list[str] = []
    declared = (part.get_content_charset() or "").lower()
    text, encoding = None, ""
    if declared:
        declared = CHARSET_SUPERSETS.get(declared, declared)
        try:
            encoding = codecs.lookup(declared).name
        except LookupError:
            encoding = ""
        text = strict_decode(payload, encoding) if encoding else None
    if plain:
        if text is None:
            text, encoding, more = decode_bytes(payload)
            warnings.extend(more)
        return text, f"mht:{encoding}", warnings, None, frozenset(), mime_address(message, part), None
    if text is None:  # no charset, or a wrong one: the page's <meta>, then guessing
        page, html_encoding, more, title, chrome, address, writer = read_html(payload)
        return (page, "mht:" + html_encoding.removeprefix("html:"), more, title, chrome,
                mime_address(message, part) or address, writer)
    page, title, chrome, writer = html_page(text, warnings)
    return (page, f"mht:{encoding}", warnings, title, chrome, mime_address(message, part) or html_address(text),
            writer)
