"""Round 31 (organisations): the unit an award's giver names after 授予, whatever union gives it (own invented
fixtures, each with near misses where the rule must not fire)."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.subject import honoured_after_giver

RULES = default_describe_rules()


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


def test_a_unit_union_giving_an_honour_names_the_honoured_unit():
    text = ("近日，民航青岚局工会授予湖州青岚机场工会民航青岚地区“模范职工之家”荣誉称号。\n"
            "近年来，湖州青岚机场工会持续加大民生投入，为职工开展免费体检。")
    assert _org("", text) == ("湖州青岚机场", "enterprise")
    federation = "日前，青岚市总工会授予青岚纺织有限公司工会“模范职工之家”称号。\n该公司工会多年来关心职工。"
    assert _org("", federation)[0] == "青岚纺织有限公司"


def test_no_unit_after_the_giver_keeps_the_giver():
    for after in ("张三同志“优秀工会干部”称号。",  # a person
                  "各分会“先进集体”称号。",  # a generic body
                  "湖州青岚机场工会、青岚纺织有限公司工会“模范职工之家”称号。",  # a list of units
                  "青岚县总工会“先进县级工会”称号。"):  # a union body
        assert honoured_after_giver(after, RULES) is None, after
    listed = "近日，民航青岚局工会授予湖州青岚机场工会、青岚航空公司工会“模范职工之家”称号。"
    assert _org("", listed)[0] == "民航青岚局"
    own_work = "近日，民航青岚局工会组织开展职工运动会，湖州青岚机场工会派队参加。"
    assert _org("", own_work)[0] == "民航青岚局"
