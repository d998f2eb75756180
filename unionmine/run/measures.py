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

import pandas as pd

from ..schema import OTHER, THEMES
from ..sections.parse import leaf_sections
from ..stats.columns import ALL_THEMES, SHARE_COLUMNS
from ..stats.insights.indicators import extract_indicators, theme_lookup
from ..stats.insights.specificity import specificity
from ..stats.terms import _default_tokenizer, _term_counts


def _row(doc_id: str, scope: str, counts: dict[str, int], n_sections: int | None) -> dict:
    return {"doc_id": doc_id, "scope": scope, "n_sections": n_sections,
            "terms": list(counts), "counts": list(counts.values())}


def term_rows(doc_id: str, text: str, sections: pd.DataFrame | None, tokenize=None) -> list[dict]:
    """The `schema.TERMS` rows of one article: its word counts over TEXT (scope "doc"), over its
    finest SECTIONS (scope "leaves") and over those carrying each theme (scope: the theme), each
    counted as `stats.terms` counts them (word-like tokens of two characters or more)."""
    tokenize = tokenize or _default_tokenizer()
    rows = [_row(doc_id, "doc", _term_counts([text or ""], tokenize)[0], None)]
    if sections is None or sections.empty:
        return rows
    leaves = leaf_sections(sections)
    texts = (leaves["heading"].fillna("") + "\n" + leaves["text"].fillna("")).tolist()
    everything: dict[str, int] = {}
    by_theme: dict[str, dict[str, int]] = {}
    n_by_theme: dict[str, int] = {}
    for counts, labs in zip(_term_counts(texts, tokenize), leaves["labels"]):
        labs = list(labs) if labs is not None else []
        themes = [t for t in ALL_THEMES if t in labs or (t == OTHER and not any(x in labs for x in THEMES))]
        for t, c in counts.items():
            everything[t] = everything.get(t, 0) + c
        for theme in themes:
            n_by_theme[theme] = n_by_theme.get(theme, 0) + 1
            acc = by_theme.setdefault(theme, {})
            for t, c in counts.items():
                acc[t] = acc.get(t, 0) + c
    rows.append(_row(doc_id, "leaves", everything, len(leaves)))
    rows.extend(_row(doc_id, theme, by_theme.get(theme, {}), n_by_theme[theme])
                for theme in ALL_THEMES if theme in n_by_theme)
    return rows


def add_measures(results: list[dict], scored: pd.DataFrame | None) -> None:
    """Give each file result in RESULTS its "profiles", "indicators" and "terms" rows, from its documents and
    SCORED, the scored sections of the whole batch (None or empty when there are none)."""
    from ..themes import theme_profile  # deferred: the theme models load scikit-learn

    have = scored is not None and len(scored) > 0
    shares: dict[str, tuple] = {}
    by_doc: dict[str, pd.DataFrame] = {}
    if have:
        profile = theme_profile(scored)
        shares = {row[0]: row[1:] for row in profile[["doc_id", "n_chars", *SHARE_COLUMNS]].itertuples(index=False)}
        by_doc = dict(tuple(scored.groupby("doc_id", sort=False)))
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
            secs = by_doc.get(doc_id)
            lookup = theme_lookup(secs) if secs is not None else None
            result["indicators"].extend(extract_indicators(text, doc_id, lookup))
            result["terms"].extend(term_rows(doc_id, text, secs))
