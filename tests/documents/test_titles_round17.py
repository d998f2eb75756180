"""Round 17 of titles (issue 12, task TITLES12): the misses of a blind set's tuning half, by cause.
Invented wording only, none copied from a page. Each case fails without the rule it names."""

from unionmine.documents.describe import describe_article
from unionmine.documents.title_additions import drop_site_additions
from unionmine.documents.titles import choose_title, headline_over_text

NEWS = "4月12日下午，青禾实验学校工会在学校操场举行教职工拔河比赛，全校八十余名教职工参加了比赛，赛场气氛热烈。"
BODY = "一年来，学校工会在校党支部的领导下，围绕学校中心工作，认真履行各项职能，较好地完成了全年目标任务。"


def title_of(text, split_title=None, **kw):
    return choose_title(split_title, text, source="page.txt", **kw)[0]


# ---- a news headline under chrome lines the cleaner left: the line right above the text


def test_the_headline_under_a_link_bar_is_the_title():
    text = "首页 新闻 通知 公告 | 东区站 西区站 | 投稿\n“拔出精气神”——青禾实验学校工会举行教职工拔河比赛\n" + NEWS
    assert title_of(text) == "“拔出精气神”——青禾实验学校工会举行教职工拔河比赛"


def test_the_headline_under_a_weather_line_is_the_title_and_meta_lines_are_skipped():
    text = "今天是：星期四 天气：\n青禾实验学校工会举行教职工拔河比赛\n发布日期：2023-04-13 作者：李小青\n2023-04-13\n" + NEWS
    assert title_of(text, "今天是：星期四 天气：") == "青禾实验学校工会举行教职工拔河比赛"
    assert title_of(text) == "青禾实验学校工会举行教职工拔河比赛"


def test_the_headline_under_a_long_ticker_line_is_the_title():
    ticker = "网站公告：某某县春季招聘会顺利举行【投票】2023.3.1.某某县读者满意度调查候选单位2023.3.1.候选名单公示"
    text = ticker + "\n青禾镇工会组织开展机关职工健步走活动\n" + NEWS
    assert title_of(text) == "青禾镇工会组织开展机关职工健步走活动"


def test_no_headline_when_the_line_above_the_text_is_not_one():
    assert headline_over_text(["首页 | 新闻 | 通知", NEWS]) is None
    assert headline_over_text(["栏目：", NEWS]) is None
    assert headline_over_text(["短行", NEWS]) is None  # too few Chinese characters
    assert headline_over_text(["青禾实验学校工会举行拔河比赛"]) is None  # no text under it
    assert headline_over_text(["甲，乙，丙，丁学校工会举行比赛", NEWS]) is None  # a list, not a headline


# ---- a breadcrumb glued after the headline


def test_a_breadcrumb_glued_after_the_headline_goes():
    text = "“情满端午”——青禾实验学校工会开展包粽子活动当前位置：首页 >> 工会动态\n" + NEWS
    assert title_of(text) == "“情满端午”——青禾实验学校工会开展包粽子活动"


# ---- a site's copy number after any last word of a genre title


def test_a_sites_copy_number_after_the_last_word_goes():
    assert title_of("幼儿园工会工作计划2024 1\n" + BODY) == "幼儿园工会工作计划2024"
    assert title_of("学校工会工作总结反思2\n" + BODY) == "学校工会工作总结反思"
    assert title_of("中学工会工作计划2024初中3\n" + BODY) == "中学工会工作计划2024初中"
    assert title_of("医院工会工作总结20_1\n" + BODY) == "医院工会工作总结20_"


def test_a_year_or_a_number_of_a_headline_stays():
    assert title_of("青禾中学2024年工会工作总结\n" + BODY) == "青禾中学2024年工会工作总结"
    assert title_of("青禾中学工会工作计划2024\n" + BODY) == "青禾中学工会工作计划2024"
    # no genre word: a headline's own number is not a site's copy number
    assert title_of("青禾学校工会开展三八节活动2\n" + NEWS) == "青禾学校工会开展三八节活动2"


# ---- a title broken before 及/暨 whose second line names the genre


def test_a_title_broken_before_ji_is_joined_with_its_first_line():
    text = "青禾职业学院第三届教代会第一次会议提案落实情况\n及第二次会议提案工作报告\n（2020年4月2日）\n" + BODY
    assert title_of(text) == "青禾职业学院第三届教代会第一次会议提案落实情况及第二次会议提案工作报告"
    # a sentence above is no first line of the title
    text = "会议听取了以下报告：\n及第二次会议提案工作报告\n" + BODY
    assert title_of(text) == "及第二次会议提案工作报告"


# ---- a compilation's word after the title (ruling c)


def test_huibian_after_the_genre_word_goes():
    assert drop_site_additions("小学工会年度工作总结汇编") == "小学工会年度工作总结"
    assert drop_site_additions("小學工會年度工作總結匯編") == "小學工會年度工作總結"
    assert drop_site_additions("汇编") == "汇编"  # never below four characters


# ---- a headline's cue word tells of its event, not of the body that writes


def test_a_headlines_cue_word_does_not_type_the_writer():
    text = ("12月2日，青禾镇工会组织开展镇机关职工趣味运动会，共计五十余名机关干部参与。"
            "我镇工会将继续丰富职工文化生活。")
    got = describe_article("青禾镇工会组织开展机关趣味运动会", text)
    assert got["org_type"] == "other"  # a town's union (我镇), not an agency (机关 is who ran)
