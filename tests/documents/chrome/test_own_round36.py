"""Round 36: a news lead and a closing caption are the article's own, whatever pass took them (invented lines)."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome import find
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.own import caption, own_lead, own_lines


@pytest.fixture
def guard_on(monkeypatch):
    """The pass as a user would switch it on (``chrome.find.OWN_PASS``; off by default: round 36, blind sets 27-29)."""
    monkeypatch.setattr(find, "OWN_PASS", True)


_BODY = "活动中，职工们积极参与各项比赛，现场气氛热烈，大家纷纷表示今后将以更加饱满的热情投入到工作中去。"


@pytest.mark.parametrize("line", [
    "本报讯 近日，青石湾社区职工之家在东风路服务中心启动，现场还开展了职工联谊活动，气氛热烈。",
    "日前，远山机械集团工会北方片区工作委员会正式成立，成为该集团第三个片区工会工作委员会。",
    "3月5日，青石湾街道总工会组织辖区企业职工开展学雷锋志愿服务活动，共有六十余名职工参加。",
])
def test_a_news_lead_is_the_articles_own(line):
    assert own_lead(line)


@pytest.mark.parametrize("line", [
    "本报讯",  # a dateline alone: no paragraph
    "近日，职工书屋开放",  # too short for a paragraph
    "青石湾社区职工之家近日启动，现场还开展了职工联谊活动，气氛热烈，大家纷纷点赞。",  # no lead cue opens it
])
def test_near_misses_of_a_lead(line):
    assert not own_lead(line)


@pytest.mark.parametrize("line", ["慰问现场", "合影留念", "庄严宣誓", "图为职工在书屋阅读", "双方人员合影"])
def test_a_caption(line):
    assert caption(line)


@pytest.mark.parametrize("line", ["工会活动剪影", "图片", "版权所有", "现场。", "这是一个很长很长的并不像图片说明的活动现场描述文字而且更长"])
def test_near_misses_of_a_caption(line):
    assert not caption(line)


def test_a_preview_behind_a_dateline_is_the_lead(guard_on):
    lead = "本报讯 近日，青石湾社区职工之家在东风路服务中心启动。同时，现场还开展了联谊活动。"
    lines = ["青石湾社区职工之家启动", lead, "青石湾社区职工之家在东风路服务中心启动，街道总工会负责人出席并讲话。" + _BODY]
    assert 1 not in find_chrome(lines).removed


def test_a_preview_behind_a_label_stays_chrome(guard_on):
    lines = ["青石湾社区职工之家启动", "摘要：青石湾社区职工之家在东风路服务中心启动，街道总工会负责人出席。",
             "青石湾社区职工之家在东风路服务中心启动，街道总工会负责人出席并讲话。" + _BODY]
    assert 1 in find_chrome(lines).removed


def test_a_closing_caption_keeps_only_under_the_text():
    lines = ["标题", _BODY, "慰问现场", "版权所有 某某网", "合影留念"]
    marks = {2: "footer_run", 3: "copyright", 4: "footer_zone"}
    assert own_lines(lines, marks) == [2]
    assert marks == {3: "copyright", 4: "footer_zone"}  # a caption under the footer stays the footer's


def test_a_line_feature_and_a_related_list_keep_their_marks():
    lead = "日前，远山机械集团工会北方片区工作委员会正式成立，成为该集团第三个片区工会工作委员会。"
    lines = [_BODY, lead, "合影留念"]
    marks = {1: "related_tail", 2: "image_name"}
    assert own_lines(lines, marks) == []


def test_a_closing_caption_over_the_footer_is_kept_end_to_end(guard_on):
    lines = ["标题", _BODY, "慰问现场", "版权所有 某某网"]
    assert find_chrome(lines).removed.get(2) is None


def test_off_by_default_the_passes_keep_their_marks():
    lines = ["标题", _BODY, "慰问现场", "版权所有 某某网"]
    assert find_chrome(lines).removed.get(2) == "footer_run"
