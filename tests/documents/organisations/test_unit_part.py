"""A company's unit named after its parent, its union or its event right after the unit's own words, is the writer
(Round 41); a union named by its people is a body in itself, no company; a particle opens no name. Own invented
lines, near misses included."""

from __future__ import annotations

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.bare import company_federation
from unionmine.documents.organisations.names import malformed
from unionmine.documents.organisations.unit_part import unit_part

RULES = default_describe_rules()


def _part(org: str, title: str, text: str) -> str | None:
    found = unit_part(org, "enterprise", title, text, RULES)
    return found[0] if found else None


def test_a_project_s_union_acting_after_its_parent():
    text = "本报讯 5月8日晚，中铁九局桥梁公司青山项目工会组织全体干部职工集中观看影片。"
    assert _part("中铁九局桥梁公司", "户外活动", text) == "中铁九局桥梁公司青山项目"
    described = describe_article("户外活动", text)
    assert (described["org"], described["org_type"]) == ("中铁九局桥梁公司青山项目", "enterprise")


def test_a_unit_in_the_headline_and_a_division_s_event():
    assert _part("农林集团", "农林集团东湖工会开展秋游活动", "为丰富职工生活，农林集团东湖工会组织职工秋游。") == "农林集团东湖"
    assert _part("中建九局二公司", "检查", "为营造良好环境，中建九局二公司华东事业部于近期组织开展专项检查工作。") \
        == "中建九局二公司华东事业部"
    # a headline's lead before its colon: the unit ends with a unit's suffix (a verb may open its own words)
    assert _part("青石矿业公司", "青石矿业公司建设矿：幸福矿山", "三八节之际，青石矿业公司建设矿组织女职工活动。") \
        == "青石矿业公司建设矿"


def test_near_misses_keep_the_parent():
    opening = "5月8日，青石矿业公司{}组织职工开展徒步活动。"
    for words in ("机关工会", "女职工委员会", "各分工会", "工会", "全体职工"):  # head office, staff, branches, itself
        assert _part("青石矿业公司", "徒步", opening.format(words)) is None
    # the parent's office listed with others before the event; a modifier between
    assert _part("青石公司", "", "8月25日，青石公司法律权益部、工会和某社区联合开展普法活动。") is None
    assert _part("青石公司", "", "8月25日，青石公司财务部的同志组织开展活动。") is None
    # a division word with no head of its own; the parent first written mid-clause; no union and no suffix
    assert _part("青石公司", "", "8月25日，青石公司项目部组织开展活动。") is None
    assert _part("青石公司", "", "职工们来到青石公司东湖项目工会参观。") is None
    assert _part("青石公司", "", "8月25日，青石公司东湖参加比赛。") is None
    # not a company: a school's or a federation's units are read by other rules
    assert unit_part("青石中学", "school", "", "青石中学初三年级组组织活动。", RULES) is None


def test_a_union_named_by_its_people_is_no_company():
    assert not company_federation("青港空勤人员", "青港空勤人员总工会下午发起静坐。")
    assert company_federation("长城", "长城总工会召开会员代表大会。")  # a company's own federation stays the company
    described = describe_article("空总促民航处澄清事件", "青港空勤人员总工会下午在机场大堂发起静坐，表达不满。")
    assert (described["org"], described["org_type"]) == ("青港空勤人员总工会", "other")


def test_a_particle_opens_no_name():
    assert malformed("了理", RULES) is not None  # 为了理学院更快…
    assert malformed("理", RULES) is None


def test_a_union_founded_as_a_federation_s_object():
    from unionmine.documents.organisations.trade_union import trade_union
    text = "小李说自己加入了工会。2019年，柳岸街道总工会成立了青川正北物流市场工会联合会，设立活动中心。"
    assert trade_union("柳岸街道总工会", "做快递小哥的娘家人", text)[0] == "青川正北物流市场工会联合会"
    # founded by no one in the opening: the federation stays
    assert trade_union("柳岸街道总工会", "", "柳岸街道总工会看望青川正北物流市场工会联合会会员。") is None


def test_a_verb_of_joining_opens_no_union_s_name():
    described = describe_article("青川农民加入联合工会", "本报讯 共有2000多名务工农民，立即行动加入联合工会。")
    assert described["org"] is None


def test_a_level_before_an_ordinal_school_in_the_headline():
    described = describe_article("市二中工会举办庆元旦教工趣味运动会", "本网讯 市二中于元旦前夕开始举行了教师趣味运动活动周。")
    assert (described["org"], described["org_type"]) == ("市二中", "school")
    # no event verb at once, or the text never writes it again
    assert describe_article("市二中学生获奖", "市二中学生在比赛中获奖。")["org"] is None
    assert describe_article("市二中工会举办运动会", "全体教师参加了比赛。")["org"] is None


def test_a_level_before_two_characters_of_its_own_with_its_union():
    described = describe_article("看望退休职工", "10月23日上午，区人民医院工会委员来到退休职工家里看望慰问。")
    assert described["org"] == "区人民医院"
    # no union, congress or meeting of its own after it: a bare level with a category stays generic
    assert describe_article("看望退休职工", "10月23日，职工来到区人民医院看病。")["org"] is None
    # an authority's level before two characters stays a bare level with a category (ruling g)
    assert describe_article("检查", "6月2日，市教育局工会开展校园安全检查。")["org"] is None


def test_a_department_of_the_parent_s_office_is_no_unit():
    text = "12月25日起，青航东岭分公司客舱部工会启动了“冬季送温暖”活动。"
    assert _part("青航东岭分公司", "送温暖", text) is None
    assert _part("青石公司", "", "5月，青石公司财务处工会组织职工徒步。") is None
    # a division (事业部) and a project's department (项目部) after a head of their own are units
    assert _part("青石公司", "", "5月，青石公司华东事业部工会组织职工徒步。") == "青石公司华东事业部"
    assert _part("青石公司", "", "5月，青石公司东湖项目部工会组织职工徒步。") == "青石公司东湖项目部"
