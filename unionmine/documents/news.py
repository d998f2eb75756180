"""News items: the report of an event (a meeting held, a visit paid), not a summary or plan itself.

A news item opens with its date or with 日前/近日 ("3月13日上午，…总工会召开…", "日前，区总工会召开…"),
or its title says a meeting was held (…召开…). Its year is the event's: the year of a dated lead
(2024年3月12日上午，…) or a full date in the lead line's clause that tells the event
(…。于2019年2月28日下午，召开了…), else a year that names the event itself (召开2024年度工会工作总结会, 2023年度…联席
会议在…召开); the years of the work a meeting reviewed or planned ("总结2021年工作，研究2022年计划",
"汇报了2024年工作总结及2025年工作计划") are not the item's. An item that reports an honour (荣获2023年“…”称号) and
gives one year in that sentence, not at a meeting and not against this year's, has that year. No such year: none (the page's date is
the site's, and the signature date is read elsewhere).
"""

from __future__ import annotations

import re

from ..text.normalize import to_simplified

_LEAD = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^\n]{8,}"
    r"|^\s*(?:日前|近日|近期|昨日|今日|昨天|今天)\s*[，,、]"
    # a paper's or site's dateline (本报讯, 本刊讯（通讯员…）): a news item whatever follows
    r"|^\s*(?:本报|本刊|本网|本台|本站)(?:[\u4e00-\u9fff]{0,4})?讯"
    # the date after a purpose clause of the same first sentence ("为全面落实…，2月28日上午，…总工会…", maybe with its year)
    r"|^[^。！？!?\n]{4,60}?[，,]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚)?\s*[，,]"
    # or after a short motto sentence before it ("奋楫扬帆正当时。3月5日，…工会召开…")
    r"|^[^。！？!?\n]{4,30}[。！!]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚)?\s*[，,]"
)
_HELD_TITLE = re.compile(r"召开|举行|举办")
_DATED_LEAD = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# ... or a full date inside the lead's first sentence ("为…，2022年1月21日上午，我校隆重召开…")
_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# ... or a full date anywhere in the lead line whose clause tells the event ("回首…。…于2019年2月28日下午，召开了…")
_DATED_EVENT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;！？!?]{0,12}?"
                          r"(?:召开|举行|举办)")
# a year naming the event: the noun of a meeting or an activity ends the same clause
_EVENT_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:年度|年)[^，,。；;：:！？!?、\n《》]{0,24}?"
    r"(?:会议|大会|例会|年会|交流会|座谈会|联席会|推进会|部署会|动员会|启动会|表彰会|总结会|评比会|观摩会|培训会|报告会|"
    r"运动会|联欢会|联谊会|茶话会|晚会|汇演|比赛|竞赛|论坛|培训班|仪式|典礼|活动|评选|评比)"
)
EVENT_CHARS = 300
# an honour the item reports, conferred in its first sentence and not at a meeting it reports ("近日，…荣获2023年
# “…”称号", "…总工会对2013年…作出贡献的先进集体进行了表彰"): the one year that sentence gives is the honour's
_HONOUR = re.compile(r"荣获|喜获|获评|被评为|被授予|荣膺|授予|表彰")
# ... unless the sentence sets an earlier honour against this year's ("继2013年荣获…之后，今年…再获…")
_EARLIER = re.compile(r"继|之后|以后|以来|今年|去年|前年|曾")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


LEAD_MIN = 20  # shorter lines before the lead are a column name, a date, a source


def _lead_line(text: str, title: str = "") -> str:
    """The text's first sentence line: not a repeat of the TITLE, not a short line or a photo's caption above it."""
    for line in text[:EVENT_CHARS].split("\n"):
        line = _POSTED.sub("", line.strip())
        if len(line) >= LEAD_MIN and line != title.strip() and not _ABSTRACT.match(line) and not _CAPTION.search(line):
            return unglued_dates(line)
    return ""


# a date whose 年 and 月 the page lost, its digits glued before 日 and a time of day ("20191225日上午，", "713日上午，…";
# not a count of days, 120日，): read as written with them (2019年12月25日, 7月13日), the month the one or two digits it can be
_GLUED_DATE = re.compile(r"(?<![\d年月/.\-第])((?:19|20)\d{2})?(1[0-2]|0?[1-9])([12]\d|3[01]|0?[1-9])日"
                         r"(?=\s*(?:上午|下午|中午|晚上|晚))")


def unglued_dates(line: str) -> str:
    """LINE with each glued date written with its 年 and 月 (see `_GLUED_DATE`)."""
    def written(m: re.Match[str]) -> str:
        if not m.group(1) and len(m.group(2) + m.group(3)) < 3:
            return m.group(0)  # 13日: a day alone, nothing lost
        return (f"{m.group(1)}年" if m.group(1) else "") + f"{m.group(2)}月{m.group(3)}日"
    return _GLUED_DATE.sub(written, line)


# a photo's caption kept as body (ruling e of 2026-11-30) credits its photographer: it leads no text
_CAPTION = re.compile(r"[\u4e00-\u9fff]{2,4}\s+[摄攝]\s*[)）]?$")


# the page's posting field glued before the lead ("发布日期：2022-05-23 2022年5月20日下午，…")
_POSTED = re.compile(
    r"^(?:发布日期|发布时间|发表日期|发表时间|更新时间|日期|时间)\s*[:：]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\S)"
)
# a site's abstract over the text repeats it, it does not lead it ("摘要：…会议由…主持。")
_ABSTRACT = re.compile(r"^[【\[]?(?:摘要|导读|内容提要|内容摘要)[】\]]?\s*[:：]")
# the lead sentence's first clause is a unit holding a meeting or an event ("…工会召开一届五次工会代表大会，…",
# "21日上午，市总工会召开…"), not a period the text looks back on ("本学期，学校召开…": a summary's) nor one held
# routinely or before ("每季度召开一次", "…会议召开之后")
_HELD_LEAD = re.compile(
    r"^(?:\d{1,2}\s*日\s*(?:上午|下午|晚上|晚)?\s*[，,]\s*)?[^，,。；;：:]{2,30}?(?<![每定])(?:召开|举行|举办)(?:了)?"
    r"(?!之后|以来|一次|前|后)"
)


def held_lead(text: str, title: str = "") -> bool:
    """Whether the text's first sentence opens with a unit holding a meeting or an event."""
    sentence = re.split(r"[。！？!?]", _lead_line(text, title))[0]
    return bool(_HELD_LEAD.search(to_simplified(sentence)))


def news_lead(text: str, title: str = "") -> bool:
    """Whether TEXT opens as a news item does: with the event's date or 日前/近日."""
    return bool(_LEAD.match(_lead_line(text, title)))


def is_news(title: str, text: str) -> bool:
    """Whether the article reports an event: a news lead, a first sentence or a title that says a meeting was held."""
    return news_lead(text, title) or held_lead(text, title) or bool(_HELD_TITLE.search(to_simplified(title or "")))


def event_year(text: str, low: int, high: int, title: str = "") -> tuple[int | None, list[str]]:
    """The year of the event a news item reports (see the module's doc), or None."""
    opening = to_simplified(text[:EVENT_CHARS])
    lead = to_simplified(_lead_line(text, title))
    m = _DATED_LEAD.match(lead) or _FULL_DATE.search(re.split(r"[。！？!?]", lead)[0])
    if m and low <= int(m.group(1)) <= high:
        return int(m.group(1)), [f"year {m.group(1)} from the news item's dated lead"]
    m = _DATED_EVENT.search(lead)
    if m and low <= int(m.group(1)) <= high:
        return int(m.group(1)), [f"year {m.group(1)} dates the event the lead tells ({m.group(0)!r})"]
    for m in _EVENT_YEAR.finditer(opening):
        if low <= int(m.group(1)) <= high:
            return int(m.group(1)), [f"year {m.group(1)} names the event {m.group(0)!r}"]
    first = re.split(r"[。！？!?]", lead)[0]
    years = {int(y) for y in _ANY_YEAR.findall(first)}
    if _HONOUR.search(first) and not _HELD_TITLE.search(first) and not _EARLIER.search(first) and len(years) == 1 \
            and low <= min(years) <= high:
        return min(years), [f"year {min(years)} names the honour the lead reports"]
    return None, ["a news item: no year of its event (the years of the work it mentions are not its)"]
