"""Near-duplicate finder: the parts drawn without datasketch equal datasketch's, and the one-query
candidate lookup finds exactly what one query per band found."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from unionmine.documents.duplicates import (
    DuplicateFinder,
    estimated_similarities,
    estimated_similarity,
    lsh_bands,
    signature,
)
from unionmine.documents.minhash import _permutations


@pytest.mark.parametrize("num_perm", [16, 128, 256])
def test_permutations_are_datasketchs(num_perm):
    a, b = MinHash(num_perm=num_perm, seed=1, scheme="affine32").permutations
    ours_a, ours_b = _permutations(num_perm)
    assert np.array_equal(ours_a, a.astype(np.uint32))
    assert np.array_equal(ours_b, b.astype(np.uint32))


@pytest.mark.parametrize("num_perm", [8, 32, 128, 256])
def test_lsh_bands_are_datasketchs_optimum(num_perm):
    for threshold in np.arange(0.05, 0.96, 0.1):
        for weights in [(0.5, 0.5), (0.2, 0.8), (0.9, 0.1)]:
            assert lsh_bands(float(threshold), num_perm, *weights) == _optimal_param(
                float(threshold), num_perm, *weights
            ), (threshold, num_perm, weights)


class _PerBandFinder(DuplicateFinder):
    """The finder as it was: one query per band, candidates merged in Python."""

    def add(self, doc_id, sig):
        if sig is None:
            return None
        values = np.asarray(sig, dtype=np.uint32)
        keys = self._band_keys(values[1:])
        candidates: set[int] = set()
        for key in keys:
            rows = self._db.execute(
                "SELECT ord FROM bands WHERE key = ? ORDER BY ord LIMIT ?", (key, self.PER_KEY)
            )
            candidates.update(order for (order,) in rows)
        best, best_key = None, None
        for order in sorted(candidates)[: self.MAX_CANDIDATES]:  # the most similar passing one, exact first
            candidate, blob = self._db.execute("SELECT doc_id, sig FROM docs WHERE ord = ?", (order,)).fetchone()
            score = estimated_similarity(np.frombuffer(blob, dtype=np.uint32), values)
            key = (blob == values.tobytes(), score)
            if score >= self.threshold and (best_key is None or key > best_key):
                best, best_key = candidate, key
        if self._db.execute(
            "INSERT OR IGNORE INTO docs (ord, doc_id, sig) VALUES (?, ?, ?)", (self._n, doc_id, values.tobytes())
        ).rowcount:
            self._db.executemany("INSERT INTO bands (key, ord) VALUES (?, ?)", [(k, self._n) for k in keys])
            self._n += 1
        return best


def _template_family(n: int, seed: int = 3) -> list[str]:
    """Texts sharing a common template part (many shared bands, similarity under the threshold),
    every third one a lightly reworded copy of an earlier text: which candidates are looked at,
    and in which order, decides what is found."""
    rng = random.Random(seed)
    common = "工会组织教职工开展活动，慰问困难职工，召开教代会审议方案。"
    chars = "教职工会活动慰问困难召开代审议方案篮球比赛维护合法权益校务公开建设之家送温暖组织女庆祝三八节学习上级精神"
    texts: list[str] = []
    for i in range(n):
        if i % 3 == 2 and texts:
            copy = list(rng.choice(texts))
            for _ in range(3):
                copy[rng.randrange(len(copy))] = rng.choice(chars)
            texts.append("".join(copy))
        else:
            texts.append(common + "".join(rng.choice(chars) for _ in range(60)))
    return texts


@pytest.mark.parametrize("per_key, max_candidates, bands_per_query", [(32, 256, 200), (2, 5, 200), (2, 5, 7), (1, 1, 3)])
def test_one_query_lookup_equals_one_query_per_band(per_key, max_candidates, bands_per_query):
    texts = _template_family(300)
    new, old = DuplicateFinder(), _PerBandFinder()
    for finder in (new, old):
        finder.PER_KEY, finder.MAX_CANDIDATES = per_key, max_candidates
    new.BANDS_PER_QUERY = bands_per_query
    found = [new.add(f"d{i}", signature(t)) for i, t in enumerate(texts)]
    expected = [old.add(f"d{i}", signature(t)) for i, t in enumerate(texts)]
    assert found == expected
    assert sum(f is not None for f in found) >= 10  # the family really has near-duplicates


def _datasketch_signature(text: str, num_perm: int = 128) -> list[int]:
    """The reference: datasketch's own affine32 MinHash, fed each distinct shingle packed as
    the vectorised signature packs it."""
    from unionmine.documents.duplicates import compact

    def packed_hash(shingle: bytes) -> int:
        key = 0
        for point in np.frombuffer(shingle, dtype=np.uint32).tolist():
            key = ((key << 21) ^ point) & (2**64 - 1)
        return ((key * 0x9E3779B97F4A7C15) & (2**64 - 1)) >> 32

    text = compact(text)
    shingles = {text[i : i + 3] for i in range(len(text) - 2)}
    minhash = MinHash(num_perm=num_perm, seed=1, scheme="affine32", hashfunc=packed_hash)
    minhash.update_batch([s.encode("utf-32-le") for s in shingles])
    return [len(shingles), *minhash.hashvalues.tolist()]


def test_vectorised_signature_is_datasketchs_minhash(seed_dir):
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seed_dir.iterdir())]
    texts += _template_family(20) + ["工会工作总结，篮球赛", "ab,cd;ef  gh" * 3, "𠀀𠀁𠀂工会" * 5]
    for text in texts:
        assert signature(text) == _datasketch_signature(text)
    assert signature("") is None and signature("，。 ") is None


def test_estimated_similarities_equal_the_one_at_a_time_estimate():
    texts = _template_family(60)
    signatures = np.array([signature(t) for t in texts], dtype=np.uint32)
    for sig in signatures[:10]:
        at_once = estimated_similarities(signatures, sig)
        assert at_once.tolist() == [estimated_similarity(row, sig) for row in signatures]


def test_work_per_article_is_bounded_however_many_came_before():
    """Each article reads at most PER_KEY earlier articles per band key from the index and scores at
    most MAX_CANDIDATES of them, whatever the number of articles already indexed: on a template
    family where keys are shared widely, the work per article grows with the articles before it
    only until the keys are full."""
    finder = DuplicateFinder()
    finder.PER_KEY, finder.MAX_CANDIDATES = 4, 16
    rows, scored = [], []
    for i, text in enumerate(_template_family(600)):
        before = finder.index_rows_read, finder.candidates_scored
        finder.add(f"d{i}", signature(text))
        rows.append(finder.index_rows_read - before[0])
        scored.append(finder.candidates_scored - before[1])
    assert max(rows) <= finder.bands * finder.PER_KEY and max(scored) <= finder.MAX_CANDIDATES
    assert max(scored) == finder.MAX_CANDIDATES  # the family does reach the bound
