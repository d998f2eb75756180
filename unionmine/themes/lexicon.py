"""A transparent scorer: weighted seed terms of the taxonomy, counted in the text.

Per theme, each seed term found adds its weight (strong 1.0, weak 0.4), dampened for
repeats (1 + log count) and for length (long sections mention many things in passing);
phrases listed under ``exclude`` are blanked first, so 劳动竞赛 does not count as sport.
The sum becomes a score in [0, 1) by 1 - exp(-sum / scale) (supporting terms alone count half); thresholds are tuned per
theme on training data (default 0.5).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import numpy as np

from ..taxonomy import STRONG_WEIGHT, Taxonomy, load_taxonomy
from ._text import as_label_matrix, prepare, tune_thresholds


@lru_cache(maxsize=32)
def _compiled(terms: tuple[tuple[str, float], ...], exclude: tuple[str, ...]):
    ordered = sorted(terms, key=lambda tw: (-len(tw[0]), tw[0]))
    pattern = re.compile("|".join(re.escape(t) for t, _ in ordered)) if ordered else None
    excl = sorted(exclude, key=lambda t: (-len(t), t))
    excl_pattern = re.compile("|".join(re.escape(t) for t in excl)) if excl else None
    return pattern, dict(terms), excl_pattern


def term_hits(text: str, theme) -> dict[str, float]:
    """Contribution of each seed term of theme found in (prepared) text."""
    pattern, weights, excl = _compiled(tuple(sorted(theme.weighted_terms().items())), theme.exclude)
    if pattern is None or not text:
        return {}
    if excl is not None:
        text = excl.sub(lambda m: "\x00" * len(m.group()), text)
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    return {t: weights[t] * (1.0 + math.log(c)) for t, c in counts.items()}


class LexiconScorer:
    """Score themes by seed terms of the taxonomy; fit only tunes the thresholds."""

    def __init__(self, taxonomy: str | None = None, scale: float = 1.0, length_unit: int = 200):
        self.taxonomy = taxonomy
        self.scale = scale
        self.length_unit = length_unit

    def _tax(self) -> Taxonomy:
        return load_taxonomy(self.taxonomy)

    @property
    def themes_(self) -> list[str]:
        return self._tax().names

    def raw_scores(self, X: list[str], prepared: bool = False) -> np.ndarray:
        """Scores in [0, 1) per text and theme, before thresholds."""
        tax = self._tax()
        out = np.zeros((len(X), len(tax.themes)))
        for i, text in enumerate(X):
            text = text if prepared else prepare(text)
            damp = math.sqrt(max(1.0, len(text) / self.length_unit))
            for j, theme in enumerate(tax.themes):
                hits = term_hits(text, theme)
                strong = sum(w for w in hits.values() if w >= STRONG_WEIGHT)
                weak = sum(hits.values()) - strong
                # supporting terms count fully only beside a term that shows the theme
                total = (strong + (weak if strong else weak / 2)) / damp
                out[i, j] = 1.0 - math.exp(-total / self.scale)
        return out

    def fit(self, X: list[str], Y) -> LexiconScorer:
        y = as_label_matrix(Y, self.themes_)
        self.thresholds_ = tune_thresholds(self.raw_scores(list(X)), y)
        return self

    def predict_proba(self, X: list[str]) -> np.ndarray:
        return self.raw_scores(list(X))

    def predict(self, X: list[str]) -> np.ndarray:
        thresholds = getattr(self, "thresholds_", np.full(len(self.themes_), 0.5))
        return (self.predict_proba(X) >= thresholds).astype(int)

    def explain(self, X: list[str], top: int = 5) -> list[dict[str, list]]:
        """Per text and theme, the seed terms found and their contribution."""
        tax = self._tax()
        out = []
        for text in X:
            text = prepare(text)
            row = {}
            for theme in tax.themes:
                hits = sorted(term_hits(text, theme).items(), key=lambda kv: (-kv[1], kv[0]))
                row[theme.name] = [[t, round(w, 3)] for t, w in hits[:top]]
            out.append(row)
        return out
