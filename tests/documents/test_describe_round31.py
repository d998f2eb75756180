"""Round 31 (describing): year rules that spent sets 21-22 showed too narrow, widened to their class. A lead's date
whose 日 was lost too (digits run together before a time of day) and a lead that opens with its year and month (the
day told after) date a news item. Every fixture is invented; each rule has its near misses."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.signed_date import glued_dates


@pytest.mark.parametrize(("glued", "written"), [
    ("201413下午，在会议室，青禾中学工会举行了年终交流会。", "2014年1月3日下午，在会议室，青禾中学工会举行了年终交流会。"),
    ("20231128上午，学校工会组织教工登山。", "2023年11月28日上午，学校工会组织教工登山。"),
])
def test_a_date_that_lost_its_day_mark_too_before_a_time_of_day_is_written_out(glued, written):
    assert glued_dates(glued) == written


@pytest.mark.parametrize("digits", ["累计201413元，下午发放", "2014.1.3下午", "工号 20141356 下午到岗", "第201413期下午"])
def test_digits_that_are_no_lost_date_stay_before_a_time_of_day(digits):
    # a count, a dotted date, a longer run, a number in a word: the time of day does not follow the digits
    assert glued_dates(digits) == digits


def test_a_glued_lead_date_dates_the_news_item():
    text = ("201413下午，在三号楼会议室，青禾中学联合工会举行了2013年工作总结交流会。工会主席主持会议。")
    assert describe_article("青禾中学联合工会举行年终总结交流会", text)["year"] == 2014


@pytest.mark.parametrize(("text", "year"), [
    ("2022年2月，青禾下雪后气温骤降。2月18日上午，院工会主席带领送温暖小分队为一线职工送去防寒物资。", 2022),
    ("2021年3月下旬，青禾连降暴雨。3月26日下午，公司工会为抢险职工送去慰问品。", 2021),
])
def test_a_lead_opening_with_its_year_and_month_dates_the_news_item(text, year):
    assert describe_article("院工会为户外职工送温暖", text)["year"] == year


def test_a_year_and_month_that_starts_a_practice_is_no_dated_lead():
    # near miss: a year and month that start a standing practice (起, 以来) do not date the day's event
    text = "2019年2月起，院工会坚持每月慰问一线职工。3月18日上午，院工会主席带队为户外职工送去防寒物资。"
    assert describe_article("院工会为户外职工送温暖", text)["year"] is None


@pytest.mark.parametrize(("text", "year"), [
    # any meeting's name before its held verb dates the item, whatever it joins by 和 (one meeting's name)
    ("1月21日，2025年度工会工作交流和意见征求会举行，学校工会和各二级工会负责人参加。", 2025),
    ("1月21日，2025年度青禾中学教职工意见征求会在行政楼会议室召开，校领导出席。", 2025),
])
def test_a_meetings_name_before_its_held_verb_dates_the_item(text, year):
    assert describe_article("校工会举办年度工作交流和意见征求会", text)["year"] == year


@pytest.mark.parametrize("text", [
    "3月2日，青禾区2024年工会举行换届。",  # a body (工会, 理事会) before the verb is no meeting's name
    "1月8日，总结2024年工作的理事会在学校召开，各理事参加。",
    "1月8日，2024年工作总结和2025年工作部署会召开，各部门参加。",  # two years: a list, no one event's
    "1月8日，学校工会2024年工作经验交流在学校召开。",  # no meeting's noun before the verb
])
def test_a_body_or_two_years_before_the_held_verb_date_nothing(text):
    assert describe_article("校工会举办年度工作交流和意见征求会", text)["year"] is None
