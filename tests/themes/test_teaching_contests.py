"""Ruling R14 in the lexicon: teaching and skill contests are 其他 ("professional training and teaching
competitions", "skill contests aimed at work output are 其他"), so their 比赛/大赛 is no 文体活动 evidence; a sports
or culture item beside them keeps its own. Fixtures are invented sentences in the registers of school, university
and hospital unions."""

import pytest

from unionmine.taxonomy import load_taxonomy
from unionmine.themes.lexicon import term_hits

EVENT = "文体活动"


@pytest.fixture(scope="module")
def event():
    tax = load_taxonomy()
    return next(t for t in tax.themes if t.name == EVENT), tax.context


@pytest.mark.parametrize("text", [
    "联合教务处举办青年教师讲课比赛，12名青年教师参赛，3人获一等奖。",
    "组织课程思政教学设计大赛，8个团队参加。",
    "学院分工会协办第三届微课比赛，评出优秀作品5件。",
    "开展青年教师说课大赛和公开课比赛，促进教师专业成长。",
    "护理部和院工会举办护理技能操作比赛，60名护士参赛。",
    "配合学校举办教具制作比赛和解题比赛。",
    "公司工会举办电工技术大赛，15名职工参赛。",
])
def test_teaching_and_skill_contests_give_no_event_evidence(event, text):
    theme, context = event
    assert not term_hits(text, theme, context), text


def test_sports_beside_a_teaching_contest_keep_their_theme(event):
    theme, context = event
    hits = term_hits("上半年举办青年教师讲课比赛，下半年举办教职工羽毛球比赛。", theme, context)
    assert "羽毛球" in hits and max(hits.values()) >= 1.0


def test_a_contest_named_without_its_teaching_word_still_counts(event):
    # the exclusion is by phrase: a plain contest of the staff stays 文体活动 evidence
    theme, context = event
    assert term_hits("工会举办教职工趣味比赛，全体教职工参加。", theme, context)
