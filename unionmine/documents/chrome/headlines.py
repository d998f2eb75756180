"""Headlines at the text's edges (issue 12, rounds 16-18): the news title a context rule took with the chrome around it,
given back (``keep_news_title``); other items' headlines listed without a heading (``headline_lists``); a site's
copy of the document's title over it (``title_copies``)."""

from __future__ import annotations

import re

from .forms import form_feature
from .line_shapes import title_shaped, unmarked_paragraphs
from .lines import line_feature
from .protected import DATE_LINE, HEADING, SIGNATURE

#: The marks that name a meta line (发布时间/来源/浏览…, a file card): a news title stands right above the first.
_META_MARKS = ("meta",)
#: A headline has at least this many Chinese characters and at most TITLE_CHARS characters.
HEADLINE_CJK = 6
TITLE_CHARS = 60
_CJK = re.compile(r"[\u3400-\u9fff]")


def headline(line: str) -> bool:
    """A line a news title could be: short, at least HEADLINE_CJK Chinese characters, no full stop or semicolon
    (an exclamation may close a headline), not a numbered heading, a date or a unit's name alone."""
    s = line.strip()
    return (len(s) <= TITLE_CHARS and len(_CJK.findall(s)) >= HEADLINE_CJK and not re.search(r"[。；;]", s)
            and not HEADING.match(s) and not DATE_LINE.match(s) and not (SIGNATURE.match(s) and len(s) <= 24))


def keep_news_title(lines: list[str], marks: dict[int, str]) -> None:
    """The first headline-shaped line right above the page's first meta line stays, when a context rule (not a
    line feature) took it and no line left above the first paragraph could be the article's title: a news
    title between a breadcrumb and its 发布时间 line is no "short line between chrome"."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    head = [i for i in range(paragraphs[0]) if lines[i].strip()]
    meta = next((pos for pos, i in enumerate(head) if marks.get(i) in _META_MARKS), None)
    if not meta:  # None, or a meta line first on the page: nothing above it
        return
    j = head[meta - 1]
    if j not in marks or not headline(lines[j]) or line_feature(lines[j]) or form_feature(lines[j]):
        return
    if any(k not in marks and headline(lines[k]) for k in head):
        return  # another line could be the title
    del marks[j]


#: A listed headline is HEADLINE_MIN to HEADLINE_MAX characters; this many in a row make a list.
HEADLINE_MIN, HEADLINE_MAX, HEADLINE_RUN = 8, 40, 3
#: A listed headline shares less than this share of its character pairs with the text's paragraphs (another item's).
FOREIGN_SHARE = 0.3
_NUMBERED = re.compile(r"^\s*(?:\d|[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十\d]+|[(（【\[]\s*[\d一二三四五六七八九十])")
_BROKEN_END, _BROKEN_START = tuple(",，、.．:：;；。—-"), tuple(",，、:：;；。!！?？）)」』”")  # a wrapped sentence's ends


def _pairs(s: str) -> set[str]:
    c = "".join(_CJK.findall(s))
    return {c[k:k + 2] for k in range(len(c) - 1)}


def _listed_headline(line: str) -> bool:
    """A line shaped like another item's headline: 8-40 characters, no full stop or semicolon and no broken end (a
    comma, a colon, a dash: a wrapped sentence or a label) or start, not numbered or a heading, not a date or a signature,
    and no title of this genre's shape."""
    s = line.strip()
    return (HEADLINE_MIN <= len(s) <= HEADLINE_MAX and not re.search(r"[。；;]", s) and not s.endswith(_BROKEN_END)
            and not s.startswith(_BROKEN_START) and not _NUMBERED.match(s) and not HEADING.match(s)
            and not DATE_LINE.match(s) and not SIGNATURE.match(s) and not title_shaped(s))


def _own_title(line: str) -> bool:
    """The article's own title: a title's shape (``chrome.line_shapes.title_shaped``); a headline may exclaim."""
    return title_shaped(re.sub(r"[!！]", "", line.strip()))


def headline_lists(lines: list[str], marks: dict[int, str]) -> None:
    """A run of HEADLINE_RUN or more headline-shaped lines (``_listed_headline``) about other things (each shares
    under FOREIGN_SHARE of its character pairs with the text's paragraphs), with no heading over them, is a list of
    other items: above the article's own title (the first line of a title's shape above the text's first
    paragraph, only chrome between it and the run) or under the text's last paragraph. A plan's section headings
    are numbered or inside the text's span: never taken."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    first = paragraphs[0]
    # a headline long enough and with a sentence mark (an exclaiming one) passes for a paragraph; the text ends
    # at its last paragraph that is not of a listed headline's shape
    core = [i for i in paragraphs if not _listed_headline(lines[i])] or paragraphs
    last = core[-1]
    text = set().union(*(_pairs(lines[i]) for i in core))

    def listed(i: int) -> bool:
        pairs = _pairs(lines[i])
        return (i not in marks and _listed_headline(lines[i]) and not _roster(lines[i])
                and len(pairs & text) < FOREIGN_SHARE * max(len(pairs), 1))

    title = next((i for i in range(first) if i not in marks and _own_title(lines[i])), None)
    if title is not None:
        run: list[int] = []
        for i in range(title - 1, -1, -1):
            if not lines[i].strip() or (i in marks and not run):
                continue
            if not listed(i):
                break
            run.append(i)
        if len(run) >= HEADLINE_RUN:
            marks.update((k, "headline_list") for k in run)
    run = []
    for i in [*range(last + 1, len(lines)), len(lines)]:
        if i < len(lines) and not lines[i].strip():
            continue
        if i < len(lines) and listed(i):
            run.append(i)
            continue
        if len(run) >= HEADLINE_RUN and not _under_label(lines, run[0]):
            marks.update((k, "headline_list") for k in run)
        run = []


_ROSTER_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _roster(line: str) -> bool:
    """Whether LINE lists people by name (一支部 郭某、钱某某、施某; 赵某、胡某、杨某): its last part is three names or
    more of 2-4 characters between 、 — a roster of the text (a team, the winners), never another item's headline."""
    names = line.split()[-1].split("、") if line.split() else []
    return len(names) >= 3 and all(_ROSTER_NAME.fullmatch(n) for n in names)


def _under_label(lines: list[str], i: int) -> bool:
    """Whether line I comes right under a label that opens a list (参赛人员名单：, 省疾控中心:, 获奖名单如下：): the text's
    own list (names by branch, winners), not other items' headlines, which no label introduces."""
    above = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    return above.endswith((":", "："))


_TITLE_NOISE = re.compile(r"[\dxX×年\s]")


_COLUMN_PREFIX = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}\s+|\s*[>»＞›]+\s*)$")


def title_copies(lines: list[str], marks: dict[int, str]) -> None:
    """Above the text's first paragraph, a title-shaped line that holds the same characters as a later title-shaped
    line, in another order or with the year written otherwise ("小学工会工作总结2024" over "2024年小学工会工作总结",
    "…2023年…" over a template's "…xx年…"), is the site's copy of the document's title (its page heading or
    a list entry): the line nearest the text is the document's own. Equal lines are ``_drop_repeated_title``'s."""
    paragraphs = unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    heads = [i for i in range(paragraphs[0])
             if i not in marks and title_shaped(re.sub(r"\s*\d+$", "", lines[i].strip()))]  # "…总结2024" too
    for k, i in enumerate(heads):
        key = sorted(_TITLE_NOISE.sub("", lines[i]))
        if any(lines[j].strip() != lines[i].strip() and sorted(_TITLE_NOISE.sub("", lines[j])) == key
               for j in heads[k + 1:]):
            marks[i] = "title_copy"
    # (round 40) a column's name or a crumb's mark glued before a copy of the title under it ("集团要闻 某某座谈会",
    # ">某某比武"): the list entry the page came from
    head = [i for i in range(paragraphs[0]) if lines[i].strip()]
    for k, i in enumerate(head):
        s = lines[i].strip()
        for j in head[k + 1:k + 4]:
            t = lines[j].strip()
            if (i not in marks and len(t) >= 8 and s != t and s.endswith(t) and headline(t)
                    and _COLUMN_PREFIX.match(s[: -len(t)])):
                marks[i] = "title_copy"
