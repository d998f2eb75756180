"""Comparative statistics: theme profiles per article and group, comparisons, distinctive terms.

Every function takes and returns DataFrames with English column names (stable for scripts);
`labels.toml` gives the Chinese names used in the CSV, xlsx and HTML outputs. A theme
profile is the share of an article's characters in each theme (columns ``share_<theme>``
for the four themes and 其他); it is an input here, so statistics do not depend on how it
was computed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema
from ..documents.metadata import read_metadata
from ..documents.problems import unread_inputs
from ..errors import UsageError
from ..labels import say
from ..schema import OTHER, THEMES
from ..sections.parse import leaf_sections
from ..sections.profile import theme_shares
from ..store.tables import load, table_columns
from ..text.tokenize import tokenize as _shared_tokenize
from .columns import ALL_THEMES, MIN_CHARS, MIN_GROUP, OTHER_SHOWN, SHARE_COLUMNS
from .filters import Filters, apply_filters, unit_types
from .terms import (
    Tokenizer,
    distinctive_terms,
    other_counts,
    other_terms,
    top_terms,
)

"""Groups with fewer documents than this are marked ``too_small`` (still shown, not hidden)."""


# ---------------------------------------------------------------- selection


def normalise_profile(profile: pd.DataFrame) -> pd.DataFrame:
    """Accept a profile with columns '维权' ... or 'share_维权' ...; return doc_id + SHARE_COLUMNS."""
    renamed = profile.rename(columns={t: f"share_{t}" for t in ALL_THEMES})
    missing = [c for c in ["doc_id", *SHARE_COLUMNS] if c not in renamed.columns]
    if missing:
        raise UsageError(f"theme profile lacks the columns {missing}; expected doc_id and one per theme")
    return renamed[["doc_id", *SHARE_COLUMNS]].drop_duplicates("doc_id")


def simple_profile(sections: pd.DataFrame) -> pd.DataFrame:
    """Share of characters per theme from the finest sections (leaves) and the labels stored on them.

    No paragraph is re-classified, so it is fast and exact on a fixture whose labels are known; a
    run measures ``unionmine.themes.theme_profile`` on paragraphs. Both are
    ``sections.profile.theme_shares`` over their units.
    """
    if sections.empty:
        return theme_shares([])
    leaves = leaf_sections(sections)
    return theme_shares(zip(leaves["doc_id"], leaves["n_chars"], leaves["labels"]))


def select_documents(
    documents: pd.DataFrame,
    filters: Filters | None = None,
    include_off_topic: bool = False,
    include_duplicates: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split DOCUMENTS into (compared, excluded); excluded lists each off-topic or duplicate article and why.

    Articles left out only by FILTERS are not listed (the report states the filter instead).
    """
    everything = _clean_documents(documents)
    docs = apply_filters(everything, filters)
    off = ~docs["on_topic"].fillna(True).astype(bool)
    dup = same_document_copies(docs, everything)
    drop = (off & (not include_off_topic)) | (dup & (not include_duplicates))
    excluded = docs[drop].copy()
    copied = everything[everything["doc_id"].isin(set(excluded["duplicate_of"].dropna()))] if len(excluded) else everything[:0]
    named = {d: say("stats_text.duplicate_of", title=t, source=src)
             for d, t, src in zip(copied["doc_id"], copied["title"].fillna(""), copied["source"].fillna(""))}
    reasons = []
    for is_off, is_dup, dup_of in zip(off[drop], dup[drop], excluded["duplicate_of"]):
        why = []
        if is_off and not include_off_topic:
            why.append(say("stats_text.off_topic"))
        if is_dup and not include_duplicates:
            why.append(named.get(dup_of) or say("stats_text.duplicate_of_id", doc_id=dup_of))
        reasons.append("；".join(why))
    excluded["reason"] = reasons
    cols = ["doc_id", "source", "title", "org", "year", "kind", "reason"]
    return docs[~drop], excluded.reindex(columns=cols).reset_index(drop=True)


def same_document_copies(docs: pd.DataFrame, everything: pd.DataFrame) -> pd.Series:
    """Which of DOCS are near-copies of an earlier article (`duplicate_of`, looked up in EVERYTHING) that
    is the same document: not when both name an organisation and the two differ.

    A district's schools often fill in one template, and a near-copy under another school's name is that
    school's own report (its reuse shows in the originality table), not one document counted twice. One
    unit's own texts of other years or kinds are not marked (`duplicates.most_similar`) unless one is an
    exact copy of the other: the same file sent again, or a repost re-dated.
    """
    marked = docs["duplicate_of"].notna() & (docs["duplicate_of"].astype(str) != "")
    org_of = dict(zip(everything["doc_id"], everything["org"]))
    own = [org if isinstance(org, str) and org else None for org in docs["org"]]
    first = [org_of.get(d) if m else None for d, m in zip(docs["duplicate_of"], marked)]
    other_org = [bool(a and isinstance(b, str) and b and a != b) for a, b in zip(own, first)]
    return marked & ~pd.Series(other_org, index=docs.index, dtype=bool)


def n_compared(out, filters: Filters | None = None, include_off_topic: bool = False,
               include_duplicates: bool = False) -> int:
    """How many of output folder OUT's articles a report with these settings compares (a few columns read)."""
    return compared_counts(out, filters, include_off_topic, include_duplicates)[0]


def compared_counts(out, filters: Filters | None = None, include_off_topic: bool = False,
                    include_duplicates: bool = False) -> tuple[int, int]:
    """(articles compared, articles left out only as near-duplicates) by a report of output folder OUT with
    these settings (a few columns read); none left out when INCLUDE_DUPLICATES."""
    columns = [c for c in table_columns(Path(out) / "documents.parquet") if c in (*_NEEDED, "doc_id", "year")]
    documents = load(out, columns={"documents": columns}, names=["documents"])["documents"]
    compared = len(select_documents(documents, filters, include_off_topic, include_duplicates)[0])
    if include_duplicates:
        return compared, 0
    return compared, len(select_documents(documents, filters, include_off_topic, True)[0]) - compared


def unmatched_metadata(out, metadata) -> list[str]:
    """The sources of the METADATA file's rows that name no file of output folder OUT (its documents and
    problems): such a row changed nothing (a typo, a corpus folder written before the file name)."""
    known = set(load(out, columns={"documents": ["source"]}, names=["documents", "problems"])["documents"]["source"])
    problems = Path(out) / "problems.csv"
    if problems.exists():
        known |= set(pd.read_csv(problems, usecols=["source"], dtype=str, encoding="utf-8-sig")["source"].dropna())
    known |= {Path(s).name for s in known}
    return sorted({source for source, _ in read_metadata(metadata).rows} - known)


#: the document columns the statistics read, given their declared default when absent
_NEEDED = ("on_topic", "duplicate_of", "year_min", "year_max", "org", "org_type", "kind", "title", "source", "n_chars",
           "source_url", "org_written")


def _clean_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """Give missing optional columns a value and make year a nullable integer."""
    docs = documents.copy()
    for field in schema.DOCUMENT_FIELDS:  # the declared defaults, as every writer uses them
        if field.name in _NEEDED and field.name not in docs.columns:
            docs[field.name] = field.default
    if "year" not in docs.columns:
        docs["year"] = pd.NA
    docs["year"] = pd.to_numeric(docs["year"], errors="coerce").round().astype("Int64")
    if "n_chars" in docs.columns and "text" in docs.columns:
        docs["n_chars"] = docs["n_chars"].fillna(docs["text"].fillna("").str.len())
    return docs


# ---------------------------------------------------------------- tables


def inferred_span(year_min, year_max) -> str:
    """'2003—2007', '2010年以后' or '2012年以前' for a year range inferred from dated clues; '' if none."""
    lo = None if year_min is None or pd.isna(year_min) else int(year_min)
    hi = None if year_max is None or pd.isna(year_max) else int(year_max)
    if lo is not None and hi is not None:
        return f"{lo}" if lo == hi else f"{lo}—{hi}"
    if lo is not None:
        return say("stats_text.after_year", year=lo)
    if hi is not None:
        return say("stats_text.before_year", year=hi)
    return ""


def article_table(documents: pd.DataFrame, sections: pd.DataFrame, profile: pd.DataFrame,
                  counts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per article: metadata, length, section counts, theme profile and coverage.

    COUNTS (doc_id, n_sections, n_top_sections), when given, are used instead of counting SECTIONS
    (the report sums them by SQL: `stored.StoredTables.section_counts`)."""
    docs = _clean_documents(documents)
    prof = normalise_profile(profile)
    if counts is None:
        counts = (
            # one vectorised sum per article (a Python function per group took ~2 ms an article)
            pd.DataFrame({"doc_id": sections["doc_id"], "n_sections": 1,
                          "n_top_sections": (sections["level"] == 1).astype("int64")})
            .groupby("doc_id").sum().reset_index()
            if len(sections)
            else pd.DataFrame(columns=["doc_id", "n_sections", "n_top_sections"])
        )
    docs["year_inferred"] = [
        inferred_span(lo, hi) if pd.isna(year) else ""
        for year, lo, hi in zip(docs["year"], docs["year_min"], docs["year_max"])
    ]
    table = docs[["doc_id", "title", "org", "org_written", "org_type", "year", "year_inferred", "kind", "n_chars",
                  "source_url"]].merge(
        counts, on="doc_id", how="left"
    )
    table[["n_sections", "n_top_sections"]] = table[["n_sections", "n_top_sections"]].fillna(0).astype(int)
    table = table.merge(prof, on="doc_id", how="left")
    present = table[[f"share_{t}" for t in THEMES]].fillna(0) > 0
    table["n_themes"] = present.sum(axis=1).astype(int)
    table["themes"] = ["、".join(t for t, p in zip(THEMES, row) if p) for row in present.to_numpy()]
    # last, the address the page was saved from (null for files that record none): the report links it
    table = table[[c for c in table.columns if c != "source_url"] + ["source_url"]]
    return table.reset_index(drop=True)


def group_profile(
    documents_with_profile: pd.DataFrame, by: Sequence[str] | str, min_n: int = MIN_GROUP,
    min_chars: int | None = None,
) -> pd.DataFrame:
    """Mean theme profile and number of documents per group; unknown keys form their own group.

    ``too_small`` marks groups with fewer than MIN_N documents (shown, but not to be compared); with
    MIN_CHARS, groups whose articles hold fewer characters together instead: one unit's year is one
    summary by nature, and its shares are as sure as the text behind them is long.
    """
    by = [by] if isinstance(by, str) else list(by)
    df = documents_with_profile
    grouped = df.groupby(by, dropna=False, sort=True)
    agg = {"n_docs": ("doc_id", "size"), "mean_chars": ("n_chars", "mean")}
    agg.update({c: (c, "mean") for c in SHARE_COLUMNS})
    if "year" not in by and "year" in df.columns:
        agg["n_years"] = ("year", "nunique")
    table = grouped.agg(**agg).reset_index()
    table["too_small"] = (table["n_docs"] < min_n if min_chars is None
                          else grouped["n_chars"].sum(min_count=1).fillna(0).to_numpy() < min_chars)
    table["mean_chars"] = table["mean_chars"].round(0)
    order = [*by, "n_docs", *(["n_years"] if "n_years" in table else []), "mean_chars", *SHARE_COLUMNS, "too_small"]
    return table[order]


KIND_ORDER = {kind: i for i, kind in enumerate(("summary", "plan", "report", "other"))}


def by_year_and_kind(documents_with_profile: pd.DataFrame, by: Sequence[str], min_n: int = MIN_GROUP,
                     min_chars: int | None = None) -> pd.DataFrame:
    """GROUP_PROFILE by BY (none: by kind alone) and kind, summaries first: a plan for 2023 (what was
    meant) and a summary of 2023 (what was done) are different things, so a year's row never averages
    the two."""
    table = group_profile(documents_with_profile, [*by, "kind"], min_n, min_chars)
    table["_order"] = table["kind"].map(KIND_ORDER).fillna(len(KIND_ORDER))
    table = table.sort_values([*by, "_order"], na_position="last", kind="stable")  # BY may be []: by kind alone
    return table.drop(columns="_order").reset_index(drop=True)


def compare_to_average(
    documents_with_profile: pd.DataFrame, by: str = "org", min_n: int = MIN_GROUP, threshold: float = 1.96
) -> pd.DataFrame:
    """How each group over- or under-weights each theme against the average of all compared documents.

    ``diff`` is the group mean minus the overall mean (shares); ``std_diff`` divides it by the
    standard deviation of the share across documents; ``z`` = std_diff x sqrt(n), the standard
    score of the group mean, so small groups need a larger gap to count. ``tendency`` says
    偏重 / 偏轻 when |z| >= THRESHOLD, 接近平均 otherwise, and 样本过少 below MIN_N documents.
    """
    df = documents_with_profile
    overall = df[SHARE_COLUMNS].mean()
    spread = df[SHARE_COLUMNS].std(ddof=1)
    groups = group_profile(df, by, min_n=min_n)
    rows = []
    for _, g in groups.iterrows():
        for theme, col in zip(ALL_THEMES, SHARE_COLUMNS):
            diff = g[col] - overall[col]
            sd = spread[col]
            std = diff / sd if sd and not np.isnan(sd) and sd > 0 else (0.0 if diff == 0 else np.nan)
            z = std * math.sqrt(g["n_docs"]) if pd.notna(std) else np.nan
            if g["too_small"]:
                tendency = say("stats_text.too_small")
            elif pd.notna(z) and z >= threshold:
                tendency = say("stats_text.heavier")
            elif pd.notna(z) and z <= -threshold:
                tendency = say("stats_text.lighter")
            else:
                tendency = say("stats_text.average")
            rows.append(
                {by: g[by], "theme": theme, "n_docs": int(g["n_docs"]), "share": g[col],
                 "corpus_share": overall[col], "diff": diff, "std_diff": std, "z": z,
                 "tendency": tendency, "too_small": bool(g["too_small"])}
            )
    return pd.DataFrame(rows, columns=[by, "theme", "n_docs", "share", "corpus_share", "diff", "std_diff", "z",
                                       "tendency", "too_small"])


# ---------------------------------------------------------------- everything


def with_profile(documents: pd.DataFrame, profile: pd.DataFrame) -> pd.DataFrame:
    """DOCUMENTS joined with their theme shares."""
    return _clean_documents(documents).merge(normalise_profile(profile), on="doc_id", how="left")


def overview(
    all_documents: pd.DataFrame,
    compared: pd.DataFrame,
    excluded: pd.DataFrame,
    filters: Filters | None = None,
    problems: pd.DataFrame | None = None,
    include_off_topic: bool = False,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Key counts in plain words: what was compared, what was left out and why."""
    all_documents = _clean_documents(all_documents)
    passed = apply_filters(all_documents, filters)
    n_filtered_out = len(all_documents) - len(passed)
    years = compared["year"].dropna()
    off = int((~passed["on_topic"].fillna(True).astype(bool)).sum())
    dup = int(same_document_copies(passed, all_documents).sum())
    span = (say("words.none") if not len(years) else str(int(years.min())) if years.min() == years.max()
            else say("overview_items.year_range", first=int(years.min()), last=int(years.max())))
    rows = [
        ("n_documents", len(all_documents)),
        ("n_compared", len(compared)),
        ("n_orgs", int(compared["org"].nunique())),
        ("n_unknown_org", int(compared["org"].isna().sum())),
        ("years", span),
        ("n_unknown_year", int(compared["year"].isna().sum())),
        ("off_topic", say("overview_items.counted" if include_off_topic else "overview_items.left_out", n=off)),
        ("duplicates", say("overview_items.counted" if include_duplicates else "overview_items.left_out", n=dup)),
        ("filtered_out", n_filtered_out),
        ("problems", 0 if problems is None else len(unread_inputs(problems))),
        ("filters", (filters or Filters()).describe()),
    ]
    rows = [(say(f"overview_items.{item}"), value) for item, value in rows]
    # counts stay numbers (Excel sums them, and flags numbers stored as text), the rest is text
    table = pd.DataFrame({"item": [i for i, _ in rows], "value": pd.Series(
        [v if isinstance(v, (int, np.integer)) else str(v) for _, v in rows], dtype=object)})
    # the raw counts beside their display text, so that no reader parses the text back
    table.attrs["counts"] = {
        "off_topic": off, "off_topic_included": include_off_topic,
        "duplicates": dup, "duplicates_included": include_duplicates,
        "problems": 0 if problems is None else len(unread_inputs(problems)),
    }
    return table


def compute_stats(
    documents: pd.DataFrame,
    sections: pd.DataFrame,
    profile: pd.DataFrame,
    filters: Filters | None = None,
    include_off_topic: bool = False,
    include_duplicates: bool = False,
    tokenize: Tokenizer | None = None,
    problems: pd.DataFrame | None = None,
    min_n: int = MIN_GROUP,
    terms: bool = True,
    stored=None,
) -> dict[str, pd.DataFrame]:
    """All statistics tables, keyed by name (the keys of ``[tables]`` in labels.toml).

    Off-topic articles and near-duplicates are left out unless asked for; articles without
    a year stay in every table except the trends (their year is NA, a group of its own).
    TOKENIZE defaults to ``unionmine.segmentation.tokenize``; TERMS=False skips the two term tables.
    STORED (`stored.StoredTables` of an output folder whose ingest wrote terms.parquet): the section
    counts and the term tables are summed from its Parquet tables by SQL, SECTIONS and the documents'
    text are then not needed (the same tables; nothing is tokenised again).
    """
    compared, excluded = select_documents(documents, filters, include_off_topic, include_duplicates)
    ids = set(compared["doc_id"])
    secs = sections[sections["doc_id"].isin(ids)] if len(sections) else sections
    docs = with_profile(compared, profile)
    tables = {
        "overview": overview(documents, compared, excluded, filters, problems, include_off_topic,
                             include_duplicates),
        "articles": article_table(compared, secs, profile,
                                  counts=stored.section_counts() if stored is not None else None),
        "by_org": group_profile(docs, "org", min_n),
        "by_year": by_year_and_kind(docs, ["year"], min_n),
        "by_org_year": by_year_and_kind(docs, ["org", "year"], min_n, MIN_CHARS),  # a unit's year: one article
        "by_kind": by_year_and_kind(docs, [], min_n),  # summaries first, as in the year tables
        "by_org_type": group_profile(docs.assign(org_type=unit_types(docs)), "org_type", min_n),  # a unit's type
        "compare_org": compare_to_average(docs, "org", min_n),
    }
    if terms and stored is not None:
        tables["theme_terms"], tables["org_terms"] = stored.term_tables(compared, "org", min_n)
        tables["by_org"]["other_terms"] = _other_terms(tables["by_org"], *stored.other_counts(compared))
    elif terms:
        tokenize = tokenize or _shared_tokenize
        tables["theme_terms"] = top_terms(secs, tokenize)
        tables["org_terms"] = distinctive_terms(compared, tokenize, "org", min_n=min_n)
        org_of = dict(zip(compared["doc_id"], compared["org"]))
        tables["by_org"]["other_terms"] = _other_terms(tables["by_org"], *other_counts(secs, org_of, tokenize))
    tables["excluded"] = excluded
    return tables


def _other_terms(by_org: pd.DataFrame, other: dict, themed: dict) -> list[str]:
    """by_org's other_terms: what each unit's 其他 text is mostly about (`terms.other_terms`, joined with 、),
    for the units whose 其他 share is OTHER_SHOWN or more; empty for the others."""
    words = other_terms(other, themed)
    return ["、".join(words.get(org, [])) if isinstance(org, str) and share >= OTHER_SHOWN else ""
            for org, share in zip(by_org["org"], by_org[f"share_{OTHER}"].fillna(0))]
