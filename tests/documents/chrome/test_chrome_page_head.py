"""Chrome and titles at the head of pages copied as text (issue 12, measured on real pages).

Every line here is invented: it reproduces a shape seen on real sites (a compilation's count
claim, a breadcrumb that lost its separators, a file card, tag words above the title, a
column name, a news headline), never a site's own words.
"""

import pytest

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.clean import clean_page
from unionmine.documents.describe import find_kind
from unionmine.documents.titles import choose_title


@pytest.mark.parametrize(
    "line, feature",
    [
        ("城南中学工会工作总结（精选4篇）", "compilation_header"),
        ("教职工之家建设总结精选3篇", "compilation_header"),
        ("关于社区工会年度工作计划5篇", "compilation_header"),
        ("职工书屋工作总结(优)", "compilation_header"),
        ("【推荐】街道工会工作计划", "compilation_header"),
        ("首页计划工会工作计划", "breadcrumb"),
        ("您的当前位置：首页 青禾范文 工作总结", "breadcrumb"),
        ("- 页数:6", "meta"),
        ("• 18.5 KB", "meta"),
        ("· 2022-03-01 上传", "meta"),
        ("发布时间：", "meta"),
        ("来源： 点击：", "meta"),
        ("青禾文秘网权威发布社区工会工作总结，更多社区工会工作总结相关信息请访问青禾文秘网。【导语】", "intro"),
        ("热门文章更多>>", "related"),
        ("最新发布文章更多>>", "related"),
        ("本文目录 工会工作总结 工会工作计划", "tags"),
    ],
)
def test_head_chrome_features(line, feature):
    assert line_feature(line) == feature


@pytest.mark.parametrize(
    "line",
    [
        "工会工作总结 篇2",  # an article's marker line: its title, not a count claim
        "工会工作制度第2篇",
        "全年共撰写调研文章12篇。",
        "时间：3月12日",  # a plan's own field
        "2、地点：区体育馆",
        "本文目录中列出了12项制度，今年我校工会逐项对照落实。",
    ],
)
def test_text_lines_are_not_head_chrome(line):
    assert line_feature(line) is None


def _kept(lines):
    marks = find_chrome(lines).removed
    return [line for i, line in enumerate(lines) if i not in marks]


def test_short_lines_above_the_title_and_in_the_meta_block_go():
    lines = ["职工园地", "2022年东岭小学工会工作总结", "来源：", "校园动态",
             "今年，东岭小学工会在学校党支部领导下开展工作。", "一、关心教职工生活", "东岭小学工会", "2022年12月30日"]
    assert _kept(lines) == lines[1:2] + lines[4:]


def test_tag_words_above_the_title_go_the_title_stays():
    lines = ["温馨提示：", "1. 本文档由会员上传，下载前请仔细阅读文档内容。", "2024", "街道", "工会", "工作计划",
             "清河街道工会2024年工作计划", "2024年，街道工会将围绕中心服务大局。"]
    assert clean_page("\n".join(lines)).text.split("\n") == lines[6:]


def test_a_headline_between_meta_lines_stays():
    lines = ["当前位置：", "区总工会召开2023年度工会工作会议", "2024-01-12 10:20", "打印",
             "1月11日，区总工会召开年度工作会议，总结一年工作。"]
    assert _kept(lines) == [lines[1], lines[4]]


def test_a_title_with_its_variant_after_a_bar_stays_between_chrome():
    lines = ["写作助手，一键成文！ 立即了解", "关于社区工会工作总结范文｜社区工会工作总结",
             "以下是小编整理的社区工会工作总结，仅供参考，希望能够帮助到大家。", "今年社区工会围绕居民需求开展工作。"]
    assert lines[1] in _kept(lines)
    title, _ = choose_title(None, "\n".join(lines[1:2] + lines[3:]))
    assert title == "社区工会工作总结"


def test_a_table_of_contents_line_with_the_text_after_it_is_kept():
    text = "本文目录 工会总结 工会计划  2021年，我校工会坚持服务教职工，全年办成实事12件。\n一、主要工作\n开展了送温暖活动。"
    assert "全年办成实事12件" in clean_page(text).text


@pytest.mark.parametrize(
    "first, title",
    [
        ("街道工会工作计划篇3", "街道工会工作计划"),
        ("【篇2】企业工会工作总结", "企业工会工作总结"),
        ("机关工会工作计划 【篇1】", "机关工会工作计划"),
        ("幼儿园工会工作计划范文二", "幼儿园工会工作计划"),
    ],
)
def test_markers_glued_to_a_title_come_off(first, title):
    assert choose_title(None, first + "\n新的一年，工会将继续做好服务职工工作。")[0] == title


def test_the_marker_title_is_kept_when_the_text_starts_with_it():
    text = "工会工作计划是指工会在一定时期内的工作安排。\n一、目标"
    assert choose_title("工会工作计划", text, several=False)[0] == "工会工作计划"


@pytest.mark.parametrize(
    "title, kind",
    [
        ("区总工会召开年度工作总结会议", "other"),
        ("怎样写好工会工作计划", "other"),
        ("学校工会工作总结的写法", "other"),
        ("城北小学工会2023年工作总结", "summary"),
        ("城北小学工会2024年工作计划", "plan"),
    ],
)
def test_a_title_about_a_genre_is_no_document_of_it(title, kind):
    assert find_kind(title, "今年以来，工会做了大量工作。")[0] == kind
