"""An unchanged report is not drawn again, in its folder or a copy of it; a changed table, filter or report file draws
it; the font subset is cached."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from unionmine.report import html as report_html
from unionmine.report import state
from unionmine.report.state import RECORD, report_folder
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

    # a table written again (same bytes, new time: `touch`) keeps the report; one with other bytes draws it again
    data = (out / "documents.parquet").read_bytes()
    (out / "documents.parquet").write_bytes(data)
    os.utime(out / "documents.parquet", ns=(first + 10**9, first + 10**9))
    report_html.report(out, progress=False)
    assert calls == [1]
    (out / "problems.csv").write_bytes((out / "problems.csv").read_bytes() + b"\n")
    report_html.report(out, progress=False)
    assert calls == [1, 1]


def _copy(source: Path, target: Path) -> Path:
    """`cp -r`: every file copied with a new modification time."""
    shutil.copytree(source, target, copy_function=shutil.copy)
    os.utime(target / "report.html", ns=(1, 1))  # older than anything written, whatever the clock's resolution
    return target


@pytest.mark.slow
def test_a_copied_folder_keeps_its_report_until_a_table_or_a_report_file_changes(tmp_path, monkeypatch):
    """The report's record keys on the tables' content, the filters and the code, not on where the folder is
    or when its files were written: `cp -r` of an output folder (or a backup restored) draws nothing again."""
    monkeypatch.setenv("UNIONMINE_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    out.mkdir()
    for name in ("documents.parquet", "sections.parquet", "problems.csv"):
        shutil.copy(FIXTURE / name, out / name)
    report_html.report(out, progress=False)
    plans = Filters(kinds=("plan",))
    report_html.report(out, filters=plans, progress=False)
    calls = []
    real = report_html.compute_stats
    monkeypatch.setattr(report_html, "compute_stats", lambda *a, **k: calls.append(1) or real(*a, **k))

    copy = _copy(out, tmp_path / "elsewhere" / "copy")
    assert report_html.report(copy, progress=False) == copy / "report.html"
    report_html.report(copy, filters=plans, progress=False)  # its own folder inside the copy: kept too
    assert calls == []
    assert (copy / "report.html").stat().st_mtime_ns == 1  # not written again
    record = json.loads((copy / RECORD).read_text(encoding="utf-8"))
    assert record["outputs"]["report.html"][1] == 1  # the record took the copy's times: the next test reads no file
    monkeypatch.setattr(state, "file_sha256", lambda path: pytest.fail(f"read {path} again"))
    report_html.report(copy, progress=False)
    monkeypatch.undo()
    monkeypatch.setattr(report_html, "compute_stats", lambda *a, **k: calls.append(1) or real(*a, **k))

    # an edited report file, a removed one, an edited table: drawn again (in a copy of the copy each)
    edited = _copy(copy, tmp_path / "edited")
    (edited / "report.xlsx").write_bytes(b"not a workbook")
    report_html.report(edited, progress=False)
    assert calls == [1]
    removed = _copy(copy, tmp_path / "removed")
    next((removed / "charts").glob("*.svg")).unlink()
    report_html.report(removed, progress=False)
    assert calls == [1, 1]
    changed = _copy(copy, tmp_path / "changed")
    (changed / "problems.csv").write_bytes((changed / "problems.csv").read_bytes() + b"\n")
    report_html.report(changed, progress=False)
    assert calls == [1, 1, 1]


def test_the_key_takes_the_digests_a_run_recorded_and_reads_a_table_only_without_them(tmp_path, monkeypatch):
    out = tmp_path / "out"
    (out / "terms.parquet").mkdir(parents=True)
    (out / "documents.parquet").write_bytes(b"documents")
    (out / "terms.parquet" / "part-0.parquet").write_bytes(b"terms")
    read = state.report_key(out, out, "settings")
    recorded = {"documents.parquet": {"rows": 1, "sha256": read.tables["documents.parquet"][2]},
                "terms.parquet": {"rows": 1, "parts": {"part-0.parquet": read.tables["terms.parquet/part-0.parquet"][2]}}}
    monkeypatch.setattr(state, "file_sha256", lambda path: pytest.fail(f"read {path}"))
    assert state.report_key(out, out, "settings", recorded) == read
    assert state.report_key(out, out, "other settings", recorded).digest != read.digest
    assert state.report_key(out, out / "report_kind-plan", "settings", recorded).digest != read.digest


def test_filtered_reports_have_folders_of_their_own(tmp_path):
    assert report_folder(tmp_path) == tmp_path
    assert report_folder(tmp_path, Filters()) == tmp_path
    years = report_folder(tmp_path, Filters(years=(2015, 2020), kinds=("plan",)))
    assert years == tmp_path / "report_kind-plan_years-2015-2020"
    a = report_folder(tmp_path, Filters(orgs=("甲小学", "乙中学")))
    b = report_folder(tmp_path, Filters(orgs=("甲小学", "丙中学")))
    assert a != b and a.name.startswith("report_orgs-2-")
    assert report_folder(tmp_path, None, include_duplicates=True) == tmp_path / "report_with-duplicates"


def _report_files(out: Path) -> dict[str, bytes]:
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*"))
            if path.is_file() and ".unionmine" not in path.parts and path.suffix not in (".parquet", ".csv")}


@pytest.mark.slow
def test_two_reports_of_the_same_tables_are_the_same_bytes(tmp_path, monkeypatch):
    """A researcher checks digests: with SOURCE_DATE_EPOCH set (as reproducible builds do), the
    page's 生成时间, the SVG dates and ids, the .xlsx/.docx core dates and zip entry dates are that
    time, so two drawings differ in no byte. (They differed in all of these.)"""
    monkeypatch.setenv("UNIONMINE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    drawn = []
    for name in ("one", "two"):
        out = tmp_path / name
        out.mkdir()
        for table in ("documents.parquet", "sections.parquet", "problems.csv"):
            shutil.copy(FIXTURE / table, out / table)
        report_html.report(out, progress=False)
        drawn.append(_report_files(out))
    assert {"report.html", "report.xlsx", "report.docx"} <= set(drawn[0])
    assert any(name.endswith(".svg") for name in drawn[0]) and any(name.endswith(".png") for name in drawn[0])
    assert sorted(drawn[0]) == sorted(drawn[1])
    assert [name for name in drawn[0] if drawn[0][name] != drawn[1][name]] == []
    assert "2023" in drawn[0]["report.html"].decode("utf-8")
    # a clock time keeps its colon (the prose's full-width ：made it 22：13)
    assert "生成时间：2023年11月14日 22:13<" in drawn[0]["report.html"].decode("utf-8")
