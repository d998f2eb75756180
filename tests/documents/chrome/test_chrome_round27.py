"""Round 27 (issue 12, chrome): a page's menu words that echo its own breadcrumb over the text, a compilation's
header whose count claim says 汇编, and the short lines under a news item's closing credit. Every fixture is
invented; each rule has its near misses (a title that the breadcrumb ends with, a numbered heading, a signature
over its date, a date, a copy of the title, a sentence)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.closing import after_closing_credit, glued_credit
from unionmine.documents.chrome.crumbs import crumb_echoes, crumb_items
from unionmine.documents.chrome.lines import line_feature

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


CREDITED = [*TEXT[:2], "工会主席表示，学校工会将继续开展形式多样的文体活动，丰富教职工的业余生活。（通讯员：某某）"]


def test_a_glued_credit_closes_a_news_item():
    assert glued_credit(CREDITED[-1])
    for line in ("工会主席表示，学校工会将继续丰富教职工的业余生活。（2023年5月）", "（通讯员：某某）", TEXT[0],
                 "活动分为三个环节（见附件）"):
        assert not glued_credit(line), line


def test_short_lines_under_a_closing_credit_are_the_sites():
    for tail in (["某某港务集团有限公司"], ["青禾镇第二小学，“三八”妇女节系列活动"], ["某某/摄", "相关阅读"]):
        lines = [TITLE, *CREDITED, *tail]
        marks: dict[int, str] = {}
        after_closing_credit(lines, marks)
        assert sorted(marks) == list(range(len(lines) - len(tail), len(lines))), tail
    cleaned = _cleaned([TITLE, *CREDITED, "某某港务集团有限公司", "版权所有：某某港务集团有限公司"])
    assert "港务集团" not in cleaned and CREDITED[-1] in cleaned


def test_what_stands_under_a_credit_and_stays():
    for tail in (["2015年10月19日"],  # a date
                 ["青禾镇第二小学工会", "2023年5月8日"],  # a signature over its date
                 [TITLE],  # the title printed again
                 ["一、活动安排"],  # a heading: the text goes on
                 ["比赛分书法和绘画两类，评委老师认真评选，共评出一等奖三名。"],  # a sentence
                 ["相关阅读", "工会动态", "学院新闻", "通知公告"]):  # more than a few lines: other rules judge them
        lines = [TITLE, *CREDITED, *tail]
        marks: dict[int, str] = {}
        after_closing_credit(lines, marks)
        assert marks == {}, tail
    # no credit, no cut: a unit's name under the last sentence may be a signature
    marks = {}
    after_closing_credit([TITLE, *TEXT, "青禾镇第二小学工会"], marks)
    assert marks == {}
