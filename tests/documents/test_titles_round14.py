"""Round 14 of titles, kinds, news years and splits (issue 12): invented wording only, none copied
from a page. Each case fails without the rule it names (checked on 5901c4f)."""

import pytest

from unionmine.documents.describe import describe_article, find_kind
from unionmine.documents.news import event_year, is_news
from unionmine.documents.split import split_articles
from unionmine.documents.titles import choose_title

BODY = "一年来，学校工会在校党支部的领导下，围绕学校中心工作，认真履行各项职能，较好地完成了全年目标任务。"
NEWS = "3月8日下午，青禾实验学校工会在学校报告厅举行教职工趣味运动会，全校八十余名教职工参加了活动。"


def title_of(text, split_title=None, **kw):
    return choose_title(split_title, text, source="page.txt", **kw)[0]


def test_a_traditional_title_line_under_a_preface_is_the_title():
    text = ("總結是對一段時期、一個項目或某些工作告一段落後進行回顧檢查和分析評價的書面材料，它能讓零散的感性認識上升到系統的理性認識上來\n"
            "小學工會工作總結 2\n" + BODY)
    # the splitter's fallback: the preface cut at its length limit, which is no title
    cut = text.split("\n")[0][:50]
    assert title_of(text, cut) == "小學工會工作總結"


def test_a_photo_caption_in_brackets_is_no_title():
    text = ("携手同行谱新篇--某某公司召开三届二次职代会\n"
            "2024年3月2日上午，某某公司三届二次职工代表大会在公司会议中心召开，八十名职工代表出席会议。\n"
            "（图为工会主席作公司工会2023年度工作报告）\n"
            "会议审议通过了各项报告。")
    assert title_of(text) == "携手同行谱新篇--某某公司召开三届二次职代会"


def test_a_field_line_with_a_number_is_no_headline():
    text = ("服务热线：0571-86005500\n青石镇总工会召开二届三次全委会议\n"
            "近日，青石镇总工会二届三次全委（扩大）会议在镇政府会议室召开，全体委员参加了会议。")
    assert title_of(text) == "青石镇总工会召开二届三次全委会议"
    assert title_of(text, "服务热线：0571-86005500") == "青石镇总工会召开二届三次全委会议"
    blank = "今天是：\n" + text.split("\n", 1)[1]
    assert title_of(blank, "今天是：") == "青石镇总工会召开二届三次全委会议"


def test_a_share_buttons_label_after_the_title_is_dropped():
    text = "白鹭中学2021年工会工作总结 二维码\n" + BODY
    assert title_of(text) == "白鹭中学2021年工会工作总结"
    assert title_of("白鹭中学2021年工会工作总结 二维码\n" + BODY, "白鹭中学2021年工会工作总结 二维码") == "白鹭中学2021年工会工作总结"


def test_a_title_broken_before_its_conjunction_is_joined():
    text = "区总工会召开2023年工作总结\n暨2024年工作部署会\n" + NEWS
    assert title_of(text, "区总工会召开2023年工作总结") == "区总工会召开2023年工作总结暨2024年工作部署会"
    assert title_of(text) == "区总工会召开2023年工作总结暨2024年工作部署会"


def test_a_units_name_over_a_headline_is_its_first_line():
    text = "青松建设集团\n首个项目工会联合会挂牌成立\n本报讯 9月3日，青松建设集团首个项目工会联合会在新区项目部挂牌成立，职工代表参加仪式。"
    assert title_of(text) == "青松建设集团首个项目工会联合会挂牌成立"
    column = "工会动态\n青松建设集团召开职代会\n本报讯 9月3日，青松建设集团召开职代会，职工代表参加会议。"
    assert title_of(column) == "青松建设集团召开职代会"  # a column's name still gives way


def test_a_headings_edition_tail_gives_way_to_the_restated_title():
    text = "小学工会工作计划精简版_7\n小学工会工作计划\n" + BODY
    assert title_of(text, "小学工会工作计划精简版_7") == "小学工会工作计划"


@pytest.mark.parametrize("title", ["校工会开展“五一”职工健步走活动", "机关工会组织一日游活动庆祝妇女节"])
def test_a_title_reporting_an_activity_is_news(title):
    text = "在这春暖花开的季节，今年3月，我们迎来了又一个节日，全体教职工积极参加，气氛热烈。"
    assert find_kind(title, text)[0] == "other"
    assert find_kind("校工会开展“五一”活动总结", text)[0] == "summary"  # a title naming a genre decides


def test_a_lead_sentence_reporting_a_meeting_held_is_news():
    text = "青湾地铁集团公司工会召开一届四次工会代表大会，全面总结工会去年工作，职工代表参加会议。\n集团公司工会主席作2020年度工会工作报告。"
    assert find_kind("青湾地铁工会一届四次工会代表大会", text)[0] == "other"
    assert is_news("青湾地铁工会一届四次工会代表大会", text)
    routine = "一年来，局工会把服务职工放在首位，每季度召开一次工会委员会议研究职工关心的事。"
    assert find_kind("局工会", routine)[0] == "summary"


def test_the_date_of_the_event_inside_the_lead_sentence_dates_the_news():
    text = ("为进一步发挥教代会的作用，推进学校民主管理，2021年12月10日上午，我校隆重召开第三届教代会第二次会议，"
            "全体代表参加会议。\n会议审议通过了学校工会工作报告。")
    assert event_year(text, 1990, 2035)[0] == 2021
    d = describe_article("某某小学 张老师", text, "page.txt")
    assert (d["kind"], d["year"]) == ("other", 2021)


def test_a_posting_field_or_an_abstract_before_the_lead_does_not_hide_it():
    posted = "发布日期：2023-05-06 2023年4月28日下午，某某公司隆重召开第二届职工代表大会第三次会议，职工代表出席会议。"
    assert event_year(posted, 1990, 2035)[0] == 2023
    abstract = ("摘要：第二届职工代表大会第三次会议由公司总经理主持，会上工会主席作了工会工作报告，代表们进行了审议。\n"
                "2022年12月20日，某某医院隆重召开第二届职工代表大会第三次会议，会议在庄严的国歌声中开幕。")
    assert event_year(abstract, 1990, 2035)[0] == 2022
    assert find_kind("", abstract)[0] == "other"


def test_the_first_title_again_with_a_copy_number_starts_an_article():
    page = ("2023工会工作计划\n1、组织教职工参加区教育工会课题申报。\n2、配合学校行政做好开学各项准备工作。\n"
            "3、配合上级工会开展“优秀工会积极分子”评选活动。\n四月份：\n1、举办春季教职工趣味运动会。\n"
            "2023工会工作计划2\n一、指导思想\n以科学发展观为指导，深入学习贯彻上级工会的工作部署，围绕学校教育教学中心工作，"
            "树立服务意识，全面履行工会各项职能，团结动员全体教职工为学校发展贡献力量。")
    arts = split_articles(page, page_title="page")
    assert [a.title for a in arts] == ["2023工会工作计划", "2023工会工作计划2"]
    heading = page.replace("2023工会工作计划2\n", "三、下学期工作计划\n")
    assert len(split_articles(heading, page_title="page")) == 1  # a heading of the same document
    first = ("2023年中学工会工作总结优秀范文\n总结是对过去一个阶段的工作进行系统回顾和分析评价的书面材料，"
             "写好总结能让我们明确方向、找出差距，从而把下一阶段的工作做得更好。\n2023年中学工会工作总结优秀范文1\n" + BODY * 2)
    assert len(split_articles(first, page_title="page")) == 1  # copy 1 is the compilation's first article


def test_a_title_citing_a_report_is_not_that_report():
    text = "2023年5月12日某某职业学院第三届教职工代表大会第二次全体会议通过\n大会认真审议了《工会工作报告》，对学校过去三年的工会工作表示满意。"
    assert find_kind("某某职业学院第三届教代会关于《工会工作报告》的决议", text)[0] == "other"
    assert find_kind("关于印发《青湖区教育工会2024年工作要点》的通知", "一、指导思想\n" + BODY * 4)[0] == "plan"


def test_a_summary_telling_of_a_congress_held_this_term_is_no_news():
    text = "本学期，学校召开二届三次教代会，审议通过了校务公开实施办法。一年来，学校工会组织教职工开展各项活动，维护教职工合法权益。"
    assert find_kind("工会材料", text)[0] == "summary"
    assert find_kind("工会材料", "21日上午，区教育工会召开二届五次全委会议，回顾总结一年来的工作。")[0] == "other"
