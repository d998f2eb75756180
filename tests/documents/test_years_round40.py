"""Round 40 (issue 12): a cited event names no year (inside a cited document's name, a meeting whose spirit is
studied); a later sentence opening with a full date and telling an event
held dates an item whose lead is its background. Invented texts; near misses keep their years."""

from __future__ import annotations

from unionmine.documents.article_year import find_year
from unionmine.documents.news import cited_event, event_year


def test_a_year_inside_a_cited_notice_names_no_event():
    text = ("1月4日下午，青禾学院教代会全体委员召开会议，按照学校《关于开展2017年教代会年会提案征集工作的通知》，"
            "讨论落实今年的提案征集工作。")
    assert event_year(text, 1980, 2035)[0] is None


def test_a_meeting_whose_spirit_is_studied_names_no_event():
    text = ("青禾网5月22日电 为贯彻青禾电网公司2023年迎峰度夏电力保供暨防汛工作电视电话会议精神，5月22日，青禾公司工会"
            "组织劳动保护监督检查员深入作业现场。")
    assert event_year(text, 1980, 2035)[0] is None


def test_near_misses_of_a_cited_event_keep_their_year():
    # a cited document before the event's name (round 29) and a meeting held
    assert event_year("12月23日，青禾集团召开《2015年集体合同》平等协商会议。", 1980, 2035)[0] == 2015
    assert event_year("3月5日，青禾公司工会召开2023年工会工作会议，部署全年工作。", 1980, 2035)[0] == 2023
    assert not cited_event("召开2023年工会工作会议，", len("召开2023年工会工作会议"))


def test_a_later_dated_sentence_dates_an_item():
    text = ("为履行工会在安全生产工作格局中的群众监督职责，进一步规范和推动工会劳动保护工作，经青禾医院工会委员会扩大会议研究，"
            "决定成立青禾医院第一届工会劳动保护监督检查委员会。\n"
            "2022年7月4日，青禾医院工会召开第一届工会劳动保护监督检查委员会第一次专题会议，会议由工会副主席主持。")
    assert find_year("青禾医院成立第一届工会劳动保护监督检查委员会", text, kind="other")[:2] == (2022, "text")


def test_near_misses_of_a_later_dated_sentence():
    later = ("为履行工会在安全生产工作格局中的群众监督职责，进一步规范和推动工会劳动保护工作，经青禾医院工会委员会扩大会议研究，"
             "决定成立委员会。委员会由工会主席、副主席和各分会劳动保护监督员组成，负责全院劳动保护的群众监督，定期开展检查。"
             "检查的重点是作业现场的安全防护、劳动防护用品的发放和使用、职工的休息休假，发现问题及时督促整改。\n")
    assert len(later) > 150  # (past the opening, where any year dates a text)
    # a summary is dated by its own reading, not by a meeting it tells
    assert find_year("青禾医院工会工作", later + "2022年7月4日，工会召开专题会议。", kind="summary")[0] is None
    # a full date that tells no event held, and one inside a sentence, date nothing
    assert find_year("青禾医院工会", later + "2007年4月8日组成新一届工会。", kind="other")[0] is None
    assert find_year("青禾医院工会", later + "据悉，青禾医院于2022年7月4日召开了专题会议。", kind="other")[0] is None


def test_a_dotted_date_closed_by_its_day_is_read():
    from unionmine.documents.signed_date import glued_dates
    assert glued_dates("2013.10.16日下午，片工会主席一行来到幼儿园。") == "2013年10月16日下午，片工会主席一行来到幼儿园。"
    assert glued_dates("版本2013.10.16发布") == "版本2013.10.16发布"  # no 日: a version or a number stays


def test_a_lead_s_year_then_its_day():
    text = "2025年刚刚翻开新的一页，1月2日，我校第十届教代会第四次会议在学校报告厅隆重举行，80多位代表出席。"
    assert event_year(text, 1980, 2035)[0] == 2025
    # a year's work named first, a day under it in another sentence: no event dated so
    assert event_year("2024年度工作已经结束。1月2日，青禾学校开展了慰问活动，看望了退休教师。", 1980, 2035)[0] is None
