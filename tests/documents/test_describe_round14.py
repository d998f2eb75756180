"""Round 14 of describing (issue 12): organisations on real pages. Invented wording only, none copied from a page.

Where the writer's name sits in the text's structure: the opening clause's subject (its union followed by a
verb, by part-of-speech), a unit the news later calls 该厂/该公司, a year opening the clause, the body a union's
people go to (到X慰问/调研), a lower union honoured, a place's own union, a title's town education union or
numbered congress; and what is no name: an anonymised body, a lone adjective, a time word, a clause's words.
"""

import pytest

from unionmine.documents.describe import describe_article, find_org
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.name_pos import clause_tail, union_then_verb

PLAIN = "全年组织职工参加健步走、篮球赛等活动，走访慰问困难职工二十余人次，职工满意度逐步提高。"


@pytest.mark.parametrize(("after", "subject"), [
    ("工会迎来了建会十周年的日子", True),  # a verb
    ("工会已经完成换届选举", True),  # an adverb
    ("工会于3月举办", True),  # a one-character preposition
    ("工会主席李明", False),  # a noun: a noun phrase
    ("工会经费收支情况", False),
    ("工会工作要点", False),  # a verbal noun
    ("工会组织建设", False),  # the union's organisation
    ("主席团", False),  # no union
])
def test_a_union_followed_by_a_verb_is_the_clause_subject(after, subject):
    assert union_then_verb(after) is subject


@pytest.mark.parametrize(("title", "text", "org"), [
    # a weak suffix (局) as the subject of a clause whose verb is not in any list
    ("", "当新年的钟声敲响，青岚林业局工会迎来了建会十周年的日子。" + PLAIN, "青岚林业局"),
    # a unit the news item later calls 该厂 through its union
    ("", "电力信息网讯 近日，华能桐川热电厂2号机组大修进入攻坚阶段。该厂工会为参修职工送去防暑用品。" + PLAIN,
     "华能桐川热电厂"),
    # a year that opens the clause, glued to the title before it (flattened page)
    ("教育工会2022年工作总结", "教育工会2022年工作总结2022年临溪县教育工会工作在县委教育工委的领导下，" + PLAIN,
     "临溪县教育工会"),
    # a town's education union in an official title: place, year, union, genre
    ("柳河镇2024年教育工会工作汇报", "一、关心教师生活\n" + PLAIN, "柳河镇教育工会"),
    # a title opening with the writer's short name before its numbered congress
    ("青川地铁工会二届三次会员代表大会", "大会听取了工会工作报告。" + PLAIN, "青川地铁"),
    # a zone's own union, the clause's subject before a federation named later in the opening
    ("", "6月3日，江屿高新区工会第一次代表大会召开。区领导出席并讲话。高新区总工会的成立是一件大事。" + PLAIN,
     "江屿高新区工会"),
    # a street's federation (the street named with its union) is the writer, filed with its union
    ("工会年度工作总结", "荻溪区柳岸街道总工会2023年度工作总结\n回顾一年，街道总工会坚持服务职工。" + PLAIN,
     "荻溪区柳岸街道总工会"),
    # a bare name's people word before 工会 is the staff of the unit (东岳外服雇员工会: 东岳外服)
    ("助力发展东岳外服雇员工会开展专题调研", "近日，东岳外服雇员工会在客户中开展了一次专题调研。" + PLAIN,
     "东岳外服"),
    # a name holding 工会 is part of a union (收费站工会小组), not a unit: the opening names the unit
    ("收费站工会小组2023年工作总结", "2023年，青石收费站工会在路段分公司工会的领导下，" + PLAIN, "青石收费站"),
    # a bare level with the unit's own name, the subject of its own congress
    ("市清泉水务有限公司 召开第五届职工代表大会", "5月8日，市清泉水务有限公司召开第五届职工代表大会。" + PLAIN,
     "市清泉水务有限公司"),
])
def test_the_writer_where_the_structure_names_it(title, text, org):
    assert find_org(title, text)[0] == org


@pytest.mark.parametrize(("title", "text"), [
    # the report is given for an anonymised body: no organisation
    ("工会年度工作报告", "各位委员：受XX新区总工会第一届委员会委托，我向全委会报告工作，请予审议。" + PLAIN),
    # a year that does not open a clause: 2025年工作计划报区总工会 is no name
    ("关于报送年度总结的通知", "请各基层工会于1月10日前将2025年工作计划报区总工会办公室。" + PLAIN),
    # a lone adjective before the kind of body
    ("", "为丰富医院职工业余生活，我院工会在门诊楼建设了职工书屋。" + PLAIN),
    # time words before the kind of body
    ("", "特制定2024年度幼儿园工会工作计划如下。" + PLAIN),
    ("", "会上，主席对上学期学院工会工作进行了回顾。" + PLAIN),
    # a clause's words (全面, 总结) before the kind of body
    ("", "摘要：报告全面总结医院过去一年的工作。" + PLAIN),
    # 值此 opens a clause
    ("工会工作报告", "值此青山镇教化工会第二届一次教职工代表大会召开之际，我代表工会向大会报告。" + PLAIN),
])
def test_no_organisation_from_these(title, text):
    assert find_org(title, text)[0] is None


def test_an_anonymised_mark_before_the_year_does_not_hide_a_name():
    org = find_org("企业工会总结", "202x年东岭分公司第二项目部工会在分公司工会的支持下成立。" + PLAIN)[0]
    assert org == "东岭分公司第二项目部"


def test_a_report_given_for_a_body_takes_its_longest_name_not_its_committee():
    text = "各位代表：受南岭大学医学院第三届教代会主席团和第九届工会委员会的委托，向大会报告工作，请审议。" + PLAIN
    assert find_org("2023年工作回顾", text)[0] == "南岭大学医学院"
    text = "各位代表：受溪川区教育工会委员会委托，我向大会报告一年来的工作。" + PLAIN
    assert find_org("区教育工会工作报告", text)[0] == "溪川区教育工会"


def test_a_task_commissioned_is_no_report_given_for_the_body():
    text = "近日，受江州市总工会委托，为了解企业复工情况，东岳外服雇员工会在客户中开展了专题调研。" + PLAIN
    assert find_org("", text)[0] != "江州市总工会"


@pytest.mark.parametrize(("title", "text", "org"), [
    # a federation's people go to a unit (到X（公司）慰问): the unit is the subject of the news
    ("江州省总工会领导到基层慰问一线职工", "12月5日，江州省总工会领导在市总工会领导陪同下，到青州市自来水公司（集团）"
     "慰问一线职工。" + PLAIN, "青州市自来水公司"),
    # no federation named at all: the unit visited
    ("", "3月2日，市总工会领导班子一行到东岭市气象局指导工会工作，要求加强组织建设。" + PLAIN, "东岭市气象局"),
    # a lower union honoured by the federation that publishes the list
    ("", "近日，临江市总工会公布2024年度“五好”镇工会名单，桃溪镇总工会获评2024年度“五好”镇工会。" + PLAIN,
     "桃溪镇总工会"),
])
def test_a_news_item_is_filed_under_the_unit_visited_or_honoured(title, text, org):
    assert describe_article(title, text)["org"] == org


def test_a_visit_needs_a_union_s_people():
    text = "5月6日，王某到青州市人民医院检查身体，" + PLAIN  # 到…检查 without a union: no visit
    assert describe_article("", text)["org"] != "青州市人民医院" or "visits" not in " ".join(
        describe_article("", text)["evidence"])


def test_a_schools_teaching_office_or_primary_section_is_no_university():
    # 学部 was tried as a university cue and undone: it sits inside 教学部门 and a school's 小学部
    for opening in ("我校依托教育教学部门开展青年教师培训。", "我校小学部和初中部教职工共一百二十人。"):
        got = describe_article("2024年学校工会工作计划", opening + PLAIN)
        assert got["org_type"] == "school", opening


def test_the_lone_adjective_rule_keeps_names():
    rules = default_describe_rules()
    for head, suffix in [("光明", "中学"), ("育才", "学校"), ("红星", "小学"), ("青河", "二中")]:
        assert clause_tail(head, suffix, tuple(rules.verbs_before_name)) == head


def test_a_place_after_a_verb_starts_the_name():
    # a flattened page runs the title's slogan into the name: …大力推进学校工作 + 青州市第二中学
    text = "中学工会工作总结全面履行工会职责大力推进学校工作青州市第二中学工会工作总结2023年，我校工会在学校党总支的领导下，" + PLAIN
    assert find_org("中学工会工作总结", text)[0] == "青州市第二中学"
    assert clause_tail("北京市海淀区", "实验小学") == "北京市海淀区"  # places in a row stay one name
