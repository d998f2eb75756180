"""Round 32 (organisations): a place's joint union keeps its head (ruling k; own invented fixtures, each with near
misses where the rule must not fire)."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.organisations.described import joint_head


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


def test_a_place_joint_union_keeps_its_head():
    assert _org("青山街道幸福社区工会联合会开展志愿服务活动", "近日，青山街道幸福社区工会联合会组织会员开展志愿服务活动。") \
        == ("青山街道幸福社区工会联合会", "other")
    assert _org("柳河镇西部工业园区工会联合会成立", "近日，东湖区柳河镇西部工业园区工会联合会正式成立。") \
        == ("东湖区柳河镇西部工业园区工会联合会", "other")
    assert _org("柳河镇微小企业商业服务业联合工会开展三八活动", "三八节前夕，柳河镇微小企业商业服务业联合工会组织女职工开展活动。") \
        == ("柳河镇微小企业商业服务业联合工会", "other")


def test_near_misses_stay_as_they_were():
    assert _org("育才中学联合工会召开会议", "近日，育才中学联合工会召开会议。") == ("育才中学", "school")  # a school's own
    assert joint_head("青岚集团", "青岚集团工会联合会成立", "") is None  # a group's own joint union: the group
    assert joint_head("东湖区", "东湖区工联会召开全委会", "") is None  # a district's 工联会: its federation
    assert joint_head("青山片区", "青山片区五位社区工联会主席座谈", "") is None  # a count between: no name
    assert joint_head("幸福社区", "幸福社区开展志愿服务活动", "") is None  # no joint union written
    assert joint_head("幸福社区", "幸福社区工会开展活动", "") is None  # the community's own union, not a joint one


def test_a_cut_head_and_a_title_short_form():
    assert joint_head("柳河镇西部工业园区工会", "", "近日，柳河镇西部工业园区工会联合会成立。") == "柳河镇西部工业园区工会联合会"
    assert joint_head("柳河镇西部工业园区工会", "", "近日，柳河镇西部工业园区工会成立。") is None
    assert joint_head("育才中学工会", "", "育才中学工会联合会召开会议。") is None  # a school's own
    assert joint_head("幸福社区", "幸福社区工会开展慈善活动", "近日，青山街道幸福社区工会联合会开展慈善活动。") \
        == "幸福社区工会联合会"
