"""Round 39 (issue 12): guards over what a title never holds — a site's prompt to its reader (the browser to use or
fetch) and a line that stops where its clause goes on (a sentence's half). Invented lines; near misses keep their
titles."""

from __future__ import annotations

import pytest

from unionmine.documents.title_lines import OPEN_END, chrome_line
from unionmine.documents.titles import choose_title


def test_a_browser_prompt_is_no_title():
    text = ("请至Edge官网下载 请至Firefox官网下载\n晴\n"
            "5月3日，青禾市铁路工会与公司再次协商，双方同意延期讨论休假安排。")
    title, _ = choose_title(None, text)
    assert "下载" not in title
    assert chrome_line("为达最佳浏览效果，建议使用新版浏览器")


def test_a_sentence_s_half_is_no_title():
    text = ("为全体工会职工送上了一场\n以“书香青禾”为主题的读书活动，\n让大家在繁忙的工作中得到了放松。\n"
            "10月30日下午，青禾法院工会组织职工开展读书分享会。")
    title, _ = choose_title("为全体工会职工送上了一场", text)
    assert title != "为全体工会职工送上了一场"


@pytest.mark.parametrize("line", ["青禾区总工会举办第一场", "工会为职工办的", "关于工会经费使用的", "我们在"])
def test_open_ends(line):
    assert OPEN_END.search(line)


@pytest.mark.parametrize("line", [
    "青禾区总工会举办首届职工运动会", "工会小组开展登山活动", "校工会开展三八节系列活动一", "职工书屋建设的目标",
    "以实际行动践行工会作为", "一线职工的“暖心驿站”", "青禾中学举行教职工篮球赛（第二场）",
])
def test_near_misses_keep_their_line(line):
    # a whole headline, a name's own 的 or 为 (目标, 作为), a quoted close, a bracket after a count
    assert not OPEN_END.search(line)


def test_a_headline_with_a_browser_word_inside_a_name_is_not_lost():
    # the guard reads a prompt's words (官网下载, 浏览器), not a product's name alone
    title, _ = choose_title(None, "青禾公司工会开展Edge杯职工技能大赛\n5月3日，青禾公司工会举办职工技能大赛，共有80名职工参加。")
    assert title == "青禾公司工会开展Edge杯职工技能大赛"
