"""Titles: the article's own title line, and the kind a title names.

The title is the author's own label: the page's heading hint, else the first genre line
(…工作总结, …工作计划) among the first lines of the article, never a line of site chrome and
never the file name. A title that names a kind decides it (see `kinds.find_kind`).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .describe_rules import default_describe_rules
from .markers import MAX_TITLE_CHARS
from .title_additions import bar_pieces, column_before_dash, drop_site_additions, exclaimed_headline
from .title_broken import under_column, with_event_tail, with_title_head, with_title_tail
from .title_clean import clean_title as _clean_title
from .title_clean import compact as _compact
from .title_fallback import TEXT_LINE, headline_over_subtitle
from .title_fallback import headline_over_text as fallback_headline
from .title_heading import first_title_line, own_title_line, restated
from .title_lines import (
    FIELD_LINE,
    OPEN_END,
    TITLE_CHROME,
    TITLE_LOOK_LINES,
    bar_title,
    compilation_topic,
    is_headline_title,
    is_title_line,
)
from .title_lines import chrome_line as _chrome_line
from .title_marker import own_title_under_marker
from .title_page import page_headline
from .title_site_lines import headline_under_date, themed

COMPILATION_LOOK_LINES = 3  # the title is right after its marker in a compilation (TITLE_LOOK_LINES: a page)

__all__ = ["COMPILATION_LOOK_LINES", "TITLE_LOOK_LINES", "choose_title", "compilation_topic", "headline_over_text",
           "title_as_written"]


def choose_title(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                 several: bool = False, page_head: str | None = None) -> tuple[str, str]:
    """``title_as_written`` without what a site added to the title (``title_additions``: 范文, 模板, a column
    tag…). The describer reads the title as written (a site's issue tag 【2023第9期】 still dates the item)."""
    title, where = title_as_written(split_title, text, source=source, hint=hint, several=several, page_head=page_head)
    return drop_site_additions(title), where


def title_as_written(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                     several: bool = False, page_head: str | None = None) -> tuple[str, str]:
    """`_title_on_text`, or the page's own headline where that misses it on the page as read (`title_page`, Round 38)."""
    title, where = _title_on_text(split_title, text, source=source, hint=hint, several=several, page_head=page_head)
    own = None if several or where == "hint" else page_headline(title, page_head, _clean_title, _chrome_line,
                                                                lambda line: is_title_line(line, default_describe_rules()), hint)
    return (own, "page") if own else (title, where)


def _title_on_text(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                   several: bool = False, page_head: str | None = None) -> tuple[str, str]:
    """The article's own title and where it came from ("hint", "split", "text", "page" or "none").

    The page's own heading (HINT: an HTML <h1>/<title> the reader found) names a single-article
    page; a compilation's heading names the compilation, not its articles. Else the title is
    the first genre line (…工作总结, …工作计划) among the first lines of the article, never a
    line of site chrome (link bars, breadcrumbs, "（通用3篇）" count claims) and never the file
    name (the splitter's fallback when a text has no title line: the file name is the path
    fallback of org and year, see `org_from_path`). A title the splitter took from the marker
    line is kept when it is a genre line itself. An article of a compilation under a lone marker
    (篇一：) takes the compilation's topic from the page's heading (HINT, or PAGE_HEAD: the first
    lines of the page as read, before cleaning).
    """
    rules = default_describe_rules()
    look = COMPILATION_LOOK_LINES if several else TITLE_LOOK_LINES
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()][:look]
    if hint and not several and (is_title_line(hint, rules) or is_headline_title(hint, rules)):
        own = own_title_line(first_title_line(lines, hint, rules), hint, rules)
        return (own, "text") if own else (_clean_title(hint), "hint")
    if not split_title or not re.search(r"[\u4e00-\u9fff]", split_title):
        split_title = None  # what a lone marker left (篇一： -> "：", or nothing): no title
    stem = _compact(PurePosixPath(str(source).replace("\\", "/")).stem) if source else ""
    own = bool(split_title) and (not stem or _compact(split_title) != stem)
    if own and lines and lines[0] != split_title.strip() and lines[0].startswith(split_title.strip()):
        # the splitter's fallback: the start of a long first line, not a title (unless it is a
        # title line itself: "工会工作计划 篇一" over "工会工作计划是指…")
        # (a cut at the splitter's length limit is a sentence's start: "总结是在某一时期、…")
        own = is_title_line(split_title, rules) and len(split_title.strip()) < MAX_TITLE_CHARS
    if own and is_title_line(split_title, rules):
        if lines and lines[0].startswith(split_title.strip()) and restated(lines, 0, rules):
            return _clean_title(lines[restated(lines, 0, rules)]), "text"  # a site's abstract opening with the title
        after = lines[1] if len(lines) > 1 and lines[0] == split_title.strip() else ""
        own = own_title_under_marker(split_title, lines, lambda ln: is_title_line(ln, rules), _compact, with_title_tail)
        return (_clean_title(own), "text") if own else (_clean_title(with_title_tail(split_title, after)), "split")
    for i, line in enumerate(lines):
        if is_title_line(line, rules):
            i = restated(lines, i, rules)
            title = with_title_head(lines[i - 1] if i else "", lines[i])
            return _clean_title(with_title_tail(title, lines[i + 1] if i + 1 < len(lines) else "")), "text"
        bar = bar_title(line, rules)
        if bar:
            return bar, "text"
        # a flattened page: the title is one of the first space-separated segments
        for piece in line.split()[:4] if " " in line else ():
            if is_title_line(piece, rules):
                return _clean_title(piece), "text"
    for line in lines[:3]:  # a column's name and its headline on one line: the headline's commas are its own
        head = column_before_dash(line)  # ("群團動態 | “乒”出活力，搏出精彩，某某公司舉辦…")
        if head and len(head) <= 60 and not re.search(r"[。！？!?；;]", head) and not TITLE_CHROME.search(head):
            return _clean_title(head), "text"
    chinese = bar_pieces([ln for ln in lines if re.search(r"[\u4e00-\u9fff]", ln) and not FIELD_LINE.match(ln)])
    first = under_column(chinese)
    if own and not TITLE_CHROME.search(split_title) and not TEXT_LINE.search(split_title) \
            and not FIELD_LINE.match(split_title) and not split_title.strip().endswith((":", "：")) \
            and not OPEN_END.search(split_title.strip()):
        if chinese and _compact(split_title) == _compact(chinese[0]) and first != chinese[0]:
            return _clean_title(first), "text"  # the splitter took the column's name above the headline
        over = headline_over_subtitle(split_title, page_head, _clean_title, _chrome_line)  # the cleaner took it
        return (over, "page") if over else (_clean_title(_with_event_tail(split_title, lines)), "split")
    if several and split_title is None:
        # an article under a lone marker: the compilation's topic (its heading, less the count)
        topic = compilation_topic(hint, rules) or compilation_topic(page_head, rules)
        if topic:
            return topic, "page"
    head = headline_over_text(lines)  # (a site's line over the page's date is not: `title_site_lines`)
    if first and len(first) <= 40 and not TEXT_LINE.search(exclaimed_headline(first)) \
            and not TITLE_CHROME.search(themed(_clean_title(first))) and not first.endswith((":", "：")) \
            and not OPEN_END.search(first) and not headline_under_date(first, head, lines):
        return _clean_title(_with_event_tail(first, lines)), "text"
    return (_clean_title(head), "text") if head else ("", "none")


def headline_over_text(lines: list[str]) -> str | None:
    """A news item's own headline right above the first sentence of its text (`title_fallback`)."""
    return fallback_headline(lines, _clean_title, _chrome_line)


def _with_event_tail(title: str, lines: list[str]) -> str:
    """TITLE, the text's first line, with the second when the headline is broken before its event's noun (Round 40)."""
    return with_event_tail(title, lines[1], lines[2]) if len(lines) >= 3 and lines[0] == title.strip() else title
