"""One unit, many names (`run.units`): a collection's names of one unit joined by general rules, never two units whose
distinctive part differs; the joins written for Excel and given back with `--metadata`. Invented units only (柳河县's;
USER13's 青槐区 collection prompted the rules)."""

from __future__ import annotations

import pandas as pd
import pytest

from unionmine.documents.metadata import read_metadata
from unionmine.run import pipeline
from unionmine.run.units import (
    JOINS_FILE,
    bracketed,
    candidates,
    join_names,
    joined_columns,
    name_key,
)

P = "柳河县"


def _rows(items):
    """ROWS for `join_names`: (written, text[, fixed]) per article; an unnamed article's candidates from its title."""
    rows = []
    for item in items:
        written, text, *rest = item
        fixed = rest[0] if rest else None
        title = rest[1] if len(rest) > 1 else ""
        rows.append({"written": written, "fixed": fixed, "text": text,
                     "candidates": candidates(title, f"2023年/{title}.docx") if written is None else []})
    return pd.DataFrame(rows)


# units of 柳河县 that make the place shared (three names or more carry it)
OTHERS = [(f"{P}河西小学", ""), (f"{P}河西实验小学", ""), (f"{P}东关第一中学", ""), (f"{P}第二幼儿园", "")]


def _units(items, names=None):
    joined = join_names(_rows(items + OTHERS), names)
    return list(joined["org"][: len(items)])


@pytest.mark.parametrize(("a", "b"), [
    (f"{P}东关第三中学工会", "东关三中"),  # place, 第三中学 -> 三中, the union's suffix
    ("东关中学（三中）", "东关三中工会委员会"),  # a number in brackets; a committee
    (f"{P}第一幼儿园", "县一幼"),  # a bare level for the place
    (f"{P}实验小学（北湖校区）", f"{P}实验小学"),  # the one campus named
    (f"{P}实验小学北湖校区", f"{P}实验小学"),
])
def test_names_of_one_unit_have_one_key_unit(a, b):
    assert len(set(_units([(a, ""), (b, "")]))) == 1


@pytest.mark.parametrize(("a", "b"), [
    ("东关一中", "东关三中"),  # the distinctive part differs
    (f"{P}东关第一中学", "东关三中"),
    ("河西小学", "河西实验小学"),
    (f"{P}实验小学", "河西实验小学"),
    (f"{P}实验小学（北湖校区）", "河西实验小学"),
    ("县一幼", "县二幼"),
    (f"{P}第一幼儿园", f"{P}第二幼儿园"),
    ("东关中学（三中）", "东关中学（一中）"),
])
def test_near_misses_stay_apart(a, b):
    units = _units([(a, ""), (b, "")])
    assert units[0] != units[1]


def test_two_campuses_keep_the_school_apart_from_each():
    units = _units([(f"{P}实验小学（北湖校区）", ""), (f"{P}实验小学（南湖校区）", ""), (f"{P}实验小学", "")])
    assert len(set(units)) == 3


def test_a_name_without_place_joins_only_the_one_place_holding_it():
    one = _units([("实验小学", ""), (f"{P}实验小学", "")])
    assert one == [f"{P}实验小学"] * 2
    other = "桐城县实验小学"
    two = _units([("实验小学", ""), (f"{P}实验小学", ""), (other, "")])
    assert len(set(two)) == 3  # two places hold it: no join, and the places never join each other


def test_a_group_joins_its_school_only_when_its_text_says_so():
    group = f"{P}东关第三中学教育集团"
    said = f"2023年3月，东关第三中学与北湖中学组建{group}，由东关第三中学牵头。"
    assert len(set(_units([(group, said), ("东关三中", "")]))) == 1
    assert _units([(group, said), ("东关三中", "")])[0] == f"{P}东关第三中学"  # the full name its group writes
    silent = f"{group}工会团结带领全体教职工，较好完成了各项工作。"
    assert len(set(_units([(group, silent), ("东关三中", "")]))) == 2


def test_the_unit_takes_the_full_name_and_keeps_the_written_one():
    joined = join_names(_rows([("东关三中", ""), (f"{P}东关第三中学", ""), ("东关三中工会委员会", "")] + OTHERS))
    assert list(joined["org"][:3]) == [f"{P}东关第三中学"] * 3
    assert list(joined["org_written"][:3]) == ["东关三中", f"{P}东关第三中学", "东关三中工会委员会"]
    assert list(joined["rule"][:3]) == ["joined", "same", "joined"]


def test_an_unnamed_article_is_filed_by_a_unit_name_in_its_title_only():
    items = [(f"{P}第一幼儿园", ""), (None, "", None, "县一幼工会2023年工作总结"),
             (None, "", None, "县职专工会2023年工作总结"), (None, "", None, "2023年工会工作总结")]
    joined = join_names(_rows(items + OTHERS))
    assert list(joined["org"][:4].fillna("-")) == [f"{P}第一幼儿园", f"{P}第一幼儿园", "-", "-"]
    assert joined["org_written"][1] == "县一幼工会"


def test_the_metadata_wins_and_names_the_unit():
    items = [("东关三中", "", f"{P}东关三中"), (f"{P}东关第三中学", "")]
    assert _units(items) == [f"{P}东关三中"] * 2  # a file's org from the metadata
    assert _units([("东关一中", ""), (f"{P}东关第一中学", "")], {"东关一中": "东关一中"}) == ["东关一中"] * 2
    split = {"东关一中": "东关一中", f"{P}东关第一中学": f"{P}东关第一中学"}  # the joins file, edited to split
    assert _units([("东关一中", ""), (f"{P}东关第一中学", "")], split) == ["东关一中", f"{P}东关第一中学"]


def test_the_joins_file_lists_an_unnamed_title_for_her_to_file_and_takes_it_back(tmp_path):
    from unionmine.run.units import _write_joins

    rows = _rows([(f"{P}第一幼儿园", ""), (None, "", None, "县职专工会2023年工作总结"),
                  (None, "", None, "2023年工会工作总结"), (None, "", None, "学校工会2023年工作总结"),
                  (None, "", None, "机关单位工会2023年工作总结"), (None, "", None, "xx学年教务处工会工作计划")]
                 + OTHERS).assign(year=2023)
    _write_joins(rows, join_names(rows), tmp_path / "j.csv")
    table = pd.read_csv(tmp_path / "j.csv", encoding="utf-8-sig", dtype=str)
    last = table.iloc[-1]
    assert last["原写法 org_written"] == "县职专工会" and pd.isna(last["单位 org"]) and "请在" in last["备注 note"]
    assert set(table["原写法 org_written"]) & {"工会工作总结", "学校工会", "机关单位工会", "xx学年教务处工会"} == set()
    table.iloc[-1, 1] = f"{P}职业中等专业学校"
    table.to_csv(tmp_path / "j.csv", index=False, encoding="utf-8-sig")
    names = read_metadata(tmp_path / "j.csv").names
    assert names["县职专工会"] == f"{P}职业中等专业学校"
    assert list(join_names(rows, names)["org"][:2]) == [f"{P}第一幼儿园", f"{P}职业中等专业学校"]


def test_a_corrected_name_from_a_title_files_its_unnamed_article():
    items = [(f"{P}第一幼儿园", ""), (None, "", None, "县一幼工会2023年工作总结")]
    joined = join_names(_rows(items + OTHERS), {"县一幼工会": "县一幼"})
    assert list(joined["org"][:2]) == [f"{P}第一幼儿园", "县一幼"] and joined["rule"][1] == "metadata"


def test_the_overview_lists_the_articles_filed_under_another_name():
    from unionmine.report.display import joined_names

    arts = pd.DataFrame({"org": ["东关一中", f"{P}东关第三中学", None], "org_written": ["东关一中", "东关三中", None]})
    assert joined_names(arts) == [("东关三中", f"{P}东关第三中学")]
    assert joined_names(arts.drop(columns="org_written")) == []  # an output folder of an earlier version


def test_keys_are_none_for_a_name_with_no_distinctive_part():
    assert name_key("县工会") is None and name_key("工会") is None


def _write(folder, rel, title, sign):
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n".join(f"{'一二三'[i]}、开展活动\n学校工会组织教职工开展第{i + 1}项活动{i * 7 + 12}次，参加{i * 9 + 40}人次。"
                     for i in range(3))
    path.write_text(f"{title}\n{body}\n{sign}\n", encoding="utf-8")


def test_the_run_joins_writes_the_joins_and_takes_them_back_edited(tmp_path):
    corpus = tmp_path / "in"
    _write(corpus, "2022年/东关三中/2022年工会工作总结.txt", f"{P}东关第三中学工会2022年工作总结", f"{P}东关第三中学工会")
    _write(corpus, "2023年/东关三中工会2023年工作总结.txt", "东关三中工会2023年工作总结", "东关三中工会")
    _write(corpus, "2023年/东关一中工会2023年工作总结.txt", "东关一中工会2023年工作总结", "东关一中工会")
    _write(corpus, "2022年/河西小学工会2022年工作总结.txt", f"{P}河西小学工会2022年工作总结", f"{P}河西小学工会")
    _write(corpus, "2022年/河西实验小学工会2022年工作总结.txt", f"{P}河西实验小学工会2022年工作总结",
           f"{P}河西实验小学工会")
    out = tmp_path / "out"
    pipeline.ingest([corpus], out, progress=False)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    assert docs.loc["2023年/东关三中工会2023年工作总结.txt", "org"] == f"{P}东关第三中学"
    assert docs.loc["2023年/东关三中工会2023年工作总结.txt", "org_written"] == "东关三中"
    assert docs.loc["2023年/东关一中工会2023年工作总结.txt", "org"] == "东关一中"
    joins = pd.read_csv(out / JOINS_FILE, encoding="utf-8-sig")
    assert list(joins.columns) == ["原写法 org_written", "单位 org", "备注 note"]
    row = joins.set_index("原写法 org_written").loc["东关三中"]
    assert row["单位 org"] == f"{P}东关第三中学" and row["备注 note"].startswith("1篇（2023年）")
    # a file changed: the update joins the kept rows and the new one alike
    changed = corpus / "2022年/河西小学工会2022年工作总结.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("12次", "13次"), encoding="utf-8")
    assert pipeline.ingest([corpus], out, progress=False).n_cached == 4
    again = pd.read_parquet(out / "documents.parquet").set_index("source")
    pd.testing.assert_series_equal(again["org"], docs["org"])
    pd.testing.assert_series_equal(again["org_written"], docs["org_written"])
    # written as parts, the same
    parts = pipeline.ingest([corpus], tmp_path / "parts", progress=False, partitioned=True, use_cache=False)
    assert set(pd.read_parquet(parts.out / "documents.parquet")["org"]) == set(docs["org"])
    assert (parts.out / JOINS_FILE).exists()
    # she splits 东关三中 off in Excel and gives the file back
    joins.loc[joins["原写法 org_written"] == "东关三中", "单位 org"] = "东关三中"
    edited = tmp_path / "edited.csv"
    joins.to_csv(edited, index=False, encoding="gbk")
    assert read_metadata(edited).names["东关三中"] == "东关三中"
    pipeline.ingest([corpus], out, metadata=edited, progress=False)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    assert docs.loc["2023年/东关三中工会2023年工作总结.txt", "org"] == "东关三中"
    assert docs.loc["2022年/东关三中/2022年工会工作总结.txt", "org"] == f"{P}东关第三中学"
    assert docs.loc["2023年/东关三中工会2023年工作总结.txt", "org_source"] == "metadata"


def test_org_join_says_which_units_came_from_the_rest_of_the_run_and_org_written_stays_the_articles_own(tmp_path):
    """USER14: run alone, 东关三中's article is filed under its own name; with the county's files, under the
    placed name. `org_join` says so, and `org_written` is the same in both runs."""
    corpus = tmp_path / "in"
    _write(corpus, "2022年/东关三中/2022年工会工作总结.txt", f"{P}东关第三中学工会2022年工作总结", f"{P}东关第三中学工会")
    _write(corpus, "2023年/东关三中工会2023年工作总结.txt", "东关三中工会2023年工作总结", "东关三中工会")
    _write(corpus, "2022年/河西小学工会2022年工作总结.txt", f"{P}河西小学工会2022年工作总结", f"{P}河西小学工会")
    _write(corpus, "2022年/河西实验小学工会2022年工作总结.txt", f"{P}河西实验小学工会2022年工作总结",
           f"{P}河西实验小学工会")
    alone = tmp_path / "alone"
    _write(alone, "2023年/东关三中工会2023年工作总结.txt", "东关三中工会2023年工作总结", "东关三中工会")
    docs = pd.read_parquet(pipeline.ingest([corpus], tmp_path / "out", progress=False).out / "documents.parquet")
    one = pd.read_parquet(pipeline.ingest([alone], tmp_path / "one", progress=False).out / "documents.parquet")
    short = docs.set_index("source").loc["2023年/东关三中工会2023年工作总结.txt"]
    assert (short["org"], short["org_written"], short["org_join"]) == (f"{P}东关第三中学", "东关三中", "joined")
    assert (one["org"][0], one["org_written"][0], one["org_join"][0]) == ("东关三中", "东关三中", "same")
    assert set(docs["org_join"]) == {"same", "joined"}


def test_bracketed_takes_the_first_place_the_name_has_a_bracket_after_it():
    text = "城南中学工作总结。城南中学的老师……城南中学（二中）工会。城南中学（三中）"
    assert bracketed("城南中学", text) == "城南中学（二中）"
    assert bracketed("城南中学", "城南中学（以下简称“城中”）") == "城南中学"  # an alias is no part of the name
    assert bracketed("城南中学", "城南中学（二\n中）工会") == "城南中学"  # a bracket never spans a line
    assert bracketed("城南中学（二中）", "城南中学（二中）（北）") == "城南中学（二中）"  # already bracketed
    assert bracketed(None, "城南中学（二中）") is None and bracketed("城南中学", None) == "城南中学"


def test_joined_columns_give_the_join_and_leave_the_articles_own_source_where_it_does_not_decide():
    joined = pd.DataFrame({"org": ["城南二中", "城南二中", None, "河西小学"],
                           "org_written": ["二中", "城南二中工会", None, "河西小学"],
                           "rule": ["joined", "candidate", None, "metadata"]})
    columns = joined_columns(pd.Series(["", "城南二中工会2023年工作总结", "", ""]), joined)
    assert {name: values.to_pylist() for name, values in columns.items()} == {
        "org": ["城南二中", "城南二中", None, "河西小学"], "org_written": ["二中", "城南二中工会", None, "河西小学"],
        "org_source": [None, "title", None, "metadata"], "org_join": ["joined", "candidate", None, "metadata"]}
