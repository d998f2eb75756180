"""Round 21 (years): a news item's dateline and its event's date read through the furniture around them — a bracketed
dateline (【本网讯】), the hour after the time of day (下午3点，). Own fixtures, each with a near miss."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.news import event_year, is_news

QUOTE = "“这笔助学金解了我家的急。”职工李师傅接过信封，连声道谢。"


@pytest.mark.parametrize("dateline", ["【本网讯】", "[本报讯]", "［本台讯］", "（本报讯）", "【本网青川讯】"])
def test_a_bracketed_dateline_is_a_dateline(dateline):
    text = f"{dateline}{QUOTE}\n近日，青川矿业公司工会走访困难职工家庭。据悉，该公司工会在2022年金秋助学活动中共资助职工子女36名。"
    assert is_news("", text)
    assert describe_article("", text)["year"] == 2022  # the year naming the event the item reports


def test_a_bracket_that_is_no_dateline_is_not_news():
    # near miss: a bracketed column word before a sentence that reports no event
    text = f"【工会之窗】{QUOTE}\n青川矿业公司工会始终把困难职工放在心上。"
    assert not is_news("", text)


@pytest.mark.parametrize("hour", ["下午4点", "上午9:30", "晚上7时30分", "下午3点半", "上午10：00"])
def test_the_hour_after_the_time_of_day_keeps_a_clause_date(hour):
    text = f"为活跃校园文化，增进教职工交流。2019年4月18日{hour}，青石中学第五届教职工排球赛在体育馆举行，十支队伍参赛。"
    assert event_year(text, 1980, 2035)[0] == 2019


def test_a_deadline_with_an_hour_is_no_clause_date():
    # near miss: a day and hour set as a deadline (no comma closes the date) tells no event of that day
    text = "为活跃校园文化，增进教职工交流。请各分会于2019年4月18日下午4点前报送参赛名单。"
    assert event_year(text, 1980, 2035)[0] is None
