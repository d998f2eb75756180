"""Display labels (Chinese and English) of columns and values, read from data/labels.toml."""

from __future__ import annotations

import functools
import math

import pandas as pd

from ..store.paths import read_data_toml

# ---------------------------------------------------------------- labels


@functools.lru_cache(maxsize=1)
def labels() -> dict:
    """The Chinese names of columns, tables and coded values (``data/labels.toml``)."""
    return read_data_toml("labels.toml", what="column labels")[0]


def column_label(name: str, english: bool = True) -> str:
    """'送温暖占比 share_送温暖' (or only the Chinese part when ENGLISH is false)."""
    zh = labels()["columns"].get(name)
    if zh is None:
        return name
    return f"{zh} {name}" if english else zh


def value_label(kind: str, value: object) -> str:
    """Chinese name of a coded value such as org_type 'school' or kind 'plan'."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "不详"
    return labels().get("values", {}).get(kind, {}).get(str(value), str(value))
