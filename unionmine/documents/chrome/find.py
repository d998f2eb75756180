"""Site chrome in a page's text, found by what a line looks like, not by which site it came from.

Pages saved as text have lost their HTML, so navigation, breadcrumbs, meta lines, share and
print buttons, copyright footers and "related articles" lists have to be recognised line by
line. Each feature below is general (a breadcrumb is short items joined by ">", a meta line
names 发布时间/来源/浏览 with a date or a count); none names a site. Three context rules
follow: a short line between two chrome lines is chrome too; a "相关推荐" header takes the
list of short titles under it; and a line that recurs in the margins of many files of one
collection is boilerplate (found by ``boilerplate``, as jusText and boilerpipe reason).

A line that looks like a heading (一、…, （二）…, 1.…), an article marker, a document title or
a signature is never dropped by a context rule, whatever its length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...text.normalize import to_simplified
from .blocks import page_blocks
from .crumbs import crumb_heading
from .echo import echo_chrome
from .edges import edge_passes, fused_related
from .forms import ENGLISH_COLUMN, LABEL_LINE, LATIN_LINE, form_feature
from .head import _PICTURE, above_breadcrumb, above_news_title, place_passes
from .late import late_passes
from .line_shapes import (
    _BARE_GENRE,
    TITLE_MAX_CHARS,
    _cjk,
    _is_signature_or_date,
    _looks_like_title,
)
from .line_shapes import PARAGRAPH_CHARS as BODY_PARAGRAPH_CHARS
from .lines import (
    _CN_HEADING,
    _DATE_LINE,
    _GENRE_END,
    _HEADING,
    _SENTENCE,
    _SIGNATURE,
    _WECHAT_ID,
    SHORT_LINE,
    is_protected,
    line_feature,
    weak_bar,
)
from .model import learned_chrome
from .own import own_lines
from .span import span_chrome

# ---------------------------------------------------------------- a page


@dataclass
class ChromeReport:
    """What the chrome pass removed from one page: line index → rule name."""

    removed: dict[int, str] = field(default_factory=dict)


_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）])\s*")


def _related_block(lines: list[str], at: int, marks: dict[int, str]) -> list[int]:
    """The header at AT and the short title lines listed under it."""
    taken = [at]
    items = []
    listed = set()
    j = at + 1
    while j < len(lines):
        s = lines[j].strip()
        if not s:
            j += 1
            continue
        if j not in marks and _CN_HEADING.match(s):
            break  # "一、指导思想": the text's first section, not a listed title
        entry = compact(_LIST_NUMBER.sub("", s))
        if entry in listed and j not in marks:
            break  # a table of contents ends where the text restates its first entry as a title
        listed.add(entry)
        if j in marks or (len(s) <= 48 and not _SENTENCE.search(s.rstrip("。"))):
            items.append(j)
            j += 1
            continue
        break
    # One lone short line under a header is more likely the article's own title than a list.
    if len([i for i in items if i not in marks]) >= 2:
        taken += items
    else:
        taken += [i for i in items if i in marks]
    return taken


def find_chrome(
    lines: list[str], boilerplate: frozenset[str] | set[str] = frozenset(), simplified: bool = False,
    structural: frozenset[str] | set[str] = frozenset(),
) -> ChromeReport:
    """Which lines of a page are chrome, and by which rule (the lines are not changed).

    Lines are judged in Simplified characters, so a Traditional page (當前位置, 發布時間)
    loses the same lines as its Simplified text. STRUCTURAL: compact lines a web page's markup
    marks as chrome (``formats.html_structure``); a numbered heading is never taken on
    that ground, whatever class it sits in, nor a date or a signature under the first paragraph."""
    if not simplified:  # SIMPLIFIED: the caller's lines are converted already
        try:
            converted = to_simplified("\n".join(lines)).split("\n")
        except UnicodeError:  # a lone surrogate: judge the lines as they are
            converted = lines
        if len(converted) == len(lines):
            lines = converted
    marks: dict[int, str] = {}
    # a signature or a date closes a text: above its first paragraph a unit's name is a label
    # (a page with no paragraph keeps them all)
    first_body = next((i for i, line in enumerate(lines)
                       if len(line.strip()) >= BODY_PARAGRAPH_CHARS and _SENTENCE.search(line)), -1)
    for i, line in enumerate(lines):
        name = line_feature(line) or form_feature(line)
        if name:
            marks[i] = name
        elif boilerplate and line.strip() and not is_protected(line) and compact(line) in boilerplate:
            marks[i] = "repeated"
        elif (structural and line.strip() and compact(line) in structural and not _HEADING.match(line.strip())
              and (i < first_body or not _is_signature_or_date(line))):
            marks[i] = "html_structure"
    _split_link_bars(lines, marks)
    _account_card(lines, marks)
    fused_related(lines, marks)
    # "相关推荐" and the like take the short titles under them; at the end of the page they
    # take the rest of the page, but only when the text above holds more than the rest
    # (a tab right under the date line must not cut the article under it).
    for i in sorted(k for k, v in marks.items() if v == "related"):
        if marks.get(i) != "related":
            continue
        above = sum(_cjk(lines[k]) for k in range(i) if k not in marks)
        below = sum(_cjk(lines[k]) for k in range(i + 1, len(lines)) if k not in marks)
        continues = any(_CN_HEADING.match(lines[k].strip()) for k in range(i + 1, len(lines)) if k not in marks)
        if above > below and above >= 200 and not continues:
            for k in range(i + 1, len(lines)):
                if lines[k].strip() and k not in marks and not _is_signature_or_date(lines[k]):
                    marks[k] = "related_tail"
            break
        for k in _related_block(lines, i, marks):
            marks.setdefault(k, "related_list")
    # Short lines between chrome lines (or between chrome and the page's edge) are chrome.
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    changed = True
    while changed:
        changed = False
        for pos, i in enumerate(nonblank):
            if i in marks:
                continue
            s = lines[i].strip()
            short = len(s) <= SHORT_LINE and not _SENTENCE.search(s)
            if not short and not weak_bar(s):
                continue
            if (is_protected(s) and not _site_label(lines, i, first_body)) or _looks_like_title(s) or _bar_of_titles(s):
                continue
            # a picture's name or a bare 图片 line stands in the text: the line under it is its caption
            prev_chrome = pos == 0 or marks.get(nonblank[pos - 1], _PICTURE) != _PICTURE
            next_chrome = pos + 1 == len(nonblank) or marks.get(nonblank[pos + 1], _PICTURE) != _PICTURE
            edge = pos == 0 or pos + 1 == len(nonblank)
            if prev_chrome and next_chrome and not (edge and len(nonblank) <= 2):
                # At the page's edge, only a line next to real chrome (not a lone first line).
                if edge and not ((pos > 0 and nonblank[pos - 1] in marks) or
                                 (pos + 1 < len(nonblank) and nonblank[pos + 1] in marks)):
                    continue
                marks[i] = "between_chrome"
                changed = True
    _top_block(lines, marks)
    _tail_between(lines, marks)
    _footer_zone(lines, marks)
    page_blocks(lines, marks, title_like, compact)
    # a bare numeric date (2024-12-20, with a time or a view count) above the text is the date the
    # page was posted: a document dates itself in words (2024年12月20日), and at its end
    chinese = first_body >= 0 and _cjk(lines[first_body]) >= BODY_PARAGRAPH_CHARS // 2
    for i in range(max(first_body, 0)):
        if i not in marks and (_POSTED_DATE.match(lines[i]) or _POSTED_WEEKDAY.match(lines[i]) or _PADDED_DATE.match(lines[i])
                               or _POSTED_IN_COLUMN.match(lines[i])):
            marks[i] = "posted_date"
        elif i not in marks and chinese and (ENGLISH_COLUMN.match(lines[i].strip()) or LABEL_LINE.match(lines[i].strip())
                                                     or LATIN_LINE.match(lines[i].strip())):
            marks[i] = "column"  # a column's English name over a Chinese text ("News Center"), a bare 正文
    _broken_date(lines, marks, first_body)
    echo_chrome(lines, marks, title_like)
    if SPAN_PASS:
        span_chrome(lines, marks, title_like)
    learned_chrome(lines, marks, title_like)
    edge_passes(lines, marks)
    place_passes(lines, marks)
    late_passes(lines, marks)
    if OWN_PASS:  # round 36: a news lead, a closing caption (off: see OWN_PASS)
        own_lines(lines, marks)
    return ChromeReport(marks)


def drop_chrome(lines: list[str], boilerplate, removed: Counter, simplified: bool = False,
                structural=frozenset(), dropped: dict[int, str] | None = None) -> list[str]:
    """Drop the lines the cleaning rules DROPPED (index → rule, counted there already), the lines the
    line-feature, structure and context rules of ``chrome.find`` find on the lines left, and then the lines
    ``chrome.head.above_breadcrumb`` (and the news title's, the crumb's heading) finds by their place among both. REMOVED gets the Chinese
    characters each chrome rule took."""
    dropped = dropped or {}
    kept = [i for i in range(len(lines)) if i not in dropped]
    report = find_chrome([lines[i] for i in kept], boilerplate, simplified, structural)
    marks = dropped | {kept[k]: name for k, name in report.removed.items()}
    above_breadcrumb(lines, marks)
    above_news_title(lines, marks)
    crumb_heading(lines, marks)
    if not marks:
        return lines
    for i, name in marks.items():
        if i not in dropped:
            removed[f"chrome:{name}"] += _cjk(lines[i])  # few lines: chrome is short
    return [line for i, line in enumerate(lines) if i not in marks]


#: Whether the text-span pass (``chrome.span``) runs (the leave-one-out script turns it off).
SPAN_PASS = True
OWN_PASS = False  #: whether ``chrome.own`` lifts an article's own lines (off: on blind sets 27-29 it kept no body line and left two meta lines)
#: After the text's last paragraph, a line this short between two chrome lines is chrome even
#: with a sentence mark or a colon (a forum reply between its header and the buttons, a
#: "已收录到：" label above the prev/next links).
TAIL_LINE_CHARS = 30


def _under_text(lines: list[str], marks: dict[int, str]) -> list[int] | None:
    """The nonblank lines under the text's last paragraph that the rules left, or None without a paragraph."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    body = [i for i in nonblank if i not in marks and len(lines[i].strip()) >= BODY_PARAGRAPH_CHARS
            and _SENTENCE.search(lines[i])]
    return [i for i in nonblank if i > body[-1]] if body else None


def _footer_zone(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text, the site's copyright line or its prev/next links (round 33) open its footer: the short lines
    after them to the page's end are the footer's too (a federation's app and account names under 版权所有, a
    unit's name and address under 上一篇/下一篇). A button row opens none: a forum's 回复 引用 stands between a post
    and its signature."""
    tail = _under_text(lines, marks)
    if tail is None:
        return
    start = next((pos for pos, i in enumerate(tail) if marks.get(i) in ("copyright", "prev_next")), None)
    if start is None:
        return
    for i in tail[start + 1:]:
        s = lines[i].strip()
        if i not in marks and len(s) <= TAIL_LINE_CHARS and not _SENTENCE.search(s) and not _DATE_LINE.match(s):
            marks[i] = "footer_zone"


def _site_label(lines: list[str], i: int, first_body: int) -> bool:
    """A unit's name above the page's title line ("某某集团工会" between a welcome line and the
    breadcrumb): a signature closes a text, so over the title it is the site's name."""
    s = lines[i].strip()
    return (i < first_body and bool(_SIGNATURE.match(s)) and not _HEADING.match(s) and not _DATE_LINE.match(s)
            and not _GENRE_END.search(s) and any(_looks_like_title(lines[k].strip()) for k in range(i + 1, first_body)))


def _tail_between(lines: list[str], marks: dict[int, str]) -> None:
    tail = _under_text(lines, marks)
    if tail is None:
        return
    for pos, i in enumerate(tail):
        s = lines[i].strip()
        if i in marks or len(s) > TAIL_LINE_CHARS or pos == 0 or pos + 1 == len(tail):
            continue
        if _HEADING.match(s) or _is_signature_or_date(s) or _looks_like_title(s):
            continue
        if marks.get(tail[pos - 1], _PICTURE) != _PICTURE and marks.get(tail[pos + 1], _PICTURE) != _PICTURE:
            marks[i] = "tail_between"


#: A line this short (no sentence in it) above a page's title line is a column name, a tag or
#: a site label ("教工之家", "局机关 / 工会 / 上半年"), as is one in the meta lines under the title.
TOP_SHORT_LINE = 8
def title_like(s: str) -> bool:
    """A title line, or a page title and its variant joined by a bar (never the learned pass's)."""
    return _looks_like_title(s) or _bar_of_titles(s)


def _bar_of_titles(s: str) -> bool:
    """A page title and its variant joined by a bar ("有关于…工作总结范文|…工作总结"), not a menu."""
    pieces = [p for p in re.split(r"\s*[|｜]\s*", s) if p]
    return len(pieces) == 2 and any(_looks_like_title(p) for p in pieces)


_POSTED_BY = re.compile(
    r"^\S.{0,30}?\s+(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


_POSTED_DATE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}"  # or 21.05.2015
    r"|\d{1,2}-\d{1,2}(?=\s+\d{1,2}:\d{2}))"  # or a month and day with the time ("02-12 10:21")
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,7})?\s*$"
)


# a date in words with its weekday over the text: a blog's or a paper's date header (a document
# dates itself under its text, without the weekday)
# the posting date with the column it was posted in ("2021-05-06 工作总结大全", "2021-05-06新闻3")
_POSTED_IN_COLUMN = re.compile(r"^\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*[\u4e00-\u9fff]{2,8}\d{0,3}\s*$")
_POSTED_WEEKDAY = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]\s*$")
# a date in words with a zero-padded month or day ("2023年03月01日"): a site's system writes it, a writer does not
_PADDED_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*(?:0\d\s*月\s*\d{2}|\d{2}\s*月\s*0\d)\s*日\s*$")
_DATE_PIECES = (re.compile(r"^(?:19|20)\d{2}$"), re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}$"),
                re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$"))


def _broken_date(lines: list[str], marks: dict[int, str], first_body: int) -> None:
    """A posting date a page's layout broke into pieces over the text ("2023" / "03-13" / "10:16")."""
    nonblank = [i for i in range(max(first_body, 0)) if lines[i].strip()]
    for pos, i in enumerate(nonblank):
        run = nonblank[pos:pos + 3]
        if len(run) >= 2 and all(p.match(lines[k].strip()) for p, k in zip(_DATE_PIECES, run[:2])):
            marks.update((k, "posted_date") for k in run[:2])
            if len(run) == 3 and _DATE_PIECES[2].match(lines[run[2]].strip()):
                marks[run[2]] = "posted_date"


def _top_block(lines: list[str], marks: dict[int, str]) -> None:
    """The page's head, up to its first sentence: short lines above the title line, and short
    lines among the meta lines under it, are chrome. Headings, dates, signatures and
    salutations are never taken; a bare category name ("工作总结") is no title and is taken."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    head = []
    for i in nonblank:
        s = lines[i].strip()
        if i not in marks and (_SENTENCE.search(s) or len(s) > TITLE_MAX_CHARS or _HEADING.match(s)):
            break
        head.append(i)
    title = next((i for i in head if i not in marks and _looks_like_title(lines[i].strip())), None)
    if title is None:
        return

    def short(i: int) -> bool:
        s = lines[i].strip()
        if i in marks or len(s) > TOP_SHORT_LINE or _SENTENCE.search(s):
            return False
        return bool(_BARE_GENRE.match(s)) or not (is_protected(s) or _SIGNATURE.match(s))

    for i in head:
        if i == title:
            break
        if short(i):
            marks[i] = "above_title"
    # under the title: a short line after a meta line, or right above one; a name with the
    # date the page was posted ("某某工会 2024-03-06", a public account's line on a mirror site)
    after = [i for i in head if i > title]
    seen_chrome = False
    for pos, i in enumerate(after):
        if i in marks:
            # a line only the markup marks (a block of a chrome class), or a 文号, opens no meta block
            seen_chrome = seen_chrome or marks[i] not in _NO_BLOCK
        elif ((short(i) and (seen_chrome or (pos + 1 < len(after) and after[pos + 1] in marks)))
              or (_POSTED_BY.match(lines[i].strip()) and _cjk(lines[i]) <= 20)):
            marks[i] = "meta_block"
    # the site's heading of the page, then its chrome, then the document's own (other) title
    # line right above the text: the first is the page's label, not the document's
    rest = [i for i in after if i not in marks]
    # (the text's opening may follow it in the head when it ends in "：" rather than a full stop)
    if (rest and (rest[0] == head[-1] or not any(_looks_like_title(lines[k].strip()) and not re.search(r"[，,]", lines[k])
                                             for k in rest[1:]))
            and any(marks.get(i, "doc_number") != "doc_number" for i in after if i < rest[0])
            and _looks_like_title(lines[rest[0]].strip())
            and compact(lines[rest[0]]) != compact(lines[title])):
        marks[title] = "page_heading"


#: Marks under a title that open no site block: the markup's class alone, an official document's 文号 (its
#: filing line, which stands by its title and never makes the title a page's label).
_NO_BLOCK = ("html_structure", "doc_number")
_SEPARATOR_ONLY = re.compile(r"^[|｜/／·•>»＞›\\\-—_]+$")


def _split_link_bars(lines: list[str], marks: dict[int, str]) -> None:
    """A menu whose items and separators came out one per line ("首页", "|", "工作总结", "|", …)."""
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        s = lines[i].strip() if i < len(lines) else None
        if s == "":
            continue
        if s is not None and (_SEPARATOR_ONLY.match(s) or (len(s) <= 10 and not _SENTENCE.search(s))):
            run.append(i)
            continue
        seps = [k for k in run if _SEPARATOR_ONLY.match(lines[k].strip())]
        if len(seps) >= 2 and len(run) - len(seps) >= 3:
            # the separators and the items between and right around them
            lo = max(run.index(seps[0]) - 1, 0)
            hi = min(run.index(seps[-1]) + 1, len(run) - 1)
            for k in run[lo : hi + 1]:
                marks.setdefault(k, "link_bar")
        run = []


#: A public account's name on its card is at most this long.
ACCOUNT_NAME_CHARS = 20


def _account_card(lines: list[str], marks: dict[int, str]) -> None:
    """A public account's card under its article: the account's name right above its 微信号 line
    is chrome, even when it names the school as a signature would."""
    for i in sorted(k for k, v in marks.items() if v == "wechat" and _WECHAT_ID.match(lines[k].strip())):
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        s = lines[j].strip() if j >= 0 else ""
        if s and j not in marks and len(s) <= ACCOUNT_NAME_CHARS and not _SENTENCE.search(s) and not _DATE_LINE.match(s):
            marks[j] = "wechat_card"


_COMPACT_DROP = re.compile(r"[^0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+")


def compact(line: str) -> str:
    """The line's letters, digits and CJK characters, lower-cased (spacing and marks ignored)."""
    return _COMPACT_DROP.sub("", line).lower()
