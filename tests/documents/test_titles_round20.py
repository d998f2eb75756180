"""Round 20 of titles: bars beside an untitled news item's headline (own wording, none copied from a page)."""

import pytest

from unionmine.documents.title_additions import bar_pieces
from unionmine.documents.titles import choose_title

NEWS = "4月12日下午，青石街道总工会在社区活动中心举办职工羽毛球联赛，辖区二十余家企业的职工参加了比赛，气氛热烈。"


def title_of(text, split_title=None):
    return choose_title(split_title, text, source="page.txt")[0]


@pytest.mark.parametrize("line, headline", [
    # a table's cell: bars at both edges of the headline line
    ("| 青石街道职工羽毛球联赛圆满落幕 |", "青石街道职工羽毛球联赛圆满落幕"),
    ("｜青石街道职工羽毛球联赛圆满落幕", "青石街道职工羽毛球联赛圆满落幕"),
    # a column's name before a bar
    ("基层动态 | 奋楫争先——街道总工会举办职工羽毛球联赛", "奋楫争先——街道总工会举办职工羽毛球联赛"),
])
def test_bars_beside_an_untitled_news_items_headline_go(line, headline):
    assert title_of(f"{line}\n{NEWS}") == headline


def test_a_series_with_digits_or_a_short_piece_keeps_its_line():
    # near misses: a series name with its year (回眸2024｜…) is no column; a headline too short after the bar stays
    assert bar_pieces(["回眸2024｜青石街道工会这一年"]) == ["回眸2024｜青石街道工会这一年"]
    assert bar_pieces(["工会动态 | 联赛落幕"]) == ["工会动态 | 联赛落幕"]
    assert bar_pieces(["工会动态 | 职工羽毛球联赛在青石街道圆满落幕"]) == ["工会动态", "职工羽毛球联赛在青石街道圆满落幕"]
    # a genre title with a bar is read as before (the shorter title piece)
    assert title_of("范文大全｜青石街道工会2024年工作总结\n" + NEWS) == "青石街道工会2024年工作总结"
