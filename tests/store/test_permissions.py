"""Output files follow the user's umask (0644 under 022, 0640 under 027), not a temporary file's 0600."""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.store.tables import (
    atomic_path,
    current_umask,
    write_bytes,
    write_csv,
    write_parquet,
    write_text,
)


@contextmanager
def umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_atomic_writers_follow_the_umask(tmp_path, mask, expected):
    df = pd.DataFrame({"a": [1, 2]})
    with umask(mask):
        assert current_umask() == mask
        paths = [
            write_bytes(b"x", tmp_path / "a.bin"),
            write_text("工会", tmp_path / "b.html"),
            write_csv(df, tmp_path / "c.csv"),
            write_parquet(df, tmp_path / "d.parquet"),
        ]
        with atomic_path(tmp_path / "e.xlsx") as tmp:
            df.to_excel(tmp, engine="openpyxl")
        paths.append(tmp_path / "e.xlsx")
    for path in paths:
        assert _mode(path) == expected, (path.name, oct(_mode(path)))


def test_a_replaced_file_gets_the_umask_too(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    target.chmod(0o600)
    with umask(0o022):
        write_text("new", target)
    assert _mode(target) == 0o644 and target.read_text() == "new"


def test_every_output_of_a_run_follows_the_umask(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    with umask(0o027):
        result = CliRunner().invoke(cli, ["run", str(tiny_corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    files = [p for p in out.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"report.html", "report.xlsx", "report.docx", "problems.csv", "documents.parquet",
            "sections.parquet", "by_org.csv", "profile_by_org.png", "profile_by_org.svg"} <= names
    wrong = {str(p.relative_to(out)): oct(_mode(p)) for p in files if _mode(p) != 0o640}
    assert not wrong
