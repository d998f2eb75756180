"""Per-article measures computed once, in the per-file chain, for the report to aggregate.

`profiles.parquet` holds one row per article: its share of characters per theme from paragraph
units (`themes.theme_profile`) and its stock-phrase and fact shares (`specificity`);
`indicators.parquet` one row per quantity found in an article (money, people, visits, events,
rates, counts) with the theme of its section; `terms.parquet` the counts of each article's words
(whole text, finest sections, finest sections per theme: `schema.TERMS`), which the term tables
sum with SQL instead of tokenising every text again. The report used to compute each over the whole
corpus in one process; per batch of files the values are the same, because every unit,
sentence and article is judged on its own.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..schema import OTHER, THEMES
from ..sections.parse import leaf_sections
from ..sections.profile import theme_chars, theme_shares
from ..stats.columns import ALL_THEMES, SHARE_COLUMNS
from ..stats.insights.indicators import deepest_first, extract_indicators, theme_lookup_rows
from ..stats.insights.specificity import specificity
from ..stats.terms import term_counts
from ..text.tokenize import tokenize as _shared_tokenize


def _row(doc_id: str, scope: str, counts: dict[str, int], n_sections: int | None) -> dict:
    return {"doc_id": doc_id, "scope": scope, "n_sections": n_sections,
            "terms": list(counts), "counts": list(counts.values())}


def _plain(value) -> str:
    """A section's heading or text as ``fillna("")`` leaves it: missing (None, NaN) is empty."""
    return value if isinstance(value, str) else "" if _missing(value) else value


def term_rows(doc_id: str, text: str, sections: pd.DataFrame | None, tokenize=None) -> list[dict]:
    """The `schema.TERMS` rows of one article: its word counts over TEXT (scope "doc"), over its
    finest SECTIONS (scope "leaves") and over those carrying each theme (scope: the theme), each
    counted as `stats.terms` counts them (word-like tokens of two characters or more)."""
    if sections is None or sections.empty:
        return _term_rows(doc_id, text, [], [], tokenize)
    leaves = leaf_sections(sections)
    texts = (leaves["heading"].fillna("") + "\n" + leaves["text"].fillna("")).tolist()
    return _term_rows(doc_id, text, texts, leaves["labels"].tolist(), tokenize)


def _term_rows(doc_id: str, text: str, texts: list[str], labels: list, tokenize=None) -> list[dict]:
    """`term_rows` given the finest sections' texts (heading, line break, text) and labels."""
    tokenize = tokenize or _shared_tokenize
    rows = [_row(doc_id, "doc", term_counts([text or ""], tokenize)[0], None)]
    if not texts:
        return rows
    everything: dict[str, int] = {}
    by_theme: dict[str, dict[str, int]] = {}
    n_by_theme: dict[str, int] = {}
    for counts, labs in zip(term_counts(texts, tokenize), labels):
        labs = list(labs) if labs is not None else []
        themes = [t for t in ALL_THEMES if t in labs or (t == OTHER and not any(x in labs for x in THEMES))]
        for t, c in counts.items():
            everything[t] = everything.get(t, 0) + c
        for theme in themes:
            n_by_theme[theme] = n_by_theme.get(theme, 0) + 1
            acc = by_theme.setdefault(theme, {})
            for t, c in counts.items():
                acc[t] = acc.get(t, 0) + c
    rows.append(_row(doc_id, "leaves", everything, len(texts)))
    rows.extend(_row(doc_id, theme, by_theme.get(theme, {}), n_by_theme[theme])
                for theme in ALL_THEMES if theme in n_by_theme)
    return rows


class _Article:
    """One article's scored sections as plain column values (row order kept): what the measures
    read, without a DataFrame per article (pandas' groupby, sort and itertuples per article were
    a quarter of the per-article measures)."""

    __slots__ = ("rows",)

    def __init__(self):
        self.rows: list[int] = []

    def leaves(self, cols: dict[str, list]) -> tuple[list[str], list]:
        """`leaf_sections`: the texts (heading, line break, text) and labels of the sections that
        are no section's parent, in row order."""
        ids, parents = cols["section_id"], cols["parent_id"]
        parent_set = {parents[i] for i in self.rows if not _missing(parents[i])}
        kept = [i for i in self.rows if ids[i] not in parent_set]
        return ([_plain(cols["heading"][i]) + "\n" + _plain(cols["text"][i]) for i in kept],
                [cols["labels"][i] for i in kept])

    def lookup(self, cols: dict[str, list], levels: np.ndarray):
        """`indicators.theme_lookup` of the article's sections."""
        rows = np.asarray(self.rows, dtype=np.int64)
        order = rows[deepest_first(levels[rows])].tolist()
        return theme_lookup_rows([cols["heading"][i] for i in order], [cols["text"][i] for i in order],
                                 [cols["labels"][i] for i in order])


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _articles(scored: pd.DataFrame) -> tuple[dict[str, _Article], dict[str, list], np.ndarray]:
    """Per doc_id its rows of SCORED, the columns the measures read as lists, and the levels."""
    cols = {name: scored[name].tolist() for name in ("section_id", "parent_id", "heading", "text", "labels")}
    articles: dict[str, _Article] = {}
    for i, doc_id in enumerate(scored["doc_id"].tolist()):
        article = articles.get(doc_id)
        if article is None:
            article = articles[doc_id] = _Article()
        article.rows.append(i)
    return articles, cols, scored["level"].to_numpy()


def add_measures(results: list[dict], scored: pd.DataFrame | None) -> pd.DataFrame | None:
    """Give each file result in RESULTS its "profiles", "indicators" and "terms" rows, from its documents and
    SCORED, the scored sections of the whole batch (None or empty when there are none). Returns SCORED with
    a `chars_<theme>` column per theme and 其他: the characters its paragraphs give it (the profile's units, summed per section)."""
    from ..themes import labelled_units  # deferred: the theme models load scikit-learn

    have = scored is not None and len(scored) > 0
    shares: dict[str, tuple] = {}
    articles: dict[str, _Article] = {}
    if have:
        units, names = labelled_units(scored)
        profile = theme_shares(((u["doc_id"], u["n_chars"], u["labels"]) for u in units), names)
        shares = {row[0]: row[1:] for row in profile[["doc_id", "n_chars", *SHARE_COLUMNS]].itertuples(index=False)}
        scored = _with_chars(scored, theme_chars(((u["section_id"], u["n_chars"], u["labels"]) for u in units), names))
        articles, cols, levels = _articles(scored)
    for result in results:
        result["profiles"], result["indicators"], result["terms"] = [], [], []
        for record in result["documents"]:
            doc_id, text = record["doc_id"], record["text"]
            row = {"doc_id": doc_id, **specificity(text)}
            found = shares.get(doc_id)
            if found is not None:
                row["n_chars_profiled"] = int(found[0])
                row.update(zip(SHARE_COLUMNS, (float(v) for v in found[1:])))
            result["profiles"].append(row)
            article = articles.get(doc_id)
            lookup = article.lookup(cols, levels) if article is not None else None
            result["indicators"].extend(extract_indicators(text, doc_id, lookup))
            texts, labels = article.leaves(cols) if article is not None else ([], [])
            result["terms"].extend(_term_rows(doc_id, text, texts, labels))
    return scored


def _with_chars(scored: pd.DataFrame, chars: dict[str, dict[str, float]]) -> pd.DataFrame:
    """SCORED with its `chars_<theme>` columns: the characters CHARS gives each section (0 for none)."""
    empty = dict.fromkeys(ALL_THEMES, 0.0)
    found = [chars.get(section_id, empty) for section_id in scored["section_id"].tolist()]
    return scored.assign(**{f"chars_{t}": [per.get(t, 0.0) for per in found] for t in ALL_THEMES})
