"""Statistics out of core: SQL (DuckDB) and streamed batches over an output folder's Parquet tables.

The report of a large corpus must not hold every article's text: the per-article work was done
in ingest (`run/measures.py`: profiles, indicators, term counts), so what is left is to sum it.
`StoredTables` gives the report what it needs from OUT without loading whole tables:

- `term_tables`: the theme and organisation term tables (`terms.top_terms`, `terms.distinctive_terms`)
  from `terms.parquet` by SQL (the same log-odds, the same ranking; equal to the in-memory tables
  to floating-point rounding, tested in tests/stats/test_stored.py);
- `section_counts`: sections and top-level sections per article, by SQL;
- `texts`: (doc_id, text) in batches, only the asked articles, streamed from documents.parquet;
- `documents_with_text` / `sections_of`: whole rows of a few articles (plans, the listed ones).

Each table may be one Parquet file or a folder of parts (`--partitioned`, `--engine dask`).
DuckDB runs with a memory limit and spills to OUT/.unionmine/duckdb beyond it, so the sums cost
the same memory at any corpus size.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pandas as pd

from ..schema import OTHER
from ..store.tables import table_columns, table_files
from .columns import ALL_THEMES, MIN_GROUP
from .terms import OWN_NAME_SLACK, without_own_name

DUCKDB_MEMORY = "128MB"
"""DuckDB's memory limit for the sums; beyond it, it spills to disk (the answers are the same). At
100,000 articles the term tables took 234 MB above the report's own with 256 MB, 151 MB with 128 MB
(and ~30% more CPU); at 10,000, 140 and 115 MB."""
BATCH_ROWS = 2_000
"""Articles per batch when texts are streamed."""
PRIOR_SIZE = 500.0  # as terms.log_odds


def quiet_dask_parquet() -> None:
    """Hide the one deprecation warning dask's Parquet reader raises with pandas 3.1 and later:
    dask/dataframe/io/parquet/arrow.py calls `DataFrame.reset_index(..., inplace=True)`, which pandas
    deprecates with a Pandas4Warning (a DeprecationWarning). It is raised in whichever process reads
    a part (this one under dask's local scheduler, each worker on a cluster) and shown or not by
    that process's warning filters and its once-per-place registry: hidden by Python's defaults,
    printed (the first read in a process only) under PYTHONWARNINGS, `python -X dev` or pytest, so a
    run printed it now and then. Only that message from that module is ignored; every other
    warning still shows. Called here and, through `Client.run`, on every worker of a cluster."""
    category = getattr(pd.errors, "Pandas4Warning", DeprecationWarning)
    warnings.filterwarnings("ignore", message=r"The inplace keyword in DataFrame\.reset_index is deprecated",
                            category=category, module=r"dask\.dataframe\.io\.parquet")


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


class StoredTables:
    """The Parquet tables of one output folder, read by SQL or in batches (see the module)."""

    def __init__(self, out: str | Path, engine: str | None = None, scheduler: str | None = None):
        """ENGINE "dask": the term counts are summed by dask.dataframe over the partitioned tables (on
        the cluster at SCHEDULER when given, else dask's local scheduler) and written as Parquet,
        which DuckDB then ranks; any other engine: all by DuckDB."""
        self.out = Path(out)
        self.engine = engine
        self.scheduler = scheduler
        self._con = None

    # ------------------------------------------------------------ what is there

    def has(self, name: str) -> bool:
        return bool(table_files(self.out / f"{name}.parquet"))

    def covers_sections(self) -> bool:
        """True when profiles, indicators and terms were written (by this version's ingest) for every
        article that has sections: the report can then read instead of computing."""
        if not all(self.has(n) for n in ("profiles", "indicators", "terms")):
            return False
        if not self.has("sections"):
            return True
        missing = self.sql(f"SELECT count(*) FROM (SELECT DISTINCT doc_id FROM {self.source('sections')}) s "
                           f"ANTI JOIN (SELECT DISTINCT doc_id FROM {self.source('terms')} WHERE scope = 'leaves') t "
                           "USING (doc_id)").iloc[0, 0]
        return int(missing) == 0

    def source(self, name: str) -> str:
        path = self.out / f"{name}.parquet"
        target = str(path / "part-*.parquet") if path.is_dir() else str(path)
        return f"read_parquet({_quote(target)})"

    @property
    def con(self):
        if self._con is None:
            import duckdb

            spill = self.out / ".unionmine" / "duckdb"
            spill.mkdir(parents=True, exist_ok=True)
            self._con = duckdb.connect(config={"memory_limit": DUCKDB_MEMORY, "temp_directory": str(spill),
                                               "preserve_insertion_order": False})
        return self._con

    def sql(self, query: str, params: Sequence | None = None) -> pd.DataFrame:
        return self.con.execute(query, params or []).fetchdf()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    # ------------------------------------------------------------ reading a part

    def read(self, name: str, columns: list[str] | None = None, doc_ids: Iterable[str] | None = None) -> pd.DataFrame:
        """Table NAME (only COLUMNS; only the rows of DOC_IDS when given), in the stored row order."""
        path = self.out / f"{name}.parquet"
        have = table_columns(path)
        columns = [c for c in (columns or have) if c in have]
        frames = list(self.read_batches(path, columns, None if doc_ids is None else set(doc_ids), BATCH_ROWS))
        if frames:
            return pd.concat(frames, ignore_index=True)
        import pyarrow.parquet as pq

        return pq.read_schema(table_files(path)[0]).empty_table().select(columns).to_pandas()

    def texts(self, doc_ids: Iterable[str] | None = None, columns: Sequence[str] = ("doc_id", "text"),
              batch_rows: int = BATCH_ROWS) -> Iterator[pd.DataFrame]:
        """documents.parquet's COLUMNS in batches of about BATCH_ROWS articles, only DOC_IDS when given;
        in the stored order."""
        yield from self.read_batches(self.out / "documents.parquet", list(columns),
                                 None if doc_ids is None else set(doc_ids), batch_rows)

    @staticmethod
    def read_batches(path: Path, columns: list[str], wanted: set | None, batch_rows: int) -> Iterator[pd.DataFrame]:
        """The rows of a table (file or parts) in batches, one row group read at a time: a dataset
        scanner reads many ahead (streaming 100,000 texts took 1 GB that way)."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        keep = None if wanted is None else pa.array(list(wanted), type=pa.string())
        for file in table_files(path):
            reader = pq.ParquetFile(file)
            for group in range(reader.num_row_groups):
                table = reader.read_row_group(group, columns=columns, use_threads=False)
                if keep is not None:
                    table = table.filter(pc.is_in(table.column("doc_id"), value_set=keep))
                for batch in table.to_batches(max_chunksize=batch_rows):
                    if batch.num_rows:
                        yield batch.to_pandas()
                del table
            reader.close()

    def documents_with_text(self, doc_ids: Iterable[str]) -> pd.DataFrame:
        return self.read("documents", [c for c in table_columns(self.out / "documents.parquet") if c != "original_text"],
                         doc_ids)

    def sections_of(self, doc_ids: Iterable[str], columns: list[str] | None = None) -> pd.DataFrame:
        return self.read("sections", columns, doc_ids)

    # ------------------------------------------------------------ sums

    def section_counts(self) -> pd.DataFrame:
        """doc_id, n_sections, n_top_sections of every article with sections."""
        if not self.has("sections"):
            return pd.DataFrame(columns=["doc_id", "n_sections", "n_top_sections"])
        return self.sql(f"SELECT doc_id, count(*)::BIGINT AS n_sections, "
                        f"sum(CASE WHEN level = 1 THEN 1 ELSE 0 END)::BIGINT AS n_top_sections "
                        f"FROM {self.source('sections')} GROUP BY doc_id")

    def term_tables(self, compared: pd.DataFrame, by: str = "org", min_n: int = MIN_GROUP
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(theme terms, terms by BY) of the COMPARED articles (doc_id and BY), as `terms.top_terms`
        and `terms.distinctive_terms` compute them from the texts."""
        ids = compared[["doc_id", by]].drop_duplicates("doc_id")
        self.con.register("compared_ids", ids)
        try:
            return self._theme_terms(), self._group_terms(ids, by, min_n)
        finally:
            self.con.unregister("compared_ids")

    def other_counts(self, compared: pd.DataFrame) -> tuple[dict[object, dict[str, int]], dict[str, int]]:
        """`terms.other_counts` of the COMPARED articles (doc_id, org), summed from terms.parquet by SQL."""
        self.con.register("compared_ids", compared[["doc_id", "org"]].drop_duplicates("doc_id"))
        try:
            units = self.sql(self._counts(f"scope = {_quote(OTHER)}", "c.org", "WHERE c.org IS NOT NULL"))
            scopes = self.sql(self._counts(f"scope IN ('leaves', {_quote(OTHER)})", "u.scope"))
        finally:
            self.con.unregister("compared_ids")
        other: dict[object, dict[str, int]] = {}
        for org, term, y in zip(units["g"], units["term"], units["y"]):
            other.setdefault(org, {})[term] = int(y)
        themed: dict[str, int] = {}
        for scope, term, y in zip(scopes["g"], scopes["term"], scopes["y"]):
            themed[term] = themed.get(term, 0) + (int(y) if scope == "leaves" else -int(y))
        return other, {t: y for t, y in themed.items() if y}

    def _count_table(self, name: str, docs: bool, group: str) -> None:
        """TEMP TABLE NAME (g, term, y): the summed counts per (group, term) of the compared articles,
        scope "doc" when DOCS (GROUP: a column of compared_ids) else every section scope (GROUP: the scope)."""
        if self.engine == "dask":
            path = self._dask_counts(name, docs, group)
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT g, term, y::BIGINT AS y "
                             f"FROM read_parquet({_quote(str(path / '*.parquet'))})")
        elif docs:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS "
                             f"{self._counts(_quote('doc') + ' = scope', 'c.' + group, f'WHERE c.{group} IS NOT NULL')}")
        else:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS "
                             f"{self._counts('scope <> ' + _quote('doc'), 'u.scope')}")

    def _dask_counts(self, name: str, docs: bool, group: str) -> Path:
        """`_count_table`'s sums by dask.dataframe, partition by partition, written under OUT/.unionmine."""
        import dask.dataframe as dd

        ids = self.con.execute("SELECT * FROM compared_ids").fetchdf()
        if docs:
            ids = ids[ids[group].notna()]
        ids = ids.rename(columns={group: "g"}) if docs else ids[["doc_id"]]
        target = self.out / ".unionmine" / "aggregate" / name
        shutil.rmtree(target, ignore_errors=True)
        path = self.out / "terms.parquet"
        source = str(path / "part-*.parquet") if path.is_dir() else str(path)
        with warnings.catch_warnings():
            quiet_dask_parquet()
            frame = dd.read_parquet(source, columns=["doc_id", "scope", "terms", "counts"])
        frame = frame[frame["scope"] == "doc"] if docs else frame[frame["scope"] != "doc"]

        def explode(part: pd.DataFrame) -> pd.DataFrame:
            part = part.merge(ids, on="doc_id")
            if not docs:
                part = part.rename(columns={"scope": "g"})
            long = part[["g", "terms", "counts"]].explode(["terms", "counts"]).dropna(subset=["terms"])
            long = long.rename(columns={"terms": "term", "counts": "y"}).astype({"y": "int64", "term": "str", "g": "str"})
            return long.groupby(["g", "term"], sort=False, as_index=False)["y"].sum()

        meta = pd.DataFrame({"g": pd.Series(dtype="str"), "term": pd.Series(dtype="str"),
                             "y": pd.Series(dtype="int64")})
        summed = frame.map_partitions(explode, meta=meta).groupby(["g", "term"])["y"].sum().reset_index()
        client = None
        if self.scheduler:
            from dask.distributed import Client

            client = Client(self.scheduler)
            client.run(quiet_dask_parquet)
        try:
            with warnings.catch_warnings():
                quiet_dask_parquet()  # the local scheduler reads in this process's threads
                summed.to_parquet(str(target), write_index=False)
        finally:
            if client is not None:
                client.close()
        return target

    def _counts(self, scope_sql: str, group_sql: str, where: str = "") -> str:
        """SQL: the summed counts per (group, term) of the compared articles' rows in SCOPE_SQL."""
        # the compared articles' rows are kept before their lists are unnested (a semi join): the
        # other articles' terms are never expanded (the same sums)
        return (f"SELECT {group_sql} AS g, u.term, sum(u.count)::BIGINT AS y FROM "
                f"(SELECT doc_id, scope, unnest(terms) AS term, unnest(counts) AS count FROM "
                f"(SELECT * FROM {self.source('terms')} WHERE {scope_sql} "
                f"AND doc_id IN (SELECT doc_id FROM compared_ids))) u "
                f"JOIN compared_ids c USING (doc_id) {where} GROUP BY ALL")

    def _prior(self, table: str) -> tuple[float, float]:
        """(grand total, a0) of TABLE's per-term totals, a0 summed as numpy sums `log_odds`'s alpha
        (over the terms in sorted order), so that the numbers are those of the in-memory tables."""
        totals = self.con.execute(f"SELECT t FROM {table} ORDER BY term").fetchnumpy()["t"].astype(float)
        if not len(totals):
            return 0.0, 0.0
        grand = totals.sum()
        alpha = totals / grand * PRIOR_SIZE
        return float(grand), float(alpha.sum())

    def _ranked(self, counts: str, totals: str, sizes: str, grand: float, a0: float, min_count: int,
                n_top: int) -> pd.DataFrame:
        """The log-odds with the informative prior (`terms.log_odds`) of each group's terms used
        MIN_COUNT times or more, the N_TOP with the largest positive z per group."""
        return self.sql(f"""
            WITH x AS (
                SELECT c.g, c.term, c.y::DOUBLE AS y, (t.t - c.y)::DOUBLE AS yj, s.n::DOUBLE AS ni,
                       t.t::DOUBLE / ? * ? AS alpha
                FROM {counts} c JOIN {totals} t USING (term) JOIN {sizes} s USING (g)
                WHERE c.y >= ?),
            d AS (
                SELECT g, term, y, yj, alpha, CASE WHEN a > 0 AND b > 0 THEN ln(a) - ln(b) END AS d
                FROM (SELECT *, (y + alpha) / (ni + ? - y - alpha) AS a,
                             (yj + alpha) / ((? - ni) + ? - yj - alpha) AS b FROM x)),
            z AS (SELECT g, term, y, yj, d, d / sqrt(1.0 / (y + alpha) + 1.0 / (yj + alpha)) AS z FROM d)
            SELECT g, row_number() OVER (PARTITION BY g ORDER BY z DESC, term) AS rank, term,
                   y::BIGINT AS count, yj::BIGINT AS count_rest, d AS log_odds, z
            FROM z WHERE z > 0
            QUALIFY rank <= ?""", [grand, PRIOR_SIZE, min_count, a0, grand, a0, n_top])

    def _theme_terms(self, n_top: int = 15, min_count: int = 3) -> pd.DataFrame:
        cols = ["theme", "rank", "term", "count", "count_rest", "log_odds", "z", "n_sections"]
        con = self.con
        self._count_table("theme_counts", docs=False, group="scope")
        con.execute("CREATE OR REPLACE TEMP TABLE theme_totals AS SELECT term, y AS t FROM theme_counts WHERE g = 'leaves'")
        con.execute("CREATE OR REPLACE TEMP TABLE theme_sizes AS SELECT g, sum(y) AS n FROM theme_counts GROUP BY g")
        try:
            n_sections = dict(self.con.execute(
                f"SELECT scope, sum(n_sections)::BIGINT FROM {self.source('terms')} JOIN compared_ids USING (doc_id) "
                "WHERE scope <> 'doc' GROUP BY scope").fetchall())
            grand, a0 = self._prior("theme_totals")
            ranked = self._ranked("(SELECT * FROM theme_counts WHERE g <> 'leaves')", "theme_totals", "theme_sizes",
                                  grand, a0, min_count, n_top)
        finally:
            for name in ("theme_counts", "theme_totals", "theme_sizes"):
                con.execute(f"DROP TABLE IF EXISTS {name}")
        frames = []
        for theme in ALL_THEMES:
            n = int(n_sections.get(theme, 0) or 0)
            if not n:
                continue
            table = ranked[ranked["g"] == theme].sort_values("rank").rename(columns={"g": "theme"})
            table = table.assign(n_sections=n)
            frames.append(table)
        if not frames:
            return pd.DataFrame(columns=cols)
        out = pd.concat(frames, ignore_index=True)[cols]
        return out.astype({"rank": "int64", "count": "int64", "count_rest": "int64"})

    def _group_terms(self, ids: pd.DataFrame, by: str, min_n: int, n_top: int = 10, min_count: int = 2) -> pd.DataFrame:
        cols = [by, "rank", "term", "count", "count_rest", "log_odds", "z", "n_docs", "too_small"]
        grouped = ids[ids[by].notna()]
        n_docs = grouped.groupby(by, sort=False).size().to_dict()
        if len(n_docs) < 2:
            return pd.DataFrame(columns=cols)
        con = self.con
        self._count_table("group_counts", docs=True, group=by)
        con.execute("CREATE OR REPLACE TEMP TABLE group_totals AS SELECT term, sum(y) AS t FROM group_counts GROUP BY term")
        con.execute("CREATE OR REPLACE TEMP TABLE group_sizes AS SELECT g, sum(y) AS n FROM group_counts GROUP BY g")
        try:
            grand, a0 = self._prior("group_totals")
            ranked = self._ranked("group_counts", "group_totals", "group_sizes", grand, a0, min_count,
                                  n_top + OWN_NAME_SLACK)
        finally:
            for name in ("group_counts", "group_totals", "group_sizes"):
                con.execute(f"DROP TABLE IF EXISTS {name}")
        result = without_own_name(ranked.rename(columns={"g": by}), by, n_top)
        result["n_docs"] = [n_docs[key] for key in result[by]]
        result["too_small"] = result["n_docs"] < min_n
        result = result.astype({"rank": "int64", "count": "int64", "count_rest": "int64"})
        return result.sort_values([by, "rank"], kind="stable").reset_index(drop=True)[cols]


def plan_candidates(documents: pd.DataFrame) -> list[str]:
    """The doc_ids `insights.plans.match_plans` can pair (a plan and a summary of the same organisation
    and year; a report counts as a summary of its year and a plan for the next), from the metadata
    alone: only their texts need to be read."""
    from .insights.plans import (
        org_key,  # deferred: insights.plans loads scikit-learn, the SQL tables need none
    )

    plan_side: dict[tuple, list[str]] = {}
    summary_side: dict[tuple, list[str]] = {}
    on_topic = documents["on_topic"] if "on_topic" in documents else pd.Series(True, index=documents.index)
    for doc_id, org, year, kind, topical in zip(documents["doc_id"], documents["org"], documents["year"],
                                                documents["kind"], on_topic):
        if topical is not None and not pd.isna(topical) and not bool(topical):
            continue
        key = org_key(org)
        if key is None or year is None or pd.isna(year):
            continue
        year = int(year)
        if kind == "plan":
            plan_side.setdefault((key, year), []).append(doc_id)
        elif kind == "summary":
            summary_side.setdefault((key, year), []).append(doc_id)
        elif kind == "report":
            summary_side.setdefault((key, year), []).append(doc_id)
            plan_side.setdefault((key, year + 1), []).append(doc_id)
    wanted: set[str] = set()
    for key, plans in plan_side.items():
        if key in summary_side:
            wanted.update(plans)
            wanted.update(summary_side[key])
    return [d for d in documents["doc_id"] if d in wanted]


__all__ = ["StoredTables", "plan_candidates"]
