"""Which lines are titles: a genre title line, a public account's headline, a title and its variant joined by a bar,
a compilation's topic, the site chrome around a title (split from `titles`, Round 39)."""

from __future__ import annotations

import re

from .chrome.line_shapes import BARE_GENRE
from .describe_rules import DescribeRules, default_describe_rules
from .title_clean import clean_title, simplified
from .title_fallback import TEXT_LINE
from .title_site_lines import themed

# what a site puts around a title: link bars, breadcrumbs, a compilation's count claim
TITLE_CHROME = re.compile(
    r"[|｜>＞»→]|首页|当前位置|您的位置|所在位置|\d+\s*篇|[一二三四五六七八九十]+篇[)）]|篇\s*[\d一二三四五六七八九十]+$"
    r"|(?<![第其])[二两三四五六七八九十]篇$"  # a compilation's count ("…范文集合三篇")
    # a marker's ordinal (第一篇, 第2页, 第一部分, 第三版：), not a name's (第二自来水公司, 第三届…)
    r"|^[【\[(（]?(?:篇[\d一二三四五六七八九十]+|第[\d一二三四五六七八九十]+(?=[篇页頁部章节節条條版期\s、.．,，:：】\])）]|$))"
    r"|^[一二三四五六七八九十]{1,3}[、.．:：]|^[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|^\d{1,2}[、.．](?!\d)|^#"
    # a site's prompt to its reader, no author's title (Round 39): the browser to use or fetch ("请至Edge官网下载")
    r"|官[网網]下[载載]|[浏瀏][览覽]器"
)
# a line that stops where its clause goes on, a sentence's half (Round 39): a numeral and its measure word ("…送上了一场"
# over "以…为主题的…活动，"), 的, or a preposition that waits for its object; no title ends so
OPEN_END = re.compile(r"(?:[一两二三四五六七八九十几数每]|\d)\s*[场次个项位名支件]$|(?<![目端标])的$|(?<![行作认])为$|[对向把被从与以在和及]$")
TITLE_LOOK_LINES = 8  # the title is among the first lines of a page (chrome may come first)
# a page's field, a key and a value without words ("咨询电话：0731-2233", "时间：2023-05-06"): no headline
FIELD_LINE = re.compile(r"^[^:：]{1,8}[:：][^\u4e00-\u9fff]*$")
_TITLE_BAR = re.compile(r"\s*[|｜]\s*")


def bar_title(line: str, rules: DescribeRules) -> str | None:
    """A page title and its variant joined by a bar ("有关于…工作总结范文|…工作总结"): the
    shortest piece that is a title line (a bar of three or more pieces is a menu)."""
    pieces = [p for p in _TITLE_BAR.split(line.strip()) if p]
    if len(pieces) != 2:
        return None
    titles = [p for p in pieces if is_title_line(p, rules)]
    return clean_title(min(titles, key=len)) if titles else None


# a line of the report, not a document's title (Round 40): who gave which report at a meeting, a person's act on a
# document ("某某校长作《学校工作报告》", "院长（所长）某某做工作报告", "…书记作了…专题报告"); 作 of 工作, 合作, 制作… is none,
# nor a document's own "…在…上所作的工作报告" (作 before 的)
REPORTED = re.compile(r"(?<![工合写创制操协运动当])[作做]了?\s*(?:《|(?:工作|述职|专题|主题|财务工作|经审|辅导|学术)?报告)"
                      # (round 41) a congress's vote on a report: 大会审议通过了某某做的《…报告》 (所作的工作报告 is a title's)
                      r"|(?<![工合写创制操协运动当所])[作做]的《|审议(?:并)?(?:通过)?了?[^《》]{0,20}《")
#: (round 41) a dash subtitle (——某某工会工作纪实) goes with the headline over it: never a title line of its own
_DASH_SUBTITLE = re.compile(r"^\s*(?:——|――|—|--|─)")
_NOTE_LINE = re.compile(r"^[（(][^（）()]*(?:[（(][^（）()]*[)）][^（）()]*)*[)）]$")


def is_title_line(line: str, rules: DescribeRules) -> bool:
    """A short line without sentence punctuation or site chrome that names a kind of document
    (not a bare category name such as 工作总结 in a site's menu, not a note or photo caption in
    brackets: "（图为主席作工会工作报告）"). A Traditional line is read in Simplified characters."""
    line = simplified(clean_title(line))
    if _NOTE_LINE.match(line) or _DASH_SUBTITLE.match(line):
        return False
    if BARE_GENRE.match(line):
        return False
    if not 4 <= len(line) <= 60 or TEXT_LINE.search(line) or line.endswith((":", "：")):
        return False
    if TITLE_CHROME.search(line) or REPORTED.search(line):
        return False
    k = rules.kinds
    return any(w in line for w in k["plan"] + k["summary"] + k["report"])


_HEADLINE_SEPARATOR = re.compile(r"\s*(?:——|—|--|[|｜：:！!？?，,])\s*")
_UNION_WORD = re.compile(r"工会|工會")


def is_headline_title(hint: str, rules: DescribeRules) -> bool:
    """The page's own heading written as a headline, as public-account articles are: a slogan or
    a column and the union's title joined by ！——, ｜ or a comma ("春风十里，工会这样干！——…工会2024年
    工作安排", "一图读懂｜…工会2023年工作回顾", "回眸2023｜…工会这一年"). It names the union, holds no
    full stop, and is more than a name: a logo (…学校工会) has no separator."""
    hint = clean_title(hint)
    if not 8 <= len(hint) <= 60 or re.search(r"[。；;]", hint) or not _UNION_WORD.search(hint):
        return False
    pieces = [p for p in _HEADLINE_SEPARATOR.split(hint) if p]
    if len(pieces) < 2 or re.search(r"[>＞»→]|首页|当前位置|您的位置|所在位置", hint):
        return False
    return len(re.findall(r"[|｜]", hint)) <= 1  # a bar of three or more pieces is a menu


_N_CN = r"[\d一二两三四五六七八九十]{1,3}"
# a compilation heading's count claim: "…总结三篇", "…计划（通用3篇）", "…范文【2篇】", "…总结(汇总2篇)"
_COUNT_TAIL = re.compile(
    rf"\s*(?:[(（【\[]\s*[\u4e00-\u9fff]{{0,4}}\s*{_N_CN}\s*篇(?:范文)?\s*[)）】\]]|(?:精选|通用|汇总|优秀)?{_N_CN}篇(?:范文)?)\s*$"
)
HEAD_PIECES = re.compile(r"\s*[_|｜]\s*|\s+[-—–]\s+")


def compilation_topic(page_head: str | None, rules: DescribeRules | None = None) -> str | None:
    """The topic of a compilation page ("教育局工会工作总结" of "…_教育局工会工作总结三篇"): the
    heading piece that claims a count of articles, less the claim, when it is a title line. An
    article under a lone marker (篇一：) with no title line of its own goes by it."""
    rules = rules or default_describe_rules()
    for line in [ln.strip() for ln in (page_head or "").split("\n") if ln.strip()][:TITLE_LOOK_LINES]:
        for piece in HEAD_PIECES.split(line):
            if _COUNT_TAIL.search(piece):
                topic = clean_title(_COUNT_TAIL.sub("", piece))
                if is_title_line(topic, rules):
                    return topic
    return None


def chrome_line(line: str) -> bool:
    return bool(TITLE_CHROME.search(themed(line)))
