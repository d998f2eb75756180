"""Round 20 (years): a news item whose lead line tells the day of its event wherever in the line (own fixtures)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.news import dated_lead, event_year, is_news

# ---------------------------------------------------------------- the day told later in the lead line


@pytest.mark.parametrize("text", [
    # a quoted voice opens the item, the day follows it
    "“这份心意我们收下了！”退休教师王老伯握着慰问金说。2月3日，青川县实验中学工会走访慰问了八位老教师。",
    # a motto, then a purpose clause, then the day with a time of day
    "情暖重阳，敬老同行。为弘扬敬老传统，凝聚退休教职工，学校工会于10月11日上午在礼堂举办重阳座谈会。",
])
def test_a_lead_line_that_tells_the_day_makes_the_item_a_dated_report(text):
    assert not is_news("", text)  # no form the news lead knew
    assert dated_lead(text)


def test_a_dated_report_without_the_year_of_its_day_is_not_dated_by_another_year():
    # the years the item mentions are of its speech or the work reviewed, not the event's
    text = ("“2023年我们要把服务做实做细。”这是1月9日下午，北岭区总工会主席在全委会上的开场话。"
            "与会委员听取了2022年工作报告。")
    assert describe_article("", text)["year"] is None
    # before, such an item was dated by the first year in its opening
    assert dated_lead(text)


@pytest.mark.parametrize(("text", "year"), [
    # a full date opening a later clause of the lead
    ("金秋送爽，桂子飘香。为丰富教职工生活，营造团结氛围，2021年9月24日下午，柳溪小学工会组织教师开展拔河比赛。", 2021),
    # a full date after 在, then a comma
    ("为庆祝节日，活跃气氛，青川第二幼儿园工会在2020年12月30日上午，组织全体教职工开展迎新游园会。", 2020),
    # a full date opening the second sentence, the meeting held far after it
    (("新的一年新的起点。为进一步推进民主管理，凝聚办学合力。2019年3月8日，东湖中学第五届教职工代表大会第二次会议"
      "在学校报告厅隆重召开。"), 2019),
    # a holiday of a year is a date: the event's
    ("为营造节日氛围，体现组织关怀，5月30日下午，校工会为全体会员发放2018年端午节慰问品。", 2018),
])
def test_a_dated_report_takes_the_year_of_its_full_date_or_holiday(text, year):
    assert event_year(text, 1980, 2035)[0] == year
    assert describe_article("", text)["year"] == year


@pytest.mark.parametrize("text", [
    # a date with no time of day or comma after it tells no day of the event (a deadline, a start)
    "为做好年度评优工作，请各分工会于12月20日前报送材料，逾期不予受理，2024年评优工作由工会办公室负责。",
    "自3月1日起，学校工会实行会员活动积分制，积分与2023年度评优挂钩。",
])
def test_a_date_that_tells_no_day_of_an_event_leaves_the_item_undated_by_it(text):
    assert not dated_lead(text)


def test_a_full_date_inside_a_clause_does_not_date_the_item():
    # near miss: a date that is the object of the clause, after neither a clause's start nor 在/于
    text = "近日，学校工会召开委员会议。会上传达了上级关于2019年5月1日起施行的新办法，要求各分工会认真学习。"
    assert event_year(text, 1980, 2035)[0] is None


# ---------------------------------------------------------------- a document site's preview names the file


PREVIEW_PAGE = """分享 收藏
2021年社区工会工作要点.docx
上传人：某某 上传时间：2021-03-02 页数：2
2021年社区工会工作要点.docx_第1页
第1页 / 共2页
2021年社区工会工作要点.docx_第2页
资源描述
1、社区工会工作要点 XX年，社区工会将围绕街道中心工作，组织居民区职工开展读书、健步走和技能比武活动。
2、各项活动做到有方案、有记录、有总结，年底评选优秀小组，并向街道总工会报送工作总结。
"""


def test_a_preview_pages_label_names_the_documents_file():
    from unionmine.documents.signed_date import preview_file_name

    assert preview_file_name(PREVIEW_PAGE) == "2021年社区工会工作要点.docx"
    # near misses: a file name alone (an attachment, a related list) labels no preview page
    assert preview_file_name("附件：2021年社区工会工作要点.docx\n- 2020年工作总结.pdf\n正文……") is None
    assert preview_file_name("第1页 / 共2页\n社区工会工作要点") is None


def test_an_undated_article_on_a_document_sites_page_takes_the_year_of_its_files_name(tmp_path):
    import pandas as pd

    from unionmine.run.pipeline import ingest

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(PREVIEW_PAGE, encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text(PREVIEW_PAGE.replace("docx_第", "docx 第"), encoding="utf-8")
    ingest([tmp_path / "in"], tmp_path / "out", use_cache=False, progress=False)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source")
    years = {src.split("/")[-1]: docs.loc[src, "year"] for src in docs.index}
    assert years["page.txt"] == 2021
    assert pd.isna(years["plain.txt"])  # no preview page labelled with the name: the text's XX年 dates nothing


# ---------------------------------------------------------------- a date that lost its 年 and 月; a delivery date


@pytest.mark.parametrize(("glued", "written"), [
    ("为迎新春，20230118日下午，学校工会组织退休教师座谈。", "为迎新春，2023年01月18日下午，学校工会组织退休教师座谈。"),
    ("工会工作计划\n20159——20167\n本学年", "工会工作计划\n2015年9月——2016年7月\n本学年"),  # two years: no period
    ("活动时间：20183——20186", "活动时间：2018年3月——2018年6月"),
    # a day date that lost its 月 at a clause's start
    ("春游踏青\n415日下午，学校工会组织教师春游。", "春游踏青\n4月15日下午，学校工会组织教师春游。"),
])
def test_a_date_whose_year_and_month_marks_were_lost_is_written_out(glued, written):
    from unionmine.documents.signed_date import glued_dates

    expected = written if "2016年" not in written else glued  # a period's two ends must share the year
    assert glued_dates(glued) == expected


@pytest.mark.parametrize("digits", ["工号20191225的职工", "共计201912元", "电话 2019122512", "2011.1——2011.12",
                                    "累计服务223日，", "第1225日上午"])
def test_digits_that_are_no_lost_date_stay(digits):
    from unionmine.documents.signed_date import glued_dates

    assert glued_dates(digits) == digits


def test_a_glued_date_dates_an_item_and_a_plan():
    assert describe_article("", "为增进情谊，丰富生活，20210320日上午，青川中学工会组织教师植树，迎接2022年的校庆。")["year"] == 2021
    assert describe_article("社区工会工作计划", "20171——201712\n围绕街道中心工作，组织职工开展读书活动。")["year"] == 2017


@pytest.mark.parametrize(("title", "text", "year"), [
    # a report delivered early in the year reports on the one before, which its text names
    ("工会工作报告", "——在第三届教代会第二次会议上\n（2020年3月6日）\n各位代表：\n2019年，校工会在党委领导下……", 2019),
    ("工会工作报告", "2018年2月2日\n各位代表：\n过去的2017年，公司工会紧紧围绕生产经营……", 2017),
    # near miss: no other year given, the delivery date is all there is
    ("工会工作报告", "（2020年3月6日）\n各位代表：\n一年来，校工会在党委领导下……", 2020),
    # near miss: a date inside a sentence is no delivery date
    ("工会工作计划", "2022年12月30日，工会委员会讨论通过了本计划。2023年工会将围绕……", 2022),
])
def test_a_date_alone_on_its_line_dates_a_text_only_when_it_names_no_other_year(title, text, year):
    assert describe_article(title, text)["year"] == year


def test_a_day_date_that_lost_its_month_makes_an_undated_item_news():
    text = "415日下午，学校工会组织教师春游踏青。2019年学校工会获评先进职工之家。"
    assert describe_article("教师春游踏青", text)["year"] is None  # not 2019: the honour is not the event


# ---------------------------------------------------------------- a year naming works listed, not one event


@pytest.mark.parametrize("text", [
    "9月20日，区教育工会召开工作交流会，各校工会汇报了2020年和2021年开展的特色活动。",
    "3月5日，公司召开职代会。总经理在报告中说，公司紧紧围绕集团2019年度安全生产部署及职工技能提升活动，狠抓落实。",
])
def test_a_year_joined_to_another_year_or_work_names_no_event(text):
    assert event_year(text, 1980, 2035)[0] is None


@pytest.mark.parametrize(("text", "year"), [
    ("12月28日，2023年青川区政府与区总工会联席会议在区政府召开。", 2023),  # 与 joins the parties of one event
    ("5月8日，学校举行2022年教职工气排球比赛，十二支队伍参赛。", 2022),
])
def test_a_year_naming_one_event_still_dates_it(text, year):
    assert event_year(text, 1980, 2035)[0] == year
