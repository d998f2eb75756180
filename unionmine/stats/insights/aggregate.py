"""Beyond the counts: template reuse, dating, indicators, plans kept, formulaic language.

`compute_insights` runs the five analyses and returns the report's tables, keyed by a short
name, each as (Chinese title, DataFrame with Chinese column names). The analyses themselves
are library functions in reuse, dating, indicators, plans and specificity.
"""

from __future__ import annotations

import pandas as pd

from ...documents.dating import date_documents, dating_accuracy
from ...labels import labels, say
from ...schema import DOCUMENT_FIELDS
from .indicators import indicator_totals, indicators_table
from .plans import match_plans
from .reuse import find_reuse
from .specificity import specificity_table

TOP_PASSAGES = 50
KIND_NAMES = dict(labels()["values"]["indicator_kind"])  # display text lives in data/labels.toml
PLAN_STATUS_ZH = dict(labels()["values"]["plan_status"])


def _rename(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """DF's columns that insight TABLE shows, in its order, under their Chinese headers (labels.toml)."""
    names = labels()["insight_columns"][table]
    return df[[c for c in names if c in df.columns]].rename(columns=names)


def _titled(table: str, df: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    return say(f"insights.{table}"), _rename(df, table)


def _documents(documents: pd.DataFrame) -> pd.DataFrame:
    docs = documents.copy()
    if "on_topic" in docs:
        docs = docs[docs["on_topic"].fillna(True).astype(bool)]
    for field in DOCUMENT_FIELDS:  # an absent column takes its declared default, as everywhere
        if field.name in ("title", "org", "year", "year_source", "kind", "text") and field.name not in docs:
            docs[field.name] = field.default
    return docs.reset_index(drop=True)


def compute_insights(
    documents: pd.DataFrame,
    sections: pd.DataFrame,
    reference_texts: list[str] | None = None,
    measures: dict[str, pd.DataFrame] | None = None,
) -> dict[str, tuple[str, pd.DataFrame]]:
    """Return the report's 'beyond the counts' tables keyed by name: (Chinese title, table).

    MEASURES: the per-article tables ingest wrote ("profiles", "indicators"; see
    `unionmine.run.measures`): indicators, specificity and year ranges are then read, not redone.
    """
    measures = measures or {}
    docs = _documents(documents)
    secs = sections if sections is not None else pd.DataFrame()
    if len(secs) and "doc_id" in secs:
        secs = secs[secs["doc_id"].isin(docs["doc_id"])]
    out: dict[str, tuple[str, pd.DataFrame]] = {}

    # 1. Template reuse
    _sentences, originality, passages = find_reuse(docs, references=reference_texts)
    out["originality"] = _titled("originality", originality.sort_values("originality", na_position="last"))
    out["copied_passages"] = _titled("copied_passages", passages.head(TOP_PASSAGES))

    # 2. Dating
    dated = date_documents(docs, stored="profiles" in measures)
    undated = dated[dated["year"].isna()]
    out["inferred_years"] = _titled("inferred_years", undated)
    contradicted = dated[dated["consistent"].fillna(True).astype(bool).eq(False)
                         & dated["year_source"].ne("inferred")]
    out["year_conflicts"] = _titled("year_conflicts", contradicted)
    acc = dating_accuracy(dated)
    out["dating_check"] = _titled("dating_check", pd.DataFrame([acc]))

    # 3. Indicators
    if "indicators" in measures:
        stored = measures["indicators"]
        indicators = stored[stored["doc_id"].isin(docs["doc_id"])].reset_index(drop=True)
    else:
        indicators = indicators_table(docs, secs if len(secs) else None)
    shown = indicators.copy()
    shown["kind"] = shown["kind"].map(KIND_NAMES).fillna(shown["kind"])
    out["indicators"] = _titled("indicators", shown)
    totals = indicator_totals(indicators, docs)
    totals["kind"] = totals["kind"].map(KIND_NAMES).fillna(totals["kind"])
    totals["year"] = [(say("words.unknown") if pd.isna(v) else int(v)) for v in totals["year"]]
    out["indicator_totals"] = _titled("indicator_totals", totals)

    # 4. Plans kept
    pairs, items = match_plans(docs, secs if len(secs) else None)
    if len(pairs):
        out["plans_kept"] = _titled("plans_kept", pairs)
        items = items.assign(status=items["status"].map(PLAN_STATUS_ZH)).drop(columns=["kept"])
        out["plan_items"] = _titled("plan_items", items)
    else:
        out["plans_kept"] = _titled("plans_kept", pd.DataFrame([{"note": say("insights.no_plan_pairs")}]))

    # 5. Formulaic language
    spec = _stored_specificity(docs, measures["profiles"]) if "profiles" in measures else specificity_table(docs)
    out["specificity"] = _titled("specificity", spec.sort_values("specificity", na_position="last"))
    return out


def _stored_specificity(docs: pd.DataFrame, profiles: pd.DataFrame) -> pd.DataFrame:
    """`specificity_table`'s rows from the shares ingest wrote (n_chars is the text's length there too)."""
    cols = ["stock_share", "fact_share", "specificity"]
    table = docs[["doc_id", "title", "n_chars"]].merge(profiles[["doc_id", *cols]], on="doc_id", how="left")
    return table[["doc_id", "title", "n_chars", *cols]]
