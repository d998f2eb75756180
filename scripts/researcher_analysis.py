#!/usr/bin/env python3
"""A researcher's analysis over unionmine's output tables.

Reads an output folder (from `unionmine run`), builds one tidy long table
(article × theme → share, with org, org type, year and kind), and answers two questions
with it: how does the theme mix differ between summaries and plans, and between kinds of
organisation? Means come with their n and a 95% confidence interval. Results are written
as Parquet (for pandas/DuckDB) and CSV with a BOM (for Excel).

    python scripts/researcher_analysis.py reports --out reports/analysis
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import unionmine
from unionmine.schema import OTHER, THEMES
from unionmine.store.tables import write_csv, write_parquet
from unionmine.themes import theme_profile


def tidy_shares(folder: Path) -> pd.DataFrame:
    """One row per (article, theme): the share of the article's characters in that theme."""
    tables = unionmine.load(folder)
    docs = tables["documents"]
    docs = docs[docs["on_topic"] & docs["duplicate_of"].isna()]  # what the report compares too
    profile = theme_profile(tables["sections"])
    wide = docs[["doc_id", "org", "org_type", "year", "kind"]].merge(profile, on="doc_id")
    long = wide.melt(
        id_vars=["doc_id", "org", "org_type", "year", "kind"],
        value_vars=[f"share_{t}" for t in [*THEMES, OTHER]],
        var_name="theme",
        value_name="share",
    )
    long["theme"] = long["theme"].str.removeprefix("share_")
    return long.sort_values(["doc_id", "theme"]).reset_index(drop=True)


def mean_with_ci(long: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Mean share per group and theme with n and a normal-approximation 95% interval."""
    grouped = long.groupby([*by, "theme"], dropna=False)["share"]
    table = grouped.agg(n="size", mean="mean", sd="std").reset_index()
    half = 1.96 * table["sd"].fillna(0) / table["n"].pow(0.5)
    table["ci_low"] = (table["mean"] - half).clip(lower=0)
    table["ci_high"] = (table["mean"] + half).clip(upper=1)
    return table.drop(columns="sd")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="an output folder of `unionmine run`")
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: FOLDER/analysis)")
    args = parser.parse_args(argv)
    out = args.out or args.folder / "analysis"

    long = tidy_shares(args.folder)
    by_kind = mean_with_ci(long, ["kind"])
    by_org_type = mean_with_ci(long, ["org_type"])
    # SQL over the same folder, for the counts a methods section reports.
    counts = unionmine.sql(
        args.folder,
        "select kind, coalesce(org_type, 'unknown') as org_type, count(*) as n_articles, "
        "count(year) as n_dated, sum(n_chars) as n_chars from documents "
        "where on_topic and duplicate_of is null group by all order by all",
    )
    for name, table in (("shares_long", long), ("by_kind", by_kind), ("by_org_type", by_org_type),
                        ("counts", counts)):
        write_parquet(table, out / f"{name}.parquet")
        write_csv(table, out / f"{name}.csv")

    with pd.option_context("display.width", 160, "display.max_rows", 60):
        print(counts.to_string(index=False))
        print()
        pivot = by_kind.pivot(index="kind", columns="theme", values="mean").round(3)
        print("mean share by kind:")
        print(pivot.to_string())
    print(f"\nwritten to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
