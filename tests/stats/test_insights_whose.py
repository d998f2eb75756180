"""The per-article insight tables say whose article a row is (organisation and year), not only its id
and title: five schools send a file titled 2024年工会工作总结, and the officer must tell them apart."""

from __future__ import annotations

import pandas as pd

from unionmine.run.pipeline import ingest
from unionmine.stats.insights import compute_insights
from unionmine.stats.stored import StoredTables

SHARED = ("一年来，我校工会工作虽然取得了一些成绩，但也存在不足，部分年龄较大的教职工参与文体活动较少。"
          "新的一年，工会将继续在学校党支部领导下，努力把工会建成教职工信赖的温暖之家。")


def _docs() -> pd.DataFrame:
    rows = []
    for i, (org, year) in enumerate([("阳光小学", 2024), ("明德小学", 2024), ("阳光小学", 2023)]):
        own = f"今年组织{org}教职工{30 + i}人参加健康体检，慰问生病住院教职工{5 + i}人次，发放慰问金{2000 + i}元。"
        rows.append({"doc_id": f"d{i}", "title": f"{year}年工会工作总结", "org": org, "year": year,
                     "year_source": "title", "kind": "summary", "on_topic": True, "text": own + SHARED})
    return pd.DataFrame(rows)


def _check(tables: dict) -> None:
    _t, originality = tables["originality"]
    assert list(originality.columns[:3]) == ["单位", "年份", "标题"] and originality.columns[-1] == "文章编号"
    whose = originality.set_index("文章编号")[["单位", "年份", "标题"]]
    assert whose.loc["d1"].tolist() == ["明德小学", 2024, "2024年工会工作总结"]
    assert whose.loc["d2"].tolist() == ["阳光小学", 2023, "2023年工会工作总结"]
    _t, spec = tables["specificity"]
    assert spec.set_index("文章编号").loc["d0", ["单位", "年份"]].tolist() == ["阳光小学", 2024]
    _t, passages = tables["copied_passages"]
    named = passages["出现于（标题）"].iloc[0]
    assert "阳光小学：2024年工会工作总结" in named and "明德小学：2024年工会工作总结" in named, named
    for name in ("inferred_years", "year_conflicts"):
        assert tables[name][1].columns[0] == "单位"


def test_in_memory_tables_name_the_organisation_and_year():
    _check(compute_insights(_docs(), None))


def test_tables_read_from_an_output_folder_name_them_too(tmp_path):
    """The run's path: the texts streamed from documents.parquet (`find_reuse_stream`)."""
    corpus = tmp_path / "corpus"
    for i, (org, year) in enumerate([("阳光小学", 2024), ("明德小学", 2024)]):
        folder = corpus / org
        folder.mkdir(parents=True)
        text = (f"{year}年工会工作总结\n\n一、关心教职工生活\n今年组织教职工{30 + i}人参加健康体检，"
                f"慰问生病住院教职工{5 + i}人次。\n二、存在的不足\n{SHARED}\n")
        (folder / f"{year}年工会工作总结.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    ingest([corpus], out, with_sections=True, progress=False)
    docs = pd.read_parquet(out / "documents.parquet").drop(columns=["text", "original_text"])
    stored = StoredTables(out)
    try:
        tables = compute_insights(docs, None, stored=stored)
    finally:
        stored.close()
    _t, originality = tables["originality"]
    assert sorted(zip(originality["单位"], originality["年份"])) == [("明德小学", 2024), ("阳光小学", 2024)]
    named = tables["copied_passages"][1]["出现于（标题）"].iloc[0]
    assert "阳光小学：2024年工会工作总结" in named and "明德小学：2024年工会工作总结" in named, named
