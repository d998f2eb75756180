"""Shared storage leaves: atomic writes, Parquet/CSV tables, loading and SQL, package data paths."""

from .paths import (
    annotation_files,
    annotations_path,
    package_digest,
    read_data_text,
    read_data_toml,
)
from .tables import (
    atomic_path,
    check_out_dir,
    load,
    read_table,
    replace_output,
    rows_to_table,
    sql,
    table_columns,
    write_bytes,
    write_csv,
    write_parquet,
    write_text,
)

__all__ = ["annotation_files", "annotations_path", "atomic_path", "check_out_dir", "load", "package_digest", "read_data_text", "read_data_toml", "read_table", "replace_output", "rows_to_table", "sql", "table_columns", "write_bytes", "write_csv", "write_parquet", "write_text"]
