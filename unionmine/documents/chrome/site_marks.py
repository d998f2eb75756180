"""What a site writes on a page about itself, found on development pages of two or more sites (issue 12, round 24).

- *Its media channels as link labels*: a line that is nothing but the names of the site's own channels
  (``官方微博``, ``官方微信``, ``网站群``, ``微信矩阵``, ``抖音号 | 视频号``): the icons of a footer or a sidebar, whose
  labels a copy keeps as lines. A sentence that names a channel (``在学校官方微信开设专栏``) is text.
- *A column's name closing the page*: a sidebar's heading (``新闻热点``, ``最新动态``) alone on the page's last line
  under the text, or with only chrome under it; its list of items is gone from the copy or taken already. A text
  never ends on a bare column name; over the text, such a line is the top rules' to judge.
- *The page's view counter glued to its copy of the headline*: a news template prints the headline, the meta
  line, then the headline again with its counter (``某某工会活动丰富多彩 0``). The number goes when the same headline
  stands alone within a few lines above it and no other line of the page repeats the headline with a number (a
  compilation numbers its articles' titles ``…工作总结1``, ``…工作总结2``: those numbers are the splitter's).

Round 25 (sets 7 and 16, one search look-up):
- *A font widget's buttons*: ``放大 缩小 默认``, ``字体: 放大缩小`` (both 放大 and 缩小, nothing but a widget's words).
- *A page's word count and reading time*: ``本篇文章478字,读完约1分钟``, ``[本文共1979字]``, alone on a line.

A document site's repost notice (``…来自某某网…转载请标明出处``, the same as the copyright cue ``转载请注明``) is a
copyright line of ``chrome.lines``.
"""

from __future__ import annotations

import re

from .line_shapes import compact, is_paragraph
from .lines import ACTIONS, COPYRIGHT, WECHAT_ID
from .protected import DATE_LINE, SENTENCE

# one channel: an optional owner word, then the channel's name
_CHANNEL = (
    r"(?:学校|学院|本站|本网|工会)?(?:官方)?"
    r"(?:微博|微信|微信号|公众号|微信公众号|视频号|抖音号?|快手号?|头条号?|小红书|哔哩哔哩|B站|今日头条|客户端|APP|小程序)"
    r"|(?:门户)?网站群|(?:微信|新媒体|融媒体|政务新媒体|媒体)矩阵"
)
_CHANNEL_LINE = re.compile(rf"^(?:{_CHANNEL})(?:\s*[|｜/·•、\s]\s*(?:{_CHANNEL})){{0,5}}$", re.IGNORECASE)


def channel_line(line: str) -> bool:
    """LINE names nothing but the site's own media channels (see the module's docstring)."""
    return bool(_CHANNEL_LINE.match(line.strip()))


_COUNTED = re.compile(r"^(?P<head>\S.*?\S)\s+(?P<count>\d{1,7})$")
_YEAR = re.compile(r"(?:19|20)\d{2}")  # "…工作总结 2023" under "…工作总结": a year, not a count
#: The headline's clean copy stands at most this many non-blank lines above its counted copy.
COUNTER_LOOK = 3
#: A headline is this long at least (Chinese characters), so a short label with a number (``第 2``) is none.
COUNTER_HEADLINE_CJK = 6


def _lines_above(lines: list[str], i: int, count: int) -> list[int]:
    """The indexes of the COUNT non-blank lines right above line I, nearest first."""
    out = []
    for k in range(i - 1, -1, -1):
        if lines[k].strip():
            out.append(k)
            if len(out) == count:
                break
    return out


def unglue_counters(lines: list[str]) -> list[str]:
    """LINES with a view counter taken off the page's second copy of its headline (see the module's docstring)."""
    found = [(i, m) for i, line in enumerate(lines) if (m := _COUNTED.match(line.strip()))]
    if not found:
        return lines
    out = list(lines)
    compacts: list[str] | None = None  # each line's compact form, made once when a counted copy needs them
    for i, m in found:
        above = [lines[k].strip() for k in _lines_above(lines, i, COUNTER_LOOK)]
        first = compact(m.group("head")[:8])[:1]
        if not any(compact(a[:8])[:1] == first for a in above):  # (a table's numbered rows: no line above alike)
            continue
        head = compact(m.group("head"))
        if len(re.findall(r"[\u3400-\u9fff]", head)) < COUNTER_HEADLINE_CJK or _YEAR.fullmatch(m.group("count")):
            continue
        if not any(compact(a) == head for a in above):
            continue
        compacts = compacts if compacts is not None else [compact(line) for line in lines]
        numbered = re.compile(re.escape(head) + r"\d{1,3}")
        if any(j != i and numbered.fullmatch(c) for j, c in enumerate(compacts)):
            continue  # a compilation's numbered titles (…总结1, …总结 2)
        out[i] = lines[i][: lines[i].rstrip().rfind(m.group("count"))].rstrip()
    return out


# a column's name: a word of place or kind at most, then a column's noun ("新闻热点", "最新动态", "工会要闻")
_COLUMN_NAME = re.compile(r"^(?:最新|热点|热门|新闻|校园|学校|工会|图片|工作)?"
                          r"(?:动态|热点|要闻|新闻|资讯|快讯|公告|通知公告|推荐|专题)$")


def closing_column(lines: list[str], marks: dict[int, str]) -> None:
    """Mark a column's name that closes the page under its text as ``closing_column`` (see the module's docstring)."""
    rest = [i for i, line in enumerate(lines) if line.strip() and i not in marks]
    if len(rest) < 2:
        return
    last = rest[-1]
    if _COLUMN_NAME.match(lines[last].strip()) and any(is_paragraph(lines[i]) for i in rest[:-1]):
        marks[last] = "closing_column"


_WIDGET_WORD = r"(?:放大|缩小|默认|还原|恢复|重置|[大中小])"
_FONT_WIDGET = re.compile(rf"^(?:(?:字体|字号|文字)\s*[:：]?\s*)?[\[【(（]?\s*{_WIDGET_WORD}"
                          rf"(?:\s*[|｜/、\]】)）\[【(（]{{0,2}}\s*{_WIDGET_WORD})+\s*[\]】)）]?$")
_COUNT_OF_WORDS = r"(?:(?:共计|共有|共|总共)?\s*[\d,，]+\s*个?(?:字符|字)|字数\s*[:：]\s*[\d,，]+)"
# its reading time (读完约1分钟, 阅读大概需要 2 分钟, 预计需要花费 4 分钟才能阅读完成)
_READING_TIME = (r"\s*[,，、;；]?\s*(?:预计|大概|大约|约)?(?:读完|阅读)?(?:大概|大约|约|预计)?(?:需要|需|用时)?(?:花费)?"
                 r"\s*[\d.]+\s*分钟(?:才能|可)?(?:读完|阅读完成|阅读完|看完)?")
# the count after a label at most (TIPS:), the text named, or without its name when the reading time follows (round 39)
_WORD_COUNT = re.compile(rf"^(?:[A-Za-z]{{2,8}}\s*[:：]\s*)?[\[【(（]?\s*(?:(?:本篇文章|本篇|本文|全文|文章)\s*{_COUNT_OF_WORDS}"
                         rf"(?:{_READING_TIME})?|{_COUNT_OF_WORDS}{_READING_TIME})\s*[。.]?\s*[\]】)）]?$")


def font_widget(line: str) -> bool:
    """LINE is a font widget's buttons: both 放大 and 缩小, and nothing but a widget's words (round 25)."""
    s = line.strip()
    return "放大" in s and "缩小" in s and bool(_FONT_WIDGET.match(s))


def word_count_line(line: str) -> bool:
    """LINE is nothing but the page's word count, its reading time at most (``本篇文章478字,读完约1分钟``)."""
    return bool(_WORD_COUNT.match(line.strip()))


# Round 26 (set 17, spent): a widget's words and a site's follow instructions.
# a row of buttons: the button words ``chrome.lines`` knows, and a comment or reader widget's own labels
_MORE_BUTTONS = re.compile(r"我要留言|我要评论|全文浏览|推荐朋友|推荐给朋友")
_EMPTY_BUTTON = re.compile(r"[\[【]\s*[\]】]")
_SEPARATORS = re.compile(r"[\s|｜/·•、,，:：\[\]【】()（）<>《》»«\-—_]+")
_BULLETS = "•·●◆◇■□▪-*①②③④⑤⑥⑦⑧⑨ "
# spaced-out letters: every Chinese character of the line followed by a space ("某 某 网 版 权 所 有")
_SPACED = re.compile(r"^(?:[\u3400-\u9fff]\s+){4,}")
_MOOD = re.compile(r"^(?:读完|看完|阅读完?|读了|看了)(?:这篇|此篇|本篇|本)?(?:文章|新闻|资讯|内容|文)?(?:后|之后|以后)?"
                   r"\s*[,，]?\s*(?:您|你)(?:的)?(?:心情|感受)(?:如何|怎么样|怎样)\s*[?？]?$")
_FOLLOW = re.compile(
    r"^欢迎(?:您)?关注.{0,30}?(?:官方)?(?:微信|公众号|微信公众号|微博|视频号|抖音号?)(?:号)?\s*[:：]?\s*(?:[“\"「][^”\"」]{1,20}[”\"」])?\s*[。!！]?$"
    r"|^打开微信\s*(?:[-—–→>]+|、|，|,)\s*(?:发现|通讯录|添加朋友|右上角)"  # the steps to find it in the app
    r"|^[^，,。！!]{2,12}[,，]\s*期待(?:您|你)的关注\s*[。!！]?$"
)


def button_row(line: str) -> bool:
    """LINE is nothing but a row of a page's buttons (``[保存] [全文浏览] [ ] [打印] [``, ``我要留言``): the button
    words of ``chrome.lines``, a comment widget's own (我要留言, 全文浏览, 推荐朋友) and empty buttons."""
    s = line.strip()
    rest, more = _MORE_BUTTONS.subn("", _EMPTY_BUTTON.sub(" ", s))
    if more and not _SEPARATORS.sub("", rest):
        return True
    return bool(more) and bool(ACTIONS.match(rest))


def spaced_copyright(line: str) -> bool:
    """LINE is a copyright notice written with a space after every character (``某 某 网 版 权 所 有 ,未``)."""
    s = line.strip()
    return bool(_SPACED.match(s)) and bool(COPYRIGHT.search(re.sub(r"\s+", "", s)))


def reader_widget(line: str) -> bool:
    """LINE is a widget's question to the reader (``读完这篇文章后,您心情如何?``) or a site's instructions to follow
    its own account (``欢迎关注某某官方微信“某某发布”``, ``打开微信——通讯录——右上角“添加”…``, ``某某发布,期待您的关注。``)."""
    s = line.strip().lstrip(_BULLETS).strip()
    return bool(_MOOD.match(s) or _FOLLOW.match(s))


#: A public account's name on its card is at most this long.
ACCOUNT_NAME_CHARS = 20


def account_card(lines: list[str], marks: dict[int, str]) -> None:
    """A public account's card under its article: the account's name right above its 微信号 line
    is chrome, even when it names the school as a signature would."""
    for i in sorted(k for k, v in marks.items() if v == "wechat" and WECHAT_ID.match(lines[k].strip())):
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        s = lines[j].strip() if j >= 0 else ""
        if s and j not in marks and len(s) <= ACCOUNT_NAME_CHARS and not SENTENCE.search(s) and not DATE_LINE.match(s):
            marks[j] = "wechat_card"
