"""Round 11 of describing (issue 12): invented wording only, none copied from a page.

Each case reproduces a pattern seen on real set 3 or the web7/jinshui collections in other words:
a name must be a unit's name, a federation named first is not always the unit a news item is about,
a span's first year, a 述职报告's kind, org types from a union's own kind and from branch unions.
"""

import pytest

from unionmine.documents.describe import describe_article, find_kind, find_org, find_year

PLAIN = "全年组织职工参加健步走、篮球赛等活动，走访慰问困难职工二十余人次，职工满意度逐步提高。"


@pytest.mark.parametrize("title", ["城西街道总工会主席2024年度述职报告", "工会主席述职", "校工会主席个人述职报告"])
def test_a_shuzhi_report_is_a_report(title):
    assert find_kind(title, PLAIN)[0] == "report"


def test_a_span_first_year_dates_only_a_summary_that_opens_with_it():
    assert find_year("", "2021年以来，南屏镇总工会围绕中心工作，" + PLAIN, kind="summary")[0] == 2021
    assert find_year("", "2021年以来，南屏镇总工会围绕中心工作，" + PLAIN, kind="report")[0] is None
    recalled = "热烈祝贺中心工会再获殊荣。继2017年中心工会被市总工会授予“先进职工之家”称号以来，" + PLAIN
    assert find_year("", recalled)[0] is None


# sentences with a unit word and no unit: none may give an organisation
FRAGMENTS = [
    ("医院工会工作计划", "为了切实推动医院工会工作再上台阶，特制定本计划。" + PLAIN),
    ("工会工作计划", "工会将致力于维护医院职工的合法权益，" + PLAIN),
    ("工会工作总结", "公司两级工会认真开展劳动竞赛和技术比武，" + PLAIN),
    ("工会工作总结", "集团各级工会围绕生产经营中心，" + PLAIN),
    ("奋力开创新时代集团工会工作新局面", PLAIN),
    ("着力提升学校工会服务水平", PLAIN),
    ("工会工作要点", "大力加强企业工会规范化建设，" + PLAIN),
    ("工会工作总结", "一年来，我们努力提高公司工会的服务能力，" + PLAIN),
    ("工会工作计划", "围绕有效发挥学校工会作用，" + PLAIN),
    ("工会工作总结", "积极促进医院工会与职工的沟通，" + PLAIN),
]


@pytest.mark.parametrize("title,text", FRAGMENTS)
def test_a_clause_around_a_unit_word_names_no_unit(title, text):
    assert find_org(title, text)[0] is None


@pytest.mark.parametrize("title,text,org", [
    ("青禾实验小学工会2023年工作总结", PLAIN, "青禾实验小学"),
    ("工会工作总结", "2023年，远帆物流有限公司工会在公司党委的领导下，" + PLAIN, "远帆物流有限公司"),
    ("南屏镇总工会2022年工作总结", PLAIN, "南屏镇总工会"),
    ("工会工作计划", "2024年，白鹭湖社区卫生服务中心工会将继续围绕中心工作，" + PLAIN, "白鹭湖社区卫生服务中心"),
])
def test_named_units_are_still_found(title, text, org):
    assert find_org(title, text)[0] == org


def test_a_body_named_for_an_officials_post_is_not_the_unit():
    text = "5月6日，东川市劳动竞赛推进会召开。东川市人大常委会副主任、市总工会主席王某出席并讲话。" + PLAIN
    assert describe_article("", text)["org"] != "东川市人大"
    # a union named with its own officer's post may be the writer
    text = "9月1日，平阳县总工会副主席李某一行到城关小学慰问教师，" + PLAIN
    assert describe_article("", text)["org"] == "平阳县总工会"


def test_a_name_above_a_footer_line_signs_nothing():
    long = PLAIN * 8  # (a name line inside a short text's opening is read as the opening's)
    assert describe_article("", long + "\n河口市总工会\n职工服务号")["org"] is None
    assert describe_article("", long + "\n河口市总工会\n2023年12月5日")["org"] == "河口市总工会"


def test_a_bodys_offices_union_files_under_the_body():
    assert describe_article("青石市档案馆机关工会2024年工作要点", PLAIN)["org"] == "青石市档案馆"
    assert describe_article("青石市财政局机关工会2024年工作要点", PLAIN)["org"] == "青石市财政局"
    assert describe_article("青石市人民医院机关工会2024年工作要点", PLAIN)["org"] == "青石市人民医院"


@pytest.mark.parametrize("title,text,org_type", [
    ("上半年工会工作总结", "20xx年上半年，xx县总工会在县委的正确领导下，" + PLAIN, "other"),
    ("", "新年伊始，区总工会迅速行动起来，围绕区委中心工作谋划全年任务。", "other"),
    ("", "11月8日，化工学院分工会年度总结会召开，教师代表和老师们交流了工作。" + PLAIN, "university"),
    ("凝心聚力——机电工程部分工会2022年工作总结", "过去一年，机电工程部分工会组织教职工开展活动，教师满意。" + PLAIN,
     "university"),
])
def test_org_types_from_a_unions_own_kind_and_from_branch_unions(title, text, org_type):
    got = describe_article(title, text)
    assert got["org"] is None and got["org_type"] == org_type


@pytest.mark.parametrize("text,org", [
    ("近日，江州市总工会公布年度先进评选结果，江州港务有限公司装卸队工会被授予“模范职工小家”称号。" + PLAIN,
     "江州港务有限公司"),
    ("6月5日，城东街道总工会“金秋助学”活动走进北岭机械集团，为一线职工送去慰问品。" + PLAIN, "北岭机械集团"),
    # a federation visiting another federation is the one that acts
    ("3月2日，青川区总工会调研组前往青川科技园区总工会调研，了解园区企业建会情况。" + PLAIN, "青川区总工会"),
])
def test_a_news_item_is_filed_under_the_unit_a_federation_honours_or_visits(text, org):
    assert describe_article("", text)["org"] == org


@pytest.mark.parametrize("text,org", [
    # a federation's union word before 组织 (a verb), not before 组 (a contest's group: 小学组)
    ("在“五一”来临之际，3月8日上午，东岭区总工会组织辖区企业职工代表参观法治教育基地。" + PLAIN, "东岭区总工会"),
    # an agricultural research academy holds its own union meeting
    ("2月9日上午，南川市农科院2024年工会工作会议在院会议室召开。" + PLAIN, "南川市农科院"),
])
def test_a_federation_that_organises_and_a_research_academy_are_named(text, org):
    assert describe_article("", text)["org"] == org


def test_a_contest_group_is_still_no_school():
    assert find_org("", "本次比赛设小学组和中学组，共有二十名教师参赛。" + PLAIN)[0] is None


def test_a_subordinate_unit_is_not_the_writer():
    text = "工会委员会成立于1990年，下辖青峰区烟草专卖局等8个工会小组，会员三百余人。" + PLAIN
    assert find_org("", text)[0] is None


def test_a_dated_event_after_a_purpose_clause_is_news_and_dates_nothing_else():
    text = ("为深入推进产业工人队伍建设改革，3月6日上午，北岭区总工会调研组前往北岭工业园区总工会调研2025年"
            "工会相关工作。" + PLAIN)
    got = describe_article("", text)
    assert got["kind"] == "other" and got["year"] is None and got["org"] == "北岭区总工会"
