#!/usr/bin/env python3
"""A district education union compares its schools: who does what, how much, and how it changes.

Reads an output folder of `unionmine run` (or runs the pipeline first with --corpus) and
writes one Excel workbook a district office can open, with three sheets:

- 各校主题构成: each school's mean theme profile and number of documents;
- 与全区平均比较: which themes each school over- or under-weights (difference and z score);
- 逐年变化: each school's profile per year and kind (summaries apart from plans, as the report's
  year tables keep them) and the change from its previous year of the same kind.

    python scripts/district_compare.py reports --xlsx reports/district_comparison.xlsx
    python scripts/district_compare.py out --corpus my_district_docs/ --org-type school
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import unionmine
from unionmine.labels import value_label
from unionmine.run.pipeline import run
from unionmine.stats import tables as stats
from unionmine.store.tables import atomic_path
from unionmine.themes import theme_profile

SHARES = [f"share_{t}" for t in stats.ALL_THEMES]
CHINESE = {f"share_{t}": f"{t}占比" for t in stats.ALL_THEMES} | {
    "org": "单位", "year": "年份", "n_docs": "文章数", "theme": "主题", "share": "该单位占比",
    "corpus_share": "全区平均占比", "diff": "差值", "z": "标准分", "tendency": "倾向",
    "too_small": "样本过少", "mean_chars": "平均字数", "n_years": "年份数", "kind": "类别",
}


def school_tables(folder: Path, org_types: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """The three comparison tables for the organisations of ORG_TYPES in FOLDER."""
    tables = unionmine.load(folder)
    compared, _ = stats.select_documents(tables["documents"], stats.Filters(org_types=org_types))
    compared = compared[compared["org"].notna()]
    docs = stats.with_profile(compared, theme_profile(tables["sections"]))
    profile = stats.group_profile(docs, "org")
    versus = stats.compare_to_average(docs, "org")
    # a plan for 2020 (what was meant) and a summary of 2020 (what was done) are different things: a
    # year's row never averages the two, and a change is from the previous year of the same kind
    yearly = stats.by_year_and_kind(docs[docs["year"].notna()], ["org", "year"], min_n=1)
    yearly["_order"] = yearly["kind"].map(stats.KIND_ORDER).fillna(len(stats.KIND_ORDER))
    yearly = yearly.sort_values(["org", "_order", "year"], kind="stable").drop(columns="_order")
    for col in SHARES:
        yearly[f"{col}_change"] = yearly.groupby(["org", "kind"], dropna=False)[col].diff()
    yearly["kind"] = [value_label("kind", kind) for kind in yearly["kind"]]
    yearly = yearly.reset_index(drop=True)
    return {"各校主题构成": profile, "与全区平均比较": versus, "逐年变化": yearly}


def write_workbook(tables: dict[str, pd.DataFrame], path: Path) -> Path:
    """Write TABLES to one .xlsx, Chinese headers, frozen first row, atomically."""
    with atomic_path(path) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for sheet, table in tables.items():
            renamed = table.rename(columns=lambda c: CHINESE.get(c, c.replace("_change", "较上年变化")
                                                               .replace("share_", "")))
            renamed.to_excel(writer, sheet_name=sheet, index=False)
            writer.sheets[sheet].freeze_panes = "A2"
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="output folder of `unionmine run` (written first with --corpus)")
    parser.add_argument("--corpus", type=Path, default=None, help="run the pipeline on this corpus first")
    parser.add_argument("--org-type", action="append", default=None,
                        help="organisation types to compare (default: school; repeat for several)")
    parser.add_argument("--xlsx", type=Path, default=None, help="workbook path (default: FOLDER/district_comparison.xlsx)")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        run([args.corpus], args.folder, progress=False)
    tables = school_tables(args.folder, tuple(args.org_type or ["school"]))
    path = write_workbook(tables, args.xlsx or args.folder / "district_comparison.xlsx")
    profile = tables["各校主题构成"]
    print(f"{len(profile)} organisations compared; workbook: {path}")
    with pd.option_context("display.width", 160):
        print(profile[["org", "n_docs", *SHARES]].round(3).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
