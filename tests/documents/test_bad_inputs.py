"""A corpus of every kind of bad input: the run finishes, names each one, processes the rest."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from builders import build_bad_corpus


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad") / "corpus"
    expect = build_bad_corpus(root)
    out = root.parent / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "unionmine", "ingest", str(root), "--out", str(out), "--quiet"],
        check=False, capture_output=True, text=True, timeout=600,
    )
    return expect, out, proc


@pytest.mark.slow
def test_bad_inputs_are_listed_and_the_rest_processed(bad_run):
    expect, out, proc = bad_run
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig")
    docs = pd.read_parquet(out / "documents.parquet")
    for source, fragment in expect.items():
        rows = problems[problems["source"] == source]
        assert len(rows), f"{source} is not in problems.csv"
        assert rows["reason"].str.contains(fragment, regex=False).any(), (source, rows["reason"].tolist())
    # Skipped files are skipped; partly read ones (warnings) and the good ones are in the table.
    partly = {s for s, fragment in expect.items() if fragment == ""}
    assert partly == {"mixed.txt", "one_line.txt"}
    assert set(docs["source"]) == {"good.txt", "2019年 西湖中学 工会 计划.txt"} | partly
    warned = problems[problems["source"].isin(partly)]
    assert warned["stage"].str.endswith("warning").all()


@pytest.mark.slow
def test_reasons_are_one_readable_line(bad_run):
    _, out, _ = bad_run
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig")
    assert not problems["reason"].str.contains("\n|Traceback|Error:", regex=True).any()
    assert problems["reason"].str.len().between(5, 300).all()


@pytest.mark.slow
def test_every_problem_has_a_known_code_and_a_chinese_reason(bad_run):
    _, out, _ = bad_run
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig")
    assert list(problems.columns) == ["source", "stage", "code", "reason", "reason_zh"]
    assert (problems["code"] != "other").all(), problems[problems["code"] == "other"]["reason"].tolist()
    assert problems["reason_zh"].str.contains(r"[\u4e00-\u9fff]").all()
    assert not problems["reason_zh"].str.contains(r"\{|\}").any()  # every detail filled in
