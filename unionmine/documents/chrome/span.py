"""Chrome by the text's span: short lines above the run of the article's sentences.

The line forms of ``chrome.lines``/``chrome.forms`` name what one site's chrome says; the next
site says it differently (round 12: real set 4 went from 30 to 3 chrome lines left, two blind
collections did not move). What carries from site to site is where a page's text is: a run of
sentence-like lines (long, mostly Chinese, with sentence marks or clauses), with its title
above and its signature and date below. A short line above that span, over the text's last
title, that nothing marks as text (a heading, a title, a list item, a table row, a field, a
date, a bracketed line) is the site's: a column name, a site's label, a byline, a doc library's
page list. Left alone: the lines under the last title (subtitle, unit, an opening verse, photo
captions: body by ruling e of 2026-11-30), the line right on top of the text, the page's headline
when no line is title-shaped and the lines under it (its captions), every line
under the span (a first version that read them too dropped a held-out collection's split
floor), a compilation (the splitter finds article or hidden-text markers: each article has its
own span), and a page whose text is not Chinese (an English mirror's title is no title here).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...text.normalize import SUBTITLE_DASHES
from ..markers import default_markers, looks_like_title, marker_chain
from ..split import HIDDEN_TEXT
from .line_shapes import BRACKETED as _BRACKETED
from .line_shapes import CONGRESS_END, SESSION_START, is_paragraph, table_rows
from .line_shapes import DOC_NUMBER as _DOC_NUMBER
from .line_shapes import NUMERIC_DATE as _NUMERIC_DATE
from .protected import CJK, DATE_LINE, GENRE_END, HEADING, SENTENCE, SIGNATURE

#: Whether a line is a title (``chrome.line_shapes.title_like``), passed in to avoid a cycle of imports.
TitleTest = Callable[[str], bool]

#: A line outside the span this long or longer is left alone (chrome lines are short).
SHORT_CHARS = 25
#: A sentence-like line: this many characters, at least half of them Chinese.
SENTENCE_CHARS = 15
#: With no title above the span, its longest line of this many Chinese characters is the headline.
HEADLINE_CJK = 4
#: A photo caption between an untitled item's headline and its text has this many Chinese characters.
CAPTION_CJK = 2
#: The marks of a by-line, which parts no caption or subtitle from the headline above it.
BYLINE_MARKS = ("credit", "byline")

_CLAUSES = re.compile(r"[，,]")
#: A title numbered in a compilation ("学校工会工作总结 篇1", "…总结1", "…总结20_1").
_NUMBERED = re.compile(
    r"\s*(?:\d{0,2}_\d{1,2}|[【\[(（]?\s*(?:篇|第)?\s*[\d一二三四五六七八九十]{1,3}\s*篇?\s*[】\])）]?)$"
)
_MARKER = re.compile(r"篇\s*[\d一二三四五六七八九十]{1,3}|[【\[]\s*(?:篇|第)")
#: A field of the document ("述职人：某某", "审核：某某"): a short key and its value.
_FIELD = re.compile(r"^[^:：]{1,6}[:：]\s*\S")
#: A heading in words ("第一，…"), behind a bullet ("▌…", "■…") or a markdown mark ("# …").
_LOOSE_HEADING = re.compile(r"^(?:第[一二三四五六七八九十\d]{1,3}[，,、]|[▌■◆●★▶►#])")
#: A list item with its time ("第7周 拔河比赛"), a table's row (cells by tabs or wide spaces).
_LIST_ITEM = re.compile(r"^第\s*\d{1,3}\s*[周天次期]")
_CELLS = re.compile(r"\t|\S {2,}\S.* {2,}\S")
#: A title's line that names no unit (it starts with a year or the genre): the line above is its start.
#: A unit's name under a text ends in one of these (a signature: 卫生监督所, 某街道办事处, 某中心).
_UNIT_END = re.compile(r"(?:所|站|局|处|院|部|中心|协会|街道|办|委|队|厂|社|馆|村|组|室)$")
_TRAILING_DATE = re.compile(r"\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
#: A subtitle after a dash ("——在第十届教代会上的工作报告"), and how many lines above it its main title may take.
_DASH_SUBTITLE = re.compile(rf"^{SUBTITLE_DASHES}\s*\S")
MAIN_TITLE_LINES = 2
#: A dash line with this many Chinese characters is the text's (a subtitle, an occasion), never a site's line.
DASH_LINE_CJK = 4
#: Over a dash subtitle that is no title, a line of the main title has this many Chinese characters ("我运动我健康 …").
SLOGAN_CJK = 8
_UNIT = re.compile(r"工会|学校|学院|大学|小学|中学|幼儿园|公司|集团|医院|委员会|局|[省市区县镇乡]")


def sentence_like(line: str) -> bool:
    """A line of running text: long enough, mostly Chinese, with a sentence mark, a lead-in colon
    at its end or two clauses."""
    s = line.strip()
    if len(s) < SENTENCE_CHARS or len(CJK.findall(s)) * 2 < len(s):
        return False
    return bool(SENTENCE.search(s) or s.endswith(("：", ":")) or len(_CLAUSES.findall(s)) >= 2)


def marked_text(s: str, title_like: TitleTest) -> bool:
    """Something marks a short line as the text's: a heading, a date, a title (numbered or not),
    an article marker, a field, a bracketed line, a list item or a table row, a document number."""
    if HEADING.match(s) or DATE_LINE.match(s) or titled(s, title_like) or looks_like_title(s) or s.endswith(("：", ":")):
        return True
    if _LOOSE_HEADING.match(s) or _LIST_ITEM.match(s) or _CELLS.search(s) or _MARKER.search(s):
        return True
    if _DASH_SUBTITLE.match(s) and len(CJK.findall(s)) >= DASH_LINE_CJK and not s.endswith(("—", "―", "－", "-")):
        return True  # a subtitle or an occasion after a dash (——2023年6月26日在…): the author's; "—— 复制自… ——" a site's
    return bool(_FIELD.match(s) or _BRACKETED.match(s) or _DOC_NUMBER.search(s) or HIDDEN_TEXT.search(s))


def compilation(lines: list[str]) -> bool:
    """A page of several articles: the splitter finds article markers ("其一", "范文二：" numbered
    along the page) or a hidden-text marker on it. Each article has its own span there, so the
    pass leaves the page to the splitter."""
    return _compilation_text("\n".join(lines))


@lru_cache(maxsize=8)
def _compilation_text(text: str) -> bool:
    """``compilation`` of a page's text, remembered: the echo and the span pass ask it of the same lines."""
    if HIDDEN_TEXT.search(text):
        return True
    rules = default_markers()
    return bool(marker_chain(text, rules))


def titled(s: str, title_like: TitleTest) -> bool:
    """A title, or a title numbered in a compilation."""
    if title_like(s):
        return True
    bare = _NUMBERED.sub("", s)
    return bare != s and bool(title_like(bare) or GENRE_END.search(bare))


def _closes(line: str) -> bool:
    """A line that closes a text: a date, a unit's name (with its date), or a short line with a
    sentence mark ("敬礼！", "新的一年，我们继续同行！")."""
    s = line.strip()
    if len(s) > SHORT_CHARS:
        return False
    s = _TRAILING_DATE.sub("", s) or s
    return bool(DATE_LINE.match(s) or _NUMERIC_DATE.match(s) or SIGNATURE.match(s) or _UNIT_END.search(s)
                or SENTENCE.search(s))


def text_span(lines: list[str], marks: dict[int, str]) -> tuple[int, int] | None:
    """The first and last line of the text: its sentence-like lines the rules left, down to the
    signature or date that closes it (the lines between the last sentence and those are the
    text's: an appendix's list, the signing unit)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip() and i not in marks]
    body = [i for i in nonblank if is_paragraph(lines[i]) or sentence_like(lines[i])]
    if not body:
        return None
    first, last = body[0], body[-1]
    for i in range(last + 1, len(lines)):
        if i in marks:
            break
        if lines[i].strip() and _closes(lines[i]):
            last = i
    return first, last


def span_chrome(lines: list[str], marks: dict[int, str], title_like: TitleTest) -> None:
    """Mark as ``outside_span`` the short unmarked lines above the text's span that nothing marks
    as text (see the module's docstring)."""
    span = text_span(lines, marks)
    if span is None or compilation(lines):
        return
    first = span[0]
    if len(CJK.findall(lines[first])) * 2 < len(lines[first].strip()):
        return  # the title and heading tests read Chinese: a page in English is left alone
    above = [i for i in range(first) if lines[i].strip() and i not in marks]
    titles = [i for i in above if titled(lines[i].strip(), title_like) or _MARKER.search(lines[i])]
    keep = set()
    nonblank = [i for i in range(first) if lines[i].strip()]
    if len(titles) >= 2 and titles[-1] == nonblank[-1] and not GENRE_END.search(_NUMBERED.sub("", lines[titles[-1]].strip())):
        # a title-shaped line naming no genre right on top of the text is its first line or the last photo's caption
        # (a news item's pictures sit between its headline and its copy): the headline is the title before
        titles = titles[:-1]
    if titles:
        # between the last title and the text: a subtitle, the unit, an opening verse, captions are the document's
        keep.update(i for i in above if i > titles[-1])
    else:
        # no title-shaped line: the longest line of some length above the text is its headline
        heads = [i for i in above if len(CJK.findall(lines[i])) >= HEADLINE_CJK and not SENTENCE.search(lines[i])]
        if heads:
            # ... and the Chinese lines in one run between it and the text are the item's (photo captions);
            # a line the rules' chrome parts from the text (a column tag over the posting date) is not
            head = max(heads, key=lambda i: len(lines[i].strip()))
            keep.add(head)
            for i in range(first - 1, head, -1):
                if marks.get(i) in BYLINE_MARKS:
                    continue  # a news item's by-line stands between its headline and its copy (round 39)
                if i in marks:
                    break
                if len(CJK.findall(lines[i])) >= CAPTION_CJK:
                    keep.add(i)
    for t in titles + nonblank[-1:]:
        if _DASH_SUBTITLE.match(lines[t].strip()):
            # "——在…上的报告" under a report's or speech's main title: the short lines on top of it are that title;
            # over a subtitle that is no title, right on top of the text ("—某某中学举办教工拔河比赛"), a slogan's lines
            keep.update(i for i in above if t - MAIN_TITLE_LINES <= i < t
                        and (t in titles or len(CJK.findall(lines[i])) >= SLOGAN_CJK))
    for i in above:
        nxt = next((k for k in above if k > i), None)
        # a unit's name over a title that names none is the title's first line
        if (nxt is not None and SIGNATURE.match(lines[i].strip()) and title_like(lines[nxt].strip())
                and not _UNIT.search(lines[nxt])):
            keep.add(i)
        # (round 41) a congress's name over the session its headline goes on with ("某校第六届教代会" over "第四次会议…")
        if nxt is not None and CONGRESS_END.search(lines[i].strip()) and SESSION_START.match(lines[nxt].strip()):
            keep.add(i)
    table = table_rows(lines)
    # the line right on top of the text may be its first line ("一年来", a salutation without its colon)
    if nonblank and nonblank[-1] not in marks:
        keep.add(nonblank[-1])
    for i in above:
        s = lines[i].strip()
        if i in keep or i in table or len(s) > SHORT_CHARS or SENTENCE.search(s) or marked_text(s, title_like):
            continue
        nxt = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if nxt is not None and nxt not in marks and HEADING.match(lines[nxt].strip()):
            continue  # the heading of a numbered list ("10月份" over "1、…")
        prv = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        if prv is not None and prv not in marks and HEADING.match(lines[prv].strip()) and lines[prv].strip().endswith(("：", ":")):
            continue  # an item under a numbered lead-in ("1. 分工会班子：" over "分工会主席某某")
        marks[i] = "outside_span"
