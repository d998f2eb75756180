"""Comparative statistics: theme profiles per article and group, comparisons, distinctive terms.

Every function takes and returns DataFrames with English column names (stable for scripts);
`labels.toml` gives the Chinese names used in the CSV, xlsx and HTML outputs. A theme
profile is the share of an article's characters in each theme (columns ``share_<theme>``
for the four themes and 其他); it is an input here, so statistics do not depend on how it
was computed.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..documents.decode import read_user_text
from ..errors import UsageError
from ..schema import OTHER, THEMES
from ..store.paths import read_data_toml

ALL_THEMES = [*THEMES, OTHER]
SHARE_COLUMNS = [f"share_{t}" for t in ALL_THEMES]
MIN_GROUP = 3
"""Groups with fewer documents than this are marked ``too_small`` (still shown, not hidden)."""

Tokenizer = Callable[[str], list[str]]


# ---------------------------------------------------------------- filters


@dataclass(frozen=True)
class Filters:
    """What to compare: restrict by organisation type, kind, year range and a list of organisations."""

    org_types: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    orgs: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "org_types", tuple(self.org_types))
        object.__setattr__(self, "kinds", tuple(self.kinds))
        object.__setattr__(self, "orgs", tuple(self.orgs))
        if self.years is not None:
            start, end = (int(y) for y in self.years)
            if start > end:
                raise UsageError(f"year range {start}-{end} runs backwards; write it as {end}-{start}")
            object.__setattr__(self, "years", (start, end))

    @property
    def active(self) -> bool:
        return bool(self.org_types or self.kinds or self.years or self.orgs)

    @staticmethod
    def parse_years(text: str) -> tuple[int, int]:
        """Parse '2015-2020' (or a single year '2018') into an inclusive range."""
        m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–~至到]\s*(\d{4})\s*)?", text or "")
        if not m:
            raise UsageError(f"--years {text!r}: write a year range like 2015-2020, or one year like 2018")
        start = int(m.group(1))
        end = int(m.group(2) or start)
        if start > end:
            raise UsageError(f"--years {text!r} runs backwards; write it as {end}-{start}")
        return start, end

    @staticmethod
    def read_orgs(path: str | Path) -> tuple[str, ...]:
        """Read organisation names, one a line (UTF-8 or GB18030; '#' starts a comment)."""
        path = Path(path)
        text = read_user_text(path, "organisation list")
        names = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        names = [n for n in names if n]
        if not names:
            raise UsageError(f"{path} lists no organisations; write one name a line")
        return tuple(dict.fromkeys(names))

    def describe(self) -> str:
        """Describe the filter in Chinese for the report."""
        if not self.active:
            return "未筛选:比较全部文档"
        parts = []
        if self.org_types:
            parts.append("单位类型为" + "、".join(value_label("org_type", t) for t in self.org_types))
        if self.kinds:
            parts.append("文档类型为" + "、".join(value_label("kind", k) for k in self.kinds))
        if self.years:
            start, end = self.years
            span = f"{start}年" if start == end else f"{start}—{end}年"
            parts.append(f"年份在{span}(年份不详的文档不计入)")
        if self.orgs:
            shown = "、".join(self.orgs[:5]) + ("等" if len(self.orgs) > 5 else "")
            parts.append(f"只比较名单中的{len(self.orgs)}个单位({shown})")
        return "筛选条件:" + ";".join(parts)


def apply_filters(documents: pd.DataFrame, filters: Filters | None) -> pd.DataFrame:
    """Return the documents that pass FILTERS (all of them when FILTERS is None)."""
    if filters is None or not filters.active:
        return documents
    keep = pd.Series(True, index=documents.index)
    if filters.org_types:
        keep &= documents["org_type"].isin(filters.org_types)
    if filters.kinds:
        keep &= documents["kind"].isin(filters.kinds)
    if filters.years:
        year = pd.to_numeric(documents["year"], errors="coerce")
        keep &= year.between(*filters.years).fillna(False).astype(bool)
    if filters.orgs:
        keep &= documents["org"].isin(filters.orgs)
    return documents[keep]


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


# ---------------------------------------------------------------- selection


def normalise_profile(profile: pd.DataFrame) -> pd.DataFrame:
    """Accept a profile with columns '维权' ... or 'share_维权' ...; return doc_id + SHARE_COLUMNS."""
    renamed = profile.rename(columns={t: f"share_{t}" for t in ALL_THEMES})
    missing = [c for c in ["doc_id", *SHARE_COLUMNS] if c not in renamed.columns]
    if missing:
        raise UsageError(f"theme profile lacks the columns {missing}; expected doc_id and one per theme")
    return renamed[["doc_id", *SHARE_COLUMNS]].drop_duplicates("doc_id")


def simple_profile(sections: pd.DataFrame) -> pd.DataFrame:
    """Share of characters per theme from the finest sections (leaves), split evenly among labels.

    It uses only the labels already stored on the sections (no paragraph is re-classified), so it
    is fast and exact on a fixture whose labels are known; the report itself uses
    ``unionmine.themes.theme_profile``, which works at paragraph level.
    """
    if sections.empty:
        return pd.DataFrame(columns=["doc_id", *SHARE_COLUMNS])
    parents = set(sections["parent_id"].dropna())
    leaves = sections[~sections["section_id"].isin(parents)]
    rows: dict[str, dict[str, float]] = {}
    for doc_id, n_chars, labs in zip(leaves["doc_id"], leaves["n_chars"], leaves["labels"]):
        labs = [lab for lab in (list(labs) if labs is not None else []) if lab in ALL_THEMES] or [OTHER]
        acc = rows.setdefault(doc_id, dict.fromkeys(ALL_THEMES, 0.0))
        for lab in labs:
            acc[lab] += float(n_chars or 0) / len(labs)
    out = []
    for doc_id, acc in rows.items():
        total = sum(acc.values())
        out.append({"doc_id": doc_id, **{f"share_{t}": (acc[t] / total if total else np.nan) for t in ALL_THEMES}})
    return pd.DataFrame(out, columns=["doc_id", *SHARE_COLUMNS])


def select_documents(
    documents: pd.DataFrame,
    filters: Filters | None = None,
    include_off_topic: bool = False,
    include_duplicates: bool = False,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split DOCUMENTS into (compared, excluded); excluded lists each off-topic or duplicate article and why.

    Articles left out only by FILTERS are not listed (the report states the filter instead).
    """
    docs = apply_filters(_clean_documents(documents), filters)
    off = ~docs["on_topic"].fillna(True).astype(bool)
    dup = docs["duplicate_of"].notna() & (docs["duplicate_of"].astype(str) != "")
    drop = (off & (not include_off_topic)) | (dup & (not include_duplicates))
    excluded = docs[drop].copy()
    reasons = []
    for is_off, is_dup, dup_of in zip(off[drop], dup[drop], excluded["duplicate_of"]):
        why = []
        if is_off and not include_off_topic:
            why.append("不属于工会工作")
        if is_dup and not include_duplicates:
            why.append(f"与文档 {dup_of} 内容几乎相同")
        reasons.append(";".join(why))
    excluded["reason"] = reasons
    cols = ["doc_id", "source", "title", "org", "year", "kind", "reason"]
    return docs[~drop], excluded.reindex(columns=cols).reset_index(drop=True)


def _clean_documents(documents: pd.DataFrame) -> pd.DataFrame:
    """Give missing optional columns a value and make year a nullable integer."""
    docs = documents.copy()
    for col, default in (("on_topic", True), ("duplicate_of", None), ("year_min", None), ("year_max", None), ("org", None), ("org_type", None),
                         ("kind", "other"), ("title", ""), ("source", ""), ("n_chars", 0)):
        if col not in docs.columns:
            docs[col] = default
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
        return f"{lo}年以后"
    if hi is not None:
        return f"{hi}年以前"
    return ""


def article_table(documents: pd.DataFrame, sections: pd.DataFrame, profile: pd.DataFrame) -> pd.DataFrame:
    """One row per article: metadata, length, section counts, theme profile and coverage."""
    docs = _clean_documents(documents)
    prof = normalise_profile(profile)
    counts = (
        sections.groupby("doc_id")
        .agg(n_sections=("section_id", "size"), n_top_sections=("level", lambda s: int((s == 1).sum())))
        .reset_index()
        if len(sections)
        else pd.DataFrame(columns=["doc_id", "n_sections", "n_top_sections"])
    )
    docs["year_inferred"] = [
        inferred_span(lo, hi) if pd.isna(year) else ""
        for year, lo, hi in zip(docs["year"], docs["year_min"], docs["year_max"])
    ]
    table = docs[["doc_id", "title", "org", "org_type", "year", "year_inferred", "kind", "n_chars"]].merge(
        counts, on="doc_id", how="left"
    )
    table[["n_sections", "n_top_sections"]] = table[["n_sections", "n_top_sections"]].fillna(0).astype(int)
    table = table.merge(prof, on="doc_id", how="left")
    present = table[[f"share_{t}" for t in THEMES]].fillna(0) > 0
    table["n_themes"] = present.sum(axis=1).astype(int)
    table["themes"] = ["、".join(t for t, p in zip(THEMES, row) if p) for row in present.to_numpy()]
    return table.reset_index(drop=True)


def group_profile(
    documents_with_profile: pd.DataFrame, by: Sequence[str] | str, min_n: int = MIN_GROUP
) -> pd.DataFrame:
    """Mean theme profile and number of documents per group; unknown keys form their own group.

    ``too_small`` marks groups with fewer than MIN_N documents (shown, but not to be compared).
    """
    by = [by] if isinstance(by, str) else list(by)
    df = documents_with_profile
    grouped = df.groupby(by, dropna=False, sort=True)
    agg = {"n_docs": ("doc_id", "size"), "mean_chars": ("n_chars", "mean")}
    agg.update({c: (c, "mean") for c in SHARE_COLUMNS})
    if "year" not in by and "year" in df.columns:
        agg["n_years"] = ("year", "nunique")
    table = grouped.agg(**agg).reset_index()
    table["mean_chars"] = table["mean_chars"].round(0)
    table["too_small"] = table["n_docs"] < min_n
    order = [*by, "n_docs", *(["n_years"] if "n_years" in table else []), "mean_chars", *SHARE_COLUMNS, "too_small"]
    return table[order]


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
                tendency = "样本过少"
            elif pd.notna(z) and z >= threshold:
                tendency = "偏重"
            elif pd.notna(z) and z <= -threshold:
                tendency = "偏轻"
            else:
                tendency = "接近平均"
            rows.append(
                {by: g[by], "theme": theme, "n_docs": int(g["n_docs"]), "share": g[col],
                 "corpus_share": overall[col], "diff": diff, "std_diff": std, "z": z,
                 "tendency": tendency, "too_small": bool(g["too_small"])}
            )
    return pd.DataFrame(rows, columns=[by, "theme", "n_docs", "share", "corpus_share", "diff", "std_diff", "z",
                                       "tendency", "too_small"])


# ---------------------------------------------------------------- terms

_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _default_tokenizer() -> Tokenizer:
    from ..text.tokenize import tokenize  # the one tokenizer shared with the theme classifier

    return tokenize


def _term_counts(texts: Iterable[str], tokenize: Tokenizer) -> list[dict[str, int]]:
    """Count the word-like tokens (two characters or more) of each text."""
    out = []
    for text in texts:
        counts: dict[str, int] = {}
        for tok in tokenize(text or ""):
            tok = tok.strip()
            if len(tok) >= 2 and _WORDLIKE.search(tok):
                counts[tok] = counts.get(tok, 0) + 1
        out.append(counts)
    return out


def log_odds(
    group: dict[str, int], rest: dict[str, int], prior_size: float = 500.0
) -> pd.DataFrame:
    """Log-odds ratio of each term in GROUP vs REST with an informative Dirichlet prior (Monroe et al. 2008).

    The prior (the pooled counts scaled to PRIOR_SIZE) shrinks rare terms, so a word used
    twice by one school does not outrank the words it really uses more than the others.
    Returns term, count, count_rest, log_odds, z (log_odds / its standard error).
    """
    terms = sorted(set(group) | set(rest))
    if not terms:
        return pd.DataFrame(columns=["term", "count", "count_rest", "log_odds", "z"])
    y_i = np.array([group.get(t, 0) for t in terms], dtype=float)
    y_j = np.array([rest.get(t, 0) for t in terms], dtype=float)
    pooled = y_i + y_j
    alpha = pooled / pooled.sum() * prior_size
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.log((y_i + alpha) / (n_i + a0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha))
        z = d / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))
    return pd.DataFrame({"term": terms, "count": y_i.astype(int), "count_rest": y_j.astype(int), "log_odds": d, "z": z})


def _contrast(
    counts_by_group: dict[object, dict[str, int]], n_top: int, min_count: int
) -> dict[object, pd.DataFrame]:
    total: dict[str, int] = {}
    for counts in counts_by_group.values():
        for t, c in counts.items():
            total[t] = total.get(t, 0) + c
    out = {}
    for key, counts in counts_by_group.items():
        rest = {t: c - counts.get(t, 0) for t, c in total.items()}
        table = log_odds(counts, rest)
        table = table[(table["count"] >= min_count) & (table["z"] > 0)]
        table = table.sort_values(["z", "term"], ascending=[False, True]).head(n_top).reset_index(drop=True)
        table.insert(0, "rank", range(1, len(table) + 1))
        out[key] = table
    return out


def leaf_sections(sections: pd.DataFrame) -> pd.DataFrame:
    """The finest sections: those that are nobody's parent."""
    if sections.empty:
        return sections
    parents = set(sections["parent_id"].dropna())
    return sections[~sections["section_id"].isin(parents)]


def top_terms(
    sections: pd.DataFrame, tokenize: Tokenizer | None = None, n_top: int = 15, min_count: int = 3
) -> pd.DataFrame:
    """The terms that most mark each theme: finest sections carrying the theme vs all other sections."""
    tokenize = tokenize or _default_tokenizer()
    leaves = leaf_sections(sections)
    cols = ["theme", "rank", "term", "count", "count_rest", "log_odds", "z", "n_sections"]
    if leaves.empty:
        return pd.DataFrame(columns=cols)
    texts = (leaves["heading"].fillna("") + "\n" + leaves["text"].fillna("")).tolist()
    per_section = _term_counts(texts, tokenize)
    label_lists = [list(x) if x is not None else [] for x in leaves["labels"]]
    frames = []
    for theme in ALL_THEMES:
        inside: dict[str, int] = {}
        outside: dict[str, int] = {}
        n = 0
        for counts, labs in zip(per_section, label_lists):
            has = theme in labs or (theme == OTHER and not any(t in labs for t in THEMES))
            n += has
            target = inside if has else outside
            for t, c in counts.items():
                target[t] = target.get(t, 0) + c
        if not n:
            continue
        table = _contrast({theme: inside, "_rest": outside}, n_top, min_count)[theme]
        table.insert(0, "theme", theme)
        table["n_sections"] = n
        frames.append(table)
    return pd.concat(frames, ignore_index=True)[cols] if frames else pd.DataFrame(columns=cols)


def distinctive_terms(
    documents: pd.DataFrame,
    tokenize: Tokenizer | None = None,
    by: str = "org",
    n_top: int = 10,
    min_count: int = 2,
    min_n: int = MIN_GROUP,
) -> pd.DataFrame:
    """The terms that most distinguish each group (organisation) from all the others (log-odds, not counts)."""
    tokenize = tokenize or _default_tokenizer()
    cols = [by, "rank", "term", "count", "count_rest", "log_odds", "z", "n_docs", "too_small"]
    docs = documents[documents[by].notna()]
    if docs.empty:
        return pd.DataFrame(columns=cols)
    per_doc = _term_counts(docs["text"].fillna("").tolist(), tokenize)
    by_group: dict[object, dict[str, int]] = {}
    n_docs: dict[object, int] = {}
    for key, counts in zip(docs[by], per_doc):
        acc = by_group.setdefault(key, {})
        n_docs[key] = n_docs.get(key, 0) + 1
        for t, c in counts.items():
            acc[t] = acc.get(t, 0) + c
    if len(by_group) < 2:
        return pd.DataFrame(columns=cols)
    frames = []
    for key, table in _contrast(by_group, n_top, min_count).items():
        table.insert(0, by, key)
        table["n_docs"] = n_docs[key]
        table["too_small"] = n_docs[key] < min_n
        frames.append(table)
    result = pd.concat(frames, ignore_index=True)
    return result.sort_values([by, "rank"], kind="stable").reset_index(drop=True)[cols]


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
    dup = int(passed["duplicate_of"].notna().sum())
    rows = [
        ("文档总数(篇)", len(all_documents)),
        ("纳入比较的文档(篇)", len(compared)),
        ("单位数", int(compared["org"].nunique())),
        ("单位不详的文档(篇)", int(compared["org"].isna().sum())),
        ("年份范围", f"{int(years.min())}—{int(years.max())}" if len(years) else "无"),
        ("年份不详的文档(篇,不进入趋势图)", int(compared["year"].isna().sum())),
        ("不属于工会工作的文章(篇)", f"{off}({'已纳入' if include_off_topic else '已排除'})"),
        ("与其他文章几乎重复的文章(篇)", f"{dup}({'已纳入' if include_duplicates else '已排除'})"),
        ("因筛选条件未纳入(篇)", n_filtered_out),
        ("未能读取或只读了一部分的文件", 0 if problems is None else len(problems)),
        ("筛选条件", (filters or Filters()).describe()),
    ]
    return pd.DataFrame(rows, columns=["item", "value"]).astype({"value": str})


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
) -> dict[str, pd.DataFrame]:
    """All statistics tables, keyed by name (the keys of ``[tables]`` in labels.toml).

    Off-topic articles and near-duplicates are left out unless asked for; articles without
    a year stay in every table except the trends (their year is NA, a group of its own).
    TOKENIZE defaults to ``unionmine.segmentation.tokenize``; TERMS=False skips the two term tables.
    """
    compared, excluded = select_documents(documents, filters, include_off_topic, include_duplicates)
    ids = set(compared["doc_id"])
    secs = sections[sections["doc_id"].isin(ids)] if len(sections) else sections
    docs = with_profile(compared, profile)
    tables = {
        "overview": overview(documents, compared, excluded, filters, problems, include_off_topic,
                             include_duplicates),
        "articles": article_table(compared, secs, profile),
        "by_org": group_profile(docs, "org", min_n),
        "by_year": group_profile(docs, "year", min_n),
        "by_org_year": group_profile(docs, ["org", "year"], min_n),
        "by_kind": group_profile(docs, "kind", min_n),
        "by_org_type": group_profile(docs, "org_type", min_n),
        "compare_org": compare_to_average(docs, "org", min_n),
    }
    if terms:
        tokenize = tokenize or _default_tokenizer()
        tables["theme_terms"] = top_terms(secs, tokenize)
        tables["org_terms"] = distinctive_terms(compared, tokenize, "org", min_n=min_n)
    tables["excluded"] = excluded
    return tables
