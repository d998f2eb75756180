"""Round 35 (years, issue 12): three kinds of year output, on invented lines (no real text).

- the year right after the verb that holds a news item's event names it, whatever its noun;
- a span's years (2009-2010年度) date no event and no honour;
- a date line above the text's first sentence is the page's posting date, not the item's.
"""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.news import event_year
from unionmine.documents.signed_date import posted_dates, year_from_date


@pytest.mark.parametrize("text, year", [
    # a meeting whose noun no list names (验收会), after 召开
    ("11月8日下午，区教育工会一行来到青禾中学召开2019年度合格教工之家验收会，听取学校工会汇报。", 2019),
    # a bare year before an event named by its parts (篮球、乒乓球…比赛)
    ("1月9日上午，测绘院工会在体育馆举办2024迎新春篮球、乒乓球、羽毛球比赛，六十余名职工参加。", 2024),
    # a year in Chinese numerals inside the quoted name
    ("1月20日，公司工会举办“二〇一九新春拔河赛”，各分工会八支队伍参加了比赛。", 2019),
    ("3月2日，学校工会开展2023年教职工读书分享，三十位老师参加。", 2023),
])
def test_year_after_the_held_verb_names_the_event(text, year):
    got, ev = event_year(text, 1980, 2035)
    assert got == year
    assert any("names the event" in e for e in ev)


@pytest.mark.parametrize("text", [
    # a span: the award period, not the event's year
    "4月2日，集团工会开展2015—2016年度劳动模范评选表彰活动，各单位推荐候选人。",
    # a cited document's name
    "4月2日，市总工会根据《关于开展2018年度示范单位申报工作的通知》，组织专家评审。",
    # a name that gives a second year: a list of works reviewed and planned
    "4月2日，公司召开2020年工作总结暨2021年工作部署会，各部门负责人参加。",
])
def test_near_misses_of_the_held_year(text):
    assert event_year(text, 1980, 2035)[0] is None


def test_a_span_dates_no_honour():
    span = "日前，柳岸中学工会被评为2015-2016年度“市先进教工之家”。一年来，学校工会围绕中心工作，服务教职工。"
    assert event_year(span, 1980, 2035)[0] is None
    one = "日前，柳岸中学工会荣获2016年“市先进教工之家”称号。一年来，学校工会围绕中心工作，服务教职工。"
    assert event_year(one, 1980, 2035)[0] == 2016


def test_a_span_names_no_event():
    text = "近日，集团公司工会积极开展2015—2016年度劳动模范、先进集体评选表彰活动。"
    assert event_year(text, 1980, 2035)[0] is None


HEADLINE = "某某钢铁工会开展群众性健身活动"
POSTED = "2022年10月12日"
BODY = "为活跃职工文化体育生活，结合上级工会安排，从9月份开始，某某钢铁工会组织各单位开展健身活动，职工踊跃参加。"


def test_posted_date_spans():
    head = f"{HEADLINE}\n{POSTED}\n{BODY}"
    (start, end), = posted_dates(head)
    assert head[start:end] == POSTED
    # under the first sentence, or with no sentence under it, a date line is no posting date
    assert posted_dates(f"{BODY}\n{POSTED}") == []
    assert posted_dates(f"某某学校工会\n{POSTED}") == []


def test_a_posted_date_does_not_date_an_undated_item():
    long_text = f"{HEADLINE}\n{POSTED}\n{BODY}\n" + "各单位积极组织，职工参与热情高涨，活动取得良好效果。\n" * 3
    for text in (f"{HEADLINE}\n{POSTED}\n{BODY}", long_text):  # the date read as a signature, then in the opening
        assert describe_article(HEADLINE, text)["year"] is None


def test_a_signature_date_still_dates_a_news_item():
    text = f"{BODY}\n某某钢铁工会\n{POSTED}"
    assert year_from_date(text, "other")[0] == 2022
    assert describe_article(HEADLINE, text)["year"] == 2022


def test_a_report_keeps_its_delivery_date_under_the_title():
    # a report (not kind other) delivered in March reports on the year before; the guard is for undated items only
    text = "（2023年3月10日）\n各位代表：\n我代表工会委员会向大会报告工作，请予审议。\n一、过去一年的工作\n2022年，工会围绕中心开展工作。"
    assert describe_article("某某公司工会工作报告", text)["year"] == 2022
