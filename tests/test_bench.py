"""The benchmark script runs end to end on a tiny synthetic corpus and prints its figures.

Correctness only: no timing is asserted (timings belong in docs/BENCHMARKS.md).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "scripts" / "bench.py"


def _import_bench():
    sys.path.insert(0, str(BENCH.parent))
    try:
        import bench
    finally:
        sys.path.remove(str(BENCH.parent))
    return bench


@pytest.mark.slow
def test_bench_prints_every_figure(tmp_path):
    report = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--docs", "12", "--workers", "1", "--out", str(tmp_path / "scratch"),
         "--json", str(report), "--repeat", "2", "--stages"],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    for label in ("machine:", "yardstick  jieba.lcut", "docs/s", "MB/s per core", "peak", "re-run     unchanged",
                  "re-run     one changed"):
        assert label in out, f"{label!r} missing from:\n{out}"
    assert re.search(r"\(12/12 files from the cache\)", out), out
    assert re.search(r"\(1 file redone\)", out), out
    figures = json.loads(report.read_text(encoding="utf-8"))
    size = figures["sizes"][0]
    assert size["size"]["docs"] == 12 and size["size"]["gb18030_files"] >= 1
    run = size["runs"][0]
    assert run["first"]["documents"] == 12 and run["first"]["sections"] > 12
    assert run["docs_per_s"] > 0 and run["first"]["peak_mb"] > 10
    assert size["yardstick"]["chars"] == size["size"]["chars"]
    # --repeat 2 keeps the faster of two first runs, and says so; --stages times every stage
    assert len(run["first"]["all_seconds"]) == 2 and run["first"]["seconds"] == min(run["first"]["all_seconds"])
    assert re.search(r"fastest of 2: [\d.]+, [\d.]+ s", out), out
    stages = size["stages"]["seconds"]
    assert size["stages"]["docs"] == 12 and all(stages[k] > 0 for k in ("read", "clean", "themes", "bare jieba.lcut"))
    assert "sum of stages" in out
    # the synthetic corpus is scratch: removed afterwards, and never written into corpus/
    assert not (tmp_path / "scratch" / "synthetic-12").exists()
    assert (tmp_path / "scratch" / "SYNTHETIC-README.md").exists()


def test_synthetic_corpus_varies_names_years_and_encodings(tmp_path):
    bench = _import_bench()
    built = bench.build_corpus(tmp_path / "synthetic-40", 40, seed=3)
    files = sorted((tmp_path / "synthetic-40").rglob("synthetic_*.txt"))
    assert len(files) == built["docs"] == 40
    texts = []
    for path in files:
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("gb18030"))
    assert 1 <= built["gb18030_files"] < 40
    titles = {t.splitlines()[0] for t in texts}
    assert len(titles) >= 30  # generated schools and years, not 40 copies of a seed title
    assert all(re.search(r"20\d\d年", title) for title in titles)
    # the same seed gives the same corpus
    again = bench.build_corpus(tmp_path / "again", 40, seed=3)
    assert again == built


@pytest.mark.slow
def test_bench_times_the_whole_run_stage_by_stage(tmp_path):
    report = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--docs", "8", "--workers", "1", "--whole", "--style", "mixed", "--no-rerun",
         "--yardstick-docs", "8", "--out", str(tmp_path / "scratch"), "--json", str(report)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "whole run" in proc.stdout and "report.html" in proc.stdout
    run = json.loads(report.read_text(encoding="utf-8"))["sizes"][0]["runs"][0]["first"]
    stages = run["stages"]
    # every stage of a whole run was entered once, nested stages within their parents' time; a run's
    # own output folder has the per-article measures, so the report takes the out-of-core paths
    for label in ("ingest", "report", "load", "stats", "section counts (SQL)", "term tables (SQL)", "insights",
                  "reuse (streamed)", "charts", "xlsx", "html"):
        assert stages[label]["calls"] == 1 and stages[label]["seconds"] > 0, label
        assert stages[label]["peak_mb"] > 10 and stages[label]["cpu_seconds"] >= 0, label
    assert "reuse" not in stages  # the in-memory reuse pass is not taken
    assert stages["report"]["seconds"] >= stages["charts"]["seconds"] + stages["xlsx"]["seconds"]
    assert stages["ingest"]["seconds"] + stages["report"]["seconds"] <= run["seconds"]
    assert run["output_bytes"]["report.html"] > 10_000
