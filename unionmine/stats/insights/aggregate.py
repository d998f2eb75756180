"""Beyond the counts: template reuse, dating, indicators, plans kept, formulaic language.

`compute_insights` runs the five analyses and returns the report's tables, keyed by a short
name, each as (Chinese title, DataFrame with Chinese column names). The analyses themselves
are library functions in reuse, dating, indicators, plans and specificity.
"""

from __future__ import annotations

import pandas as pd

from ...documents.dating import date_documents, dating_accuracy
from ..labels import labels
from ..stored import plan_candidates
from .indicators import indicator_totals, indicators_table
from .plans import match_plans
from .reuse import find_reuse, find_reuse_stream
from .specificity import specificity_table

TOP_PASSAGES = 50
KIND_NAMES = dict(labels()["values"]["indicator_kind"])  # display text lives in data/labels.toml
PLAN_STATUS_ZH = dict(labels()["values"]["plan_status"])


def _rename(df: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    return df[[c for c in names if c in df.columns]].rename(columns=names)


def _documents(documents: pd.DataFrame) -> pd.DataFrame:
    docs = documents.copy()
    if "on_topic" in docs:
        docs = docs[docs["on_topic"].fillna(True).astype(bool)]
    for col in ("title", "org", "year", "year_source", "kind", "text"):
        if col not in docs:
            docs[col] = None
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
    if stored is not None:
        originality, passages = find_reuse_stream(docs, stored.texts(docs["doc_id"]), references=reference_texts,
                                                  top=TOP_PASSAGES)
    else:
        _sentences, originality, passages = find_reuse(docs, references=reference_texts)
    out["originality"] = ("模板套用:各篇原创度", _rename(
        originality.sort_values("originality", na_position="last"),
        {"doc_id": "文章编号", "title": "标题", "originality": "原创度", "n_chars_checked": "检查字数",
         "n_chars_shared": "与他文相同字数", "n_sentences": "句数", "n_shared_sentences": "相同句数"}))
    out["copied_passages"] = ("模板套用:被重复最多的段落", _rename(
        passages.head(TOP_PASSAGES),
        {"passage": "段落", "n_docs": "出现篇数", "n_occurrences": "出现次数", "n_chars": "字数",
         "in_reference": "见于参考模板", "titles": "出现于(标题)", "doc_ids": "文章编号"}))

    # 2. Dating
    dated = date_documents(docs, stored="profiles" in measures)
    undated = dated[dated["year"].isna()]
    out["inferred_years"] = ("未注年份文章的推断年份", _rename(
        undated, {"doc_id": "文章编号", "title": "标题", "year_min": "最早年份", "year_max": "最晚年份",
                  "year_inferred": "推断年份", "evidence": "依据", "year_source": "年份来源"}))
    contradicted = dated[dated["consistent"].fillna(True).astype(bool).eq(False)
                         & dated["year_source"].ne("inferred")]
    out["year_conflicts"] = ("所注年份与文中线索矛盾的文章", _rename(
        contradicted, {"doc_id": "文章编号", "title": "标题", "year": "所注年份", "year_source": "年份来源",
                       "year_min": "线索允许最早", "year_max": "线索允许最晚", "evidence": "文中线索"}))
    acc = dating_accuracy(dated)
    out["dating_check"] = ("年份推断的检验", pd.DataFrame([{
        "已知年份的文章": acc["n_known_year"],
        "其中有线索的": acc["n_with_clue"],
        "真实年份落在推断区间内的": acc["n_in_range"],
        "覆盖率": acc["coverage"],
        "有上下限的区间数": acc["n_closed_range"],
        "闭区间平均宽度(年)": acc["mean_closed_width"],
    }]))

    # 3. Indicators
    if "indicators" in measures:
        kept = measures["indicators"]
        indicators = kept[kept["doc_id"].isin(docs["doc_id"])].reset_index(drop=True)
    else:
        indicators = indicators_table(docs, secs if len(secs) else None)
    shown = indicators.copy()
    shown["kind"] = shown["kind"].map(KIND_NAMES).fillna(shown["kind"])
    out["indicators"] = ("数量指标:逐条", _rename(
        shown, {"doc_id": "文章编号", "kind": "类别", "value": "数值", "unit": "单位", "approx": "约数",
                "label": "对象", "phrase": "原文", "theme": "主题", "sentence": "所在句子"}))
    totals = indicator_totals(indicators, docs)
    totals["kind"] = totals["kind"].map(KIND_NAMES).fillna(totals["kind"])
    totals["year"] = [("不详" if pd.isna(v) else int(v)) for v in totals["year"]]
    out["indicator_totals"] = ("数量指标:按单位和年份合计", _rename(
        totals, {"org": "单位", "year": "年份", "kind": "类别", "unit": "单位(计量)", "total": "合计(比率为最大值)",
                 "n": "条数", "any_approx": "含约数"}))

    # 4. Plans kept
    if stored is not None:
        pairs, items = _stored_plans(docs, stored)
    else:
        pairs, items = match_plans(docs, secs if len(secs) else None)
    if len(pairs):
        out["plans_kept"] = ("计划落实:计划与总结配对", _rename(
            pairs, {"org": "单位", "year": "年份", "plan_title": "计划", "summary_title": "总结",
                    "n_items": "计划条目数", "n_kept": "已落实的", "follow_through": "落实率",
                    "plan_doc": "计划编号", "summary_doc": "总结编号"}))
        items = items.assign(status=items["status"].map(PLAN_STATUS_ZH)).drop(columns=["kept"])
        out["plan_items"] = ("计划落实:逐条", _rename(
            items, {"plan_doc": "计划编号", "item": "计划条目", "status": "落实情况", "similarity": "相似度",
                    "best_match": "总结中最接近的句子"}))
    else:
        out["plans_kept"] = ("计划落实:计划与总结配对", pd.DataFrame([{
            "说明": "语料中没有同一单位同一年份的计划与总结(或含回顾与计划的报告)可以配对,无法计算落实率。"}]))

    # 5. Formulaic language
    spec = _stored_specificity(docs, measures["profiles"]) if "profiles" in measures else specificity_table(docs)
    out["specificity"] = ("套话与实据:各篇具体度", _rename(
        spec.sort_values("specificity", na_position="last"),
        {"doc_id": "文章编号", "title": "标题", "stock_share": "套话占比", "fact_share": "实据占比",
         "specificity": "具体度", "n_chars": "字数"}))
    return out


PLAN_CHUNK = 1_000
"""Articles whose texts and sections the plans pass reads at once (out of core)."""


def _stored_plans(docs: pd.DataFrame, stored) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`match_plans` over the articles that can pair, read from STORED a chunk of organisations at a
    time (every pair lies within one organisation), in `match_plans`' order: the same tables."""
    from .plans import org_key

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
