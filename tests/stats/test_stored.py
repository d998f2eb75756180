"""Statistics out of core (stats/stored.py): the sums over the stored Parquet tables equal the tables
computed in memory from the texts, and the report then loads neither the texts nor the sections."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from unionmine.report import html as report_html
from unionmine.run.pipeline import ingest
from unionmine.stats import terms as terms_module
from unionmine.stats.insights import aggregate
from unionmine.stats.insights.reuse import find_reuse, find_reuse_stream
from unionmine.stats.stored import StoredTables, plan_candidates
from unionmine.stats.tables import article_table, select_documents
from unionmine.stats.terms import distinctive_terms, top_terms
from unionmine.text.tokenize import tokenize

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "raw"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """Three seed pages (compilations and single articles)."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in sorted(SEEDS.iterdir())[:3]:
        shutil.copy(path, corpus / path.name)
    return corpus


@pytest.fixture(scope="module")
def seeds_out(seeds, tmp_path_factory):
    """The three seed pages, ingested with sections."""
    corpus = seeds
    out = tmp_path_factory.mktemp("out")
    ingest([corpus], out, with_sections=True, progress=False)
    return out


def _tables(out):
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("documents", "sections", "profiles")}


@pytest.mark.slow
def test_term_tables_by_sql_equal_tokenising_the_texts(seeds_out):
    t = _tables(seeds_out)
    compared, _excluded = select_documents(t["documents"])
    secs = t["sections"][t["sections"]["doc_id"].isin(compared["doc_id"])]
    expected_themes = top_terms(secs, tokenize)
    expected_orgs = distinctive_terms(compared, tokenize, "org", min_n=2)
    stored = StoredTables(seeds_out)
    assert stored.covers_sections()
    themes, orgs = stored.term_tables(compared, "org", min_n=2)
    stored.close()
    assert len(expected_themes) > 20 and expected_orgs["org"].nunique() >= 2
    pd.testing.assert_frame_equal(themes, expected_themes, check_dtype=False, check_exact=False, rtol=1e-12)
    pd.testing.assert_frame_equal(orgs, expected_orgs, check_dtype=False, check_exact=False, rtol=1e-12)


@pytest.mark.slow
def test_section_counts_by_sql_equal_counting_the_sections(seeds_out):
    t = _tables(seeds_out)
    profile = t["profiles"].rename(columns={"n_chars_profiled": "n_chars"})
    expected = article_table(t["documents"], t["sections"], profile)
    stored = StoredTables(seeds_out)
    found = article_table(t["documents"], t["sections"].iloc[:0], profile, counts=stored.section_counts())
    stored.close()
    assert expected["n_sections"].sum() > 50
    pd.testing.assert_frame_equal(found, expected)


@pytest.mark.slow
def test_streamed_reuse_equals_reuse_over_the_texts(seeds_out):
    docs = _tables(seeds_out)["documents"]
    reference = "。".join(docs["text"].iloc[0].split("。")[2:6]) + "。"  # a template the first article copied
    _sentences, originality, passages = find_reuse(docs, references=[reference])
    batches = StoredTables(seeds_out).texts(docs["doc_id"], batch_rows=3)  # batches cross articles
    found_originality, found_passages = find_reuse_stream(docs[["doc_id", "title"]], batches, references=[reference])
    assert passages["in_reference"].any() and (originality["originality"] < 1).any()
    pd.testing.assert_frame_equal(found_originality, originality)
    pd.testing.assert_frame_equal(found_passages, passages)
    _s, _o, plain = find_reuse(docs)
    _o, top = find_reuse_stream(docs[["doc_id", "title"]], StoredTables(seeds_out).texts(), top=3)
    assert len(plain) > 3
    pd.testing.assert_frame_equal(top, plain.head(3))


def test_streamed_reuse_wants_the_texts_in_order():
    docs = pd.DataFrame({"doc_id": ["a", "b"], "title": ["A", "B"]})
    texts = [pd.DataFrame({"doc_id": ["b", "a"], "text": ["工会组织教职工参加了登山活动。", "工会组织教职工参加了登山活动。"]})]
    with pytest.raises(ValueError, match="order"):
        find_reuse_stream(docs, texts)
    with pytest.raises(ValueError, match="missing"):
        find_reuse_stream(docs, [texts[0].iloc[[1]]])


def test_plan_candidates_are_the_pairable_articles():
    docs = pd.DataFrame({
        "doc_id": ["p1", "s1", "p2", "r1", "s3", "x"],
        "org": ["甲校工会", "甲校", "乙校", "丙厂工会", "丙厂", "甲校"],
        "year": [2020, 2020, 2021, 2019, 2020, 2020],
        "kind": ["plan", "summary", "plan", "report", "summary", "speech"],
        "on_topic": [True, True, True, True, True, True],
    })
    # p1 and s1 pair (工会 is dropped from the key); p2 has no summary; the report r1 looks ahead to
    # 2020, so it pairs with s3 as a plan; x is neither
    assert plan_candidates(docs) == ["p1", "s1", "r1", "s3"]


@pytest.mark.slow
def test_report_out_of_core_loads_no_text_and_gives_the_same_tables(seeds_out, tmp_path, monkeypatch):
    asked = []
    real_load = report_html.load

    def spy(out, columns=None, names=None):
        asked.append((columns, names))
        return real_load(out, columns=columns, names=names)

    def fail(*_args, **_kwargs):
        raise AssertionError("tokenised or read every text again")

    monkeypatch.setattr(report_html, "load", spy)
    monkeypatch.setattr(terms_module, "term_counts", fail)
    monkeypatch.setattr(aggregate, "find_reuse", fail)
    report_html.report(seeds_out, progress=False, dest=tmp_path / "ooc")
    columns, names = asked[-1]
    assert "text" not in columns["documents"] and "original_text" not in columns["documents"]
    assert "content_hash" not in columns["documents"] and "year_evidence" in columns["documents"]
    assert "sections" not in names and "terms" not in names
    assert "sentence" not in columns["indicators"]  # streamed to the CSV and xlsx, never held
    monkeypatch.undo()
    # a tokenizer of one's own takes the in-memory path: the same files, byte for byte
    report_html.report(seeds_out, progress=False, dest=tmp_path / "mem", tokenize=tokenize)
    files = sorted(p.name for p in (tmp_path / "ooc" / "stats").glob("*.csv"))
    assert "org_terms.csv" in files and any(f.startswith("insight_") for f in files)
    assert files == sorted(p.name for p in (tmp_path / "mem" / "stats").glob("*.csv"))
    for name in files:
        assert (tmp_path / "ooc" / "stats" / name).read_bytes() == (tmp_path / "mem" / "stats" / name).read_bytes(), name
    # the workbook too: every sheet, every cell, its number format
    from openpyxl import load_workbook

    books = [load_workbook(tmp_path / where / "report.xlsx", read_only=True) for where in ("ooc", "mem")]
    assert books[0].sheetnames == books[1].sheetnames
    rows = {}
    for name in books[0].sheetnames:
        cells = [[[(c.value, c.number_format) for c in row] for row in book[name].iter_rows()] for book in books]
        assert cells[0] == cells[1], name
        rows[name] = len(cells[0])
    from unionmine.labels import say
    from unionmine.report.workbook import _sheet_name

    assert rows[_sheet_name(say("insights.indicators"), set())] > 10  # the streamed sheet is not empty


def _stored_sample(tmp_path, rows: int = 23):
    """An indicators-like table in row groups of 5, whose integer and boolean columns have nulls only
    in some row groups (so a batch alone would convert to another dtype than the whole table)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "doc_id": [f"d{i % 7}" for i in range(rows)],
        "kind": ["people", "money", None, "events"] * (rows // 4) + ["people"] * (rows % 4),
        "count": pa.array([None if i == 17 else i * 3 for i in range(rows)], pa.int64()),
        "approx": pa.array([None if i == 21 else i % 2 == 0 for i in range(rows)], pa.bool_()),
        "value": [i / 7 for i in range(rows)],
        "sentence": [f"第{i}句,教职工{i}人。" for i in range(rows)],
    })
    out = tmp_path / "out"
    out.mkdir()
    pq.write_table(table, out / "indicators.parquet", row_group_size=5)
    return out, table


def _shown(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["kind"] = df["kind"].map({"people": "人数", "money": "金额"}).fillna(df["kind"])
    return df.rename(columns={"doc_id": "文章编号", "sentence": "所在句子"})


def test_stored_frame_batches_are_the_whole_table(tmp_path):
    from unionmine.stats.streamed import StoredFrame
    from unionmine.store.tables import write_csv, write_csv_batches

    out, table = _stored_sample(tmp_path)
    whole = table.to_pandas()
    for ids in (None, ["d1", "d3", "d6"], ["d2"], ["none"]):
        want = _shown(whole if ids is None else whole[whole["doc_id"].isin(ids)].reset_index(drop=True))
        frame = StoredFrame(StoredTables(out), "indicators", doc_ids=ids, transform=_shown, batch_rows=3)
        batches = list(frame.batches())
        assert len(batches) >= (1 if ids == ["none"] else 2)
        got = pd.concat(batches, ignore_index=True)
        assert list(got.dtypes) == list(want.dtypes) and list(frame.columns) == list(want.columns)
        pd.testing.assert_frame_equal(got, want)
        assert len(frame) == len(want)
        pd.testing.assert_frame_equal(frame.head(4), want.head(4))
        pd.testing.assert_frame_equal(frame.head(100), want)
        write_csv(want, tmp_path / "whole.csv")
        write_csv_batches(frame.batches(), tmp_path / "batches.csv")
        assert (tmp_path / "batches.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    # the whole table has nulls in "count" and "approx": every batch converts as the whole does
    assert {str(b["count"].dtype) for b in StoredFrame(StoredTables(out), "indicators", batch_rows=3).batches()} \
        == {"float64"}


@pytest.mark.slow
def test_partitioned_outputs_summed_by_dask_give_the_same_term_tables(seeds, seeds_out, tmp_path):
    pytest.importorskip("dask.dataframe")
    from unionmine.options import Options

    out = tmp_path / "parts"
    ingest([seeds], out, with_sections=True, options=Options(partitioned=True, progress=False))
    assert (out / "terms.parquet").is_dir()
    compared, _excluded = select_documents(_tables(seeds_out)["documents"])
    expected = StoredTables(seeds_out).term_tables(compared, "org", min_n=2)
    by_dask = StoredTables(out, engine="dask").term_tables(compared, "org", min_n=2)
    assert len(expected[0]) > 20 and len(expected[1]) > 20
    for found, wanted in zip(by_dask, expected):
        pd.testing.assert_frame_equal(found, wanted, check_dtype=False, check_exact=False, rtol=1e-12)


@pytest.mark.slow
def test_plans_read_a_chunk_of_organisations_at_a_time_give_the_same_tables(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pairs = Path(__file__).resolve().parents[1] / "data" / "insights" / "plans_kept"
    for path in sorted(pairs.glob("*.txt")):
        shutil.copy(path, corpus / path.name)
        # the same pair again under two other schools' names: three organisations, three chunks
        text = path.read_text(encoding="utf-8")
        if "城北小学" in text:
            for k, school in enumerate(["城南小学", "城西小学"]):
                (corpus / f"{k}_{path.name}").write_text(text.replace("城北小学", school), encoding="utf-8")
    out = tmp_path / "out"
    ingest([corpus], out, with_sections=True, progress=False)
    monkeypatch.setattr(aggregate, "PLAN_CHUNK", 1)  # one organisation a chunk
    # the copies are near-duplicates of the pair: kept in
    report_html.report(out, progress=False, dest=tmp_path / "ooc", include_duplicates=True)
    report_html.report(out, progress=False, dest=tmp_path / "mem", tokenize=tokenize, include_duplicates=True)
    kept = (tmp_path / "ooc" / "stats" / "insight_plans_kept.csv").read_text(encoding="utf-8-sig")
    assert kept.count("\n") >= 4  # the pair under three names, and the header
    for name in ("insight_plans_kept.csv", "insight_plan_items.csv"):
        assert (tmp_path / "ooc" / "stats" / name).read_bytes() == (tmp_path / "mem" / "stats" / name).read_bytes()


def test_dask_sums_print_no_pandas_deprecation_warning(tiny_corpus, tmp_path):
    """dask's Parquet reader calls DataFrame.reset_index(inplace=True), deprecated by pandas 3.1
    (Pandas4Warning): shown once per process when the caller's filters show deprecations, it made
    a run's stderr differ from run to run. Every warning is recorded here ("always": no registry
    hides a second one), so this fails whenever the reader raises it unfiltered."""
    pytest.importorskip("dask.dataframe")
    import warnings

    from unionmine.options import Options

    out = tmp_path / "parts"
    ingest([tiny_corpus], out, with_sections=True, options=Options(partitioned=True, progress=False))
    documents = pd.read_parquet(out / "documents.parquet")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        StoredTables(out, engine="dask").term_tables(documents, "org", min_n=1)
    dask_warnings = [w for w in caught if "dask" in w.filename]
    assert not dask_warnings, [f"{w.filename}:{w.lineno} {w.message}" for w in dask_warnings]


@pytest.mark.slow
def test_other_counts_by_sql_equal_counting_the_sections(seeds_out):
    """What each unit's 其他 text is about (`terms.other_counts`): the sums from terms.parquet are the counts of
    the sections' texts, and so are the words `terms.other_terms` picks from them."""
    t = _tables(seeds_out)
    compared, _excluded = select_documents(t["documents"])
    secs = t["sections"][t["sections"]["doc_id"].isin(compared["doc_id"])]
    expected = terms_module.other_counts(secs, dict(zip(compared["doc_id"], compared["org"])), tokenize)
    stored = StoredTables(seeds_out)
    summed = stored.other_counts(compared)
    stored.close()
    assert len(expected[0]) >= 2 and sum(expected[1].values()) > 100
    assert summed == expected
    assert terms_module.other_terms(*summed) == terms_module.other_terms(*expected)
