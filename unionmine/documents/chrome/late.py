"""The last passes of ``chrome.find.find_chrome``, on the marks of every rule before them (issue 12, rounds 24-29).

Rounds 24-27: a column's name closing the page (``chrome.site_marks.closing_column``), a breadcrumb's items repeated over
the text (``chrome.crumbs``), the short lines under a news item's closing credit (``chrome.closing``).

Round 29 (spent blind sets 18-20, each shape counted on the labelled lines of sets 6-20):
- *A counter closing the page*: a bare number (``0``, ``406``) as the page's last line, under the text's last
  paragraph with at most chrome between: a like or view counter whose label the copy lost. Sets 14, 16, 19 and 20
  (four sites) show it, each labelled chrome; no labelled text line is a bare number at a page's end (a text's
  numbers stand between its lines: ``01`` over an item, a date broken into ``5`` / ``月`` / ``18``). A year
  (``2023``) is left to the date rules.
- *The speaker's name over a speech's date*: a work report read to a congress prints its title, the speaker's
  name (``王 慧``, ``工会主席 某某``) and the date in brackets (``（2021年4月14日）``) over ``各位代表：``. Two
  universities' reports (sets 18 and 20) label the name line chrome and the date line text; the name is taken
  only right above a bracketed date over the text's first paragraph, under a title line.
- *A dated field over the text*: a field whose name ends in 时间 or 日期, with a machine's date (digits and
  dashes, a time at most) and nothing else (``撰写时间:2018-06-21``): the page's record, as 发布时间 is. On sets
  6-20 every such line is chrome (one site's field name was unknown, set 18 p10); a plan's ``活动时间：5月12日``
  writes the date in words and stays, as does any such line under the text's first paragraph.
- *A news outlet and its reporter*: a station, paper, site or app's name and a person's name, no role word
  (``某县台王某某``, ``某某新闻某某观察 李某某``), alone at the text's edge (over its first paragraph or under its last):
  the reporter's credit. Sets 17 and 20 (two sites) label it chrome; no labelled text or title line of sets 6-20
  has the shape. A unit that is no outlet before a name (``某某中学 王某某``) is ``chrome.head.edge_bylines``'s to judge.

Round 31 (spent sets 21-22): *a keyword widget of two lines*. ``chrome.lines`` takes a tags field only with its colon
(``关键词：工会 职工``); a widget may print its label alone (``关键词``, ``标签：``) and its values on the next line
(``河北 高速 联建活动 篮球比赛``, 21:p24). The label alone is taken with its values: a line of two to eight short
items (at most 10 characters each, no sentence mark) right under it. A label over a sentence or over nothing
of that shape stays (a plan's own heading would be written so).
"""

from __future__ import annotations

import re

from ...text.names import SURNAMES
from ...text.normalize import SUBTITLE_LED
from .closing import after_closing_credit
from .crumbs import crumb_echoes
from .edges import mark_at_edges
from .forms import PICTURE_MARK, PINYIN_GLOSS
from .line_shapes import compact, is_paragraph, title_shaped
from .notices import text_label
from .pictures import numbered_captions
from .site_marks import closing_column

_COUNT = re.compile(r"^\d{1,5}$")
# (the name glued right after the outlet's word, or spaced after a column's name: 某某新闻某某观察 李某某)
_OUTLET = re.compile(rf"^[\u4e00-\u9fff·]{{2,12}}?(?:台|新闻|日报|晚报|报|网|融媒体?|客户端)(?:[\u4e00-\u9fff]{{0,4}}\s+)?"
                     rf"[{SURNAMES}][\u4e00-\u9fff]{{1,2}}$")
#: An outlet's credit line is at most this long.
OUTLET_CHARS = 24
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_ROLE = r"(?:[\u4e00-\u9fff]{0,8}(?:主席|书记|校长|院长|局长|厂长|经理|处长|部长|主任|理事长))?"
_SPEAKER = re.compile(rf"^{_ROLE}\s*[{SURNAMES}](?:\s*[\u4e00-\u9fff]){{1,2}}$")
# (round 40) a unit's officer by-lined over a news item ("某镇总工会副主席 某某"): the role, a space, the name
_OFFICER = re.compile(rf"^[\u4e00-\u9fff]{{0,16}}(?:主席|书记|主任|部长|秘书长|会长|理事长|干事)\s+[{SURNAMES}][\u4e00-\u9fff]{{1,2}}$")
# (round 40) a news outlet's name alone over the text, beside its date: the item's source ("某区融媒体中心")
_OUTLET_ALONE = re.compile(r"^[\u4e00-\u9fff·]{2,12}(?:融媒体中心|新闻中心|电视台|广播电视台|日报社?|晚报|报社|新闻网|客户端)$")
_SPEECH_DATE = re.compile(r"^[(（]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$")
_TAG_LABEL = re.compile(r"^(?:本文|文章|相关|热门)?(?:标签|关键词|关键字|tags?)\s*[:：]?$", re.IGNORECASE)
_TAG_SPLIT = re.compile(r"[\s、，,;；|｜/]+")
_TAG_SENTENCE = re.compile(r"[。！？!?：:]")
_DATED_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:时间|日期)为?\s*[:：]\s*(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]"
                          r"\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")


def late_passes(lines: list[str], marks: dict[int, str]) -> None:
    """The passes, in this order: a closing column, a breadcrumb's echoes, the lines under a closing credit, a
    closing counter, an outlet's credit at the text's edge, the speaker over a speech's date, a dated field over
    the text, a keyword widget of two lines, numbered picture captions, a label naming the text (round 33)."""
    closing_column(lines, marks)
    crumb_echoes(lines, marks)
    after_closing_credit(lines, marks)
    closing_counter(lines, marks)
    mark_at_edges(lines, marks, outlet_credit, "credit")
    speaker_line(lines, marks)
    dated_field(lines, marks)
    keyword_widget(lines, marks)
    numbered_captions(lines, marks)
    text_label(lines, marks)
    title_field(lines, marks)


def _first_paragraph(lines: list[str], marks: dict[int, str]) -> int | None:
    return next((i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)), None)


def outlet_credit(line: str) -> bool:
    """LINE is a news outlet's name and a person's, nothing else (``某县台王某某``, ``某某新闻某某观察 李某某``)."""
    s = line.strip()
    return len(s) <= OUTLET_CHARS and bool(_OUTLET.match(s))


def closing_counter(lines: list[str], marks: dict[int, str]) -> None:
    """The page's last line, a bare number under the text's last paragraph (chrome at most between), is a counter."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) < 2:
        return
    last = nonblank[-1]
    s = lines[last].strip()
    if last in marks or not _COUNT.match(s) or _YEAR.match(s):
        return
    above = [i for i in nonblank[:-1] if i not in marks]
    if above and is_paragraph(lines[above[-1]]):
        marks[last] = "counter"


def speaker_line(lines: list[str], marks: dict[int, str]) -> None:
    """A name (a role before it at most) right above a bracketed date, both over the text, under a title line."""
    first = _first_paragraph(lines, marks)
    if first is None:
        return
    head = [i for i in range(first) if lines[i].strip() and i not in marks]
    for pos, i in enumerate(head[1:-1], start=1):
        if (_SPEAKER.match(lines[i].strip()) and _SPEECH_DATE.match(lines[head[pos + 1]].strip())
                and any(title_shaped(lines[k].strip()) or SUBTITLE_LED.match(lines[k].strip())
                        for k in head[:pos])):
            marks[i] = "speaker"
    # (round 40) an officer's by-line or an outlet's name over the text, under another line (the title) and beside
    # the page's chrome (its date or meta line): a report read to a congress names its speaker under its title
    # with no chrome beside, and the name stays
    above = [i for i in range(first) if lines[i].strip()]
    for pos, i in enumerate(above):
        s = lines[i].strip()
        beside = [k for k in above[pos - 1:pos] + above[pos + 1:pos + 2] if marks.get(k, PICTURE_MARK) != PICTURE_MARK]
        if i not in marks and pos and beside and (_OFFICER.match(s) or _OUTLET_ALONE.match(s)):
            marks[i] = "speaker"


def dated_field(lines: list[str], marks: dict[int, str]) -> None:
    """A field named …时间/…日期 holding only a machine's date, over the text's first paragraph, is a meta line."""
    first = _first_paragraph(lines, marks)
    for i in range(first or 0):
        if i not in marks and _DATED_FIELD.match(lines[i].strip()):
            marks[i] = "meta"


def tag_values(line: str) -> bool:
    """LINE is a list of two to eight short items (keywords) and nothing else: no sentence mark, no field."""
    s = line.strip()
    items = [x for x in _TAG_SPLIT.split(s) if x]
    return (2 <= len(items) <= 8 and all(len(x) <= 10 for x in items) and not _TAG_SENTENCE.search(s)
            and len(s) <= 60)


def keyword_widget(lines: list[str], marks: dict[int, str]) -> None:
    """A tags label alone on its line (``关键词``, ``标签：``) over a line of keywords: both are the widget's."""
    for i, line in enumerate(lines):
        if not _TAG_LABEL.match(line.strip()):
            continue
        below = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if below is not None and below not in marks and tag_values(lines[below]):
            marks[i] = marks.get(i, "tags")
            marks[below] = "tags"


# (round 40) a field naming the item's title or its original title ("原标题：某某", "标题：某某", "標(biāo)題:某某 |")
_TITLE_FIELD = re.compile(r"^(?:原标题|标题)\s*[:：]\s*(?P<value>.+?)\s*[|｜]?$")


def title_field(lines: list[str], marks: dict[int, str]) -> None:
    """A title field whose value another line of the page shows (the headline, or a paragraph opening with it)
    is the site's record of that title: a meta line. A field whose value is nowhere else is the page's only
    title and stays (the title finders read it)."""
    keys = {i: compact(PINYIN_GLOSS.sub("", line)) for i, line in enumerate(lines) if line.strip()}
    for i, line in enumerate(lines):
        m = _TITLE_FIELD.match(PINYIN_GLOSS.sub("", line).strip())
        if i in marks or not m:
            continue
        value = compact(m["value"])
        if len(value) >= 4 and any(k != i and key.startswith(value) for k, key in keys.items()):
            marks[i] = "meta"
