"""Round 21 (kinds): every plan word is a genre word (思路, 打算, 设想, 安排, 实施意见), and a genre's name alone on a
line (a doc site's keyword line) is no title; a day set for an event (工会计划5月20日组织…) is no plan's opening.

Fixtures are the team's own invented lines (no page text), each rule with a near miss.
"""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.line_shapes import BARE_GENRE
from unionmine.documents.kinds import find_kind
from unionmine.documents.titles import choose_title

REVIEW = "2024年上半年，青禾镇总工会在镇党委领导下，围绕职工所需开展了一系列工作，现将有关情况总结如下：\n一、上半年主要工作"


@pytest.mark.parametrize("ahead", ["工作打算", "工作设想", "工作安排", "工作思路"])
def test_a_genre_name_alone_over_the_title_is_no_title(ahead):
    # a doc site's keyword lines above a half-year title naming two genres
    page = f"2024\n镇总工会\n半年\n工作总结\n下半年\n{ahead}\n青禾镇总工会2024年上半年工作总结及下半年{ahead}\n{REVIEW}"
    title = choose_title(None, page, source="page.txt")[0]
    assert title == f"青禾镇总工会2024年上半年工作总结及下半年{ahead}"
    assert find_kind(title, REVIEW)[0] == "report"


def test_a_title_with_a_plan_word_is_still_a_title():
    # near misses: a unit's own plan title is no bare genre name; a genre name alone still is one
    assert not BARE_GENRE.match("青禾镇总工会2025年工作思路")
    assert BARE_GENRE.match("工作思路") and BARE_GENRE.match("年度打算") and BARE_GENRE.match("工作总结")
    assert choose_title(None, f"工作思路\n青禾镇总工会2025年工作思路\n{REVIEW}", source="p.txt")[0] == "青禾镇总工会2025年工作思路"


@pytest.mark.parametrize("title, kind", [
    ("某某区住建局工会2024年文体活动实施意见", "plan"),
    ("市直机关工会关于开展职工读书月活动的工作意见", "plan"),
    ("社区工会下半年工作设想", "plan"),
    # near miss: a headline that asks staff for their views names no genre
    ("校工会开展“我为食堂提意见”征集", "other"),
])
def test_plan_words(title, kind):
    text = "为丰富职工业余生活，结合本单位实际，提出如下意见。\n一、活动安排" if kind == "plan" else "近日，校工会向教职工征集对食堂的意见。"
    assert find_kind(title, text)[0] == kind


@pytest.mark.parametrize("text, kind", [
    # a day set for an event: the item tells of the event
    ("登高望远 携手同行\n为增进交流，车间工会计划于5月20日组织职工登山。当天清晨，四十余名职工在山脚集合，一路说笑登顶。", "other"),
    ("社区工会计划2023年10月1日举办邻里运动会，居民踊跃报名。", "other"),
    # near miss: a plan's own opening keeps its cue
    ("为做好本学期工会工作，特制定以下计划：\n一、加强自身建设", "plan"),
    ("工会计划在本学期组织三次读书分享会，并做好教职工体检。", "plan"),
])
def test_a_day_set_for_an_event_is_no_plans_opening(text, kind):
    assert find_kind("", text)[0] == kind
