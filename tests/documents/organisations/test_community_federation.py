"""A community's own federation (某某社区总工会) is the writer under its federation's name, as a street's or town's is
(`bare.place_union`, Round 40); a community's bare 工会 or none stays the community. Own invented lines."""

from __future__ import annotations

from unionmine.documents.organisations.bare import place_union


def test_a_community_s_federation():
    text = "青岚市柳湾社区总工会做好女工工作\n柳湾社区总工会自成立以来，把维护女职工权益放在首位。"
    assert place_union("青岚市柳湾社区", text) == "青岚市柳湾社区总工会"


def test_near_misses_stay_the_community():
    assert place_union("柳湾社区", "柳湾社区工会开展送清凉活动。") is None  # a bare 工会
    assert place_union("柳湾社区", "柳湾社区开展喜迎国庆活动。") is None  # no union named
    assert place_union("柳湾小区", "柳湾小区总工会开展活动。") is None  # no community, street or town
