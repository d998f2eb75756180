"""The report's opening words come from the raw counts, never from parsing its own display text."""

from __future__ import annotations

import pandas as pd

from unionmine.report.display import nested_names, overview_paragraphs
from unionmine.stats.tables import overview


def _docs():
    return pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"], "org": ["甲校", "甲校", "乙校", "乙校"], "year": [2018, 2019, 2018, 2019],
        "kind": "summary", "text": "工会", "on_topic": [True, True, False, True],
        "duplicate_of": [None, None, None, "c"],  # 乙校's 2019 text nearly repeats its 2018 one
    })


def test_overview_text_reads_the_counts_not_the_labels():
    docs = _docs()
    compared = docs.iloc[:2]
    table = overview(docs, compared, docs.iloc[2:], include_duplicates=True,
                     problems=pd.DataFrame({"source": ["x"], "stage": ["read"], "reason": ["bad"]}))
    assert table.attrs["counts"] == {"off_topic": 1, "off_topic_included": False, "duplicates": 1,
                                     "duplicates_included": True, "problems": 1}
    stats = {"overview": table, "articles": compared.assign(**{f"share_{t}": None for t in
                                                               ("维权", "送温暖", "文体活动", "民主管理", "其他")})}
    text = "".join(overview_paragraphs(stats, None))
    assert "1篇不属于工会工作（未纳入统计）" in text and "1篇与其他文章几乎重复（已纳入统计）" in text
    assert "1个文件未能读取或只读了一部分" in text
    reworded = table.assign(item="改过的说法", value="改过的数值")
    reworded.attrs = table.attrs
    assert "".join(overview_paragraphs({**stats, "overview": reworded}, None)) == text


def _overview_text(compared, filters=None):
    docs = _docs()
    table = overview(docs, compared, docs.iloc[0:0], problems=None, filters=filters)
    shares = {f"share_{t}": 0.2 for t in ("维权", "送温暖", "文体活动", "民主管理", "其他")}
    return "".join(overview_paragraphs({"overview": table, "articles": compared.assign(**shares)}, filters)), table


def test_one_year_reads_as_one_year_and_nothing_compared_says_so():
    text, table = _overview_text(_docs().iloc[[0, 2]])  # both 2018
    assert "（2018年；" in text and "2018年至2018年" not in text
    assert dict(zip(table["item"], table["value"]))["年份范围"] == "2018"
    empty, _ = _overview_text(_docs().iloc[0:0])
    assert "0个单位的0篇" not in empty and "年份均不详" not in empty
    assert "没有文章可供比较" in empty


def test_left_out_copies_come_with_the_way_to_count_them():
    """Copies left out (the same school's text again): the reader is told how to count them."""
    docs = _docs()
    table = overview(docs, docs.iloc[:2], docs.iloc[2:], problems=None)
    shares = {f"share_{t}": 0.2 for t in ("维权", "送温暖", "文体活动", "民主管理", "其他")}
    stats = {"overview": table, "articles": docs.iloc[:2].assign(**shares)}
    assert "--include-duplicates" in "".join(overview_paragraphs(stats, None))
    counted = overview(docs, docs.iloc[:2], docs.iloc[2:], problems=None, include_duplicates=True)
    assert "--include-duplicates" not in "".join(overview_paragraphs({**stats, "overview": counted}, None))


def test_nested_organisation_names_are_pointed_out_as_maybe_one():
    # a kindergarten named by its folder (实验幼儿园) one year and by its title (清河区实验幼儿园) the
    # next was two organisations in every table and chart, each with one year
    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "org": ["实验幼儿园", "清河区实验幼儿园", "阳光小学", None],
                         "year": [2022, 2024, 2023, 2023], "kind": "summary", "text": "工会", "on_topic": True,
                         "duplicate_of": None})
    table = overview(docs, docs, docs.iloc[0:0], problems=None)
    shares = {f"share_{t}": 0.2 for t in ("维权", "送温暖", "文体活动", "民主管理", "其他")}
    text = "".join(overview_paragraphs({"overview": table, "articles": docs.assign(**shares)}, None))
    assert "可能是同一单位：“实验幼儿园”与“清河区实验幼儿园”。" in text and "--metadata" in text
    assert "一个包含另一个或是另一个的简称" in text  # (机械学院 is no part of 机械工程学院: USER9)
    assert "同一单位" not in "".join(overview_paragraphs({"overview": table, "articles": docs.iloc[1:].assign(**shares)},
                                                       None))
    assert nested_names(["第一小学", "城南第一小学", "城南第一小学分校", "一小", "第一小学"]) == [
        ("城南第一小学", "城南第一小学分校"), ("第一小学", "城南第一小学"), ("第一小学", "城南第一小学分校")]


def test_a_company_named_without_its_legal_form_is_pointed_out_as_maybe_one():
    # a subsidiary signs as 华辰精密机械有限公司 one year and titles itself 精密机械公司 the next (USER7); the
    # same for other legal forms; names that are no part of another (远帆公司, 石材公司) make no pair
    assert nested_names(["东岭电气股份有限公司", "东岭电气公司", "远帆物流有限责任公司", "远帆物流公司", "远帆公司",
                         "青石建材有限公司", "石材公司"]) == [
        ("东岭电气公司", "东岭电气股份有限公司"), ("远帆物流公司", "远帆物流有限责任公司")]


def test_a_college_or_group_by_its_short_form_is_pointed_out_and_an_affiliated_unit_is_not():
    # a university's colleges sign with their full names and title with short ones (机械学院 for 机械工程学院,
    # USER9); an affiliated school or hospital (…附属中学) is a unit of its own, not a form of its university's name;
    # a company's short form is still none (USER7: 远帆公司 is not 远帆物流公司)
    assert nested_names(["计算机学院", "青禾大学计算机科学与技术学院", "城建集团", "城建投资集团", "建工公司",
                         "建工投资公司", "青禾师范大学", "青禾师范大学附属小学", "青禾师范大学附中"]) == [
        ("城建集团", "城建投资集团"), ("计算机学院", "青禾大学计算机科学与技术学院")]


def test_kinds_are_counted_in_the_tables_order_not_by_count():
    # a group union's year: three plans, one summary, a notice's cover letter; the Word profile listed
    # 工作总结2篇、其他1篇、工作计划1篇 (ties in no order) where the overview put plans before others
    docs = _docs().assign(kind=["plan", "other", "plan", "summary"], on_topic=True, duplicate_of=None)
    text, _table = _overview_text(pd.concat([docs, docs.iloc[[0]].assign(doc_id="e")]))
    assert "工作总结1篇、工作计划3篇、其他1篇" in text
