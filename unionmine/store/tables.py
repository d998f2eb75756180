"""Reading and writing the output folder: atomic writes, Parquet tables, CSV for Excel, SQL."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import schema
from ..errors import UsageError

TABLES = ("documents", "sections", "problems", "profiles", "indicators", "terms")

_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:  # elsewhere the only way to read it is to set it and set it back
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside PATH and move it into place only if the block succeeds.

    A reader never sees a half-written file: either the old file or the new one. The file
    gets the permissions any new file gets under the user's umask (0644 under 022), not the
    owner-only 0600 of a temporary file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o666 & ~current_umask())
        with open(tmp_path, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def replace_output(new: Path, target: Path) -> None:
    """Move NEW (a file, or a folder of parts) to TARGET, replacing whichever form TARGET has.

    A file replaces a file in one atomic rename. When a folder is involved, the old output is
    renamed aside first and removed only after NEW is in place, so a failure never leaves
    neither.
    """
    if not target.is_dir() and not new.is_dir():
        os.replace(new, target)
        return
    aside = None
    if target.exists() or target.is_symlink():
        aside = target.with_name(f".{target.name}.old")
        _remove(aside)
        os.replace(target, aside)
    os.replace(new, target)
    if aside is not None:
        _remove(aside)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def read_table(path: str | os.PathLike, columns: list[str] | None = None) -> pd.DataFrame:
    """A table written by unionmine: one Parquet file, or a folder of parts read in order.

    COLUMNS: only these (those the table has), so that a reader that needs no text never holds it."""
    path = Path(path)
    files = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
    if not files:
        name = path.name.split(".")[0]
        empty = {"sections": schema.SECTIONS, **schema.MEASURE_TABLES}.get(name, schema.DOCUMENTS).empty_table()
        return empty.select([c for c in columns if c in empty.column_names] if columns else empty.column_names).to_pandas()
    if columns is not None:
        have = pq.read_schema(files[0]).names
        columns = [c for c in columns if c in have]
    return pa.concat_tables([pq.read_table(p, columns=columns) for p in files]).to_pandas()


def table_files(path: str | os.PathLike) -> list[Path]:
    """The Parquet files of a table written by unionmine: the file, or a folder's parts in order; none when there
    is no such table."""
    path = Path(path)
    return sorted(path.glob("part-*.parquet")) if path.is_dir() else ([path] if path.exists() else [])


def table_columns(path: str | os.PathLike) -> list[str]:
    """The column names of a table written by unionmine (file or folder of parts), read from its schema;
    none when there is no such table."""
    files = table_files(path)
    return pq.read_schema(files[0]).names if files else []


def write_bytes(data: bytes, path: str | os.PathLike) -> Path:
    """Write DATA to PATH atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_text(text: str, path: str | os.PathLike, bom: bool = False) -> Path:
    """Write TEXT as UTF-8 (with a BOM for Excel when asked) to PATH atomically."""
    return write_bytes(text.encode("utf-8-sig" if bom else "utf-8"), path)


def write_parquet(df: pd.DataFrame, path: str | os.PathLike, schema: pa.Schema | None = None) -> Path:
    """Write DF to a Parquet file atomically, cast to SCHEMA when given."""
    if schema is not None:
        df = df.reindex(columns=[f.name for f in schema]) if len(df) == 0 else df
        table = pa.Table.from_pandas(df, schema=schema, preserve_index=False)
    else:
        table = pa.Table.from_pandas(df, preserve_index=False)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)
    return Path(path)


def rows_to_table(rows: list[dict], table_schema: pa.Schema) -> pa.Table:
    """ROWS (dicts; NaN, NA and missing optional keys as nulls) as an Arrow table of TABLE_SCHEMA.

    A row with a key the schema does not declare, or without a required one, raises ValueError:
    nothing is dropped silently.
    """
    fields = schema.fields_of(table_schema)
    for row in rows:
        schema.check_row(row, fields)
    # from_pandas=True: Arrow itself turns NaN and pd.NA into nulls, column by column
    columns = [pa.array([r.get(f.name) for r in rows], type=f.type, from_pandas=True) for f in table_schema]
    return pa.Table.from_arrays(columns, schema=table_schema)


def write_csv(df: pd.DataFrame, path: str | os.PathLike, bom: bool = True) -> Path:
    """Write DF as CSV atomically; UTF-8 with a BOM so that Excel shows the Chinese text right."""
    with atomic_path(path) as tmp:
        df.to_csv(tmp, index=False, encoding="utf-8-sig" if bom else "utf-8")
    return Path(path)


def write_csv_batches(frames, path: str | os.PathLike, bom: bool = True) -> Path:
    """Write FRAMES (DataFrames with the same columns and dtypes, at least one) as one CSV atomically,
    the header once: the same bytes as `write_csv` of the frames joined, without joining them."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        for i, df in enumerate(frames):
            df.to_csv(fh, index=False, header=i == 0)
    return Path(path)


def check_out_dir(out: str | os.PathLike) -> Path:
    """Return OUT as a folder that can be written, or raise a UsageError saying why not."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output folder {out} is a file; give a folder path with --out",
                         zh=("cli_text.out_is_file", {"out": out}))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create output folder {out}: {exc.strerror}",
                         zh=("cli_text.cannot_create", {"out": out})) from exc
    return out


def load(out: str | os.PathLike, columns: dict[str, list[str]] | None = None,
         names: list[str] | None = None) -> dict[str, pd.DataFrame]:
    """Load an output folder's tables as DataFrames: {'documents': ..., 'sections': ..., 'problems': ...,
    and with sections 'profiles' and 'indicators'}. COLUMNS: per table, only these columns. NAMES: only
    these tables (default: all but 'terms', the largest, which the report sums by SQL: `stats.stored`; its word
    counts per article come with `load(out, names=["terms"])`, or summed with `sql`)."""
    out = Path(out)
    if not (out / "documents.parquet").exists():
        raise UsageError(f"{out} holds no documents.parquet; run 'unionmine run' or 'ingest' first",
                         zh=("cli_text.no_tables", {"out": out}))
    tables: dict[str, pd.DataFrame] = {}
    for name in names or [t for t in TABLES if t != "terms"]:
        parquet = out / f"{name}.parquet"
        csv = out / f"{name}.csv"
        if parquet.exists():
            tables[name] = read_table(parquet, (columns or {}).get(name))
        elif csv.exists():
            tables[name] = pd.read_csv(csv, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    return tables


def sql(out: str | os.PathLike, query: str) -> pd.DataFrame:
    """Run a SQL QUERY with DuckDB over the output folder's tables (documents, sections, problems,
    profiles, indicators, terms)."""
    import duckdb

    out = Path(out)
    if not (out / "documents.parquet").exists():
        raise UsageError(f"{out} holds no documents.parquet; run 'unionmine run' or 'ingest' first",
                         zh=("cli_text.no_tables", {"out": out}))
    con = duckdb.connect()
    present = []
    try:
        for name in TABLES:
            parquet = out / f"{name}.parquet"
            csv = out / f"{name}.csv"
            if parquet.exists():
                source = parquet / "part-*.parquet" if parquet.is_dir() else parquet
                con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_quote(source)})")
                present.append(name)
            elif csv.exists():
                con.execute(
                    f"CREATE VIEW {name} AS SELECT * FROM read_csv_auto({_quote(csv)}, all_varchar=true)"
                )
                present.append(name)
        try:
            return con.execute(query).fetchdf()
        except duckdb.Error as exc:
            hint = (f"; the tables in {out} are: {', '.join(present)}"
                    if isinstance(exc, duckdb.CatalogException) else "")
            lines = str(exc).splitlines()  # DuckDB's own suggestion for a misspelt column kept, on the line
            said = " ".join([lines[0], *(ln for ln in lines[1:2] if ln.startswith("Candidate bindings"))])
            raise UsageError(f"SQL error: {said}{hint}",
                             zh=("cli_text.sql_error", {"tables": "、".join(present)})) from exc
    finally:
        con.close()


def check_output_folder(out: str | os.PathLike, corpora: tuple = ()) -> None:
    """Refuse, before any work, an output folder that cannot hold a run's outputs: one inside a corpus
    folder CORPORA (the next run would read its own report.docx, report.html and CSVs as documents),
    or an existing one this user cannot write in."""
    out = Path(out)
    for corpus in map(Path, corpora):
        if corpus.is_dir() and out.resolve().is_relative_to(corpus.resolve()):
            raise UsageError(f"output folder {out} is inside the corpus folder {corpus}: the next run would read "
                             "its own reports as documents; choose an output folder outside it with --out",
                             zh=("cli_text.inside_corpus", {"out": out, "corpus": corpus}))
    if not out.is_dir():
        return  # created (or refused as a file) when the outputs are written
    try:
        with tempfile.TemporaryFile(dir=out, prefix=".unionmine-probe-"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot write in output folder {out}: {exc.strerror or exc}; "
                         "choose a folder you can write in with --out", zh=("cli_text.cannot_write", {"out": out})) from exc


def _quote(path: Path) -> str:
    """Quote PATH as a SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"
