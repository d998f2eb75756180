"""The command line as a district union officer uses it: Chinese filter values, Chinese beside English."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.report import html as report_mod


@pytest.fixture
def drawn(tmp_path, monkeypatch):
    """The filters `unionmine report` hands the report (the drawing itself is tested elsewhere)."""
    got = []

    def fake_report(out, filters=None, **kwargs):
        got.append(filters)
        return Path(out) / "report.html"

    monkeypatch.setattr(report_mod, "report", fake_report)
    monkeypatch.setattr("unionmine.cli.tables.say_when_nothing_compared", lambda *a: None)
    return got


@pytest.mark.parametrize(("given", "kinds", "org_types"), [
    (["--kind", "计划"], ("plan",), ()),
    (["--kind", "工作总结", "--kind", "plan"], ("summary", "plan"), ()),
    (["--org-type", "学校", "--org-type", "教育工会"], (), ("school", "education_union")),
    (["--kind", "Plan"], ("plan",), ()),
])
def test_filters_take_the_chinese_names_the_report_shows(tmp_path, drawn, given, kinds, org_types):
    result = CliRunner().invoke(cli, ["report", str(tmp_path), *given, "--quiet"])
    assert result.exit_code == 0, result.output
    assert (drawn[0].kinds, drawn[0].org_types) == (kinds, org_types)


def test_an_unknown_filter_value_lists_the_english_and_chinese_names(tmp_path, drawn):
    result = CliRunner().invoke(cli, ["report", str(tmp_path), "--kind", "总结报告X"])
    assert result.exit_code == 2 and not drawn
    assert "summary, plan, report, other" in result.output and "总结、工作总结" in result.output


def test_the_dask_engine_prints_no_cluster_chatter(tiny_corpus, tmp_path):
    # a real process: the CLI's own logging set-up, and Dask's loggers, as a user's terminal gets them.
    # Python's own warning filters, not the caller's: PYTHONWARNINGS or -X dev inherited from the shell
    # that ran pytest showed a library's deprecation warnings (once per process, in whichever process
    # hit one first) and failed this test now and then. dask's own Parquet one is filtered by the run
    # (tests/stats/test_stored.py, under every filter).
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONWARNINGS", "PYTHONDEVMODE")}
    env["PYTHONPATH"] = str(Path(__file__).parents[1])
    with socket.socket() as busy:
        with contextlib.suppress(OSError):  # held by another Dask run already: busy either way
            busy.bind(("", 8787))  # the scheduler's default HTTP port (another run on the machine)
            busy.listen()
        done = _ingest_with_dask(tiny_corpus, tmp_path, env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert (tmp_path / "out" / "documents.parquet").exists()


def _ingest_with_dask(tiny_corpus, tmp_path, env):
    return subprocess.run(
        [sys.executable, "-m", "unionmine", "ingest", str(tiny_corpus), "--out", str(tmp_path / "out"),
         "--engine", "dask", "--workers", "1", "-q"],
        check=False, capture_output=True, text=True, env=env, timeout=600,
    )


def test_errors_say_it_in_chinese_too_on_the_same_one_line(tmp_path, tiny_corpus):
    runner = CliRunner()
    missing = runner.invoke(cli, ["run", str(tmp_path / "收件箱"), "--out", str(tmp_path / "结果")])
    inside = runner.invoke(cli, ["ingest", str(tiny_corpus), "--out", str(tiny_corpus / "结果")])
    backwards = runner.invoke(cli, ["report", str(tmp_path), "--years", "2023-2021"])
    for result, english, chinese in (
        (missing, "does not exist", "找不到“"),
        (inside, "is inside the corpus folder", "位于语料文件夹"),
        (backwards, "write it as 2021-2023", "请写成 2021-2023"),
    ):
        assert result.exit_code == 2
        assert result.stderr.strip().count("\n") == 0  # one line: a script still reads the English
        assert english in result.stderr and chinese in result.stderr, result.stderr


def test_the_outcome_of_a_run_is_said_in_chinese_too(bad_corpus, tmp_path):
    result = CliRunner().invoke(cli, ["ingest", str(bad_corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "2 input(s) skipped" in result.stderr and "2个文件没能读入或只读入了一部分" in result.stderr
    assert "共4个文件，2篇文章" in result.stderr


def test_a_zip_is_one_file_of_the_count_with_what_it_holds_beside_it(tiny_corpus, tmp_path):
    import zipfile

    with zipfile.ZipFile(tiny_corpus / "2024年各校材料.zip", "w") as archive:
        for name in ("东风小学/2024年总结.txt", "西湖中学/2024年计划.txt", "南山幼儿园2024年总结.txt"):
            archive.writestr(name, (tiny_corpus / "dongfeng_2018.txt").read_text(encoding="utf-8"))
    result = CliRunner().invoke(cli, ["ingest", str(tiny_corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    # on disk: two text files and the zip; the zip's three files are said as its content, not counted twice
    assert "3 files (1 of them .zip, holding 3 files), 5 articles" in result.stderr, result.stderr
    assert "共3个文件，其中压缩包1个、内含3个文件；5篇文章" in result.stderr

    # run again: every file read comes from the last run (two text files and the zip's three, not the zip too)
    again = CliRunner().invoke(cli, ["ingest", str(tiny_corpus), "--out", str(tmp_path / "out")])
    assert again.exit_code == 0, again.stderr
    assert "(all unchanged since the last run)" in again.stderr, again.stderr
    # one text file changed: four of the five files read were taken unchanged
    changed = tiny_corpus / "dongfeng_2018.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n五、其他\n做好工会经费审查工作。\n", encoding="utf-8")
    third = CliRunner().invoke(cli, ["ingest", str(tiny_corpus), "--out", str(tmp_path / "out")])
    assert third.exit_code == 0, third.stderr
    assert "(4 of the 5 files read unchanged since the last run)" in third.stderr, third.stderr
