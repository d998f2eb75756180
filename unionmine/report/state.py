"""Where a report is written, and whether it must be drawn again at all.

A report restricted by filters goes to its own folder, named after the filters, so it never
overwrites the full report. Each report folder keeps a record (``.unionmine/report.json``) of
what it was drawn from: the tables' content (sha256), the filters, and the package's own code and
data; when none of that changed and the report's files are still as they were written (their
sha256), the report is not drawn again. Size and modification time only spare reading a file
whose size and time are as recorded: a copied folder (new times) keeps its report.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..store.manifest import file_sha256, read_manifest, write_manifest
from ..store.paths import package_digest
from ..store.tables import TABLES, table_files, write_text

RECORD = Path(".unionmine") / "report.json"


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


@dataclass(frozen=True)
class ReportKey:
    """What a report depends on (`digest`), and the tables it was made of: {file relative to OUT: [size,
    modification time, sha256]}, so that the next key takes an unchanged file's digest without reading it."""

    digest: str
    tables: dict


def _recorded(dest: Path) -> dict:
    try:
        record = json.loads((dest / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _content(files, folder: Path, recorded: dict, known: dict | None = None) -> dict:
    """{file relative to FOLDER: [size, modification time, sha256]} of FILES: a file's sha256 as RECORDED when its
    size and time are as recorded, else as KNOWN ({file: sha256}, what the run that wrote it just recorded), else
    read (a copied, touched or edited file: only its bytes tell a copy from an edit)."""
    state = {}
    for file in files:
        try:
            info = file.stat()
        except OSError:
            continue
        name = file.relative_to(folder).as_posix()
        before = recorded.get(name)
        if isinstance(before, list) and before[:2] == [info.st_size, info.st_mtime_ns]:
            sha = before[2]
        elif known and name in known:
            sha = known[name]
        else:
            try:
                sha = file_sha256(file)
            except OSError:
                continue
        state[name] = [info.st_size, info.st_mtime_ns, sha]
    return state


def run_digests(tables: dict | None) -> dict:
    """{table file relative to OUT: sha256} of what a run recorded of its tables (`IngestResult.tables`, the
    manifest's "tables": a file's sha256, or each part's)."""
    found = {}
    for name, entry in (tables or {}).items():
        if "sha256" in entry:
            found[name] = entry["sha256"]
        found.update({f"{name}/{part}": sha for part, sha in entry.get("parts", {}).items()})
    return found


def report_key(out: Path, dest: Path, settings: str, tables: dict | None = None) -> ReportKey:
    """What a report in DEST depends on: the content of the tables in OUT, SETTINGS (filters and options), the code,
    and where OUT is seen from DEST (its links); not where the folders are nor when their files were written, so a
    copied folder (`cp -r`, a backup restored) keeps its report. TABLES: what the run just recorded of its tables
    (`IngestResult.tables`), so that they are not read again."""
    files = [f for name in TABLES for ext in ("parquet", "csv") for f in table_files(out / f"{name}.{ext}")]
    state = _content(files, out, _recorded(dest).get("tables") or {}, run_digests(tables))
    where = os.path.relpath(out.resolve(), dest.resolve())
    payload = json.dumps([package_digest(), where, settings, sorted((name, v[2]) for name, v in state.items())])
    return ReportKey(hashlib.sha256(payload.encode()).hexdigest(), state)


def _output_files(dest: Path) -> list[Path]:
    files = [dest / "report.html", dest / "report.xlsx", dest / "report.docx"]
    for folder in ("stats", "charts"):
        files.extend(sorted((dest / folder).glob("*")) if (dest / folder).is_dir() else [])
    return [f for f in files if f.is_file()]


def unchanged(dest: Path, key: ReportKey) -> bool:
    """True when DEST holds a report drawn for KEY whose files are all as they were written: by size and time, else
    by sha256 (a copy, a `touch`); then the record takes the files' new times, and the next test reads no file."""
    record = _recorded(dest)
    outputs = record.get("outputs")
    if record.get("key") != key.digest or not isinstance(outputs, dict) or not outputs:
        return False
    files = _output_files(dest)
    if sorted(f.relative_to(dest).as_posix() for f in files) != sorted(outputs):
        return False  # a file removed, or one the drawing did not write
    now = _content(files, dest, outputs)
    if any(now.get(name, [None] * 3)[2] != before[2] for name, before in outputs.items()):
        return False
    if now != outputs or key.tables != record.get("tables"):
        _write_record(dest, key, now)
    return (dest / "report.html").exists()


def _write_record(dest: Path, key: ReportKey, outputs: dict) -> None:
    try:
        write_text(json.dumps({"key": key.digest, "tables": key.tables, "outputs": outputs}), dest / RECORD)
    except OSError:
        pass  # a record that cannot be written only costs a redraw


def remember(dest: Path, key: ReportKey, out: Path | None = None, settings: str | None = None) -> None:
    """Record that DEST's report was drawn for KEY, with its files' size, time and sha256 (a record that cannot be
    written only costs a redraw), and their digests in DEST's manifest (the tables' manifest of OUT, copied for a
    filtered report's folder)."""
    outputs = _content(_output_files(dest), dest, {})
    _write_record(dest, key, outputs)
    try:
        manifest = read_manifest(dest) if out is None or dest == out else read_manifest(out)
        if manifest is not None:
            files = {name: v[2] for name, v in outputs.items() if name.startswith("report.")
                     or (name.startswith("stats/") and name.endswith(".csv"))}
            manifest["report"] = {"settings": settings, "source_date_epoch": os.environ.get("SOURCE_DATE_EPOCH"),
                                  "tables_folder": "." if out is None else os.path.relpath(out, dest),
                                  "files": dict(sorted(files.items()))}
            write_manifest(dest, manifest)
    except OSError:
        pass


def forget(dest: Path) -> None:
    """Remove DEST's record before drawing, so that a drawing stopped halfway is never taken as done."""
    try:
        os.remove(dest / RECORD)
    except OSError:
        pass
