"""A site's line over the page's own date: never the title (issue 12, Round 29).

A news page stands as headline, meta lines (its date, 来源, 本文字数), text. When the cleaner leaves a site's line at
the top (an e-paper's `这已经是最后一期了哦！` over its issue's date and page name), the text's first line is that line,
and the headline is the line right over the text, the date lines between them. So the headline wins when the lines
between the first line and it are only the page's dates, fields and a column's name, one of them a bare date: a line
above the page's own date is the site's (what a page dates is its headline, under that date).

A headline may carry the author's theme before a bar ("创新提升|构建全域…服务网络", "“培育好家风·共建新风尚” | 某县举办…
比赛"; sets 16 and 20 key the line whole, as ruling (c) keeps what is the author's): a bar that parts a theme, no
column's name (`title_additions.column_label`), from a headline of HEADLINE_MIN_CJK Chinese characters or more is no
link bar, and `themed` reads it as a space where the title rules test a line for a site's bars.
"""

from __future__ import annotations

import re

from .title_additions import HEADLINE_MIN_CJK, column_label

# a page's date alone (2019年12月24日, 2024-05-06 10:20) or a short field or column (第三版：工会, 本文字数：795)
_DATE_ONLY = re.compile(r"^[\d\s年月日时分秒:：\-/.()（）星期一二三四五六日天]+$")
_FIELD = re.compile(r"^[^:：，,。；;！？!?]{1,8}[:：][^，,。；;！？!?]{0,12}$")


def headline_under_date(first: str, head: str | None, lines: list[str]) -> bool:
    """Whether HEAD (the headline right over the text) stands under FIRST with only the page's dates, fields and a
    column between them, one a bare date (see the module's docstring)."""
    if not head or not first or head == first or first not in lines or head not in lines:
        return False
    i, j = lines.index(first), lines.index(head)
    between = lines[i + 1:j]
    if j <= i + 1 or not all(_DATE_ONLY.match(ln) or _FIELD.match(ln) for ln in between):
        return False
    return any(_DATE_ONLY.match(ln) and re.search(r"\d", ln) for ln in between)


# a theme (no digits, no field's colon, at most 20 characters), one bar, the headline
_THEME_BAR = re.compile(r"^\s*([^|｜\d:：]{2,20}?)\s*[|｜]\s*([^|｜]+?)\s*$")
_SITE_WORDS = re.compile(r"首页|网站|官网|官方|欢迎|登录|注册|下载|当前位置|您的位置|主办|版权")


def themed(line: str) -> str:
    """LINE with the bar between an author's theme and its headline read as a space (see the module's docstring)."""
    m = _THEME_BAR.match(line or "")
    if not m or column_label(m.group(1).strip()) or _SITE_WORDS.search(line):
        return line
    theme, head = m.groups()
    if len(re.findall(r"[\u4e00-\u9fff]", theme)) < 2 or len(re.findall(r"[\u4e00-\u9fff]", head)) < HEADLINE_MIN_CJK:
        return line
    return f"{theme.strip()} {head}"
