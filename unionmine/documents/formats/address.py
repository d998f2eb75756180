"""Where a saved web page came from: the address its own markup or its MIME wrapper records.

A browser writes the address into what it saves: Internet Explorer and Edge put
``<!-- saved from url=(0042)https://… -->`` above the page, Chrome's and Edge's .mhtml carry
``Snapshot-Content-Location`` in the wrapper's headers and a ``Content-Location`` on each part,
and many pages state their own address in ``<link rel="canonical">``, ``<meta property="og:url">``
or ``<base href>``. The first of these that holds an absolute http(s) address is the page's
``source_url`` (documents.parquet); ``about:internet`` (IE's mark for a page saved from disk),
``file:`` and relative addresses say nothing.
"""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import quote, urlsplit

#: how far into a page its markers are looked for (the browser's comment and <head> come first)
HEAD_CHARS = 65_536
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\s*\d+\s*\)\s*(\S+?)\s*-->", re.IGNORECASE)
_TAG = re.compile(r"<(link|meta|base)\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
#: (tag, attribute that must hold, its value's words, attribute holding the address), in order of trust
_MARKERS = (
    ("link", "rel", "canonical", "href"),
    ("meta", "property", "og:url", "content"),
    ("base", None, None, "href"),
)


def web_address(value: str | None) -> str | None:
    """VALUE as an absolute http(s) address (spaces and characters outside ASCII percent-quoted),
    or None when it is none (empty, relative, ``about:``, ``file:``, no host)."""
    value = html_lib.unescape((value or "").strip().strip("\"'<>"))
    if not value:
        return None
    value = quote(value, safe="!#$%&'()*+,-./:;=?@[]_~")
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return value


def _attributes(inside: str) -> dict[str, str]:
    return {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(inside)}


def html_address(markup: str) -> str | None:
    """The address a saved HTML page records (see the module's docstring), or None."""
    head = markup[:HEAD_CHARS]
    saved = _SAVED_FROM.search(head)
    if saved and web_address(saved.group(1)):
        return web_address(saved.group(1))
    found: dict[int, str] = {}
    for m in _TAG.finditer(head):
        attrs = _attributes(m.group(2))
        for rank, (tag, key, word, where) in enumerate(_MARKERS):
            if m.group(1).lower() != tag or rank in found:
                continue
            if key and word not in attrs.get(key, "").lower().split():
                continue
            address = web_address(attrs.get(where))
            if address:
                found[rank] = address
    return found[min(found)] if found else None


def mime_address(message, part) -> str | None:
    """The address a single-file web page (.mht/.mhtml) records: its wrapper's
    ``Snapshot-Content-Location``, else the page part's ``Content-Location`` (a part named
    ``cid:…`` or ``file:`` says nothing), else None (the page's own markup may then say)."""
    for value in (message.get("Snapshot-Content-Location"), part.get("Content-Location") if part else None,
                  message.get("Content-Location")):
        address = web_address("".join(str(value).split()) if value else None)  # (a folded header)
        if address:
            return address
    return None
