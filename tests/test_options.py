"""One frozen options object for a run, and what --resume promises."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import SUMMARY

from unionmine.cli import cli
from unionmine.errors import UsageError
from unionmine.options import Limits, Options
from unionmine.run import pipeline


def test_options_are_frozen_and_checked_in_one_place():
    options = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.workers = 2
    assert Options.build(None, workers=3).workers == 3 and Options.build(options) is options
    assert Options(limits=None).limits == Limits()
    assert (Options().chosen_engine, Options(workers=2).chosen_engine) == ("serial", "process")
    with pytest.raises(TypeError, match="unknown option"):
        Options.build(None, wokers=2)
    with pytest.raises(UsageError, match="unknown engine"):
        Options(engine="threads")
    with pytest.raises(UsageError, match="at least 1"):
        Options(workers=0)
    with pytest.raises(UsageError, match="--no-cache"):
        Options(resume=True, use_cache=False)


def test_an_options_object_and_keyword_overrides_run_alike(tiny_corpus, tmp_path):
    a = pipeline.ingest([tiny_corpus], tmp_path / "a", options=Options(use_cache=False, progress=False))
    b = pipeline.ingest([tiny_corpus], tmp_path / "b", use_cache=False, progress=False)
    assert a.n_documents == b.n_documents == 2
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "a" / "documents.parquet"),
                                  pd.read_parquet(tmp_path / "b" / "documents.parquet"))
    assert not (tmp_path / "a" / ".unionmine" / "cache.sqlite").exists()


def _corpus(tmp_path, n=3):
    root = tmp_path / "corpus"
    root.mkdir()
    for i in range(n):
        (root / f"s{i}.txt").write_text(SUMMARY.replace("2018", str(2010 + i)), encoding="utf-8")
    return root


def test_resume_continues_an_interrupted_run_and_says_how_far_it_had_got(tmp_path, monkeypatch):
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    monkeypatch.setattr(pipeline, "BATCH_FILES", 1)
    real, calls = pipeline.process_batch, []

    def interrupted(tasks, **kwargs):
        calls.append(tasks)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(tasks, **kwargs)

    monkeypatch.setattr(pipeline, "process_batch", interrupted)
    stopped = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--quiet"])
    assert stopped.exit_code == 130 and not (out / "documents.parquet").exists()
    monkeypatch.setattr(pipeline, "process_batch", real)

    resumed = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert "resumed the earlier run: 2 of 3 files were already done" in resumed.output
    assert len(pd.read_parquet(out / "documents.parquet")) == 3


def test_resume_refuses_when_the_earlier_results_cannot_be_reused(tmp_path):
    corpus, out = _corpus(tmp_path, n=1), tmp_path / "out"
    nothing = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--resume"])
    assert nothing.exit_code == 2 and "holds no earlier run" in nothing.output
    assert CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--quiet"]).exit_code == 0
    other = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--resume", "--max-file-mb", "50"])
    assert other.exit_code == 2 and "max_file_mb 100 → 50" in other.output
    # without --resume the same change is allowed: the file is simply processed again
    again = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--max-file-mb", "50"])
    assert again.exit_code == 0 and "unchanged since the last run" not in again.output
    both = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--resume", "--no-cache"])
    assert both.exit_code == 2 and "--no-cache" in both.output


def _body_names(func) -> set[str]:
    """Names FUNC's body reads (its signature left out)."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    body = tree.body[0].body
    return {n.id for stmt in body for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _unused_options(group) -> list[str]:
    import inspect

    from unionmine import cli as cli_module

    unused = []
    to_options = set(inspect.signature(cli_module.options_from_flags).parameters)
    unused += [f"options_from_flags: {name}" for name in sorted(to_options - _body_names(cli_module.options_from_flags))]
    for name, command in [("(group)", group), *sorted(group.commands.items())]:
        callback = inspect.unwrap(command.callback)
        params = inspect.signature(callback).parameters
        rest = next((p.name for p in params.values() if p.kind is p.VAR_KEYWORD), None)
        used = _body_names(callback)
        for param in command.params:
            if not param.expose_value:  # --version: click answers it itself
                continue
            if param.name in params:
                if param.name not in used:
                    unused.append(f"{name}: {param.opts[0]} is accepted and never read")
            elif rest is None or rest not in used or param.name not in to_options:
                unused.append(f"{name}: {param.opts[0]} goes nowhere")
    return unused


def test_every_cli_option_is_read():
    """Each option a command accepts is read by the command, or goes (through **run_options) to
    `options_from_flags`, which reads all its parameters into the Options object; --resume is among them."""
    from unionmine.cli import cli as group

    assert _unused_options(group) == []
    assert "resume" in {p.name for p in group.commands["ingest"].params}


def test_the_option_check_sees_an_option_that_goes_nowhere():
    import click

    @click.group()
    def fake():
        pass

    @fake.command()
    @click.option("--used")
    @click.option("--ignored")
    def job(used, ignored):
        print(used)

    assert _unused_options(fake) == ["job: --ignored is accepted and never read"]
