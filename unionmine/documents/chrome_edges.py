"""Lines at the edge of a page's text (issue 12, round 16): credits above its first paragraph or under its last,
and the news title a context rule took with the chrome around it.

Both act after every other rule of ``chrome.find_chrome``, on its marks: the first adds lines of a credit's shape
(role words, names and at most one unit) where only chrome stands, the second gives a headline back when the
page would have no title without it."""

from __future__ import annotations

import re

from ..text.names import SURNAMES
from .chrome_forms import _PINYIN, form_feature
from .chrome_lines import _DATE_LINE, _HEADING, _SENTENCE, _SIGNATURE, line_feature
from .line_shapes import is_paragraph

# ---------------------------------------------------------------- a credit at the text's edge

# The roles a news item's by-line and review chain name; the one-character ones only as a token of their own
# ("文/某某", "某某/文.图") or, for 摄, right after a name ("某某摄").
_LONG_ROLES = (
    "本报记者|本刊记者|本网记者|特约记者|见习记者|记者|特约通讯员|通讯员|责任编辑|编辑|责编|编排|排版|美编|"
    "审核|审校|审稿|审签|初审|复审|终审|一审|二审|三审|校对|签发|作者|撰稿|撰文|供稿|供图|摄影|摄像|图文|文图|文字|图片"
)
_UNIT_END = "总工会|工会|委员会|学校|小学|中学|幼儿园|大学|学院|公司|集团|医院|局|厅|办公室|中心|研究院|研究所|街道|社区|新闻|报社|日报|电视台|融媒体|部|处|科|室"
_CREDIT_TOKEN = re.compile(
    rf"(?P<unit>[\u4e00-\u9fff]{{1,20}}?(?:{_UNIT_END}))?(?P<r1>(?:{_LONG_ROLES})*)"
    rf"(?P<name>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)?(?P<r2>(?:{_LONG_ROLES}|摄)*)"
)
_SHORT_ROLE = re.compile(r"文|图|摄")
_CREDIT_SPLIT = re.compile(r"[\s、/／\\|｜丨:：·.．,，()（）【】\[\]<>《》—\-]+")
#: A credit line is at most this long.
CREDIT_CHARS = 40


def _unmarked_paragraphs(lines: list[str], marks: dict[int, str]) -> list[int]:
    """The positions of the running-text lines no rule has taken: where the text starts and ends for these passes."""
    return [i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)]


def credit_line(line: str) -> bool:
    """A by-line or a credit: short, no sentence, made only of role words (记者/通讯员/供稿/编辑/审核/文/图/摄…),
    person-name tokens and at most one unit's name, with at least one role word and one name or unit
    ("记者 某某 通讯员 某某", "供稿：某某街道工会", "某某/文.图", "初审（一审）：某某"). A unit with no role word is a
    signature, not a credit (ruling d)."""
    s = _PINYIN.sub("", line).strip()
    if not s or len(s) > CREDIT_CHARS or _SENTENCE.search(s):
        return False
    roles = units = names = 0
    for token in (t for t in _CREDIT_SPLIT.split(s) if t):
        if _SHORT_ROLE.fullmatch(token):
            roles += 1
            continue
        m = _CREDIT_TOKEN.fullmatch(token)
        if m is None or not m.group(0):
            return False
        roles += bool(m["r1"]) + bool(m["r2"])
        units += bool(m["unit"])
        names += bool(m["name"])
    return roles >= 1 and units <= 1 and units + names >= 1


def edge_credits(lines: list[str], marks: dict[int, str]) -> None:
    """Credit lines (``credit_line``) above the text's first paragraph or under its last are chrome; inside the
    text a short line of that shape is left alone (a heading, a list of names)."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    first, last = paragraphs[0], paragraphs[-1]
    for i, line in enumerate(lines):
        if i not in marks and (i < first or i > last) and credit_line(line):
            marks[i] = "credit"


# ---------------------------------------------------------------- a picture's overlay words under the text

#: A fragment is a line of at most this many Chinese characters and nothing else; this many in a row make a run.
FRAGMENT_CHARS = 4
FRAGMENT_RUN = 3
_FRAGMENT = re.compile(rf"^[\u4e00-\u9fff]{{1,{FRAGMENT_CHARS}}}$")


def overlay_fragments(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's last paragraph, a run of FRAGMENT_RUN or more lines that are each a few Chinese characters
    and nothing else, every one of them found in the text above, is the text a picture carries (its overlay read
    out line by line) or a menu echoing the text's words: chrome. A signature, a date or a list with numbers or
    marks has another shape; a word not in the text breaks the run."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    text = "".join(lines[: paragraphs[-1] + 1])
    run: list[int] = []
    for i in [*range(paragraphs[-1] + 1, len(lines)), len(lines)]:
        s = lines[i].strip() if i < len(lines) else None
        if s == "":
            continue
        if s is not None and i not in marks and _FRAGMENT.match(s) and s in text:
            run.append(i)
            continue
        if len(run) >= FRAGMENT_RUN:
            marks.update((k, "overlay_fragments") for k in run)
        run = []


# ---------------------------------------------------------------- a news title between chrome

#: The marks that name a meta line (发布时间/来源/浏览…, a file card): a news title stands right above the first.
_META_MARKS = ("meta",)
#: A headline has at least this many Chinese characters and at most TITLE_CHARS characters.
HEADLINE_CJK = 6
TITLE_CHARS = 60
_CJK = re.compile(r"[\u3400-\u9fff]")


def _headline(line: str) -> bool:
    """A line a news title could be: short, at least HEADLINE_CJK Chinese characters, no full stop or semicolon
    (an exclamation may close a headline), not a numbered heading, a date or a unit's name alone."""
    s = line.strip()
    return (len(s) <= TITLE_CHARS and len(_CJK.findall(s)) >= HEADLINE_CJK and not re.search(r"[。；;]", s)
            and not _HEADING.match(s) and not _DATE_LINE.match(s) and not (_SIGNATURE.match(s) and len(s) <= 24))


def keep_news_title(lines: list[str], marks: dict[int, str]) -> None:
    """The first headline-shaped line right above the page's first meta line stays, when a context rule (not a
    line feature) took it and no line left above the first paragraph could be the article's title: a news
    title between a breadcrumb and its 发布时间 line is no "short line between chrome"."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    head = [i for i in range(paragraphs[0]) if lines[i].strip()]
    meta = next((pos for pos, i in enumerate(head) if marks.get(i) in _META_MARKS), None)
    if not meta:  # None, or a meta line first on the page: nothing above it
        return
    j = head[meta - 1]
    if j not in marks or not _headline(lines[j]) or line_feature(lines[j]) or form_feature(lines[j]):
        return
    if any(k not in marks and _headline(lines[k]) for k in head):
        return  # another line could be the title
    del marks[j]
