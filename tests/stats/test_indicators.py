"""Indicators: quantities with their kind, value, phrase, sentence and theme."""

import pandas as pd
import pytest

from unionmine.stats.insights.indicators import (
    extract_indicators,
    indicator_totals,
    indicators_table,
)
from unionmine.text.numerals import numeral_value


def by_kind(rows, kind):
    return [r for r in rows if r["kind"] == kind]


def test_money_with_chinese_multiplier_and_approx():
    rows = extract_indicators("全年共慰问贫困下岗职工30多户，捐助扶贫助学资金4万多元。", doc_id="d1")
    money = by_kind(rows, "money")[0]
    assert (money["value"], money["unit"], money["approx"], money["phrase"]) == (40000.0, "元", True, "4万多元")
    people = by_kind(rows, "people")[0]
    assert (people["value"], people["unit"], people["approx"]) == (30.0, "户", True)
    assert all(r["doc_id"] == "d1" and r["sentence"].startswith("全年共") for r in rows)


@pytest.mark.parametrize("sentence, value, approx, phrase", [
    ("春节前走访困难教职工六户，发放慰问金一万二千元。", 12000.0, False, "一万二千元"),
    ("为患病教师募集爱心款两万零五百元。", 20500.0, False, "两万零五百元"),
    ("全年发放慰问金一万五千余元。", 15000.0, True, "一万五千余元"),
    ("发放慰问金三万元。", 30000.0, False, "三万元"),
])
def test_money_written_in_chinese_with_wan_inside_is_read_whole(sentence, value, approx, phrase):
    """一万二千元 is 12,000 yuan, not 2,000 yuan labelled 一万 (a district's money total was off by the 万)."""
    money = by_kind(extract_indicators(sentence), "money")
    assert [(m["value"], m["approx"], m["phrase"]) for m in money] == [(value, approx, phrase)]
    assert money[0]["label"] in ("慰问金", "爱心款")


def test_visits_people_percent_and_counts():
    rows = extract_indicators("学校工会共走访慰问教职工18人次，发放慰问金4315元。全校130名教职工参加，入会率达100%。"
                              "本次活动共收集到96条金点子。")
    kinds = {(r["kind"], r["value"]) for r in rows}
    assert {("visits", 18.0), ("money", 4315.0), ("people", 130.0), ("percent", 100.0), ("count", 96.0)} <= kinds
    assert by_kind(rows, "percent")[0]["label"] == "入会率"
    assert by_kind(rows, "money")[0]["label"] == "慰问金"


def test_events_with_chinese_counts_and_no_double_count():
    rows = extract_indicators("工会举办了两场篮球赛，召开教代会2次。")
    events = {(r["label"], r["value"]) for r in by_kind(rows, "events")}
    assert events == {("篮球赛", 2.0), ("教代会", 2.0)}
    assert not by_kind(rows, "count")


def test_slogans_articles_and_ordinals_are_not_quantities():
    rows = extract_indicators("践行“三个代表”重要思想，作为一名教师，本年度召开了第九届教代会。")
    assert not by_kind(rows, "count") and not by_kind(rows, "people")
    assert by_kind(rows, "events")[0]["value"] == 1.0


@pytest.mark.parametrize("text,value", [("三十", 30), ("两", 2), ("一百二十", 120), ("12.5", 12.5), ("", None),
                                        ("三千", 3000), ("一百零五", 105), ("5千", 5000)])
def test_counts_are_read_by_the_one_numeral_reader(text, value):
    assert numeral_value(text) == value


def test_quantities_with_thousands_and_zero_inside():
    rows = extract_indicators("全年慰问困难职工一百零五户，发放慰问金三千元。")
    assert {(r["kind"], r["value"]) for r in rows} >= {("people", 105.0), ("money", 3000.0)}


def test_theme_from_sections_and_totals_per_org_year():
    docs = pd.DataFrame({
        "doc_id": ["a", "b"], "org": ["青石小学", "青石小学"], "year": [2019, 2019], "title": ["x", "y"],
        "text": ["一、关心生活\n慰问困难教职工3户，发放慰问金500元。\n二、文体活动\n举办篮球赛1场。",
                 "春节前发放慰问金1500元。"],
    })
    sections = pd.DataFrame({
        "doc_id": ["a", "a"], "section_id": ["a-s1", "a-s2"], "parent_id": [None, None], "level": [1, 1],
        "heading": ["一、关心生活", "二、文体活动"],
        "text": ["慰问困难教职工3户，发放慰问金500元。", "举办篮球赛1场。"],
        "labels": [["送温暖"], ["文体活动"]],
    })
    ind = indicators_table(docs, sections)
    assert ind.loc[ind["kind"] == "events", "theme"].tolist() == ["文体活动"]
    assert set(ind.loc[(ind["doc_id"] == "a") & (ind["kind"] == "money"), "theme"]) == {"送温暖"}
    totals = indicator_totals(ind, docs)
    money = totals[(totals["kind"] == "money")]
    assert money[["org", "year", "total", "n"]].values.tolist() == [["青石小学", 2019, 2000.0, 2]]


def test_a_figure_quoted_twice_in_one_article_counts_once():
    docs = pd.DataFrame({"doc_id": ["a", "b"], "org": ["柳岸中学", "柳岸中学"], "year": [2021, 2021], "title": ["x", "y"],
                         "text": [("全年发放慰问金8000元，走访困难教职工6人。\n一、送温暖\n春节前走访困难教职工6人，发放慰问金8000元。"
                                  "\n暑期看望生病教职工3人。"), "发放慰问金8000元。"]})
    totals = indicator_totals(indicators_table(docs), docs).set_index("kind")
    assert totals.loc["money", "total"] == 16000.0 and totals.loc["money", "n"] == 2  # once per article
    assert totals.loc["people", "total"] == 9.0  # 6 困难教职工 once, 3 生病教职工


@pytest.mark.parametrize("sentence, label", [
    ("全镇58名会员参加了义务植树。", "会员"),             # the verb after the noun is not part of it
    ("9位青年教师提供了志愿服务。", "青年教师"),
    ("本次共走访了214名退休职工。", "退休职工"),        # a noun phrase ending the clause stays whole
    ("为17名困难党员职工送去慰问金。", "困难党员职工"),
    ("组织42名参赛队员参加决赛", "参赛队员"),           # a stop word at the start is part of the noun
    ("向大病职工发放补助金共计12800元。", "补助金"),     # money: the totalling words are dropped
    ("节日慰问品折合3000元。", "慰问品"),
])
def test_the_label_is_the_counted_noun_not_a_window_through_words(sentence, label):
    """A four-character window read 教职工参 and 问品折合 to a reader; the label ends at word boundaries."""
    (found,) = [row for row in extract_indicators(sentence) if row["kind"] != "events"]
    assert found["label"] == label


def test_the_indicators_table_says_whose_each_quantity_is():
    """Each row of 数量指标：逐条 names the organisation, year and title of its article (an article id
    alone tells a reader nothing), and the measuring unit is not headed 单位 like the organisation."""
    from unionmine.stats.insights.aggregate import compute_insights

    docs = pd.DataFrame({
        "doc_id": ["a1", "b2"], "title": ["城东小学2022年工会工作总结", "白塔中学2023年工会工作总结"],
        "org": ["城东小学", "白塔中学"], "year": [2022, 2023], "kind": ["summary", "summary"],
        "on_topic": [True, True], "year_source": ["title", "title"],
        "text": ["走访慰问教职工18人次。", "发放慰问金一万二千元，召开教代会2次。"],
    })
    _title, table = compute_insights(docs, pd.DataFrame())["indicators"]
    assert list(table.columns[:3]) == ["单位", "年份", "标题"] and "单位（计量）" in table.columns
    rows = table[["单位", "年份", "标题", "数值", "单位（计量）"]].values.tolist()
    assert ["城东小学", 2022, "城东小学2022年工会工作总结", 18.0, "人次"] in rows
    assert ["白塔中学", 2023, "白塔中学2023年工会工作总结", 12000.0, "元"] in rows
    assert set(table["文章编号"]) == {"a1", "b2"}
