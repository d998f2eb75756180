"""The writer named in the page's lines cleaning removed (round 42): a by-line, a feed's field, a unit's name alone
inside a broken sentence or under the text. Invented fixtures; near misses (a site's 来源/作者 record, a banner above
the text, a person, a newspaper, a portal, a template site, a college alone, a federation that republishes, two
units) name none."""

import pytest

from unionmine.documents.organisations.page import page_org

TEXT = "近日，工会组织职工开展趣味运动会，共有八十余名职工参加。"


def _page(above: list[str], below: list[str] = ()) -> str:
    return "\n".join(["首页 > 新闻中心", *above, TEXT, *below, "版权所有 © 本站"])


def _org(page: str, text: str = TEXT, kind: str = "other") -> str | None:
    return page_org(page, text, text, kind)[0]


@pytest.mark.parametrize("page, org", [
    (_page([], ["（青禾县青溪镇中心小学工会 供稿）"]), "青禾县青溪镇中心小学"),
    (_page(["（禾丰煤矿 柏某某 杨某某）"]), "禾丰煤矿"),
    (_page([], ["禾川县人民检察院工会"]), "禾川县人民检察院"),  # a signature under the text
    (_page(["金秋十月，", "禾川县人民检察院工会"]), "禾川县人民检察院"),  # a sentence's subject line, broken off
    (_page(["Channel: 禾山教育专业人员协会"]), "禾山教育专业人员协会"),  # a feed's field
])
def test_a_removed_line_names_the_writer(page, org):
    got, _type, evidence = page_org(page, TEXT, TEXT, "other")
    assert got == org and evidence


@pytest.mark.parametrize("page", [
    _page(["发布时间：2024-05-06 来源：青禾县人民法院 浏览次数：12"]),  # the site's record (ruling (n))
    _page(["作者：青禾县人民法院"]),
    _page(["禾川县人民检察院工会"]),  # a banner above the text
    _page(["来源：青禾日报 作者：张某某"]),  # a newspaper
    _page([], ["青禾新闻网"]),  # a portal
    _page([], ["第一范文网"]),  # a template site
    _page(["本报讯（通讯员 李某某）"]),  # a dateline names a person
    _page([], ["（通讯员 王某某）"]),  # a person
    _page([], ["（县总工会 供稿）"]),  # a bare level: no unit named
    _page([], ["（生物学院工会 宋某）"]),  # a college, its university unnamed
    _page([], ["青禾省总工会"]),  # a province's federation
    _page([], ["青禾市总工会"]),  # a city's federation the text never names: it republishes
    _page([], ["人民医院"]),  # a kind of hospital, no name
    _page([], ["（青禾县人民医院 张某）", "禾川县人民检察院工会"]),  # two units
])
def test_near_misses_name_none(page):
    assert _org(page) is None


def test_a_federation_the_text_names_is_taken():
    text = "青禾市总工会近日组织开展职工运动会。"
    page = f"{text}\n（青禾市总工会 供稿）"
    assert _org(page, text) == "青禾市总工会"


def test_a_line_the_text_keeps_is_not_read():
    page = _page([], ["禾川县人民检察院工会"])
    assert page_org(page, page, TEXT, "other")[0] is None
