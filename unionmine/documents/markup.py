"""An editor's leftover HTML tags in a page's text: markup, not text (ruling (m), issue 12, Round 38).

A page copied as text sometimes keeps the tags its editor or a blog platform wrote around the paragraphs
(`<p class="ql-block">…</p> <p class="ql-block">…`, `<h3 style="text-align: center">…</h3>` inside a one-line page,
a spam tag `<rt id="…"></rt>` on a line of its own). No reader reads them, and left in the text they break the line
at their spaces, so that chrome rules take the split-off attributes (and the words beside them) for site lines.
``drop_markup`` reads every tag of a known HTML element (and a comment, and such a tag cut off at a line's end) as
a space, before cleaning. Only tags: angle brackets around words that name no HTML element (`<工会法>`, `a<b`,
`<附件1>`) stay, and so does every letter between tags.
"""

from __future__ import annotations

import re

#: HTML elements an editor's markup holds (block, inline and ruby elements, tables, lists, forms' spam tags).
ELEMENTS = (
    "a", "abbr", "article", "aside", "b", "big", "blockquote", "br", "center", "cite", "code", "dd", "del", "dfn", "div",
    "dl", "dt", "em", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "i", "image", "img", "ins", "label", "li", "main", "mark", "nav", "ol", "p", "pre", "rp", "rt", "ruby", "s", "section",
    "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u",
    "ul", "var",
)
_NAME = "(?:" + "|".join(sorted(ELEMENTS, key=len, reverse=True)) + ")"
_TAG = re.compile(
    rf"<!--.*?-->|</?{_NAME}(?:\s[^<>]{{0,300}})?/?>"
    rf"|</?{_NAME}(?:\s[^<>\n\u3400-\u9fff]{{0,120}})?$",  # cut off by the line's end: `<p class="ql-`
    re.IGNORECASE | re.MULTILINE | re.DOTALL)
_SPACES = re.compile(r"[ \t]{2,}")
#: A line that held tags keeps its words only when one is left: a Chinese character or a Latin letter. What a line of
#: spam tags leaves besides (the list number `1.` its rendering put before them) is no text either.
_WORD = re.compile(r"[A-Za-z\u3400-\u9fff\uf900-\ufaff]")


def drop_markup(text: str) -> str:
    """TEXT with an editor's HTML tags read as spaces; a line holding one loses the spaces they leave at its
    edges and between its words (one space stays), and is emptied when no word is left (`_WORD`); every other
    line is as it was."""
    if "<" not in text or not _TAG.search(text):
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "<" in line:
            stripped = _TAG.sub(" ", line)
            if stripped != line:
                lines[i] = _SPACES.sub(" ", stripped).strip() if _WORD.search(stripped) else ""
    return "\n".join(lines)
