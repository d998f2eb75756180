"""Round 19 of titles (issue 12, task TITLES12): causes that recur on development sets from different sites.
Invented wording only, none copied from a page. Each positive case fails without the rule it names."""

import pytest

from unionmine.documents.news import event_year
from unionmine.documents.title_additions import column_headline, drop_site_additions
from unionmine.documents.titles import choose_title

BODY = "一年来，学校工会在校党支部的领导下，围绕学校中心工作，认真履行各项职能，较好地完成了全年目标任务。"
NEWS = "3月8日下午，阳光小学工会在学校礼堂举办教职工趣味运动会，全校六十余名教职工参加了活动，气氛热烈。"


def title_of(text, split_title=None, **kw):
    return choose_title(split_title, text, source="page.txt", **kw)[0]


# ---- a site's column or source label and a colon before a headline that names its own subject


@pytest.mark.parametrize("line, headline", [
    ("工作动态：阳光小学工会举办教职工趣味运动会", "阳光小学工会举办教职工趣味运动会"),
    ("晨报+:喜讯!城北区税务局荣获“模范职工小家”称号", "喜讯!城北区税务局荣获“模范职工小家”称号"),
    ("校园快讯： 我校开展退休教职工迎新春团拜活动", "我校开展退休教职工迎新春团拜活动"),
    ("图为：某某医院工会节日慰问一线职工", "某某医院工会节日慰问一线职工"),
])
def test_a_column_label_before_a_headline_that_names_its_subject_goes(line, headline):
    assert column_headline(line) == headline
    assert drop_site_additions(line) == headline


@pytest.mark.parametrize("line", [
    "阳光幼儿园：首届工会委员会成立",  # the unit's name: the author's subject (set 10's convention)
    "城北社区：一份礼盒 让快递小哥的春节有温度",
    "城北：春节慰问送关怀 岁寒情深暖人心",  # a headline that names no unit: the label is its subject
    "一图读懂｜某某农商银行工会2023年工作回顾",  # a public account's own series, before a bar
    "工作总结：城北二中工会一年来的工作回顾",  # a document's own words
    "动态：工会活动",  # too short for a headline
])
def test_a_units_name_a_subjectless_headline_a_bar_or_a_documents_words_stay(line):
    assert column_headline(line) is None
    assert drop_site_additions(line) == line


def test_the_chosen_title_loses_the_column_label():
    assert title_of("工作动态：阳光小学工会举办教职工趣味运动会\n" + NEWS) == "阳光小学工会举办教职工趣味运动会"
    assert title_of("阳光幼儿园：首届工会委员会成立\n" + NEWS) == "阳光幼儿园：首届工会委员会成立"


# ---- a site's heading over the document's own title: the same title, years and a word count aside


def test_the_documents_own_title_under_a_sites_heading_with_a_year_filled_in():
    text = "中学2020年度工会工作总结\n2020中学工会工作总结及计划\n2020中学工会工作总结及计划\n" + BODY
    assert title_of(text, "中学2020年度工会工作总结") == "2020中学工会工作总结及计划"


def test_the_documents_own_title_under_a_list_entry_with_a_word_count():
    text = "小学2023年工会工作总结 2550字\n小学xx年年工会工作总结\n" + BODY
    assert title_of(text, "小学2023年工会工作总结") == "小学xx年年工会工作总结"


@pytest.mark.parametrize("second", [
    "城北二中工会2024年工作计划",  # another document's title, not this one restated
    "——在城北二中第三届教代会上的工会工作报告",  # a subtitle
])
def test_a_title_over_a_line_that_does_not_restate_it_stays(second):
    text = f"城北二中工会2023年工作总结\n{second}\n" + BODY
    assert title_of(text, "城北二中工会2023年工作总结") == "城北二中工会2023年工作总结"


# ---- a news item that reports an honour: the one year its first sentence gives is the honour's


@pytest.mark.parametrize("lead, year", [
    ("近日，城北区某某社区工会户外劳动者服务站荣获2023年“最美驿站”称号。服务站累计接待户外劳动者千余人次。", 2023),
    ("近日，市总工会对2021年度作出突出贡献的先进集体和先进个人进行了表彰。其中，阳光小学工会榜上有名。", 2021),
])
def test_the_year_of_the_honour_a_news_item_reports(lead, year):
    assert event_year(lead, 1990, 2030)[0] == year


@pytest.mark.parametrize("lead", [
    "继2019年荣获“模范职工小家”称号之后，今年，阳光小学工会再获“全国模范职工小家”殊荣。该校工会共有会员四十人。",
    "3月2日，区总工会召开全委会，会上对2020年度先进集体和先进个人进行了表彰。会议由区总工会主席主持。",
    "近日，阳光小学工会先后荣获2022年度和2023年度“先进职工之家”称号。该校工会共有会员四十人。",
])
def test_no_honour_year_when_it_is_an_earlier_one_a_meetings_or_one_of_several(lead):
    assert event_year(lead, 1990, 2030)[0] is None
