"""Round 37 (issue 12): guards over kinds of output a title or an organisation's name never holds (invented lines)."""

from __future__ import annotations

import pytest

from unionmine.documents import title_additions
from unionmine.documents.describe import describe_article
from unionmine.documents.organisations import name_form
from unionmine.documents.organisations.name_form import alias, own_form
from unionmine.documents.title_additions import drop_site_additions
from unionmine.run.units import bracketed


@pytest.fixture
def guards_on(monkeypatch):
    """The guards as shipped (on), whatever a caller set."""
    monkeypatch.setattr(title_additions, "OUTPUT_GUARDS", True)
    monkeypatch.setattr(name_form, "NAME_GUARDS", True)


def test_switched_off_the_outputs_are_as_before(monkeypatch):
    monkeypatch.setattr(title_additions, "OUTPUT_GUARDS", False)
    monkeypatch.setattr(name_form, "NAME_GUARDS", False)
    assert drop_site_additions("（2006）集团公司召开集体合同协商会议") == "（2006）集团公司召开集体合同协商会议"
    assert own_form("柳湾县人民医院医院") == "柳湾县人民医院医院"
    assert bracketed("青河市运输业工会联合会", "青河市运输业工会联合会(以下简称“运工联会”)于") \
        == "青河市运输业工会联合会(以下简称“运工联会”)"


@pytest.mark.parametrize(("title", "want"), [
    # a tag before a bar that the headline repeats is no part of the title
    ("青河医院|青禾康养青河医院组织开展为老人送冬衣活动", "青禾康养青河医院组织开展为老人送冬衣活动"),
    ("安全生产｜柳湾区第二医院成立工会安全生产监督小组", "柳湾区第二医院成立工会安全生产监督小组"),
    # near misses: an author's theme before the bar that the headline does not repeat stays (Round 29)
    ("创新提升|构建全域职工服务网络的实践与思考", "创新提升|构建全域职工服务网络的实践与思考"),
    ("青河医院|职工趣味运动会圆满落幕", "青河医院|职工趣味运动会圆满落幕"),
    # a bare date in brackets after the headline, a year in brackets before it: a site's archive stamp
    ("我院被评为“青河市院务公开工作先进单位”(09-10-12)", "我院被评为“青河市院务公开工作先进单位”"),
    ("某某学校工会召开教代会（2011-3-5）", "某某学校工会召开教代会"),
    ("（2006）集团公司召开集体合同协商会议", "集团公司召开集体合同协商会议"),
    ("(2006)集团公司召开集体合同协商会议", "集团公司召开集体合同协商会议"),
    # near misses: the author's year in brackets at the end, a numbered item, a year in the headline
    ("某某学校工会工作总结（2022）", "某某学校工会工作总结（2022）"),
    ("某某公司工会工作计划(2023年)", "某某公司工会工作计划(2023年)"),
    ("（2006）", "（2006）"),
    ("(12)号文件学习会召开", "(12)号文件学习会召开"),
    ("2006年集团公司召开集体合同协商会议", "2006年集团公司召开集体合同协商会议"),
    # a press mark after the headline (pictures, a video): a site's tag, ruling (c) (session 21)
    ("青河县隆重召开快递行业工会成立大会(图)", "青河县隆重召开快递行业工会成立大会"),
    ("柳湾公司工会举办职工趣味运动会（组图）", "柳湾公司工会举办职工趣味运动会"),
    ("青河醫院工會舉辦職工健步走活動【圖】", "青河醫院工會舉辦職工健步走活動"),
    # near misses: a picture word inside the headline, a bare mark, a mark that is not the last thing
    ("柳湾小学工会举办“图说校园”摄影展(图说)", "柳湾小学工会举办“图说校园”摄影展(图说)"),
    ("（图）", "（图）"),
    ("(图)青河县快递行业工会成立", "(图)青河县快递行业工会成立"),
    # a menu whose last item repeats its first is no tag and headline
    ("首页|新闻中心|专题专栏|视听|设为首页", "首页|新闻中心|专题专栏|视听|设为首页"),
])
def test_title_guards(guards_on, title, want):
    assert drop_site_additions(title) == want


@pytest.mark.parametrize(("name", "want"), [
    ("柳湾县人民医院医院", "柳湾县人民医院"),
    ("青河市某某运输业工会联合会（以下简称“运工联会”）", "青河市某某运输业工会联合会"),
    ('青河市某某运输业工会联合会(以下简称"运工联会")', "青河市某某运输业工会联合会"),
    ("青禾实业有限公司（下称“青禾公司”）", "青禾实业有限公司"),
    # near misses: a campus or a number in brackets is the name's; one suffix is a name; a short name stays
    ("城南中学（二中）", "城南中学（二中）"),
    ("柳湾县人民医院", "柳湾县人民医院"),
    ("医院医院", "医院医院"),
    (None, None),
])
def test_name_guards(guards_on, name, want):
    assert own_form(name) == want


def test_alias_is_not_taken_back_as_the_written_form(guards_on):
    text = "为此，青河市某某运输业工会联合会(以下简称“运工联会”)于2011年成立调解室。"
    assert bracketed("青河市某某运输业工会联合会", text) == "青河市某某运输业工会联合会"
    assert bracketed("城南中学", "城南中学（二中）工会召开会议") == "城南中学（二中）"
    assert alias("以下简称“运工联会”") and alias("下称青禾公司") and not alias("二中")


def test_describe_names_no_suffix_twice(guards_on):
    text = "近日，柳湾县人民医院医院工会组织职工开展义诊活动，医院领导参加。"
    org = describe_article("柳湾县人民医院医院工会开展义诊活动", text)["org"]
    assert org is None or not org.endswith("医院医院")
