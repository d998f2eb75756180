"""The command line: exit codes, one-line errors, and the commands scripts rely on."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner

from unionmine.cli import cli


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_ingest_exit_codes(tiny_corpus, tmp_path):
    ok = invoke("ingest", tiny_corpus, "--out", tmp_path / "ok", "--quiet")
    assert ok.exit_code == 0, ok.output
    assert len(pd.read_parquet(tmp_path / "ok" / "documents.parquet")) == 2


def test_ingest_with_bad_files_exits_3_and_names_problems(bad_corpus, tmp_path):
    result = invoke("ingest", bad_corpus, "--out", tmp_path / "out", "--quiet")
    assert result.exit_code == 3
    assert "problems.csv" in result.stderr
    problems = pd.read_csv(tmp_path / "out" / "problems.csv", encoding="utf-8-sig")
    assert set(problems["source"]) == {"empty.txt", "garbage.txt"}


def test_usage_errors_are_one_line_exit_2(tmp_path, tiny_corpus):
    missing = invoke("ingest", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert missing.exit_code == 2
    assert missing.stderr.strip().count("\n") == 0 and "does not exist" in missing.stderr
    assert "Traceback" not in missing.output
    afile = tmp_path / "afile"
    afile.write_text("x")
    as_file = invoke("ingest", tiny_corpus, "--out", afile)
    assert as_file.exit_code == 2 and "is a file" in as_file.stderr
    meta = tmp_path / "meta.csv"
    meta.write_text("source,colour\na.txt,red\n", encoding="utf-8")
    bad_meta = invoke("ingest", tiny_corpus, "--out", tmp_path / "out", "--metadata", meta)
    assert bad_meta.exit_code == 2 and "unknown column" in bad_meta.stderr


def test_debug_shows_the_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "unionmine", "--debug", "ingest", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode != 0 and "Traceback" in proc.stderr
    plain = subprocess.run(
        [sys.executable, "-m", "unionmine", "ingest", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, check=False,
    )
    assert plain.returncode == 2 and "Traceback" not in plain.stderr


def test_sql_over_an_output_folder(tiny_corpus, tmp_path):
    invoke("ingest", tiny_corpus, "--out", tmp_path / "out", "--quiet")
    result = invoke("sql", tmp_path / "out", "select org, year from documents order by year", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["org,year", "东风小学,2018", "西湖中学,2019"]
    bad = invoke("sql", tmp_path / "out", "select nope from documents")
    assert bad.exit_code == 2 and "SQL error" in bad.stderr
    typo = invoke("sql", tmp_path / "out", "select yeer from documents")  # DuckDB's suggestion kept, on the line
    assert typo.exit_code == 2 and 'Candidate bindings: "year"' in typo.stderr.splitlines()[-1]
    unknown = invoke("sql", tmp_path / "out", "select * from indicator")  # a typo of a table name
    assert unknown.exit_code == 2 and "the tables in" in unknown.stderr
    assert "are: documents, problems （" in unknown.stderr  # what `ingest` wrote here, then the Chinese
    help_text = invoke("sql", "--help").output
    assert "indicators" in help_text and "terms" in help_text and "docs/COLUMNS.md" in help_text


def test_every_command_has_help_and_is_in_the_readme():
    readme = (__import__("pathlib").Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert invoke(name, "--help").exit_code == 0
        assert re.search(rf"unionmine {re.escape(name)}\b", readme), f"README does not document '{name}'"


def test_themes_lists_the_taxonomy_and_rejects_unknown_names():
    listed = invoke("themes")
    assert listed.exit_code == 0
    assert all(name in listed.stdout for name in ("维权", "送温暖", "文体活动", "民主管理", "其他"))
    one = invoke("themes", "送温暖")
    assert one.exit_code == 0 and "维权" not in one.stdout.split("\n")[0]
    unknown = invoke("themes", "福利")
    assert unknown.exit_code == 2 and "unknown theme 福利" in unknown.stderr and "Traceback" not in unknown.output


def test_partitioned_flag_writes_folders_that_sql_reads(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    assert invoke("ingest", tiny_corpus, "--out", out, "--partitioned", "--quiet").exit_code == 0
    assert sorted(p.name for p in (out / "documents.parquet").iterdir()) == ["part-000000.parquet"]
    counted = invoke("sql", out, "SELECT count(*) AS n FROM documents", "--format", "csv")
    assert counted.exit_code == 0 and counted.output.split() == ["n", "2"]


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_a_corpus_path_that_does_not_exist_exits_2_and_creates_nothing(tmp_path, command):
    out = tmp_path / "deep" / "out"
    result = invoke(command, tmp_path / "nowhere", "--out", out, "--quiet")
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not (tmp_path / "deep").exists()


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_an_empty_corpus_folder_exits_3_and_writes_nothing(tmp_path, command):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    out = tmp_path / "out"
    result = invoke(command, empty, "--out", out, "--quiet")
    assert result.exit_code == 3
    assert "no documents found" in result.stderr and "中没有找到可读的文件" in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert not out.exists()


def test_a_corpus_without_readable_documents_exits_3_without_a_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "english.txt").write_text("Minutes of the meeting.\nNothing in Chinese here.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", corpus, "--out", out, "--quiet")
    assert result.exit_code == 3
    assert "no documents found" in result.stderr and "problems.csv" in result.stderr
    assert not list(out.glob("report.*")) and not (out / "charts").exists()
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig")  # the reasons are kept
    assert set(problems["source"]) == {"empty.txt", "english.txt"}
    assert {"empty_file", "no_chinese"} <= set(problems["code"])
    again = invoke("report", out, "--quiet")  # nothing to report from that folder either
    assert again.exit_code == 3 and "no documents found" in again.stderr
    assert not list(out.glob("report.*"))
    ingest = invoke("ingest", corpus, "--out", tmp_path / "out2", "--quiet")
    assert ingest.exit_code == 3 and "no documents found" in ingest.stderr
