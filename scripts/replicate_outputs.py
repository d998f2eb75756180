"""Make a larger output folder from an ingested one, for measuring the report stage at a size that
ingest cannot reach in the time at hand (not a test; a bench helper).

    python scripts/replicate_outputs.py OUT_10000 OUT_100000 --times 10

Every table (documents, sections, profiles, indicators, terms, problems.csv) is copied TIMES over,
replica by replica (never all in memory): replica k gets doc_id "<doc_id>~r<k>" (section ids and
duplicate_of likewise) and, for k > 0, organisation names with "（<k>）" appended, so the number of
articles AND of organisations grows TIMES-fold as in a larger collection. The texts are the same
in every replica, so the reuse pass finds each sentence TIMES as often: what it keeps (the distinct
sentences) does not grow, which is true of the synthetic corpus at any size, not of a real one.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

ID_COLUMNS = {"doc_id", "duplicate_of", "section_id", "parent_id"}


def _replica(table: pa.Table, k: int) -> pa.Table:
    for name in table.column_names:
        column = table[name]
        if name in ID_COLUMNS and pa.types.is_string(column.type):
            column = pc.binary_join_element_wise(column, pa.scalar(f"~r{k}"), "")
        elif name == "org" and k > 0 and pa.types.is_string(column.type):
            column = pc.binary_join_element_wise(column, pa.scalar(f"（{k}）"), "")
        table = table.set_column(table.column_names.index(name), name, column)
    return table


def replicate(src: Path, dest: Path, times: int) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for path in sorted(src.glob("*.parquet")):
        source = pq.ParquetFile(path)
        with pq.ParquetWriter(dest / path.name, source.schema_arrow) as writer:
            for k in range(times):
                for group in range(source.num_row_groups):
                    writer.write_table(_replica(source.read_row_group(group), k))
    if (src / "problems.csv").exists():
        shutil.copy(src / "problems.csv", dest / "problems.csv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src")
    parser.add_argument("dest")
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args()
    replicate(Path(args.src), Path(args.dest), args.times)


if __name__ == "__main__":
    main()
