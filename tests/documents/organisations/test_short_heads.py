"""A unit named by a two-character head before a weak suffix (排水公司, 柳湾农场): named where its union acts as a clause's
subject and the text writes the unit again; phrases and generic bodies stay refused. Own invented lines."""

from __future__ import annotations

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.named import short_head


def _org(title: str, text: str) -> str | None:
    return describe_article(title, text)["org"]


def test_a_short_head_named_again_with_its_union_acting():
    assert _org("欢喜迎新春 排水送“年味”", "近日，排水公司各分工会开展了形式多样的迎新春活动。科室分工会为排水公司员工送上新春祝愿。") \
        == "排水公司"
    assert _org("柳湾农场工会荣获“省模范职工之家”称号",
                "近日，省总工会表彰了一批先进单位。柳湾农场工会获得“省模范职工之家”荣誉称号。柳湾农场工会现有分会52个。") == "柳湾农场"


def test_near_misses_stay_refused():
    assert _org("集团公司工会开展职工秋游活动", "10月，集团公司工会组织职工秋游。集团公司领导参加。") is None  # suffixes only
    assert _org("配合公司工会开展安全检查", "本月，配合公司工会开展安全检查，各部门积极参与。") is None  # written once
    rules = default_describe_rules()
    text = "排水公司工会开展活动。排水公司员工参加。"
    assert short_head("排水", "公司", "工会开展", text, rules)
    assert not short_head("排水", "公司", "员工参加", text, rules)  # no union of its own acting
    assert not short_head("该厂", "公司", "工会开展", "该厂公司工会开展。该厂公司工会", rules)  # a demonstrative
    assert not short_head("云杉", "中心", "工会开展", "云杉中心工会开展。云杉中心工会", rules)  # a union-only head
