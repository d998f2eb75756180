"""The plain keyword baseline: a theme applies when any of its seed terms occurs."""

from __future__ import annotations

import numpy as np

from ._text import prepare
from .taxonomy import load_taxonomy


class KeywordBaseline:
    """Any seed term present (no weights, no exclusions, no thresholds): the floor to beat."""

    def __init__(self, taxonomy: str | None = None):
        self.taxonomy = taxonomy

    @property
    def themes_(self) -> list[str]:
        return load_taxonomy(self.taxonomy).names

    def fit(self, X, Y, groups=None) -> KeywordBaseline:
        self.thresholds_ = np.full(len(self.themes_), 0.5)
        return self

    def predict_proba(self, X: list[str], prepared: bool = False) -> np.ndarray:
        tax = load_taxonomy(self.taxonomy)
        out = np.zeros((len(X), len(tax.themes)))
        for i, text in enumerate(X):
            text = text if prepared else prepare(text)
            for j, theme in enumerate(tax.themes):
                out[i, j] = float(any(t in text for t in theme.weighted_terms()))
        return out

    def predict(self, X: list[str]) -> np.ndarray:
        return (self.predict_proba(X) >= 0.5).astype(int)

    def explain(self, X: list[str], top: int = 5) -> list[dict[str, list]]:
        tax = load_taxonomy(self.taxonomy)
        out = []
        for text in X:
            text = prepare(text)
            out.append(
                {
                    theme.name: [[t, 1.0] for t in sorted(theme.weighted_terms()) if t in text][:top]
                    for theme in tax.themes
                }
            )
        return out
