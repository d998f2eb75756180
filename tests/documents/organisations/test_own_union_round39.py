"""Round 39: the last fallback of all — a union writing as itself, named by its own name with no unit's suffix before
its union word (Hong Kong's and Taiwan's unions), the subject of the title's or the opening's clause; and a short form
of a name in brackets after it is no part of the name. Own invented lines and names, each with near misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations import clause_words, name_form
from unionmine.documents.organisations import own_union as own_union_module
from unionmine.documents.organisations.clause_words import clause_inside
from unionmine.documents.organisations.name_form import own_form, short_form
from unionmine.documents.organisations.own_union import own_union
from unionmine.run.units import bracketed
from unionmine.text.normalize import to_simplified

R = default_describe_rules()


def test_the_guards_are_off_as_shipped():
    # the clause-words guard is below the round's bar (its prompting pages only): off until the lead switches it on
    # (read from the modules' source: the fixture below switches the guards on for every other test here)
    assert "\nCLAUSE_WORDS = False\n" in Path(clause_words.__file__).read_text(encoding="utf-8")
    assert "\nSHORT_FORMS = True\n" in Path(name_form.__file__).read_text(encoding="utf-8")
    assert own_union_module.OWN_UNION


@pytest.fixture(autouse=True)
def _guards_on(monkeypatch):
    monkeypatch.setattr(clause_words, "CLAUSE_WORDS", True)
    monkeypatch.setattr(name_form, "SHORT_FORMS", True)


def _own(text: str, title: str = "") -> str | None:
    found = own_union(to_simplified(title), to_simplified(text), R)
    return found[0] if found else None


def test_a_union_named_as_itself_opens_the_clause():
    # Traditional and Simplified read through the one normalisation (the page is read in Simplified)
    assert _own("南嶺鐵道產業工會不滿資方反悔，原定的福利暫緩實施。") == "南岭铁道产业工会"
    assert _own("南岭铁道产业工会不满资方反悔，原定的福利暂缓实施。") == "南岭铁道产业工会"
    # after a dateline in brackets, a time word, a short modifier, with its alias in brackets
    assert _own("〔記者某某/台北報導〕青禾航運職員工會要求資方加薪。") == "青禾航运职员工会"
    assert _own("近日，剛成立的海灣空勤人員總工會（灣總）狠批資方。") == "海湾空勤人员总工会"
    assert _own("海湾空勤人员总工会昨日与资方就薪酬展开谈判。") == "海湾空勤人员总工会"
    # the title's subject
    assert _own("资方代表昨日回应。", "南岭铁道产业工会发起不加班行动") == "南岭铁道产业工会"
    # a bare 工会 after a company's short name: the company, as the finders file it (北辰建工工会 -> 北辰建工)
    assert _own("3月7日，青禾气电工会通过普法宣传开展系列活动。") == "青禾气电"


def test_a_union_that_is_no_subject_names_none():
    assert _own("交通部官员昨日与南岭铁道产业工会会面。") is None  # mid-clause, an object
    assert _own("南岭铁道产业工会理事长表示，将继续争取。") is None  # a noun after it: its officer speaks
    assert _own("南岭铁道产业工会的诉求包括加薪。") is None


def test_a_kind_of_union_a_level_or_a_phrase_names_none():
    assert _own("企业工会要求资方公开账目。") is None  # a kind of union
    assert _own("基层工会积极开展送温暖活动。") is None
    assert _own("市总工会召开全委会。") is None  # a bare level
    assert _own("各级工会组织职工参加培训。") is None
    assert _own("为维护权益工会要求资方公开账目。") is None  # a verb opens the head


def test_the_fallback_runs_only_when_no_finder_names_a_unit():
    article = describe_article("", "青禾中学工会召开教代会，南岭铁道产业工会派员列席。")
    assert article["org"] == "青禾中学"
    article = describe_article("", "南岭铁道产业工会不满资方反悔，原定的福利暂缓实施。")
    assert article["org"] == "南岭铁道产业工会"
    assert article["org_type"] == "other"


def test_the_fallback_switched_off(monkeypatch):
    monkeypatch.setattr(own_union_module, "OWN_UNION", False)
    assert _own("南岭铁道产业工会不满资方反悔。") is None


@pytest.mark.parametrize("name, kept", [
    ("青禾十八局集团有限公司（青禾十八局）", "青禾十八局集团有限公司"),
    ("北岭大学(北大)", "北岭大学"),
    ("城南中学（二中）", "城南中学（二中）"),  # a second name: 二 is not in it
    ("鼓岭区疾控中心(卫生监督所)", "鼓岭区疾控中心(卫生监督所)"),  # a second body
    ("青禾大学附属医院(青岛)", "青禾大学附属医院(青岛)"),  # a campus
    ("青禾公司（青禾公司）", "青禾公司（青禾公司）"),  # not shorter
    ("青禾公司(QH)", "青禾公司(QH)"),  # letters: no short form read
])
def test_a_short_form_in_brackets_goes(name, kept):
    assert own_form(name) == kept


def test_bracketed_does_not_take_a_short_form_back():
    text = "青禾十八局集团有限公司（青禾十八局）工会举办……城南中学（二中）工会召开……"
    assert bracketed("青禾十八局集团有限公司", text) == "青禾十八局集团有限公司"
    assert bracketed("城南中学", text) == "城南中学（二中）"
    assert short_form("北大", "北岭大学") and not short_form("大北", "北岭大学")


def test_short_forms_switched_off(monkeypatch):
    monkeypatch.setattr(name_form, "SHORT_FORMS", False)
    assert own_form("北岭大学(北大)") == "北岭大学(北大)"


@pytest.mark.parametrize("org, left", [
    ("在青禾楼会议室集团", None),  # a room, then a kind alone
    ("三楼会议室青禾远航投资集团", "青禾远航投资集团"),  # a room, then a name
    ("学校法律顾问商学院", None),  # a post, then a college alone
    ("张一禾作图书馆", None),  # a person's name and the verb
    ("构建和谐医院", None),  # a slogan's verb and adjective
    ("打造平安校园", None),
])
def test_a_clause_inside_a_name_is_cut(org, left):
    found = clause_inside(org, R)
    assert found is not None and found[0] == left


@pytest.mark.parametrize("org", ["振兴中学", "求实中学", "远航物流集团", "青禾律师事务所", "青禾管理顾问有限公司",
                                 "宋庆龄基金会", "钟楼区实验小学", "王府井百货集团", "北京市总工会"])
def test_a_name_without_a_clause_is_left(org):
    assert clause_inside(org, R) is None  # a verb alone, a post before its body's kind, a place named 楼, a person's


def test_a_clause_inside_a_name_end_to_end(monkeypatch):
    text = "3月5日下午，在五楼会议室集团工会举办业务知识培训会。"
    assert describe_article("", text)["org"] is None
    monkeypatch.setattr(clause_words, "CLAUSE_WORDS", False)
    assert clause_inside("构建和谐医院", R) is None
