"""Describing forms seen on real pages (issue 12, round ingest9b): sentence fragments that looked
like names, kinds of body without a name, industry unions. Every fixture is invented wording."""

import pytest

from unionmine.documents.organisations.find import find_org
from unionmine.documents.organisations.types import find_org_type

WORK = ("组织会员开展健步走和读书分享，走访慰问困难职工十二人次，召开职代会审议福利方案，"
        "推进厂务公开，维护职工合法权益。")
PLAIN = "组织会员开展健步走和读书分享，走访慰问困难会员十二人次，维护会员合法权益。"


@pytest.mark.parametrize(
    "title, text",
    [
        # 中学 before 习 is the verb 学习 (集中学习), and 学习 ends no name (…学习华东总工会…)
        ("", "3月5日，集团工会召开年度工作会议。会议集中学习上级工会文件精神，" + WORK),
        ("", "4月9日，红杉物流工会召开年度会议，会议集中学习中华全国总工会党组书记讲话精神。" + WORK),
        # a staff congress is no unit: 教代会学校工会工作报告 names no school
        ("教代会学校工会工作报告", "各位代表：我受学校工会委员会的委托，向大会作工作报告。" + WORK),
        # 考入大学 (children who got into university) is a sentence, not a university
        ("", "新的一年，我们将继续开展金秋助学，对考入大学的职工子女每人资助三千元。" + WORK),
        ("", "暑期为考上大学的会员子女发放助学金，升入中学的子女发放文具。" + WORK),
        # a kind of school without its place names none
        ("2023年特殊教育学校工会工作总结", "过去的一年，学校工会坚持以教职工为中心。" + WORK),
        # a numbered branch (机关第七分工会) of a body the title does not name
        ("机关第七分工会2024年工作总结", "一年来，分工会围绕中心工作，" + WORK),
        # a trade alone: some place's industry union, not which one
        ("卫生工会工作计划", "本年度，工会工作在局党委和县总工会的领导下，" + WORK),
        ("交通运输工会工作思路", "结合全县交通运输工会工作实际，重点推进以下工作：" + WORK),
    ],
)
def test_fragments_and_kinds_of_body_name_no_organisation(title, text):
    assert find_org(title, text)[0] is None


@pytest.mark.parametrize(
    "title, text, org, org_type",
    [
        # the verb before a name is dropped: 关于 in a title
        ("关于白桦供电所工会2023年上半年工作的总结", "上半年，供电所工会" + WORK, "白桦供电所", "enterprise"),
        # a place's industry union named in the text's second heading line, the title being bare
        ("交通运输工会工作思路", "交通运输工会工作思路\n东岭县交通运输工会2025年工作思路\n结合全县实际，" + WORK,
         "东岭县交通运输工会", "other"),
        ("", "青禾区卫生工会2024年工作要点\n新的一年，区卫生工会将" + WORK, "青禾区卫生工会", "other"),
        # a real school after a sentence with 学习 is still a name; its place makes 特殊教育学校 one
        ("", "2023年，我们组织全体会员学习，青川县特殊教育学校工会坚持服务教职工，" + WORK,
         "青川县特殊教育学校", "school"),
    ],
)
def test_names_found(title, text, org, org_type):
    got = find_org(title, text)
    assert (got[0], got[1]) == (org, org_type)


def test_a_middle_school_before_its_union_is_still_a_school():
    assert find_org("", "2022年，柳湾中学工会在校党支部领导下，" + WORK)[:2] == ("柳湾中学", "school")
    # the school type from the title stays when the congress word is dropped from the name
    assert find_org_type(WORK, title="教代会学校工会工作报告")[0] == "school"


@pytest.mark.parametrize(
    "title, text, org_type",
    [
        # an anonymised body before its union: which one is hidden, not its kind
        ("", "各位代表：现在，我代表××银行系统工会，向大会报告过去三年的工作，请予审议。" + WORK, "enterprise"),
        ("XX中学工会2023年工作总结", WORK, "school"),
        ("", "2024年，我们代表某某公司工会，" + PLAIN, "enterprise"),
        # the writer's own party committee leads the union in the opening
        ("卫生工会工作计划", "本年度，工会工作在局党委和县总工会的领导下，" + WORK, "agency"),
        ("", "一年来，工会在公司党委的坚强领导下，" + PLAIN, "enterprise"),
        # a community union named by its kind only
        ("", "为发挥社区工会的作用，特制定本计划。我们将完善社区工会的组织架构。" + PLAIN, "other"),
    ],
)
def test_the_kind_of_an_unnamed_writer(title, text, org_type):
    assert find_org(title, text)[0] is None
    assert find_org_type(text, title=title)[0] == org_type


def test_a_bureau_of_educations_committee_leads_an_education_union_not_an_agency():
    text = "一年来，区教育工会在区教育局党委和区总工会的领导下，团结全区教职工，" + WORK
    assert find_org_type(text, title="教育工会工作总结")[0] == "education_union"
    # with no title, the leader cue does not make it an agency
    assert find_org_type("一年来，工会在教育局党委的领导下，" + WORK)[0] != "agency"


@pytest.mark.parametrize(
    "text, org",
    [
        # a group goes by two characters; its union hosting a meeting is the news item's unit
        ("2月26日，青枫集团工会召开2023年度工作会议暨职工代表大会。" + PLAIN, "青枫集团"),
        ("3月18日，青枫集团工会召开全委（扩大）会议，总结去年工作。" + PLAIN, "青枫集团"),
        # no name before 集团, or a superior's group union: no writer
        ("3月18日，集团工会召开全委（扩大）会议，总结去年工作。" + PLAIN, None),
        ("一年来，工会在市商贸集团工会的指导下，" + PLAIN, None),
        # a two-character company name stays too short (供电公司工会召开…)
        ("5月6日，供电公司工会召开职工代表座谈会。" + PLAIN, None),
    ],
)
def test_a_groups_union_hosting_a_meeting(text, org):
    assert find_org("", text)[0] == org


@pytest.mark.parametrize(
    "text, org, org_type",
    [
        # a company's own 总工会 (no place before it): the company
        ("3月20日，华宇长风总工会召开2024年度工会工作总结评比会。" + PLAIN, "华宇长风", "enterprise"),
        ("2023年，远航科技集团总工会坚持服务职工，" + PLAIN, "远航科技集团", "enterprise"),
        # a place's federation stays itself
        ("2023年，荷塘街总工会坚持服务辖区职工，" + PLAIN, "荷塘街总工会", "other"),
        ("2023年，青禾区总工会坚持服务职工，" + PLAIN, "青禾区总工会", "other"),
    ],
)
def test_a_companys_own_federation_is_the_company(text, org, org_type):
    assert find_org("", text)[:2] == (org, org_type)


def test_a_terms_report_is_not_dated_by_the_year_its_term_began():
    from unionmine.documents.describe import find_year

    term = "各位代表：我代表公司工会，向大会报告过去三年的工作。一、工作回顾2019年以来，工会组织认真履职，" + PLAIN
    assert find_year("", term)[0] is None
    assert find_year("", "五年来，2018年以来各级工会不断壮大，" + PLAIN)[0] is None
    # a one-year summary that opens with 2023年以来 is still dated; a report (述职) or a later span is not
    assert find_year("", "2023年以来，柳岸街道总工会坚持服务辖区职工，" + PLAIN)[0] == 2023
    assert find_year("", "2023年以来，柳岸街道总工会坚持服务辖区职工，" + PLAIN, kind="report")[0] is None
    assert find_year("", "我们回顾工作。2023年以来，柳岸街道总工会坚持服务辖区职工，" + PLAIN)[0] is None


def test_a_trades_union_federation_short_form_is_the_writer():
    text = "8月14日上午，青禾市卫健工联会召开上半年工作会议。" + PLAIN + "\n主办单位：青禾市卫生健康委员会"
    assert find_org("", text)[:2] == ("青禾市卫健工联会", "other")
