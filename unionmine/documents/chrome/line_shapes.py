"""Shapes of a page's line that both chrome passes read: a paragraph of running text, a table's rows, a bare date,
a document number, a bracketed line.

The learned line model (``chrome.model``) and the text-span pass (``chrome.span``) judge lines by the same
shapes, and the page rules (``chrome.find``) and the edge passes (``chrome.edges``) the title's and the signature's;
they live here so that no pass imports another.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .protected import CJK, DATE_LINE, GENRE_END, HEADING, SENTENCE, SIGNATURE

#: A paragraph of the text (the model never acts between the first and the last one).
PARAGRAPH_CHARS = 30
#: A table's cell bar: a line with a bar or tabs between cells.
CELL_BAR = re.compile(r"\S\s*[|｜]|\S\t+\S")
#: A bare numeric date: under the text it closes the document (综合办公室 / 2023.12.28).
NUMERIC_DATE = re.compile(r"^(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}$")
#: Lines with a cell bar this many in a row are a table's rows, not a link bar.
TABLE_ROWS = 3
#: A document number (鄂工字〔2017〕34号): it belongs to the document, neither pass takes it.
DOC_NUMBER = re.compile(r"[〔［\[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*\d{1,4}\s*号")
#: A line wholly in brackets (（某某中学工会）, （2023年12月）).
BRACKETED = re.compile(r"^[（(][^（）()]{2,30}[）)]$")

_LATIN_SENTENCE = re.compile(r"[a-z][.!?](?:\s|$)")


@lru_cache(maxsize=4096)  # asked of every line by each of the chrome passes, about 30 times a page
def is_paragraph(line: str) -> bool:
    """A line of running text: long, with a sentence mark (a Chinese one, or a Latin full stop)."""
    s = line.strip()
    return len(s) >= PARAGRAPH_CHARS and bool(SENTENCE.search(s) or _LATIN_SENTENCE.search(s))


def table_rows(lines: list[str]) -> set[int]:
    """Lines in a run of TABLE_ROWS or more with a cell bar (blank lines between them ignored): a table's rows
    (a Word table read as text)."""
    rows: set[int] = set()
    run: list[int] = []
    for i in [*range(len(lines)), -1]:
        if i >= 0 and not lines[i].strip():
            continue
        if i >= 0 and CELL_BAR.search(lines[i]):
            run.append(i)
            continue
        if len(run) >= TABLE_ROWS:
            rows.update(run)
        run = []
    return rows


#: Titles and headlines are at most this long; a longer line or a sentence starts the text.
TITLE_MAX_CHARS = 60
# a genre's name alone (a site's menu or keyword line: 工作总结, 工作思路), no document's title
BARE_GENRE = re.compile(
    r"^(?:工作|年度)?(?:总结|计划|要点|思路|打算|安排|设想|报告|小结|方案|述职报告|心得体会|工作报告)(?:范文|大全)?$"
)
_UNION = re.compile(r"工会|工會|职工|教职工|委员会")


def cjk_chars(s: str) -> int:
    return len(CJK.findall(s))


def title_shaped(s: str) -> bool:
    """A document's title or a news headline: a genre line, or a longer line naming a union."""
    if SENTENCE.search(s) or len(s) > TITLE_MAX_CHARS or BARE_GENRE.match(s) or HEADING.match(s):
        return False
    if GENRE_END.search(s) and len(s) >= 6:
        return True
    # ... or a unit's activity ("中心开展环湖健身走活动": 42 labelled titles of sets 6-19 end so, no chrome line; Round 28)
    # ... or a body's founding ("某县成立纺织行业联合会", "某局工会正式成立": 4 labelled titles of sets 17-19, no chrome
    # line; Round 29)
    return (cjk_chars(s) >= 10 and bool(_UNION.search(s))) or (cjk_chars(s) >= 8 and bool(_ACTIVITY_HEADLINE.search(s))) \
        or (cjk_chars(s) >= 7 and bool(_FOUNDED_HEADLINE.search(s)))


_FOUNDED_HEADLINE = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,12}?(?:正式|挂牌|揭牌)?成立[\u4e00-\u9fff（）()]{2,24}?(?:会|队|队伍|站|室|组|中心|联盟)$"
    r"|^[\u4e00-\u9fff（）()]{4,30}?(?:工会|工會|联合会|委员会)(?:正式|挂牌|揭牌)?成立$"
)
_ACTIVITY_HEADLINE = re.compile(r"^[\u4e00-\u9fff（）()]{2,20}?(?:开展|组织|举办)[^，,。；;:：|｜]{0,24}活动$")  # (the unit first)


def signature_or_date(line: str) -> bool:
    return bool(DATE_LINE.match(line.strip()) or (SIGNATURE.match(line.strip()) and len(line.strip()) <= 24))


def title_like(s: str) -> bool:
    """A title line, or a page title and its variant joined by a bar (never the learned pass's)."""
    return title_shaped(s) or bar_of_titles(s)


def bar_of_titles(s: str) -> bool:
    """A page title and its variant joined by a bar ("有关于…工作总结范文|…工作总结"), not a menu."""
    pieces = [p for p in re.split(r"\s*[|｜]\s*", s) if p]
    return len(pieces) == 2 and any(title_shaped(p) for p in pieces)


_COMPACT_DROP = re.compile(r"[^0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+")


def compact(line: str) -> str:
    """The line's letters, digits and CJK characters, lower-cased (spacing and marks ignored)."""
    return _COMPACT_DROP.sub("", line).lower()


def unmarked_paragraphs(lines: list[str], marks: dict[int, str]) -> list[int]:
    """The positions of the running-text lines no rule has taken: where the text starts and ends for these passes."""
    return [i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)]


# (round 41) a congress's name over the session its headline goes on with ("某校第六届教代会" over "第四次会议圆满召开"):
# one headline in two lines, read by the span pass (``chrome.span``) and the title (``title_broken.with_event_tail``)
CONGRESS_END = re.compile(r"第[一二三四五六七八九十\d]{1,3}届[^。，,；;：:！？!?]{0,12}(?:教代会|职代会|工代会|代表大会)$")
SESSION_START = re.compile(r"^第[一二三四五六七八九十\d]{1,3}次[^。，,；;：:！？!?]{0,20}$")
