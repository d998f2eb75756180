"""Round 40 (issue 12): a line of the report (who gave which report) is no title line; a column's name before a space
goes as before a bar; a unit's credit under the headline loses to it; a tag in 『』 goes as one in 【】; a meta line
leads no text. Invented pages; near misses keep their titles and kinds."""

from __future__ import annotations

import pytest

from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.kinds import find_kind
from unionmine.documents.title_additions import column_before_dash, drop_site_additions
from unionmine.documents.title_lines import REPORTED, is_title_line
from unionmine.documents.titles import choose_title


@pytest.mark.parametrize("line", [
    "张某某校长作《学校工作报告》", "李某书记作《学校财务工作报告》", "院长（所长）王某某做工作报告", "工会主席作了专题报告",
])
def test_a_report_line_is_no_title_line(line):
    assert REPORTED.search(line)
    assert not is_title_line(line, default_describe_rules())


@pytest.mark.parametrize("line", [
    "青禾中学2023年工会工作报告", "王某某在三届二次教代会上所作的工作报告", "关于做好2024年工会工作的报告",
    "青禾市总工会十四届七次全委（扩大）会议上的报告", "青禾公司工会工作报告（2023年）",
])
def test_a_document_s_own_title_stays_a_title_line(line):
    assert not REPORTED.search(line)
    assert is_title_line(line, default_describe_rules())


def test_the_headline_over_the_text_wins_over_a_caption_reporting_a_speech():
    text = ("青禾学院喜迎第三届二次教职工代表大会\n作者： 时间：2018-06-01 点击数：\n"
            "2018年5月29日，青禾学院召开了第三届二次教职工代表大会，共69名代表出席了会议。大会讨论并通过了三个报告。\n"
            "院长王某某做工作报告\n第三届二次教职工代表合影")
    title, _ = choose_title(None, text)
    assert title == "青禾学院喜迎第三届二次教职工代表大会"
    assert find_kind(title, text)[0] == "other"


def test_a_column_before_a_space_goes():
    assert column_before_dash("集团要闻 青禾燃气集团工会举行2025年“金秋助学”座谈会") == "青禾燃气集团工会举行2025年“金秋助学”座谈会"
    assert drop_site_additions("工会动态 青禾中学工会举办教职工趣味运动会") == "青禾中学工会举办教职工趣味运动会"


@pytest.mark.parametrize("line", [
    "工会 青禾中学工会举办教职工趣味运动会",  # a bare category before a space: the column rule reads it before a bar only
    "青禾燃气集团工会举行2025年“金秋助学”座谈会 暖心资助困难职工子女",  # a headline's own space
    "春风十里 青禾中学工会举办教职工趣味运动会",  # an author's motto, no column's noun
    "新闻动态 工会活动",  # too short a headline
])
def test_near_misses_of_a_column_before_a_space(line):
    assert column_before_dash(line) is None


def test_a_unit_s_credit_under_the_headline_is_no_title():
    page = ("快看，青禾这个“书屋”不一般！\n青禾区融媒体中心\n2020-11-05 16:44:36\n"
            "今年以来，在青禾区总工会的关心指导下，青禾区税务局工会建成了职工书屋，营造了书香文化，受到了职工的欢迎。\n")
    text = "青禾区融媒体中心\n" + page.split("\n", 3)[3]
    title, where = choose_title("青禾区融媒体中心", text, page_head=page)
    assert (title, where) == ("快看，青禾这个“书屋”不一般！", "page")


def test_a_credit_line_with_no_headline_over_it_stays():
    # no headline-shaped line over the unit's line: nothing to give back
    page = ("首页 | 新闻\n青禾区融媒体中心\n2020-11-05 16:44:36\n"
            "今年以来，在青禾区总工会的关心指导下，青禾区税务局工会建成了职工书屋，营造了书香文化，受到了职工的欢迎。\n")
    text = "青禾区融媒体中心\n" + page.split("\n", 3)[3]
    _title, where = choose_title("青禾区融媒体中心", text, page_head=page)
    assert where != "page"


@pytest.mark.parametrize("title, want", [
    ("『情系职工』医院职工活动室换新衣啦", "医院职工活动室换新衣啦"),
    ("〖工会动态〗青禾中学举办教工运动会", "青禾中学举办教工运动会"),
    ("『知识百变 乐趣无限』青禾中学举办知识竞赛", "『知识百变 乐趣无限』青禾中学举办知识竞赛"),  # a slogan stays
])
def test_a_tag_in_corner_brackets_goes(title, want):
    assert drop_site_additions(title) == want


def test_a_meta_line_leads_no_text():
    text = ("青禾煤矿：拓展深化劳动竞赛技能比武\nwww.qinghe.cn 编辑：青禾全搜索\n"
            "青禾全搜索讯 今年以来，青禾集团青禾煤矿工会拓展深化劳动竞赛技能比武活动，提升了职工队伍的整体素质。\n")
    assert find_kind("青禾煤矿：拓展深化劳动竞赛技能比武", text)[0] == "other"
    # a text that looks back with no dateline is still read by its cue
    assert find_kind("青禾煤矿工会这一年", "今年以来，青禾煤矿工会拓展深化劳动竞赛技能比武活动，提升了职工队伍的整体素质。")[0] \
        == "summary"


def test_a_headline_broken_before_its_event_s_noun_is_joined():
    text = ("青禾学院工会开展“入工会、维权益”工会\n知识进校园活动\n"
            "根据省教科文卫工会工作安排，12月1日上午，青禾学院工会在食堂前开展了“入工会、维权益”工会知识宣传活动。")
    title, _ = choose_title(None, text)
    assert title == "青禾学院工会开展“入工会、维权益”工会知识进校园活动"


@pytest.mark.parametrize("text", [
    # the event's noun already in the first line: the second is a subtitle or a caption
    "青禾学院工会开展知识竞赛活动\n知识进校园活动\n12月1日上午，青禾学院工会在食堂前开展了工会知识宣传活动，职工踊跃参加，气氛热烈。",
    # no text's sentence under the two lines
    "青禾学院工会开展“入工会、维权益”工会\n知识进校园活动\n图片新闻",
])
def test_near_misses_of_a_broken_headline(text):
    title, _ = choose_title(None, text)
    assert not title.endswith("知识进校园活动") or title == "知识进校园活动"


def test_an_outing_s_title_reports_an_activity():
    text = "2008年对于青禾博物馆来说是忙碌的一年。一年来大家都在忙碌于文物普查等工作。为了活跃职工的业余生活，工会组织职工观光旅游。"
    assert find_kind("青禾博物馆工会组织职工观光旅游", text)[0] == "other"
    # a title that names a genre still decides; a title naming no act is read by its text
    assert find_kind("青禾博物馆工会组织职工旅游工作总结", text)[0] == "summary"
    assert find_kind("青禾博物馆工会这一年", text)[0] == "summary"
