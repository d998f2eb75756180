"""Lines at the edge of a page's text (issue 12, rounds 16-17): credits and interface widgets above its first
paragraph or under its last, other items' headlines listed without a heading, a menu's words under the text, a
picture's overlay words, a related-reading heading fused to the title, and the news title a context rule took with the chrome around it.

All but the fused heading act after every other rule of ``chrome.find.find_chrome`` (``edge_passes``), on its marks:
they add lines of a feature's shape where the text is not (outside its first and last paragraph), and the last
gives a headline back when the page would have no title without it. The fused heading runs before the page's
相关推荐 cut, whose guard it shares."""

from __future__ import annotations

import re

from ...text.names import SURNAMES
from .credit_fields import credit_fields
from .forms import _PINYIN, form_feature
from .line_shapes import _cjk, _is_signature_or_date, _looks_like_title, is_paragraph
from .lines import _CN_HEADING, _DATE_LINE, _HEADING, _SENTENCE, _SIGNATURE, line_feature

# ---------------------------------------------------------------- a credit at the text's edge

# The roles a news item's by-line and review chain name; the one-character ones only as a token of their own
# ("文/某某", "某某/文.图") or, for 摄, right after a name ("某某摄").
_LONG_ROLES = (
    "本报记者|本刊记者|本网记者|特约记者|见习记者|全媒体记者|融媒体记者|首席记者|实习记者|记者|特约通讯员|通讯员|责任编辑|编辑|责编|编排|排版|美编|"
    "审核|审校|审稿|审签|初审|复审|终审|一审|二审|三审|校对|签发|作者|撰稿|撰文|供稿|供图|摄影|摄像|图文|文图|文字|图片|报道|报导"
)
_UNIT_END = ("总工会|工会|初中|高中|附中|[一二三四五六七八九十]中|委员会|学校|小学|中学|幼儿园|大学|学院|公司|集团|医院|局|厅|办公室|中心|研究院|研究所|街道|社区|新闻|报社|日报|电视台|融媒体|馆|部|处|科|室|"
    # a paper, a news site or a news app the reporter writes for ("某某乡情报记者", "某某新闻客户端 记者 …")
    "报|网|客户端|[林农牧渔木茶盐]场")
_CREDIT_TOKEN = re.compile(
    rf"(?P<unit>[\u4e00-\u9fff]{{0,20}}?(?:{_UNIT_END}))?(?P<r1>(?:{_LONG_ROLES})*)"
    rf"(?P<name>[{SURNAMES}][\u4e00-\u9fff]{{1,2}}?)?(?P<r2>(?:{_LONG_ROLES}|摄)*)"
)
_SHORT_ROLE = re.compile(r"文|图|摄")
_PLACE_REPORT = re.compile(r"[\u4e00-\u9fff]{2,4}(?:报道|报导)")  # a by-line closed by its place ("… 某地报道")
_OUTLET_ROLE = re.compile(r"(?![\u4e00-\u9fff]*(?:优秀|先进|十佳|模范|金牌|最佳|年度|骨干|明星|星级))[\u4e00-\u9fff]{2,8}(?:记者|通讯员)")
_LONE_NAME = re.compile(r"(?!.*(?:工作|总结|计划|活动|会议|通知|报告|一线|车间|现场|走进))[\u4e00-\u9fff]{2,3}")
_CREDIT_SPLIT = re.compile(r"[\s、/／\\|｜丨:：·.．,，()（）【】\[\]<>《》—\-]+")
#: A credit line is at most this long, and names at most this many units (a desk and the union it sent it with).
CREDIT_CHARS = 40
CREDIT_UNITS = 2


def _unmarked_paragraphs(lines: list[str], marks: dict[int, str]) -> list[int]:
    """The positions of the running-text lines no rule has taken: where the text starts and ends for these passes."""
    return [i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)]


def _credit_tokens(line: str) -> tuple[int, int, int] | None:
    """The role words, units and person names a short sentence-less line is made of, or None when another
    word is in it. A full stop between two one-letter roles ("某某/文.图" as the normaliser writes it) is none."""
    s = re.sub(r"(?<=[文图])。(?=[文图摄])", "/", _PINYIN.sub("", line).strip())
    s = re.sub(r"(?<=[\u4e00-\u9fff)）])[。.]$|(?<=[\u4e00-\u9fff])\s+(?=工会(?:\s|$))", "", s)  # "…某某。", "某某 工会"
    s = credit_fields(re.sub(r"^[□■◎●◆]\s*", "", s))  # a paper's box mark before it ("□文/图 某某"); `chrome.credit_fields`
    if not s or len(s) > CREDIT_CHARS or _SENTENCE.search(s):
        return None
    roles = units = names = 0
    after_role = False
    for at, token in enumerate(t for t in _CREDIT_SPLIT.split(s) if t):
        if _SHORT_ROLE.fullmatch(token):
            roles, after_role = roles + 1, True
            continue
        m = _CREDIT_TOKEN.fullmatch(token)
        if (m is None or not m.group(0)) and ((at == 0 and _OUTLET_ROLE.fullmatch(token))
                                              or (after_role and names and _PLACE_REPORT.fullmatch(token))):
            roles, units, after_role = roles + 1, units + (at == 0), True
            continue  # an app's name glued to the role first ("某某时刻通讯员"; not an award: "优秀通讯员 某某")
        if (m is None or not m.group(0)) and after_role and _LONE_NAME.fullmatch(token):
            names += 1  # after a role, two or three characters name one of its persons, whatever the surname
            continue  # (记者 某某 楼某某, 文:吝某)
        if m is None or not m.group(0):
            return None
        after_role = bool(m["r1"] or m["r2"]) or (after_role and bool(m["name"]) and not m["unit"])
        roles += bool(m["r1"]) + bool(m["r2"])
        units += bool(m["unit"])
        names += bool(m["name"])
    return roles, units, names


def credit_line(line: str) -> bool:
    """A by-line or a credit: short, no sentence, made only of role words (记者/通讯员/供稿/编辑/审核/文/图/摄…),
    person-name tokens and at most one unit's name, with at least one role word and one name or unit
    ("记者 某某 通讯员 某某", "供稿：某某街道工会", "某某/文.图", "初审（一审）：某某"). A unit with no role word is a
    signature, not a credit (ruling d)."""
    counts = _credit_tokens(line)
    if counts is None:
        return False
    roles, units, names = counts
    s = line.strip()
    if roles == 0 and units <= 1 and names >= 1 and s[0] in "(（" and s[-1] in ")）":
        return True  # a name alone in brackets ("（王某某）", "（图书馆某某）"): a credit by its brackets
    return roles >= 1 and units <= CREDIT_UNITS and units + names >= 1


def _mark_at_edges(lines: list[str], marks: dict[int, str], shape, name: str) -> None:
    """Lines of SHAPE above the text's first paragraph or under its last are chrome NAME; inside the text a
    short line of that shape is left alone (a heading, a list of names)."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    first, last = paragraphs[0], paragraphs[-1]
    for i, line in enumerate(lines):
        if i not in marks and (i < first or i > last) and shape(line):
            marks[i] = name


def edge_credits(lines: list[str], marks: dict[int, str]) -> None:
    """Credit lines (``credit_line``) at the text's edges are chrome."""
    _mark_at_edges(lines, marks, credit_line, "credit")


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


# ---------------------------------------------------------------- interaction widgets at the text's edge

# A widget asks the reader to act on the page: an interface verb and, with it, what the interface acts on.
_UI_VERB = re.compile(r"查看|分享|下载|输入|打印|扫描|扫码|扫一扫|点击|收藏|复制|返回|关注|登录|注册|评论|转发|预览|订阅|提交|阅读")
_UI_OBJECT = re.compile(
    r"原文|全文|正文|本文|本页|此页|文章|网址|链接|APP|客户端|手机|朋友圈|微信|微博|二维码|\d+\s*字|图片|账号|用户|文本|文档|页面",
    re.IGNORECASE)
#: A widget's line is at most this long.
WIDGET_CHARS = 30
# what a reader is asked to do with a post: two of these in a short line are its buttons ("点赞、在看、转发")
_ENGAGE = re.compile(r"点赞|在看|转发|分享|收藏|评论|留言|打赏|赞赏")
# a line of field labels whose values are empty ("今天是： 今日天气："): a widget whose values a script fills in
_EMPTY_FIELDS = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}\s*[:：]\s*){2,}$")


def widget_line(line: str) -> bool:
    """A page's interface in words: short, no full stop or semicolon, an interface verb (查看/分享/下载/输入/打印/
    扫描/点击/收藏/复制/返回/关注/登录/评论…) and what it acts on (原文/全文/正文/朋友圈/APP/手机/二维码/N字/账号/
    用户…): "查看原文", "分享到朋友圈", "还能输入140字", "【打印正文】", "即可在手机端查看". Not a title's shape
    (a genre word at its end, or a union named in a longer line)."""
    s = _PINYIN.sub("", line).strip()
    if not s or len(s) > WIDGET_CHARS or re.search(r"[。；;]", s) or _HEADING.match(s):
        return False
    if _EMPTY_FIELDS.match(s) or len(set(_ENGAGE.findall(s))) >= 2:
        return True
    return bool(_UI_VERB.search(s) and _UI_OBJECT.search(s)) and not _looks_like_title(s)


def edge_widgets(lines: list[str], marks: dict[int, str]) -> None:
    """Widget lines (``widget_line``) at the text's edges are chrome."""
    _mark_at_edges(lines, marks, widget_line, "widget")


# ---------------------------------------------------------------- headlines listed without a heading

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
            and not s.startswith(_BROKEN_START) and not _NUMBERED.match(s) and not _HEADING.match(s)
            and not _DATE_LINE.match(s) and not _SIGNATURE.match(s) and not _looks_like_title(s))


def _own_title(line: str) -> bool:
    """The article's own title: a title's shape (``chrome.find._looks_like_title``); a headline may exclaim."""
    return _looks_like_title(re.sub(r"[!！]", "", line.strip()))


def headline_lists(lines: list[str], marks: dict[int, str]) -> None:
    """A run of HEADLINE_RUN or more headline-shaped lines (``_listed_headline``) about other things (each shares
    under FOREIGN_SHARE of its character pairs with the text's paragraphs), with no heading over them, is a list of
    other items: above the article's own title (the first line of a title's shape above the text's first
    paragraph, only chrome between it and the run) or under the text's last paragraph. A plan's section headings
    are numbered or inside the text's span: never taken."""
    paragraphs = _unmarked_paragraphs(lines, marks)
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
        return i not in marks and _listed_headline(lines[i]) and len(pairs & text) < FOREIGN_SHARE * max(len(pairs), 1)

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
        if len(run) >= HEADLINE_RUN:
            marks.update((k, "headline_list") for k in run)
        run = []


# ---------------------------------------------------------------- a related-reading heading fused to a title

_FUSED_RELATED = re.compile(
    r"^(?P<title>.{6,60}?)的?(?:延伸阅读|拓展阅读|扩展阅读|相关阅读|相关文章|相关推荐|相关范文|推荐阅读|相关内容)"
    r"\s*(?:[—\-－:：]{1,2}\s*(?P<sub>[^。！？!?；;]{0,30}))?$")


def fused_related(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's first paragraph, a line that is a title of the genre's shape with a related-reading word
    fused to it ("…工作计划的延伸阅读——写作注意事项") is a related heading about this very text: it starts the
    page's tail, cut as the 相关推荐 cut does when the text above it outweighs the rest and no section heading
    (一、/（一）) follows (its floor of 200 characters is not needed: the heading names the text above it as its
    subject). A signature or a date under it stays."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    for i in range(paragraphs[0] + 1, len(lines)):
        m = _FUSED_RELATED.match(lines[i].strip())
        if i in marks or not m or not _looks_like_title(m["title"].rstrip("的")):
            continue
        marks[i] = "related"
        rest = [k for k in range(i + 1, len(lines)) if k not in marks and lines[k].strip()]
        above = sum(_cjk(lines[k]) for k in range(i) if k not in marks)
        if above > sum(_cjk(lines[k]) for k in rest) and not any(_CN_HEADING.match(lines[k].strip()) for k in rest):
            marks.update((k, "related_tail") for k in rest if not _is_signature_or_date(lines[k]))
        return


# ---------------------------------------------------------------- a menu's words under the text

_BARE_WORD = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
def column_words(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text, after a chrome line, a run of FRAGMENT_RUN or more bare words (2-6 Chinese characters, nothing else) that
    reaches the page's end with none of them in the text: a menu's items, one per line. A heading has text under
    it, so it is never at the page's end. Above the text, the mirror: such a run right over the first paragraph,
    under a chrome line (a heading over the first paragraph is one line, not three)."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    first, last = paragraphs[0], paragraphs[-1]
    _bare_run(lines, marks, list(reversed(range(first))), "".join(lines[first: last + 1]), below=False)
    _bare_run(lines, marks, list(range(last + 1, len(lines))), "".join(lines[: last + 1]), below=True)


def _bare_run(lines: list[str], marks: dict[int, str], zone: list[int], text: str, below: bool) -> None:
    """ZONE: the positions from the text outward (under it: down to the page's end; above it: up to the top). The
    run of bare words not in TEXT that starts at the zone's far end (under the text) or at the text (above it)
    and borders a chrome line on its outer side is a menu."""
    zone = [i for i in zone if lines[i].strip()]
    order = list(reversed(zone)) if below else zone  # under the text the run reaches the page's end
    run: list[int] = []
    for i in order:
        s = _PINYIN.sub("", lines[i]).strip()
        if i in marks or not _BARE_WORD.match(s) or s in text:
            break
        run.append(i)
    if len(run) < FRAGMENT_RUN:
        return
    beside = zone.index(run[-1]) + (-1 if below else 1)  # the line on the run's other side
    if 0 <= beside < len(zone) and zone[beside] in marks:
        marks.update((k, "menu_words") for k in run)


# ---------------------------------------------------------------- a ranking table under the text

_CELL_SPLIT = re.compile(r"\s*[|｜]\s*")
#: A ranking has at least this many rows.
RANK_ROWS = 3


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_SPLIT.split(line.strip()) if c]


def ranking_rows(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text's last paragraph, a table whose rows are ranked — the first cell counts 1, 2, 3 … and the last
    is a number that never rises ("1 | 宣传部 | 12 |", "2 | 办公室 | 9 |") — is the site's leaderboard (most posts,
    most read), with its header row of bare cells over it. A document's own table is not ranked by a falling
    count in its last column."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    rows = [i for i in range(paragraphs[-1] + 1, len(lines)) if lines[i].strip()]
    run: list[int] = []
    for i in [*rows, None]:
        cells = _cells(lines[i]) if i is not None and "|" in lines[i] + "｜" else []
        ranked = (len(cells) >= 3 and cells[0].isdigit() and cells[-1].isdigit() and int(cells[0]) == len(run) + 1
                  and (not run or int(cells[-1]) <= int(_cells(lines[run[-1]])[-1])))
        if i is not None and i not in marks and ranked and re.search(r"[|｜]", lines[i]):
            run.append(i)
            continue
        if len(run) >= RANK_ROWS:
            marks.update((k, "ranking") for k in run)
            head = rows.index(run[0]) - 1
            if head >= 0 and rows[head] not in marks and re.search(r"[|｜]", lines[rows[head]]) \
                    and not re.search(r"\d", lines[rows[head]]):
                marks[rows[head]] = "ranking"
        run = []
        if i is not None and ranked:  # a row numbered 1 starts a new ranking
            run = [i]


# ---------------------------------------------------------------- a site's copy of the title over it

_TITLE_NOISE = re.compile(r"[\dxX×年\s]")


def title_copies(lines: list[str], marks: dict[int, str]) -> None:
    """Above the text's first paragraph, a title-shaped line that holds the same characters as a later title-shaped
    line, in another order or with the year written otherwise ("小学工会工作总结2024" over "2024年小学工会工作总结",
    "…2023年…" over a template's "…xx年…"), is the site's copy of the document's title (its page heading or
    a list entry): the line nearest the text is the document's own. Equal lines are ``_drop_repeated_title``'s."""
    paragraphs = _unmarked_paragraphs(lines, marks)
    if not paragraphs:
        return
    heads = [i for i in range(paragraphs[0])
             if i not in marks and _looks_like_title(re.sub(r"\s*\d+$", "", lines[i].strip()))]  # "…总结2024" too
    for k, i in enumerate(heads):
        key = sorted(_TITLE_NOISE.sub("", lines[i]))
        if any(lines[j].strip() != lines[i].strip() and sorted(_TITLE_NOISE.sub("", lines[j])) == key
               for j in heads[k + 1:]):
            marks[i] = "title_copy"


def edge_passes(lines: list[str], marks: dict[int, str]) -> None:
    """The edge passes, after every other rule of ``chrome.find.find_chrome``, in this order: credits and widgets
    (line features), then the lists and menus they border, the overlay words, and last the news title given back."""
    edge_credits(lines, marks)
    edge_widgets(lines, marks)
    headline_lists(lines, marks)
    ranking_rows(lines, marks)
    title_copies(lines, marks)
    column_words(lines, marks)
    overlay_fragments(lines, marks)
    keep_news_title(lines, marks)
