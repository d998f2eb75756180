"""Round 27 (issue 13): what spent sets 22-23 and USER12 showed, in the lexicon. Fixtures are invented sentences.
(Measured and not shipped: rest stations as 送温暖 terms, 劳动关系 weak, 送清凉 a 维权 `against` cue, 薪酬 rules as
strong 维权 terms: docs/EVALUATION.md, round 27.)

- a contest for production safety is 维权 (R8), also when the contest's other aim stands between the words;
- 反映职工 is weak for 民主管理; 参观考察 is no strong 文体活动 term (a visit to study work)."""

import pytest

from unionmine.taxonomy import load_taxonomy
from unionmine.themes.lexicon import term_hits


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def _hits(tax, theme, text):
    return term_hits(text, next(t for t in tax.themes if t.name == theme), tax.context)


def _top(tax, theme, text):
    return max(_hits(tax, theme, text).values(), default=0.0)


def test_a_safety_contest_is_rights_work(tax):
    assert _top(tax, "维权", "组织开展安全知识竞赛，八个班组参加。") >= 1.0
    assert _top(tax, "维权", "开展“安全生产、节能降耗”劳动竞赛三项。") >= 1.0
    # a contest for output, or safety far from the contest, is no safety contest
    assert _top(tax, "维权", "开展“提质增效”劳动竞赛三项。") < 1.0
    assert "安全生产+竞赛" not in _hits(tax, "维权", "开展岗位练兵和技术比武，年底还要认真总结全年的安全生产工作。")


def test_reflecting_staff_is_weak_for_democratic_management(tax):
    assert _top(tax, "民主管理", "统计数据客观反映职工队伍的发展状况。") < 1.0
    # the congress still counts
    assert _top(tax, "民主管理", "代表在职代会上反映职工的意见。") >= 1.0


def test_a_study_visit_is_no_outing(tax):
    assert _top(tax, "文体活动", "工会干部到兄弟单位参观考察工会工作。") < 1.0
    assert _top(tax, "文体活动", "组织职工春游，参观考察古镇。") >= 1.0
