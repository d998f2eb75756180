"""Round 41: a unit's profile dates nothing (ruling l): a page whose title calls it the unit's profile, or whose first
sentence recalls the unit's founding year, gives the unit's history, not the year of the item. With near misses: a
news item that reports a founding, a story that names its founding later, a title that only mentions a profile.
And a date line with a paragraph of text under it signs nothing (a page's date between a copy of the text and the
text); near misses: a signature under the last paragraph, a short line under it. Own invented lines."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.signed_date import year_from_date
from unionmine.documents.year_guards import profile


def test_a_profile_title_dates_no_item():
    text = ("青禾师范学院外语学院2011年3月5日组成新一届工会。现有工会会员48人，工会小组6个。\n"
            "多年来，学院工会积极为教职工办实事，多次被上级工会评为先进集体。")
    assert profile("外语学院工会概况", text) and profile("图书馆分工会简介", "")
    assert describe_article("外语学院工会概况", text)["year"] is None
    # near miss: the same lines under a title that reports an event still date it by the opening
    assert not profile("外语学院工会组成新一届委员会", text)
    assert describe_article("外语学院工会组成新一届委员会", text)["year"] == 2011
    # near miss: a title that names a profile in passing, not its own kind
    assert not profile("学院工会编写会员手册简介发放全体会员", text)


def test_an_opening_that_recalls_the_founding_is_a_profile():
    text = ("我校工会成立于1972年，五十年来不断完善建家机制，形成了团结温馨的大家庭。"
            "2009年10月，我校工会被区总工会评为“模范职工之家”。")
    assert profile("", text) and describe_article("", text)["year"] is None
    assert profile("", "青禾协会始建于1992年，现有会员三百余人。")
    # near misses: a news item that reports the founding dates it; a founding recalled after the first sentence
    news = "2023年5月8日，青禾物流园区工会联合会正式成立，园区二十家企业的职工代表参加了成立大会。"
    assert not profile("", news) and describe_article("", news)["year"] == 2023
    later = ("2019年6月，青禾公司工会在车间开展劳动竞赛，七名职工参加。"
             "公司工会成立于1998年，一直重视职工技能提升。")
    assert not profile("", later) and describe_article("", later)["year"] == 2019


PARAGRAPH = "青禾煤矿工会主席老李把职工的冷暖放在心上，每逢节日都带着慰问品走进职工家中，职工们都说他是自己的贴心人。"


def test_a_date_line_with_text_under_it_signs_nothing():
    page = f"{PARAGRAPH}\n贴心人老李\n2023年08月16日\n{PARAGRAPH}"
    assert year_from_date(page, "other")[0] is None
    # near misses: the date under the last paragraph signs it; a short line (the signer) under the date does not
    # stop it; a short line with a sentence mark is no paragraph
    assert year_from_date(f"{PARAGRAPH}\n2023年08月16日", "other")[0] == 2023
    assert year_from_date(f"{PARAGRAPH}\n青禾煤矿工会\n2022年12月20日", "plan")[0] == 2023
    assert year_from_date(f"{PARAGRAPH}\n2023年8月16日\n（完）", "other")[0] == 2023
    assert year_from_date(f"{PARAGRAPH}\n2023年8月16日\n欢迎投稿。", "other")[0] == 2023
