"""Near-duplicate articles: MinHash signatures over character shingles, LSH to find candidates.

The finder is streaming: each article is compared with the earlier ones only, as it arrives,
so a corpus of any size needs memory only for the signatures' index.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
SCHEME = "affine32"  # fixed, so that signatures kept in a cache stay comparable
_NOISE = re.compile(r"[\s\W_]+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Character shingles of TEXT with white space and punctuation removed."""
    compact = _NOISE.sub("", text)
    if len(compact) <= size:
        return {compact} if compact else set()
    return {compact[i : i + size] for i in range(len(compact) - size + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> list[int] | None:
    """MinHash signature of TEXT as plain ints (picklable, JSON-able); None for empty text."""
    grams = shingles(text)
    if not grams:
        return None
    mh = MinHash(num_perm=num_perm, seed=1, scheme=SCHEME)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return [int(v) for v in mh.hashvalues]


class DuplicateFinder:
    """Say, for each new article, which earlier article it nearly duplicates."""

    def __init__(self, threshold: float = 0.8, num_perm: int = NUM_PERM):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._order: dict[str, int] = {}
        self._signatures: dict[str, np.ndarray] = {}

    def add(self, doc_id: str, sig: list[int] | None) -> str | None:
        """Index DOC_ID and return the doc_id of the earliest earlier near-duplicate, or None."""
        if sig is None:
            return None
        values = np.asarray(sig, dtype=np.uint64)
        mh = MinHash(num_perm=self.num_perm, seed=1, hashvalues=values, scheme=SCHEME)
        best = None
        for candidate in self._lsh.query(mh):
            similarity = float(np.mean(self._signatures[candidate] == values))
            if similarity >= self.threshold and (best is None or self._order[candidate] < self._order[best]):
                best = candidate
        if doc_id not in self._order:
            self._order[doc_id] = len(self._order)
            self._signatures[doc_id] = values
            self._lsh.insert(doc_id, mh)
        return best
