"""Round 40 (organisation types): a named unit's own kind word, a body's union opening the text with its own event,
a university told by its officers, an unnamed college's or university administration's union, and a place's union
that writes of firms (own invented fixtures, each with near misses where the rule must not fire)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.kind_word import named_kind_type
from unionmine.documents.organisations.types import find_org_type
from unionmine.documents.organisations.writer_type import writer_kind_type

RULES = default_describe_rules()


# ---------------------------------------------------------------- a named unit's own kind word

@pytest.mark.parametrize(("org", "before", "after"), [
    ("青岚市快递行业工会联合会", "enterprise", "other"),  # a trade's joint union (ruling k), not a company's unit
    ("柳溪镇联合工会", "enterprise", "other"),
    ("青岚医疗集团", "enterprise", "other"),  # a public hospital group
    ("柳溪县职教中心", "other", "school"),  # a vocational school
    ("柳溪县北关乡学区工会", "other", "education_union"),  # a township's schools under one union
    ("青岚工务段", None, "enterprise"),  # a railway depot left untyped
    ("青岚分院", None, "other"),  # a hospital or an institute left untyped
    ("青岚八一五队", None, "other"),  # a survey team left untyped
    ("青岚市局（公司）", "agency", "enterprise"),  # a tobacco bureau that is a company too
])
def test_a_name_s_own_kind_word_decides(org, before, after):
    got, evidence = named_kind_type(org, before)
    assert got == after and evidence


@pytest.mark.parametrize(("org", "before"), [
    ("青岚医疗集团有限公司", "enterprise"),  # a company that owns hospitals
    ("青岚分院", "university"),  # a college's branch already typed: only an untyped name is made other
    ("青岚集团联合工会", "enterprise"),  # a unit's own joint union stays the unit's (ruling k)
    ("白沙镇教育工会联合会", "education_union"),
    ("青岚研究院", "other"),  # an institute with no group's union in the text (see below)
    ("青岚工务段", "agency"),
    ("青岚市教育局", "agency"),
    ("青岚学区路小学", "school"),  # a school on a road named 学区路
    (None, "school"),
])
def test_other_names_keep_their_type(org, before):
    assert named_kind_type(org, before) == (before, [])


def test_an_institute_whose_union_answers_to_its_group_s_is_a_company_s_unit():
    text = "会议传达了集团工会关于推进产业工人队伍建设的精神，回顾了研究院工会一年的工作。"
    assert named_kind_type("青岚研究院", "other", text)[0] == "enterprise"
    assert named_kind_type("青岚研究院", "other", "会议传达了市总工会的精神。")[0] == "other"


# ---------------------------------------------------------------- a body's union opening the text with its own event

def test_a_group_s_union_opening_with_its_event_is_a_company_s():
    text = "8月9日下午，集团工会就职工停车棚建设完成情况开展了职工代表巡检工作。职工代表听取了汇报。"
    assert find_org_type(text, RULES)[0] == "enterprise"


def test_a_centre_s_union_opening_with_its_purpose_is_other():
    text = "9月29日上午，中心工会为了活跃职工文化生活，在中心开展了一次齐步走比赛。"
    assert find_org_type(text, RULES)[0] == "other"


@pytest.mark.parametrize("text", [
    # the upper unions a school or a company reports on: not the writer
    "为搭建交流平台，区教育工会于5月18日组织了教职工乒乓球比赛。我校工会组织了6位老师参赛，老师们认真备赛。",
    "3月12日，公司召开工会工作会议。在青岚市总工会举办的征文活动中，公司职工获奖，公司工会受到表彰。",
])
def test_an_upper_union_s_event_does_not_type_the_writer(text):
    assert find_org_type(text, RULES)[0] not in ("education_union", "other")


def test_an_event_s_union_after_the_writer_s_own_does_not_type_it():
    text = "我院工会关心医护人员，慰问患者家属。一年来，学校工会组织教职工开展篮球比赛。"
    assert find_org_type(text, RULES)[0] == "other"  # (the hospital's cue words, not 学校工会组织)


def test_an_institute_s_union_by_所_is_other():
    assert find_org_type("9月7日，神经所工会召开了工作例会，对上半年工作进行了小结。", RULES)[0] == "other"


def test_the_body_that_answers_an_upper_union_writes():
    text = "近日，省总工会在全省范围内开展金秋助学活动。公司工会高度重视，结合公司实际进行了调查和筛选。"
    assert find_org_type(text, RULES)[0] == "enterprise"


def test_an_upper_union_alone_still_types_the_text():
    text = "近日，省总工会在全省范围内开展金秋助学活动，各级工会积极响应。"
    assert find_org_type(text, RULES)[0] == "other"


# ---------------------------------------------------------------- a university told by its officers

def test_a_school_whose_party_secretary_is_a_university_s_is_a_university():
    text = ("3月22日上午，我校教代会提案审查工作会议召开。校党委副书记某某、副校长某某参加会议。"
            "会上通报了校工会关于提案初审结果。")
    assert find_org_type(text, RULES)[0] == "university"


def test_a_school_with_a_party_secretary_and_a_kind_of_school_stays_a_school():
    text = "我校教代会召开。校党委副书记某某参加会议，初中部和高中部的教师代表发言，班主任代表汇报工作。"
    assert find_org_type(text, RULES)[0] == "school"


# ---------------------------------------------------------------- an unnamed college's or university organs' union

def test_a_college_s_union_speaking_of_its_teaching_staff_is_a_university_s():
    text = "6月2日，院工会组织了第十二届教职工掼蛋比赛。本次比赛得到了全院广大教职工的热烈响应。"
    got, evidence = writer_kind_type(None, "school", "院工会举办教职工掼蛋比赛", text, [], RULES)
    assert got == "university" and evidence
    text = "工会一行慰问了志愿服务的全体教职工。教职工感受到了学院工会的温暖与关怀。"
    assert writer_kind_type(None, "school", "", text, [], RULES)[0] == "university"
    # (the near miss of Round 27's college_part_type, a lone college, is a college: university as the keys type 学院)
    assert describe_article("", "我院工会组织教职工开展健步走活动，全院教职工一百余人参加。")["org_type"] == "university"


@pytest.mark.parametrize("text", [
    "院工会组织教职工开展登山活动，全院医护人员和教职工参加，门诊照常。",  # a hospital's (医护, 门诊)
    "院工会组织职工开展登山活动，全院干部职工参加。",  # no teaching staff
    "我院幼儿园工会组织教职工开展活动，教职工热情参与。",  # a kind of school named
    "本次比赛由学校工会主办、青岚学院工会协办，教职工一百余人参加，教职工到场。",  # another college's union
])
def test_a_hospital_s_or_an_organ_s_院工会_is_no_college(text):
    assert writer_kind_type(None, "school", "", text, [], RULES) == ("school", [])


def test_a_university_s_organs_whose_staff_are_teaching_staff_are_a_university_s():
    text = "为庆祝三八妇女节，加强对女性教职工的关心关爱，机关一分工会开展了主题活动，助力大学建设。"
    got, _ = writer_kind_type(None, "agency", "机关一分工会开展主题活动", text, [], RULES)
    assert got == "university"


@pytest.mark.parametrize("text", [
    "局机关工会组织干部职工开展健步走活动，机关干部参加。",  # a bureau's organs: no teaching staff
    "教育局机关工会组织教职工代表座谈，听取学校的意见。",  # a bureau of education's organs
    "我局机关工会组织全局干部职工开展活动。学校工会组织教职工开展篮球比赛。",  # a bureau speaking as itself
])
def test_a_government_organ_s_union_stays_an_agency(text):
    assert writer_kind_type(None, "agency", "", text, [], RULES)[0] == "agency"


def test_organs_that_call_themselves_a_school_keep_the_title_s_kind():
    text = "2023年，我校工会在党支部的领导下开展工作，召开了教职工代表大会。"
    assert writer_kind_type(None, "agency", "2023年机关工会工作总结", text, [], RULES) == ("agency", [])


# ---------------------------------------------------------------- a party school, a vocational school

def test_a_party_school_s_union_is_other():
    text = "1月16日下午，校工会组织教职工开展迎新春文体活动。"
    assert writer_kind_type(None, "school", "市委党校工会举办迎新春文体活动", text, [], RULES)[0] == "other"


def test_a_school_that_sends_staff_to_a_party_school_stays_a_school():
    text = "校工会组织教职工开展文体活动，两名教师参加了市委党校的培训。"
    assert writer_kind_type(None, "school", "校工会举办文体活动", text, [], RULES) == ("school", [])


def test_a_title_s_vocational_school_types_an_unnamed_writer():
    got, _ = writer_kind_type(None, "enterprise", "区职专工会2023年工作总结", "全区企业…", [], RULES)
    assert got == "school"


# ---------------------------------------------------------------- a place's union that writes of firms

_COUNTED = ["org_type enterprise from 3 cue words in text"]


def test_a_place_s_union_writing_of_firms_is_other():
    text = "今年以来，在县委的正确领导下，全县深入企业、车间、班组开展宣讲，企业职工技能进一步提高。"
    got, evidence = writer_kind_type(None, "enterprise", "", text, _COUNTED, RULES)
    assert got == "other" and evidence


@pytest.mark.parametrize("text", [
    "公司工会深入车间、班组开展宣讲，全县企业中我公司职工技能领先。",  # speaks as a company
    "企业工会深入车间、班组开展宣讲，企业职工技能进一步提高。",  # no place, one federation at most
])
def test_a_firm_s_own_text_stays_an_enterprise(text):
    assert writer_kind_type(None, "enterprise", "", text, _COUNTED, RULES)[0] == "enterprise"


def test_firms_not_counted_keep_the_title_s_type():
    text = "全县深入企业开展宣讲。"
    assert writer_kind_type(None, "enterprise", "", text, ["org_type enterprise: the title names a 企业"], RULES) \
        == ("enterprise", [])
