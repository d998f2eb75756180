"""An RSS or Atom feed saved as a page's text: read as a feed, not as lines of markup (issue 12, round 41).

A site's news feed saved as text (`<?xml …?><rss>`, `<channel>`, `<item>` with its `<title>`, `<link>`, `<guid>`,
`<pubDate>` and `<content:encoded><![CDATA[…]]>`; an Atom `<feed>` with its `<entry>`) is no web page: read line by
line, its fields' tags break the text and the feed's own fields stay as site lines. ``read_feed`` parses it with
BeautifulSoup's XML reader (lxml, recovering from a copy cut off mid-item, both already the HTML reader's
dependencies) and gives each item's title and content (its HTML read as text by the HTML reader's own
``html_to_text``), one item after the other; the feed's own fields (its title, link, language) and each item's
link, guid, date and author are the site's and are not read. An item the copy cut off before its end (no closing
tag) is a fragment of the next item, not an article, and is left out too.
"""

from __future__ import annotations

import re

from ...errors import InputError
from .html import html_to_text

#: How a feed opens: an XML declaration, then (within its first lines) the root of an RSS 1.0/2.0 or Atom feed.
_FEED_HEAD = re.compile(r"^(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss[\s>]|feed[\s>]|rdf:RDF[\s>])", re.DOTALL)
#: An item's content, fullest first: RSS's content:encoded, then Atom's content, then the summary either gives.
_CONTENT_FIELDS = ("encoded", "content", "description", "summary")


def is_feed(text: str) -> bool:
    """Whether TEXT (a decoded file) opens as an RSS or Atom feed."""
    return bool(_FEED_HEAD.match(text.lstrip("\ufeff \t\r\n")[:2000]))


def _field_text(field) -> str:
    """The text of one field, its HTML (escaped or in CDATA) read as text: one block, one line."""
    inner = field.get_text()
    if "<" not in inner:
        return inner.strip()
    try:
        return html_to_text(inner).strip()
    except InputError:  # markup only
        return ""


def read_feed(text: str) -> tuple[str, str | None]:
    """The feed's items as text (each its title line, then its content's lines; a blank line between items)
    and the title hint: the one item's title, or None for a feed of several items or none."""
    from bs4 import BeautifulSoup  # (deferred: the HTML reader's parser, loaded only for a feed)

    soup = BeautifulSoup(text, "xml")
    items = soup.find_all(["item", "entry"])
    closed = len(re.findall(r"</(?:item|entry)\s*>", text))
    parts: list[tuple[str, str]] = []
    for item in items[:closed]:
        title_field = item.find("title", recursive=False)
        title = " ".join(title_field.get_text().split()) if title_field else ""
        content = next((t for t in (_field_text(f) for name in _CONTENT_FIELDS
                                    for f in item.find_all(name, recursive=False)) if t), "")
        if title or content:
            parts.append((title, content))
    if not parts:
        raise InputError("feed has no complete item with a title or text")
    body = "\n\n".join("\n".join(x for x in part if x) for part in parts)
    return body, (parts[0][0] or None) if len(parts) == 1 else None
