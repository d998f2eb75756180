"""Round 39 (issue 12): a year tied to an honour the title does not name is not the item's year; a news title's
honour dates the item (ruling l). Invented units, honours and dates; near misses stay."""

from __future__ import annotations

from unionmine.documents import year_guards
from unionmine.documents.describe import describe_article
from unionmine.documents.year_guards import other_honours


def _year(title: str, text: str) -> int | None:
    return describe_article(title, text)["year"]


def test_an_honour_recalled_beside_the_one_the_title_names_dates_nothing():
    title = "青禾农场：被柳县授予“先进工会之家”称号"
    text = ("日前从柳县总工会获悉，青禾农场工会被授予“先进工会之家”称号，这是该场继被市总工会授予“2011年度五一劳动奖状”"
            "后又一殊荣。\n近年来，青禾农场工会积极开展民主管理，维护职工合法权益。")
    assert _year(title, text) is None


def test_the_date_of_the_honour_the_title_names_dates_the_item_not_an_earlier_one():
    title = "我院被评为“省卫生系统院务公开工作先进单位”"
    text = ("我院院务公开工作取得了优异的成绩。2017年4月24日，被学校评为“2016年度院务公开工作先进单位”，2018年4月25日，"
            "被省总工会、省卫生厅评为“省卫生系统院务公开工作先进单位”，并授牌予以表彰。")
    assert _year(title, text) == 2018


def test_a_profile_s_honours_under_a_title_that_names_none_date_nothing():
    text = ("医院2011年获市总工会命名为“十一五”时期劳动竞赛先进集体，2011年荣获了五一劳动奖状，"
            "获2007年和2009年全省卫生系统先进职工之家称号。部门工会7个，工会小组52个。")
    assert _year("工会委员会", text) is None


def test_a_news_title_s_honour_dates_the_item_even_at_a_meeting():
    title = "区总工会被表彰为“2016年度全市工会工作目标考评优秀单位”"
    text = "3月24日，在市总工会全委（扩大）会议上传来喜讯，区总工会被表彰为“2016年度全市工会工作目标考评优秀单位”。"
    assert _year(title, text) == 2016


def test_near_misses_keep_their_years():
    # the title names the honour, with or without its year, or says an honour was won without naming it
    lead = "近日，青禾区总工会荣获“2021年度全市工会工作先进单位”称号。"
    assert _year("青禾区总工会荣获全市工会工作先进单位称号", lead) == 2021
    assert _year("青禾区职工书屋喜获殊荣", "近日，青禾区职工书屋荣获2021年度“全国职工书屋示范点”称号。") == 2021
    assert _year("喜报", "2023年5月，我校工会荣获“全国模范职工之家”称号。") == 2023
    # an untitled text keeps every year: nothing says which honour it reports
    assert other_honours("", "2006年12月，我校工会被市总工会评为“三星级职工之家”。") == \
        "2006年12月，我校工会被市总工会评为“三星级职工之家”。"
    # a year outside any honour's clause stays; a quoted phrase that is no honour conferred stays
    text = "2022年3月8日，校工会开展“巾帼心向党”主题活动。活动中，工会被评为“先进集体”。"
    assert other_honours("校工会开展三八节活动", text).startswith("2022年3月8日")
    assert _year("校工会开展“2022年巾帼心向党”主题活动", "3月8日，校工会组织女教职工参加活动。") == 2022


def test_the_guard_blanks_only_the_other_honour_s_years_and_keeps_positions():
    text = "2017年4月，被评为“2016年度先进单位”，2018年5月，被评为“省级模范职工之家”。"
    masked = other_honours("我校被评为“省级模范职工之家”", text)
    assert len(masked) == len(text)
    assert "2017" not in masked and "2016" not in masked and "2018年5月" in masked


def test_the_switch_turns_the_guard_off(monkeypatch):
    monkeypatch.setattr(year_guards, "HONOUR_GUARD", False)
    text = "这是该场继被市总工会授予“2011年度五一劳动奖状”后又一殊荣。"
    assert other_honours("青禾农场被授予“先进工会之家”称号", text) == text
