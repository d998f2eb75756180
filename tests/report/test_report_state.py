"""An unchanged report is not drawn again; a changed table, filter or folder draws it; the font subset is cached."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from unionmine.report import html as report_html
from unionmine.report.state import report_folder
from unionmine.stats.filters import Filters

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "stats"


@pytest.mark.slow
def test_unchanged_report_is_kept_and_a_changed_table_redraws_it(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONMINE_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    out.mkdir()
    for name in ("documents.parquet", "sections.parquet", "problems.csv"):
        shutil.copy(FIXTURE / name, out / name)
    page = report_html.report(out, progress=False)
    first = page.stat().st_mtime_ns
    assert list((tmp_path / "cache" / "fonts").glob("subset-*.otf")), "the font subset is cached"

    calls = []
    real = report_html.compute_stats
    monkeypatch.setattr(report_html, "compute_stats", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert report_html.report(out, progress=False) == page
    assert calls == [] and page.stat().st_mtime_ns == first

    # a report file changed by hand is drawn again
    (out / "report.xlsx").write_bytes(b"not a workbook")
    report_html.report(out, progress=False)
    assert calls == [1]

    # a table written again (same bytes, new time) is drawn again
    data = (out / "documents.parquet").read_bytes()
    (out / "documents.parquet").write_bytes(data)
    os.utime(out / "documents.parquet", ns=(first + 10**9, first + 10**9))
    report_html.report(out, progress=False)
    assert calls == [1, 1]


def test_filtered_reports_have_folders_of_their_own(tmp_path):
    assert report_folder(tmp_path) == tmp_path
    assert report_folder(tmp_path, Filters()) == tmp_path
    years = report_folder(tmp_path, Filters(years=(2015, 2020), kinds=("plan",)))
    assert years == tmp_path / "report_kind-plan_years-2015-2020"
    a = report_folder(tmp_path, Filters(orgs=("甲小学", "乙中学")))
    b = report_folder(tmp_path, Filters(orgs=("甲小学", "丙中学")))
    assert a != b and a.name.startswith("report_orgs-2-")
    assert report_folder(tmp_path, None, include_duplicates=True) == tmp_path / "report_with-duplicates"
