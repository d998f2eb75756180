"""Plans kept: a plan and a summary of the same school-year, written for these tests.

The fixture plan has 8 items; the summary gives an account of items 1-5 in other words and says
nothing of 6-8 (calligraphy group, collective contract, spring outing): follow-through 5/8.
"""

import json
from pathlib import Path

import pandas as pd
import pytest

from unionmine.sections.parse import parse_sections
from unionmine.stats.insights.aggregate import compute_insights
from unionmine.stats.insights.plans import (
    NOT_DONE,
    STATUSES,
    THRESHOLD,
    is_furniture,
    match_items,
    match_plans,
    org_key,
    plan_items,
    split_report,
)

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


# --- plans kept, judged item by item on three written pairs -------------------------------------

PAIRS = DATA / "plans_kept"


def _pair(name: str):
    plan = (PAIRS / f"{name}_plan.txt").read_text(encoding="utf-8")
    summary = (PAIRS / f"{name}_summary.txt").read_text(encoding="utf-8")
    expected = json.loads((PAIRS / f"{name}_expected.json").read_text(encoding="utf-8"))
    return plan, summary, expected


def _judged(threshold: float) -> list[tuple[str, str, str]]:
    """(item, expected, got) for every item of the three pairs."""
    rows = []
    for name in ("a", "b", "c"):
        plan, summary, expected = _pair(name)
        sections = pd.DataFrame(parse_sections(name, plan))
        matched = match_items(plan_items(plan, sections), summary, threshold)
        assert len(matched) == len(expected), (name, matched["item"].tolist())
        for item, status in zip(matched["item"], matched["status"]):
            keys = [k for k in expected if item.startswith(k) or k in item]
            assert len(keys) == 1, (name, item)
            rows.append((item, expected[keys[0]], status))
    return rows


def test_plans_kept_fixture_every_item_judged_right(capsys):
    rows = _judged(THRESHOLD)
    right = sum(exp == got for _i, exp, got in rows)
    with capsys.disabled():
        print(f"\nplans kept, three written pairs: {right}/{len(rows)} items right at threshold {THRESHOLD}")
    assert [(i[:12], exp, got) for i, exp, got in rows if exp != got] == []
    assert {exp for _i, exp, _g in rows} == set(STATUSES)


def test_threshold_sits_inside_the_range_that_judges_the_fixture_right():
    grid = [round(0.1 + 0.025 * k, 3) for k in range(17)]  # 0.1 .. 0.5
    good = [t for t in grid if all(e == g for _i, e, g in _judged(t))]
    assert THRESHOLD in good
    assert good == grid[grid.index(good[0]): grid.index(good[-1]) + 1]  # one range, no islands
    assert 0.1 not in good and 0.5 not in good


def test_dates_at_the_head_of_an_item_stay_and_furniture_never_is_an_item():
    plan = "一、民主管理\n1．3月上旬召开教代会，审议绩效工资方案。\n2.5月组织教职工体检。\n城北小学工会\n2022年2月20日\n"
    items = [t for _i, t in plan_items(plan, pd.DataFrame(parse_sections("x", plan)))]
    assert any(t.startswith("1．3月上旬") for t in items) and any("5月组织教职工体检" in t for t in items)
    assert not any("城北小学工会" in t or "2022年2月20日" in t for t in items)
    for line in ("城北小学工会", "宏达机械有限公司工会委员会", "2022年12月28日", "二〇二一年一月十日", "2019年工会工作计划"):
        assert is_furniture(line), line
    for line in ("组织教职工春游踏青活动。", "4月举办教职工羽毛球比赛", "做好暑期疗休养安排，全年安排疗休养20人次。"):
        assert not is_furniture(line), line


def test_not_done_wording():
    for sentence in ("原定的春游活动因疫情未能举行。", "合唱比赛推迟到明年参加。", "篮球联赛因场馆改造取消。",
                     "补签工作没有完成。", "制度尚未提交审议。", "因经费紧张，培训没有开展。"):
        assert NOT_DONE.search(sentence), sentence
    for sentence in ("全年未发生劳动纠纷和安全事故。", "关心未成年子女的假期生活。", "签订了集体合同。"):
        assert not NOT_DONE.search(sentence), sentence


@pytest.mark.parametrize("item, summary, kept", [
    # words of frequency and manner shared with an unrelated sentence are no account
    ("坚持开展教职工晨练活动。", "坚持开展理论学习活动。全年组织羽毛球赛十场。", False),
    ("坚持每周三教职工健步走。", "坚持每周三政治学习。全年组织羽毛球赛十场。", False),
    ("每学期坚持开展一次谈心。", "每学期坚持开展一次安全演练。组织羽毛球赛十场。", False),
    # short true accounts still are
    ("开展三八节登山活动。", "三八节组织女教职工登山。", True),
    ("为教职工体检。", "组织全体教职工体检一次。", True),
    ("建立职工书屋。", "职工书屋已建成开放。", True),
    ("召开教代会审议绩效方案。", "三月召开教代会，审议通过绩效工资分配方案。", True),
])
def test_an_account_shares_what_was_done_not_how_often(item, summary, kept):
    assert match_items([("s1", item)], summary)["kept"].tolist() == [kept]
