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
