"""The page's own headline, read on the page as it came (issue 12, Round 38): a title never stands under the page's
dateline when a headline stands right over it, and a title is never empty when a headline stands over the text.

A news page stands as headline, its dateline (a bare date, a meta field with a date, a paper's `《某某报》（2023年03月06日
03版）本报记者 某某` line), text. The cleaner may take the headline with the dateline; the title rules, reading the
cleaned text, then take what stood under the dateline — a picture's caption, a subtitle's half, the headline printed
again, the text's first sentence — or give up. Read on the page's first lines as read (before cleaning), the headline
is the headline-shaped line right over the dateline above the text's first sentence: only a unit's or an author's
credit line between them (`某某市某某中学`, `某某公司 工会 某某`); under the dateline, meta fields, widgets' short words,
an address, subtitles and other headline-shaped lines may stand before the text. So:

- a title the text's rules found loses to that headline when a dated line stands between the two: the title stood
  under the dateline, or over a date a site's header prints above the headline (a slogan over `2023年10月8日 星期日`).
  Not when the title is a genre title line (a document site prints the file's heading over its date and the document's
  own title under it) or the page's own heading (<title>, <h1>) names it;
- an empty title takes the page's first line when it is a plain headline (no figure, question, field, note in brackets
  or credit) with only a credit line between it and the text's first sentence; else a dated headline, as above (under
  a sentence that opens the page, a leader's saying or a teaser, the next sentence's).

Headline-shaped as in `title_fallback`: at least HEADLINE_MIN_CJK Chinese characters, at most 60 characters, no sentence
mark (a slogan's point between two short phrases aside: `春风十里.悦动青禾`, which the normaliser writes as a full stop),
at most one comma, no site chrome, no field's colon at its end, no dash opening it (a subtitle); a menu of short words
(上一期 下一期) is none. Two headline-shaped lines stacked over the dateline are left to the text's rules: a kicker over its
headline and a headline over its subtitle look alike, and the keys title each (sets 28 and 29, one page each way).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.normalize import SUBTITLE_DASHES, to_simplified
from .chrome.credit_lines import credit_tokens
from .title_additions import EDGE_BARS, exclaimed_headline
from .title_fallback import CJK_CHAR, DATE_ONLY, HEADLINE_MIN_CJK, META_FIELD, TEXT_LINE, letters

LOOK_UP = 8  # lines over the text's first sentence the headline stands within
# a full date in a line of the page's furniture ("《某某报》（2023年03月06日 03版）", "要闻 2023-11-05 09:30 某地")
_FULL_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})")
# what dates a line: a year, a month, a month and day (not a bare count: "0", "4403")
_DATED = re.compile(r"(?:19|20)\d{2}|\d{1,2}\s*月|\d{1,2}\s*[-/.]\s*\d{1,2}")
_STOP_MARK = re.compile(r"[。；;！？!?]")
_DASH_LED = re.compile(rf"^\s*{SUBTITLE_DASHES}")
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|txt|wps|xlsx?|pptx?|html?)(?![A-Za-z])", re.IGNORECASE)
# a menu: short words parted by spaces (上一期 下一期, 首页 工会动态 通知公告)
_MENU = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:\s+[\u4e00-\u9fff]{1,3})+$")
# a slogan's two short phrases parted by a point, which the normaliser writes as a full stop (春风十里.悦动青禾 ——…)
_SLOGAN_STOP = re.compile(r"^([\u4e00-\u9fff]{2,8})。(?=[\u4e00-\u9fff]{2,8}(?:\s|$|——|—))")


def _shape(line: str, clean: Callable[[str], str], chrome: Callable[[str], bool]) -> str:
    """"date", "credit", "furniture", "subtitle", "head" or "stop": what LINE is between a headline and its text."""
    if DATE_ONLY.match(line) or META_FIELD.search(line):
        return "date" if _DATED.search(line) else "furniture"
    if _FULL_DATE.search(line) and not _STOP_MARK.search(line) and len(line) <= 80:
        return "date"
    if credit_tokens(line) is not None:
        return "credit"  # a unit's or an author's credit (某某中学, 某某公司 工会 某某)
    if _MENU.match(line):
        return "furniture"  # a menu (上一期 下一期)
    if _DASH_LED.match(line):
        return "subtitle"
    if _FILE_NAME.search(line):
        return "stop"  # a file's name (…工作要点.docx 第1页): a document site's preview, no headline
    # (a headline's exclamation marks are no sentence's: "快看，某地这个“书屋”不一般！", Round 40)
    cut = exclaimed_headline(_SLOGAN_STOP.sub(r"\1 ", EDGE_BARS.sub("", clean(line))))
    cjk = len(CJK_CHAR.findall(cut))
    if cjk < HEADLINE_MIN_CJK and not _STOP_MARK.search(cut) and not re.search(r"[,，]", cut):
        return "furniture"  # a widget's words (分享到：, 字号), an address, a name
    if (cjk < HEADLINE_MIN_CJK or len(cut) > 60 or re.search(r"[。；;?？!！]", cut) or len(re.findall(r"[,，]", cut)) > 1
            or chrome(cut) or cut.endswith((":", "："))):
        return "stop"
    return "head"


def _walk(lines: list[str], start: int, clean, chrome) -> list[tuple[int, str]]:
    """The lines over START (nearest first) up to the first that is none of a headline's furniture."""
    out = []
    for i in range(start - 1, max(-1, start - 1 - LOOK_UP), -1):
        shape = _shape(lines[i], clean, chrome)
        if shape == "stop":
            break
        out.append((i, shape))
    return out


def _starts(lines: list[str]) -> list[int]:
    return [k for k, ln in enumerate(lines) if len(ln) > 40 and TEXT_LINE.search(ln)]


def dated_headline(lines: list[str], clean, chrome) -> int | None:
    """The index of the headline right over the page's dateline above the text's first sentence (under a sentence that
    opens the page, the next), only a credit line between them; None when there is none."""
    for start in _starts(lines)[:3]:
        dated = over = False
        for i, shape in _walk(lines, start, clean, chrome):
            if shape == "date":
                dated = over = True
            elif shape == "furniture":
                over = False  # a widget or a menu between: the line over it is the site's (an e-paper's nav line)
            elif shape == "head" and dated:
                if over:
                    return i
                break
    return None


# what the page's first line never holds when it is the headline with no date under it: a figure (全文约560字), a
# question or a field (是否现在登录？, 字号：大 中 小), a note in brackets (（图片仅作示意）), a name after a space (a credit:
# 某某新闻 某某)
_NOT_PLAIN = re.compile(r"\d|[?？:：]|^[（(【\[□■]|\s[\u4e00-\u9fff]{2,3}$")


def first_line_headline(lines: list[str], clean, chrome) -> int | None:
    """0 when the page's first line is its headline over the text's first sentence with no dateline: headline-shaped and
    plain (`_NOT_PLAIN`), only furniture (a credit line) between it and the text; else `dated_headline`."""
    starts = _starts(lines)
    if starts and starts[0]:
        walk = _walk(lines, starts[0], clean, chrome)
        if walk and walk[-1] == (0, "head") and not _NOT_PLAIN.search(lines[0]) \
                and all(shape in ("furniture", "credit") for _, shape in walk[:-1]):
            return 0
    return dated_headline(lines, clean, chrome)


def page_headline(title: str, page_head: str | None, clean: Callable[[str], str], chrome: Callable[[str], bool],
                  own: Callable[[str], bool], hint: str | None = None) -> str | None:
    """The page's own headline where TITLE (as the rules read the cleaned text) misses it (see the module's
    docstring), else None. PAGE_HEAD: the page's first lines as read; OWN: whether a title is a document's own (a genre
    title line: a document site prints the file's heading over its date and the document's own title under it); HINT:
    the page's own heading (<title>, <h1>), which confirms a title that is it."""
    if not page_head or (hint and letters(to_simplified(hint)) == letters(title)):
        return None
    lines = [ln.strip() for ln in page_head.split("\n") if ln.strip()]
    if not letters(title):
        head = first_line_headline(lines, clean, chrome)
        return clean(lines[head]) if head is not None else None
    head = None if own(title) else dated_headline(lines, clean, chrome)
    if head is None:
        return None
    key = letters(title)
    at = next((k for k, ln in enumerate(lines) if key in (letters(ln), letters(clean(ln)))), None)
    if at is None or at == head:
        return None
    if at > head and _shape(lines[at], clean, chrome) == "credit" and all(
            _shape(lines[k], clean, chrome) in ("credit", "furniture") for k in range(head + 1, at)):
        return clean(lines[head])  # the title is the unit's credit under the headline (某某区融媒体中心; Round 40)
    low, high = sorted((at, head))
    if any(_shape(lines[k], clean, chrome) == "date" for k in range(low + 1, high)):
        return clean(lines[head])
    return None
