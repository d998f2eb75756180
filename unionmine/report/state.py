"""Where a report is written, and whether it must be drawn again at all.

A report restricted by filters goes to its own folder, named after the filters, so it never
overwrites the full report. Each report folder keeps a record (``.unionmine/report.json``) of
what it was drawn from: the tables' files (size and modification time), the filters, and the
package's own code and data; when none of that changed and the report's files are still as they
were written, the report is not drawn again.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path

from .. import __version__
from ..store.manifest import files_sha256, read_manifest, write_manifest
from ..store.tables import TABLES, write_text

RECORD = Path(".unionmine") / "report.json"
_PACKAGE = Path(__file__).resolve().parents[1]


def report_folder(out: Path, filters=None, include_off_topic: bool = False, include_duplicates: bool = False) -> Path:
    """OUT for the full report; for a filtered one OUT/report_<filters>, e.g. report_years-2015-2020_kind-plan."""
    parts = []
    if filters is not None and filters.active:
        if filters.org_types:
            parts.append("org-type-" + "+".join(filters.org_types))
        if filters.kinds:
            parts.append("kind-" + "+".join(filters.kinds))
        if filters.years:
            parts.append("years-{}-{}".format(*filters.years))
        if filters.orgs:
            names = hashlib.sha1("\n".join(filters.orgs).encode()).hexdigest()[:8]
            parts.append(f"orgs-{len(filters.orgs)}-{names}")
    if include_off_topic:
        parts.append("with-off-topic")
    if include_duplicates:
        parts.append("with-duplicates")
    return out / ("report_" + "_".join(parts)) if parts else out


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """sha256 of the package's own source and data files (what any table or chart may depend on)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix not in (".pyc",)
                       and "__pycache__" not in p.parts):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _files_state(paths) -> list:
    state = []
    for path in paths:
        files = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
        for file in files:
            try:
                info = file.stat()
            except OSError:
                continue
            state.append([str(file), info.st_size, info.st_mtime_ns])
    return state


def report_key(out: Path, dest: Path, settings: str) -> str:
    """What a report in DEST depends on: the tables in OUT, SETTINGS (filters and options), the code."""
    inputs = [out / f"{name}.{ext}" for name in TABLES for ext in ("parquet", "csv")]
    payload = json.dumps([code_digest(), str(dest.resolve()), settings, _files_state(inputs)])
    return hashlib.sha256(payload.encode()).hexdigest()


def _outputs(dest: Path) -> list:
    files = [dest / "report.html", dest / "report.xlsx", dest / "report.docx"]
    for folder in ("stats", "charts"):
        files.extend(sorted((dest / folder).glob("*")) if (dest / folder).is_dir() else [])
    return _files_state(files)


def unchanged(dest: Path, key: str) -> bool:
    """True when DEST holds a report drawn for KEY whose files are all as they were written."""
    try:
        record = json.loads((dest / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (record.get("key") == key and bool(record.get("outputs"))
            and record["outputs"] == _outputs(dest) and (dest / "report.html").exists())


def remember(dest: Path, key: str, out: Path | None = None, settings: str | None = None) -> None:
    """Record that DEST's report was drawn for KEY (a record that cannot be written only costs a redraw), and
    its files' digests in DEST's manifest (the tables' manifest of OUT, copied for a filtered report's folder)."""
    try:
        write_text(json.dumps({"key": key, "outputs": _outputs(dest)}), dest / RECORD)
        manifest = read_manifest(dest) if out is None or dest == out else read_manifest(out)
        if manifest is not None:
            files = [dest / f"report.{ext}" for ext in ("html", "xlsx", "docx")] + list((dest / "stats").glob("*.csv"))
            manifest["report"] = {"settings": settings, "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH"),
                                  "tables_folder": "." if out is None else os.path.relpath(out, dest),
                                  "files": files_sha256(dest, files)}
            write_manifest(dest, manifest)
    except OSError:
        pass


def forget(dest: Path) -> None:
    """Remove DEST's record before drawing, so that a drawing stopped halfway is never taken as done."""
    try:
        os.remove(dest / RECORD)
    except OSError:
        pass
