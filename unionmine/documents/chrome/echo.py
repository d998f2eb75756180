"""Chrome found by comparing a page's lines with each other: a preview that repeats the text's opening (or a
summary box's label over the text), a label repeated down a list, a link bar's lone piece, a date under the
page's credits.

``boilerplate`` finds lines that recur across the files of a collection; some chrome recurs inside one page
instead. A document library or a news system shows a preview of the text above it (``摘要：…``, a doc card's
abstract, a title glued to the first sentences): the preview holds the opening of a paragraph further down,
so it is the site's copy of the text, not the text. A list of related pages repeats its widget's label on
every entry (``推荐度：`` three times): a short line recurring above the text that is no heading, title, date or
signature is the list's furniture. A piece of a link bar left alone ("| 某某网", "某某工会 |": one bar at an edge)
is the bar's when no line beside it has a bar (a table's rows, which are text, come in runs). A bare date right
under a meta or byline line below the text is the date the item was posted: a document's signing date stands
under its signature. None reads a word list.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .line_shapes import compact, is_paragraph
from .protected import DATE_LINE, HEADING, SIGNATURE
from .span import compilation

#: The opening of a paragraph this many compact characters long, found inside an earlier line, makes it a preview.
OPENING_CHARS = 15
#: A preview's label ("摘要", "内容速览") is at most this many compact characters.
LABEL_CHARS = 6
#: A line this short recurring this many times on a page is a list's label.
REPEAT_CHARS = 12
REPEAT_TIMES = 3

#: A summary box's label over the text ("摘要：…", "【导读】", "内容速览：…"): the site's summary, above the text only.
#: With its text only: a bare "摘要" heads a paper's own abstract (a real page labels it body).
_SUMMARY_BOX = re.compile(r"^(?:[【\[]\s*(?:摘要|内容摘要|内容提要|内容速览|内容概要|概要|导读|导语|简介|核心提示)\s*[】\]]"
                          r"|(?:摘要|内容摘要|内容提要|内容速览|内容概要|概要|导读|导语|简介|核心提示)\s*[:：])\s*\S{6}")
_EDGE_BAR = re.compile(r"^[|｜]\s*[^|｜。！？；;，,]{1,15}$|^[^|｜。！？；;，,]{1,15}\s*[|｜]$")
_ANY_BAR = re.compile(r"[|｜]")
_BARE_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$")
#: The rules whose line over a bare date under the text makes that date the posting date.
CREDIT_RULES = ("meta", "byline")
def _before(line: str, count: int) -> str:
    """The part of LINE (as written) before its COUNT-th compact character."""
    for k in range(len(line) + 1):
        if len(compact(line[:k])) > count:
            return line[: k - 1].strip()
    return line.strip()


def _title(s: str, title_like: Callable[[str], bool]) -> bool:
    """A title before the opening: title-shaped and no clause in it (a sentence's start is none)."""
    return title_like(s) and not re.search(r"[，,、；;]", s)


def echo_chrome(lines: list[str], marks: dict[int, str], title_like: Callable[[str], bool]) -> None:
    """Mark previews (``preview``) above the paragraph whose opening they repeat, summary boxes over the text
    (``summary_box``), short labels repeated above the text (``page_repeat``), a link bar's lone pieces
    (``bar_piece``) and a bare date under the credits below the text (``credit_date``)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip() and i not in marks]
    paragraphs = [i for i in nonblank if is_paragraph(lines[i])]
    first = paragraphs[0] if paragraphs else -1
    # only above the text (down to its first paragraph): each line compacted once, not once a paragraph
    above = {i: compact(lines[i]) for i in nonblank if i <= first}
    # a compilation's articles share sentences (a template's 20__ copy under its 2020 one): no previews there
    for j in ([] if compilation(lines) else paragraphs):
        text = compact(lines[j])
        opening = text[:OPENING_CHARS]
        if len(opening) < OPENING_CHARS:
            continue
        for i, c in above.items():
            if i >= j:
                break
            # a title the paragraph restates at its start ("某某工会2025年工作总结如下") is no preview
            # a label or a title precedes the opening: a line that starts with it is the text twice over, and
            # a sentence before it is a hard-wrapped line running into the next
            at = c.find(opening)
            if (i not in marks and at > 0 and c != text and (at <= LABEL_CHARS or _title(_before(lines[i], at), title_like))
                    and not (title_like(lines[i].strip()) and text.startswith(c))):
                marks[i] = "preview"
    for i in nonblank:
        if i > first >= 0:
            break
        if i not in marks and _SUMMARY_BOX.match(lines[i].strip()):
            marks[i] = "summary_box"  # the site's summary of the text, whether or not it repeats the lead
    # above the text only: a plan's own "活动时间：" may recur down its text
    counts = Counter(lines[i].strip() for i in nonblank)
    for i in nonblank:
        s = lines[i].strip()
        if (paragraphs and i < paragraphs[0] and i not in marks and counts[s] >= REPEAT_TIMES and len(s) <= REPEAT_CHARS
                and not (HEADING.match(s) or DATE_LINE.match(s) or SIGNATURE.match(s) or title_like(s))):
            marks[i] = "page_repeat"
    _edges(lines, marks, paragraphs)


def _edges(lines: list[str], marks: dict[int, str], paragraphs: list[int]) -> None:
    """A link bar's lone piece (no unmarked bar line beside it) and a bare date under a meta or byline line."""
    every = [i for i, line in enumerate(lines) if line.strip()]
    for pos, i in enumerate(every):
        if i in marks:
            continue
        s = lines[i].strip()
        beside = [every[k] for k in (pos - 1, pos + 1) if 0 <= k < len(every)]
        if _EDGE_BAR.match(s) and not any(k not in marks and _ANY_BAR.search(lines[k]) for k in beside):
            marks[i] = "bar_piece"
        elif (paragraphs and i > paragraphs[-1] and _BARE_DATE.match(s) and pos > 0
              and marks.get(every[pos - 1]) in CREDIT_RULES):
            marks[i] = "credit_date"
