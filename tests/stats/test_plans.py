"""Plans kept: a plan and a summary of the same school-year, written for these tests.

The fixture plan has 8 items; the summary gives an account of items 1-5 in other words and says
nothing of 6-8 (calligraphy group, collective contract, spring outing): follow-through 5/8.
"""

from pathlib import Path

import pandas as pd

from unionmine.sections.parse import parse_sections
from unionmine.stats.insights.aggregate import compute_insights
from unionmine.stats.insights.plans import match_plans, org_key, plan_items, split_report

DATA = Path(__file__).parents[1] / "data" / "insights"
PLAN = (DATA / "plan_2019.txt").read_text(encoding="utf-8")
SUMMARY = (DATA / "summary_2019.txt").read_text(encoding="utf-8")


def corpus(plan_org="青石镇中心小学", summary_org="青石镇中心小学工会", summary_year=2019):
    docs = pd.DataFrame([
        {"doc_id": "p", "title": "2019年工会工作计划", "org": plan_org, "year": 2019, "kind": "plan", "on_topic": True, "text": PLAN},
        {"doc_id": "s", "title": "2019年工会工作总结", "org": summary_org, "year": summary_year, "kind": "summary",
             "on_topic": True, "text": SUMMARY},
    ])
    sections = pd.DataFrame(parse_sections("p", PLAN) + parse_sections("s", SUMMARY))
    sections["labels"] = [["其他"]] * len(sections)
    for theme in ("维权", "送温暖", "文体活动", "民主管理"):
        sections[f"score_{theme}"] = 0.0
    return docs, sections


def test_fixture_pair_follow_through():
    docs, sections = corpus()
    pairs, items = match_plans(docs, sections)
    assert len(pairs) == 1
    pair = pairs.iloc[0]
    assert (pair["plan_doc"], pair["summary_doc"], pair["n_items"], pair["n_kept"]) == ("p", "s", 8, 5)
    assert pair["follow_through"] == 5 / 8
    kept = items.set_index(items["item"].str[:2])["kept"]
    assert kept[["1、", "2、", "3、", "4、", "5、"]].all() and not kept[["6、", "7、", "8、"]].any()
    checkup = items[items["item"].str.contains("健康体检")].iloc[0]
    assert "健康体检" in checkup["best_match"]


def test_no_pair_across_years_or_organisations():
    docs, sections = corpus(summary_year=2018)
    assert match_plans(docs, sections)[0].empty
    docs, sections = corpus(summary_org="白沙镇中心小学")
    pairs, items = match_plans(docs, sections)
    assert pairs.empty and items.empty and "item" in items.columns


def test_items_without_sections_skip_title_and_guiding_ideology():
    items = plan_items(PLAN, None)
    assert len(items) == 9  # guiding-ideology sentence stays; title and headings go
    assert not any("工作计划" in t for _i, t in items)


def test_report_holds_look_back_and_plan_for_next_year():
    report = ("一、2019年工作回顾\n组织全体教职工进行健康体检，举办篮球比赛。\n"
              "二、2020年工作打算\n1、组织教职工参加健康体检。\n2、成立书法兴趣小组，开展书法练习。\n")
    back, _b, ahead, _ahead_secs = split_report(report, pd.DataFrame(parse_sections("r", report)))
    assert "回顾" in back and "打算" not in back and ahead.startswith("二、2020年工作打算")
    summary = pd.DataFrame([{"doc_id": "s20", "title": "2020总结", "org": "青石小学", "year": 2020, "kind": "summary",
                                 "on_topic": True, "text": "今年五月组织全体教职工到卫生院进行健康体检。"}])
    rep = pd.DataFrame([{"doc_id": "r", "title": "报告", "org": "青石小学", "year": 2019, "kind": "report", "on_topic": True,
                             "text": report}])
    docs = pd.concat([rep, summary], ignore_index=True)
    pairs, _items = match_plans(docs, pd.DataFrame(parse_sections("r", report)))
    assert pairs[["plan_doc", "summary_doc", "year", "n_items", "n_kept"]].values.tolist() == [["r", "s20", 2020, 2, 1]]


def test_org_key():
    assert org_key(" 青石镇中心小学工会 ") == "青石镇中心小学" and org_key(None) is None


def test_compute_insights_tables_for_the_report():
    docs, sections = corpus()
    tables = compute_insights(docs, sections)
    assert {"originality", "copied_passages", "inferred_years", "dating_check", "indicators",
            "indicator_totals", "plans_kept", "plan_items", "specificity"} <= set(tables)
    _title, pairs = tables["plans_kept"]
    assert pairs["落实率"].tolist() == [5 / 8]
    assert all(isinstance(t, str) and len(t) <= 31 for t, _df in tables.values())
    docs2, sections2 = corpus(summary_year=2018)
    _t, none = compute_insights(docs2, sections2)["plans_kept"]
    assert list(none.columns) == ["说明"] and len(none) == 1
