"""Beyond the counts: template reuse, dating, indicators, plans kept, formulaic language.

`compute_insights` runs the five analyses and returns the report's tables, keyed by a short
name, each as (Chinese title, DataFrame with Chinese column names). The analyses themselves
are library functions in reuse, dating, indicators, plans and specificity.
"""

from __future__ import annotations

import functools

import pandas as pd

from ...documents.dating import date_documents, dating_accuracy
from ...labels import labels, say
from ...schema import DOCUMENT_FIELDS
from ..stored import plan_candidates
from ..streamed import StoredFrame
from .indicators import indicator_totals, indicators_table
from .plans import match_plans, org_key
from .reuse import find_reuse, find_reuse_stream
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
    stored=None,
) -> dict[str, tuple[str, pd.DataFrame]]:
    """Return the report's 'beyond the counts' tables keyed by name: (Chinese title, table).

    MEASURES: the per-article tables ingest wrote ("profiles", "indicators"; see
    `unionmine.run.measures`): indicators, specificity and year ranges are then read, not redone.
    STORED (`stats.stored.StoredTables` of the output folder): DOCUMENTS need no text; the reuse pass
    streams the texts in batches and the plans read only the texts and sections of the articles that
    can pair (the same tables).
    """
    measures = measures or {}
    docs = _documents(documents)
    secs = sections if sections is not None else pd.DataFrame()
    if len(secs) and "doc_id" in secs:
        secs = secs[secs["doc_id"].isin(docs["doc_id"])]
    out: dict[str, tuple[str, pd.DataFrame]] = {}

    # 1. Template reuse
    named = docs.assign(title=[_named(o, t) for o, t in zip(docs["org"], docs["title"])])  # a passage's 出现于
    if stored is not None:
        originality, passages = find_reuse_stream(named, stored.texts(docs["doc_id"]), references=reference_texts,
                                                  top=TOP_PASSAGES)
    else:
        _sentences, originality, passages = find_reuse(named, references=reference_texts)
    originality = _whose(originality.drop(columns="title"), docs)  # its own title, not the passage's name
    out["originality"] = _titled("originality", originality.sort_values("originality", na_position="last"))
    out["copied_passages"] = _titled("copied_passages", passages.head(TOP_PASSAGES))

    # 2. Dating
    dated = date_documents(docs, stored="profiles" in measures)
    undated = dated[dated["year"].isna()]
    out["inferred_years"] = _titled("inferred_years", _whose(undated, docs))
    contradicted = dated[dated["consistent"].fillna(True).astype(bool).eq(False)
                         & dated["year_source"].ne("inferred")]
    out["year_conflicts"] = _titled("year_conflicts", _whose(contradicted, docs))
    acc = dating_accuracy(dated)
    out["dating_check"] = _titled("dating_check", pd.DataFrame([acc]))

    # 3. Indicators
    if "indicators" in measures:
        kept = measures["indicators"]
        indicators = kept[kept["doc_id"].isin(docs["doc_id"])].reset_index(drop=True)
    else:
        indicators = indicators_table(docs, secs if len(secs) else None)
    if stored is not None and "indicators" in measures and stored.has("indicators"):
        # every quantity with its sentence: read from indicators.parquet in batches when written
        out["indicators"] = (say("insights.indicators"),
                             StoredFrame(stored, "indicators", doc_ids=docs["doc_id"],
                                         transform=functools.partial(_shown_indicators, documents=docs)))
    else:
        out["indicators"] = (say("insights.indicators"), _shown_indicators(indicators, docs))
    totals = indicator_totals(indicators, docs)
    totals["kind"] = totals["kind"].map(KIND_NAMES).fillna(totals["kind"])
    totals["year"] = [(say("words.unknown") if pd.isna(v) else int(v)) for v in totals["year"]]
    out["indicator_totals"] = _titled("indicator_totals", totals)

    # 4. Plans kept
    if stored is not None:
        pairs, items = _stored_plans(docs, stored)
    else:
        pairs, items = match_plans(docs, secs if len(secs) else None)
    if len(pairs):
        out["plans_kept"] = _titled("plans_kept", pairs)
        items = items.assign(status=items["status"].map(PLAN_STATUS_ZH)).drop(columns=["kept"])
        out["plan_items"] = _titled("plan_items", items)
    else:
        out["plans_kept"] = _titled("plans_kept", pd.DataFrame([{"note": say("insights.no_plan_pairs")}]))

    # 5. Formulaic language
    spec = _stored_specificity(docs, measures["profiles"]) if "profiles" in measures else specificity_table(docs)
    out["specificity"] = _titled("specificity", _whose(spec, docs).sort_values("specificity", na_position="last"))
    return out


def _named(org: object, title: object) -> str:
    """An article as a passage's 出现于 names it: its title, after its organisation when the title does
    not hold it (five schools' 2024年工会工作总结 were one title there, and whose was not said)."""
    title = "" if title is None or pd.isna(title) else str(title)
    if org is None or pd.isna(org) or str(org) in title:
        return title
    return f"{org}：{title}" if title else str(org)


def _whose(table: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """TABLE (one row an article, by doc_id) with the article's organisation, and its year and title where
    TABLE has none: a district officer tells five schools' 2024年工会工作总结 apart by them, not by an id."""
    wanted = [c for c in ("org", "year", "title") if c not in table.columns]
    if not wanted or not len(docs):
        return table
    who = docs[["doc_id", *wanted]].drop_duplicates("doc_id")
    return table.merge(who, on="doc_id", how="left").set_axis(table.index)


def _shown_indicators(indicators: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The indicators insight table: kinds in Chinese, each row's organisation, year and title from
    DOCUMENTS (a reader cannot tell whose a quantity is from an article id), the shown columns under
    their headers (row by row, in order)."""
    shown = indicators.copy()
    if documents is not None:
        who = documents[["doc_id", "org", "year", "title"]].drop_duplicates("doc_id")
        shown = shown.merge(who, on="doc_id", how="left")
    shown["kind"] = shown["kind"].map(KIND_NAMES).fillna(shown["kind"])
    return _rename(shown, "indicators")


PLAN_CHUNK = 1_000
"""Articles whose texts and sections the plans pass reads at once (out of core)."""


def _stored_plans(docs: pd.DataFrame, stored) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`match_plans` over the articles that can pair, read from STORED a chunk of organisations at a
    time (every pair lies within one organisation), in `match_plans`' order: the same tables."""
    wanted = plan_candidates(docs)
    if not wanted:
        return match_plans(docs.iloc[:0], None)
    position = {d: i for i, d in enumerate(docs["doc_id"])}
    candidates = docs[docs["doc_id"].isin(set(wanted))].drop(columns=["text"])
    keys = [org_key(o) for o in candidates["org"]]
    chunks, chunk, size = [], [], 0
    for _key, group in candidates.groupby(pd.Series(keys, index=candidates.index), sort=False):
        chunk.append(group)
        size += len(group)
        if size >= PLAN_CHUNK:
            chunks.append(pd.concat(chunk))
            chunk, size = [], 0
    if chunk:
        chunks.append(pd.concat(chunk))
    pair_frames, item_frames = [], []
    for part in chunks:
        part = part.sort_values("doc_id", key=lambda ids: ids.map(position), kind="stable")
        ids = part["doc_id"].tolist()
        texts = stored.read("documents", ["doc_id", "text"], ids)
        plan_docs = part.merge(texts, on="doc_id", how="left")
        plan_secs = stored.sections_of(ids) if stored.has("sections") else pd.DataFrame()
        found_pairs, found_items = match_plans(plan_docs, plan_secs if len(plan_secs) else None)
        pair_frames.append(found_pairs)
        item_frames.append(found_items)
    # empty frames left out, so that they do not change the columns' types
    pairs = pd.concat([f for f in pair_frames if len(f)] or pair_frames[:1], ignore_index=True)
    items = pd.concat([f for f in item_frames if len(f)] or item_frames[:1], ignore_index=True)
    if len(pairs):  # match_plans' order: plans in the articles' order, then their summaries
        order = pairs.assign(_p=pairs["plan_doc"].map(position), _s=pairs["summary_doc"].map(position))
        pairs = order.sort_values(["_p", "_s"], kind="stable").drop(columns=["_p", "_s"]).reset_index(drop=True)
        rank = {pid: i for i, pid in enumerate(pairs["pair_id"])}
        items = items.assign(_r=items["pair_id"].map(rank)).sort_values("_r", kind="stable") \
            .drop(columns=["_r"]).reset_index(drop=True)
    return pairs, items


def _stored_specificity(docs: pd.DataFrame, profiles: pd.DataFrame) -> pd.DataFrame:
    """`specificity_table`'s rows from the shares ingest wrote (n_chars is the text's length there too)."""
    cols = ["stock_share", "fact_share", "specificity"]
    table = docs[["doc_id", "title", "n_chars"]].merge(profiles[["doc_id", *cols]], on="doc_id", how="left")
    return table[["doc_id", "title", "n_chars", *cols]]
