"""Years a text mentions that are not the year it reports on (round 27, issue 12).

`describe.find_year` reads a document's year from its opening and from a period named after it (2021年度,
2021年上半年). Three kinds of mention look like such a year and are not:

- *The end of a span of years* (`2013—2014年度…评选表彰`, `对2020—2021年度表现突出的…进行了表彰`): an award's or a
  campaign's span, named in passing; a school year (2019-2020学年) is read by its first year elsewhere.
- *The start of a span up to now*: a year whose clause runs up to today (`…于2018年1月22日…开放使用至今`) or that the
  next clause counts years from (`2017年正式投入使用。投用4年来，…`), as `…年以来` already is; not a year the next
  clause calls 一年来 (`2008年…是忙碌的一年。一年来…`: that year itself, Round 28).
- *The year of the work planned or reviewed*, in a text that is neither a summary nor a plan (a news item, an
  explainer): `…纳入2010年重点工作`, `切实做好2023年职工疗休养工作`, `全面回顾2025年工作成效`, `列入2025年…重点亮点工作项目`
  (Round 29) — ruling (b): the years of the work a meeting or an item mentions are not the item's. A summary that
  reviews its year keeps it. So is the day a count is made up to (`据统计，截止2004年初，…共有…`, `cut_off`).
- *A year tied to an honour the title does not name* (Round 39, ruling l): an item reports the honour its title names,
  so that honour's year dates it (a news title's `县总工会被表彰为“2016年度…优秀单位”` gives 2016); the year inside the
  name of another honour, prize or title conferred, or in the clause that confers it (an honour recalled: `继被…授予
  “2011年度五一劳动奖状”后又一殊荣`; an earlier one dated beside it: `2007年4月24日，被学校评为“2006年度…”`; a profile's
  list of honours under a title that names none), is not the item's year (`other_honours`).
- *A unit's history in its profile* (Round 41, ruling l): a page whose title calls it the unit's profile (`…工会概况`,
  `…简介`) or whose first sentence recalls when the unit was founded (`我校工会成立于1961年，…`) tells the unit's
  history; the years it gives (`2007年4月8日组成新一届工会`, `2006年12月，…被评为…`) are none of them the item's (`profile`).
"""

from __future__ import annotations

import re

from .signed_date import posted_dates

_RANGE_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年?\s*(?:[-—–－~～至到]|——)\s*$")
_NOW_IN_CLAUSE = re.compile(r"^[^，,。；;！？!?\n]{0,40}至今")
_YEARS_SINCE_NEXT = re.compile(
    r"^[^。！？!?\n]{0,30}?[。，,；;]\s*[^，,。；;！？!?\n]{0,8}?(?<![\d一二三四五六七八九十两几])(?!一\s*年(?:来|间))"
    r"[\d一二三四五六七八九十两几]+\s*(?:个)?(?:多)?年(?:多)?(?:来|间|时间)"
)
_WORK_VERB_BEFORE = re.compile(r"(?:纳入|做好|抓好|做实|落实|推进|部署|谋划|安排|回顾|研究|审议|总结了?|小结了?)\s*$")
_WORK_AFTER = re.compile(r"^(?:度)?[^，,。；;！？!?\n、]{0,10}?工作(?!者|人员|室|日)")


def range_end(before: str) -> bool:
    """Whether the year after BEFORE closes a span of years (2013—2014年度)."""
    return bool(_RANGE_BEFORE.search(before))


def span_to_now(after: str) -> bool:
    """Whether the year before AFTER starts a span up to now (…至今, or …。投用4年来)."""
    return bool(_NOW_IN_CLAUSE.match(after) or _YEARS_SINCE_NEXT.match(after))


# ... or the year's programme the work is put on (纳入2010年重点工作, 被省总工会列入2025年“…”工会重点亮点工作项目;
# set 10 p02, set 20 p01: Round 29)
_LISTED_IN_BEFORE = re.compile(r"(?:纳入|列入|列为)\s*$")
_PROGRAMME_AFTER = re.compile(r"^(?:度)?[^，,。；;！？!?\n、]{0,16}?(?:工作|项目|计划|任务|清单)(?!者|人员|室|日)")


# ... or the day a count is made up to (据统计，截止2004年初，我局共有…; 截至2016年1月15日，…): sets 18 and 19 key such
# items (an experience paper, two news items) undated; Round 29
_CUT_OFF_BEFORE = re.compile(r"(?:截至|截止|截止到|截至到)\s*$")


def cut_off(before: str) -> bool:
    """Whether the year after BEFORE is the day a count is made up to (截止2004年初)."""
    return bool(_CUT_OFF_BEFORE.search(before))


def work_of_year(before: str, after: str) -> bool:
    """Whether the year between BEFORE and AFTER names the work planned or reviewed (做好2023年…工作), or the year's
    programme the work is put on (列入2025年…重点工作项目)."""
    return bool((_WORK_VERB_BEFORE.search(before) and _WORK_AFTER.match(after))
                or (_LISTED_IN_BEFORE.search(before) and _PROGRAMME_AFTER.match(after)))


# a year a span starts from (院工会自2012年组建…, 从2016年起…; invented): when something began, not an item's event (Round 34)
_SINCE_BEFORE = re.compile(r"[自从]\s*$")
# a year opening a clause of its own (1987年，区工会…。1988年，…; 2008年12月，我校工会被评为…；2010年7月，…)
_CLAUSE_YEAR = re.compile(r"(?:^|[。；;！!？?\n])\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[，,、]")


def since_year(before: str) -> bool:
    """Whether the year after BEFORE is the one a span starts from (自2012年组建, 从2016年起)."""
    return bool(_SINCE_BEFORE.search(before))


def chronicle(text: str) -> bool:
    """Whether TEXT opens clause after clause with a year of its own, two years or more (a chronicle, a unit's
    list of honours by year): no one of them is the year of the text (Round 34)."""
    return len({m.group(1) for m in _CLAUSE_YEAR.finditer(text)}) >= 2


def undated_years(head: str, opening: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The OPENING years (year, position in HEAD, the item's masked head) that may date an undated item (kind
    other, no news lead): none when HEAD is a chronicle, and not a year a span starts from (Round 34) nor the page's
    posting date over the text (Round 35)."""
    if chronicle(head):
        return None
    posted = posted_dates(head)
    return [(year, at) for year, at in opening if not since_year(head[max(0, at - 3):at])
            and not any(start <= at < end for start, end in posted)]


# a profile: its title names it (…工会概况, 分工会简介, 基本情况), or its first sentence recalls the unit's founding year
# (我校工会成立于1961年，…; 某某协会始建于1992年); not an item that reports a founding (…于2012年10月正式成立)
_PROFILE_TITLE = re.compile(r"(?:概况|简介|简况|基本情况)\s*$")
_FOUNDED_OPENING = re.compile(r"^\s*[^。！？!?\n]{0,30}?(?:成立|组建|始建|创建|建立|创办)于\s*(?:19|20)\d{2}\s*年")


def profile(title: str, text: str) -> bool:
    """Whether TITLE and TEXT make the item a unit's profile, whose years are its history (Round 41)."""
    return bool(_PROFILE_TITLE.search(title) or _FOUNDED_OPENING.match(text))


# an honour conferred on a unit: its verb, then the honour's quoted name (被评为“…”, 荣获…“…”称号, 授予“…”, 命名为“…”,
# 获“…”奖; Traditional read after `to_simplified`)
# ... or its name up to 称号/奖状/奖章 unquoted (获2007年和2009年全国…先进职工之家称号)
_CONFERRED = re.compile(r"(?:表彰为|评为|荣获|喜获|获评|授予|荣膺|命名为|获得|获)(?:[^“”\"。；;！？!?\n]{0,16}?[“\"]([^“”\"\n]{2,40})[”\"]"
                        r"|([^“”\"。；;！？!?\n，,]{2,40}?)(?:荣誉称号|称号|奖状|奖章|奖杯))")
_QUOTED = re.compile(r"[“\"]([^“”\"\n]{2,40})[”\"]")
_CLAUSE_BREAK = re.compile(r"[。；;！？!?\n]")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_NOT_NAME = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]")
_HONOUR_WORDS = re.compile(r"殊荣|荣誉|喜报|喜讯|捷报|获奖|表彰|荣获|喜获|获评|评为|授予|荣膺|命名|称号|奖状|奖章")
_YEAR_WORDS = re.compile(r"(?:19|20)\d{2}(?:年度|年)?")
HONOUR_GUARD = True  # Round 39's guard (a switch for measuring it off)


def _named_by(name: str, title: str) -> bool:
    """Whether TITLE names the honour NAME: its quoted honour holds NAME or is held by it; a title that reports an
    honour unnamed (`…喜获殊荣`, `喜报`) names any; else the title holds NAME, with or without its year
    (`…荣获先进职工之家称号` names “2023年度先进职工之家”)."""
    name = _NOT_NAME.sub("", name)
    quoted = [_NOT_NAME.sub("", q) for q in _QUOTED.findall(title)]
    if quoted:
        return any(q and (q in name or name in q) for q in quoted)
    if _HONOUR_WORDS.search(title):
        return True
    whole = _NOT_NAME.sub("", title)
    return bool(name) and (name in whole or bool(_YEAR_WORDS.sub("", name)) and _YEAR_WORDS.sub("", name) in whole)


def other_honours(title: str, text: str) -> str:
    """TEXT with the years tied to an honour its TITLE does not name blanked out (same length): a year inside the
    honour's quoted name or in the clause that confers it (`2007年4月24日，被学校评为“2006年度…先进单位”`,
    `继被…授予“2011年度五一劳动奖状”后又一殊荣`). An item reports the honour its title names (ruling l); an honour
    recalled, listed in a profile or conferred beside it is not the item's event, so its year is not the item's.
    An untitled text keeps every year (nothing says which honour it reports)."""
    if not HONOUR_GUARD or not title.strip() or not _CONFERRED.search(text):
        return text
    out, start = list(text), 0
    for m in _CONFERRED.finditer(text):
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, start, m.start())]
        begin = max([start] + breaks)
        if not _named_by(m.group(1) or m.group(2), title):
            for y in _YEAR_DIGITS.finditer(text, begin, m.end()):
                out[y.start():y.end()] = "□" * 4
        start = m.end()
    return "".join(out)
