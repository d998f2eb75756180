"""Site chrome in a page's text, found by what a line looks like, not by which site it came from.

Pages saved as text have lost their HTML, so navigation, breadcrumbs, meta lines, share and
print buttons, copyright footers and "related articles" lists have to be recognised line by
line. Each feature below is general (a breadcrumb is short items joined by ">", a meta line
names 发布时间/来源/浏览 with a date or a count); none names a site. Three context rules
follow: a short line between two chrome lines is chrome too; a "相关推荐" header takes the
list of short titles under it; and a line that recurs in the margins of many files of one
collection is boilerplate (found by ``boilerplate``, as jusText and boilerpipe reason).

A line that looks like a heading (一、…, （二）…, 1.…), an article marker, a document title or
a signature is never dropped by a context rule, whatever its length (``protected``).

The passes ``find_chrome`` runs live by what they read: the page's head (``top``), a related list (``related``), the
lines under the text (``tail``), the edges (``edges``, ``headlines``), the blocks (``blocks``) and the late passes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...text.normalize import to_simplified
from .blocks import page_blocks
from .crumbs import crumb_heading
from .echo import echo_chrome
from .edges import edge_passes, fused_related
from .forms import PICTURE_MARK, form_feature
from .forum import forum_lines
from .head import above_breadcrumb, above_news_title, place_passes
from .late import late_passes
from .line_shapes import PARAGRAPH_CHARS as BODY_PARAGRAPH_CHARS
from .line_shapes import (
    bar_of_titles,
    cjk_chars,
    compact,
    signature_or_date,
    title_like,
    title_shaped,
)
from .lines import line_feature
from .menus import split_link_bars, weak_bar
from .model import learned_chrome
from .own import own_lines
from .pictures import captions_under_pictures
from .press import press_feature
from .protected import (
    HEADING,
    SENTENCE,
    SHORT_LINE,
    is_protected,
)
from .related import related_lists, teaser_runs
from .site_marks import account_card
from .span import span_chrome
from .tail import footer_zone, tail_between
from .top import broken_date, posted_dates, site_label, top_block

# ---------------------------------------------------------------- a page


@dataclass
class ChromeReport:
    """What the chrome pass removed from one page: line index → rule name."""

    removed: dict[int, str] = field(default_factory=dict)


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
                       if len(line.strip()) >= BODY_PARAGRAPH_CHARS and SENTENCE.search(line)), -1)
    for i, line in enumerate(lines):
        name = line_feature(line) or form_feature(line) or press_feature(line)  # round 39: a news page
        if name:
            marks[i] = name
        elif boilerplate and line.strip() and not is_protected(line) and compact(line) in boilerplate:
            marks[i] = "repeated"
        elif (structural and line.strip() and compact(line) in structural and not HEADING.match(line.strip())
              and (i < first_body or not signature_or_date(line))):
            marks[i] = "html_structure"
    split_link_bars(lines, marks)
    account_card(lines, marks)
    forum_lines(lines, marks)  # a forum thread: its frames, user panels, copy guard and replies (round 38)
    fused_related(lines, marks)
    related_lists(lines, marks)
    teaser_runs(lines, marks)
    # Short lines between chrome lines (or between chrome and the page's edge) are chrome.
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    changed = True
    while changed:
        changed = False
        for pos, i in enumerate(nonblank):
            if i in marks:
                continue
            s = lines[i].strip()
            short = len(s) <= SHORT_LINE and not SENTENCE.search(s)
            if not short and not weak_bar(s):
                continue
            if (is_protected(s) and not site_label(lines, i, first_body)) or title_shaped(s) or bar_of_titles(s):
                continue
            # a picture's name or a bare 图片 line stands in the text: the line under it is its caption
            prev_chrome = pos == 0 or marks.get(nonblank[pos - 1], PICTURE_MARK) != PICTURE_MARK
            next_chrome = pos + 1 == len(nonblank) or marks.get(nonblank[pos + 1], PICTURE_MARK) != PICTURE_MARK
            edge = pos == 0 or pos + 1 == len(nonblank)
            if prev_chrome and next_chrome and not (edge and len(nonblank) <= 2):
                # At the page's edge, only a line next to real chrome (not a lone first line).
                if edge and not ((pos > 0 and nonblank[pos - 1] in marks) or
                                 (pos + 1 < len(nonblank) and nonblank[pos + 1] in marks)):
                    continue
                marks[i] = "between_chrome"
                changed = True
    top_block(lines, marks)
    tail_between(lines, marks)
    footer_zone(lines, marks)
    page_blocks(lines, marks, title_like, compact)
    posted_dates(lines, marks, first_body)
    broken_date(lines, marks, first_body)
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
    captions_under_pictures(lines, marks, dropped)
    above_breadcrumb(lines, marks)
    above_news_title(lines, marks)
    crumb_heading(lines, marks)
    if not marks:
        return lines
    for i, name in marks.items():
        if i not in dropped:
            removed[f"chrome:{name}"] += cjk_chars(lines[i])  # few lines: chrome is short
    return [line for i, line in enumerate(lines) if i not in marks]


#: Whether the text-span pass (``chrome.span``) runs (the leave-one-out script turns it off).
SPAN_PASS = True
OWN_PASS = False  #: whether ``chrome.own`` lifts an article's own lines (off: on blind sets 27-29 it kept no body line and left two meta lines)
