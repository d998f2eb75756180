"""Round 40 (organisation types): a named unit's own kind word, a body's union opening the text with its own event,
a university told by its officers, an unnamed college's or university administration's union, and a place's union
that writes of firms (own invented fixtures, each with near misses where the rule must not fire)."""

from __future__ import annotations

import pytest

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
    ("青岚市局（公司）", "agency", "enterprise"),  # a tobacco bureau that is a company too
])
def test_a_name_s_own_kind_word_decides(org, before, after):
    got, evidence = named_kind_type(org, before)
    assert got == after and evidence


@pytest.mark.parametrize(("org", "before"), [
    ("青岚医疗集团有限公司", "enterprise"),  # a company that owns hospitals
    ("青岚分院", "university"),  # a college's branch already typed: 院 only types an untyped name
    ("青岚工务段", "agency"),
    ("青岚市教育局", "agency"),
    ("青岚学区路小学", "school"),  # a school on a road named 学区路
    (None, "school"),
])
def test_other_names_keep_their_type(org, before):
    assert named_kind_type(org, before) == (before, [])


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


@pytest.mark.parametrize("text", [
    "院工会组织教职工开展登山活动，全院医护人员和教职工参加，门诊照常。",  # a hospital's (医护, 门诊)
    "院工会组织职工开展登山活动，全院干部职工参加。",  # no teaching staff
    "我院幼儿园工会组织教职工开展活动，教职工热情参与。",  # a kind of school named
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
])
def test_a_government_organ_s_union_stays_an_agency(text):
    assert writer_kind_type(None, "agency", "", text, [], RULES)[0] == "agency"


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
