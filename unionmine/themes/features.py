"""TF-IDF features of a fitted theme model, computed with numpy alone (no scikit-learn at prediction).

Fitting uses scikit-learn's ``TfidfVectorizer``; predicting from a fitted (or cached) model only
needs its vocabularies and idf weights. Importing scikit-learn cost a second of every run's
start-up, and its counting loops (one Python step per token or n-gram) were most of the theme
scoring time. The numbers here are the same as scikit-learn's, bit for bit: the same counts in
the same sorted order, ``1 + log(count)``, times idf, rows divided by their l2 norm with the
squares summed left to right as its compiled loop does (tests/test_speedups.py compares them).
"""

from __future__ import annotations

import re
from itertools import chain, repeat

import numpy as np
import pandas as pd
import scipy.sparse as sp

from ..text.tokenize import TOKEN_CHARACTERS, cut, stopwords

WHITE_SPACES = re.compile(r"\s\s+")  # as sklearn's character analyzer normalises white space
BITS = 21  # every code point fits in 21 bits: an n-gram of up to 3 characters is one int64 key


def gram_keys(codes: np.ndarray, n: int) -> np.ndarray:
    """Integer key of the n-gram starting at each position (the last n-1 positions get junk)."""
    keys = codes.copy()
    if n >= 2:
        keys[:-1] = ((codes[:-1] + 1) << BITS) | codes[1:]
    if n == 3:
        keys[:-2] = ((codes[:-2] + 1) << (2 * BITS)) | (codes[1:-1] << BITS) | codes[2:]
    return keys


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)


def char_vocabulary_index(vocabulary: dict[str, int]) -> tuple[pd.Index, np.ndarray]:
    """A hash index over the keys of the vocabulary's 1-3 character n-grams, and their columns.

    pandas' hash lookup is ~8x faster than bisection into the sorted keys (a fifth of the
    char n-gram time); the keys are built with one array operation per n-gram length.
    """
    keys, cols = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for n in (1, 2, 3):
        terms = [t for t in vocabulary if len(t) == n]
        if terms:
            keys.append(gram_keys(_codes("".join(terms)), n)[::n])
            cols.append(np.array([vocabulary[t] for t in terms], dtype=np.int64))
    return pd.Index(np.concatenate(keys)), np.concatenate(cols)


def _count_matrix(rows: np.ndarray, cols: np.ndarray, n_docs: int, n_features: int) -> sp.csr_matrix:
    """Counts of (row, column) pairs as CSR with sorted column indices, as sklearn builds them."""
    cells, counts = np.unique(rows * n_features + cols, return_counts=True)
    indptr = np.searchsorted(cells, np.arange(n_docs + 1, dtype=np.int64) * n_features)
    return sp.csr_matrix(
        (counts.astype(np.float64), (cells % n_features).astype(np.int32), indptr.astype(np.int32)),
        shape=(n_docs, n_features),
    )


def char_counts(docs: list[str], keys: pd.Index, cols: np.ndarray, n_features: int,
                ngram_range: tuple[int, int], lowercase: bool = True) -> sp.csr_matrix:
    """Character n-gram counts (sklearn's ``analyzer="char"``): every n-gram one integer, looked up
    in ``char_vocabulary_index``."""
    docs = [WHITE_SPACES.sub(" ", d.lower() if lowercase else d) for d in docs]
    lengths = np.array([len(d) for d in docs], dtype=np.int64)
    codes = _codes("".join(docs))
    ends = np.repeat(np.cumsum(lengths), lengths)  # per position: where its document ends
    rows = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    positions = np.arange(len(codes), dtype=np.int64)
    found_rows, found_cols = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    if len(keys):
        for n in range(ngram_range[0], ngram_range[1] + 1):
            at = keys.get_indexer(gram_keys(codes, n))
            hit = (at >= 0) & (positions + n <= ends)
            found_rows.append(rows[hit])
            found_cols.append(cols[at[hit]])
    return _count_matrix(np.concatenate(found_rows), np.concatenate(found_cols), len(docs), n_features)


def tokenizable_vocabulary(vocabulary: dict[str, int]) -> dict[str, int]:
    """The vocabulary without words ``tokenize`` never returns (stopwords, no CJK character or two Latin letters)."""
    stop = stopwords()
    return {w: k for w, k in vocabulary.items() if w not in stop and TOKEN_CHARACTERS.search(w)}


def word_counts(docs: list[str], vocabulary: dict[str, int], n_features: int) -> sp.csr_matrix:
    """Counts of ``segmentation.tokenize`` words, given ``tokenizable_vocabulary`` of the fitted one.

    The words ``tokenize`` drops are taken out of the vocabulary once instead of out of every
    text, so the cut words are looked up as they come, in C (``map(dict.get, ...)``): the same
    counts as tokenizing each text, at a fraction of the cost.
    """
    token_lists = [cut(d) for d in docs]
    lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=len(token_lists))
    tokens = chain.from_iterable(token_lists)
    cols = np.fromiter(map(vocabulary.get, tokens, repeat(-1)), dtype=np.int64, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    kept = cols >= 0
    return _count_matrix(rows[kept], cols[kept], len(docs), n_features)


def tfidf(counts: sp.csr_matrix, idf: np.ndarray, sublinear_tf: bool = True) -> sp.csr_matrix:
    """sklearn's ``TfidfTransformer.transform`` (norm l2): the same operations in the same order."""
    X = counts
    if sublinear_tf:
        np.log(X.data, X.data)
        X.data += 1.0
    X.data *= idf[X.indices]
    _normalize_rows_l2(X)
    return X


def _normalize_rows_l2(X: sp.csr_matrix, budget: int = 1 << 21) -> None:
    """Divide each row by its l2 norm in place; squares summed left to right (a cumulative sum
    over rows padded with zeros), as sklearn's ``_inplace_csr_row_normalize_l2`` sums them.

    Rows are taken shortest first, in groups whose longest row is at most twice the shortest,
    so the padding stays small (in file order it was most of the work: 2x faster)."""
    lengths = np.diff(X.indptr).astype(np.int64)
    order = np.argsort(lengths, kind="stable")
    order = order[lengths[order] > 0]
    ranked = lengths[order]
    norms = np.ones(X.shape[0])
    start = 0
    while start < len(order):
        stop = int(np.searchsorted(ranked, 2 * ranked[start], side="right"))
        stop = min(stop, start + max(1, budget // int(ranked[stop - 1])))
        rows = order[start:stop]
        at = np.arange(ranked[stop - 1])
        inside = at < lengths[rows][:, None]
        values = X.data[np.where(inside, X.indptr[rows][:, None] + at, 0)]
        squares = np.where(inside, values * values, 0.0)
        norms[rows] = np.sqrt(np.cumsum(squares, axis=1)[:, -1])
        start = stop
    norms[norms == 0.0] = 1.0  # sklearn leaves empty rows alone
    X.data /= np.repeat(norms, lengths)
