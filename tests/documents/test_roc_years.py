"""Years of the Republic of China calendar (民國紀年) read as the Gregorian years they name, and what is no such year;
Taiwan reports' capital-numbered parts (壹、貳、參) kept and parsed as headings (USER15). Invented text only."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.protected import is_protected
from unionmine.documents.describe import describe_article
from unionmine.sections.parse import parse_sections
from unionmine.text.calendars import ROC_OFFSET, gregorian
from unionmine.text.numerals import capital_number


@pytest.mark.parametrize(("text", "want"), [
    ("民國113年工作計畫", "2024年工作計畫"),
    ("中华民国一百一十三年十二月", "2024年十二月"),
    ("中華民國八十四年八月", "1995年八月"),
    ("一一三年度会务报告", "2024年度会务报告"),
    ("113学年度工作要点", "2024学年度工作要点"),
    ("98學年度校务会议", "2009學年度校务会议"),
    ("113年5月10日召开理监事会议", "2024年5月10日召开理监事会议"),
    ("发布日期：113-05-13", "发布日期：2024-05-13"),
    ("截至113年底，本会会员", "截至2024年底，本会会员"),
    ("附件三 工作计画(114年)", "附件三 工作计画(2025年)"),
    ("112年会务报告", "2023年会务报告"),
    ("成立于民国100年", "成立于2011年"),
])
def test_roc_years_read_as_gregorian(text, want):
    assert gregorian(text) == want
    assert ROC_OFFSET == 1911


@pytest.mark.parametrize("text", [
    "会员113人", "第113期会讯", "建校113年来", "成立12年", "本会成立110年工作", "2024年度会务报告", "2113年",
    "113年", "99年度", "1130920", "第113年度", "15年度", "电话113-555-0123"
])
def test_near_misses_are_no_roc_year(text):
    # a count, an issue, a span, a Gregorian year, a bare number or a two-digit year without 学年度 stays as written
    assert gregorian(text) == text


def test_describe_reads_roc_years_in_title_text_path_and_date():
    body = "壹、前言\n本会在全体会员支持下推动会务，会员113人参与各项活动。\n理事长 陈志明\n中华民国一百一十三年十二月"
    assert describe_article("一一三年度会务报告", body)["year"] == 2024
    assert describe_article("会务报告", "民国112年度，本会召开理监事会议四次，会员113人。")["year"] == 2023
    got = describe_article("工作报告", "本会召开理监事会议四次，会员113人，会讯第113期。", "嘉禾工会/114年度工作计划.docx")
    assert (got["year"], got["year_source"]) == (2025, "path")
    assert describe_article("会务报告", "本会召开理监事会议四次。\n理事长 陈志明\n中华民国一百一十三年十二月")["year"] == 2024
    # a count and an issue are no year
    assert describe_article("会务报告", "本会会员113人，会讯已出刊至第113期。")["year"] is None


def test_hong_kong_gregorian_years_unchanged():
    assert describe_article("2023年度会务报告", "本会2023年度会务如下。")["year"] == 2023


def test_taiwan_genre_words_name_the_kind():
    assert describe_article("113年度會務報告", "本会本年度推动会务如下。")["kind"] == "report"  # (set 6's 周年会务报告)
    assert describe_article("112年度成果報告", "本会本年度推动会务如下。")["kind"] == "summary"
    assert describe_article("114年度工作計畫", "本会将推动会务如下。")["kind"] == "plan"


@pytest.mark.parametrize(("text", "want"), [("壹", 1), ("贰", 2), ("貳", 2), ("參", 3), ("叁", 3), ("肆", 4), ("拾", 10),
                                             ("拾壹", 11), ("一", None), ("壹壹", None), ("", None), ("零", None)])
def test_capital_numbers(text, want):
    assert capital_number(text) == want


def test_capital_parts_are_protected_headings():
    assert is_protected("壹、前言") and is_protected("贰、会务概况") and is_protected("肆、结语")
    assert not is_protected("壹佰元整")  # a sum in capitals is no heading


def test_capital_parts_parse_as_sections():
    text = ("壹、前言\n本会推动会务。\n贰、业务推动\n一、团体协约\n（一）续约协商\n本会与资方协商团体协约。\n"
            "二、会员福利\n本会办理急难救助。\n叁、结语\n感谢会员。")
    heads = [(s["level"], s["heading"]) for s in parse_sections("d", text)]
    assert (1, "壹、前言") in heads and (1, "贰、业务推动") in heads and (1, "叁、结语") in heads
    assert (1, "一、团体协约") in heads and (2, "（一）续约协商") in heads
    # a capital inside a sentence is no heading
    assert all(h != "壹、" for _, h in heads)


def test_big5_hkscs_text_is_read_as_such():
    from unionmine.documents.decode import decode_bytes

    text = "港嶺物流業職工會2024年工作報告\n本會2024年度在全體會員支持下推動會務，為會員爭取合理權益，嘅𡃁仔。"
    got, encoding, _ = decode_bytes(text.encode("big5hkscs"))  # (嘅 and 𡃁 are HKSCS's, not Big5's)
    assert (got, encoding) == (text, "big5hkscs")
    plain = "東豐客運企業工會113年會務報告\n本會在全體會員支持下推動會務，為會員爭取合理權益。"
    assert decode_bytes(plain.encode("big5"))[1] == "big5"  # plain Big5 stays Big5
    gbk = "工会工作总结\n本会在全体会员支持下推动会务，为会员争取合理权益。"
    assert decode_bytes(gbk.encode("gbk"))[1] == "gb18030"  # and GBK GB18030
