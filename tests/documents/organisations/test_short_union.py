"""A Hong Kong or Macau union by its short name alone (某协, 某某盟, 某联会), the subject of its clauses again and again,
is the last fallback's unit (Round 40); a march's end after 至 is no writer. Own invented lines, with near misses."""

from __future__ import annotations

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.own_union import short_union

R = default_describe_rules()


def test_a_short_name_that_speaks_twice():
    text = ("柳协一直跟进这名教师的个案。柳协认为局方惩处不合比例，并将继续跟进。"
            "柳协表示会向局方反映。")
    assert short_union("柳协：惩处不合比例", text, R) == (
        "柳协", "other", ["org '柳协': a union's short name, the subject of its clauses (last fallback)"])
    assert describe_article("柳协：惩处不合比例", text)["org"] == "柳协"


def test_a_march_s_end_is_no_writer_and_the_league_is():
    text = ("今天劳动节，工人盟发起大游行，逾千市民参与。市民从公园出发，游行至湾区政府总部。"
            "工人盟表示，将继续争取标准工时。工人盟秘书长透露，已接获不少投诉。")
    assert describe_article("五一大游行龙头已过码头", text)["org"] == "工人盟"


def test_near_misses_name_nothing():
    # a word that only opens with the shape (集体协商, 分工协作), a place's mass body (市科协), once only
    assert short_union("", "双方开展集体协商。集体协商会议顺利召开。分工协作，各负其责。", R) is None
    assert short_union("", "市科协表示支持。市科协组织专家参加。", R) is None
    assert short_union("", "柳协表示支持本次活动。", R) is None
    # two short names, none chosen
    assert short_union("", "柳协表示支持。柳协认为可行。工人盟表示反对。工人盟认为不妥。", R) is None
