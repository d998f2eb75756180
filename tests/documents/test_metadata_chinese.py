"""A metadata CSV as a district officer saves it from Excel: Chinese headers and values, a BOM or GBK."""

from __future__ import annotations

import codecs

import pandas as pd
import pytest

from unionmine.documents.metadata import read_metadata
from unionmine.errors import UsageError
from unionmine.run import pipeline

# As Excel writes it: CRLF line ends, the columns a user never filled left blank at the end.
SHEET = (
    "文件名,单位名称,年份,单位类型,文种,是否相关,标题,备注,,\r\n"
    "2023/城北中学总结.docx,城北区第二中学,2023年,学校,总结,是,城北区第二中学2023年工会工作总结,已核对,,\r\n"
    "2022/向阳幼儿园计划.txt,向阳路幼儿园,2022,幼儿园,工作计划,是,,,,\r\n"
    "城北区教育工会简报.html,城北区教育工会,2021,教育工会,报告,否,,简报转载,,\r\n"
    ",,,,,,,,,\r\n"
)
EXPECTED = {
    ("2023/城北中学总结.docx", None): {"org": "城北区第二中学", "year": 2023, "year_source": "metadata",
                                   "org_type": "school", "kind": "summary", "on_topic": True,
                                   "title": "城北区第二中学2023年工会工作总结"},
    ("2022/向阳幼儿园计划.txt", None): {"org": "向阳路幼儿园", "year": 2022, "year_source": "metadata",
                                   "org_type": "school", "kind": "plan", "on_topic": True},
    ("城北区教育工会简报.html", None): {"org": "城北区教育工会", "year": 2021, "year_source": "metadata",
                                  "org_type": "education_union", "kind": "report", "on_topic": False},
}


@pytest.mark.parametrize("encoded", [
    lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),  # Excel's "CSV UTF-8"
    lambda text: text.encode("gbk"),  # Excel's plain "CSV" on a Chinese Windows
    lambda text: text.encode("utf-8"),
    lambda text: codecs.BOM_UTF16_LE + text.replace(",", "\t").encode("utf-16-le"),  # "Unicode text"
], ids=["utf8-bom", "gbk", "utf8", "utf16-tabs"])
def test_an_excel_sheet_with_chinese_headers(tmp_path, encoded):
    path = tmp_path / "已知信息.csv"
    path.write_bytes(encoded(SHEET))
    assert read_metadata(path).rows == EXPECTED


@pytest.mark.parametrize(("header", "column"), [
    ("文件", "source"), ("文件名", "source"), ("路径", "source"), ("单位", "org"), ("学校", "org"),
    ("单位名称", "org"), ("年份", "year"), ("年度", "year"), ("类型", "org_type"), ("单位类型", "org_type"),
    ("文种", "kind"), ("类别", "kind"), ("篇号", "article"), ("是否相关", "on_topic"), ("标题", "title"),
])
def test_each_chinese_header_stands_for_its_column(tmp_path, header, column):
    cell = {"source": "a.txt", "org": "东湖小学", "year": "2020", "org_type": "高校", "kind": "计划",
            "article": "第2篇", "on_topic": "否", "title": "东湖小学工会计划"}[column]
    want = {"source": {}, "article": {}, "org": {"org": "东湖小学"}, "org_type": {"org_type": "university"},
            "year": {"year": 2020, "year_source": "metadata"}, "kind": {"kind": "plan"},
            "on_topic": {"on_topic": False}, "title": {"title": "东湖小学工会计划"}}[column]
    path = tmp_path / "m.csv"
    if column == "source":
        path.write_text(f"{header}\n{cell}\n", encoding="utf-8")
    else:
        path.write_text(f"文件,{header}\na.txt,{cell}\n", encoding="utf-8")
    assert read_metadata(path).rows == {("a.txt", 2 if column == "article" else None): want}


@pytest.mark.parametrize(("value", "org_type"), [
    ("学校", "school"), ("幼儿园", "school"), ("教育工会", "education_union"), ("高校", "university"),
    ("企业", "enterprise"), ("机关", "agency"), ("机关事业单位", "agency"), ("其他", "other"), ("School", "school"),
])
def test_chinese_org_types(tmp_path, value, org_type):
    path = tmp_path / "m.csv"
    path.write_text(f"文件名,类型\na.txt,{value}\n", encoding="utf-8")
    assert read_metadata(path).rows[("a.txt", None)]["org_type"] == org_type


@pytest.mark.parametrize(("content", "message"), [
    ("文件名,学校,学期\na.txt,东湖小学,上\n", r"unknown column\(s\) '学期'; columns allowed: source \(文件/文件名"),
    ("文件名,学期,班级\na.txt,上,三\n", r"unknown column\(s\) '学期', '班级'"),
    ("单位,年份\n东湖小学,2020\n", r"no 'source' column \(文件名 or 路径"),
    ("文件名,路径\na.txt,b.txt\n", r"two columns stand for 'source' \(the second is '路径'\)"),
    ("文件名,类型\na.txt,协会\n", r"org_type '协会' is not one of .*幼儿园"),
    ("文件名,文种\na.txt,通知\n", r"kind '通知' is not one of .*总结"),
    ("文件名,年份\na.txt,二〇二〇\n", "not a number"),
    ("文件名,单位\na.txt,东湖小学,多出的值\n", r"line 2: the value '多出的值' is in column 3, which has no name"),
])
def test_one_clear_error(tmp_path, content, message):
    path = tmp_path / "m.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        read_metadata(path)


def test_a_chinese_sheet_overrides_extraction(tiny_corpus, tmp_path):
    meta = tmp_path / "已知信息.csv"
    meta.write_bytes("文件名,单位,类型,年份,文种\r\ndongfeng_2018.txt,东风镇中心小学,学校,2017年,报告\r\n".encode("gbk"))
    pipeline.ingest([tiny_corpus], tmp_path / "out", metadata=meta, progress=False)
    row = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source").loc["dongfeng_2018.txt"]
    assert (row["org"], row["org_type"], row["year"], row["year_source"], row["kind"]) == (
        "东风镇中心小学", "school", 2017, "metadata", "report")
