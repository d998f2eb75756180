"""Round 27 (issue 12, titles and kinds): a compound title (`…总结和…要点`) over its first part's heading is the
document's title, not a preview of the text; its kind is report (the keys' convention for a 总结和计划). Own invented
lines; near misses: a title glued to the opening, a heading with a sentence after the conjunction."""

from __future__ import annotations

from unionmine.documents.clean import clean_page
from unionmine.documents.describe import describe_article
from unionmine.documents.titles import choose_title

BODY = ("2021年，青禾学院工会在学院党委和上级工会的领导下，紧紧围绕学院中心工作，认真履行工会各项职能，维护教职工合法权益，"
        "推进民主管理，努力为教职工办实事、办好事，增强了工会的凝聚力。")
SECTION = "一、充分发挥工会、教代会作用，推进学院民主管理"


def _page(first: str) -> str:
    return f"{first}\n发布时间:2022-03-11  浏览次数:\n2021年度工作总结\n{BODY}\n{SECTION}\n{BODY}"


def test_a_compound_title_over_its_first_parts_heading_is_kept_and_decides_the_kind():
    for first in ("2021年度工作总结和2022年度工作要点", "2021年度工作总结及2022年工作计划"):
        text = clean_page(_page(first)).text
        assert text.split("\n")[0] == first, first
        title, _ = choose_title(None, text)
        assert title == first
        described = describe_article(title, text)
        assert (described["kind"], described["year"]) == ("report", 2021)


def test_a_title_glued_to_the_opening_is_still_a_preview():
    text = clean_page(_page("2021年度工作总结" + BODY[:30])).text
    assert not text.startswith("2021年度工作总结2021年")
    # a conjunction that opens a sentence is no second part of a title
    text = clean_page(_page("2021年度工作总结和同志们一起回顾了一年来的工作。")).text
    assert not text.startswith("2021年度工作总结和同志们")


def test_a_named_sites_dateline_opens_a_news_item():
    from unionmine.documents.news import news_lead

    opening = "今年，青禾区总工会围绕女职工专项集体合同覆盖率做了一系列工作。首先是注重法律法规宣传，其次是推动同步建制。"
    title = "青禾区总工会加大女职工专项集体合同覆盖率"
    assert describe_article(title, opening)["kind"] == "summary"  # a text looking back, no dateline
    for dateline in ("青禾网讯 ", "青禾日报讯（记者 某某）", "青禾县融媒体中心10月28日讯（通讯员 某某）", "【青禾新闻网讯】"):
        assert news_lead(dateline + opening), dateline
        assert describe_article(title, dateline + opening)["kind"] == "other", dateline
    # near misses: a column's name, a correspondent, a word ending in 讯 inside a sentence
    for line in ("校园快讯 " + opening, "通讯员 某某 " + opening, "青禾区总工会通过短信传讯，" + opening):
        assert not news_lead(line), line


OPENING = ("上半年，区总工会在区委和上级工会的正确领导下，认真履行工会各项职能，团结动员全区广大职工建功立业，"
           "现将上半年工作总结如下。")


def test_the_documents_own_title_under_a_template_marker_line_is_the_title_and_the_marker_dates_nothing():
    marker = "2022青禾市总工会工作总结"  # what 【篇1】2022青禾市总工会工作总结 leaves: the page's topic
    text = f"{marker}\n区总工会上半年工作总结\n{OPENING}\n一、加强职工思想政治引领"
    title, _ = choose_title(marker, text)
    assert title == "区总工会上半年工作总结"
    described = describe_article(title, text)
    assert (described["kind"], described["year"]) == ("summary", None)
    # the same title written twice stands as the marker line gives it; so does a compound over its part
    for marker, below in (("2021工會計劃", "2021年工会工作计划"), ("2021年度工作总结和2022年度工作要点", "2021年度工作总结")):
        assert choose_title(marker, f"{marker}\n{below}\n{OPENING}")[0] == marker, marker
    # another genre's title under the marker's is another document's: the marker's title stands
    assert choose_title("区总工会2021年工作总结", f"区总工会2021年工作总结\n区总工会2022年工作计划\n{OPENING}")[0] \
        == "区总工会2021年工作总结"
    # a subtitle under the marker's title is its tail, not a title of its own
    marker, tail = "区总工会工作报告", "——在区总工会三届五次全委会上的工作报告"
    assert choose_title(marker, f"{marker}\n{tail}\n{OPENING}")[0] != tail
    # a template's anonymised title under a marker line with the page's year: the document's year is not stated
    text = f"第一篇 小学2021年工会工作总结 2550字\n小学xx年年工会工作总结\nxx年度，学校工会在上级工会的领导下，{OPENING}"
    assert describe_article("小学xx年年工会工作总结", text)["year"] is None
    assert describe_article("小学2021年工会工作总结", text.split("\n", 1)[1].replace("xx", "2021", 1))["year"] == 2021


def test_only_genre_headings_above_the_title_line_are_left_out_for_the_year():
    from unionmine.documents.title_marker import above_own_title
    from unionmine.documents.titles import _compact

    title = "小学xx年工会工作总结"
    text = f"第一篇 小学2021年工会工作总结 2550字\n{title}\n{OPENING}"
    assert above_own_title(title, text, _compact).startswith(title)
    # near miss: a page's date line above a news headline stays (it is read as before)
    news = "青禾市建筑工会召开职工小家建设交流会"
    dated = f"上一篇 2024年5月22日 放大 缩小 默认\n{news}\n本报讯 5月18日，青禾市建筑工会召开交流会。"
    assert above_own_title(news, dated, _compact) == dated
