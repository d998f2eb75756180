"""Per-article measures computed once, in the per-file chain, for the report to aggregate.

`profiles.parquet` holds one row per article: its share of characters per theme from paragraph
units (`themes.theme_profile`) and its stock-phrase and fact shares (`specificity`);
`indicators.parquet` one row per quantity found in an article (money, people, visits, events,
rates, counts) with the theme of its section. The report used to compute each over the whole
corpus in one process; per batch of files the values are the same, because every unit,
sentence and article is judged on its own.
"""

from __future__ import annotations

import pandas as pd

from ..stats.columns import SHARE_COLUMNS
from ..stats.insights.indicators import extract_indicators, theme_lookup
from ..stats.insights.specificity import specificity


def add_measures(results: list[dict], scored: pd.DataFrame | None) -> None:
    """Give each file result in RESULTS its "profiles" and "indicators" rows, from its documents and
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
        result["profiles"], result["indicators"] = [], []
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
