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
