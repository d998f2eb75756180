"""Update the previous run's tables instead of rebuilding them: a changed file costs about one file.

A complete run (single-file tables, cache on) leaves a manifest in the cache: every input file in
input order with its content hash and the number of rows it gave each table (and how many of its
articles went into the near-duplicate index, which is kept as OUT/.unionmine/duplicates.sqlite).
When the next run finds the same code, settings and metadata and the tables and index as that run
left them (by size and time, else by sha256: a folder copied with new times), only the files added or changed are
processed; each table is written again by copying the
kept files' rows from the previous table (Arrow, a row group at a time, never the whole table in
memory) around the new files' rows, in the row groups a full run writes. Nothing read back from
the cache, nothing parsed again.

`duplicate_of` is the one column that depends on other files: each article is compared with the
earlier ones only, so the articles before the first place where the file list differs keep
theirs; after it, `run.remark` patches the previous index where only texts changed, or rolls it
back to that place and adds every later article again. The outputs are those of a full run, byte
for byte (tests/run/test_incremental.py compares every table with a --no-cache run's).

Every table is written to the staging folder and moved into place at the end, the index too (the
previous one is copied, never changed in place), and the run is recorded last: a run killed
midway leaves the previous outputs, index and record, which still agree with each other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .. import schema
from ..documents.duplicates import pack, record_identity
from ..documents.metadata import Metadata
from ..store.manifest import file_sha256
from ..store.tables import atomic_path, replace_output, rows_to_table
from .chain import FileTask, files_to_read
from .records import file_records
from .remark import remark

#: Per file, in this order: rows in each table, problems, articles put in the near-duplicate index.
COUNTS = ("documents", "sections", *schema.MEASURE_TABLES, "problems", "indexed")
INDEX = "duplicates.sqlite"
BATCH_ROWS = 2000
SLICE_ROWS = 500  # rows read at a time when a written table is read back whole (`read_slices`)
READ_BUFFER = 1 << 20  # bytes of a column chunk read at a time


def metadata_digest(meta: Metadata) -> str:
    return hashlib.sha256(meta.digest_text().encode()).hexdigest()[:16]


def file_state(path: Path) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def table_names(with_sections: bool) -> list[str]:
    return ["documents", *(["sections", *schema.MEASURE_TABLES] if with_sections else [])]


def table_schema(name: str) -> pa.Schema:
    return {"documents": schema.DOCUMENTS, "sections": schema.SECTIONS, **schema.MEASURE_TABLES}[name]


class Manifest:
    """What a run read and wrote, file by file: (source, content_hash, counts) in input order."""

    def __init__(self):
        self.files: list[tuple[str, str | None, list[int]]] = []

    def add(self, task: FileTask, counts: dict[str, int]) -> None:
        self.files.append((task.source, task.content_hash, [counts.get(k, 0) for k in COUNTS]))

    @staticmethod
    def count(file_result: dict, with_sections: bool) -> dict[str, int]:
        """COUNTS of one file's result, as the writers of a full run take its rows."""
        counts = {"documents": len(file_result["documents"]), "problems": len(file_result["problems"]),
                  "indexed": sum(1 for r in file_result["documents"] if r.get("_signature") is not None)}
        if with_sections:
            for name in table_names(True)[1:]:
                counts[name] = len(file_result.get(name, ()))
        return counts


@dataclass
class Plan:
    """Which files of the new run are kept from the previous one, and from where."""

    kept: dict[int, int]  # new position -> previous position
    divergence: int  # new position of the first file that differs from the previous run's list
    start_index: int  # articles in the index before that file: those keep their duplicate_of
    offsets: dict[str, list[int]]  # per COUNTS key: first row of each previous file


def plan(previous: list[tuple[str, str | None, list[int]]], tasks: list[FileTask]) -> Plan | None:
    """Match TASKS with the PREVIOUS manifest; None when the kept files changed order (then rebuild)."""
    where = {(source, digest): i for i, (source, digest, _c) in enumerate(previous) if digest is not None}
    kept: dict[int, int] = {}
    last = -1
    for i, task in enumerate(tasks):
        j = where.get((task.source, task.content_hash)) if task.content_hash else None
        if j is not None:
            if j <= last:
                return None
            kept[i], last = j, j
    divergence = 0
    while divergence < len(tasks) and kept.get(divergence) == divergence:
        divergence += 1
    offsets: dict[str, list[int]] = {}
    for k, key in enumerate(COUNTS):
        running, starts = 0, []
        for _s, _d, counts in previous:
            starts.append(running)
            running += counts[k]
        offsets[key] = starts
    indexed = COUNTS.index("indexed")
    start_index = sum(previous[j][2][indexed] for j in range(divergence))
    return Plan(kept, divergence, start_index, offsets)


@dataclass
class Previous:
    """The previous complete run, as far as an update needs it."""

    files: list[tuple[str, str | None, list[int]]]
    plan: Plan
    problems: list[dict]
    index: Path


class OldRows:
    """Forward-only reader of a previous table's rows by position, a row group at a time."""

    def __init__(self, path: Path, target: pa.Schema):
        self.file = pq.ParquetFile(path)
        self.target = target
        self.group = 0
        self.table: pa.Table | None = None  # the rest of the current row group
        self.position = 0  # row number of self.table's first row

    def take(self, start: int, count: int) -> Iterator[pa.Table]:
        if start < self.position:
            raise ValueError(f"rows {start}.. asked after row {self.position}")
        while count > 0:
            if self.table is None or self.table.num_rows == 0:
                if self.group >= self.file.num_row_groups:
                    raise ValueError("the previous table has fewer rows than its manifest says")
                self.table = self.file.read_row_group(self.group)
                if not self.table.schema.equals(self.target):
                    self.table = self.table.cast(self.target)
                self.group += 1
            skip = min(start - self.position, self.table.num_rows)
            if skip:
                self.table, self.position = self.table.slice(skip), self.position + skip
                continue
            piece = self.table.slice(0, min(count, self.table.num_rows))
            self.table = self.table.slice(piece.num_rows)
            self.position += piece.num_rows
            start += piece.num_rows
            count -= piece.num_rows
            yield piece

    def close(self) -> None:
        self.file.close()


class TableWriter:
    """Parquet writer of rows (dicts) and Arrow pieces in row groups of BATCH_ROWS rows: a full run
    writes its rows with it, an update the same rows, partly as pieces of the previous table, in
    the same row groups. Never holds more than a row group."""

    def __init__(self, path: Path, target: pa.Schema, batch_rows: int = BATCH_ROWS):
        self.path, self.schema, self.batch_rows = path, target, batch_rows
        self.pieces: list[pa.Table] = []
        self.rows: list[dict] = []
        self.pending = 0
        self.writer: pq.ParquetWriter | None = None

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.pending += 1
        if self.pending >= self.batch_rows:
            self._write(self.batch_rows)

    def add_table(self, piece: pa.Table) -> None:
        self._rows_to_piece()
        self.pieces.append(piece)
        self.pending += piece.num_rows
        while self.pending >= self.batch_rows:
            self._write(self.batch_rows)

    def _rows_to_piece(self) -> None:
        if self.rows:
            self.pieces.append(rows_to_table(self.rows, self.schema))
            self.rows = []

    def _write(self, n: int) -> None:
        self._rows_to_piece()
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema)
        if not self.pieces:
            return
        table = pa.concat_tables(self.pieces) if len(self.pieces) > 1 else self.pieces[0]
        self.writer.write_table(table.slice(0, n).combine_chunks())
        rest = table.slice(n)
        self.pieces = [rest] if rest.num_rows else []
        self.pending = rest.num_rows

    def close(self) -> None:
        self._write(self.pending)
        self.writer.close()
        self.writer = None

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def index_record(index: Path) -> dict:
    """What a run records of the INDEX it leaves: size and time, and sha256 (a copied folder's is known by it)."""
    try:
        return {"index": file_state(index), "index_sha256": file_sha256(index)}
    except OSError:
        return {"index": None, "index_sha256": None}


def same_index(index: Path, info: dict) -> bool:
    """Whether INDEX is the one the previous run left (INFO: its record): by size and time, else by sha256 (a copy)."""
    if file_state(index) == info["index"]:
        return True
    try:
        return info.get("index_sha256") is not None and info["index_sha256"] == file_sha256(index)
    except OSError:
        return False


def previous_run(cache, tasks: list[FileTask], meta: Metadata, index: Path, same_outputs) -> Previous | None:
    """The previous complete run, when its tables can be updated for TASKS: same code, settings and
    metadata, its tables (SAME_OUTPUTS: a test of its record) and INDEX as it left them, its kept files in the same
    order."""
    latest = cache.latest_run()
    info = latest.get("update") if latest else None
    if not info or info["version"] != cache.version or info["meta"] != metadata_digest(meta):
        return None
    if not same_outputs(latest) or not same_index(index, info):
        return None
    files = cache.manifest()
    if len(files) != info["n_files"]:
        return None
    found = plan(files, tasks)
    if found is None or not found.kept:
        return None
    return Previous(files, found, latest["problems"], index)


def update(tasks: list[FileTask], previous: Previous, fresh, *, out: Path, staging: Path, meta: Metadata,
           result, with_sections: bool, batch_rows: int, progress=None) -> tuple[Manifest, Path]:
    """Write the new tables to STAGING: the kept files' rows copied from the PREVIOUS run's tables,
    the other files' from the results FRESH yields for them, in order; fill RESULT; then set
    duplicate_of anew where it changed (`run.remark`); call PROGRESS, when given, with each task done.
    Returns the new manifest and index (in STAGING)."""
    names = table_names(with_sections)
    kept, offsets, divergence = previous.plan.kept, previous.plan.offsets, previous.plan.divergence
    old = {name: OldRows(out / f"{name}.parquet", table_schema(name)) for name in names}
    writers = {name: TableWriter(staging / f"{name}.parquet", table_schema(name), batch_rows) for name in names}
    pending: dict[str, list[int]] = {}  # per table, the previous rows to copy next: [start, count]
    sequence: list[tuple[str, object]] = []  # the articles from the first difference on
    written: dict[str, str | None] = {}  # their duplicate_of as written

    def copy(name: str) -> None:
        start, count = pending.pop(name, (0, 0))
        for piece in old[name].take(start, count):
            writers[name].add_table(piece)
            if name == "documents" and collecting:
                ids = piece.column("doc_id").to_pylist()
                sequence.extend((doc_id, None) for doc_id in ids)
                written.update(zip(ids, piece.column("duplicate_of").to_pylist()))

    manifest = Manifest()
    collecting = False
    try:
        for i, task in enumerate(tasks):
            if i == divergence:
                for name in list(pending):
                    copy(name)
                collecting = True
            j = kept.get(i)
            if j is None:
                for name in list(pending):
                    copy(name)
                _, file_result, cached = next(fresh)
                result.n_cached += cached and files_to_read([task])
                counts = Manifest.count(file_result, with_sections)
                _add_fresh(file_result, writers, meta, result, with_sections, sequence)
            else:
                result.n_cached += files_to_read([task])
                counts = dict(zip(COUNTS, previous.files[j][2]))
                first = offsets["problems"][j]
                result.problems.extend(previous.problems[first : first + counts["problems"]])
                for name in names:  # consecutive kept files: one range of rows
                    start, count = offsets[name][j], counts[name]
                    if name in pending and sum(pending[name]) != start:
                        copy(name)
                    pending.setdefault(name, [start, 0])[1] += count
                result.n_documents += counts["documents"]
                result.n_sections += counts.get("sections", 0)
            manifest.add(task, counts)
            if progress is not None:
                progress(task)
        for name in list(pending):
            copy(name)
        for writer in writers.values():
            writer.close()
    finally:
        for reader in old.values():
            reader.close()
        for writer in writers.values():
            writer.abort()
    index = staging / INDEX
    marks = remark(previous.index, index, previous.plan.start_index, sequence)
    marks = {doc_id: mark for doc_id, mark in marks.items() if written.get(doc_id) != mark}
    if marks:
        _set_marks(staging / "documents.parquet", marks)
    return manifest, index


def with_marks(table: pa.Table, marks: dict[str, str | None]) -> pa.Table:
    """TABLE (documents) with duplicate_of set from MARKS for the doc_ids it names (None: no copy)."""
    ids, now = table.column("doc_id").to_pylist(), table.column("duplicate_of").to_pylist()
    at = table.schema.get_field_index("duplicate_of")
    return table.set_column(at, table.schema.field(at),
                            pa.array([marks.get(d, v) for d, v in zip(ids, now)], type=pa.string()))


def _set_marks(path: Path, marks: dict[str, str | None]) -> None:
    """Rewrite the documents table at PATH with duplicate_of from MARKS, in the same row groups."""
    rewrite_documents(path, lambda table: with_marks(table, marks)
                      if any(doc_id in marks for doc_id in table.column("doc_id").to_pylist()) else table)


def rewrite_documents(path: Path, change) -> None:
    """Rewrite the documents table at PATH in the same row groups, each passed through CHANGE (table -> table).
    A row group is read a slice at a time on one thread (`read_slices`), not whole on threads: it lifted the end of
    ingest's memory (session 21, BENCHMARKS)."""
    with atomic_path(path) as tmp:
        source = pq.ParquetFile(path, buffer_size=READ_BUFFER)
        writer = pq.ParquetWriter(tmp, schema.DOCUMENTS)
        try:
            for group in range(source.num_row_groups):
                table = pa.Table.from_batches(list(read_slices(source, [group])), schema=source.schema_arrow)
                if not table.schema.equals(schema.DOCUMENTS):
                    table = table.cast(schema.DOCUMENTS)
                writer.write_table(change(table))
                del table
        finally:
            writer.close()
            source.close()


def read_slices(source: pq.ParquetFile, groups: list[int] | None = None, columns: list[str] | None = None):
    """The rows of SOURCE's row GROUPS (all by default; a batch may span two) as record batches of at most SLICE_ROWS,
    read on one thread (the memory they take is about a slice's, not a row group's)."""
    return source.iter_batches(batch_size=SLICE_ROWS, row_groups=groups, columns=columns, use_threads=False)


def _add_fresh(file_result: dict, writers: dict[str, TableWriter], meta: Metadata, result, with_sections: bool,
               sequence: list) -> None:
    """A processed file's rows, as `pipeline.ingest` adds them (metadata; duplicate_of set afterwards)."""
    result.problems.extend(file_result["problems"])
    for record, sig in file_records(file_result, meta):
        sequence.append((record["doc_id"], sig, record_identity(record), pack(record["text"] or "")))
        record["duplicate_of"] = None
        writers["documents"].add(record)
        result.n_documents += 1
    if with_sections:
        for name in table_names(True)[1:]:
            for row in file_result.get(name, ()):
                writers[name].add(row)
        result.n_sections += len(file_result["sections"])


def move_into_place(staging: Path, out: Path, index_path: Path, with_sections: bool) -> None:
    for name in table_names(with_sections):
        replace_output(staging / f"{name}.parquet", out / f"{name}.parquet")
    replace_output(staging / "problems.csv", out / "problems.csv")
    replace_output(index_path, out / ".unionmine" / INDEX)  # last: the tables are in place
