"""When a large share of the articles is left out as near-duplicates, the command line says so on stderr
(one bilingual line, pointing at --include-duplicates; silent under --quiet): before, only the report did."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import unionmine.report.html as report_mod
from unionmine.cli import cli
from unionmine.labels import say


def _folder(tmp_path: Path, copies: int) -> Path:
    """An output folder of 4 schools' summaries and COPIES files sent again (the same school, the same year)."""
    rows = [{"doc_id": f"d{i}", "source": f"{org}.docx", "title": f"{org}工会2023年工作总结", "org": org,
             "year": 2023, "kind": "summary", "on_topic": True, "duplicate_of": None, "n_chars": 800}
            for i, org in enumerate(["望川中学", "临江中学", "白塔小学", "城北小学"])]
    rows += [{**rows[i % 4], "doc_id": f"copy{i}", "source": f"重发-{rows[i % 4]['source']}",
              "duplicate_of": rows[i % 4]["doc_id"]} for i in range(copies)]
    out = tmp_path / "out"
    out.mkdir()
    pd.DataFrame(rows).to_parquet(out / "documents.parquet")
    return out


@pytest.fixture(autouse=True)
def no_drawing(monkeypatch):
    monkeypatch.setattr(report_mod, "report", lambda out, **kwargs: Path(out) / "report.html")


@pytest.mark.parametrize("copies, said", [(5, True), (4, True), (3, False), (0, False)])
def test_many_left_out_copies_are_said_on_stderr(tmp_path, copies, said):
    out = _folder(tmp_path, copies)
    result = CliRunner().invoke(cli, ["report", str(out)])
    assert result.exit_code == 0, result.output
    line = f"{copies} of {copies + 4} articles are left out as near-duplicates"
    assert (line in result.stderr) is said
    if said:
        (notice,) = [text for text in result.stderr.splitlines() if line in text]
        assert "--include-duplicates" in notice
        assert say("cli_text.duplicates_left_out", n=copies, total=copies + 4) in notice  # same line, Chinese
    assert "report:" in result.stdout


def test_the_notice_is_silent_under_quiet_and_when_copies_are_counted(tmp_path):
    out = _folder(tmp_path, 6)
    for options in (["--quiet"], ["--include-duplicates"]):
        result = CliRunner().invoke(cli, ["report", str(out), *options])
        assert result.exit_code == 0, result.output
        assert "near-duplicates" not in result.stderr and "compares no article" not in result.stderr
