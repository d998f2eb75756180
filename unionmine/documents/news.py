"""News items: the report of an event (a meeting held, a visit paid), not a summary or plan itself.

A news item opens with its date or with 日前/近日 ("3月13日上午，…总工会召开…", "日前，区总工会召开…"),
or its title says a meeting was held (…召开…); for its year, also an item whose lead line tells its day anywhere
(after a quote or a motto: `dated_lead`). Its year is the event's: the year of a dated lead
(2024年3月12日上午，…), a full date in the lead line's clause that tells the event
(…。于2019年2月28日下午，召开了…) or opening a later clause of it (…，2025年12月19日中午，…), else a year that names
the event itself or its holiday (召开2024年度工会工作总结会, 2023年度…联席会议在…召开, 2024年端午节…), not one listed with
another by 和/及 (a bare year right before the event's name too: `…承办“…”2022梅州市职工…诵读活动`; gatherings for the staff:
欢送会, 团拜会, 寿星们庆生; not a year read out at a meeting the item names otherwise: `会议宣读了…2018年“…”活动的通报`,
round 27); the years of the work a meeting reviewed or planned ("总结2021年工作，研究2022年计划",
"汇报了2024年工作总结及2025年工作计划") are not the item's. An item that reports an honour (荣获2023年“…”称号) and
gives one year in that sentence, not at a meeting (held there or `…会议上传来喜讯`) and not against this year's, has that year. No such year: none (the page's date is
the site's, and the signature date is read elsewhere).

A text of any kind that gives the time of its event as a field or a clause of its own (`1.时间：2025年3月7日下午`,
`…。比赛时间为2018年4月2日—4月27日`), one year in all such, and no other year found, has that year (`time_field_year`,
round 24): a notice sets its event's day, a news item tells when its contest ran. A mail's or a page's field
(发送时间, 发布时间) is no such clause.

A text that finds neither may open a sentence with a bare year, no 年 after it (`2021即将过去、…`,
`2017教职工“…比赛”的初赛…`): one year in all such sentence openings is its year (`bare_year`, round 25; set 14 fzlqzx.cn,
set 16 874km.cn). A cohort or an edition (2019级, 2022届, 2020版), a date (2020-05-01) or a count is no such year.
"""

from __future__ import annotations

import re

from ..text.normalize import to_simplified
from .signed_date import CN_DIGITS, glued_dates
from .year_guards import range_end

#: How a news item opens: a date and a clause, 日前/近日, a paper's or site's dateline (本报讯 …); ``chrome.own`` reads it too
NEWS_LEAD = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^\n]{8,}"
    r"|^\s*(?:日前|近日|近期|昨日|今日|昨天|今天)\s*[，,、]"
    # a paper's or site's dateline (本报讯, 本刊讯（通讯员…）, in brackets 【本网讯】): a news item whatever follows
    r"|^\s*[【\[［(（]?(?:本报|本刊|本网|本台|本站)(?:[\u4e00-\u9fff]{0,4})?讯"
    # ... or a named paper's, site's or station's (中工网讯, 大河网讯, 某某融媒体中心10月28日讯（…）; round 27)
    r"|^\s*[【\[［]?[\u4e00-\u9fff·]{2,12}(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?(?<![快资简短喜])讯(?=[\s（(：:】\]［]|$)"
    # the date after a purpose clause of the same first sentence ("为全面落实…，2月28日上午，…总工会…", maybe with its year)
    r"|^[^。！？!?\n]{4,60}?[，,]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚)?\s*[，,]"
    # or after a short motto sentence before it ("奋楫扬帆正当时。3月5日，…工会召开…")
    r"|^[^。！？!?\n]{4,30}[。！!]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚)?\s*[，,]"
)
_HELD_TITLE = re.compile(r"召开|举行|举办")
# (or its month only, the day told after: "2022年2月，北京下雪后…。2月18日上午，…")
_DATED_LEAD = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日|(?:上旬|中旬|下旬|初|底|末)?\s*[，,])")
# ... or its year in an opening clause, the day in the next ("2025年刚刚翻开新的一页，1月2日，我校…会议…举行"; Round 40)
_YEAR_THEN_DAY = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?!度)[^。！？!?\n，,；;]{0,20}[，,]\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# ... or a full date inside the lead's first sentence ("为…，2022年1月21日上午，我校隆重召开…")
_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# ... or a full date anywhere in the lead line whose clause tells the event ("回首…。…于2019年2月28日下午，召开了…")
_DATED_EVENT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;！？!?]{0,12}?"
                          r"(?:召开|举行|举办)")
# a year naming the event: the noun of a meeting or an activity ends the same clause
_EVENT_YEAR = re.compile(
    # (or a bare year right before the event's name: "…承办“…”2022梅州市职工线上亲子诵读活动", round 27)
    r"(?:(?<!\d)((?:19|20)\d{2})\s*(?:年度|年)"
    r"|(?<![\d.\-/])((?:19|20)\d{2})(?![\d.\-/:：]|\s*[级届版号期次元余多名人个户位家件项万千米岁])(?=[\u4e00-\u9fff“\"]))"
    # (a quoted name counts as one, and the year may sit in a cited document naming the event: "拉开了2024年…开展
    # “爱心企业·情系职工”公益慰问…活动的序幕", "召开《2015年集体合同》平等协商会议"; round 29)
    r"(?:[^，,。；;：:！？!?、\n《》]|“[^“”\n]{1,20}”|》){0,28}?"
    r"(?:会议|大会|例会|年会|交流会|座谈会|联席会|推进会|部署会|动员会|启动会|表彰会|总结会|评比会|观摩会|培训会|报告会|"
    r"运动会|联欢会|联谊会|茶话会|晚会|汇演|比赛|竞赛|(?<![参观])赛(?![道季前后])|论坛|培训班|仪式|典礼|活动|评选|评比|"
    # gatherings for the staff (round 27: 新退休职工欢送会, 一季度的寿星们庆生)
    r"欢送会|欢迎会|生日会|庆生|团拜会|见面会|分享会|读书会|演讲会|故事会|恳谈会|游园会|颁奖会|"
    # or a holiday of that year, a date ("发放2024年端午节慰问品", "2023年元旦来临之际")
    r"春节|元旦|元宵|端午|中秋|重阳|国庆|妇女节|劳动节|教师节|三八|五一|冬至|"
    # or any meeting's name before its held verb ("2025年度工会工作交流和意见征求会举行", round 31), not a body's
    # (工会, 协会, 理事会, 委员会, 社会)
    r"(?<![工协学事员社])会(?:议)?(?=\s*(?:在[^，,。；;\n]{1,15})?(?:隆重|顺利)?(?:举行|召开)))"
)
EVENT_CHARS = 300
# ... one event: a year joined to another year or work by 和/及 names a list of the works reviewed ("梳理了2022年和
# 2023年开展的各项活动", "围绕2017年度重点工作部署和…活动"); 与 joins the parties of one event (…与…联席会议)
_LISTED = re.compile(r"和|及|(?:19|20)\d{2}")
_ANY_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_HELD_AFTER = re.compile(r"\s*(?:在[^，,。；;\n]{1,15})?(?:隆重|顺利)?(?:举行|召开)")
# an honour the item reports, conferred in its first sentence and not at a meeting it reports ("近日，…荣获2023年
# “…”称号", "…总工会对2013年…作出贡献的先进集体进行了表彰"): the one year that sentence gives is the honour's
_HONOUR = re.compile(r"荣获|喜获|获评|被评为|被授予|荣膺|授予|表彰")
# ... unless the sentence sets an earlier honour against this year's ("继2013年荣获…之后，今年…再获…")
_EARLIER = re.compile(r"继|之后|以后|以来|今年|去年|前年|曾")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
# ... an honour or an activity whose year is read out at a meeting the item names otherwise is not the item's either
# (ruling b; round 27): "在市总工会…会议上传来喜讯，…被表彰为“2016年度…优秀单位”", "会议宣读了…2018年“…”征文活动的通报"
_AT_MEETING = re.compile(r"(?:会议|大会|全会|(?<![工协学])会)上|(?:会议|大会)\s*(?:对|为|向)")
# ... or the meeting honours them ("会议对2019年度…竞赛优胜单位…进行了表彰", round 28)
_READ_OUT = re.compile(r"宣读|通报了|(?:会议|大会|会上)\s*(?:对|为|向)\s*$")
_TIME_OF_DAY = "上午|下午|中午|晚上|晚间|晚|早上|清晨|傍晚"
# a day date that tells when the event fell: a time of day or a comma follows it ("1月16日，", "于12月31日上午")
_DAY_DATE = re.compile(rf"(?<!\d)\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:{_TIME_OF_DAY}|[，,])")
# the hour a day's event began, after its time of day ("下午3点，", "上午9:30，", "晚上7时30分，")
_CLOCK = r"(?:\d{1,2}\s*(?:[:：]\s*\d{2}|点(?:\d{1,2}分|半)?|时(?:\d{1,2}分)?)\s*)?"
# a full date that opens a later clause of the lead line, the event's ("…的节日氛围，2025年12月19日中午，…联合…",
# "…的作用。2022年12月21日，…大会在…召开")
_CLAUSE_DATE = re.compile(rf"(?:^|[，,。；;！!？?]|[于在])\s*((?:19|20)\d{{2}})\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*"
                          rf"(?:{_TIME_OF_DAY})?\s*{_CLOCK}[，,]")


def cited_event(text: str, end: int) -> bool:
    """Whether the event a year names, ending at END, is cited and not held (Round 40): it ends inside a cited
    document's name (按照《关于开展2017年教代会年会提案征集工作的通知》), or it is a meeting whose spirit is studied
    (贯彻…2023年…电视电话会议精神)."""
    before = text[:end]
    return before.rfind("《") > before.rfind("》") or text[end:end + 2] == "精神"


LEAD_MIN = 20  # shorter lines before the lead are a column name, a date, a source


def _lead_line(text: str, title: str = "") -> str:
    """The text's first sentence line: not the TITLE or a piece of it (a headline over two lines), not a short line or a
    photo's caption above it."""
    for line in text[:EVENT_CHARS].split("\n"):
        line = _POSTED.sub("", line.strip())
        if len(line) >= LEAD_MIN and line not in title and not _ABSTRACT.match(line) and not _CAPTION.search(line) \
                and not _META_LINE.match(line):
            return glued_dates(line)  # 20191225日上午 read as 2019年12月25日上午
    return ""


# a photo's caption kept as body (ruling e of 2026-11-30) credits its photographer: it leads no text
_CAPTION = re.compile(r"[\u4e00-\u9fff]{2,4}\s+[摄攝]\s*[)）]?$")


# the page's posting field glued before the lead ("发布日期：2022-05-23 2022年5月20日下午，…")
_POSTED = re.compile(
    r"^(?:发布日期|发布时间|发表日期|发表时间|更新时间|日期|时间)\s*[:：]\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\S)"
)
# a page's meta line left over the text leads nothing ("www.某某.cn 编辑：某某全搜索", "来源：某某网 作者：某某"; Round 40):
# fields with no sentence mark in the line
_META_LINE = re.compile(r"^(?!.*[。，,；;！？!?])[^:：]{0,24}?(?:编辑|来源|作者|责编|记者|通讯员|发布时间|发布日期|浏览|点击|阅读)\s*[:：]")
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
    return bool(NEWS_LEAD.match(_lead_line(text, title)))


def is_news(title: str, text: str) -> bool:
    """Whether the article reports an event: a news lead, a first sentence or a title that says a meeting was held."""
    return news_lead(text, title) or held_lead(text, title) or bool(_HELD_TITLE.search(to_simplified(title or "")))


def dated_lead(text: str, title: str = "") -> bool:
    """Whether the text's lead line tells the day its event fell on (a date before a time of day or a comma), wherever
    in the line: an item opening with a quote or a motto is still the report of that day's event."""
    return bool(_DAY_DATE.search(to_simplified(_lead_line(text, title))))


def event_year(text: str, low: int, high: int, title: str = "") -> tuple[int | None, list[str]]:
    """The year of the event a news item reports (see the module's doc), or None."""
    opening = to_simplified(text[:EVENT_CHARS])
    lead = to_simplified(_lead_line(text, title))
    m = _DATED_LEAD.match(lead) or _FULL_DATE.search(re.split(r"[。！？!?]", lead)[0]) or _YEAR_THEN_DAY.match(lead)
    if m and low <= int(m.group(1)) <= high:
        return int(m.group(1)), [f"year {m.group(1)} from the news item's dated lead"]
    m = _DATED_EVENT.search(lead)
    if m and low <= int(m.group(1)) <= high:
        return int(m.group(1)), [f"year {m.group(1)} dates the event the lead tells ({m.group(0)!r})"]
    m = _CLAUSE_DATE.search(lead)
    if m and low <= int(m.group(1)) <= high:
        return int(m.group(1)), [f"year {m.group(1)} from the full date opening a clause of the lead"]
    for m in _EVENT_YEAR.finditer(opening):
        year = int(m.group(1) or m.group(2))
        held = _HELD_AFTER.match(opening, m.end())  # one meeting's name before its verb: only another year lists
        if low <= year <= high and not (_ANY_YEAR_DIGITS if held else _LISTED).search(m.group(0)[4:]) \
                and not _READ_OUT.search(re.split(r"[。！？!?\n]", opening[:m.start()])[-1]) \
                and not range_end(opening[:m.start()]) \
                and not cited_event(opening, m.end()):  # 2013—2014年度…评选: a span's end names no event (Round 35)
            return year, [f"year {year} names the event {m.group(0)!r}"]
    held = _held_year(opening, low, high)
    if held:
        return held
    first = re.split(r"[。！？!?]", lead)[0]
    years = {int(y) for y in _ANY_YEAR.findall(first)}
    spans = any(range_end(first[:y.start()]) for y in _ANY_YEAR.finditer(first))  # 被评为2009-2010年度“…”: a span's
    if _HONOUR.search(first) and not spans and not _HELD_TITLE.search(first) and not _EARLIER.search(first) and len(years) == 1 \
            and not _AT_MEETING.search(first) and low <= min(years) <= high:
        return min(years), [f"year {min(years)} names the honour the lead reports"]
    return None, ["a news item: no year of its event (the years of the work it mentions are not its)"]


# the year right after the verb that holds the event names what was held, whatever its noun (召开2019年度…验收会,
# 举办2024迎新春篮球、乒乓球…比赛, 举办“二〇一九新年拔河比赛”; Round 35): with 年 or without, in digits or in Chinese
# numerals; not a span's first year (开展2013—2014年度…), not inside a cited document's name (《关于开展2017年度…的通知》),
# not a name that gives another year (召开2021年总结暨2022年部署会: the list rule of `_EVENT_YEAR`)
_HELD_YEAR = re.compile(r"(?:召开|举行|举办|开展)(?:了)?\s*[“\"「]?\s*((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})"
                        r"(?!\s*[\d.．\-/:：—–－~～至到])")
_ANOTHER_YEAR = re.compile(r"[^，,。；;！？!?\n]{0,28}?(?:19|20)\d{2}|[^，,。；;！？!?\n]{0,28}?[一二][〇○零一二三四五六七八九]{3}")


def _held_year(opening: str, low: int, high: int) -> tuple[int, list[str]] | None:
    """The year of the event a news item's OPENING holds, written right after its verb (see `_HELD_YEAR`), or None."""
    for m in _HELD_YEAR.finditer(opening):
        year = int(m.group(1).translate(CN_DIGITS))
        cited = opening[:m.start()].rfind("《") > opening[:m.start()].rfind("》")
        if low <= year <= high and not cited and not _ANOTHER_YEAR.match(opening, m.end()):
            return year, [f"year {year} names the event held ({m.group(0)!r})"]
    return None


def _one_year(pattern: re.Pattern[str], text: str, low: int, high: int, said: str) -> tuple[int | None, list[str]]:
    """The year PATTERN's matches in TEXT all give (its first group), between LOW and HIGH, with SAID as evidence."""
    years = {int(m.group(1)) for m in pattern.finditer(to_simplified(text))}
    if len(years) == 1 and low <= min(years) <= high:
        return min(years), [said.format(min(years))]
    return None, []


# the event's time as a field or a clause of the text's own (not a page's 发布时间 nor a mail's 发送时间)
_TIME_FIELD = re.compile(r"(?:^|[。；;！!？?\s]|\d\s*[.、．])\s*(?:活动|比赛|会议|赛事|演出|报名)?时间\s*(?:为|是|定于|[:：])\s*"
                         r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月", re.MULTILINE)


def time_field_year(text: str, low: int, high: int) -> tuple[int | None, list[str]]:
    """The year of the event's time field or clause in TEXT when all such give one year (see the module's doc)."""
    return _one_year(_TIME_FIELD, text, low, high, "year {} from the event's time in the text")


# a sentence that opens with a bare year: no 年, no cohort, edition, number or date after it
_BARE_OPENING_YEAR = re.compile(r"(?:^|[。！？!?；;])\s*((?:19|20)\d{2})(?![\d年级届版号期次元\-/.:：、,，])(?=[\u4e00-\u9fff“\"])",
                                re.MULTILINE)


def bare_year(text: str, low: int, high: int) -> tuple[int | None, list[str]]:
    """The year a text's sentences open with, bare, when all such give one year (see the module's docstring)."""
    return _one_year(_BARE_OPENING_YEAR, text, low, high, "year {} opens a sentence of the text (no 年)")


def stated_time_year(text: str, low: int, high: int) -> tuple[int | None, list[str]]:
    """The year of the event's time field or clause (`time_field_year`), else of a bare year opening a sentence
    (`bare_year`): the last evidence of a year a text gives of itself (see the module's docstring)."""
    year, ev = time_field_year(text, low, high)
    return (year, ev) if year is not None else bare_year(text, low, high)
