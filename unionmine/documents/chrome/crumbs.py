"""A page's menu words repeated over its text: lines that echo an item of the page's own breadcrumb (issue 12,
round 27).

A breadcrumb names the site's columns (``您所在的位置: 首页 >> 党建工作 >> 群团工作``); a site's template often
prints the same column names again as the headings of its menu or its column box (``党建工作`` / ``群团工作`` on
lines of their own) before the article's headline. Above the text's first paragraph, a line that is nothing but
one of those items is the site's, whatever its shape, because the page itself says it is a column: the evidence
is the page's own breadcrumb, not a list of words. On the development pages every such line (18 lines on 14
sites, sets 6-17) is labelled chrome; most were taken by other rules already.

Kept whatever the breadcrumb says: a numbered heading, a date, an article marker, a line shaped like a title
(``小学工会工作计划``, ``院工会表彰职工代表优秀提案``: a breadcrumb may end with the page's own title, and the
title rules judge those), and an echo of the breadcrumb's last item when it is the last line left above the
text (it may be the headline itself). The home page's name (首页, 网站首页) is no column.

Round 29 (set 20, spent): *the breadcrumb's last item printed as the page's heading over the document's own title*
(``… > 工作总结 > 某某工作总结`` over ``某某工作总结``, its meta line, ``某某工作总结`` again, then ``某某制度工作小结``
over the text). Title-shaped, so ``crumb_echoes`` keeps it; but when a different title-shaped line stands under it
before the first paragraph, the document has its own title and the heading is the site's label of the page
(``crumb_heading``, run by ``chrome.find.drop_chrome`` on the page's lines with the cleaning rules' marks too, as a
breadcrumb is most often the cleaning rules' ``navigation``). On sets 6-20 seven sites show the shape (6:p34, 13:p07, 16:p22, 17:p29, 17:p34, 17:p37,
20:p42) and every such line is labelled chrome; a page whose crumb item stands alone over the text (14:p06,
18:p15: the headline) is untouched, as is one over a dash subtitle (``——记…``: the headline's own second line).
A line with an article marker stays for the splitter.
"""

from __future__ import annotations

import re

from ...text.normalize import SUBTITLE_LED
from .head import BREADCRUMB_MARKS
from .line_shapes import PARAGRAPH_CHARS, title_shaped
from .lines import BREADCRUMB_CUE, CRUMB_SPLIT
from .protected import DATE_LINE, HEADING, SENTENCE

_HOME = frozenset({"首页", "网站首页", "主页", "返回首页", "本站首页"})
_MARKER = re.compile(r"篇\s*[\d一二三四五六七八九十]{1,3}|[【\[]\s*(?:篇|第)")
_NOT_WORD = re.compile(r"[^0-9A-Za-z\u3400-\u9fff]+")


def _compact(s: str) -> str:
    return _NOT_WORD.sub("", s)


def crumb_items(line: str) -> list[str]:
    """The items of a breadcrumb LINE (compact), its cue and the home page left out."""
    s = line.strip()
    cue = BREADCRUMB_CUE.match(s)
    if cue:
        s = s[cue.end():]
    return [c for c in (_compact(p) for p in CRUMB_SPLIT.split(s)) if c and c not in _HOME]


def _first_paragraph(lines: list[str], marks: dict[int, str]) -> int | None:
    return next((i for i, line in enumerate(lines) if i not in marks and len(line.strip()) >= PARAGRAPH_CHARS
                 and SENTENCE.search(line)), None)


def crumb_echoes(lines: list[str], marks: dict[int, str]) -> None:
    """Mark (rule ``crumb_echo``) the lines above the text's first paragraph that repeat an item of a line
    the rules took as the page's breadcrumb (see the module's docstring)."""
    crumbs = [i for i, name in marks.items() if name == "breadcrumb"]
    first = _first_paragraph(lines, marks)
    if not crumbs or first is None:
        return
    items: dict[str, bool] = {}  # item -> whether it closes its breadcrumb
    for i in sorted(crumbs):
        found = crumb_items(lines[i])
        for pos, item in enumerate(found):
            items[item] = items.get(item, False) or pos + 1 == len(found)
    echoes = []
    for i in range(first):
        s = lines[i].strip()
        if i in marks or not s or _compact(s) not in items:
            continue
        if HEADING.match(s) or DATE_LINE.match(s) or _MARKER.search(s) or title_shaped(s):
            continue
        echoes.append(i)
    for i in echoes:
        if items[_compact(lines[i])]:
            # the breadcrumb's last item: not when it is the last line left over the text (a headline)
            below = [k for k in range(i + 1, first) if lines[k].strip() and k not in marks and k not in echoes]
            if not below:
                continue
        marks[i] = "crumb_echo"


def crumb_heading(lines: list[str], marks: dict[int, str]) -> None:
    """Mark (rule ``crumb_heading``) the copies of a breadcrumb's last item over the text when a different
    title-shaped line stands under them before the first paragraph (see the module's docstring)."""
    first = _first_paragraph(lines, marks)
    if first is None:
        return
    lasts = {found[-1] for i, name in marks.items() if name in BREADCRUMB_MARKS and (found := crumb_items(lines[i]))}
    copies = [i for i in range(first) if i not in marks and lines[i].strip() and _compact(lines[i]) in lasts
              and not (HEADING.match(lines[i].strip()) or DATE_LINE.match(lines[i].strip()) or _MARKER.search(lines[i]))]
    if not copies:
        return
    item = {_compact(lines[i]) for i in copies}
    own = [k for k in range(copies[-1] + 1, first) if k not in marks and lines[k].strip()
           and _compact(lines[k]) not in item and title_shaped(lines[k].strip())
           and not SUBTITLE_LED.match(lines[k].strip())]  # a subtitle (——记…) is the headline's
    if own:
        marks.update((i, "crumb_heading") for i in copies)
