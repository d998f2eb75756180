"""An undated item's opening years that are not its own: the year a span starts from (自…年组建), the years of a
chronicle or a list of honours by year, the start of a span the next clause measures (经过两年多时间); with their
near misses. Own invented lines."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.year_guards import chronicle, since_year, span_to_now

TITLE = "青禾中学工会社团活动丰富多彩"


def test_the_year_a_span_starts_from_does_not_date_an_item():
    text = ("院工会自2012年组建有书画社、摄影社、羽毛球社等五个社团，每周定期开展活动，"
            "深受教职工喜爱，为丰富教职工业余生活发挥了积极作用。")
    assert describe_article(TITLE, text)["year"] is None
    assert since_year("院工会自") and since_year("从 ") and not since_year("院工会于")
    # near miss: a year the clause states for an event of its own still dates the item
    dated = text.replace("院工会自2012年组建有", "2012年，院工会组建了")
    assert describe_article(TITLE, dated)["year"] == 2012


def test_a_chronicle_of_years_dates_no_item():
    text = ("第二节 劳动竞赛\n1987年，区工会在林木生产、基本建设等战线开展了百分竞赛活动。"
            "1988年，区工会组织开展了安全生产竞赛。1990年，全区参赛职工达三千余人。")
    assert describe_article("", text)["year"] is None
    honours = ("我校工会成立于1965年，多年来坚持建家活动。2008年12月，我校工会被市总工会评为职工之家；"
               "2010年7月，被省教育工会评为先进教工之家。")
    assert chronicle(honours) and describe_article("", honours)["year"] is None
    # near misses: one year opening a clause, a second year inside a clause
    one = "2019年6月，青禾公司工会在车间开展劳动竞赛，来自一线的七名职工参加，比赛决出一等奖两名。"
    assert not chronicle(one) and describe_article("", one)["year"] == 2019
    inside = "2019年6月，青禾公司工会开展劳动竞赛，为2020年技能大赛选拔人才。"
    assert not chronicle(inside) and describe_article("", inside)["year"] == 2019


def test_a_year_the_next_clause_measures_up_to_now_is_not_the_items():
    text = ("区职工服务中心房屋老旧，2017年底区总工会开始筹备改建项目，经过两年多时间的筹建工作，"
            "目前改建项目已经全面完成，并交付使用。")
    assert describe_article("", text)["year"] is None
    assert span_to_now("年底开始筹备，经过两年多时间的筹建")
    # near miss: a span of hours in the next clause measures nothing of years
    hours = text.replace("经过两年多时间的筹建工作", "经过三个多小时的紧张施工")
    assert describe_article("", hours)["year"] == 2017
