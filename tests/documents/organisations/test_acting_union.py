"""The last fallback: where no finder names an organisation, the one unit whose own union opens a clause of the text
(某某公司工会组织…) is the writer; a list of units' unions, a branch's 分工会, unions founded as a kind, two units,
and a name that is one everyday noun name none. Own invented lines, each with near misses."""

from __future__ import annotations

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.acting import acting_union

R = default_describe_rules()


def _acting(text: str, title: str = "") -> str | None:
    found = acting_union(title, text, R)
    return found[0] if found else None


def test_the_one_unit_whose_union_acts():
    assert _acting("今年春天，青禾农场公司工会心系职工，为困难家庭送去慰问品。") == "青禾农场公司"
    assert _acting("近年来，柳湾办事处工会坚持举办职工技能比赛，以赛促学。") == "柳湾办事处"
    assert _acting("10月2日，远洋公司工会组织员工秋游，活动效果良好。") == "远洋公司"  # two characters before 公司


def test_a_list_of_unions_names_none():
    assert _acting("近日，青禾农场公司工会、柳湾物流公司工会联合举办羽毛球赛。") is None
    assert _acting("比赛由直属单位主办，远洋公司工会和图书馆工会协办。近日，远洋公司工会组织员工秋游。") is None


def test_a_branch_or_a_kind_of_union_names_none():
    assert _acting("近日，机电学院分工会组织教职工开展健步走活动。") is None  # a part of a university
    assert _acting("目前，新建改制企业工会工作呈现良好态势，建立健全了新建改制企业工会组织，成效明显。") is None
    assert _acting("近日，集团公司工会组织职工无偿献血。") is None  # 集团: an everyday noun, no name


def test_two_units_acting_name_none():
    assert _acting("近日，青禾农场公司工会组织职工春游。同日，柳湾物流公司工会开展慰问活动。") is None


def test_not_at_a_clause_start_names_none():
    assert _acting("会上表扬了青禾农场公司工会组织的春游活动。") is None


def test_describe_takes_it_only_when_no_finder_names_one():
    described = describe_article("", "今年春天，青禾农场公司工会心系职工，为困难家庭送去慰问品。")
    assert described["org"] == "青禾农场公司"
    assert any("last fallback" in e for e in described["evidence"])
    # a finder's own answer stands: the fallback is never asked
    named = describe_article("江城市柳湾小学工会2023年工作总结", "今年，青禾农场公司工会心系职工。")
    assert not any("last fallback" in e for e in named["evidence"])


def test_past_the_opening_names_none():
    filler = "驿站开放一个月来，累计接待户外劳动者两千余人次，收到感谢留言三百多条。" * 5
    assert _acting(filler + "青禾农场公司工会副主席李某介绍，下一步将扩大服务范围。") is None
    assert _acting("青禾农场公司工会副主席李某介绍，下一步将扩大服务范围。" + filler) == "青禾农场公司"


def test_a_time_phrase_before_a_weak_suffix_names_none():
    assert _acting("几年来学校工会组织教职工开展了丰富多彩的活动。") is None
    assert _acting("近年来，青禾农场公司工会组织教职工开展活动。") == "青禾农场公司"  # the phrase stands apart
