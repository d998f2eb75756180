"""The per-article measures from column lists (no DataFrame per article) equal the measures computed
as before, article by article from groupby, sort_values and itertuples."""

from __future__ import annotations

import pandas as pd
from conftest import SEEDS
from fast_paths import GENRE, SETTINGS
from hypothesis import given, settings
from hypothesis import strategies as st

from unionmine.run.measures import add_measures, term_rows
from unionmine.sections.parse import parse_sections
from unionmine.stats.insights.indicators import extract_indicators
from unionmine.stats.insights.specificity import specificity


def _reference_lookup(sections: pd.DataFrame):
    """`indicators.theme_lookup` as it was."""
    secs = sections.sort_values("level", ascending=False)
    entries = []
    for rec in secs.itertuples(index=False):
        labels = rec.labels if rec.labels is not None else []
        body = f"{rec.heading or ''}\n{rec.text or ''}"
        entries.append((body, "、".join(str(x) for x in labels) or None))

    def lookup(_start, sentence):
        probe = sentence.strip()
        for body, theme in entries:
            if probe in body:
                return theme
        return None

    return lookup


def _reference_measures(results, scored):
    """`add_measures` as it was (profiles left out: unchanged), per article from a DataFrame."""
    by_doc = dict(tuple(scored.groupby("doc_id", sort=False))) if scored is not None and len(scored) else {}
    out = []
    for result in results:
        indicators, terms, profiles = [], [], []
        for record in result["documents"]:
            secs = by_doc.get(record["doc_id"])
            lookup = _reference_lookup(secs) if secs is not None else None
            indicators.extend(extract_indicators(record["text"], record["doc_id"], lookup))
            terms.extend(term_rows(record["doc_id"], record["text"], secs))
            profiles.append({"doc_id": record["doc_id"], **specificity(record["text"])})
        out.append((indicators, terms, profiles))
    return out


def _check(texts: list[str]) -> int:
    from unionmine.themes import score_sections

    results = [{"documents": [{"doc_id": f"d{i}", "text": t}]} for i, t in enumerate(texts)]
    rows = [r for res in results for rec in res["documents"] for r in parse_sections(rec["doc_id"], rec["text"])]
    scored = score_sections(pd.DataFrame(rows)) if rows else None
    want = _reference_measures(results, scored)
    add_measures(results, scored)
    for result, (indicators, terms, profiles) in zip(results, want):
        assert result["indicators"] == indicators
        assert result["terms"] == terms
        assert [{k: row[k] for k in p} for row, p in zip(result["profiles"], profiles)] == profiles
    return sum(len(w[0]) for w in want)


def test_same_measures_on_the_seeds():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    # the same section text at one level twice: which of the tied sections is found first matters
    texts += ["一、慰问\n发放慰问金300元。\n二、活动\n发放慰问金300元。\n（一）举办篮球赛两场\n（二）举办篮球赛两场"]
    assert _check(texts) > 100


@settings(SETTINGS, max_examples=30)  # each example loads and runs the theme classifier
@given(st.lists(GENRE, min_size=1, max_size=4))
def test_same_measures_on_random_articles(texts):
    _check([t.encode("utf-8", "replace").decode("utf-8") for t in texts])
