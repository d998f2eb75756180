"""Per-article measures written once by ingest (profiles.parquet, indicators.parquet) equal what the
report computed from the whole corpus; the report then reads them instead of computing again."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from unionmine.documents.dating import date_documents
from unionmine.report import html as report_html
from unionmine.run.pipeline import ingest
from unionmine.stats.insights import aggregate
from unionmine.stats.insights.indicators import indicators_table
from unionmine.stats.insights.specificity import specificity_table
from unionmine.themes import theme_profile

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "raw"


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory):
    """Two seed pages (a compilation of 12 articles and a long single one), ingested with sections."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in sorted(SEEDS.iterdir())[:2]:
        shutil.copy(path, corpus / path.name)
    out = tmp_path_factory.mktemp("out")
    ingest([corpus], out, with_sections=True, progress=False)
    return out


def _tables(out):
    return {name: pd.read_parquet(out / f"{name}.parquet")
            for name in ("documents", "sections", "profiles", "indicators")}


@pytest.mark.slow
def test_profiles_equal_the_profile_of_all_sections(seeds_out):
    t = _tables(seeds_out)
    assert len(t["profiles"]) == len(t["documents"]) > 5
    whole = theme_profile(t["sections"]).set_index("doc_id").sort_index()
    stored = t["profiles"].set_index("doc_id").loc[whole.index]
    shares = [c for c in whole.columns if c.startswith("share_")]
    assert np.array_equal(whole[shares].to_numpy(), stored[shares].to_numpy())
    assert (whole["n_chars"] == stored["n_chars_profiled"]).all()


@pytest.mark.slow
def test_indicators_and_specificity_equal_the_report_tables(seeds_out):
    t = _tables(seeds_out)
    expected = indicators_table(t["documents"], t["sections"])
    assert len(expected) > 10
    pd.testing.assert_frame_equal(expected.reset_index(drop=True), t["indicators"], check_dtype=False)
    spec = specificity_table(t["documents"]).set_index("doc_id")
    stored = t["profiles"].set_index("doc_id").loc[spec.index]
    for col in ("stock_share", "fact_share", "specificity"):
        assert np.allclose(spec[col].astype(float), stored[col], rtol=0, atol=0, equal_nan=True), col


@pytest.mark.slow
def test_dating_from_the_stored_ranges_equals_dating_the_text(seeds_out):
    docs = _tables(seeds_out)["documents"]
    pd.testing.assert_frame_equal(date_documents(docs), date_documents(docs.drop(columns=["text"]), stored=True))


@pytest.mark.slow
def test_report_reads_the_stored_measures_instead_of_computing(seeds_out, monkeypatch):
    def fail(*_args, **_kwargs):
        raise AssertionError("computed again")

    monkeypatch.setattr(report_html, "theme_profile", fail)
    monkeypatch.setattr(aggregate, "indicators_table", fail)
    monkeypatch.setattr(aggregate, "specificity_table", fail)
    path = report_html.report(seeds_out, progress=False)
    page = path.read_text(encoding="utf-8")
    assert "附加分析未能完成" not in page and "数量指标" in page


@pytest.mark.slow
def test_the_report_shares_are_recomputed_from_sections_parquet_alone(seeds_out):
    """A researcher summed sections.parquet's section labels and got another share than the report: the
    report classifies each paragraph of a section. Each section row carries the characters its paragraphs
    give each theme (`chars_<theme>`), so a sum over an article's rows, in SQL, gives its profile."""
    import duckdb

    from unionmine.stats.columns import ALL_THEMES

    t = _tables(seeds_out)
    chars = [f"chars_{theme}" for theme in ALL_THEMES]
    assert set(chars) <= set(t["sections"].columns)
    total = " + ".join(f'sum("{c}")' for c in chars)
    shares = ", ".join(f'sum("{c}") / ({total}) AS "share_{c[6:]}"' for c in chars)
    found = duckdb.sql(f"SELECT doc_id, {shares} FROM read_parquet('{seeds_out / 'sections.parquet'}') "
                       "GROUP BY doc_id").df().set_index("doc_id").sort_index()
    stored = t["profiles"].set_index("doc_id").loc[found.index]
    assert len(found) > 5 and (t["sections"].groupby("doc_id")["text"].count() > 1).any()
    for col in found.columns:
        assert np.allclose(found[col], stored[col], rtol=0, atol=1e-12), col
    # a section of several paragraphs splits its characters between themes, where its labels cannot
    per_row = t["sections"][chars].gt(0).sum(axis=1)
    assert (per_row > t["sections"]["labels"].map(lambda labs: max(len(labs), 1))).any()
