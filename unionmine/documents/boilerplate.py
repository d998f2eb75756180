"""Boilerplate across a run: lines recurring in the margins of many files of one collection.

jusText and boilerpipe reason the same way: what many pages of one site share above and below
their text is the site's furniture. Headings sit between body lines, so they are never in the
margins; headings, titles, signatures and dates are never counted at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .chrome.line_shapes import compact
from .chrome.protected import SENTENCE, is_protected

#: A line is boilerplate when it recurs in the margins of at least this many files...
BOILERPLATE_MIN_FILES = 3
#: ...and of at least this share of the files of the run.
BOILERPLATE_MIN_SHARE = 0.01
#: A body-like line: this many characters with a sentence mark; margins lie outside them.
BODY_LINE_CHARS = 30


def margin_lines(text: str) -> set[str]:
    """Compact short lines above the first and below the last body-like line of a page.

    Headings sit between body lines, so they are never in the margins; what recurs in the
    margins of many pages of one collection is the sites' own furniture."""
    lines = [line.strip() for line in text.split("\n")]
    body = [i for i, s in enumerate(lines) if len(s) >= BODY_LINE_CHARS and re.search(r"[。，,；;]", s)]
    if not body:
        return set()
    first, last = body[0], body[-1]
    out = set()
    for i, s in enumerate(lines):
        if s and (i < first or i > last) and len(s) <= 40 and not SENTENCE.search(s) and not is_protected(s):
            key = compact(s)
            if len(key) >= 2:
                out.add(key)
    return out


def boilerplate(pages: Iterable[set[str]], n_pages: int | None = None) -> frozenset[str]:
    """The margin lines that recur in enough pages of one collection (see the two floors)."""
    counts: Counter = Counter()
    n = 0
    for lines in pages:
        counts.update(lines)
        n += 1
    n = n_pages or n
    floor = max(BOILERPLATE_MIN_FILES, int(BOILERPLATE_MIN_SHARE * n + 0.999))
    return frozenset(line for line, c in counts.items() if c >= floor)
