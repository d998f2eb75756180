"""Round 21 (organisations named): a verb of a clause glued before a kind of body, a street named with its own union
past the opening, a headline's unit named after its place without a level (own fixtures, each with a near miss)."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.find import find_org
from unionmine.documents.organisations.name_pos import place_led

RULES = default_describe_rules()

# ---------------------------------------------------------------- a verb of a clause before a kind of body


def test_a_verb_glued_before_a_kind_of_body_names_nothing():
    # (the visited hospital named before the verb is the news item's unit, as before; never 交流医院)
    for text, expected in (("为传承优良作风，弘扬幼儿园爱岗敬业的园风，园工会于近日组织教职工座谈。", None),
                           ("5月8日，省总工会一行到青岚县中医院考察交流医院工会职工之家建设情况。", "青岚县中医院"),
                           ("集团公司党委研究，决定表彰装配分公司工会等十个先进集体，希望受表彰的集体再接再厉。", None)):
        assert describe_article("", text)["org"] == expected, text


def test_the_unit_named_after_the_verbs_clause_is_found_again():
    # the hospital that holds the event, after a purpose clause whose verb took its kind as object
    text = ("为增强职工体质，弘扬医院团结奋进的精神，9月3日，柳溪州第三人民医院秋季职工运动会在医院操场举行，"
            "医院领导班子出席开幕式。")
    assert describe_article("", text)["org"] == "柳溪州第三人民医院"
    # near miss: an exchange centre named after its place holds 交流 inside its head, and stays a name
    text = "日前，青岚县国际交流中心工会召开第二届会员代表大会，选举产生新一届工会委员会。"
    assert describe_article("", text)["org"] == "青岚县国际交流中心"


# ---------------------------------------------------------------- a street named with its own union, past the opening


_STREET_PAGE = (
    "入夏以来，户外劳动者在烈日下奔波，歇脚难、喝水难的问题十分突出。为此，辖区多家爱心商户腾出场地，"
    "设置了饮水点、充电桩和休息座椅，供环卫工人、快递员和外卖骑手免费使用，附近居民也纷纷送来绿豆汤和毛巾。\n"
    "驿站开放一个月来，累计接待户外劳动者两千余人次，收到感谢留言三百多条，成为大家口中的“清凉小站”。\n"
    "青枫街道工会副主席李某介绍，下一步将联合更多商户扩大服务范围，让关爱覆盖更多新就业形态劳动者。"
)


def test_a_street_named_with_its_own_union_past_the_opening_is_the_writer():
    assert describe_article("", _STREET_PAGE)["org"] == "青枫街道"


def test_a_street_cut_out_of_a_clause_past_the_opening_is_no_name():
    # near miss: the run before 社区 is a clause's tail (新的一年社区工会…), not a street's or community's name
    text = _STREET_PAGE.replace("青枫街道工会副主席李某介绍", "新的一年社区工会工作的总体思路是")
    assert describe_article("", text)["org"] is None
    # near miss: a company's weak suffix past the opening keeps needing a place level (供电公司工会)
    text = _STREET_PAGE.replace("青枫街道工会", "青枫供电公司工会")
    assert describe_article("", text)["org"] is None


# ---------------------------------------------------------------- a headline's unit named after its place


def test_a_headline_names_a_unit_after_its_place_without_a_level():
    assert find_org("长沙青岚建工集团荣获2023年度市建设系统多项表彰", "日前，市建设系统召开年度表彰大会。",
                    RULES)[0] == "长沙青岚建工集团"
    # after a headline's dashes, as after a colon (a name with its level too: the dashes open its clause)
    for dashes in ("——", "--", "："):
        assert find_org(f"“冬日暖阳”送关怀{dashes}河北冀泰能源东岭煤矿慰问困难职工纪实", "1月20日，工会一行走访困难职工家庭。",
                        RULES)[0] == "河北冀泰能源东岭煤矿", dashes
    assert find_org("情暖人心——柳溪县第二中学开展教师节慰问", "", RULES)[0] == "柳溪县第二中学"


def test_a_headline_phrase_or_a_group_before_its_unit_is_not_the_place_led_name():
    # near misses: a kind of body after a place (江西民营企业), a place with nothing of its own (上海公司), a group
    # whose unit's own union follows (…集团东岭矿机电区工会: the unit writes, not the group)
    assert find_org("江西民营企业发展调研综述", "", RULES)[0] is None
    assert not place_led("上海") and not place_led("江西加强") and place_led("长沙青岚建工")
    assert not place_led("长沙青岚建工", "东岭矿机电区工会深入开展…")
    org = find_org("晋能东岭集团东岭矿机电区工会开展春节慰问活动", "", RULES)[0]
    assert org != "晋能东岭集团"
    # the place-led form is a headline's only: in the opening a weak suffix still needs a level or its own union
    assert find_org("", "长沙青岚建工集团荣获2023年度市建设系统多项表彰，三名职工受表彰。", RULES)[0] is None
