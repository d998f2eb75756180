"""Round 21 (kinds): 今年 alone names the year and does not look back; a 工作纪实 is an account of the work.

Fixtures are the team's own invented lines (no page text), each rule with a near miss.
"""

from __future__ import annotations

import pytest

from unionmine.documents.kinds import find_kind


@pytest.mark.parametrize(
    "title, text, kind",
    [
        # 今年 names the year a question, a plan or a news item is about: no look back
        ("", "职工书屋换新颜\n今年，书屋该添哪些新书？馆员和大家一起商量。\n留言区里，教工们各抒己见。", "other"),
        ("", "今年，小家的健身角会是什么样？请看设计图。\n设计图由青年教师绘制。", "other"),
        # ... this year's work still to do is a plan's opening
        ("车间工会聚焦三件事", "车间工会今年着力抓好安全生产，团结职工完成全年任务。\n——抓好班组建设。", "plan"),
        ("", "社区工会今年将重点做好新就业形态劳动者入会工作，并为快递小哥建好驿站。", "plan"),
        ("", "今年的重点是职工技能提升，工会把培训送到车间。", "plan"),
        # near misses: the work looked back on stays a summary
        ("", "今年以来，街道工会围绕中心工作，开展了职工技能比武和送清凉活动。", "summary"),
        ("", "过去的一年，学校工会在党支部领导下做了大量工作。", "summary"),
        # ... and so does this year's work told as done, clause by clause (as before this round)
        ("", "今年，镇工会走访困难职工四十户，发放了慰问金两万元。", "summary"),
        ("", "今年，车间工会取得劳动竞赛团体第一名。", "summary"),
    ],
)
def test_this_year_alone_does_not_look_back(title, text, kind):
    assert find_kind(title, text)[0] == kind


@pytest.mark.parametrize(
    "title, text, kind",
    [
        ("凝心聚力谱新篇——某某区城管局工会工作纪实", "一年来，局工会紧扣中心工作，办成了几件职工关心的实事。", "summary"),
        ("暖心小家 实干为先——青禾物流公司工会2023年工作纪实", "建家、送温暖、劳动竞赛，公司工会一样没落下。", "summary"),
        # near miss: an event's record is news, not the account of a period's work
        ("“巾帼心向党”登山活动纪实", "3月8日上午，区妇联与区总工会组织女职工登上南山。", "other"),
    ],
)
def test_an_account_of_the_work_is_a_summary(title, text, kind):
    assert find_kind(title, text)[0] == kind
