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


def start(corpus: Path, out: Path, workers: int = 1) -> subprocess.Popen:
    # its own session, so that a Ctrl-C to its process group reaches it and its workers, not pytest
    return subprocess.Popen(
        [sys.executable, "-m", "unionmine", "ingest", str(corpus), "--out", str(out), "--quiet",
         "--workers", str(workers)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def wait_for_progress(proc: subprocess.Popen, out: Path, baseline: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while cached_files(out) <= baseline:
        if proc.poll() is not None:
            pytest.fail(f"run ended before it could be interrupted: {proc.stderr.read()}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail("run made no progress")
        time.sleep(0.05)


def interrupt(proc: subprocess.Popen, how: str) -> None:
    if how == "kill":
        os.kill(proc.pid, signal.SIGKILL)
    elif how == "interrupt":
        os.kill(proc.pid, signal.SIGINT)
    elif how == "terminate":  # `kill PID`, a batch scheduler's time limit: SIGTERM to the parent only
        os.kill(proc.pid, signal.SIGTERM)
    else:  # Ctrl-C at a terminal: SIGINT to the whole process group, pool workers included
        os.killpg(proc.pid, signal.SIGINT)


@pytest.mark.slow
@pytest.mark.parametrize(("how", "workers"), [("kill", 1), ("interrupt", 1), ("ctrl-c", 2), ("terminate", 2)])
def test_killed_run_keeps_previous_outputs_and_next_run_resumes(tmp_path, how, workers):
    small = make_corpus(tmp_path / "corpus", 3, "甲")
    out = tmp_path / "out"
    assert subprocess.run(
        [sys.executable, "-m", "unionmine", "ingest", str(small), "--out", str(out), "--quiet"], check=False
    ).returncode == 0
    before = (out / "documents.parquet").read_bytes()
    baseline = cached_files(out)

    make_corpus(small, N_FILES, "乙")  # rewrites the three and adds many more
    proc = start(small, out, workers)
    wait_for_progress(proc, out, baseline)
    interrupt(proc, how)
    proc.wait(timeout=60)
    assert proc.returncode != 0
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
    assert f"({done_before_kill} files unchanged" in resumed.stderr or done_before_kill == 0
    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == N_FILES and docs["text"].str.contains("乙").all()
