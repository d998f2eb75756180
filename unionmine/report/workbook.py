"""Write the statistics as CSV files (with BOM, bilingual headers) and one xlsx workbook."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..labels import column_label, labels, say, value_label
from ..stats.columns import SHARE_COLUMNS
from ..store.tables import atomic_path, write_csv

PERCENT_COLUMNS = {*SHARE_COLUMNS, "share", "corpus_share"}
XLSX_MAX_ROWS = 1_048_575
"""Data rows one sheet may hold (Excel's 1,048,576 rows less the header); a longer table's sheet
says where the whole table is (stats/NAME.csv) instead."""
DECIMAL_COLUMNS = {"z", "std_diff", "log_odds"}

# ---------------------------------------------------------------- CSV and xlsx


def _labelled(df: pd.DataFrame, english: bool = True) -> pd.DataFrame:
    return df.rename(columns={c: column_label(c, english) for c in df.columns})


def write_stats_csv(
    stats: dict[str, pd.DataFrame], insights: dict[str, tuple[str, pd.DataFrame]], folder: Path
) -> list[Path]:
    """One CSV per table (UTF-8 with BOM, headers '中文 english'); stale insight tables are removed."""
    paths = [write_csv(_labelled(df), folder / csv_name(name)) for name, df in stats.items()]
    for name, (_title, df) in insights.items():
        paths.append(write_csv(_labelled(df), folder / csv_name(name, insight=True)))
    keep = {p.name for p in paths}
    for old in folder.glob("insight_*.csv"):
        if old.name not in keep:
            old.unlink()
    return paths


def csv_name(name: str, insight: bool = False) -> str:
    """The file name under stats/ of the statistics table (or insight table) NAME."""
    return f"insight_{_safe_name(name)}.csv" if insight else f"{name}.csv"


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w\-]+", "_", str(name)).strip("_") or "table"


def _sheet_name(title: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", "_", title)[:31] or say("report_text.sheet")
    name, k = base, 2
    while name in used:
        suffix = f"_{k}"
        name, k = base[: 31 - len(suffix)] + suffix, k + 1
    used.add(name)
    return name


def _for_people(df: pd.DataFrame) -> pd.DataFrame:
    """Coded values in Chinese, unknown years and organisations spelled out (xlsx and HTML)."""
    df = df.copy()
    for col in ("org_type", "kind"):
        if col in df.columns:
            df[col] = [value_label(col, v) for v in df[col]]
    if "year" in df.columns:
        df["year"] = [(say("words.unknown") if pd.isna(v) else int(v)) for v in df["year"]]
    if "org" in df.columns:
        df["org"] = [say("words.unknown_org") if pd.isna(v) else v for v in df["org"]]
    for col in df.columns:
        if df[col].dtype == bool or col in ("too_small", "on_topic"):
            df[col] = [say("words.yes") if (v is True or v == 1) and not pd.isna(v) else "" for v in df[col]]
    return df


def write_xlsx(stats: dict[str, pd.DataFrame], insights: dict[str, tuple[str, pd.DataFrame]], path: Path) -> Path:
    """report.xlsx: one sheet per table, frozen header row, Chinese and English headers, percents formatted."""
    titles = labels()["tables"]
    sheets = [(titles.get(name, name), df, csv_name(name)) for name, df in stats.items()]
    sheets += [(title or name, df, csv_name(name, insight=True)) for name, (title, df) in insights.items()]
    used: set[str] = set()
    with atomic_path(path) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for title, df, csv in sheets:
            sheet = _sheet_name(title, used)
            if len(df) > XLSX_MAX_ROWS:
                note = say("report_text.xlsx_capped", total=len(df), limit=XLSX_MAX_ROWS, csv=csv)
                pd.DataFrame({say("report_text.note"): [note]}).to_excel(writer, sheet_name=sheet, index=False)
                writer.sheets[sheet].column_dimensions["A"].width = 120
                continue
            frame = _for_people(df)
            _labelled(frame).to_excel(writer, sheet_name=sheet, index=False)
            ws = writer.sheets[sheet]
            ws.freeze_panes = "A2"
            for j, col in enumerate(frame.columns, start=1):
                letter = ws.cell(row=1, column=j).column_letter
                header = column_label(col)
                sample = [len(str(v)) for v in frame[col].head(200)]
                ws.column_dimensions[letter].width = min(60, max([len(header) + 2, *sample]) + 2)
                fmt = "0.0%" if col in PERCENT_COLUMNS else "+0.0%;-0.0%;0.0%" if col == "diff" else (
                    "0.00" if col in DECIMAL_COLUMNS else None)
                if fmt:
                    for cell in ws.iter_rows(min_row=2, min_col=j, max_col=j):
                        cell[0].number_format = fmt
    return path
