"""Round 25 (organisation types): a university that calls itself only 学校/我校, told by a bare 学院 spoken of as
its own body, by 高校 as its peers or by a faculty's own union; a 职院 is a college (own fixtures, each with near
misses where the rule must not fire)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.college import college_type
from unionmine.documents.organisations.organiser import organiser_union
from unionmine.documents.organisations.vote import vote_org_type

RULES = default_describe_rules()


@pytest.mark.parametrize("text", [
    "近日，我校教职工乒乓球比赛在学院体育馆举行，来自各部门的四十余名教职工参赛。我校工会精心组织。",
    "一年来，在学院党政的大力支持下，学校工会紧紧围绕中心工作，我校教职工积极参与各项活动。",
    "学校工会将继续团结广大教职工，以饱满的干劲投入到学院发展的各项工作中。我校教职工表示满意。",
    "学校工会组织教职工参加全市各高校教职工健步走活动，我校代表队取得佳绩，全校教职工深受鼓舞。",
    "据悉，全省仅有两所高校工会获此殊荣，我校工会女职工委员会位列其中，学校工会表示祝贺。",
    "本次比赛由学校工会主办、化工学院工会承办，我校教职工一百余人参加，全校师生到场观看。",
    "为丰富教职工文化生活，外国语学院工会于近日组织登山活动，我校工会给予支持。",
])
def test_a_university_s_own_words_type_it_university(text):
    described = describe_article("学校工会举办教职工活动", text)
    assert (described["org"], described["org_type"]) == (None, "university")
    # the rule itself, on a text the other rules typed school
    assert college_type(None, "school", "学校工会举办教职工活动", text, RULES)[0] == "university"


@pytest.mark.parametrize("text", [
    # a college named by its own name: another body a school visits or cites
    "近日，我校工会组织教职工赴青岚师范学院参观学习，全校教职工收获颇丰，学校工会表示感谢。",
    "学校工会邀请柳溪医学院专家来校讲座，我校教职工五十余人参加，全校教职工反响热烈。",
    "我校教职工在青岚交通技师学院参加技能培训，学校工会全程组织，我校教职工积极参与。",
    # a school's own words: a kind of school named, a school's 校工会
    "学校工会组织教职工参观学院体育馆，我校初中部教师积极参与，全校教职工受益。",
    "我校工会组织班主任参加各高校组织的培训，学校工会精心安排，我校教职工积极参与。",
    "青岚实验中学校工会组织教职工在学院体育馆开展活动，我校教职工踊跃参加。",
    # a street named 学院, universities not as peers
    "我校工会组织教职工沿学院路开展健步走，学校工会精心组织，我校教职工积极参与。",
    "我校毕业生多人考入高校深造，学校工会组织教职工座谈，我校教职工畅谈体会。",
    # a college whose name is no field of study (an institution's own name)
    "本次比赛由学校工会主办、青岚学院工会协办，我校教职工一百余人参加，全校教职工到场。",
])
def test_no_university_from_another_college_or_a_school_s_own_words(text):
    assert describe_article("学校工会举办教职工活动", text)["org_type"] != "university"


def test_only_a_school_type_or_none_is_replaced_and_a_named_unit_never():
    text = "在学院党政的大力支持下，工会工作取得新进展。"
    assert college_type(None, "school", "", text, RULES)[0] == "university"
    assert college_type(None, None, "", text, RULES)[0] == "university"
    assert college_type(None, "other", "", text, RULES) == ("other", [])  # a hospital's 临床医学院…: its type stands
    assert college_type("青岚实验小学", "school", "", text, RULES) == ("school", [])


def test_a_zhiyuan_is_a_college():
    title = "绵阳运输职院工会“爱心妈咪小屋”成教职工最爱"
    text = "近日，绵阳运输职院工会“爱心妈咪小屋”正式启用，学校工会为哺乳期女教职工提供便利，我校教职工纷纷点赞。"
    described = describe_article(title, text)
    assert (described["org"], described["org_type"]) == ("绵阳运输职院", "university")
    # a name that only holds 职院 inside (a school of a 职院) keeps its own type
    assert vote_org_type("柳溪职院附属小学", "school", "", "", RULES)[0] == "school"


# ---------------------------------------------------------------- the union whose 由…组织/主办 clause opens the item


@pytest.mark.parametrize(("text", "org"), [
    ("柳溪县融媒体中心讯 为倡导全民健身，由柳溪县教育工会组织的全县教职工篮球比赛于10月27日晚正式开幕。",
     "柳溪县教育工会"),
    ("11月22日下午，由青岚区教育局和青岚区教育工会主办的全区教职工篮球赛（决赛）开赛。区教育局领导致开幕词。",
     "青岚区教育工会"),
    ("12月2日，由柳溪河务局工会主办，发展中心具体承办的第二届掼蛋比赛决赛在徐州顺利开赛。共有128名选手参加。",
     "柳溪河务局"),
])
def test_the_union_that_organises_the_opening_event_is_named(text, org):
    assert describe_article("教职工篮球赛拉开战幕", text)["org"] == org


@pytest.mark.parametrize("text", [
    # a unit of its own takes part in, or hosts, the union's event
    "10月27日，我校教职工参加由柳溪县教育工会组织的全县教职工篮球比赛，获得第三名。",
    "10月27日，由柳溪县教育工会组织的全县教职工篮球比赛在我校举行，全校教职工到场助威。",
    # a federation organises: the upper body its units report
    "5月1日，由柳溪县总工会主办的全县职工运动会在体育中心开幕，来自各单位的职工参加。",
    # no union among the organisers
    "11月22日，由青岚区教育局主办的全区教职工篮球赛开赛，区教育局领导致开幕词。",
])
def test_no_organiser_union_for_a_participant_a_host_a_federation_or_no_union(text):
    assert organiser_union(None, text, RULES) is None


def test_an_organiser_union_does_not_replace_a_unit_outside_its_clause():
    text = "11月22日，由青岚区教育局和青岚区教育工会主办的全区教职工篮球赛在柳溪中学开赛。"
    assert organiser_union("青岚区教育局", text, RULES)[0] == "青岚区教育工会"
    assert organiser_union("柳溪中学", text, RULES) is None
