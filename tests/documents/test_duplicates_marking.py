"""What `duplicate_of` says, for a district office's and a hospital union's own collections (invented texts):
a file sent twice names its original, not another school's similar article; a unit's own texts of other
years or of another kind, written on one template, are not copies of each other."""

from __future__ import annotations

import pytest

from unionmine.documents.duplicates import (
    DuplicateFinder,
    identity,
    mark_duplicates,
    own_other_text,
    shingles,
    signature,
    similarity,
)

TEMPLATE = ("一年来，{org}工会在上级工会和党支部的领导下，围绕学校中心工作，认真履行维护、建设、参与、教育四项职能。"
            "一是加强民主管理，召开第{n}届教代会，审议通过绩效工资方案，校务公开栏每月更新。"
            "二是关心教职工生活，春节前走访慰问困难教职工{a}人，发放慰问金{b}元，为生病住院的同事送去关怀。"
            "三是丰富文体活动，组织教职工登山、拔河、气排球比赛，庆祝三八妇女节开展插花活动。"
            "四是加强自身建设，工会委员参加区教育工会组织的培训，规范会费收缴和经费使用。")


def school(org: str, n: int, a: int, b: int, extra: str) -> str:
    return TEMPLATE.format(org=org, n=n, a=a, b=b) + extra


LINJIANG = school("临江中学", 3, 12, 6000, "我校还开展了师徒结对和青年教师读书沙龙，教师写下心得八十余篇。")
WANGCHUAN = school("望川中学", 5, 9, 4500, "我校还组建了教职工合唱团，在全区艺术节上获得二等奖，深受好评。")


def test_a_file_sent_twice_names_its_original_not_another_schools_similar_article():
    assert similarity(shingles(LINJIANG), shingles(WANGCHUAN)) >= 0.5  # the two schools' texts pass, as on the template
    records = [
        {"doc_id": "linjiang", "text": LINJIANG, "org": "临江中学", "year": 2023, "kind": "summary"},
        {"doc_id": "wangchuan", "text": WANGCHUAN, "org": "望川中学", "year": 2023, "kind": "summary"},
        {"doc_id": "wangchuan-resent", "text": WANGCHUAN, "org": "望川中学", "year": 2023, "kind": "summary"},
    ]
    marks = [r["duplicate_of"] for r in mark_duplicates(records)]
    assert marks == [None, "linjiang", "wangchuan"]


def test_an_exact_copy_wins_over_a_containment_of_one():
    """A short earlier excerpt is contained in the text (similarity 1 too): the exact copy still wins."""
    finder = DuplicateFinder()
    excerpt = WANGCHUAN[: len(WANGCHUAN) // 2]
    assert finder.add("excerpt", signature(excerpt)) is None
    assert finder.add("full", signature(WANGCHUAN)) == "excerpt"
    assert finder.add("again", signature(WANGCHUAN)) == "full"


HOSPITAL = "市第三人民医院"
SUMMARY = ("{y}年，{org}工会在院党委领导下，紧紧围绕医院发展大局开展工作。全年召开职代会{n}次，征集提案{p}件，"
           "办结率达到百分之{r}。开展“送清凉”活动，慰问一线医护人员{a}人次；走访慰问困难职工{b}户，发放慰问金{c}万元。"
           "组织职工参加全市卫生系统篮球赛和健步走活动，举办护士节表彰大会。{y}年工会经费收入{d}万元，支出{e}万元。")
PLAN = ("{y}年，{org}工会将在院党委领导下，紧紧围绕医院发展大局开展工作。计划召开职代会{n}次，广泛征集提案，"
        "力争办结率达到百分之{r}。继续开展“送清凉”活动，计划慰问一线医护人员{a}人次；走访慰问困难职工{b}户。"
        "组织职工参加全市卫生系统篮球赛和健步走活动，举办护士节表彰大会。{y}年工会经费预算收入{d}万元，支出{e}万元。")


def hospital_texts(org: str = HOSPITAL) -> list[dict]:
    rows = []
    for i, year in enumerate(range(2020, 2025)):
        numbers = {"y": year, "org": org, "n": 2 + i % 2, "p": 31 + 7 * i, "r": 90 + i, "a": 820 + 45 * i,
                   "b": 36 - 3 * i, "c": 11 + i, "d": 180 + 13 * i, "e": 171 + 11 * i}
        rows.append({"doc_id": f"summary{year}", "text": SUMMARY.format(**numbers), "org": org, "year": year,
                     "kind": "summary"})
        rows.append({"doc_id": f"plan{year + 1}", "text": PLAN.format(**{**numbers, "y": year + 1}), "org": org,
                     "year": year + 1, "kind": "plan"})
    return rows


def test_a_units_own_texts_of_other_years_and_kinds_are_not_copies():
    rows = hospital_texts()
    assert similarity(shingles(rows[0]["text"]), shingles(rows[2]["text"])) >= 0.5  # one template: they pass
    assert similarity(shingles(rows[0]["text"]), shingles(rows[1]["text"])) >= 0.5
    marks = {r["doc_id"]: r["duplicate_of"] for r in mark_duplicates(rows)}
    assert set(marks.values()) == {None}


def test_a_resent_own_text_and_a_text_copied_by_another_unit_are_still_copies():
    rows = hospital_texts()
    resent = {**rows[4], "doc_id": "summary2022-resent"}  # the same file sent again
    copied = {**rows[3], "doc_id": "other-hospital-plan", "org": "市中医院"}  # another unit's copy of a plan
    undated = {**rows[6], "doc_id": "undated", "year": None, "kind": "other"}  # nothing tells it apart
    marks = {r["doc_id"]: r["duplicate_of"] for r in mark_duplicates([*rows, resent, copied, undated])}
    assert marks["summary2022-resent"] == "summary2022"
    assert marks["other-hospital-plan"] == "plan2022"
    assert marks["undated"] == "summary2023"


def test_an_exact_copy_filed_under_another_year_is_still_the_file_sent_again():
    rows = hospital_texts()[:4]
    refiled = {**rows[2], "doc_id": "summary2021-in-2022-folder", "year": 2022}
    marks = {r["doc_id"]: r["duplicate_of"] for r in mark_duplicates([*rows, refiled])}
    assert marks["summary2021-in-2022-folder"] == "summary2021"


@pytest.mark.parametrize("a, b, own_other", [
    (("医院", 2020, "summary"), ("医院", 2021, "summary"), True),
    (("医院", 2020, "summary"), ("医院", 2020, "plan"), True),
    (("医院", 2020, "summary"), ("医院", 2020, "summary"), False),
    (("医院", 2020, "summary"), ("医院", None, "other"), False),
    (("医院", 2020, "summary"), ("中医院", 2021, "plan"), False),
    ((None, 2020, "summary"), (None, 2021, "plan"), False),
])
def test_own_other_text(a, b, own_other):
    assert own_other_text(identity(*a), identity(*b)) is own_other
