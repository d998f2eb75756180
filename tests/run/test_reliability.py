"""Nothing lost, nothing half-written: killing a run leaves the previous outputs intact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import SUMMARY

from unionmine.labels import say

N_FILES = 400


def make_corpus(root: Path, n: int, marker: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = SUMMARY.replace("东风小学", f"第{i}小学").replace("12件", f"{i}件{marker}")
        (root / f"doc_{i:04d}.txt").write_text(text, encoding="utf-8")
    return root


def cached_files(out: Path) -> int:
    db = out / ".unionmine" / "cache.sqlite"
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as con:
            return con.execute("select count(*) from files").fetchone()[0]
    except sqlite3.Error:
        return 0


# A run started from a background job (`make test &`, a CI runner's shell) inherits SIGINT ignored, and
# Python then leaves it ignored: the interrupt never landed and the run went on to its end. The test is of
# a run at a terminal, so the run is started with SIGINT's default disposition (set, then exec: no
# preexec_fn, which may deadlock a child forked from a process with threads).
AT_A_TERMINAL = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                 "os.execv(sys.executable, [sys.executable, '-m', 'unionmine', *sys.argv[1:]])")


def start(corpus: Path, out: Path, workers: int = 1) -> subprocess.Popen:
    # its own session, so that a Ctrl-C to its process group reaches it and its workers, not pytest
    return subprocess.Popen(
        [sys.executable, "-c", AT_A_TERMINAL, "ingest", str(corpus), "--out", str(out), "--quiet",
         "--workers", str(workers)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def wait_for_progress(proc: subprocess.Popen, out: Path, baseline: int, timeout: float = 120) -> bool:
    """True once the run has cached a file and is still going; False if it ended first."""
    deadline = time.monotonic() + timeout
    while cached_files(out) <= baseline:
        if proc.poll() is not None:
            return False
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("run made no progress")
        time.sleep(0.05)
    return proc.poll() is None


def interrupt(proc: subprocess.Popen, how: str) -> None:
    if how == "kill":
        os.kill(proc.pid, signal.SIGKILL)
    elif how == "interrupt":
        os.kill(proc.pid, signal.SIGINT)
    elif how == "terminate":  # `kill PID`, a batch scheduler's time limit: SIGTERM to the parent only
        os.kill(proc.pid, signal.SIGTERM)
    else:  # Ctrl-C at a terminal: SIGINT to the whole process group, pool workers included
        os.killpg(proc.pid, signal.SIGINT)


def interrupted_run(tmp_path: Path, how: str, workers: int):
    """A run over a previous run's outputs, interrupted part-way. On a loaded machine the run may end
    before the signal lands (its first cached file and its last came close together): then again in a
    fresh folder with four times the files, so that the test waits for the condition, not for luck."""
    for attempt, n_files in enumerate((N_FILES, 4 * N_FILES, 16 * N_FILES)):
        small = make_corpus(tmp_path / f"try{attempt}" / "corpus", 3, "甲")
        out = tmp_path / f"try{attempt}" / "out"
        assert subprocess.run(
            [sys.executable, "-m", "unionmine", "ingest", str(small), "--out", str(out), "--quiet"], check=False
        ).returncode == 0
        before = (out / "documents.parquet").read_bytes()
        baseline = cached_files(out)

        make_corpus(small, n_files, "乙")  # rewrites the three and adds many more
        proc = start(small, out, workers)
        if wait_for_progress(proc, out, baseline):
            interrupt(proc, how)
        proc.wait(timeout=600)  # a bound on a condition (the run has exited), not a pause: a loaded machine may be slow
        if proc.returncode != 0:
            return small, out, before, baseline, n_files, proc
    pytest.fail("every run ended before it could be interrupted")


@pytest.mark.slow
@pytest.mark.parametrize(("how", "workers"), [("kill", 1), ("interrupt", 1), ("ctrl-c", 2), ("terminate", 2)])
def test_killed_run_keeps_previous_outputs_and_next_run_resumes(tmp_path, how, workers):
    small, out, before, baseline, n_files, proc = interrupted_run(tmp_path, how, workers)
    if how != "kill":  # one line, no worker's or parent's traceback, the staging folder removed
        assert proc.returncode == (143 if how == "terminate" else 130)
        assert not (out / ".unionmine" / "staging").exists()
        assert proc.stderr.read() == ("unionmine: interrupted; outputs already written are intact"
                                      f" （{say('cli_text.interrupted')}）\n")  # one line, Chinese beside

    # The previous outputs are untouched and readable; no temporary file is left in the folder.
    assert (out / "documents.parquet").read_bytes() == before
    assert len(pd.read_parquet(out / "documents.parquet")) == 3
    assert not list(out.glob("*.tmp"))
    done_before_kill = cached_files(out) - baseline
    assert done_before_kill > 0

    # The next run completes, and does not redo what was finished before the kill.
    resumed = subprocess.run(
        [sys.executable, "-m", "unionmine", "ingest", str(small), "--out", str(out), "--resume"],
        capture_output=True, text=True, check=False,
    )
    assert resumed.returncode == 0, resumed.stderr
    said = ("(all unchanged" if done_before_kill == n_files
            else f"({done_before_kill} of the {n_files} files read unchanged")
    assert said in resumed.stderr or done_before_kill == 0
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == n_files and docs["text"].str.contains("乙").all()
