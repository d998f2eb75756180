"""A finder's name cut after a union's kind word (Taiwan's 企業工會, 產業工會, 職業工會) gets its union word back: the
union named by its kind is the body (ruling k); a company called 某某企业 keeps its own name. Invented names."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.own_union import kind_union_whole
from unionmine.text.normalize import to_simplified

R = default_describe_rules()


def _org(title: str, text: str) -> str | None:
    return describe_article(to_simplified(title), to_simplified(text)).get("org")


@pytest.mark.parametrize("title, text, org", [
    ("慈寧醫院企業工會113年度會務報告", "本會於113年召開會員代表大會三次。", "慈宁医院企业工会"),
    ("嘉峰電子股份有限公司企業工會年度工作報告", "本會辦理自強活動。", "嘉峰电子股份有限公司企业工会"),
])
def test_a_union_named_by_its_kind_is_read_whole(title, text, org):
    assert _org(title, text) == org


def test_a_company_called_qiye_keeps_its_name():
    # near miss: no unit's suffix before 企业, so 企业 is the company's own name (北翔企业's union)
    assert _org("北翔企业工会举办职工运动会", "北翔企业工会近日举办运动会。") == "北翔企业"


@pytest.mark.parametrize("org, title, text", [
    ("慈宁医院企业", "慈宁医院企业年度报告", "本院企业文化建设。"),  # never written before a union word
    ("青岭县民营企业", "", "青岭县民营企业发展良好。"),
    (None, "", ""),
    ("慈宁医院", "慈宁医院工会", ""),  # no kind word at its end
])
def test_no_union_word_to_give_back(org, title, text):
    assert kind_union_whole(org, title, text, R) is None


def test_production_and_trade_kinds_need_no_suffix():
    found = kind_union_whole("青岭县教育产业", "青岭县教育产业工会工作计划", "", R)
    assert found and found[0] == "青岭县教育产业工会"
