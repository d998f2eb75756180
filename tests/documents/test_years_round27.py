"""Round 27 (issue 12, years): mentions that do not date a page — the end of a span of years, the start of a span up
to now, the year of the work planned or reviewed in a news item — with their near misses. Own invented lines."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.year_guards import range_end, span_to_now, work_of_year

NEWS_TITLE = "青禾公司工会组织开展职工健步走活动"


def test_the_end_of_a_span_of_years_is_no_period_reported_on():
    text = ("企业文化是企业形象的灵魂，亦是企业精神的源泉。去年以来，青禾公司工会坚持服务职工，积极搭建平台，"
            "着力营造良好的工作学习氛围，引导广大职工立足岗位、奉献岗位，在各条战线上建功立业，涌现出一批又一批爱岗敬业、争创一流的先进集体和先进个人。"
            "去年以来，公司工会广泛宣传先进人物事迹，积极开展2019—2020年度青禾公司劳动模范评选表彰活动。")
    assert describe_article("青禾公司工会引领职工奉献岗位", text)["year"] is None
    assert range_end("开展2019—") and range_end("对2020-") and range_end("2018年至")
    # near miss: a period named alone after the opening still dates the text
    alone = text.replace("2019—2020年度", "2020年度")
    assert describe_article("青禾公司工会引领职工奉献岗位", alone)["year"] == 2020
    assert not range_end("第3—") and not range_end("开展")


def test_a_year_that_starts_a_span_up_to_now_is_not_the_items():
    for opening in ("我院工会职工书屋于2019年3月12日面向全体职工开放至今，深受职工欢迎。",
                    "职工书屋由院工会筹建、2019年正式投入使用。投用3年来，院工会定期举办读书分享会。"):
        text = opening + "近日，院工会为职工书屋新添图书三百册，进一步丰富了职工的精神文化生活。"
        assert describe_article("", text)["year"] is None, opening
    assert span_to_now("年3月12日面向全体职工开放至今，") and span_to_now("正式投入使用。投用3年来")
    # near misses: a year whose clause goes on, a count of years in a later sentence
    assert not span_to_now("正式投入使用。职工纷纷表示满意，三年来未曾间断。")
    assert not span_to_now("3月，院工会举办读书分享会，至今已有百余人参加")  # 至今 in a later clause
    text = "2019年3月，院工会举办读书分享会，职工踊跃参加，活动取得圆满成功。"
    assert describe_article("", text)["year"] == 2019


def test_the_year_of_the_work_planned_is_not_a_news_items():
    text = ("为切实做好2022年职工疗休养工作，5月13日青禾公司工会组织开展职工健步走活动，"
            "近百名职工参加，大家在运动中放松身心，增进了交流。")
    assert describe_article(NEWS_TITLE, text)["year"] is None
    untitled = ("为关爱职工，公司工会将困难职工帮扶纳入2021年重点工作，各部门积极配合，经常性了解员工生活情况，"
                "对生活困难的员工建立档案，由工会给予补助。")
    assert describe_article("", untitled)["year"] is None
    assert work_of_year("切实做好", "职工疗休养工作") and work_of_year("全面回顾", "工作成效")
    # near misses: a summary keeps the year it reviews; a year of an event or a worker is no work year
    summary = "2022年，公司工会认真做好职工服务工作，现将一年来的工作总结如下。"
    assert describe_article("青禾公司工会工作总结", summary)["year"] == 2022
    assert not work_of_year("做好", "职工运动会的筹备") and not work_of_year("举办", "重点工作")
    assert not work_of_year("做好", "工作者的慰问")


def test_an_honour_or_an_activity_read_out_at_a_meeting_named_otherwise_dates_no_item():
    title = "区总工会被表彰为“2021年度全市工会工作目标考评优秀单位”"
    text = (f"{title}\n3月20日，在市总工会五届三次全委（扩大）会议上传来喜讯，青禾区总工会被市总工会表彰为"
            "“2021年度全市工会工作目标考评优秀单位”。这已是区总工会连续第5年获此殊荣。")
    # ruling (l), Round 39: the item reports the honour its title names, so the title's year dates it
    assert describe_article(title, text)["year"] == 2021
    untitled = text.split("\n", 1)[1]  # ... but read out at a meeting, with no title naming it, it dates nothing
    assert describe_article("", untitled)["year"] is None
    read_out = ("4月12日，青禾区总工会二届三次全会召开。区总工会主席主持会议并讲话。\n"
                "会议宣读了区工会2022年“书香三八”读书征文活动的通报。")
    assert describe_article("", read_out)["year"] is None
    # near misses: an honour the lead reports, not at a meeting, dates the item; so does a meeting named by its year
    lead = "近日，青禾区总工会荣获2021年度“全市工会工作目标考评优秀单位”称号。这已是区总工会连续第5年获此殊荣。"
    assert describe_article("青禾区总工会喜获殊荣", lead)["year"] == 2021
    held = "4月12日，青禾区总工会召开2022年“书香三八”读书征文活动总结会。区总工会主席主持会议并讲话。"
    assert describe_article("", held)["year"] == 2022
    # a summary's title with a year in quotes is still its year
    assert describe_article("荣获“2021年度先进单位”的青禾区总工会2021年工作总结", "一年来，区总工会…")["year"] == 2021


def test_a_union_above_is_no_meeting():
    lead = "近日，青禾区总工会上报的职工书屋荣获2021年度“全国职工书屋示范点”称号。职工们纷纷表示倍受鼓舞。"
    assert describe_article("青禾区职工书屋喜获殊荣", lead)["year"] == 2021


def test_a_gathering_for_the_staff_named_by_its_year_dates_the_news_item():
    for event, year in (("举办2019年度新退休职工欢送会", 2019), ("共同为2023年一季度的寿星们庆生", 2023),
                        ("举行2021年新春团拜会", 2021)):
        text = f"12月21日，青禾公司工会{event}，向职工表示慰问。职工们欢聚一堂，畅谈工作和生活。"
        assert describe_article("", text)["year"] == year, event
    # near miss: the year of the work reviewed at such a gathering is not its year
    text = "12月21日，青禾公司工会举办欢送会，回顾2019年工作，向退休职工表示慰问。职工们欢聚一堂，畅谈生活。"
    assert describe_article("", text)["year"] is None


def test_a_bare_year_before_the_events_name_dates_the_news_item():
    title = "青禾区教育系统亲子诵读活动取得优异成绩"
    text = ("近日，为展现全市职工爱岗敬业的奉献精神，市总工会主办、市广播电视台承办“书香家庭”2022青禾市职工线上亲子诵读活动。"
            "区教育工会号召各学校基层工会积极组织参与，共有41个基层工会参加。")
    assert describe_article(title, text)["year"] == 2022
    # near misses: a count, a cohort or a number of people before the event's name is no year
    for piece in ("2000余名职工参加的亲子诵读活动", "2020级新生参加的亲子诵读活动", "2021名职工参加的亲子诵读活动"):
        other = text.replace("“书香家庭”2022青禾市职工线上亲子诵读活动", piece)
        assert describe_article(title, other)["year"] is None, piece
