"""Round 38: a clause's verb the sentence put at a name's start is no part of the name (为保障…集团有限公司…, ，增强区级
机关团队活力): the name is the verb's object, read as a name mid-clause. Own invented lines; the names are names only."""

from __future__ import annotations

import pytest

from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations import name_pos
from unionmine.documents.organisations.candidates import org_candidates
from unionmine.documents.organisations.find import find_org
from unionmine.documents.organisations.name_pos import leading_verb


def _names(text: str) -> list[str]:
    return [org for org, *_rest in org_candidates(text, default_describe_rules())]


def _org(text: str, title: str = "") -> str | None:
    return find_org(title, text)[0]


def test_a_verb_opening_the_clause_is_cut_from_the_name():
    # the text writes the name without the verb elsewhere: the verb is the clause's
    text = ("为保障江北钢铁集团有限公司第一届第十六次职工代表大会顺利召开，10月18日，江北钢铁集团有限公司工会召开"
            "筹备会。")
    assert leading_verb("保障江北钢铁集团", "有限公司", text) == 2
    assert "保障江北钢铁集团有限公司" not in _names(text)
    assert "江北钢铁集团有限公司" in _names(text)
    assert _org(text) == "江北钢铁集团有限公司"
    # the verb's object mid-sentence with no writer's body after it: no writer, not the phrase
    text = "为丰富职工文化生活，增强区级机关团队活力，6月11日下午，区级机关工委举行趣味运动会。"
    assert leading_verb("增强区级", "机关", text) == 2
    assert _org(text) is None


def test_a_brand_that_opens_with_a_verb_keeps_it():
    # written with the verb every time: the brand's own name (远航 "v")
    text = "近日，远航物流集团工会举办职工运动会。远航物流集团党委书记出席。"
    assert leading_verb("远航物流", "集团", text) == 0
    assert _org(text) == "远航物流集团"
    # a place the dictionary reads as a verb (开封 "v"; 开封市 a place)
    text = "开封文化创意公司第二届职工代表大会召开。文化创意公司的职工代表审议了工作报告。"
    assert leading_verb("开封文化创意", "公司", text) == 0


@pytest.mark.parametrize("head, suffix", [
    ("求实", "中学"),  # a verb before nothing but the kind of body: a school's name
    ("出版", "集团"),
    ("保障房建设", "公司"),  # a lone character after the verb: no name opens there
    ("复兴路", "小学"),  # one word of the dictionary, not a verb
    ("蓝湾", "中学"),  # no verb
    ("振兴", "中学"),
    ("开封文化创意", "公司"),  # a place the dictionary reads as a verb
])
def test_near_misses_keep_their_head(head, suffix):
    # (the text writes every tail of the head with its suffix again: only the head's own words decide)
    text = f"{head}{suffix}。" + "，".join(head[i:] + suffix for i in range(1, len(head))) * 2
    assert leading_verb(head, suffix, text) == 0


def test_the_guard_can_be_switched_off(monkeypatch):
    monkeypatch.setattr(name_pos, "LEAD_VERB_GUARD", False)
    assert leading_verb("增强区级", "机关", "增强区级机关团队活力，区级机关工委举行运动会") == 0


def test_a_short_name_of_two_characters_fallen_apart_is_a_name():
    # 通 "v", 大 "a" without the HMM guesser: the abbreviation of a university before its affiliated school
    from unionmine.documents.organisations.name_pos import clause_tail

    assert clause_tail("通大", "附中") == "通大"
    assert _org("——通大附中第八届教工运动会开幕", "3月29日，通大附中第八届教工运动会在操场开幕。") == "通大附中"
    assert clause_tail("完成", "学院") == ""  # a verb of two characters before the kind of body: a clause


def test_the_lone_character_reading_can_be_switched_off(monkeypatch):
    from unionmine.documents.organisations.name_pos import clause_tail

    monkeypatch.setattr(name_pos, "LONE_CHAR_HEADS", False)
    assert clause_tail("通大", "附中") == ""


def test_a_unit_named_after_its_parent_is_read_whole():
    from unionmine.documents.organisations import candidates

    rules = default_describe_rules()
    assert candidates.parent_led("江北能源集团青山煤", rules)
    assert not candidates.parent_led("江北能源集团", rules)  # the parent alone
    assert not candidates.parent_led("集团青山煤", rules)  # no parent's own name before its suffix
    assert not candidates.parent_led("学校组织全体教职工到", rules)  # no company's or university's suffix inside
    assert not candidates.parent_led("江北能源集团旗下青山船舶修造", rules)  # more than a unit's short name after it
    assert not candidates.parent_led("外语学院工会赴江北大学外语", rules)  # a union inside: a clause
    assert not candidates.parent_led("决定命名江北制药集团股份", rules)  # a clause's verbs before the parent
    text = "今年3月以来，江北能源集团青山煤矿工会组织开展了女职工权益知识竞赛。"
    assert "江北能源集团青山煤矿" in _names(text)
    assert _org(text) == "江北能源集团青山煤矿"


def test_the_parent_reading_can_be_switched_off(monkeypatch):
    from unionmine.documents.organisations import candidates

    monkeypatch.setattr(candidates, "PARENT_LED", False)
    assert not candidates.parent_led("江北能源集团青山煤", default_describe_rules())
