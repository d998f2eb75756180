"""A plan pasted into an Excel workbook is read as a document; a workbook of tables is refused with its own code
(USER12, session 17). Invented units (石湾水务), none of USER12's collection."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from unionmine.documents.problems import problem_code, reason_zh
from unionmine.documents.read import read_document
from unionmine.errors import InputError
from unionmine.run.pipeline import ingest

PLAN = [
    "石湾水务有限公司工会2025年工作计划",
    "一、总体思路",
    "2025年，公司工会坚持以职工为中心，围绕供水保障和管网改造，团结动员广大职工建功立业。",
    "二、重点工作",
    "（一）按期召开职代会，提高提案办理实效，深化厂务公开，让职工参与企业管理。",
    "（二）高温期间到水厂和管网抢修一线开展送清凉，做实困难职工帮扶和节日慰问。",
    "（三）举办第五届管网抢修技能比武，发挥劳模创新工作室作用，培养青年技术骨干。",
    "石湾水务有限公司工会",
    "2025年1月16日",
]


def _book(rows) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row if isinstance(row, list) else [row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_a_plan_pasted_into_a_workbook_is_read_line_by_line(tmp_path):
    path = tmp_path / "工会2025年工作计划.xlsx"
    path.write_bytes(_book(PLAN))
    decoded = read_document(path)
    assert [ln for ln in decoded.text.split("\n") if ln.strip()] == PLAN
    assert decoded.encoding == "xlsx"


def test_a_workbook_of_tables_is_refused_with_its_own_code(tmp_path):
    path = tmp_path / "2024年活动统计表.xlsx"
    path.write_bytes(_book([["序号", "活动名称", "参加人数", "经费（元）"], [1, "春节慰问", 120, 8000],
                            [2, "职工运动会", 300, 15000], [3, "夏送清凉", 210, 6400]]))
    with pytest.raises(InputError) as caught:
        read_document(path)
    reason = caught.value.reason
    assert problem_code(reason) == "xlsx_table"
    assert "表格" in reason_zh(reason)


def test_run_reads_the_pasted_plan(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "水务公司2025年工会工作计划.xlsx").write_bytes(_book(PLAN))
    ingest([folder], tmp_path / "out")
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert docs[["title", "org", "year", "kind"]].values.tolist() == [
        ["石湾水务有限公司工会2025年工作计划", "石湾水务有限公司", 2025, "plan"]]
