"""Round 17 (organisations named): the subject of an event clause, the last finder (own fixtures)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.named import event_subject, self_named

RULES = default_describe_rules()


@pytest.mark.parametrize(("title", "text", "org", "org_type"), [
    # a town's union with no suffix of its own, after a date adverbial
    ("", "为丰富职工生活，11月3日，青禾镇工会组织开展机关职工趣味运动会，共40余人参加。", "青禾镇工会", "other"),
    # a works named with its group, the subject of its own congress: the longest name from the first start
    ("", "新华在线消息 3月5日上午，远山集团东港卷烟厂召开第二届一次工会会员代表大会。", "远山集团东港卷烟厂",
     "enterprise"),
    # a news title "NAME：…"
    ("柳湾街道：端午送粽 情暖一线", "端午节前夕，街道工会为环卫工人送去粽子和绿豆汤。", "柳湾街道", "other"),
    # a bare level before a proper head, after a dash in the title
    ("秋风送暖--市眼科医院慰问退休职工", "重阳节前，医院工会走访了退休职工。", "市眼科医院", "other"),
    # a school's union as the subject, with a place adverbial between it and the verb
    ("", "4月20日下午，江口县第二实验学校校工会在学校操场举行教职工跳绳比赛。", "江口县第二实验学校", "school"),
])
def test_the_subject_of_an_event_clause_is_the_writer(title, text, org, org_type):
    found = event_subject(title, text, RULES)
    assert found is not None and found[:2] == (org, org_type)
    described = describe_article(title, text)
    assert (described["org"], described["org_source"]) == (org, "text")


@pytest.mark.parametrize(("title", "text"), [
    # a venue after 在 is where it happened, not who wrote
    ("", "我校党政工于10月9日下午，在桂园小学多功能厅举办了敬老茶话会。"),
    # a college's branch union whose university is not named
    ("", "12月3日，化学学院分工会召开年度工作总结会，全体委员参加。"),
    # a union's own committee is no unit
    ("集团工会委员会召开2023年第一次会议", "3月1日，集团工会委员会召开会议，研究年度重点工作。"),
    # an authority or a federation of a place not named
    ("", "6月2日，市教育局开展校园安全检查。"),
    ("市总工会：夏送清凉进工地", "7月，市总工会为一线职工送去防暑用品。"),
    # bodies in a list: none of them is the writer
    ("", "日前，海川市总工会、海川市交通局在工地召开劳动竞赛动员大会。"),
    # a body's people acting (…领导): another body
    ("", "5月4日，县人民医院领导开展慰问活动。"),
    # a name followed by no event in its clause
    ("", "青禾镇工会主席王某说，明年还将继续。"),
])
def test_no_writer_from_venues_departments_committees_authorities_lists(title, text):
    assert event_subject(title, text, RULES) is None


def test_only_when_no_other_finder_named_one():
    # the title names the writer; the event clause of the opening names another unit
    described = describe_article("五马中学工会2022年工作总结", "白沙社区组织开展了共建活动，我校工会参加。")
    assert described["org"] == "五马中学"
    assert not any("event clause" in e for e in described["evidence"])


def test_the_one_school_a_school_text_names_is_the_writer():
    text = ("9月27日下午，学校工会召开座谈会，慰问异地任教的青年教师。\n"
            "让在青石中学工作的年轻教师感受到学校党委和工会的温暖。")
    assert self_named("", text, RULES)[:2] == ("青石中学", "school")
    described = describe_article("双节至 工会情", text)
    assert (described["org"], described["org_source"]) == ("青石中学", "text")


@pytest.mark.parametrize("text", [
    # a partner in a match, not the writer
    "本年度，我校工会组织多项活动。针对我校教师爱打篮球的特点，我们组织了一场和东湾二中教师的篮球友谊赛。",
    # two schools named: no single one
    "一年来，学校工会积极工作。组织教师赴东湾二中、西岭小学交流学习，并在西岭小学举办联谊会。",
    # the text does not speak as a school in a clause of its opening
    "会议特邀学校工会副主席到会指导。会议在楚河实验学校报告厅举行。",
    # a unit visited (送到了…): not the writer
    "7月28日，集团工会一行将清凉送到了远帆建工四公司项目部工地。",
])
def test_no_self_named_unit_for_partners_several_units_or_visits(text):
    assert self_named("", text, RULES) is None


def test_a_cited_document_is_no_event_clause():
    text = "本学年，机关工会将贯彻落实《中华全国总工会关于在新形势下深入开展建家活动的意见》，不断创新工作。"
    assert event_subject("工会工作计划表", text, RULES) is None


@pytest.mark.parametrize(("title", "text", "org"), [
    # a two-character head the word segmenter cuts off before the suffix (横 and 致 read as verbs)
    ("冬至包饺子", "在冬至节气到来之际，横溪小学组织教职工开展了包饺子活动。", "横溪小学"),
    ("致和幼儿园召开教职工代表大会", "2023年3月2日，致和幼儿园教职工代表大会在多功能厅顺利召开。", "致和幼儿园"),
])
def test_a_short_head_cut_by_the_segmenter_is_put_back(title, text, org):
    assert event_subject(title, text, RULES)[0] == org


@pytest.mark.parametrize("text", ["全体小学组织开展读书活动。", "今年学校组织开展了读书活动。"])
def test_no_short_head_from_generic_words(text):
    assert event_subject("", text, RULES) is None


def test_a_verb_before_the_suffix_is_no_short_head():
    assert event_subject("", "二、落实帮扶救助\n联合社区开展志愿服务3次，参与志愿者533人次。", RULES) is None
