"""What stands under a news item's closing credit: the site's (issue 12, round 27).

A news item closes with its credit, glued in brackets to the last paragraph (``…清凉度夏。（通讯员：某某）``) or
on a line of its own (``某某/摄``): the writer's text ends there. The few short lines the rules left under it, to
the page's end, are the site's: a company's name heading its footer, a headline of the site's list. On the
development pages (sets 6-17) two sites show the shape, and no labelled text line stands under a credit except
a date (``2015年10月19日``) and copies of the page's title.

All or nothing: the lines are taken only when every one of them is short, no sentence, no heading, no date, no
signature over a date, and no copy of a line above (a title printed again under the text is the title rules').
A paragraph under the credit means the credit was not the end, and nothing is taken.
"""

from __future__ import annotations

import re

from .credit_lines import credit_line
from .line_shapes import PARAGRAPH_CHARS
from .protected import DATE_LINE, HEADING, SENTENCE, SIGNATURE

#: The lines under the credit are this short at most (characters) ...
CLOSING_LINE_CHARS = 30
#: ... and this many at most; more is a block that other rules must judge.
CLOSING_RUN = 3

_TRAILING_BRACKET = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")
_NOT_WORD = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]+")


def glued_credit(line: str) -> bool:
    """LINE is a sentence that ends with a credit in brackets (``…度夏。（通讯员：某某）``)."""
    s = line.strip()
    m = _TRAILING_BRACKET.search(s)
    return bool(m) and m.start() > 0 and bool(SENTENCE.search(s[:m.start()])) and credit_line(m.group(0))


def _closing_credit(lines: list[str], marks: dict[int, str], nonblank: list[int]) -> int | None:
    paragraphs = [i for i in nonblank if i not in marks and len(lines[i].strip()) >= PARAGRAPH_CHARS
                  and SENTENCE.search(lines[i])]
    if not paragraphs:
        return None
    last = paragraphs[-1]
    credits = [i for i in nonblank if i > last and marks.get(i) in ("credit", "byline")]
    if credits:
        return credits[-1]
    return last if glued_credit(lines[last]) else None


def after_closing_credit(lines: list[str], marks: dict[int, str]) -> None:
    """Mark (rule ``after_credit``) the short lines left under a news item's closing credit (see the module)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    closing = _closing_credit(lines, marks, nonblank)
    if closing is None:
        return
    rest = [i for i in nonblank if i > closing and i not in marks]
    if not rest or len(rest) > CLOSING_RUN:
        return
    above = {_NOT_WORD.sub("", lines[k]) for k in nonblank if k < closing}
    dates = {pos for pos, k in enumerate(nonblank) if DATE_LINE.match(lines[k].strip())}
    for i in rest:
        s = lines[i].strip()
        pos = nonblank.index(i)
        dated = pos - 1 in dates or pos + 1 in dates
        if (len(s) > CLOSING_LINE_CHARS or SENTENCE.search(s) or HEADING.match(s) or DATE_LINE.match(s)
                or (SIGNATURE.match(s) and dated) or _NOT_WORD.sub("", s) in above):
            return
    for i in rest:
        marks[i] = "after_credit"
