"""The headline right above a news item's text, when no title line comes first (issue 12, Round 17; widened in Round 33).

A news page stands as headline, meta lines (发布日期, 作者, a date), text. When the cleaner leaves chrome at the top (a
link bar, a weather line, a ticker), the headline is the headline-shaped line right above the text's first sentence, meta
lines and bare dates skipped. Headline-shaped: at least HEADLINE_MIN_CJK Chinese characters, at most 60 characters, no
full stop or semicolon, at most one comma, no link bar or breadcrumb, no field's colon at its end.

Round 33 (the headline lost, a whole class of first lines that made the finder give up):
- a table row's bars and empty cells at the headline's edges (`…活动 |`, `| …比赛 | |||`) are no link bar;
- a page that opens with a sentence over its headline (a leader's quote, the item's own first sentence as a teaser, a
  picture's caption): the text then starts lower, and the headline is the line over that later start, past the page's
  dates, fields and short widget lines (fewer than HEADLINE_MIN_CJK Chinese characters, no sentence mark), when a
  dated line (a bare date or a meta field with digits) stands between it and the text: a page's dateline. Without
  it, the line over the second paragraph is as often a picture's caption or a section's heading (图为会议现场,
  活动一：…) on a page that has no headline at all.
- a text that opens with a dash subtitle (——记…, ――某某系列报道) whose headline the cleaner took with the page's meta
  lines: the headline is the headline-shaped line over the subtitle in the page as read, meta lines skipped (the keys
  of sets 6-22 title every headline over a subtitle by the headline).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.normalize import SUBTITLE_DASHES
from .title_additions import EDGE_BARS

CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
TEXT_LINE = re.compile(r"[。!?;！？；]|[,，].*[,，]")
# a meta line between a news title and its text: a date, a source, an author, a view count
META_FIELD = re.compile(r"(?:发布|來源|来源|作者|时间|時間|日期|浏览|瀏覽|点击|點擊|阅读|閱讀|编辑|責編|责编|供稿|记者|通讯员|字号|字数)\s*[:：]")
DATE_ONLY = re.compile(r"^[\d\s年月日时分秒:：\-/.()（）]+$")
_SENTENCE_MARK = re.compile(r"[。，,；;！？!?]")
HEADLINE_MIN_CJK = 6


def _headline_over(lines: list[str], text_at: int, clean: Callable[[str], str], chrome: Callable[[str], bool],
                   widgets: bool) -> str | None:
    dated = False
    for line in reversed(lines[:text_at]):
        if META_FIELD.search(line) or DATE_ONLY.match(line):
            dated = dated or bool(re.search(r"\d", line))
            continue
        line = EDGE_BARS.sub("", clean(line))
        if widgets and len(CJK_CHAR.findall(line)) < HEADLINE_MIN_CJK and not _SENTENCE_MARK.search(line):
            continue  # a widget's word between the headline and the text (等待处理…), under an opening sentence
        if (len(CJK_CHAR.findall(line)) < HEADLINE_MIN_CJK or len(line) > 60 or re.search(r"[。；;]", line)
                or len(re.findall(r"[,，]", line)) > 1 or chrome(line) or line.endswith((":", "："))):
            return None
        return line if dated or not widgets else None  # (under an opening sentence, only a dated headline)
    return None


def headline_over_text(lines: list[str], clean: Callable[[str], str], chrome: Callable[[str], bool]) -> str | None:
    """The headline right above the text's first sentence (see the module's docstring); None when the line above the
    text is not one. CLEAN reads a line as a title; CHROME says whether a line holds a site's bars or crumbs."""
    starts = [k for k, ln in enumerate(lines) if len(ln) > 40 and TEXT_LINE.search(ln)]
    if not starts:
        return None
    if starts[0]:
        return _headline_over(lines, starts[0], clean, chrome, widgets=False)
    for text_at in starts[1:]:  # a sentence over the headline: the text starts lower
        head = _headline_over(lines, text_at, clean, chrome, widgets=True)
        if head:
            return head
    return None


_DASH_LED = re.compile(rf"^\s*{SUBTITLE_DASHES}")


def headline_over_subtitle(first: str, page_head: str | None, clean: Callable[[str], str],
                           chrome: Callable[[str], bool]) -> str | None:
    """The headline over FIRST, a dash subtitle the text opens with, in PAGE_HEAD (the page's first lines as read,
    before cleaning); None when FIRST is no dash subtitle or no headline-shaped line stands over it there."""
    if not first or not page_head or not _DASH_LED.match(first):
        return None
    raw = [ln.strip() for ln in page_head.split("\n") if ln.strip()]
    key = letters(first)
    at = next((k for k, ln in enumerate(raw) if letters(ln) == key), None)
    return _headline_over(raw, at, clean, chrome, widgets=False) if at else None


def letters(s: str) -> str:
    """S's digits, Latin letters and Chinese characters: the form two copies of a headline are compared in."""
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", s or "")
