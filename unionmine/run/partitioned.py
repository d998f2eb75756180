"""Partitioned output for clusters: each task writes its own part of the tables.

With one writer, every row travels back to the process that started the run and is written
there; beyond some twenty busy cores that writer is the bottleneck (docs/SCALING.md). Here
each batch of files is processed *and written* where it runs, as
``documents.parquet/part-NNNNNN.parquet`` (and the same for sections): a folder of parts in
input order, which pandas, pyarrow, DuckDB, Spark and R's arrow read as one table. Only the
MinHash signatures and the packed texts (`duplicates.pack`) come back, so that near-duplicates are still found in input order, each
article against all earlier ones; the few parts that hold a duplicate are then rewritten with
`duplicate_of` set, again where they are, in parallel.

Workers must see the output folder at the same path (a shared file system), as they must see
the corpus. Row for row, the parts read back in order equal the single files of the serial
engine (tests/run/test_engines.py).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import schema
from ..documents.duplicates import DuplicateFinder, pack, record_identity
from ..documents.metadata import Metadata
from ..options import Options
from ..store.tables import atomic_path, replace_output, rows_to_table, write_csv
from .chain import files_to_read, process_batch
from .engines import map_ordered
from .incremental import with_marks
from .records import file_records
from .units import JOINS_FILE, join_documents

PART = "part-{:06d}.parquet"


def write_part(
    numbered_tasks: tuple[int, list],
    staging: str,
    meta: Metadata,
    limits=None,
    with_sections: bool = True,
) -> dict:
    """Process one batch of files and write its rows as part files in STAGING.

    Returns only what the run needs in order: each article's doc_id, signature and packed text, the
    problems and the counts, never the rows themselves.
    """
    number, tasks = numbered_tasks
    documents, sections, problems, signatures = [], [], [], []
    measures: dict[str, list[dict]] = {name: [] for name in schema.MEASURE_TABLES}
    for result in process_batch(tasks, limits=limits, with_sections=with_sections):
        problems.extend(result["problems"])
        for record, sig in file_records(result, meta):
            signatures.append((record["doc_id"], sig, record_identity(record), pack(record["text"] or "")))
            documents.append(record)
        sections.extend(result["sections"])
        for table, rows in measures.items():
            rows.extend(result.get(table, ()))
    name = PART.format(number)
    _write_rows(documents, schema.DOCUMENTS, Path(staging) / "documents.parquet" / name)
    if with_sections:
        _write_rows(sections, schema.SECTIONS, Path(staging) / "sections.parquet" / name)
        for table, rows in measures.items():
            _write_rows(rows, schema.MEASURE_TABLES[table], Path(staging) / f"{table}.parquet" / name)
    return {
        "part": name,
        "signatures": signatures,
        "problems": problems,
        "n_documents": len(documents),
        "n_sections": len(sections),
        "n_files": files_to_read(tasks),
    }


def _write_rows(rows: list[dict], table_schema: pa.Schema, path: Path) -> None:
    """Write ROWS to PATH atomically; no file for no rows (an empty batch adds no part)."""
    if not rows:
        return
    with atomic_path(path) as tmp:
        pq.write_table(rows_to_table(rows, table_schema), tmp)


def mark_part(part_and_marks: tuple[str, dict[str, str]], staging: str) -> str:
    """Rewrite one documents part with `duplicate_of` set for the doc_ids in MARKS."""
    name, marks = part_and_marks
    path = Path(staging) / "documents.parquet" / name
    table = with_marks(pq.read_table(path), marks)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)
    return name


def ingest_partitioned(
    batches: list[list],
    out: Path,
    staging: Path,
    meta: Metadata,
    *,
    options: Options,
    with_sections: bool,
    progress_bar,
    result,
) -> None:
    """Process BATCHES writing parts in STAGING, mark duplicates, move the tables into OUT."""
    tables = ["documents.parquet"] + (
        ["sections.parquet", *(f"{m}.parquet" for m in schema.MEASURE_TABLES)] if with_sections else [])
    for name in tables:
        (staging / name).mkdir(parents=True, exist_ok=True)
    where = str(staging.resolve())  # workers elsewhere do not share our working directory
    common = {"staging": where, "limits": options.limits, "with_sections": with_sections}
    engine = {"engine": options.chosen_engine, "workers": options.workers, "scheduler": options.scheduler}
    marks: dict[str, dict[str, str]] = {}
    finder = DuplicateFinder(path=str(staging / "duplicates.sqlite"))
    try:
        summaries = map_ordered(
            partial(write_part, meta=meta, **common),
            enumerate(batches),
            **engine,
        )
        for summary in summaries:
            progress_bar.update(summary["n_files"])
            result.problems.extend(summary["problems"])
            result.n_documents += summary["n_documents"]
            result.n_sections += summary["n_sections"]
            for doc_id, sig, who, packed in summary["signatures"]:
                earlier = finder.add(doc_id, sig, who, packed)
                if earlier is not None:
                    marks.setdefault(summary["part"], {})[doc_id] = earlier
    finally:
        finder.close()
    for _ in map_ordered(
        partial(mark_part, staging=where),
        sorted(marks.items()),
        **engine,
    ):
        pass
    join_documents(staging / "documents.parquet", meta, staging / JOINS_FILE)  # one unit, one name (`run.units`)
    problems = pd.DataFrame(result.problems, columns=schema.PROBLEM_COLUMNS)
    write_csv(problems, staging / "problems.csv")
    for name in [*tables, "problems.csv", JOINS_FILE]:
        replace_output(staging / name, out / name)

