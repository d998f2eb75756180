"""One home for the guards over kinds of names: `described.kind_of_name` gives the reason `describe` records after
every finder and the acting union's fallback refuses by. Own invented lines."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations import acting
from unionmine.documents.organisations.acting import acting_union
from unionmine.documents.organisations.described import kind_of_name

R = default_describe_rules()

REASONS = [
    ("县交通运输局", None, "org none: '县交通运输局' is a bare level and a category"),
    ("展示市妇幼保健院", None, "org none: '展示市妇幼保健院' is a bare level and a category"),
    ("经开区总工会", None, "org none: '经开区总工会' is a bare level and a category"),
    ("人民医院", None, "org none: '人民医院' is a kind of hospital, a clause or a reference"),
    ("这个农场", None, "org none: '这个农场' is a kind of hospital, a clause or a reference"),
    ("外国语学院", "other", "org none: '外国语学院' is a college of a university not named"),
]


@pytest.mark.parametrize(("org", "kind", "reason"), REASONS)
def test_the_reason_is_the_evidence_line(org, kind, reason):
    assert kind_of_name(org, R, kind) == reason


@pytest.mark.parametrize("org", [None, "", "青禾农场公司", "白岚人民医院", "市第一人民医院", "临川医学院", "那曲市人民医院",
                                 "市妇幼保健院", "县医院"])  # (a level and a bare institution: ruling (n), Round 40)
def test_names_pass(org):
    assert kind_of_name(org, R, "other") is None


def test_a_college_alone_only_on_news():
    assert kind_of_name("外国语学院", R, "summary") is None


def test_describe_records_the_same_line():
    described = describe_article("", "近日，外国语学院工会召开教代会，部署新学期工作。")
    assert described["org"] is None
    assert "org none: '外国语学院' is a college of a university not named" in described["evidence"]


@pytest.mark.parametrize("name", ["县交通运输局", "人民医院", "外国语学院"])
def test_the_fallback_refuses_by_the_same_guard(name, monkeypatch):
    text = f"近日，{name}工会组织职工开展健步走活动，活动效果良好。"
    assert acting_union("", text, R, "other") is None
    monkeypatch.setattr(acting, "kind_of_name", lambda *_args: None)  # the guard is what refuses it
    assert acting_union("", text, R, "other")[0] == name
