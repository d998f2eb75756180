"""A stored table too long to hold, read in batches when written (`StoredFrame`).

The report writes a few per-article tables (every indicator with its sentence) to CSV and xlsx
without holding them: their rows are read from the Parquet output a row group at a time, only the
compared articles', and shaped batch by batch as the whole table would be.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

from ..store.tables import table_columns, table_files
from .stored import BATCH_ROWS, StoredTables


class StoredFrame:
    """A table too long to hold: the rows of a stored table (only those of DOC_IDS when given, in the
    stored order), read a row group at a time and made by TRANSFORM, a function of a DataFrame that
    works row by row, so that its batches joined are what it makes of the whole table.

    What the report's writers ask of a table: `len`, `columns`, `head(n)` and `batches()`. Each batch
    gets the dtypes the whole table's conversion gives (an integer column with a null anywhere is
    float, a boolean one object), so that CSV and xlsx cells are written as from the whole frame."""

    def __init__(self, stored: StoredTables, name: str, columns: list[str] | None = None,
                 doc_ids: Iterable[str] | None = None, transform=None, batch_rows: int = BATCH_ROWS):
        self.stored, self.name = stored, name
        self.path = stored.out / f"{name}.parquet"
        have = table_columns(self.path)
        self.read_columns = [c for c in (columns or have) if c in have]
        self.doc_ids = None if doc_ids is None else set(doc_ids)
        self.transform = transform or (lambda df: df)
        self.batch_rows = batch_rows
        self._length: int | None = None
        self._dtypes: dict[str, str] | None = None

    def _whole_dtypes(self) -> dict[str, str]:
        """Per integer or boolean column with a null anywhere in the stored table: the dtype the whole
        table's conversion to pandas gives it."""
        if self._dtypes is None:
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = pq.read_schema(table_files(self.path)[0])
            ints = [c for c in self.read_columns if pa.types.is_integer(schema.field(c).type)]
            bools = [c for c in self.read_columns if pa.types.is_boolean(schema.field(c).type)]
            nulls = dict.fromkeys(ints + bools, 0)
            if nulls:
                for file in table_files(self.path):
                    table = pq.read_table(file, columns=list(nulls))
                    for c in nulls:
                        nulls[c] += table.column(c).null_count
            self._dtypes = {c: ("float64" if c in ints else "object") for c, n in nulls.items() if n}
        return self._dtypes

    def _raw_batches(self) -> Iterator[pd.DataFrame]:
        dtypes = self._whole_dtypes()
        for batch in StoredTables.read_batches(self.path, self.read_columns, self.doc_ids, self.batch_rows):
            for c, dtype in dtypes.items():
                if batch[c].dtype != dtype:
                    batch[c] = batch[c].astype(dtype)
            yield batch

    def empty(self) -> pd.DataFrame:
        """The table with no rows (its columns and dtypes)."""
        import pyarrow.parquet as pq

        frame = pq.read_schema(table_files(self.path)[0]).empty_table().select(self.read_columns).to_pandas()
        return self.transform(frame.astype(self._whole_dtypes()))

    def batches(self) -> Iterator[pd.DataFrame]:
        """The table's rows in batches, in order; at least one (empty) batch."""
        n = 0
        for batch in self._raw_batches():
            n += len(batch)
            yield self.transform(batch)
        self._length = n
        if not n:
            yield self.empty()

    def head(self, n: int) -> pd.DataFrame:
        frames, got = [], 0
        for batch in self._raw_batches():
            frames.append(batch.head(n - got))
            got += len(frames[-1])
            if got >= n:
                break
        if not frames:
            return self.empty()
        return self.transform(pd.concat(frames, ignore_index=True))

    def to_frame(self) -> pd.DataFrame:
        """The whole table in memory (for small tables and tests)."""
        return pd.concat(list(self.batches()), ignore_index=True)

    def __len__(self) -> int:
        if self._length is None:
            self._length = sum(len(b) for b in StoredTables.read_batches(self.path, ["doc_id"], self.doc_ids,
                                                                      self.batch_rows))
        return self._length

    @property
    def columns(self) -> pd.Index:
        return self.empty().columns


__all__ = ["StoredFrame"]
