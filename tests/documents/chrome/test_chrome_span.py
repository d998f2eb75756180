"""Round 13 (issue 12, branch ingest13a): chrome by the text's span (``documents/chrome_span``).
Every fixture is invented; the short lines taken are worded unlike any development file."""

from __future__ import annotations

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.line_shapes import title_like
from unionmine.documents.chrome.span import span_chrome, text_span

TITLE = "青石路小学工会2025年度工作总结"
TEXT = ["这一年，校工会在学校党支部领导下，围绕教职工关心的事情办实事，全年开展活动十二次。",
        "一、关心教职工生活",
        "走访生病住院教职工九人次，春节前慰问退休教师二十一人，发放慰问金一万二千元。",
        "二、开展文体活动",
        "组织春季登山和秋季趣味运动会，参加教职工一百三十人次，丰富了大家的业余生活。"]
SIGN = ["青石路小学工会", "2025年12月30日"]


def _taken(lines: list[str], marks: dict[int, str]) -> list[str]:
    before = dict(marks)
    span_chrome(lines, marks, title_like)
    return [lines[i] for i in sorted(marks) if i not in before]


def test_short_lines_above_the_span_are_taken_and_none_under_it():
    lines = ["网站首页 > 校园动态", "云帆信息港", TITLE, *TEXT, *SIGN, "猜你想看", "版权所有 © 某某网"]
    marks = {0: "breadcrumb", len(lines) - 1: "copyright"}
    assert _taken(lines, marks) == ["云帆信息港"]


def test_headings_list_items_fields_and_bracketed_lines_above_the_title_stay():
    head = ["述职人：韩梅", "（校级先进集体）", "▌暖心行动 一路同行", "第3周 跳绳比赛", "11月份", "1、教工羽毛球赛",
            "蓝鲸资讯"]
    lines = ["首页 > 动态", *head, TITLE, *TEXT, *SIGN]
    assert _taken(lines, {0: "breadcrumb"}) == ["蓝鲸资讯"]


def test_lines_between_the_title_and_the_text_are_the_documents():
    lines = ["导航 > 工会 > 总结", TITLE, "又是一年", "我们一路同行", *TEXT, *SIGN]
    assert _taken(lines, {0: "breadcrumb"}) == []


def test_without_a_title_the_longest_line_above_the_text_is_the_headline():
    lines = ["[ 综合服务栏目 ]", "湖湾区教工之家联谊会举行换届大会", "2025-04-02 08:30", *TEXT]
    marks = {2: "posted_date"}
    assert _taken(lines, marks) == ["[ 综合服务栏目 ]"]


def test_a_units_name_over_a_title_naming_none_is_the_titles_first_line():
    lines = ["栏目：文档 > 总结", "溪口镇中心小学工会", "2025年度工作总结", *TEXT, *SIGN]
    assert _taken(lines, {0: "breadcrumb"}) == []
    lines[2] = "溪口镇中心小学工会2025年度工作总结"
    lines[1] = "溪口镇中心小学"
    assert _taken(lines, {0: "breadcrumb"}) == ["溪口镇中心小学"]


def test_numbered_titles_of_a_compilation_and_markers_stay():
    lines = ["文库 > 工会总结", "学校工会工作总结 篇2", "学校工会工作总结20_3", "【第四篇】", *TEXT]
    assert _taken(lines, {0: "breadcrumb"}) == []


def test_the_span_reaches_the_signature_and_a_page_without_rules_is_read_too():
    lines = ["某某文摘", TITLE, *TEXT, "附件", "校工会", "2025.12.30"]
    assert text_span(lines, {}) == (2, len(lines) - 1)
    assert _taken(lines, {}) == ["某某文摘"]


def test_a_tables_rows_stay():
    table = ["月份 | 活动 |", "三月 |", "登山 踏青 |", "五月 |"]
    lines = ["扫码关注", *table, TITLE, *TEXT]
    assert _taken(lines, {}) == ["扫码关注"]


def test_a_compilation_and_the_line_on_top_of_the_text_are_left_alone():
    lines = ["文库首页", "其一", TITLE, *TEXT, "其二", TITLE, *TEXT]
    assert _taken(lines, {}) == []
    lines = ["文库首页", TITLE, "一年来", *TEXT]
    assert _taken(lines, {}) == ["文库首页"]
    lines = ["文库首页", "湖湾区教工之家联谊会换届", "心里话", *TEXT]
    assert _taken(lines, {}) == ["文库首页"]


def test_find_chrome_runs_the_span_pass():
    lines = ["当前位置：首页 > 工会工作", "蓝鲸资讯", TITLE, *TEXT, *SIGN, "热门标签", "Copyright 2025 某某网 版权所有"]
    removed = find_chrome(lines).removed
    assert removed.get(1) or removed.get(len(lines) - 2)
    assert all(i not in removed for i in range(2, 2 + len(TEXT) + 3))


def test_a_page_in_english_is_left_alone():
    lines = ["Home > Union news", "Union work plan 2025",
             "The union will hold its members' congress in spring and visit every retired teacher.",
             "1. Hold two study sessions each term.", "Copyright 2025 Example site"]
    assert _taken(lines, {0: "breadcrumb", 4: "copyright"}) == []


def test_a_byline_between_a_headline_and_its_copy_is_taken():
    lines = ["栏目 > 范文", "教工之家工作计划", "柳岸文老师", "教工之家工作计划范文", *TEXT]
    assert _taken(lines, {0: "breadcrumb"}) == ["柳岸文老师"]


def test_a_reports_main_title_over_its_dash_subtitle_stays():
    """A congress report's slogan title sits above "——在…上的报告" and under the page's own headline
    and meta line (two blind real pages lost it): it is the document's title, not a short chrome line."""
    report = ["凝心聚力 守正创新", "奋力谱写学校高质量发展新篇章", "——在枫林学院第三届教代会第二次会议上的工作报告",
              "（2024年12月20日）", "各位代表："]
    lines = ["枫林学院第三届教代会第二次会议工作报告", "发稿人：宣传部 阅读：36", *report, *TEXT]
    assert _taken(lines, {1: "meta"}) == []
    lines = ["蓝鲸资讯", *report, *TEXT]
    assert _taken(lines, {}) == ["蓝鲸资讯"]
