"""--quiet/-q on every command that does long work: it silences the progress on stderr, and
keeps the results, warnings and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.labels import say

ANNOTATIONS = Path(__file__).parent / "data" / "themes" / "annotations.jsonl"
BODY = ["一、加强民主管理", "召开第五届教代会第三次会议，审议通过学校绩效工资方案。",
        "二、关心教职工生活", "慰问生病住院教职工八人次，走访困难教师家庭五户。"]


def invoke(*args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)


def both(*args, **kwargs):
    """The command as given, then with -q (the short form; --quiet is the same flag)."""
    return invoke(*args, **kwargs), invoke(*args, "-q", **kwargs)


def test_ingest_counts_and_bar_go_warnings_stay(bad_corpus, tmp_path):
    loud, quiet = both("ingest", bad_corpus, "--out", tmp_path / "out", "--no-cache")
    assert loud.exit_code == quiet.exit_code == 3
    assert say("progress.ingest") in loud.stderr and "articles" in loud.stderr
    assert say("progress.ingest") not in quiet.stderr and "articles" not in quiet.stderr
    assert "2 input(s) skipped" in quiet.stderr  # the warning stays


def test_run_and_report_bars_go_the_report_path_and_warnings_stay(bad_corpus, tmp_path):
    loud, quiet = both("run", bad_corpus, "--out", tmp_path / "out", "--years", "2031")
    assert loud.exit_code == quiet.exit_code == 3
    for bar in (say("progress.ingest"), say("report_text.progress")):
        assert bar in loud.stderr and bar not in quiet.stderr
    assert "skipped" in quiet.stderr and "compares no article" in quiet.stderr
    assert "report:" in quiet.stdout
    loud, quiet = both("report", tmp_path / "out", "--years", "2032")
    assert loud.exit_code == quiet.exit_code == 0
    assert say("report_text.progress") in loud.stderr and say("report_text.progress") not in quiet.stderr
    assert "compares no article" in quiet.stderr and "report:" in quiet.stdout


def test_evaluate_bar_goes_the_table_and_errors_stay(tmp_path):
    loud, quiet = both("evaluate", "--annotations", ANNOTATIONS)
    assert loud.exit_code == quiet.exit_code == 0
    assert say("progress.evaluate") in loud.stderr and say("progress.evaluate") not in quiet.stderr
    assert loud.stdout == quiet.stdout and "| macro |" in quiet.stdout
    train_only = tmp_path / "train.jsonl"
    train_only.write_text("\n".join(line for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()
                                    if '"test"' not in line) + "\n", encoding="utf-8")
    bad = invoke("evaluate", "--annotations", train_only, "-q")
    assert bad.exit_code == 2 and "unionmine: error:" in bad.stderr


def test_evaluate_ingest_bar_goes_the_scores_and_errors_stay(tmp_path):
    coll = tmp_path / "coll"
    coll.mkdir()
    (coll / "a.txt").write_text("青松小学2021年工会工作总结\n" + "\n".join(BODY) + "\n", encoding="utf-8")
    key = tmp_path / "coll.key.jsonl"
    key.write_text(json.dumps({"source": "a.txt", "style": "t", "articles": [
        {"title": "青松小学2021年工会工作总结", "org": "青松小学", "org_type": "school", "year": 2021,
         "kind": "summary", "on_topic": True, "first": BODY[0], "last": BODY[-1], "body": BODY}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    loud, quiet = both("evaluate-ingest", coll, key)
    assert loud.exit_code == quiet.exit_code == 0, loud.output
    assert say("progress.ingest") in loud.stderr and say("progress.ingest") not in quiet.stderr
    assert loud.stdout == quiet.stdout and "Collection" in quiet.stdout
    key.write_text("not json\n", encoding="utf-8")
    bad = invoke("evaluate-ingest", coll, key, "-q")
    assert bad.exit_code == 2 and "unionmine: error:" in bad.stderr


def test_classify_says_it_trains_first_unless_quiet(monkeypatch):
    import unionmine.themes

    monkeypatch.setattr(unionmine.themes, "needs_training", lambda method=None, annotations=None: True)
    text = json.dumps({"id": 1, "text": "慰问退休教师"}, ensure_ascii=False) + "\n"
    loud, quiet = both("classify", "--method", "lexicon", input=text)
    assert loud.exit_code == quiet.exit_code == 0
    assert say("progress.training_model") in loud.stderr and quiet.stderr == ""
    assert loud.stdout == quiet.stdout and json.loads(quiet.stdout)["id"] == 1
    bad = invoke("classify", "-q", input="not json\n")
    assert bad.exit_code == 2 and "line 1 is not JSON" in bad.stderr


def test_classify_waiting_on_the_keyboard_says_how_to_end(capsys):
    """`unionmine classify` typed with nothing piped in seems to hang: it says it reads what is typed
    (not with -q, and not when the input is a pipe or a file)."""
    import io

    from unionmine.cli.themes import _stdin_hint

    class Keyboard(io.StringIO):
        def isatty(self):
            return True

    _stdin_hint(Keyboard(), quiet=False)
    assert "Ctrl-D" in capsys.readouterr().err
    _stdin_hint(Keyboard(), quiet=True)
    _stdin_hint(io.StringIO(), quiet=False)
    assert capsys.readouterr().err == ""
    piped = invoke("classify", "--method", "lexicon", input='{"id": 1, "text": "慰问退休教师"}\n')
    assert piped.exit_code == 0 and "Ctrl-D" not in piped.stderr


@pytest.mark.parametrize("command", ["ingest", "run", "report", "evaluate", "evaluate-ingest", "classify"])
def test_every_long_command_takes_quiet(command):
    params = {p.name: p for p in cli.commands[command].params}
    assert "quiet" in params and {"--quiet", "-q"} <= set(params["quiet"].opts)
