"""Round 22 (issue 12, years): a year that names an event whose noun ends in 赛 (团体赛, 联赛, 大赛, not only 比赛/竞赛)
dates the news item (ruling b). Own fixtures; near misses: a race track's or a season's 赛, a year of work reviewed."""

from __future__ import annotations

from unionmine.documents.describe import describe_article

TITLE = "青禾大学教职工羽毛球团体赛开赛"


def test_a_year_naming_a_contest_dates_the_news_item():
    for event in ("2013年教职工羽毛球团体赛", "2021年教职工篮球联赛", "2019年职工技能大赛"):
        text = (f"青禾大学{event}于10月18日晚在东区体育馆开赛。本次比赛鼓励领导带头，广泛参与，"
                "来自18个基层工会的近300名教职工参加比赛。")
        assert describe_article(TITLE, text)["year"] == int(event[:4]), event


def test_a_track_a_season_or_the_work_reviewed_is_no_event_year():
    for opening in ("青禾大学工会在2013年新建的赛道上", "青禾大学工会总结2013年工作，于10月18日晚"):
        text = f"{opening}举办教职工趣味跑，近300名教职工参加。本次活动鼓励领导带头，广泛参与，增进了交流。"
        assert describe_article(TITLE, text)["year"] is None, opening
