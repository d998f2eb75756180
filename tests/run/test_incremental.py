"""A run after some files changed updates the previous tables (`run.incremental`): the changed files
are processed, nothing else is read back from the cache, and every output equals a full run's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import PLAN, SUMMARY

from unionmine.run import cache as cache_module
from unionmine.run import chain, incremental, pipeline

TABLES = ["documents.parquet", "sections.parquet", "profiles.parquet", "indicators.parquet", "terms.parquet",
          "problems.csv"]


def summary(org: str, extra: str = "") -> str:
    """SUMMARY written by ORG; its own last paragraph, so that no short line ends many files (which
    would make it boilerplate for the whole run, and every cached result stale)."""
    return (SUMMARY.replace("东风小学", org) + extra
            + f"四、加强自身建设\n{org}工会坚持每月学习制度，委员分工明确，全年召开委员会议十次。\n")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Near-duplicates across files (b and d copy a), a plan, an unreadable file, a page of two articles."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(summary("东风小学"), encoding="utf-8")
    (root / "b.txt").write_text(summary("南湖小学"), encoding="utf-8")
    (root / "c.txt").write_bytes(PLAN.encode("gb18030"))
    (root / "d.txt").write_text(summary("北塘中学", "五、其他\n组织教职工参加读书活动。\n"), encoding="utf-8")
    (root / "e.txt").write_bytes(b"")
    (root / "f.txt").write_text(summary("西山小学") + "\n" + PLAN.replace("西湖中学", "西山小学").replace("2019", "2018"),
                                encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def small_row_groups(monkeypatch):
    """Row groups of 2 rows: kept rows are copied across row-group boundaries."""
    monkeypatch.setattr(pipeline, "BATCH_ROWS", 2)


def ingest(corpus: Path, out: Path, **options):
    return pipeline.ingest([corpus], out, with_sections=True, progress=False, **options)


def assert_as_a_full_run(corpus: Path, out: Path, tmp_path: Path) -> None:
    """Every table of OUT has the bytes a --no-cache run on CORPUS writes."""
    reference = tmp_path / "reference"
    shutil.rmtree(reference, ignore_errors=True)
    ingest(corpus, reference, use_cache=False)
    for name in TABLES:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name


class Counting:
    """Counts the files processed, the cached results read back and the files read for their margins."""

    def __init__(self, monkeypatch):
        self.processed: list[str] = []
        self.margins: list[str] = []
        self.read_back = 0
        process_batch, get, margins = pipeline.process_batch, cache_module.ResultCache.get, chain.page_margins

        def counted_margins(task, **kwargs):
            self.margins.append(task.source)
            return margins(task, **kwargs)

        def counted_batch(tasks, **kwargs):
            self.processed.extend(t.source for t in tasks)
            return process_batch(tasks, **kwargs)

        def counted_get(cache, *args):
            self.read_back += 1
            return get(cache, *args)

        monkeypatch.setattr(pipeline, "process_batch", counted_batch)
        monkeypatch.setattr(chain, "page_margins", counted_margins)
        monkeypatch.setattr(cache_module.ResultCache, "get", counted_get)


def test_one_changed_file_is_the_only_work_and_the_tables_equal_a_full_run(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = ingest(corpus, out)
    counting = Counting(monkeypatch)
    # the first file: every later article's duplicate_of is found again; a stops being the copied text
    (corpus / "a.txt").write_text(PLAN.replace("西湖中学", "东风小学"), encoding="utf-8")
    second = ingest(corpus, out)
    assert counting.processed == counting.margins == ["a.txt"] and counting.read_back == 0
    assert second.n_cached == first.n_files - 1
    assert_as_a_full_run(corpus, out, tmp_path)
    assert second.problems == first.problems and second.n_documents == first.n_documents
    # b is now the earliest of the copies: d's duplicate_of moved from a to b
    import pandas as pd

    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    assert docs.loc["d.txt", "duplicate_of"] == docs.loc["b.txt", "doc_id"]


def test_files_added_removed_and_changed_in_the_middle(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    ingest(corpus, out)
    counting = Counting(monkeypatch)
    (corpus / "b.txt").unlink()
    (corpus / "c2.txt").write_text(summary("西塘小学"), encoding="utf-8")  # a new copy of a
    (corpus / "e.txt").write_text(summary("东港小学", "五、其他\n组织教职工参加读书活动。\n"), encoding="utf-8")
    third = ingest(corpus, out)
    assert sorted(counting.processed) == sorted(counting.margins) == ["c2.txt", "e.txt"] and counting.read_back == 0
    assert third.n_cached == 4
    assert_as_a_full_run(corpus, out, tmp_path)
    (corpus / "zz.txt").write_text(summary("末尾小学"), encoding="utf-8")  # at the end: no article re-marked
    counting.processed.clear()  # the reference run processed every file
    ingest(corpus, out)
    assert counting.processed == ["zz.txt"]
    assert_as_a_full_run(corpus, out, tmp_path)


def test_a_run_killed_while_updating_keeps_the_previous_outputs(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    ingest(corpus, out)
    before = {name: (out / name).read_bytes() for name in TABLES}
    index = (out / ".unionmine" / incremental.INDEX).read_bytes()
    (corpus / "c.txt").write_text(summary("新桥小学"), encoding="utf-8")

    def explode(*args, **kwargs):
        raise RuntimeError("killed")

    with monkeypatch.context() as patched:
        patched.setattr(incremental, "move_into_place", explode)
        with pytest.raises(RuntimeError):
            ingest(corpus, out)
    assert {name: (out / name).read_bytes() for name in TABLES} == before
    assert (out / ".unionmine" / incremental.INDEX).read_bytes() == index
    assert not (out / ".unionmine" / "staging").exists()
    counting = Counting(monkeypatch)
    ingest(corpus, out)  # c.txt's result was cached before the kill: nothing processed again
    assert counting.processed == [] and counting.read_back == 1
    assert_as_a_full_run(corpus, out, tmp_path)


@pytest.mark.parametrize("spoil", ["index", "table", "metadata"])
def test_what_the_update_cannot_trust_makes_a_full_run(corpus, tmp_path, monkeypatch, spoil):
    out = tmp_path / "out"
    ingest(corpus, out)
    (corpus / "c.txt").write_text(summary("新桥小学"), encoding="utf-8")
    options = {}
    if spoil == "index":
        (out / ".unionmine" / incremental.INDEX).write_bytes(b"not the index")
    elif spoil == "table":
        pipeline.ingest([corpus], tmp_path / "other", with_sections=True, progress=False, use_cache=False)
        shutil.copy(tmp_path / "other" / "sections.parquet", out / "sections.parquet")
    else:
        meta = tmp_path / "meta.csv"
        meta.write_text("source,year\nb.txt,2016\n", encoding="utf-8")
        options["metadata"] = meta
    updates = []
    monkeypatch.setattr(incremental, "update", lambda *a, **k: updates.append(1))
    pipeline.ingest([corpus], out, with_sections=True, progress=False, **options)
    assert updates == []
    if spoil != "metadata":
        assert_as_a_full_run(corpus, out, tmp_path)


def test_margins_are_read_once_per_file_and_forgotten_with_it(tmp_path):
    from unionmine.run.cache import ResultCache
    from unionmine.run.chain import FileTask

    cache = ResultCache(tmp_path / "cache.sqlite", version="v")
    tasks = [FileTask(f"/{name}", name, digest) for name, digest in [("a", "1"), ("b", "2"), ("c", None)]]
    lines = {"a": {"本站首页", "上一篇"}, "b": None, "c": {"下一篇"}}
    asked = []

    def compute(task):
        asked.append(task.source)
        return lines[task.source]

    assert cache.margins(tasks, compute) == [lines["a"], None, lines["c"]] and asked == ["a", "b", "c"]
    assert cache.margins(tasks, compute) == [lines["a"], None, lines["c"]] and asked == ["a", "b", "c", "c"]
    changed = [FileTask("/a", "a", "9"), tasks[2]]  # a changed, b removed, c without a hash: asked again
    assert cache.margins(changed, compute) == [lines["a"], lines["c"]] and asked[4:] == ["a", "c"]
    assert sorted(cache._con.execute("SELECT source, content_hash FROM margins")) == [("a", "9")]
    cache.version = "w"  # other code or limits: every file read again, the old rows forgotten
    cache.margins(changed, compute)
    assert asked[6:] == ["a", "c"] and list(cache._con.execute("SELECT version FROM margins")) == [("w",)]


def copied(out: Path, to: Path) -> Path:
    """OUT copied as `cp -r` copies it: the same bytes, every file with a new modification time (one second on,
    so that no clock's resolution makes it equal)."""
    shutil.copytree(out, to, copy_function=shutil.copyfile)
    for path in to.rglob("*"):
        if path.is_file():
            stat = path.stat()
            os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    return to


def test_a_copied_folder_keeps_the_fast_paths(corpus, tmp_path, monkeypatch):
    first = ingest(corpus, tmp_path / "out")
    out = copied(tmp_path / "out", tmp_path / "copy")
    counting = Counting(monkeypatch)
    again = ingest(corpus, out)  # nothing changed: the tables are known by their content
    assert counting.processed == [] and counting.read_back == 0 and again.n_documents == first.n_documents
    (corpus / "c.txt").write_text(summary("新桥小学"), encoding="utf-8")
    out = copied(out, tmp_path / "copy2")
    ingest(corpus, out)  # one file changed: the update, not every cached result read back
    assert counting.processed == ["c.txt"] and counting.read_back == 0
    assert_as_a_full_run(corpus, out, tmp_path)


@pytest.mark.parametrize("spoil", ["table", "index"])
def test_a_copy_whose_table_or_index_changed_is_redone(corpus, tmp_path, monkeypatch, spoil):
    ingest(corpus, tmp_path / "out")
    out = copied(tmp_path / "out", tmp_path / "copy")
    (corpus / "c.txt").write_text(summary("新桥小学"), encoding="utf-8")
    if spoil == "table":  # another run's table, as the copy's
        pipeline.ingest([corpus], tmp_path / "other", with_sections=True, progress=False, use_cache=False)
        shutil.copy(tmp_path / "other" / "sections.parquet", out / "sections.parquet")
    else:  # the same size, other bytes
        index = out / ".unionmine" / incremental.INDEX
        index.write_bytes(bytes(b ^ 0xFF for b in index.read_bytes()))
    updates = []
    monkeypatch.setattr(incremental, "update", lambda *a, **k: updates.append(1))
    counting = Counting(monkeypatch)
    ingest(corpus, out)
    assert updates == [] and counting.read_back > 0  # not updated: made again, the kept files from the cache
    assert_as_a_full_run(corpus, out, tmp_path)


def test_a_rewrite_reads_a_row_group_in_slices_and_keeps_the_row_groups(tmp_path, monkeypatch):
    """`rewrite_documents` (read back `read_slices` at a time) writes the row groups it read, each through CHANGE."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from unionmine import schema

    rows = [schema.record(doc_id=f"d{i}", source=f"{i}.txt", article=1, text=f"第{i}篇" * 3, n_chars=3, org=None)
            for i in range(7)]
    path = tmp_path / "documents.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema.DOCUMENTS), path, row_group_size=3)
    monkeypatch.setattr(incremental, "SLICE_ROWS", 2)
    seen = []

    def change(table):
        seen.append(table.num_rows)
        return table.set_column(table.schema.get_field_index("org"), schema.DOCUMENTS.field("org"),
                                pa.array([f"{d}单位" for d in table.column("doc_id").to_pylist()], pa.string()))

    incremental.rewrite_documents(path, change)
    source = pq.ParquetFile(path)
    assert seen == [3, 3, 1] and [source.metadata.row_group(g).num_rows for g in range(3)] == [3, 3, 1]
    assert [b.num_rows for b in incremental.read_slices(source)] == [2, 2, 2, 1]  # across row groups
    assert [b.num_rows for b in incremental.read_slices(source, [0], ["doc_id"])] == [2, 1]
    table = source.read()
    assert table.schema.equals(schema.DOCUMENTS) and table.column("org").to_pylist() == [f"d{i}单位" for i in range(7)]
    assert table.drop_columns(["org"]).to_pylist() == [{k: v for k, v in r.items() if k != "org"} for r in rows]
