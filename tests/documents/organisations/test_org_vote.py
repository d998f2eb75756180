"""Organisation type by a vote of evidence (issue 12, round 17): the name's modifiers, its fuller form in
the text, the title and the text's cues outvote the last suffix. Invented names and sentences."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.types import find_org_type
from unionmine.documents.organisations.vote import vote_org_type

RULES = default_describe_rules()
WORK = "全年组织职工开展健步走、读书会等活动六次，走访慰问困难职工十二户，发放慰问金三万余元。"


@pytest.mark.parametrize(
    "org, first, title, text, expected",
    [
        # a research institute that is a limited company: its fuller form in the text says so
        ("青澜研究院", "other", "",
         "来源：青澜新能源材料研究院有限公司\n2月3日，青澜研究院工会召开年度工作会议。" + WORK, "enterprise"),
        # an institute named after its company and works (…有限责任公司第二炼油厂检测研究所)
        ("检测研究所", "other", "",
         "2023年，松原石化有限责任公司第二炼油厂检测研究所工会围绕生产中心任务开展工作。" + WORK, "enterprise"),
        # a centre whose own name holds its company (烟草, 集团)
        ("柳岸烟草城西配送中心", "other", "", WORK, "enterprise"),
        ("江岭建工集团首个项目工会联合会", "other", "", WORK, "enterprise"),
        # a trade's federation across its companies stays other though its trade is a company's (Round 40)
        ("青澜市邮政行业工会联合会", "other", "", WORK, "other"),
        ("青澜邮政工会联合会", "other", "", WORK, "enterprise"),
        # a tobacco monopoly bureau is the company's local unit
        ("桐江市烟草专卖局", "agency", "", WORK, "enterprise"),
        # a bureau of education's union works for the district's schools...
        ("石湾区教体局", "agency", "石湾区教体局工会举办教职工羽毛球赛",
         "为促进各校（园）之间交流，石湾区教体局工会举办全区教职工羽毛球赛。" + WORK, "education_union"),
        # ...unless it is the bureau's own 机关 union
        ("石湾区教育局", "agency", "石湾区教育局机关工会2023年工作总结",
         "2023年，局机关工会围绕干部职工所需开展工作。" + WORK, "agency"),
        # an education group of kindergartens is a school, not a company
        ("柳溪第二实验幼儿园教育集团", "enterprise", "", WORK, "school"),
        # a hospital a company owns: its fuller form in the text, or its own name, holds the company
        ("滨河瑞安医院", "other", "",
         "2024年，瑞安医疗投资有限公司滨河瑞安医院工会在公司党委的领导下开展工作。" + WORK, "enterprise"),
        ("安平矿业公司职工医院", "other", "", WORK, "enterprise"),
        # a university's own hospital (no name given: the title's unit)
        (None, "other", "校医院分工会举办秋季健步走活动", "11月9日，校医院分工会组织教职工健步走。" + WORK, "university"),
    ],
)
def test_a_vote_outranks_the_last_suffix(org, first, title, text, expected):
    got, evidence = vote_org_type(org, first, title, text, RULES)
    assert got == expected
    assert (evidence != []) == (expected != first)


@pytest.mark.parametrize(
    "org, first, text",
    [
        # a hospital with no company in its name or its fuller form stays a hospital's
        ("东坪县人民医院", "other", "东坪县人民医院工会组织医护人员健步走。" + WORK),
        # a public hospital group's hospital (医疗集团, no company), and a hospital that meets at a company's venue
        ("东坪县医疗集团中心医院", "other", "东坪县医疗集团中心医院工会组织医护人员健步走。" + WORK),
        ("东坪县中医医院", "other", "东坪县中医医院工会与东坪建工有限公司东坪县中医医院联谊。" + WORK),
        # a centre whose fuller form names no company
        ("东坪县疾病预防控制中心", "other", "东坪县疾病预防控制中心工会开展慰问。" + WORK),
        # a company that meets at a centre: the centre is the venue, not the company's unit
        ("东坪县文化中心", "other", "东坪建工有限公司在东坪县文化中心举办职工运动会。" + WORK),
        # a bureau that is not one of education or tobacco
        ("东坪县税务局", "agency", "东坪县税务局机关工会开展慰问。" + WORK),
        # a company group with no school word stays a company
        ("东坪建工集团", "enterprise", "东坪建工集团工会开展慰问。" + WORK),
    ],
)
def test_no_vote_without_its_evidence(org, first, text):
    assert vote_org_type(org, first, "", text, RULES) == (first, [])


def test_a_title_group_with_a_schools_text_is_a_school():
    text = "根据区教育工会的工作要点，围绕学校中心工作，全心全意依靠教职工办好学校。" + WORK
    assert describe_article("集团工会工作计划", text)["org_type"] == "school"
    company = "围绕集团公司生产经营中心任务，团结带领员工建功立业。" + WORK
    assert describe_article("集团工会工作计划", company)["org_type"] == "enterprise"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a provincial department's own union (厅工会, 厅党组)
        ("2022年，省水利厅工会围绕厅党组决策部署，开展机关群团工作。" + WORK, "agency"),
        # a Youth League committee's union
        ("2021年，团市委工会在团市委领导班子的带领下开展工作。" + WORK, "agency"),
        # a company's congress: its chairman and general manager
        ("大会听取了公司董事长、总经理所作的行政工作报告。" + WORK, "enterprise"),
        # a construction site's union
        ("上周，某建工公司城北项目工会为农民工送清凉，项目工会负责人介绍了做法。", "enterprise"),
        # a faculty's own union and congress
        ("基础医学部召开二级教职工代表大会，学院分工会主席作工作报告。" + WORK, "university"),
        # a city federation as the writer
        ("21日，市总工会召开全委会议，总结全市工会工作；市总工会主席出席会议。", "other"),
        # a team led by its workshop's union; a bureau's union led by the organs' working committee
        ("2024年，本组工会在车间工会和单位党组织的领导下开展工作。" + WORK, "enterprise"),
        ("2022年，区档案局工会在区直机关工委和单位党组织的领导下开展工作。" + WORK, "agency"),
    ],
)
def test_the_texts_cues_give_a_type_where_none_was_given(text, expected):
    assert find_org_type(text)[0] == expected


def test_a_schools_own_union_with_branches_is_no_university():
    text = ("5月18日下午，柳溪幼儿师范学校校工会在学校运动场举行全校教职工拔河比赛。参赛队伍以各分工会为组别，校长为获胜队颁奖。"
            + WORK)
    assert find_org_type(text)[0] == "school"
    # without the school's own 校工会, branches still make a 学校 a university
    assert find_org_type("一年来，学校工会认真履行职责，各分工会积极开展活动。" + WORK)[0] == "university"


def test_a_cultural_centre_is_filed_with_the_bureaus():
    got = describe_article("杉岭区文化馆工会2024年工作总结", "2024年，杉岭区文化馆工会以职工之家建设为抓手。" + WORK)
    assert (got["org"], got["org_type"]) == ("杉岭区文化馆", "agency")
