"""The classify, evaluate and themes commands through click's runner."""

import json
from pathlib import Path

from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.schema import OTHER, THEMES

FIXTURE = Path(__file__).parent / "data" / "themes" / "annotations.jsonl"


def test_classify_jsonl_in_out_keeps_order():
    lines = [
        {"id": "x3", "text": "召开教代会，推行校务公开。"},
        {"id": "x1", "text": ""},
        {"id": "x2", "text": "举办教职工乒乓球比赛。"},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n"
    result = CliRunner().invoke(cli, ["classify", "-", "--annotations", str(FIXTURE), "--method", "lexicon"], input=stdin)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [o["id"] for o in out] == ["x3", "x1", "x2"]
    assert all(set(o) == {"id", "labels", "scores"} and set(o["scores"]) == set(THEMES) for o in out)
    assert out[0]["labels"] == ["民主管理"] and out[1]["labels"] == [OTHER]


def test_classify_explain_and_bad_input():
    runner = CliRunner()
    ok = runner.invoke(cli, ["classify", "--explain", "--method", "lexicon"], input='{"id": 1, "text": "慰问退休教师"}\n')
    assert ok.exit_code == 0
    why = json.loads(ok.output)["explain"]["送温暖"]
    assert why["on"] and why["combined"] >= why["threshold"] and why["lexicon"] == why["combined"]
    assert "退休教师" in [t for t, _ in why["reasons"]]
    bad = runner.invoke(cli, ["classify", "--method", "lexicon"], input="not json\n")
    assert bad.exit_code == 2 and "line 1" in bad.output


def test_evaluate_and_themes_commands(tmp_path):
    runner = CliRunner()
    out = tmp_path / "eval.md"
    result = runner.invoke(cli, ["evaluate", "--annotations", str(FIXTURE), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "| combined | macro |" in result.output and out.read_text(encoding="utf-8").startswith("| method")
    listed = runner.invoke(cli, ["themes"])
    assert listed.exit_code == 0 and all(t in listed.output for t in THEMES + [OTHER])


def test_classify_reads_a_notepad_file_with_a_bom_and_names_a_file_that_is_not_utf8(tmp_path):
    runner = CliRunner()
    notepad = tmp_path / "notepad.jsonl"  # Windows Notepad saves UTF-8 with a byte-order mark
    notepad.write_bytes('{"id": "a", "text": "召开教代会，推行校务公开。"}\n'.encode("utf-8-sig"))
    ok = runner.invoke(cli, ["classify", str(notepad), "--method", "lexicon"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["labels"] == ["民主管理"]
    gbk = tmp_path / "gbk.jsonl"
    gbk.write_bytes('{"id": "b", "text": "召开教代会"}\n'.encode("gb18030"))
    bad = runner.invoke(cli, ["classify", str(gbk), "--method", "lexicon"])
    assert bad.exit_code == 2
    assert "internal error" not in bad.output
    assert "gbk.jsonl" in bad.output and "UTF-8" in bad.output
