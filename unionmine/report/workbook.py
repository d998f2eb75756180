"""Write the statistics as CSV files (with BOM, bilingual headers) and one xlsx workbook."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from ..labels import column_label, labels, say, value_label
from ..stats.columns import SHARE_COLUMNS
from ..store.tables import atomic_path, write_csv, write_csv_batches
from .stamp import fixed_office_file, report_time


def _insight_headers(*pairs: tuple[str, str]) -> set[str]:
    """The Chinese headers the insight tables carry for these (table, column) pairs (`labels.toml`)."""
    return {labels()["insight_columns"][table][col] for table, col in pairs}


#: shares shown as 81.8%: the statistics' and the insight tables' (originality, stock phrases and
#: facts, plans kept, dating coverage), so that one table does not print 0.8177570093457944
PERCENT_COLUMNS = {*SHARE_COLUMNS, "share", "corpus_share", *_insight_headers(
    ("originality", "originality"), ("specificity", "stock_share"), ("specificity", "fact_share"),
    ("plans_kept", "follow_through"), ("dating_check", "coverage"))}
XLSX_MAX_ROWS = 1_048_575
"""Data rows one sheet may hold (Excel's 1,048,576 rows less the header); a longer table's sheet
says where the whole table is (stats/NAME.csv) instead."""
DECIMAL_COLUMNS = {"z", "std_diff", "log_odds", *_insight_headers(("specificity", "specificity"),
                                                                   ("plan_items", "similarity"))}

# ---------------------------------------------------------------- CSV and xlsx


def _labelled(df: pd.DataFrame, english: bool = True) -> pd.DataFrame:
    return df.rename(columns={c: column_label(c, english) for c in df.columns})


#: places a share (0.1429, 14.29%) and a change of share keep in stats/*.csv, and a score (z, log-odds):
#: a reader saw 0.14285714285714285; report.xlsx's cells and the Parquet tables keep every digit
CSV_PLACES = {**dict.fromkeys([*PERCENT_COLUMNS, "diff"], 4), **dict.fromkeys(DECIMAL_COLUMNS, 3)}


def _for_excel(df: pd.DataFrame) -> pd.DataFrame:
    """Headers '中文 english', shares and scores to CSV_PLACES, and yes/no columns as 是/否: Excel shows a
    CSV's booleans as the English TRUE/FALSE (the Parquet tables keep their booleans for scripts)."""
    flags = [c for c in df.columns if pd.api.types.is_bool_dtype(df[c].dtype) or (
        df[c].dtype == object and len(df[c].dropna()) and all(isinstance(v, bool) for v in df[c].dropna()))]
    if flags:
        yes, no = say("words.yes"), say("words.no")
        df = df.assign(**{c: [None if pd.isna(v) else (yes if v else no) for v in df[c]] for c in flags})
    rounded = {c: CSV_PLACES[c] for c in df.columns if c in CSV_PLACES and pd.api.types.is_float_dtype(df[c].dtype)}
    if rounded:  # + 0.0: a change rounded to nothing is 0.0, never -0.0
        df = df.assign(**{c: df[c].round(places) + 0.0 for c, places in rounded.items()})
    return _labelled(df)


def _insight_english(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """An insight table's Chinese headers (labels.toml) as '中文 english', like the statistics' CSV headers:
    '文章编号 doc_id', '年份 year' are the names a script joins on (report.xlsx and report.html keep the Chinese)."""
    english = {zh: en for en, zh in labels()["insight_columns"].get(table, {}).items()}
    return df.rename(columns={c: f"{c} {english[c]}" for c in df.columns if c in english})


def write_stats_csv(
    stats: dict[str, pd.DataFrame], insights: dict[str, tuple[str, pd.DataFrame]], folder: Path
) -> list[Path]:
    """One CSV per table (UTF-8 with BOM, headers '中文 english', 是/否); stale insight tables are removed."""
    paths = [write_csv(_for_excel(df), folder / csv_name(name)) for name, df in stats.items()]
    for name, (_title, df) in insights.items():
        def csv_frame(part: pd.DataFrame, name: str = name) -> pd.DataFrame:
            return _insight_english(_for_excel(part), name)

        if is_streamed(df):  # a table read in batches (`stats.streamed.StoredFrame`): written batch by batch
            paths.append(write_csv_batches((csv_frame(b) for b in df.batches()), folder / csv_name(name, insight=True)))
        else:
            paths.append(write_csv(csv_frame(df), folder / csv_name(name, insight=True)))
    keep = {p.name for p in paths}
    for old in folder.glob("insight_*.csv"):
        if old.name not in keep:
            old.unlink()
    return paths


def is_streamed(df) -> bool:
    """True for a table read in batches when written (`stats.streamed.StoredFrame`), not held whole."""
    return not isinstance(df, pd.DataFrame) and hasattr(df, "batches")


def csv_name(name: str, insight: bool = False) -> str:
    """The file name under stats/ of the statistics table (or insight table) NAME."""
    return f"insight_{_safe_name(name)}.csv" if insight else f"{name}.csv"


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w\-]+", "_", str(name)).strip("_") or "table"


def _sheet_name(title: str, used: set[str]) -> str:
    # Excel refuses []:*?/\ in sheet names; a Chinese title's ":" becomes the full-width "：" it reads as
    base = re.sub(r"[\[\]:*?/\\]", "_", title.replace(":", "：")).strip("'")[:31] or say("report_text.sheet")
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
            df[col] = ["" if v is None or pd.isna(v) else say("words.yes") if v is True or v == 1 else say("words.no")
                       for v in df[col]]  # 否 as in stats/*.csv: a blank cell reads as 'not known'
    return df


def _plain(values: pd.Series) -> list:
    """VALUES as Python scalars, missing ones None (a blank cell)."""
    return [None if v is None or (not isinstance(v, str) and pd.isna(v)) else (v.item() if hasattr(v, "item") else v)
            for v in values.tolist()]


def write_xlsx(stats: dict[str, pd.DataFrame], insights: dict[str, tuple[str, pd.DataFrame]], path: Path) -> Path:
    """report.xlsx: one sheet per table, frozen header row, Chinese and English headers, percents formatted.

    Written row by row by a write-only workbook (openpyxl streams each sheet to a temporary file), so
    that memory does not grow with the cells: a full workbook held ~200 bytes a cell, a gigabyte for
    the tables of 100,000 articles."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    titles = labels()["tables"]
    sheets = [(titles.get(name, name), df, csv_name(name)) for name, df in stats.items()]
    sheets += [(title or name, df, csv_name(name, insight=True)) for name, (title, df) in insights.items()]
    used: set[str] = set()
    names = stats.get("by_org")  # every organisation's name: a 单位 column is as wide as the longest one
    name_width = max((_width(str(o)) for o in names["org"].dropna()), default=0) \
        if isinstance(names, pd.DataFrame) and "org" in names.columns else 0
    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, df, csv in sheets:
        ws = book.create_sheet(_sheet_name(title, used))
        if len(df) > XLSX_MAX_ROWS:
            note = say("report_text.xlsx_capped", total=len(df), limit=XLSX_MAX_ROWS, csv=csv)
            ws.column_dimensions["A"].width = 120
            ws.append([_header_cell(ws, say("report_text.note"), bold, WriteOnlyCell)])
            ws.append([note])
            continue
        # a table read in batches (`stats.streamed.StoredFrame`) is written batch by batch: the same cells
        streamed = is_streamed(df)
        frame = _for_people(df.head(200) if streamed else df)
        ws.freeze_panes = "A2"
        if len(frame.columns):  # Excel's filter buttons on the header: a year, a kind, then sort by a theme
            ws.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(df) + 1}"
        formats = []
        for j, col in enumerate(frame.columns, start=1):
            header = column_label(col)
            sample = [_width(str(v)) for v in frame[col].head(200)]
            if col in ORG_HEADERS:  # a long name below the 200 rows sampled (数量指标：逐条) was cut
                sample.append(name_width)
            ws.column_dimensions[get_column_letter(j)].width = min(60, max([_width(header) + 2, *sample]) + 2)
            formats.append("0.0%" if col in PERCENT_COLUMNS else "+0.0%;-0.0%;0.0%" if col == "diff" else (
                "0.00" if col in DECIMAL_COLUMNS else LINK if col == "source_url" else None))
        ws.append([_header_cell(ws, name, bold, WriteOnlyCell) for name in _labelled(frame).columns])
        for part in ((_for_people(b) for b in df.batches()) if streamed else [frame]):
            columns = [_plain(part[col]) for col in part.columns]
            for row in zip(*columns):
                ws.append([value if fmt is None or value is None else _formatted(ws, value, fmt, WriteOnlyCell)
                           for value, fmt in zip(row, formats)])
            del columns
    if not sheets:
        book.create_sheet(say("report_text.empty_sheet"))
    with atomic_path(path) as tmp:
        book.save(tmp)
        fixed_office_file(tmp, report_time())  # the same bytes for the same tables (report/stamp.py)
    return path


ORG_HEADERS = {"org", *(t["org"] for t in labels()["insight_columns"].values() if "org" in t)}
"""A column of organisation names, by its English name or an insight table's Chinese header."""


def _width(text: str) -> int:
    """TEXT's width in Excel's units: a Chinese (wide or full-width) character takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _header_cell(ws, value, font, cell_type):
    cell = cell_type(ws, value=value)
    cell.font = font
    return cell


LINK = "link"
"""The format of a column of web addresses (`source_url`): each a link Excel opens with a click."""


def _formatted(ws, value, fmt: str, cell_type):
    cell = cell_type(ws, value=value)
    if fmt != LINK:
        cell.number_format = fmt
    elif str(value).lower().startswith(("http://", "https://")):
        cell.hyperlink, cell.style = str(value), "Hyperlink"
    return cell
