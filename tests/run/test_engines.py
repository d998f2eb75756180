"""Where the work runs: segmentation backends and parallel engines give identical results."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import unionmine
import unionmine.text.tokenize as segmentation
from unionmine.documents.read import read_document
from unionmine.errors import UsageError
from unionmine.run import pipeline
from unionmine.run.engines import map_ordered
from unionmine.store import tables as storage


def _load(name: str):
    """The named backend, loaded fresh (the choice is cached per process otherwise)."""
    saved = os.environ.get("UNIONMINE_SEGMENTER")
    os.environ["UNIONMINE_SEGMENTER"] = name
    segmentation._backend.cache_clear()
    try:
        return segmentation._backend()
    finally:
        if saved is None:
            del os.environ["UNIONMINE_SEGMENTER"]
        else:
            os.environ["UNIONMINE_SEGMENTER"] = saved
        segmentation._backend.cache_clear()


@pytest.fixture(scope="module")
def backends():
    pytest.importorskip("rjieba")
    return _load("jieba"), _load("rjieba")


def test_rjieba_gives_the_same_tokens_as_jieba_on_the_seed_articles(seed_dir, backends):
    reference_cut, fast_cut = backends
    assert (reference_cut.name, fast_cut.name) == ("jieba", "rjieba")
    texts = [read_document(path).text for path in sorted(seed_dir.iterdir())]
    for text in texts:
        reference = reference_cut(text)
        assert len(reference) > 500
        assert fast_cut(text) == reference
    # the user dictionary is loaded in both: a domain word stays whole
    assert "教代会" in "".join(texts) and "教代会" in fast_cut("".join(texts))


@pytest.mark.parametrize(
    "text",
    ["会议于2023-12-30日召开", "网址www.f215.com与xx-xx学年", "增长3.5%，C++课程", "签订集体合同，召开教代会"],
)
def test_rjieba_resplits_latin_runs_like_jieba(text, backends):
    reference_cut, fast_cut = backends
    assert fast_cut(text) == reference_cut(text)


def test_unknown_segmenter_is_a_usage_error():
    with pytest.raises(UsageError, match="UNIONMINE_SEGMENTER"):
        _load("pkuseg")


@pytest.fixture
def small_corpus(tiny_corpus, seed_dir):
    """The tiny corpus plus two seed pages (one of them a compilation of several articles)."""
    for name in sorted(p.name for p in seed_dir.iterdir())[1:3]:
        shutil.copy(seed_dir / name, tiny_corpus / name)
    return tiny_corpus


def _tables(out):
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("documents", "sections")}


@pytest.mark.slow
def test_serial_process_and_dask_engines_give_identical_tables(small_corpus, tmp_path):
    pytest.importorskip("distributed")
    runs = {}
    for engine, workers in (("serial", 1), ("process", 2), ("dask", 2)):
        result = pipeline.ingest(
            [small_corpus], tmp_path / engine, with_sections=True, engine=engine, workers=workers,
            use_cache=False, progress=False,
        )
        runs[engine] = _tables(result.out)
    serial = runs["serial"]
    assert len(serial["documents"]) >= 5 and len(serial["sections"]) > 20
    for engine in ("process", "dask"):
        for name, table in serial.items():
            pd.testing.assert_frame_equal(table, runs[engine][name], obj=f"{engine} {name}")


def test_map_ordered_keeps_input_order_on_every_local_engine():
    items = list(range(40))
    assert list(map_ordered(_slow_square, items, engine="serial")) == [i * i for i in items]
    assert list(map_ordered(_slow_square, items, engine="process", workers=2)) == [i * i for i in items]


def _slow_square(i: int) -> int:
    # later items finish first, so an engine that yields in completion order would fail
    time.sleep(0.001 * (40 - i) / 10)
    return i * i


def test_unknown_engine_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown engine"):
        list(map_ordered(_slow_square, [1], engine="spark"))


@pytest.fixture
def corpus_with_copies(small_corpus, seed_dir):
    """The small corpus plus a bad file and a reposted copy of a seed page, so that some parts
    hold near-duplicates and one batch yields no article at all."""
    first = sorted(seed_dir.iterdir())[1]
    shutil.copy(first, small_corpus / f"zz_repost_{first.name}")
    (small_corpus / "empty.txt").write_bytes(b"")
    return small_corpus


@pytest.mark.slow
@pytest.mark.parametrize("engine, workers", [("serial", 1), ("process", 2), ("dask", 2)])
def test_partitioned_parts_read_back_equal_the_single_files(corpus_with_copies, tmp_path, monkeypatch, engine, workers):
    if engine == "dask":
        pytest.importorskip("distributed")
    single = pipeline.ingest([corpus_with_copies], tmp_path / "single", with_sections=True, use_cache=False,
                             progress=False)
    monkeypatch.setattr(pipeline, "BATCH_FILES", 2)  # several parts from a few files
    parted = pipeline.ingest([corpus_with_copies], tmp_path / "parted", with_sections=True, engine=engine,
                             workers=workers, use_cache=False, progress=False, partitioned=True)
    folder = tmp_path / "parted" / "documents.parquet"
    assert folder.is_dir() and len(list(folder.glob("part-*.parquet"))) >= 2
    expected, found = storage.load(single.out), storage.load(parted.out)
    assert expected["documents"]["duplicate_of"].notna().sum() >= 1  # the repost was marked
    for name in ("documents", "sections", "problems"):
        pd.testing.assert_frame_equal(expected[name], found[name], obj=name)
    assert (parted.n_documents, parted.n_sections, parted.exit_code) == (single.n_documents, single.n_sections, 3)
    counted = storage.sql(parted.out, "SELECT count(*) AS n, count(duplicate_of) AS d FROM documents")
    assert counted.iloc[0].tolist() == [len(expected["documents"]), expected["documents"]["duplicate_of"].notna().sum()]


def test_switching_between_single_and_partitioned_output_replaces_the_tables(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    pipeline.ingest([tiny_corpus], out, progress=False, partitioned=True)
    assert (out / "documents.parquet").is_dir()
    again = pipeline.ingest([tiny_corpus], out, progress=False, partitioned=True)
    assert again.n_cached == again.n_files  # nothing changed: the parts were kept
    pipeline.ingest([tiny_corpus], out, progress=False)
    assert (out / "documents.parquet").is_file()
    assert len(storage.load(out)["documents"]) == again.n_documents
    pipeline.ingest([tiny_corpus], out, progress=False, partitioned=True)
    assert (out / "documents.parquet").is_dir() and not list(out.glob(".documents.parquet.old*"))


DIES = """
import os, signal, sys
from unionmine.run.engines import map_ordered

def die_on_three(i):
    if i == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the system's out-of-memory killer ends a process
    return i

try:
    list(map_ordered(die_on_three, range(12), engine=sys.argv[1], workers=2))
except Exception as exc:
    print(type(exc).__name__, exc)
"""


@pytest.mark.parametrize("engine", ["process", "dask"])
def test_a_worker_that_dies_stops_the_run_instead_of_hanging_it(engine):
    """multiprocessing.Pool waited forever for the result a killed worker never sent: a run on a machine
    short of memory hung silently. (A subprocess, so that a regression fails here instead of hanging.)
    On Dask the scheduler gives up on a task whose workers died (KilledWorker; at once here, with no
    retries allowed): the same WorkerDied, not an internal error."""
    pytest.importorskip("distributed") if engine == "dask" else None
    env = {**os.environ, "PYTHONPATH": str(Path(unionmine.__file__).parents[1]),
           "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    done = subprocess.run([sys.executable, "-c", DIES, engine], check=False, capture_output=True, text=True,
                          timeout=300, env=env)
    assert done.stdout.startswith("WorkerDied a worker process died"), done.stdout + done.stderr
