"""Display text shared by the HTML and Word reports: cell values, Chinese headers, the overview
in prose and the list of skipped inputs in Chinese."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..documents.problems import problem_code, reason_zh
from ..schema import THEMES
from ..stats.columns import SHARE_COLUMNS
from ..stats.filters import Filters
from ..stats.labels import column_label, labels, value_label
from .workbook import DECIMAL_COLUMNS, PERCENT_COLUMNS

HEADERS = dict(labels()["html_headers"])  # display text lives in data/labels.toml
HTML_HEADERS = HEADERS  # the name the HTML report gave them first


def cell_text(col: str, value: object) -> tuple[str, str | None]:
    """Display text and numeric sort key of one cell."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return "、".join(map(str, value)), None
    if value is None or pd.isna(value):
        text = {"year": "不详", "org": "单位不详"}.get(col, "")
        return text, ""
    if col in ("org_type", "kind"):
        return value_label(col, value), None
    if isinstance(value, (bool,)) or col == "too_small":
        return ("是" if value else ""), None
    if col in PERCENT_COLUMNS:
        return f"{float(value) * 100:.1f}%", repr(float(value))
    if col == "diff":
        return f"{float(value) * 100:+.1f}", repr(float(value))
    if col in DECIMAL_COLUMNS:
        return f"{float(value):.2f}", repr(float(value))
    if isinstance(value, (int,)) or (hasattr(value, "dtype") and "int" in str(getattr(value, "dtype", ""))):
        return str(int(value)), str(int(value))
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else f"{value:.2f}"), repr(value)
    return str(value), None


def header(col: str) -> str:
    """The Chinese header of column COL in the reports."""
    return HEADERS.get(col) or column_label(col, english=False)


def overview_paragraphs(stats: dict[str, pd.DataFrame], filters: Filters | None) -> list[str]:
    """The overview in prose: what was compared, what was left out and why, the main finding."""
    arts = stats["articles"]
    counts = stats["overview"].attrs["counts"]  # raw values: no display text is parsed back
    n, n_orgs = len(arts), arts["org"].nunique()
    years = arts["year"].dropna()
    span = f"{int(years.min())}年至{int(years.max())}年" if len(years) else "年份均不详"
    kinds = arts["kind"].value_counts()
    kind_text = "、".join(f"{value_label('kind', k)}{int(v)}篇" for k, v in kinds.items())
    parts = [f"本报告比较了{n_orgs}个单位的{n}篇工会工作文档({span}{';' + kind_text if kind_text else ''})。"]
    left = []
    for key, what in (("off_topic", "不属于工会工作"), ("duplicates", "与其他文章几乎重复")):
        if counts[key]:
            left.append(f"{counts[key]}篇{what}({'已纳入统计' if counts[key + '_included'] else '未纳入统计'})")
    unknown = int(arts["year"].isna().sum())
    if unknown:
        left.append(f"{unknown}篇年份不详(计入各表,但不进入年度趋势图)")
    if counts["problems"]:
        left.append(f"{counts['problems']}个文件未能读取或只读了一部分")
    if left:
        parts.append("另有" + ";".join(left) + "。详见文末“未纳入的内容及原因”。")
    if n and arts[SHARE_COLUMNS].notna().any().any():
        means = arts[SHARE_COLUMNS].mean()
        main = [(t, means[f"share_{t}"]) for t in THEMES]
        top = max(main, key=lambda x: x[1])
        low = min(main, key=lambda x: x[1])
        parts.append(f"四项工会工作中,篇幅最多的是“{top[0]}”(平均占全文{top[1] * 100:.1f}%),"
                     f"最少的是“{low[0]}”({low[1] * 100:.1f}%)。")
    parts.append((filters or Filters()).describe() + "。")
    return parts


def skipped_inputs(problems: pd.DataFrame) -> pd.DataFrame:
    """The inputs skipped or partly read, for the reader: source, stage and reason in Chinese.

    A problems.csv written before the Chinese reasons existed gets them from its English ones.
    """
    df = problems.copy()
    if "reason" not in df:
        df["reason"] = ""
    reasons = df["reason"].fillna("").astype(str)
    if "code" not in df:
        df["code"] = [problem_code(r) for r in reasons]
    if "reason_zh" not in df:
        df["reason_zh"] = [reason_zh(r) for r in reasons]
    df["stage"] = [value_label("stage", s) for s in df.get("stage", pd.Series([""] * len(df)))]
    return df.reindex(columns=["source", "stage", "reason_zh"]).reset_index(drop=True)
