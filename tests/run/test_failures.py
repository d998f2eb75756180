"""A run that fails part-way: the previous outputs intact, the staging folder gone, the real reason said."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.run import pipeline
from unionmine.run.cache import ResultCache


def _full_disk(*args, **kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_a_full_disk_while_closing_hides_neither_the_reason_nor_leaves_the_staging(tiny_corpus, tmp_path,
                                                                                    monkeypatch):
    """The table write failed for lack of space; the duplicate index's last commit then failed too,
    in the cleanup: its sqlite3 error replaced the real one and the rest of the cleanup was skipped,
    so the staging folder (the space the user needs back) stayed."""
    out = tmp_path / "out"
    pipeline.ingest([tiny_corpus], out, progress=False)
    before = (out / "documents.parquet").read_bytes()
    (tiny_corpus / "third.txt").write_text("三、新的文件。工会组织教职工运动会。", encoding="utf-8")

    def no_space(self):
        raise OSError(errno.ENOSPC, "No space left on device", str(self.path))

    monkeypatch.setattr(pipeline._BatchWriter, "close", no_space)
    monkeypatch.setattr(pipeline.DuplicateFinder, "close", _full_disk)
    with pytest.raises(OSError) as raised:
        pipeline.ingest([tiny_corpus], out, progress=False, use_cache=False)
    assert raised.value.errno == errno.ENOSPC and "documents.parquet" in raised.value.filename
    assert (out / "documents.parquet").read_bytes() == before
    assert not (out / ".unionmine" / "staging").exists()


def test_a_full_disk_in_the_result_cache_is_said_as_one(tiny_corpus, tmp_path, monkeypatch):
    """SQLite says 'database or disk is full' (an OperationalError): the command line called it an
    internal error to report to the maintainers; it is a full disk, exit 1, said in one line."""
    out = tmp_path / "out"
    monkeypatch.setattr(ResultCache, "put", _full_disk)
    result = CliRunner().invoke(cli, ["ingest", str(tiny_corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert "internal error" not in result.stderr
    assert f"cannot read or write {out}: No space left on device" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert not (out / "documents.parquet").exists() and not (out / ".unionmine" / "staging").exists()


def test_a_file_changed_while_the_run_reads_it_is_read_again_next_time(tiny_corpus, tmp_path, monkeypatch):
    """The run hashes every file first and reads it later: a file edited in between gave rows of the new
    text under the old hash. Put back as it was, the next run found 'nothing changed' and kept the
    edited text in the tables (and its cache served the edited text for the old file)."""
    out = tmp_path / "out"
    target = tiny_corpus / "dongfeng_2018.txt"
    original = target.read_text(encoding="utf-8")
    process_batch = pipeline.process_batch

    def edit_first(tasks, **kwargs):
        target.write_text(original.replace("12件", "99件"), encoding="utf-8")  # after hashing, before reading
        monkeypatch.setattr(pipeline, "process_batch", process_batch)
        return process_batch(tasks, **kwargs)

    monkeypatch.setattr(pipeline, "process_batch", edit_first)
    pipeline.ingest([tiny_corpus], out, progress=False)
    assert "99件" in _text_of(out, "dongfeng_2018.txt")  # the version read

    target.write_text(original, encoding="utf-8")  # put back: the hash the first run began with
    again = pipeline.ingest([tiny_corpus], out, progress=False)
    assert "12件" in _text_of(out, "dongfeng_2018.txt") and again.n_cached == 1


def _text_of(out, source: str) -> str:
    import pandas as pd

    return pd.read_parquet(out / "documents.parquet").set_index("source").loc[source, "text"]
