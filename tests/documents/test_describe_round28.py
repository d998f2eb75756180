"""Round 28 (organisations and types): names that describe a body instead of naming it — an ordinal inside the name,
a level and a bare institution, a date's day or a heading's verb glued before a kind of body, a category of
ownership before 工会, an unnamed library's union (own invented fixtures, each with near misses where the rule must not fire)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.org_college import library_part_type
from unionmine.documents.org_described import level_institution, ordinal_head
from unionmine.documents.org_named import _opens_clause

RULES = default_describe_rules()


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


# ---------------------------------------------------------------- an ordinal inside the name

def test_the_unit_before_the_count_is_the_writer():
    text = ("（通讯员 李岚）6月3日，岚建五建集团首个项目工会联合会——柳溪厂房项目工会联合会在青岚揭牌成立，"
            "集团工会主席出席揭牌仪式。")
    assert _org("首个项目工会联合会揭牌成立", text) == ("岚建五建集团", "enterprise")


def test_a_place_before_the_count_names_no_writer():
    text = ("9月8日，柳溪县首个行业性工会联合会——建材行业工会联合会正式成立。柳溪县共有建材企业12家，"
            "职工2100名。县总工会将着手建立其他行业性工会联合会。")
    org, org_type = _org("柳溪成立建材联合会", text)
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


def test_a_maternity_hospital_with_its_level_only_is_no_writer_but_keeps_its_type():
    text = "3月6日，我院举办职工趣味运动会，院领导出席开幕式，二十支代表队参加集体跳绳，医护人员踊跃参与。"
    assert _org("市妇幼保健院举办职工趣味运动会", text) == (None, "other")
    text = ("为庆祝“三八”国际劳动妇女节，展示市妇幼保健院女职工风采，3月7日下午，市妇保院举办了一场踢毽子比赛，"
            "院工会积极筹备。")
    assert _org("“三八”节活动精彩纷呈", text) == (None, "other")
    # with its place it is named
    assert _org("青岚市妇幼保健院举办职工趣味运动会", text)[0] == "青岚市妇幼保健院"


# ---------------------------------------------------------------- a date's day glued before a kind of body

def test_a_date_s_day_opens_no_clause():
    assert not _opens_clause("于1月10日在图书馆", 6)
    assert not _opens_clause("3月开展", 1)
    assert _opens_clause("1.图书馆", 2)  # a number that is no date
    assert _opens_clause("，图书馆", 1) and _opens_clause("图书馆", 0)


def test_a_venue_after_a_date_is_no_writer():
    text = ("为庆祝新春佳节，丰富教职工文化生活，图书馆分工会于1月10日在图书馆813会议室举办了迎新年系列活动。"
            "图书馆全体教职工参加了活动。")
    org, _type = _org("", text)
    assert org is None


# ---------------------------------------------------------------- a heading's verb run into its text

def test_a_heading_run_into_its_text_is_no_name():
    text = ("2021年，我街道总工会在街道党工委的重视支持下，认真履行工会职能。一、健全组织机构，规范工会队伍街道工会"
            "为切实加强基层工会的组织建设，推进街道工会规范化建设。")
    assert _org("2021年街道工会工作总结", text) == (None, "other")


# ---------------------------------------------------------------- a category of ownership before 工会

@pytest.mark.parametrize("title", ["国企央企工会2023年工作总结", "央企工会2023年工作计划", "外企工会工作总结"])
def test_a_category_of_ownership_names_no_writer(title):
    assert _org(title, "2023年，在集团公司党委的坚强领导下，XX公司工会认真履职尽责。")[0] is None


def test_a_company_with_its_own_name_before_its_union_stays():
    assert _org("岚汇物流公司工会2023年工作总结", "2023年，岚汇物流公司工会认真履职尽责。")[0] == "岚汇物流公司"


# ---------------------------------------------------------------- an unnamed library's or archive's union

@pytest.mark.parametrize("title, text", [
    ("图书馆分工会简介", "图书馆分工会现有会员六十余人，下设四个工会小组，坚持以教职工为中心开展工作。"),
    ("博识洽闻 健康生活——记档案馆工会小组活动", "3月20日，档案馆工会小组组织全体会员参观校史展览，会员们深受教育。"),
    ("庆生日 送温馨", "多年来，图书馆工会坚持为教职工举办集体生日会，教职工感受到大家庭的温馨。"),
    ("直属单位工会、图书馆工会举办羽毛球比赛", "11月3日，比赛在体育馆举行，四十余名教职工参加。"),
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
