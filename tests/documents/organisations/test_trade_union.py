"""A trade's union the item founds, or the subject of its title, is the unit by its fullest place-led name — over none,
a place's federation that attends, or the same union without its place (Round 40). Own invented lines, near misses."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.organisations.trade_union import trade_union


def test_a_union_founded_over_the_federation_that_attends():
    text = ("柳县召开家政行业工会成立大会\n9月2日，青岚省柳县召开家政行业工会成立暨一届一次会员代表大会，选举产生第一届委员会。"
            "柳县总工会主席某某出席会议。大会后，某某为柳县家政行业工会揭牌。新当选的柳县家政行业工会主席发表感言。")
    assert trade_union("柳县总工会", "柳县隆重召开家政行业工会成立大会", text)[0] == "柳县家政行业工会"
    described = describe_article("柳县隆重召开家政行业工会成立大会", text)
    assert (described["org"], described["org_type"]) == ("柳县家政行业工会", "other")


def test_a_union_founded_as_the_object_of_its_announcement():
    text = ("“我宣布青川市外卖行业工会联合会正式成立。”10月8日，青川市外卖行业工会联合会主席从市总工会主席手中接过匾牌。"
            "这标志着青川市外卖行业工会联合会正式成立。")
    assert trade_union(None, "", text)[0] == "青川市外卖行业工会联合会"


def test_the_title_s_union_with_its_place_from_the_text():
    text = "本报讯 近日，青川市柳江区网约车司机联合工会成立大会召开，选举产生第一届委员会。"
    assert trade_union("网约车司机联合工会", "柳江区成立 网约车司机联合工会", text)[0] == "青川市柳江区网约车司机联合工会"


def test_near_misses_leave_the_chain_s_unit():
    text = "近日，青川市外卖行业工会联合会正式成立。柳岸物流公司工会组织职工参加。"
    # another unit the chain named (not a federation, not the union's tail)
    assert trade_union("柳岸物流公司", "", text) is None
    # a count of unions (全市首家…) names none; no founding, no title subject
    assert trade_union(None, "", "全市首家区域性外卖行业工会联合会正式成立。") is None
    assert trade_union(None, "", "青川市外卖行业工会联合会主席看望快递小哥。") is None
    # no line names the founded union with its place
    assert trade_union(None, "", "会议宣布外卖行业工会联合会正式成立。") is None
