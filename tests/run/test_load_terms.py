"""`unionmine.load` leaves out `terms` by default (large, summed by SQL) and gives it when asked by name: a researcher
finds how in the function's docstring, the README's Python example and docs/COLUMNS.md's terms section."""

from __future__ import annotations

from pathlib import Path

import pytest

import unionmine
from unionmine.run import pipeline

REPO = Path(__file__).resolve().parents[2]
ASKED = 'names=["terms"]'


@pytest.mark.parametrize("partitioned", [False, True])
def test_terms_by_name(tiny_corpus, tmp_path, partitioned):
    out = tmp_path / "out"
    pipeline.ingest([tiny_corpus], out, with_sections=True, progress=False, use_cache=False, partitioned=partitioned)
    assert "terms" not in unionmine.load(out)
    terms = unionmine.load(out, names=["terms"])
    assert list(terms) == ["terms"]
    table = terms["terms"]
    assert {"doc_id", "scope", "n_sections", "terms", "counts"} <= set(table.columns)
    assert (table["scope"] == "doc").sum() == len(unionmine.load(out, names=["documents"])["documents"])
    first = table[table["scope"] == "doc"].iloc[0]
    assert len(first["terms"]) == len(first["counts"]) > 0
    # one column only, as for every table
    assert list(unionmine.load(out, columns={"terms": ["doc_id"]}, names=["terms"])["terms"].columns) == ["doc_id"]


def test_where_she_looks_says_how():
    assert ASKED in unionmine.load.__doc__
    assert ASKED in (REPO / "README.md").read_text(encoding="utf-8")
    columns = (REPO / "docs" / "COLUMNS.md").read_text(encoding="utf-8")
    section = columns.split("## `terms.parquet`", 1)[1].split("\n## ", 1)[0]
    assert ASKED in section
