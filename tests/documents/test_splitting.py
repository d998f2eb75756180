"""Splitting: each numbering style, tables of contents, titles, and the loses-no-text invariant."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionmine.documents.split import split_articles
from unionmine.text.numerals import numeral_value

A = "一年来,学校工会在党支部的领导下,组织教职工开展篮球比赛。"
B = "新的一年,工会将继续做好困难教职工慰问工作,推进校务公开。"
C = "本学期,工会组织全体会员参加体检,召开教代会审议绩效方案。"


def _ws(s: str) -> str:
    return re.sub(r"\s", "", s)


def assert_partition(page: str, articles) -> None:
    """The articles (markers and texts) are the page minus a dropped preamble."""
    rebuilt = _ws("".join((a.marker or "") + a.text for a in articles))
    assert _ws(page).endswith(rebuilt)


@pytest.mark.parametrize(
    "page, titles",
    [
        (f"学校工会工作总结 篇1\n{A}\n学校工会工作总结 篇2\n{B}", ["学校工会工作总结"] * 2),
        (f"篇一 2023年机关单位工会年度工作报告\n{A}\n篇二 学校工会年度工作总结报告\n{B}",
         ["2023年机关单位工会年度工作报告", "学校工会年度工作总结报告"]),
        (f"篇一:20xx学校工会工作总结  {A} 篇二:20xx学校工会工作计划  {B}",
         ["20xx学校工会工作总结", "20xx学校工会工作计划"]),
        (f"工会工作计划表一\n{A}\n工会工作计划表二\n{B}\n工会工作计划表篇三\n{C}", ["工会工作计划表"] * 3),
        (f"第一篇 学校工会工作总结\n{A}\n第二篇 学校工会工作计划\n{B}", ["学校工会工作总结", "学校工会工作计划"]),
    ],
    ids=["title_pian_n", "pian_n_title", "inline_flattened", "title_numeral", "di_n_pian"],
)
def test_numbering_styles(page, titles):
    arts = split_articles(page)
    assert [a.title for a in arts] == titles
    assert A in arts[0].text and B in arts[1].text
    assert_partition(page, arts)


def test_table_of_contents_is_not_an_article():
    page = f"- 目录\n篇一 学校工会工作总结\n篇二 学校工会工作计划\n篇一 学校工会工作总结\n{A}\n篇二 学校工会工作计划\n{B}"
    arts = split_articles(page)
    assert len(arts) == 2
    assert arts[0].text.endswith(A) and arts[1].text.endswith(B)


def test_preamble_is_dropped_and_first_title_line_used():
    page = (
        "学校工会的工作总结\n\n在众多文章中,本站挑选了一篇受欢迎的范文。\n\n学校工会的工作总结 篇1\n\n"
        f"前望小学工会工作总结\n\n{A}\n\n学校工会的工作总结 篇2\n\n各位代表:\n\n{B}"
    )
    arts = split_articles(page)
    assert [a.title for a in arts] == ["前望小学工会工作总结", "学校工会的工作总结"]
    assert "在众多文章中" not in "".join(a.text for a in arts)
    assert_partition(page, arts)


def test_page_title_claims_do_not_make_articles():
    page = f"2026年工会工作计划表(20篇)\n\n工会工作计划表一\n\n{A}\n\n工会工作计划表二\n\n{B}"
    arts = split_articles(page)
    assert len(arts) == 2
    # The fallback title is the repeated prefix, without the compilation's year.
    assert all("2026" not in a.title for a in arts)


def test_numbers_must_increase():
    page = f"学校工会工作总结 篇1\n{A}\n学校工会工作总结 篇2\n{B}\n引用 篇1\n{C}"
    arts = split_articles(page)
    assert len(arts) == 2 and C in arts[1].text


def test_bare_numbered_headings_are_not_markers():
    page = f"学校工会工作总结\n亮点一\n{A}\n亮点二\n{B}"
    arts = split_articles(page)
    assert len(arts) == 1 and arts[0].title == "学校工会工作总结"


def test_page_without_markers_is_one_article():
    page = f"平望镇中心小学2017年工会工作总结\n\n{A}{B}"
    [art] = split_articles(page, page_title="000_1108c7991b58d631")
    assert art.title == "平望镇中心小学2017年工会工作总结"
    assert art.marker is None and art.text == page


@pytest.mark.parametrize("s, n", [("1", 1), ("12", 12), ("一", 1), ("十", 10), ("十六", 16), ("二十一", 21)])
def test_numeral_value(s, n):
    assert numeral_value(s) == n


PARTS = st.sampled_from([A, B, C, "学校工会工作总结 篇1", "篇二:学校工会工作计划  ", "工会工作计划表三", "\n", " "])


@settings(max_examples=100, deadline=None)
@given(st.lists(PARTS, max_size=10))
def test_splitting_loses_no_text(parts):
    page = "".join(parts)
    assert_partition(page, split_articles(page))
