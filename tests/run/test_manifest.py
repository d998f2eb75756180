"""A run's manifest (`OUT/manifest.json`): which code, model, packages, settings and inputs made the tables, and
each table's digest, the same bytes for the same run wherever and however it ran (USER14)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd

from unionmine.run import pipeline
from unionmine.store.manifest import read_manifest
from unionmine.store.paths import package_digest


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_ingest_writes_a_manifest_naming_the_code_the_inputs_and_every_table(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    pipeline.ingest([tiny_corpus], out, with_sections=True, progress=False)
    manifest = read_manifest(out)
    assert manifest is not None
    assert manifest["unionmine"]["code_sha256"] == package_digest()
    assert manifest["inputs"]["files"]["n"] == 2 and manifest["inputs"]["metadata"] is None
    assert manifest["theme_model"]["method"] and manifest["theme_model"]["sha256"]
    # a section carries a theme exactly when its score reaches the theme's threshold, which the manifest gives
    sections = pd.read_parquet(out / "sections.parquet")
    for theme, threshold in manifest["theme_model"]["thresholds"].items():
        carried = sections["labels"].map(lambda labels, t=theme: t in list(labels))
        assert carried.equals(sections[f"score_{theme}"] >= threshold), theme
    assert len(manifest["theme_model"]["thresholds"]) == 4
    assert manifest["packages"]["segmenter"] in ("jieba", "rjieba")
    assert manifest["packages"]["versions"]["pandas"]
    for name in ("documents.parquet", "sections.parquet", "profiles.parquet", "problems.csv", "org_names.csv"):
        assert manifest["tables"][name]["sha256"] == _sha(out / name), name
    assert manifest["tables"]["documents.parquet"]["rows"] == manifest["n_documents"] == 2
    text = (out / "manifest.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in text and str(tiny_corpus) not in text  # nothing of where it ran


def test_the_same_run_elsewhere_and_on_another_engine_writes_the_same_manifest(tiny_corpus, tmp_path):
    first, second = tmp_path / "first", tmp_path / "elsewhere" / "second"
    pipeline.ingest([tiny_corpus], first, with_sections=True, progress=False)
    moved = tmp_path / "moved" / "corpus"
    shutil.copytree(tiny_corpus, moved)
    pipeline.ingest([moved], second, with_sections=True, progress=False, workers=2, engine="process", use_cache=False)
    assert (first / "manifest.json").read_bytes() == (second / "manifest.json").read_bytes()
    (moved / "sub" / "xihu_2019.txt").write_bytes((moved / "sub" / "xihu_2019.txt").read_bytes() + b"\n")
    pipeline.ingest([moved], second, with_sections=True, progress=False)  # a changed input: another digest
    changed = read_manifest(second)
    assert changed["inputs"]["files"] != read_manifest(first)["inputs"]["files"]
    assert changed["tables"]["documents.parquet"]["sha256"] == _sha(second / "documents.parquet")


def test_the_report_adds_its_files_and_an_unchanged_rerun_keeps_them(tiny_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    out = tmp_path / "out"
    pipeline.run([tiny_corpus], out, progress=False)
    report = read_manifest(out)["report"]
    assert report["source_date_epoch"] == "1764547200" and report["tables_folder"] == "."
    assert report["files"]["report.html"] == _sha(out / "report.html")
    assert report["files"]["stats/by_org_year.csv"] == _sha(out / "stats" / "by_org_year.csv")
    before = (out / "manifest.json").read_bytes()
    pipeline.run([tiny_corpus], out, progress=False)  # nothing changed: tables and report kept, and the manifest
    assert (out / "manifest.json").read_bytes() == before


def test_a_partitioned_run_lists_its_parts(tiny_corpus, tmp_path):
    out = tmp_path / "out"
    pipeline.ingest([tiny_corpus], out, with_sections=True, progress=False, partitioned=True)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    parts = manifest["tables"]["documents.parquet"]["parts"]
    assert parts and all(_sha(out / "documents.parquet" / name) == digest for name, digest in parts.items())
    assert manifest["tables"]["documents.parquet"]["rows"] == 2 and manifest["inputs"]["partitioned"] is True
