"""What a template or document site adds to an article's title (ruling c of 2026-11-30).

The title is the author's own; a site adds a closed set of things around it, and each goes:
its genre words at the end (范文, 优秀范文, 模板, 范本, 集合, 汇编, PPt, 精选, 最新, in brackets or not), 最新
at the start (after a template's year at most: "20xx最新…"), an issue or column tag in 【】 before
it (【2023第1期】, 【三届二次会议】, 【学院动态】: one name, where the author's slogan has two phrases or more,
【知识百变 乐趣无限】, and stays), and an alias or category in brackets after the genre word
(…工作总结报告(学校工会年度工作总结), …工作计划(区县)). Kept: the template's year blank (20__, 20xx), a bracket
inside the title or part of a name (工会(妇委会), (扩大)会议, 村(社区)), and a closing bracket that gives the year or the document's state ((2022年), (提纲), (草案), (试行)).
A news site also heads a headline with its column's or its source's name and a colon ("工作动态：…", "某某+：…");
that label goes when the headline names its own subject (a unit, 我校); a unit's name before a headline that names
none is the author's ("某某幼儿园：首届工会委员会成立", set 10's convention). A label before a bar stays: a public
account's own series ("一图读懂｜…", "年度盘点｜…") is written into its titles that way.
A column's name before a dash or a bar ("基层分会活动——…", "群團動態 | …", "工會 | …") goes too when it is a column's:
a short label (2-6 characters, no digits) ending in a column's noun (动态, 新闻, 要闻, 风采, 活动, 传真, 专栏 …) or a bare
category (工会, 党建, 群团), over a headline of at least HEADLINE_MIN_CJK Chinese characters that is no subtitle (记…,
写在…, 献给…); before a dash the headline must also name its own subject, since a real title has a dash subtitle
("凝心聚力促发展——记某某学校工会": the slogan is no column, and what follows the dash is its subtitle).
A title is never cut below MIN_CHARS characters.
Round 33, by the shape of the addition: after a genre title's last genre word, a tail of at most GENRE_TAIL_MAX
characters that holds a document site's word (范文, 模板, 格式, 公文, 文档 …: "…计划格式范文", "…计划公文汇，某某文档网") and
no digit (a year there is the author's: "…总结汇编（2022）") is all the site's (every key of sets 6-22 cuts it
there); and a unit's name before a colon stays when the headline after it names a subject only inside a quoted name
(“先进工会之家”, an honour's) or opens in the passive (被…授予…).

A page's first lines, read for an untitled news item's headline (`bar_pieces`), lose the bars a table or a share
bar puts at a line's edges ("| 某某区教职工篮球赛拉开战幕 |"), and a column's name before a bar stands on a line of its
own, as a column's name over a headline does ("工会活动 | 院工会举办…"): a short label without digits that is a column's
name as above (a series such as "回眸2023｜…" and an author's theme such as "创新提升|…" keep their line: Round 29).
Round 37 (`OUTPUT_GUARDS`): a tag before one bar that the headline repeats ("肥城医院|…肥城医院组织…") goes as a
column's name does, and so does a site's date stamp in brackets after the headline ("…(08-09-12)") or a year's before it
("（2005）…"), and a press mark after it ("…成立大会(图)", "（组图）").
"""

from __future__ import annotations

import re

MIN_CHARS = 4
#: Round 37's guards over a title's kind of output (a tag the headline repeats before a bar, a date stamp in brackets):
#: right on their 4 prompting pages of sets 27-28, no other page of sets 1-29 holds the shape; below the round's bar,
#: on as guards over what a title never holds, at no cost measured (docs/EVALUATION.md "Round 37 (guards)").
OUTPUT_GUARDS = True

_SITE_WORDS = r"(?:优秀范文|范文|模板|范本|集合|汇编|匯編|ppt|精选|最新)"
_TAIL = re.compile(rf"\s*(?:[(（【\[]\s*{_SITE_WORDS}\s*[)）】\]]|{_SITE_WORDS})\s*$", re.IGNORECASE)
_HEAD = re.compile(r"^((?:19|20)[\dxX_×]{2}\s*年?\s*)?最新\s*")
# (or between corner or white lenticular brackets: "『情系职工』…", "〖工会动态〗…"; Round 40)
_TAG = re.compile(r"^(?:[【\[][^】\]]{1,14}[】\]]|『[^』]{1,14}』|〖[^〗]{1,14}〗)\s*(?=\S)")
# an alias after the genre word that ends the title: "…工作总结报告（学校工会年度工作总结）", "…计划(区县)"
_ALIAS = re.compile(r"(?<=[结划点告案排算要录结劃點報])\s*[(（]([^()（）]{1,20})[)）]$")
#: the brackets a title keeps at its end: a year, the document's state
_OWN_BRACKET = re.compile(r"\d|提纲|提綱|草案|试行|試行|稿|修订|修訂|讨论|討論|征求意见|徵求意見")


# a short label, a colon and the headline: "工作动态：…", "某某+：…"
_LABELLED = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z+]{2,6})\s*[:：]\s*(\S.*)$")
# a unit's name ends as units do: the label is then the author's subject, not a column
_UNIT_END = re.compile(r"(?:工会|工會|委员会|學校|学校|小学|中学|幼儿园|大学|学院|公司|集团|医院|醫院|局|厅|中心|社区|街道|"
                       r"[省市县区镇乡村])$")
# a headline that names its subject: a unit, or the writer's own (我校, 本院)
_SUBJECT = re.compile(r"工会|工會|学校|學校|学院|學院|大学|大學|小学|中学|幼儿园|公司|集团|医院|醫院|委员会|局|[我本][校院局司园]")
_DOC_WORD = re.compile(r"总结|總結|计划|計劃|要点|要點|报告|報告|原标题|原標題|篇")
# ... not inside a quoted name (“先进工会之家”, 《…》): an honour's or a work's name is no subject; and a headline in the
# passive ("被…授予…称号") has its subject before the colon (Round 33)
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"")
_PASSIVE = re.compile(r"^\s*被")
HEADLINE_MIN_CJK = 8


def column_headline(line: str) -> str | None:
    """The headline of LINE when a site's column or source label heads it ("工作动态：院工会举办…"), else
    None: a label of 2-6 characters that is not a unit's name nor a document's own words, over a headline of
    at least HEADLINE_MIN_CJK Chinese characters that names its own subject."""
    m = _LABELLED.match(line or "")
    if not m:
        return None
    label, rest = m.groups()
    if _UNIT_END.search(label) or _DOC_WORD.search(label):
        return None
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) < HEADLINE_MIN_CJK or not _SUBJECT.search(_QUOTED.sub("", rest)) \
            or _PASSIVE.match(rest):
        return None
    return rest.strip()


# a column's name, a dash or a bar, and the headline (round 22)
# (or a space, after a column's noun only: "集团要闻 某某集团工会举行…"; Round 40)
_COLUMN_SEP = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})\s*(——|—|--|－－|──|[|｜]|\s)\s*(\S.*)$")
_COLUMN_NOUN = re.compile(r"(?:动态|動態|新闻|新聞|要闻|要聞|资讯|資訊|快讯|快訊|简讯|簡訊|风采|風采|活动|活動|传真|傳真|信息|"
                          r"专栏|專欄|园地|園地|之窗|聚焦|速递|速遞|播报|播報|视点|視點|掠影|剪影|纵横|縱橫|集锦|集錦)$")
_BARE_COLUMN = re.compile(r"^(?:工会|工會|党建|黨建|群团|群團|工团|工團)$")
# what opens a subtitle after a dash: a portrait (记…), an occasion (写在…之际), a dedication
_SUBTITLE = re.compile(r"^(?:记|記|访|訪|写在|寫在|献给|獻給|致|——)")


def column_label(label: str) -> bool:
    """Whether LABEL (before a dash or a bar) is a column's name: ends in a column's noun, or a bare category."""
    return bool(_COLUMN_NOUN.search(label) or _BARE_COLUMN.match(label))


def _repeated_tag(label: str, sep: str, rest: str) -> bool:
    """A tag before one bar that the headline after it repeats ("肥城医院|国欣颐养肥城医院组织…"; Round 37): not a menu."""
    return OUTPUT_GUARDS and sep in "|｜" and label in rest and not re.search(r"[|｜]", rest)


def column_before_dash(line: str) -> str | None:
    """The headline of LINE when a column's name heads it before a dash or a bar ("基层分会活动——机电学院分工会
    举办…", "工會 | …"), else None (see the module's docstring)."""
    m = _COLUMN_SEP.match(line or "")
    if not m:
        return None
    label, sep, rest = m.groups()
    if sep.isspace() and not _COLUMN_NOUN.search(label):
        return None  # before a space only a column's noun (要闻, 动态…): a bare category there is the title's own word
    if not column_label(label) and not _repeated_tag(label, sep, rest):
        return None
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) < HEADLINE_MIN_CJK or _SUBTITLE.match(rest):
        return None
    if sep not in "|｜" and not _SUBJECT.search(rest):
        return None
    return rest.strip()


def drop_site_additions(title: str) -> str:
    """TITLE without what a site added to it (see the module's docstring)."""
    if not title or not re.search(r"[\u4e00-\u9fff]", title):
        return title
    current = title.strip()
    while True:
        before = current
        for cut in (_cut_tail, _cut_head, _cut_tag, _cut_alias, _cut_column, _cut_dates):
            shorter = cut(current).strip()
            if len(shorter) >= MIN_CHARS and re.search(r"[\u4e00-\u9fff]", shorter):
                current = shorter
        if current == before:
            return current


# after a genre title's last genre word, a document site's tail holding its words (…计划格式范文, …计划公文汇，某某文档之家):
# all of it is the site's, as every key cuts it (Round 33)
_LAST_GENRE = re.compile(r"(?:总结|小结|计划|要点|报告|安排|打算|思路)(?!.*(?:总结|小结|计划|要点|报告|安排|打算|思路))")
_DOC_SITE_WORD = re.compile(r"范文|模板|范本|汇编|大全|格式|公文|文档|ppt", re.IGNORECASE)
GENRE_TAIL_MAX = 12


def _cut_tail(s: str) -> str:
    m = _LAST_GENRE.search(s)
    tail = s[m.end():] if m else ""
    if tail.strip() and len(tail) <= GENRE_TAIL_MAX and _DOC_SITE_WORD.search(tail) and not re.search(r"[\d。；;！？!?]", tail):
        return s[: m.end()]
    return _TAIL.sub("", s)


def _cut_head(s: str) -> str:
    return _HEAD.sub(lambda m: m.group(1) or "", s)


# a slogan in brackets before the headline: two phrases or more split by a space or a comma ("【知识百变 乐趣无限】——…"),
# where a column or issue tag is one name (【学院动态】, 【2023第1期】)
_SLOGAN = re.compile(r"^[【\[『〖]\s*[\u4e00-\u9fff]{2,8}(?:\s*[\s，,、！!]\s*[\u4e00-\u9fff]{2,8})+\s*[】\]』〗]")


def _cut_tag(s: str) -> str:
    return s if _SLOGAN.match(s) else _TAG.sub("", s)


def _cut_alias(s: str) -> str:
    m = _ALIAS.search(s)
    return s[: m.start()] if m and not _OWN_BRACKET.search(m.group(1)) else s


def _cut_column(s: str) -> str:
    return column_headline(s) or column_before_dash(s) or s


# a site's archive stamp: a bare date in brackets after the headline ("…先进单位”(08-09-12)") or a year in brackets before
# it ("（2005）集团公司召开…"): never the author's (Round 37; a closing "(2022年)" or "（2022）" stays, `_OWN_BRACKET`)
_DATE_STAMP = re.compile(r"\s*[(（]\s*(?:19|20)?\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}\s*[)）]\s*$")
_YEAR_STAMP = re.compile(r"^\s*[(（]\s*(?:19|20)\d{2}\s*[)）]\s*(?=[\u4e00-\u9fff“「《])")


# a press mark after the headline: the page shows pictures or a video ("…成立大会(图)", "…（组图）"); the keys drop it as a
# site's tag (ruling (c)), and no author ends a title with it
_PRESS_MARK = re.compile(r"\s*[(（\[【]\s*(?:组图|多图|附图|图文|图/文|图|视频|組圖|多圖|附圖|圖文|圖/文|圖|視頻)\s*[)）\]】]\s*$")


def _cut_dates(s: str) -> str:
    return _PRESS_MARK.sub("", _YEAR_STAMP.sub("", _DATE_STAMP.sub("", s))) if OUTPUT_GUARDS else s


EDGE_BARS = re.compile(r"^(?:\s*[|｜])+\s*|(?:\s*[|｜])+\s*$")  # a table row's bars and empty cells at its edges
# a column's name, a bar and the headline: "工会活动 | 以爱之名——院工会举办…"
_COLUMN_BAR = re.compile(r"^([\u4e00-\u9fff]{2,6})\s*[|｜]\s*([^|｜]+)$")


def bar_pieces(lines: list[str]) -> list[str]:
    """LINES without bars at their edges, a column's name before a bar put on a line of its own (see the module's
    docstring)."""
    out = []
    for line in lines:
        line = EDGE_BARS.sub("", line)
        m = _COLUMN_BAR.match(line)  # (a theme before the bar is the author's, Round 29: "创新提升|构建…网络")
        if m and len(re.findall(r"[\u4e00-\u9fff]", m.group(2))) >= HEADLINE_MIN_CJK and column_label(m.group(1)):
            out += [m.group(1), m.group(2).strip()]
        elif line:
            out.append(line)
    return out


# a headline's exclamation marks ("喜讯！…", "春风暖、谋新篇！和…一起逐梦“一流”！", "…节日快乐！"): round 24
_EXCLAIM = re.compile(r"[!！]")
_OTHER_MARKS = re.compile(r"[。?;？；]")
#: A line with this many Chinese characters or more is a headline for its exclamation marks (a salutation, "同志们！", is short).
EXCLAIMED_CJK = 10


def exclaimed_headline(line: str) -> str:
    """LINE with its exclamation marks read as spaces when it is shaped as a headline (at least EXCLAIMED_CJK
    Chinese characters, at most two exclamation marks and no other sentence mark), else LINE as it is."""
    if (len(re.findall(r"[\u4e00-\u9fff]", line)) >= EXCLAIMED_CJK and len(_EXCLAIM.findall(line)) <= 2
            and not _OTHER_MARKS.search(line)):
        return _EXCLAIM.sub(" ", line)
    return line
