"""Changed code is never served from the cache: a change to any module re-processes every file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PLAN, REPO, SUMMARY

INGEST = """
import json, sys
from pathlib import Path
import unionmine
from unionmine.run.pipeline import ingest
from unionmine.store.paths import package_digest
assert Path(unionmine.__file__).resolve().parent == Path(sys.argv[1]).resolve(), unionmine.__file__
result = ingest([sys.argv[2]], sys.argv[3], progress=False)
print(json.dumps({"n_files": result.n_files, "n_cached": result.n_cached,
                  "n_documents": result.n_documents, "digest": package_digest()}))
"""


def _ingest_with(package: Path, corpus: Path, out: Path) -> dict:
    """Ingest CORPUS into OUT in a fresh interpreter that imports the copy at PACKAGE."""
    env = {**os.environ, "PYTHONPATH": str(package.parent)}
    done = subprocess.run(
        [sys.executable, "-c", INGEST, str(package), str(corpus), str(out)],
        cwd=package.parent, env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_changed_module_reprocesses_every_file(tmp_path):
    package = tmp_path / "site" / "unionmine"
    shutil.copytree(REPO / "unionmine", package, ignore=shutil.ignore_patterns("__pycache__"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (corpus / f"summary_{n}.txt").write_text(SUMMARY.replace("2018", str(2010 + n)), encoding="utf-8")
    (corpus / "plan.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"

    first = _ingest_with(package, corpus, out)
    assert first["n_files"] == 4 and first["n_cached"] == 0 and first["n_documents"] == 4
    unchanged = _ingest_with(package, corpus, out)
    assert unchanged["n_cached"] == 4 and unchanged["digest"] == first["digest"]  # the cache works

    clean = package / "documents" / "clean.py"
    clean.write_text(clean.read_text(encoding="utf-8") + "\n# a comment changes the code's digest\n",
                     encoding="utf-8")
    changed = _ingest_with(package, corpus, out)
    assert changed["digest"] != first["digest"]
    assert changed["n_cached"] == 0 and changed["n_documents"] == 4  # every file was processed again
