"""The hashed part of the default model: a linear model fitted on labelled real documents that
ships no text.

Features are hashed, so the weight file holds numbers only: each token of a section (its words
from the project tokenizer, prefixed ``w``, and its character n-grams, prefixed ``c``) is mapped to
one of ``n_features`` columns by a 64-bit BLAKE2b digest of its UTF-8 bytes (no sign flip), counts
become ``1 + log(count)``, rows are scaled to unit length, and per theme a logistic regression
(class-balanced, liblinear dual) gives log-odds. ``unionmine/data/real_hashed.json`` holds the
non-zero coefficients by column number, the intercepts, the hashing settings and digests of what it
was fitted on (the committed annotations and the real labels, whose texts stay in a local copy);
``scripts/real_themes.py refit`` writes it. Its score is the third input of the real-document
calibration (``realcal``). Predicting needs neither scikit-learn nor the texts it was fitted on.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from ..errors import UsageError
from ..store.manifest import file_sha256
from ..store.paths import DATA
from ..text.tokenize import tokenize
from ._part_file import read_part, write_part
from ._text import prepare

HASHED_PART = DATA / "real_hashed.json"
FORMAT = "unionmine-hashed-part/1"
HASH = "blake2b-64 of the UTF-8 token, modulo n_features"
CLIP = 9.0  # log-odds are clipped to +-CLIP, as the supervised part's (``stack_inputs``)


def tokens(text: str, ngram_range: tuple[int, int] = (2, 3), prepared: bool = False) -> list[str]:
    """What is hashed: ``w`` + each word, then ``c`` + each character n-gram of the text without white space."""
    text = text if prepared else prepare(text)
    out = ["w" + w for w in tokenize(text)]
    chars = "".join(ch for ch in text if not ch.isspace())
    for n in range(ngram_range[0], ngram_range[1] + 1):
        out += ["c" + chars[i : i + n] for i in range(len(chars) - n + 1)]
    return out


_memo: dict[str, int] = {}


def _bucket(token: str, n_features: int) -> int:
    key = f"{n_features}\0{token}"
    at = _memo.get(key)
    if at is None:
        at = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little") % n_features
        if len(_memo) < 2_000_000:
            _memo[key] = at
    return at


def hash_features(texts: list[str], n_features: int, ngram_range: tuple[int, int] = (2, 3),
                  prepared: bool = False) -> sp.csr_matrix:
    """Rows of ``1 + log(count)`` per hashed column, scaled to unit length (an empty text: a zero row)."""
    indptr, indices, data = [0], [], []
    for text in texts:
        counts = Counter(_bucket(t, n_features) for t in tokens(text, ngram_range, prepared))
        cols = sorted(counts)
        vals = np.array([1.0 + math.log(counts[c]) for c in cols])
        norm = float(np.sqrt((vals ** 2).sum())) or 1.0
        indices += cols
        data += (vals / norm).tolist()
        indptr.append(len(indices))
    return sp.csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                          np.asarray(indptr, dtype=np.int64)), shape=(len(texts), n_features))


class HashedPart:
    """Per theme a logistic regression over hashed words and character n-grams."""

    def __init__(self, n_features: int = 2 ** 20, ngram_range: tuple[int, int] = (2, 3), C: float = 1.0):
        self.n_features = n_features
        self.ngram_range = tuple(ngram_range)
        self.C = C

    def features(self, texts: list[str], prepared: bool = False) -> sp.csr_matrix:
        return hash_features(texts, self.n_features, self.ngram_range, prepared)

    def fit_features(self, X: sp.csr_matrix, y: np.ndarray, themes: list[str], sample_weight=None) -> HashedPart:
        """Fit on hashed rows X (``features``) and a 0/1 matrix y (rows x themes)."""
        from sklearn.linear_model import LogisticRegression  # deferred: only fitting needs sklearn

        y = np.asarray(y, dtype=int)
        X = sp.csr_matrix(X)
        used = np.unique(X.indices)  # the dual solver over the columns some row has: same fit, much faster
        Xc = X[:, used]
        self.themes_ = list(themes)
        self.columns_ = used.astype(np.int64)
        self.coef_ = np.zeros((y.shape[1], len(used)))
        self.intercept_ = np.full(y.shape[1], -CLIP)  # a theme with no positive never fires
        for j in range(y.shape[1]):
            if 0 < y[:, j].sum() < len(y):
                model = LogisticRegression(C=self.C, class_weight="balanced", solver="liblinear", dual=True,
                                           max_iter=1000, random_state=0)
                model.fit(Xc, y[:, j], sample_weight=sample_weight)
                self.coef_[j], self.intercept_[j] = model.coef_[0], model.intercept_[0]
            elif y[:, j].sum() == len(y):
                self.intercept_[j] = CLIP
        return self

    def fit(self, texts: list[str], y: np.ndarray, themes: list[str], sample_weight=None) -> HashedPart:
        return self.fit_features(self.features(texts), y, themes, sample_weight)

    def decision_features(self, X: sp.csr_matrix) -> np.ndarray:
        """Log-odds per row of hashed features and theme, clipped to +-CLIP."""
        self._check()
        X = sp.csr_matrix(X)[:, self.columns_]
        return np.clip(np.asarray(X @ self.coef_.T) + self.intercept_, -CLIP, CLIP)

    def decision(self, texts: list[str], prepared: bool = False) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, len(self.themes_)))
        return self.decision_features(self.features(texts, prepared))

    def _check(self) -> None:
        if not hasattr(self, "coef_"):
            raise UsageError("the hashed part is not fitted: call fit() or load it")

    # -- persistence ---------------------------------------------------------------------
    def to_dict(self, fitted_on: dict | None = None) -> dict:
        """Numbers, the theme names and the hashing settings: per theme the non-zero coefficients by column."""
        self._check()
        weights = {}
        for j, theme in enumerate(self.themes_):
            keep = np.flatnonzero(np.round(self.coef_[j], 6) != 0)
            weights[theme] = {"columns": self.columns_[keep].tolist(),
                              "values": [round(float(v), 6) for v in self.coef_[j, keep]]}
        return {
            "format": FORMAT,
            "hashing": {"n_features": int(self.n_features), "hash": HASH, "alternate_sign": False,
                        "tokens": "w + each word (project tokenizer), c + each character n-gram without white space",
                        "ngram_range": list(self.ngram_range), "values": "1 + log(count), rows scaled to unit length"},
            "C": float(self.C),
            "themes": list(self.themes_),
            "intercept": [round(float(v), 6) for v in self.intercept_],
            "weights": weights,
            "fitted_on": fitted_on or {},
        }

    @classmethod
    def from_dict(cls, data: dict) -> HashedPart:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise UsageError(f"not a unionmine hashed theme part ({FORMAT})")
        h = data["hashing"]
        if h.get("hash") != HASH:
            raise UsageError(f"unknown hashing {h.get('hash')!r}")
        part = cls(int(h["n_features"]), tuple(h["ngram_range"]), float(data.get("C", 1.0)))
        part.themes_ = list(data["themes"])
        part.intercept_ = np.asarray(data["intercept"], dtype=float)
        columns = sorted({c for t in part.themes_ for c in data["weights"][t]["columns"]})
        at = {c: k for k, c in enumerate(columns)}
        part.columns_ = np.asarray(columns, dtype=np.int64)
        part.coef_ = np.zeros((len(part.themes_), len(columns)))
        for j, theme in enumerate(part.themes_):
            w = data["weights"][theme]
            part.coef_[j, [at[c] for c in w["columns"]]] = w["values"]
        part.fitted_on_ = dict(data.get("fitted_on", {}))
        return part

    def save(self, path: str | Path, fitted_on: dict | None = None) -> Path:
        return write_part(path, self.to_dict(fitted_on))

    @classmethod
    def load(cls, path: str | Path = HASHED_PART) -> HashedPart:
        return cls.from_dict(read_part(path, "hashed theme part"))


def mean_part(parts: list[HashedPart]) -> HashedPart:
    """The linear model whose log-odds are the mean of PARTS' (same hashing and themes): mean
    coefficients over the union of their columns, mean intercepts."""
    first = parts[0]
    columns = np.unique(np.concatenate([p.columns_ for p in parts]))
    coef = np.zeros((len(first.themes_), len(columns)))
    for p in parts:
        coef[:, np.searchsorted(columns, p.columns_)] += p.coef_
    out = HashedPart(first.n_features, first.ngram_range, first.C)
    out.themes_, out.columns_ = list(first.themes_), columns
    out.coef_ = coef / len(parts)
    out.intercept_ = np.mean([p.intercept_ for p in parts], axis=0)
    return out


def file_digest(path: str | Path = HASHED_PART) -> str | None:
    """sha256 of the weight file (the calibration records the one it was fitted with)."""
    path = Path(path)
    return file_sha256(path) if path.is_file() else None
