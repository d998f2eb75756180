"""Installed the same either way: a wheel carries what the default classifier is trained from."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

TEXTS = [
    "慰问生病住院教职工8人次，春节走访退休教师30人，发放慰问金4000元。",
    "召开第五届教职工代表大会第二次会议，审议通过绩效工资分配方案，收到提案12件。",
    "组织教职工篮球赛和拔河比赛，三八节组织女教师登山活动。",
    "签订集体合同，开展工资集体协商，做好女职工“四期”保护。",
    "加强学习，提高工会干部的业务水平。",
]

CLASSIFY = """
import json, sys
import unionmine
from unionmine.store.paths import annotations_path
from unionmine.themes import classify
texts = json.loads(sys.stdin.read())
print(json.dumps({"package": unionmine.__file__, "annotations": str(annotations_path()),
                  "results": classify(texts)}, ensure_ascii=False))
"""


def _classify(site: Path, cwd: Path, cache: Path) -> dict:
    """Classify TEXTS with the default method in a fresh interpreter importing unionmine from SITE."""
    env = {**os.environ, "PYTHONPATH": str(site), "UNIONMINE_CACHE": str(cache)}
    env.pop("UNIONMINE_ANNOTATIONS", None)
    done = subprocess.run([sys.executable, "-c", CLASSIFY], input=json.dumps(TEXTS), cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "no theme annotations found" not in done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_wheel_labels_as_the_source_tree_does(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    shutil.copytree(REPO / "unionmine", source / "unionmine", ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--wheel-dir", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheel = next((tmp_path / "dist").glob("unionmine-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(REPO).as_posix() for p in (REPO / "unionmine" / "data" / "annotations").glob("*.jsonl")}
    assert shipped and shipped <= names
    assert {"unionmine/report/report.js", "unionmine/report/report.css", "unionmine/data/labels.toml"} <= names

    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:  # what pip install --target does for a pure wheel
        archive.extractall(site)
    # one fresh model cache: the wheel's copy trains, the source tree loads what it saved when both
    # hold the same files (the key digests the package's files and the annotations it finds)
    installed = _classify(site, tmp_path, tmp_path / "cache")
    editable = _classify(REPO, tmp_path, tmp_path / "cache")
    assert Path(installed["package"]).resolve().is_relative_to(site.resolve())
    assert Path(installed["annotations"]).resolve().is_relative_to(site.resolve())
    assert Path(editable["package"]).resolve().is_relative_to(REPO.resolve())
    assert installed["results"] == editable["results"]
    assert any(r["labels"] for r in installed["results"])
