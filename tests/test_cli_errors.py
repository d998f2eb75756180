"""What a user sees when the disk, not the input, is the problem: one line naming the folder, no traceback."""

from __future__ import annotations

import errno

import pytest
from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.store import tables as store_tables


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def _read_only(monkeypatch):
    """Make every probe file fail as on a read-only folder (root writes through chmod, so it is simulated)."""

    def refuse(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(store_tables.tempfile, "TemporaryFile", refuse)


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_an_output_folder_that_cannot_be_written_is_refused_up_front(command, tiny_corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    _read_only(monkeypatch)
    result = invoke(command, tiny_corpus, "--out", out, "--quiet")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert f"cannot write in output folder {out}: Read-only file system" in result.stderr
    assert "internal error" not in result.stderr and list(out.iterdir()) == []


def test_report_into_a_folder_that_cannot_be_written_is_refused(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "documents.parquet").write_bytes(b"")  # never read: the folder is refused first
    _read_only(monkeypatch)
    result = invoke("report", out, "--quiet")
    assert result.exit_code == 2 and "cannot write in output folder" in result.stderr


def test_a_write_failing_during_the_run_names_the_file(tiny_corpus, tmp_path, monkeypatch):
    from unionmine.run import pipeline

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "sections.parquet"))

    monkeypatch.setattr(pipeline, "run", full_disk)
    result = invoke("run", tiny_corpus, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 1
    assert "internal error" not in result.stderr
    assert f"cannot read or write {tmp_path / 'out' / 'sections.parquet'}: No space left on device" in result.stderr


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_an_output_folder_inside_the_corpus_is_refused(command, tiny_corpus, tmp_path):
    """Else the next run reads its own report.docx, report.html and CSVs as documents of the corpus."""
    result = invoke(command, tiny_corpus, "--out", tiny_corpus / "结果", "--quiet")
    assert result.exit_code == 2 and "inside the corpus folder" in result.stderr
    assert not (tiny_corpus / "结果").exists()
    same = invoke(command, tiny_corpus, "--out", tiny_corpus, "--quiet")
    assert same.exit_code == 2 and "inside the corpus folder" in same.stderr


def test_metadata_rows_that_name_no_file_are_said_not_silently_ignored(tiny_corpus, tmp_path):
    meta = tmp_path / "known.csv"  # one row by file name, one by path, one with the corpus folder before it
    meta.write_text("source,year\ndongfeng_2018.txt,2018\nsub/xihu_2019.txt,2019\ncorpus/dongfeng_2018.txt,2017\n"
                    "东风小学2018.txt,2018\n", encoding="utf-8")
    result = invoke("ingest", tiny_corpus, "--out", tmp_path / "out", "--metadata", meta, "--quiet")
    assert result.exit_code == 0, result.output
    assert "2 row(s) of" in result.stderr and "name no file read" in result.stderr
    assert "corpus/dongfeng_2018.txt, 东风小学2018.txt" in result.stderr
    assert "sub/xihu_2019.txt" not in result.stderr
