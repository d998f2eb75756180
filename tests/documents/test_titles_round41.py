"""Round 41 (issue 12): a congress's vote on a report and a dash subtitle are no title lines, so the headline over the
text stays the title. Invented lines; near misses keep their titles."""

from __future__ import annotations

import pytest

from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.title_lines import is_title_line
from unionmine.documents.titles import choose_title

PARAGRAPH = ("2023年3月2日，青禾市机械厂召开三届二次职工代表大会，全厂96名职工代表出席。会议听取并审议了厂长所作的"
             "工作报告，大家认为报告实事求是。")


@pytest.mark.parametrize("line", [
    "大会审议通过了厂长王某做的《2022年工作报告及2023年工作思路》",
    "会议审议并通过了《青禾机械厂工会工作报告》",
    "——青禾机械厂工会工作纪实",
    "——记青禾机械厂工会2023年工作总结",
])
def test_no_title_line(line):
    assert not is_title_line(line, default_describe_rules())


@pytest.mark.parametrize("line", [
    "青禾机械厂工会2023年工作报告", "关于审议工作报告的通知", "青禾机械厂工会工作纪实",
])
def test_title_lines_stay(line):
    assert is_title_line(line, default_describe_rules())


def test_headline_over_a_dash_subtitle():
    text = "“爬坡”路上建家交心\n——青禾机械厂工会工作纪实\n" + PARAGRAPH
    assert choose_title("“爬坡”路上建家交心", text)[0] == "“爬坡”路上建家交心"


def test_headline_over_the_vote_on_a_report():
    text = "机械厂三届二次职代会胜利召开\n" + PARAGRAPH + "\n大会审议通过了厂长王某做的《2022年工作报告》\n"
    assert choose_title("机械厂三届二次职代会胜利召开", text)[0] == "机械厂三届二次职代会胜利召开"


def test_an_official_title_broken_in_its_subject():
    from unionmine.documents.title_broken import with_event_tail

    first = "青禾市教育工会关于开展全市教育系统工会"
    assert with_event_tail(first, "优秀提案评比的通知", PARAGRAPH) == first + "优秀提案评比的通知"
    # near misses: a whole title over the salutation, a sentence's 关于 with no issuer before it
    assert with_event_tail("青禾市教育工会关于开展提案评比的通知", "各学校工会：", PARAGRAPH) == "青禾市教育工会关于开展提案评比的通知"
    assert with_event_tail(first, "各学校工会：", PARAGRAPH) == first
    assert with_event_tail("我们关于这次活动的想法很多", "大家的通知", PARAGRAPH) == "我们关于这次活动的想法很多"


def test_a_congress_over_its_session():
    from unionmine.documents.chrome.find import find_chrome
    from unionmine.documents.title_broken import with_event_tail

    lines = ["青禾小学第六届教代会", "第四次会议圆满召开", PARAGRAPH, PARAGRAPH]
    assert 0 not in find_chrome(lines).removed  # the headline's first line, not a column over the text
    assert with_event_tail(lines[0], lines[1], PARAGRAPH) == "青禾小学第六届教代会第四次会议圆满召开"
    # near misses: a session line under no congress, a congress over a headline of its own
    assert with_event_tail("青禾小学工会", "第四次会议圆满召开", PARAGRAPH) == "青禾小学工会"
    assert with_event_tail("青禾小学第六届教代会", "教师们积极建言献策", PARAGRAPH) == "青禾小学第六届教代会"
