"""The output tables as a researcher's readers see them: pandas, dask, DuckDB."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

import unionmine
from unionmine.run import pipeline

UNDATED = "学校工会工作总结\n一、加强组织建设\n工会组织教职工学习，召开教代会，慰问困难职工，开展文体活动。\n"


@pytest.fixture
def undated_corpus(tiny_corpus):
    """The tiny corpus (dated 2018 and 2019) plus a summary that names no year at all."""
    (tiny_corpus / "undated.txt").write_text(UNDATED, encoding="utf-8")
    return tiny_corpus


@pytest.mark.parametrize("partitioned", [False, True])
def test_years_read_as_nullable_integers_not_floats(undated_corpus, tmp_path, partitioned):
    """A year column with one null came back as float64 (2018.0) from pd.read_parquet and
    unionmine.load: a merge on years with an int column then failed, or printed 2018.0."""
    out = tmp_path / "out"
    pipeline.ingest([undated_corpus], out, progress=False, use_cache=False, partitioned=partitioned)
    for docs in (pd.read_parquet(out / "documents.parquet"), unionmine.load(out)["documents"]):
        assert docs["year"].isna().any() and docs["year"].notna().any()
        for column in ("year", "year_min", "year_max"):
            assert str(docs[column].dtype) == "Int64", column
        assert docs.set_index("source").loc["dongfeng_2018.txt", "year"] == 2018
        assert str(docs["article"].dtype) == "int64" and str(docs["n_chars"].dtype) == "int64"
    # the Parquet type itself is unchanged: int64, as DuckDB and R read it
    first = min((out / "documents.parquet").glob("part-*.parquet")) if partitioned else out / "documents.parquet"
    assert str(pq.read_schema(first).field("year").type) == "int64"
    assert str(unionmine.sql(out, "SELECT year FROM documents")["year"].dtype) == "Int64"
