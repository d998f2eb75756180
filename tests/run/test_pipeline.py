"""The ingest stage chained end to end: tables, ids, cache, metadata, atomic outputs, engines."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from unionmine.documents.metadata import read_metadata
from unionmine.errors import UsageError
from unionmine.run import pipeline
from unionmine.schema import DOCUMENTS


def test_ingest_writes_documents_and_problems(bad_corpus, tmp_path):
    out = tmp_path / "out"
    result = pipeline.ingest([bad_corpus], out, progress=False)
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs.columns) == [f.name for f in DOCUMENTS]
    assert sorted(docs["source"]) == ["dongfeng_2018.txt", "sub/xihu_2019.txt"]
    dongfeng = docs.set_index("source").loc["dongfeng_2018.txt"]
    assert dongfeng["org"] == "东风小学" and dongfeng["year"] == 2018 and dongfeng["kind"] == "summary"
    xihu = docs.set_index("source").loc["sub/xihu_2019.txt"]
    assert xihu["encoding"].lower().startswith("gb") and xihu["kind"] == "plan" and xihu["year"] == 2019
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig")
    assert set(problems["source"]) == {"empty.txt", "garbage.txt"}
    assert problems["reason"].str.len().min() > 5
    assert result.exit_code == 3 and result.n_skipped == 2
    # DuckDB reads the same table.
    n = duckdb.connect().execute(f"select count(*) from read_parquet('{out / 'documents.parquet'}')").fetchone()[0]
    assert n == len(docs) == 2


def test_doc_ids_are_stable_across_runs(tiny_corpus, tmp_path):
    a = pipeline.ingest([tiny_corpus], tmp_path / "a", progress=False, use_cache=False)
    b = pipeline.ingest([tiny_corpus], tmp_path / "b", progress=False, use_cache=False)
    ids_a = pd.read_parquet(a.out / "documents.parquet")["doc_id"].tolist()
    ids_b = pd.read_parquet(b.out / "documents.parquet")["doc_id"].tolist()
    assert ids_a == ids_b and len(set(ids_a)) == 2


def test_rerun_uses_cache_and_redoes_only_changed_file(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    first = pipeline.ingest([tiny_corpus], out, progress=False)
    assert first.n_cached == 0
    before = pd.read_parquet(out / "documents.parquet")
    second = pipeline.ingest([tiny_corpus], out, progress=False)
    assert second.n_cached == 2
    pd.testing.assert_frame_equal(before, pd.read_parquet(out / "documents.parquet"))
    changed = tiny_corpus / "dongfeng_2018.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("12件", "15件"), encoding="utf-8")
    third = pipeline.ingest([tiny_corpus], out, progress=False)
    assert third.n_cached == 1
    assert "15件" in pd.read_parquet(out / "documents.parquet").set_index("source").loc["dongfeng_2018.txt", "text"]


def test_metadata_overrides_extraction(tiny_corpus, tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("source,org,org_type,year,kind\ndongfeng_2018.txt,东风镇中心小学,school,2017,report\n", encoding="utf-8")
    pipeline.ingest([tiny_corpus], tmp_path / "out", metadata=meta, progress=False)
    row = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source").loc["dongfeng_2018.txt"]
    assert (row["org"], row["year"], row["year_source"], row["kind"]) == ("东风镇中心小学", 2017, "metadata", "report")


@pytest.mark.parametrize(
    "content, message",
    [
        ("source,school\na.txt,x\n", "unknown column"),
        ("source,year\na.txt,20xx\n", "not a number"),
        ("source,year\na.txt,3020\n", "outside"),
        ("source,org_type\na.txt,club\n", "org_type"),
        ("org,year\nx,2019\n", "no 'source' column"),
    ],
)
def test_bad_metadata_is_a_usage_error(tmp_path, content, message):
    meta = tmp_path / "meta.csv"
    meta.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        read_metadata(meta)


def test_failed_run_leaves_previous_outputs_intact(tiny_corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.ingest([tiny_corpus], out, progress=False)
    before = (out / "documents.parquet").read_bytes()
    (tiny_corpus / "third.txt").write_text("三、新的文件。工会组织教职工运动会。", encoding="utf-8")

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline._BatchWriter, "close", explode)
    with pytest.raises(RuntimeError):
        pipeline.ingest([tiny_corpus], out, progress=False, use_cache=False)
    assert (out / "documents.parquet").read_bytes() == before
    assert not list(out.glob("*.tmp")) and not (out / ".unionmine" / "staging").exists()


def test_missing_corpus_and_file_as_out_are_usage_errors(tmp_path, tiny_corpus):
    with pytest.raises(UsageError, match="does not exist"):
        pipeline.ingest([tmp_path / "nowhere"], tmp_path / "out", progress=False)
    target = tmp_path / "afile"
    target.write_text("x")
    with pytest.raises(UsageError, match="is a file"):
        pipeline.ingest([tiny_corpus], target, progress=False)


def test_process_engine_gives_identical_rows(tiny_corpus, tmp_path):
    serial = pipeline.ingest([tiny_corpus], tmp_path / "s", progress=False, use_cache=False, with_sections=True)
    parallel = pipeline.ingest(
        [tiny_corpus], tmp_path / "p", progress=False, use_cache=False, with_sections=True,
        engine="process", workers=2,
    )
    for table in ("documents", "sections"):
        pd.testing.assert_frame_equal(
            pd.read_parquet(serial.out / f"{table}.parquet"), pd.read_parquet(parallel.out / f"{table}.parquet")
        )


def test_seed_corpus_through_the_pipeline(seed_dir, metadata_csv, tmp_path):
    result = pipeline.ingest([seed_dir], tmp_path / "out", metadata=metadata_csv, progress=False)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert result.exit_code == 0
    assert docs.groupby("source").size().tolist() == [12, 1, 3, 16, 2]
    pingwang = docs[docs["source"].str.startswith("001")].iloc[0]
    assert (pingwang["org"], pingwang["year"], pingwang["year_source"]) == ("平望镇中心小学", 2017, "metadata")
    assert docs["duplicate_of"].notna().sum() >= 2
    assert (~docs["on_topic"]).sum() == 4


def test_unchanged_rerun_keeps_the_tables_and_a_removed_table_is_rewritten(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    first = pipeline.ingest([tiny_corpus], out, progress=False)
    stamp = (out / "documents.parquet").stat().st_mtime_ns
    again = pipeline.ingest([tiny_corpus], out, progress=False)
    assert (out / "documents.parquet").stat().st_mtime_ns == stamp  # not even rewritten
    assert (again.n_documents, again.n_cached, again.problems) == (first.n_documents, 2, first.problems)
    (out / "documents.parquet").unlink()
    pipeline.ingest([tiny_corpus], out, progress=False)
    assert len(pd.read_parquet(out / "documents.parquet")) == 2
    meta = tmp_path / "meta.csv"
    meta.write_text("source,year\ndongfeng_2018.txt,2016\n", encoding="utf-8")
    pipeline.ingest([tiny_corpus], out, metadata=meta, progress=False)  # new metadata: tables redone
    assert 2016 in pd.read_parquet(out / "documents.parquet")["year"].tolist()


def test_result_cache_reads_entries_written_by_the_json_module(tmp_path):
    import json

    from unionmine.run.cache import ResultCache

    cache = ResultCache(tmp_path / "cache.sqlite", version="v")
    old = {"documents": [{"year": float("nan"), "title": "工会工作总结"}], "sections": [], "problems": []}
    cache._con.execute(
        "INSERT INTO files (source, content_hash, version, result) VALUES (?, ?, ?, ?)",
        ("a.txt", "h", "v", json.dumps(old, ensure_ascii=False)),
    )
    cache.put("b.txt", "h2", {"documents": [{"n": 1, "labels": ["维权"]}], "sections": [], "problems": []})
    got = cache.get("a.txt", "h")
    assert got["documents"][0]["title"] == "工会工作总结" and got["documents"][0]["year"] != got["documents"][0]["year"]
    assert cache.get("b.txt", "h2")["documents"] == [{"n": 1, "labels": ["维权"]}]
    cache.close()


def test_path_fallback_and_year_conflict_columns(tmp_path):
    """Issue 12: the folder names the school, the title's year is contradicted by the text."""
    corpus = tmp_path / "c"
    (corpus / "2016" / "松林二中").mkdir(parents=True)
    (corpus / "2016" / "松林二中" / "工会工作计划.txt").write_text(
        "工会工作计划\n新的一年，工会将继续组织教职工开展文体活动，慰问困难职工，召开教代会，推进校务公开。\n",
        encoding="utf-8")
    (corpus / "reposted.txt").write_text(
        "2017年工会工作总结\n一年来，我校工会组织教职工学习十六大精神，做好抗击非典工作，慰问困难职工，"
        "召开教代会，推进校务公开，维护教职工合法权益。\n", encoding="utf-8")
    pipeline.ingest([corpus], tmp_path / "out", progress=False, use_cache=False)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source")
    plan = docs.loc["2016/松林二中/工会工作计划.txt"]
    assert (plan["org"], plan["org_source"], plan["year"], plan["year_source"]) == ("松林二中", "path", 2016, "path")
    assert not plan["year_conflict"]
    old = docs.loc["reposted.txt"]
    assert old["year"] == 2017 and old["year_max"] is not None and old["year_max"] < 2017
    assert bool(old["year_conflict"]) and "非典" in "、".join(old["year_evidence"])


def test_a_pasted_summary_and_plan_share_their_writer():
    from unionmine.run import chain
    summary = {"kind": "summary", "org": "白鹭中学", "org_type": "school", "org_source": "title"}
    plan = {"kind": "plan", "org": None, "org_type": None, "org_source": None}
    chain._share_pasted_org([summary, plan])
    assert (plan["org"], plan["org_type"], plan["org_source"]) == ("白鹭中学", "school", "text")
    # a compilation's articles (several, or the same kind) keep their own (missing) writers
    a, b = dict(summary), {"kind": "summary", "org": None, "org_type": None, "org_source": None}
    chain._share_pasted_org([a, b])
    assert b["org"] is None
    c = {"kind": "plan", "org": None, "org_type": None, "org_source": None}
    chain._share_pasted_org([dict(summary), dict(c), c])
    assert c["org"] is None


def test_first_run_says_it_trains_the_theme_model_before_the_bar(tiny_corpus, tmp_path, monkeypatch, capsys):
    """Without a trained model in the disk cache the bar sat at 1/N for a minute with no word: a run with
    sections and progress now says on stderr that it trains the model once, and trains it first."""
    from unionmine import themes

    calls = []
    monkeypatch.setattr(pipeline, "_train_first_if_needed", lambda: calls.append("checked"))
    pipeline.ingest([tiny_corpus], tmp_path / "quiet", progress=False, use_cache=False, with_sections=True)
    assert calls == []
    pipeline.ingest([tiny_corpus], tmp_path / "shown", progress=True, use_cache=False, with_sections=True)
    assert calls == ["checked"]
    monkeypatch.undo()

    trained = []
    monkeypatch.setattr(pipeline, "warm_up", lambda: trained.append(True))
    for needed in (False, True):
        monkeypatch.setattr(themes, "needs_training", lambda needed=needed: needed)
        pipeline._train_first_if_needed()
        assert trained == ([True] if needed else []) and ("主题模型" in capsys.readouterr().err) == needed

def test_needs_training_is_false_once_the_model_is_in_the_disk_cache(tmp_path, monkeypatch):
    from unionmine import themes
    from unionmine.themes import modelcache

    monkeypatch.setenv(modelcache.ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(themes, "_cache", {})
    assert themes.needs_training()
    path = modelcache.model_file(themes.DEFAULT_METHOD, themes.annotations_path(None))
    path.parent.mkdir(parents=True)
    path.write_text("{}", encoding="utf-8")
    assert not themes.needs_training()
    assert not themes.needs_training("lexicon")  # nothing to train
