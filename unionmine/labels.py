"""Display text: every Chinese label, word and sentence the outputs show, read from data/labels.toml.

The one labels module, a leaf every stage may read: column and value names (`column_label`,
`value_label`), the Chinese messages of problem codes (`labels()["problems"]`, used by
documents/problems), and the fixed words and sentences of the statistics, charts and reports
(`say`). No module of stats/ or report/ writes Chinese display text itself
(tests/test_display_text.py).
"""

from __future__ import annotations

import functools
import math

import pandas as pd

from .store.paths import read_data_toml

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
        return say("words.unknown")
    return labels().get("values", {}).get(kind, {}).get(str(value), str(value))


def say(key: str, **values: object) -> str:
    """The display text KEY ("section.name", e.g. "report_text.no_data") with its {placeholders}
    filled from VALUES (`str.format`: "{share:.1f}" formats a number)."""
    found: object = labels()
    for part in key.split("."):
        found = found[part]  # a KeyError names the missing key: add it to data/labels.toml
    if not isinstance(found, str):
        raise TypeError(f"labels.toml: {key} is a table, not a text")
    return found.format(**values) if values else found


def insight_column(table: str, name: str) -> str:
    """The Chinese header an insight TABLE ("originality", "indicator_totals", ...) gives column NAME."""
    return labels()["insight_columns"][table][name]
