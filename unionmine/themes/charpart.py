"""The char part of the default model: a character 2-3-gram TF-IDF logistic regression fitted on the
committed annotations and labelled real documents, shipped as numbers only.

Its vocabulary and idf come from the committed, team-written rows only (n-grams in ``min_df`` rows
or more), and the weight file names no n-gram: each is keyed by a 64-bit BLAKE2b digest of its
UTF-8 bytes (``c`` + n-gram) modulo 2**32 (two n-grams of the vocabulary sharing a key would be
refused when fitting). A text is read as scikit-learn's ``analyzer="char"`` reads it, after the
themes' own ``prepare`` (Simplified characters, no web noise): lower case, runs of two or more
white-space characters as one space; per vocabulary n-gram ``1 + log(count) * idf``, rows scaled to
unit length; per theme a logistic regression (liblinear, C 10, each real row counting ``real_weight``
times) gives the decision (log-odds). ``unionmine/data/real_char.json`` holds the keys, idf,
coefficients (rounded) and intercepts and the digests of what it was fitted on; ``scripts/real_themes.py
refit --char`` writes it. Its decision is the third input of the real-document calibration
(``realcal``). Predicting needs neither scikit-learn nor any text it was fitted on.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from ..errors import UsageError
from ..store.manifest import file_sha256
from ..store.paths import DATA
from ._part_file import read_part, write_part
from ._text import prepare

CHAR_PART = DATA / "real_char.json"
FORMAT = "unionmine-char-part/1"
HASH = "blake2b-64 of the UTF-8 bytes of 'c' + n-gram, modulo 2**32"
_SPACES = re.compile(r"\s\s+")  # scikit-learn's char analyzer: a run of white space is one space
DIGITS = 4  # significant digits kept of idf and coefficients in the file


def ngrams(text: str, ngram_range: tuple[int, int] = (2, 3), prepared: bool = False) -> Counter:
    """Counts of the character n-grams of TEXT (as scikit-learn's char analyzer sees it)."""
    text = _SPACES.sub(" ", (text if prepared else prepare(text)).lower())
    lo, hi = ngram_range
    return Counter(text[i : i + n] for n in range(lo, hi + 1) for i in range(len(text) - n + 1))


_memo: dict[str, int] = {}


def key(gram: str) -> int:
    """The n-gram's number in the weight file."""
    at = _memo.get(gram)
    if at is None:
        at = int.from_bytes(hashlib.blake2b(("c" + gram).encode("utf-8"), digest_size=8).digest(), "little") % 2 ** 32
        if len(_memo) < 2_000_000:
            _memo[gram] = at
    return at


_CODE_BITS = 21  # a code point plus one fits in 21 bits, so three fit in a 64-bit integer
_CODE_MASK = (1 << _CODE_BITS) - 1
_CODE_MEMO_LIMIT = 2_000_000


def _gram_codes(text: str, lo: int, hi: int) -> np.ndarray:
    """Each character n-gram of TEXT (LO <= n <= HI <= 3) as one integer; n-grams of different
    lengths never share one (code points count from 1, so a longer n-gram has a higher top part)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64) + np.uint64(1)
    parts = []
    for n in range(lo, hi + 1):
        m = len(points) - n + 1
        if m <= 0:
            continue
        code = points[:m].copy()
        for j in range(1, n):
            code = (code << np.uint64(_CODE_BITS)) | points[j : j + m]
        parts.append(code)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)


def _gram_of(code: int) -> str:
    """The n-gram an integer of `_gram_codes` stands for."""
    chars = []
    while code:
        chars.append(chr((code & _CODE_MASK) - 1))
        code >>= _CODE_BITS
    return "".join(reversed(chars))


def _round(values, digits: int = DIGITS) -> list[float]:
    return [float(f"{v:.{digits}g}") for v in np.asarray(values, dtype=float)]


class CharPart:
    """Per theme a logistic regression over TF-IDF character n-grams keyed by their hash."""

    def __init__(self, ngram_range: tuple[int, int] = (2, 3), min_df: int = 3, C: float = 10.0):
        self.ngram_range = tuple(ngram_range)
        self.min_df = min_df
        self.C = C

    # -- features ------------------------------------------------------------------------
    def fit_vocabulary(self, texts: list[str], prepared: bool = False) -> CharPart:
        """Keys and idf (smooth: ``ln((1 + n) / (1 + df)) + 1``) of the n-grams in ``min_df`` of TEXTS or more."""
        df = Counter()
        for text in texts:
            df.update(ngrams(text, self.ngram_range, prepared).keys())
        grams = sorted(g for g, d in df.items() if d >= self.min_df)
        keys = np.array([key(g) for g in grams], dtype=np.int64)
        if len(np.unique(keys)) != len(keys):
            raise UsageError("two n-grams of the char part's vocabulary share a key; cannot fit")
        order = np.argsort(keys)
        self.keys_ = keys[order]
        self.idf_ = np.array([math.log((1 + len(texts)) / (1 + df[grams[i]])) + 1.0 for i in order])
        return self

    def features(self, texts: list[str], prepared: bool = False) -> sp.csr_matrix:
        """Rows of ``(1 + log(count)) * idf`` over the vocabulary, scaled to unit length.

        Vectorised: every text's n-grams as integers (`_gram_codes`), each distinct one hashed once
        and remembered (`_columns`), counts by ``np.unique``; the figures are those of a loop over
        ``ngrams`` (same logarithms, same sums per row).
        """
        self._check("keys_")
        lo, hi = self.ngram_range
        if hi > 3:  # codes hold three code points; wider n-grams take the plain loop
            return self._features_by_loop(texts, prepared)
        if not len(self.keys_):
            return sp.csr_matrix((len(texts), 0))
        codes, rows = [], []
        for row, text in enumerate(texts):
            text = _SPACES.sub(" ", (text if prepared else prepare(text)).lower())
            found = _gram_codes(text, lo, hi)
            codes.append(found)
            rows.append(np.full(len(found), row, dtype=np.int64))
        n_cols = len(self.keys_)
        if not codes or not sum(map(len, codes)):
            return sp.csr_matrix((len(texts), n_cols))
        distinct, where = np.unique(np.concatenate(codes), return_inverse=True)
        cols = self._columns(distinct)[where]
        rows_all = np.concatenate(rows)
        hit = cols >= 0
        cells, counts = np.unique(rows_all[hit] * n_cols + cols[hit], return_counts=True)
        if not len(cells):  # n-grams, but none of the vocabulary
            return sp.csr_matrix((len(texts), n_cols))
        row_of, col_of = np.divmod(cells, n_cols)
        log_table = np.array([0.0] + [1.0 + math.log(c) for c in range(1, int(counts.max()) + 1)])
        vals = log_table[counts] * self.idf_[col_of]
        indptr = np.searchsorted(row_of, np.arange(len(texts) + 1))
        for start, end in pairwise(indptr):  # per row, as the loop summed it
            norm = float(np.sqrt((vals[start:end] ** 2).sum())) or 1.0
            vals[start:end] = vals[start:end] / norm
        return sp.csr_matrix((vals, col_of.astype(np.int64), indptr.astype(np.int64)), shape=(len(texts), n_cols))

    def _columns(self, codes: np.ndarray) -> np.ndarray:
        """The vocabulary column of each n-gram code (-1 when none), hashing only codes not met before."""
        memo = getattr(self, "_code_memo", None)
        if memo is None or memo[0] is not self.keys_:
            memo = self._code_memo = (self.keys_, np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64))
        known, known_cols = memo[1], memo[2]
        at = np.searchsorted(known, codes)
        seen = at < len(known)
        seen[seen] = known[at[seen]] == codes[seen]
        cols = np.full(len(codes), -1, dtype=np.int64)
        cols[seen] = known_cols[at[seen]]
        new = codes[~seen]
        if len(new):
            keys = np.array([key(_gram_of(int(c))) for c in new], dtype=np.int64)
            place = np.minimum(np.searchsorted(self.keys_, keys), len(self.keys_) - 1)
            new_cols = np.where(self.keys_[place] == keys, place, -1)
            cols[~seen] = new_cols
            if len(known) + len(new) <= _CODE_MEMO_LIMIT:
                merged = np.concatenate([known, new])
                order = np.argsort(merged, kind="stable")
                self._code_memo = (self.keys_, merged[order], np.concatenate([known_cols, new_cols])[order])
        return cols

    def _features_by_loop(self, texts: list[str], prepared: bool = False) -> sp.csr_matrix:
        cached = getattr(self, "_at", None)
        if cached is None or cached[0] is not self.keys_:  # key -> column, built once per vocabulary
            self._at = cached = (self.keys_, {int(k): i for i, k in enumerate(self.keys_)})
        at = cached[1]
        indptr, indices, data = [0], [], []
        for text in texts:
            cols: dict[int, float] = {}
            for gram, count in ngrams(text, self.ngram_range, prepared).items():
                i = at.get(key(gram))
                if i is not None:
                    cols[i] = cols.get(i, 0.0) + count
            idx = np.array(sorted(cols), dtype=np.int64)
            vals = np.array([(1.0 + math.log(cols[i])) * self.idf_[i] for i in idx])
            norm = float(np.sqrt((vals ** 2).sum())) or 1.0
            indices += idx.tolist()
            data += (vals / norm).tolist()
            indptr.append(len(indices))
        return sp.csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64),
                              np.asarray(indptr, dtype=np.int64)), shape=(len(texts), len(self.keys_)))

    # -- fitting and scoring ---------------------------------------------------------------
    def fit_features(self, X, y: np.ndarray, themes: list[str], sample_weight=None) -> CharPart:
        """Per theme a logistic regression on rows X (``features``) and a 0/1 matrix y (rows x themes)."""
        from sklearn.linear_model import LogisticRegression  # deferred: only fitting needs sklearn

        y = np.asarray(y, dtype=int)
        self.themes_ = list(themes)
        self.coef_ = np.zeros((y.shape[1], X.shape[1]))
        self.intercept_ = np.full(y.shape[1], -10.0)  # a theme with no positive never fires
        for j in range(y.shape[1]):
            if 0 < y[:, j].sum() < len(y):
                model = LogisticRegression(C=self.C, solver="liblinear").fit(X, y[:, j], sample_weight=sample_weight)
                self.coef_[j], self.intercept_[j] = model.coef_[0], model.intercept_[0]
            elif y[:, j].sum() == len(y):
                self.intercept_[j] = 10.0
        return self

    def decision_features(self, X) -> np.ndarray:
        self._check("coef_")
        return np.asarray(X @ self.coef_.T) + self.intercept_

    def decision(self, texts: list[str], prepared: bool = False) -> np.ndarray:
        """Log-odds per text and theme."""
        self._check("coef_")
        if not len(texts):
            return np.zeros((0, len(self.themes_)))
        return self.decision_features(self.features(texts, prepared))

    def _check(self, attribute: str) -> None:
        if not hasattr(self, attribute):
            raise UsageError("the char part is not fitted: call fit_vocabulary() and fit_features() or load it")

    # -- persistence -----------------------------------------------------------------------
    def to_dict(self, fitted_on: dict | None = None) -> dict:
        """Numbers and theme names only: keys, idf, per theme the coefficients (in the keys' order) and the intercept."""
        self._check("coef_")
        return {
            "format": FORMAT,
            "features": {"hash": HASH, "ngram_range": list(self.ngram_range), "min_df": int(self.min_df),
                         "analyzer": "themes prepare, lower case, white-space runs as one space (scikit-learn char)",
                         "values": "(1 + log(count)) * idf, rows scaled to unit length"},
            "C": float(self.C),
            "themes": list(self.themes_),
            "intercept": _round(self.intercept_, 8),
            "keys": [int(k) for k in self.keys_],
            "idf": _round(self.idf_),
            "coef": {t: _round(self.coef_[j]) for j, t in enumerate(self.themes_)},
            "fitted_on": fitted_on or {},
        }

    @classmethod
    def from_dict(cls, data: dict) -> CharPart:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise UsageError(f"not a unionmine char theme part ({FORMAT})")
        try:
            f = data["features"]
            if f.get("hash") != HASH:
                raise UsageError(f"unknown hashing {f.get('hash')!r}")
            part = cls(tuple(f["ngram_range"]), int(f["min_df"]), float(data.get("C", 10.0)))
            part.themes_ = list(data["themes"])
            part.keys_ = np.asarray(data["keys"], dtype=np.int64)
            part.idf_ = np.asarray(data["idf"], dtype=float)
            part.intercept_ = np.asarray(data["intercept"], dtype=float).reshape(len(part.themes_))
            part.coef_ = np.array([data["coef"][t] for t in part.themes_], dtype=float).reshape(len(part.themes_), -1)
        except (KeyError, TypeError, ValueError) as exc:
            raise UsageError(f"the char theme part is incomplete or malformed: {exc!r}") from exc
        if part.coef_.shape[1] != len(part.keys_) or len(part.idf_) != len(part.keys_) or (np.diff(part.keys_) <= 0).any():
            raise UsageError("the char theme part's keys, idf and coefficients do not match")
        part.fitted_on_ = dict(data.get("fitted_on", {}))
        return part

    def save(self, path: str | Path, fitted_on: dict | None = None) -> Path:
        return write_part(path, self.to_dict(fitted_on))

    @classmethod
    def load(cls, path: str | Path = CHAR_PART) -> CharPart:
        return cls.from_dict(read_part(path, "char theme part"))


def fit_char_part(committed_texts: list[str], committed_y: np.ndarray, real_texts: list[str], real_y: np.ndarray,
                  themes: list[str], real_weight: float = 3.0, C: float = 10.0, vocabulary: CharPart | None = None) -> CharPart:
    """The part fitted on the committed rows and the real rows (each counting REAL_WEIGHT times), its vocabulary
    and idf from the committed rows only (or VOCABULARY's, fitted on them before: the same for every fold)."""
    part = CharPart(C=C)
    if vocabulary is None:
        part.fit_vocabulary(committed_texts)
    else:
        part.keys_, part.idf_ = vocabulary.keys_, vocabulary.idf_
    X = sp.vstack([part.features(committed_texts), part.features(real_texts)]).tocsr() if len(real_texts) \
        else part.features(committed_texts)
    y = np.vstack([np.asarray(committed_y), np.asarray(real_y).reshape(-1, len(themes))]).astype(int)
    weights = np.r_[np.ones(len(committed_texts)), np.full(len(real_texts), float(real_weight))]
    return part.fit_features(X, y, themes, sample_weight=weights)


def part_from_dict(data: dict):
    """The calibration's third part from its dictionary: a char part or a hashed part (``themes.hashed``)."""
    from .hashed import HashedPart  # lazily: only an older calibration file needs it

    return CharPart.from_dict(data) if isinstance(data, dict) and data.get("format") == FORMAT else HashedPart.from_dict(data)


def file_digest(path: str | Path = CHAR_PART) -> str | None:
    """sha256 of the weight file (the calibration records the one it was fitted with)."""
    path = Path(path)
    return file_sha256(path) if path.is_file() else None
