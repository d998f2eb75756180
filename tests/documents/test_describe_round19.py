"""Round 19 (organisations, precision first): guards that name none, and the unit a news text calls 该X (own fixtures)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.guard import common_noun_kind, guard_org, outsider_federation
from unionmine.documents.organisations.named import referred_unit
from unionmine.documents.organisations.names import own_place, places_above

RULES = default_describe_rules()


# ---------------------------------------------------------------- a federation outside the writer


@pytest.mark.parametrize("text", [
    # the city's education union holds a match, the school's union takes part
    "青川市教育工会今年秋季组织全市中小学教师开展篮球联赛，我校工会选派十名教师组队参赛，最终获得第三名。",
    # the federation awards, the company's team is honoured
    "日前，北岭市总工会公布年度先进集体名单，我公司检修班名列其中，被授予“工人先锋号”。",
])
def test_a_federation_named_where_the_writer_calls_itself_a_school_or_company_is_an_outsider(text):
    described = describe_article("", text)
    assert described["org"] is None
    assert any("a federation outside a writer" in e for e in described["evidence"])


def test_a_federation_that_writes_is_still_named():
    # near miss: the federation acts and no school or company speaks of itself
    text = "3月2日，青川市教育工会召开十届三次全委会，各区教育工会主席参加会议。"
    assert describe_article("", text)["org"] == "青川市教育工会"
    assert not outsider_federation("青川市教育工会", text, RULES)
    # a town speaking of itself (我镇) is the town's own union body, no outsider
    assert not outsider_federation("柳溪镇总工会", "柳溪镇总工会召开全委会，我镇各企业工会主席参加。", RULES)
    # the federation speaking of itself, asking each school to act 结合本校实际: the writer
    text = "20___年，我们柳溪镇教育工会在县教育工会的领导下，要求各分工会结合本校实际开展学习活动。我校……"
    assert not outsider_federation("柳溪镇教育工会", text, RULES)
    assert not outsider_federation("柳溪镇教育工会", "柳溪镇教育工会要求各分工会结合本校实际开展学习活动。", RULES)
    # a school's own union styled an education union is no place's federation
    assert not outsider_federation("柳溪中心小学教育工会", "柳溪中心小学教育工会召开会议，我校教职工参加。", RULES)


def test_a_title_that_names_the_federation_is_never_guarded():
    title = "青川市教育工会2023年工作总结"
    text = "一年来，市教育工会围绕中心工作，指导各校工会开展活动，我校……的经验在全市推广。"
    assert guard_org("青川市教育工会", "title", [], title, text, RULES) is None
    assert describe_article(title, text)["org"] == "青川市教育工会"


# ---------------------------------------------------------------- a kind of body used as a common noun


@pytest.mark.parametrize(("title", "text"), [
    ("幼儿园工会工作计划", "本学期我园工会将围绕保教中心，厘清幼儿园未来三年的办园思路，并做好以下几项工作。"),
    ("幼儿园工会工作计划", "本年度我园工会将紧跟保教中心，谋划幼儿园未来三年的发展蓝图，并做好以下工作。"),
])
def test_a_kind_of_body_after_a_verb_is_no_name_on_a_page_titled_by_that_kind(title, text):
    described = describe_article(title, text)
    assert described["org"] is None
    assert any("a kind of body after a verb" in e for e in described["evidence"])


@pytest.mark.parametrize(("title", "org", "text"), [
    # near misses: the named unit is its clause's subject (its union, a predicate), or holds a place
    ("幼儿园工会工作总结", "阳光幼儿园", "3月8日，阳光幼儿园工会组织全体教职工开展插花活动，我园教师纷纷参加。"),
    ("幼儿园工会工作总结", "阳光幼儿园", "阳光幼儿园在三月开展了插花活动，我园教师纷纷参加。"),
    ("幼儿园工会工作总结", "城北区阳光幼儿园", "节日里，城北区阳光幼儿园全体教师欢聚一堂，我园工会送上祝福。"),
    # a title that names no kind: a school named once before its staff's match is the school
    ("冬日赛场 热力十足", "青石湖中学", "发令枪一响，青石湖中学教职工趣味接力赛拉开帷幕。我校各年级组都派出了队伍。"),
])
def test_a_unit_named_as_a_subject_with_its_place_or_under_another_title_stays_named(title, org, text):
    assert not common_noun_kind(org, title, text, RULES)
    assert describe_article(title, text)["org"] == org


def test_the_kind_guard_leaves_a_name_no_self_word_speaks_for():
    # near miss: the same phrase with no 我园 in the text
    text = "本学期将围绕保教中心，厘清幼儿园未来三年的办园思路。"
    assert not common_noun_kind("厘清幼儿园", "幼儿园工会工作计划", text, RULES)


# ---------------------------------------------------------------- the unit a news text calls 该X


@pytest.mark.parametrize(("text", "org"), [
    ("近日，远山能源青石矿业北坡煤矿机电队的职工代表收到了工会送来的助学金。据悉，该矿工会今年已为32名职工子女发放助学金。",
     "远山能源青石矿业北坡煤矿"),
    ("南湖铁路公司东湖维修段的多个工区散布在山区沿线。这几年，该段工会带着职工亲手把工区打扮成了花园。",
     "南湖铁路公司东湖维修段"),
])
def test_the_unit_a_news_text_calls_gai_x_is_named_when_its_union_acts(text, org):
    found = referred_unit(text, RULES)
    assert found is not None and found[0] == org
    described = describe_article("", text)
    assert (described["org"], described["org_source"]) == (org, "text")


@pytest.mark.parametrize("text", [
    # near misses: 该矿 refers back but its union does not act; the referring word heads no name of the opening
    "近日，远山能源集团北坡煤矿机电队的职工代表收到了助学金。该矿机电队职工表示感谢。",
    "近日，工会干部走访困难职工家庭，送去慰问金。据悉，该矿工会今年已为32名职工子女发放助学金。",
])
def test_no_referred_unit_without_its_acting_union_or_a_name_ending_with_its_word(text):
    assert referred_unit(text, RULES) is None


# ---------------------------------------------------------------- the unit's own name starts at its own place


@pytest.mark.parametrize(("org", "own"), [
    ("山东省青河市柳湾区总工会", "青河市柳湾区总工会"),  # a wire's province before the city
    ("江西石桥县枫林乡中心小学", "石桥县枫林乡中心小学"),  # a bare province name before the county
    # near misses: a province before the school's own name (no place of its own), a state-level new area,
    # a municipality's district, a province's own federation
    ("江苏省青河中学", "江苏省青河中学"),
    ("四川青岚新区青禾幼儿园", "四川青岚新区青禾幼儿园"),
    ("上海市柳湾区教育工会", "上海市柳湾区教育工会"),
    ("广东省总工会", "广东省总工会"),
    # a region's own body: its 自治区 is no district under it (Round 29); a city under a region drops the region
    ("内蒙古自治区青原检察院", "内蒙古自治区青原检察院"),
    ("广西壮族自治区总工会", "广西壮族自治区总工会"),
    ("广西壮族自治区青河市柳湾区总工会", "青河市柳湾区总工会"),
])
def test_a_province_before_the_units_own_city_or_county_is_no_part_of_its_name(org, own):
    assert own_place(org) == own


def test_a_title_name_with_its_own_city_is_not_lengthened_by_places_above_it():
    title = "石桥市金湾小学工会举行教师节系列活动"
    text = "本网讯 教师节前夕，江西青岚石桥市金湾小学工会举办表彰会，为二十名优秀教师颁发证书。"
    assert places_above("石桥市金湾小学", "江西青岚石桥市金湾小学")
    assert describe_article(title, text)["org"] == "石桥市金湾小学"
    # near miss: a title name without its own county takes the opening's fuller form
    assert not places_above("金湾小学", "石桥市金湾小学")
    title2 = "金湾小学工会举行教师节系列活动"
    text2 = "教师节前夕，石桥市金湾小学工会举办表彰会，为二十名优秀教师颁发证书。"
    assert describe_article(title2, text2)["org"] == "石桥市金湾小学"


# ---------------------------------------------------------------- a verb phrase before a kind of body


@pytest.mark.parametrize(("text", "org"), [
    # a head that is nothing but a verb of going names nothing
    ("随后，参观医院新落成的职工书屋，大家连连称赞。", None),
    # a verb's aspect particle ends a clause: no 诉说着医院
    ("清晨的病房里，一张张贺卡诉说着医院工会对护士们的感谢。", None),
])
def test_a_verb_before_a_kind_of_body_is_no_part_of_a_name(text, org):
    assert describe_article("", text)["org"] == org


def test_a_name_that_only_opens_with_a_verb_of_going_keeps_it():
    # near miss: 到 inside a longer head cuts it there; a place that merely starts like a breaker stays whole
    assert describe_article("", "3月5日，青禾镇中心小学工会组织教师到柳岸村开展志愿服务。")["org"] == "青禾镇中心小学"
    assert describe_article("", "3月5日，向阳县第五中学召开第三届教代会。")["org"] == "向阳县第五中学"
