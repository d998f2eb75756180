"""The page's head, above the text's first sentence: short lines over the title line and among the meta lines
under it (``top_block``), a unit's name over the title (``site_label``), and the date the page was posted, whole or
broken into pieces (``posted_dates``, ``broken_date``)."""

from __future__ import annotations

import re

from .forms import ENGLISH_COLUMN, LABEL_LINE, LATIN_LINE
from .line_shapes import BARE_GENRE, TITLE_MAX_CHARS, cjk_chars, compact, title_shaped
from .line_shapes import PARAGRAPH_CHARS as BODY_PARAGRAPH_CHARS
from .protected import DATE_LINE, GENRE_END, HEADING, SENTENCE, SIGNATURE, is_protected

#: A line this short (no sentence in it) above a page's title line is a column name, a tag or
#: a site label ("教工之家", "局机关 / 工会 / 上半年"), as is one in the meta lines under the title.
TOP_SHORT_LINE = 8


def site_label(lines: list[str], i: int, first_body: int) -> bool:
    """A unit's name above the page's title line ("某某集团工会" between a welcome line and the
    breadcrumb): a signature closes a text, so over the title it is the site's name."""
    s = lines[i].strip()
    return (i < first_body and bool(SIGNATURE.match(s)) and not HEADING.match(s) and not DATE_LINE.match(s)
            and not GENRE_END.search(s) and any(title_shaped(lines[k].strip()) for k in range(i + 1, first_body)))


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
# (round 40) a date in words alone over a news item's text, the site's posting date; a document of a genre dates
# itself under its own title ("…工会工作报告" / "2023年3月10日") or its unit's name, and that date stays
_WORDS_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
_DATE_PIECES = (re.compile(r"^(?:19|20)\d{2}$"), re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}$"),
                re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$"))


def posted_dates(lines: list[str], marks: dict[int, str], first_body: int) -> None:
    """Above the text's first paragraph (at FIRST_BODY), the date the page was posted, and a column's English name
    or a bare label over a Chinese text."""
    # a bare numeric date (2024-12-20, with a time or a view count) above the text is the date the
    # page was posted: a document dates itself in words (2024年12月20日), and at its end
    chinese = first_body >= 0 and cjk_chars(lines[first_body]) >= BODY_PARAGRAPH_CHARS // 2
    for i in range(max(first_body, 0)):
        if i not in marks and (_POSTED_DATE.match(lines[i]) or _POSTED_WEEKDAY.match(lines[i]) or _PADDED_DATE.match(lines[i])
                               or _POSTED_IN_COLUMN.match(lines[i]) or (_WORDS_DATE.match(lines[i]) and not _under_genre_title(lines, i))):
            marks[i] = "posted_date"
        elif i not in marks and chinese and (ENGLISH_COLUMN.match(lines[i].strip()) or LABEL_LINE.match(lines[i].strip())
                                                     or LATIN_LINE.match(lines[i].strip())):
            marks[i] = "column"  # a column's English name over a Chinese text ("News Center"), a bare 正文


def _under_genre_title(lines: list[str], i: int) -> bool:
    """The nearest line above line I names a genre (总结/计划/报告/…) or is a unit's name: a document's own title
    or its unit over its own date."""
    above = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    return bool(above and (GENRE_END.search(above) or SIGNATURE.match(above)))


def broken_date(lines: list[str], marks: dict[int, str], first_body: int) -> None:
    """A posting date a page's layout broke into pieces over the text ("2023" / "03-13" / "10:16")."""
    nonblank = [i for i in range(max(first_body, 0)) if lines[i].strip()]
    for pos, i in enumerate(nonblank):
        run = nonblank[pos:pos + 3]
        if len(run) >= 2 and all(p.match(lines[k].strip()) for p, k in zip(_DATE_PIECES, run[:2])):
            marks.update((k, "posted_date") for k in run[:2])
            if len(run) == 3 and _DATE_PIECES[2].match(lines[run[2]].strip()):
                marks[run[2]] = "posted_date"


def top_block(lines: list[str], marks: dict[int, str]) -> None:
    """The page's head, up to its first sentence: short lines above the title line, and short
    lines among the meta lines under it, are chrome. Headings, dates, signatures and
    salutations are never taken; a bare category name ("工作总结") is no title and is taken."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    head = []
    for i in nonblank:
        s = lines[i].strip()
        if i not in marks and (SENTENCE.search(s) or len(s) > TITLE_MAX_CHARS or HEADING.match(s)):
            break
        head.append(i)
    title = next((i for i in head if i not in marks and title_shaped(lines[i].strip())), None)
    if title is None:
        return

    def short(i: int) -> bool:
        s = lines[i].strip()
        if i in marks or len(s) > TOP_SHORT_LINE or SENTENCE.search(s):
            return False
        return bool(BARE_GENRE.match(s)) or not (is_protected(s) or SIGNATURE.match(s))

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
              or (_POSTED_BY.match(lines[i].strip()) and cjk_chars(lines[i]) <= 20)):
            marks[i] = "meta_block"
    # the site's heading of the page, then its chrome, then the document's own (other) title
    # line right above the text: the first is the page's label, not the document's
    rest = [i for i in after if i not in marks]
    # (the text's opening may follow it in the head when it ends in "：" rather than a full stop)
    if (rest and (rest[0] == head[-1] or not any(title_shaped(lines[k].strip()) and not re.search(r"[，,]", lines[k])
                                             for k in rest[1:]))
            and any(marks.get(i, "doc_number") != "doc_number" for i in after if i < rest[0])
            and title_shaped(lines[rest[0]].strip())
            and compact(lines[rest[0]]) != compact(lines[title])):
        marks[title] = "page_heading"


#: Marks under a title that open no site block: the markup's class alone, an official document's 文号 (its
#: filing line, which stands by its title and never makes the title a page's label).
_NO_BLOCK = ("html_structure", "doc_number")
