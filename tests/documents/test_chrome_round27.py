"""Round 27 (issue 12, chrome): a page's menu words that echo its own breadcrumb over the text, and a compilation's
header whose count claim says 汇编. Every fixture is invented; each rule has its near misses (a title that the
breadcrumb ends with, a numbered heading, a signature, a date)."""

from __future__ import annotations

from tests.documents.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome_crumbs import crumb_echoes, crumb_items
from unionmine.documents.chrome_lines import line_feature

CRUMB = "您所在的位置: 首页 >>综合新闻 >>工会风采"


def test_the_items_of_a_breadcrumb():
    assert crumb_items(CRUMB) == ["综合新闻", "工会风采"]
    assert crumb_items("当前位置：网站首页 > 新闻中心 > 正文") == ["新闻中心", "正文"]


def test_menu_words_that_echo_the_breadcrumb_are_chrome():
    cleaned = _cleaned([CRUMB, "综合新闻", "工会风采", TITLE, "发布时间：2023-04-20 浏览次数：", *TEXT])
    assert "综合新闻" not in cleaned and "工会风采" not in cleaned
    assert TITLE in cleaned and all(t in cleaned for t in TEXT)
    lines = [CRUMB, "综合新闻", "工会风采", TITLE, *TEXT]
    marks = {0: "breadcrumb"}
    crumb_echoes(lines, marks)
    assert marks == {0: "breadcrumb", 1: "crumb_echo", 2: "crumb_echo"}


def test_what_the_breadcrumb_cannot_take():
    # a breadcrumb that ends with the page's own headline: the headline stays
    crumb = f"当前位置：首页 > 工会动态 > {TITLE}"
    lines = [crumb, TITLE, *TEXT]
    marks = {0: "breadcrumb"}
    crumb_echoes(lines, marks)
    assert marks == {0: "breadcrumb"}
    # the last item alone over the text may be the headline: it stays; a genre title stays
    for head in (["工会风采"], ["学校工会工作计划"]):
        lines = [f"当前位置：首页 > 综合新闻 > {head[0]}", *head, *TEXT]
        marks = {0: "breadcrumb"}
        crumb_echoes(lines, marks)
        assert marks == {0: "breadcrumb"}, head
    # a numbered heading, a date and a line under the first paragraph stay, whatever the breadcrumb says
    lines = ["当前位置：首页 > 一、工作回顾 > 2023年4月20日 > 工会风采", "一、工作回顾", "2023年4月20日",
             TITLE, *TEXT, "工会风采"]
    marks = {0: "breadcrumb"}
    crumb_echoes(lines, marks)
    assert marks == {0: "breadcrumb"}
    # without a breadcrumb the same words are other rules' to judge
    marks = {}
    crumb_echoes(["综合新闻", "工会风采", TITLE, *TEXT], marks)
    assert marks == {}


def test_a_compilations_header_that_says_huibian():
    for line in ("幼儿园工会工作总结(汇编15篇)", "学校工会工作计划（汇编 8 篇）", "【汇编】学校工会工作总结"):
        assert line_feature(line) == "compilation_header", line
    for line in ("学校工会制度汇编", "一、汇编工会工作资料", "工会工作文件汇编（2023年）", "第1篇 小学工会年度工作总结汇编"):
        assert line_feature(line) != "compilation_header", line
