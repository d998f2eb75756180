"""MinHash signatures of a text's character shingles, and what they estimate.

The near-duplicate finder (`documents.duplicates`) uses them only to find candidate pairs (an LSH
index over the signatures) and to rule out the candidates that cannot pass; a candidate that may pass
is decided on its exact shingle set (`shingle_keys`, the very set the signature is drawn from).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

SHINGLE = 3
NUM_PERM = 128
SCHEME = "affine32"  # fixed, so that signatures kept in a cache stay comparable
_NOISE = re.compile(r"[\s\W_]+")


def compact(text: str) -> str:
    """TEXT without white space and punctuation: copies differ in them more than in words."""
    return _NOISE.sub("", text or "")


def shingle_keys(text: str) -> np.ndarray:
    """The distinct character shingles of TEXT (`compact`), each packed exactly into 64 bits (21 bits a
    code point; a text of up to SHINGLE characters is its one shingle), sorted: the set a signature is
    drawn from, so that two texts' exact Jaccard and containment are counts over these arrays."""
    return compact_keys(compact(text))


def compact_keys(compact_text: str) -> np.ndarray:
    """`shingle_keys` of a text already `compact`."""
    points = np.frombuffer(compact_text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if not len(points):
        return np.zeros(0, dtype=np.uint64)
    size = min(SHINGLE, len(points))
    n = len(points) - size + 1
    keys = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):  # exact for SHINGLE <= 3; a hash (wrapping) beyond
            keys = (keys << np.uint64(21)) ^ points[k : n + k]
    keys.sort()  # distinct keys by sorting: several times faster than np.unique's hashing
    return keys[np.concatenate(([True], keys[1:] != keys[:-1]))]


def signature(text: str, num_perm: int = NUM_PERM) -> list[int] | None:
    """Shingle-set size followed by the MinHash values, as plain ints (picklable, JSON-able).

    None for a text with no shingles. Vectorised with numpy, because a profile showed
    datasketch's one SHA-1 call per shingle as a tenth of the pipeline's time: each shingle
    is packed exactly into 64 bits (21 bits a code point), hashed to 32 bits, then put
    through datasketch's own affine32 step (MurmurHash3 finalizer, the permutations of
    ``MinHash(seed=1)``), so the values stay comparable with ``DuplicateFinder``.
    """
    keys = shingle_keys(text)
    if not len(keys):
        return None
    with np.errstate(over="ignore"):
        hashes = _fmix32(
            ((keys * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)).astype(np.uint32)
        )
        a, b = _permutations(num_perm)
        a, b = a[:, None], b[:, None]  # one row per permutation: the minimum runs along rows
        values = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
        block = np.empty((num_perm, min(len(hashes), 4096)), dtype=np.uint32)
        for start in range(0, len(hashes), 4096):  # bounded memory on very long texts
            part = hashes[start : start + 4096]
            permuted = block[:, : len(part)]
            np.multiply(a, part, out=permuted)  # in place: no temporary matrices
            np.add(permuted, b, out=permuted)
            values = np.minimum(values, permuted.min(axis=1))
    return [len(keys), *values.tolist()]


def mix64(z: np.ndarray) -> np.ndarray:
    """SplitMix64's finalizer: every input bit moves every output bit (uint64, wrapping)."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, as datasketch's affine32 scheme applies it."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations of datasketch's ``MinHash(num_perm, seed=1, scheme="affine32")``.

    Drawn here exactly as datasketch draws them (tests compare the two) rather than imported:
    importing datasketch pulls in scipy, a second of start-up for every run.
    """
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


@lru_cache(maxsize=16)
def lsh_bands(
    threshold: float, num_perm: int, false_positive_weight: float = 0.5, false_negative_weight: float = 0.5
) -> tuple[int, int]:
    """(bands, rows) minimising the weighted chance of a false candidate or a missed one.

    The same search as datasketch's ``_optimal_param`` (tests compare the two), without its
    scipy import: both probabilities are integrals of polynomials of degree at most NUM_PERM,
    which Gauss-Legendre quadrature with NUM_PERM/2 + 1 nodes computes exactly.
    """
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    below = threshold / 2 * (nodes + 1)  # the nodes moved onto [0, threshold]
    above = threshold + (1 - threshold) / 2 * (nodes + 1)  # and onto [threshold, 1]
    best, chosen = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            # (1 - s**rows) ** bands: the chance that texts of similarity s share no band
            false_positive = threshold / 2 * float((1 - (1 - below**rows) ** bands) @ weights)
            false_negative = (1 - threshold) / 2 * float(((1 - above**rows) ** bands) @ weights)
            error = false_positive * false_positive_weight + false_negative * false_negative_weight
            if error < best:
                best, chosen = error, (bands, rows)
    return chosen


def estimated_similarity(sig_a: list[int] | np.ndarray, sig_b: list[int] | np.ndarray) -> float:
    """Estimate `similarity` of two texts from their signatures."""
    size_a, size_b = int(sig_a[0]), int(sig_b[0])
    jaccard = float(np.mean(np.asarray(sig_a[1:]) == np.asarray(sig_b[1:])))
    inter = jaccard * (size_a + size_b) / (1 + jaccard)
    return max(jaccard, min(1.0, inter / min(size_a, size_b)))


def estimated_similarities(signatures: np.ndarray, sig: np.ndarray) -> np.ndarray:
    """`estimated_similarity` of SIG with each row of SIGNATURES at once (the same arithmetic)."""
    sizes, size = signatures[:, 0].astype(np.int64), int(sig[0])
    jaccard = np.mean(signatures[:, 1:] == sig[1:], axis=1)
    inter = jaccard * (sizes + size) / (1 + jaccard)
    return np.maximum(jaccard, np.minimum(1.0, inter / np.minimum(sizes, size)))
