"""Round 28 (organisations and types): names that describe a body instead of naming it — an ordinal inside the name,
a level and a bare institution, a date's day or a heading's verb glued before a kind of body, a category of
ownership before 工会, an unnamed library's union (own invented fixtures, each with near misses where the rule must not fire)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.college import library_part_type
from unionmine.documents.organisations.described import level_institution, ordinal_head
from unionmine.documents.organisations.named import opens_clause

RULES = default_describe_rules()


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


# ---------------------------------------------------------------- an ordinal inside the name

def test_the_unit_before_the_count_is_the_writer():
    text = "本报讯 6月3日，岚建五建集团首个项目工会联合会在柳溪工地揭牌，集团工会负责人到场祝贺。"
    assert _org("项目工会联合会在工地揭牌", text) == ("岚建五建集团", "enterprise")


def test_a_place_before_the_count_names_no_writer():
    text = "近日，柳溪县首个行业性工会联合会在开发区挂牌，覆盖建材企业九家、会员一千余人。"
    org, org_type = _org("柳溪建材行业有了联合工会", text)
    assert org is None and org_type == "other"  # the counted body's type stays


@pytest.mark.parametrize("org, head", [
    ("岚建五建集团首个项目工会联合会", ("岚建五建集团", "enterprise")),
    ("青岚市第一家非公企业联合工会", (None, None)),
    ("柳溪县首家行业工会联合会", (None, None)),
])
def test_ordinal_head(org, head):
    assert ordinal_head(org, RULES) == head


@pytest.mark.parametrize("org", ["青岚市第一人民医院", "柳溪县第一中学", "岚建五建集团", "首钢集团", None])
def test_an_ordinal_of_the_name_itself_is_no_count(org):
    assert ordinal_head(org, RULES) is None


# ---------------------------------------------------------------- a level and a bare institution

@pytest.mark.parametrize("org", ["市妇幼保健院", "县医院", "区卫生院", "市妇保院", "县文化馆", "展示市妇幼保健院"])
def test_a_level_and_a_bare_institution_names_no_unit(org):
    assert level_institution(org)


@pytest.mark.parametrize("org", ["市口腔医院", "市第一人民医院", "青岚市妇幼保健院", "县中医医院", "市妇幼保健院分院",
                                 "开展市妇幼保健院", "区机关幼儿园", None])
def test_a_specialty_an_ordinal_or_a_place_makes_a_name(org):
    assert not level_institution(org)


def test_a_maternity_hospital_with_its_level_only_is_named_but_not_after_a_verb():
    # ruling (n) of the keys (Round 40 in the code): the page's own hospital by its level and kind is its name
    text = "4月2日，我院组织职工沿江健步走，医护人员和后勤职工一百余人参加。"
    assert _org("市妇幼保健院举办健步走比赛", text) == ("市妇幼保健院", "other")
    text = "为迎接护士节，展示市妇幼保健院护理团队的风貌，院工会于5月10日组织了护理技能比赛。"
    assert _org("护理技能比赛圆满结束", text) == (None, "other")
    # with its place it is named
    assert _org("青岚市妇幼保健院举办健步走比赛", text)[0] == "青岚市妇幼保健院"


# ---------------------------------------------------------------- a date's day glued before a kind of body

def test_a_date_s_day_opens_no_clause():
    assert not opens_clause("于12月28日在图书馆", 7)
    assert not opens_clause("3月开展", 1)
    assert opens_clause("1.图书馆", 2)  # a number that is no date
    assert opens_clause("，图书馆", 1) and opens_clause("图书馆", 0)


def test_a_venue_after_a_date_is_no_writer():
    text = "为迎接元旦，图书馆分工会于12月28日在图书馆三楼报告厅组织了联欢会，馆内职工悉数到场。"
    org, _type = _org("", text)
    assert org is None


# ---------------------------------------------------------------- a heading's verb run into its text

def test_a_heading_run_into_its_text_is_no_name():
    text = "一年来，我街道总工会认真履职。二、加强自身建设，规范工会队伍街道工会坚持每月学习制度，提升干部素质。"
    assert _org("2021年街道工会工作总结", text) == (None, "other")


# ---------------------------------------------------------------- a category of ownership before 工会

@pytest.mark.parametrize("title", ["国企央企工会2023年工作总结", "央企工会2023年工作计划", "外企工会工作总结"])
def test_a_category_of_ownership_names_no_writer(title):
    assert _org(title, "全年，XX公司工会围绕中心工作，为职工办实事十件。")[0] is None


def test_a_company_with_its_own_name_before_its_union_stays():
    assert _org("岚汇物流公司工会2023年工作总结", "全年，岚汇物流公司工会为职工办实事十件。")[0] == "岚汇物流公司"


# ---------------------------------------------------------------- an unnamed library's or archive's union

@pytest.mark.parametrize("title, text", [
    ("图书馆分工会概况", "图书馆分工会有会员六十余人，分为四个小组。"),
    ("记档案馆工会小组的一次参观", "上周五，档案馆工会小组带领会员参观了校史馆。"),
    ("为会员过集体生日", "每个季度，图书馆工会都为当季过生日的教职工办一次生日会。"),
    ("直属单位工会、图书馆工会联合举办乒乓球赛", "比赛于周六举行，三十多名教职工报名。"),
])
def test_an_unnamed_library_s_union_is_a_university_s_department(title, text):
    org, org_type = _org(title, text)
    assert org is None and org_type == "university"


def test_library_part_type_near_misses():
    text = "图书馆分工会组织会员参加活动。"
    assert library_part_type(None, None, "", text, RULES)[0] == "university"
    # a named library (a level before it), a school's library, a named unit, a company's type: unchanged
    assert library_part_type(None, "other", "", "青岚市图书馆工会组织职工参观。", RULES)[0] == "other"
    assert library_part_type(None, "school", "", "柳溪中学图书馆工会组织教师读书。", RULES)[0] == "school"
    assert library_part_type("青岚大学", "university", "", text, RULES)[0] == "university"
    assert library_part_type(None, "enterprise", "", text, RULES)[0] == "enterprise"
    assert library_part_type(None, None, "", "图书馆开展读书月活动，工会组织职工参加。", RULES)[0] is None
