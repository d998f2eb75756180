"""Round 22 (issue 12, titles): a column's name before a dash or a bar in a headline is the site's (ruling c), a
slogan or a series before it is the author's. Every fixture is invented; the shapes were seen on real pages of
several sites (university union sites, a shipbuilder's and a federation's news pages, Traditional mirrors)."""

from __future__ import annotations

from unionmine.documents.title_additions import bar_pieces, column_before_dash, drop_site_additions
from unionmine.documents.titles import choose_title

# ---------------------------------------------------------------- a column's name before a dash or a bar


def test_a_columns_name_before_a_dash_or_a_bar_is_no_part_of_the_title():
    for title, expected in (("基层分会活动——机电学院分工会举办教职工趣味运动会", "机电学院分工会举办教职工趣味运动会"),
                            ("工会要闻——市总工会召开十五届三次全委会议", "市总工会召开十五届三次全委会议"),
                            ("群團動態 | 機電學院分工會舉辦教職工趣味運動會", "機電學院分工會舉辦教職工趣味運動會"),
                            ("工會｜青禾縣實驗小學工會開展三八節活動", "青禾縣實驗小學工會開展三八節活動")):
        assert drop_site_additions(title) == expected, title


def test_a_slogan_or_a_series_before_a_dash_or_a_bar_stays():
    for title in ("凝心聚力促发展——记青禾县实验小学工会",  # a slogan and its subtitle
                  "工会活动——记青禾县实验小学工会的一天",  # a column word, but a portrait's subtitle after it
                  "主题党日活动——走进红色教育基地",  # no unit after the dash: a title and its subtitle
                  "一图读懂｜青禾县总工会2023年工作回顾",  # a public account's series
                  "工会动态——不满八字"):
        assert column_before_dash(title) is None and drop_site_additions(title) == title, title


def test_a_headline_after_a_column_and_a_bar_keeps_its_commas():
    lines = ["群团动态 | “乒”出活力，搏出精彩，青禾船舶公司举办第二届乒乓球团体赛",
             "为丰富职工业余文化生活，4月22日，青禾船舶公司工会组织举办了第二届乒乓球团体赛。",
             "本届比赛共有近200名选手组成的22个代表队参赛，比赛精彩激烈，高潮迭起。"]
    text = "\n".join(lines)
    title, _ = choose_title(None, text)
    assert title == "“乒”出活力，搏出精彩，青禾船舶公司举办第二届乒乓球团体赛"
    # near miss: a column's name alone over a first sentence gives no title of that sentence
    text = "\n".join(["群团动态", lines[1]])
    assert choose_title(None, text)[0] != lines[1]


def test_a_headline_in_a_table_row_with_empty_cells_is_the_title():
    # a page laid out in a table: its headline in the first cell, empty cells after it (seen with and without
    # them on three sites); bars alone on a line are no title either
    lines = ["| 青禾煤矿工会举办“安康杯”知识竞赛活动 | |||",
             "| 煤炭资讯网 | 2024-6-5 6:51:15 图片新闻 | ||",
             "本网讯 5月29日，青禾煤矿2024年“安康杯”知识竞赛决赛在该矿职工学校举行，六家分会参加。"]
    assert choose_title(None, "\n".join(lines))[0] == "青禾煤矿工会举办“安康杯”知识竞赛活动"
    assert choose_title(None, "\n".join(["| 青禾区市场监管局开展环湖健步行活动 |", "|", lines[2]]))[0] == (
        "青禾区市场监管局开展环湖健步行活动")
    # near miss: a bar between two cells of words is no table row's edge
    assert bar_pieces(["工会动态 | 联赛落幕"]) == ["工会动态 | 联赛落幕"]
