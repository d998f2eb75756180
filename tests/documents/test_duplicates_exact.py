"""The near-duplicate threshold decided on the exact shingle sets, not on MinHash estimates: invented texts
built to a known similarity just under and just over 0.5 (the share of the shorter text's 3-character
shingles found in the other, `duplicates.similarity`) fall on the side they are built on, every time."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from unionmine.documents.duplicates import (
    THRESHOLD,
    DuplicateFinder,
    mark_duplicates,
    shingles,
    signature,
    similarity,
)
from unionmine.run import pipeline, remark

POOL = [chr(c) for c in range(0x4E00, 0x9FA5)]  # distinct characters: every shingle is built, none by chance


def built_pair(seed: int, n_a: int, n_b: int, share: float) -> tuple[str, str]:
    """Two texts of N_A and N_B characters opening on one run of characters, then each its own, so that
    SHARE of the shorter one's shingles are in the other (the run's own shingles, not those across its end)."""
    shared = round(share * (min(n_a, n_b) - 2)) + 2
    chars = random.Random(seed).sample(POOL, n_a + n_b - shared)
    return "".join(chars[:n_a]), "".join(chars[:shared] + chars[n_a:])


def decided(a: str, b: str) -> tuple[bool, bool]:
    """(B marked a copy of A, A proposed to B as a candidate by the LSH index)."""
    finder = DuplicateFinder()
    finder.add("a", signature(a), None, a)
    return finder.add("b", signature(b), None, b) == "a", finder.candidates_scored > 0


@pytest.mark.parametrize("n_a, n_b, jaccard_under, jaccard_over", [
    (600, 600, 0.307, 0.361),  # one template's length: 0.5 of the shorter's shingles is a Jaccard of 1/3
    (800, 400, 0.185, 0.215),  # a text twice as long
])
def test_pairs_just_under_the_threshold_are_never_marked_and_just_over_always(n_a, n_b, jaccard_under, jaccard_over):
    proposed = 0
    for seed in range(30):
        for share, jaccard, expected in ((0.47, jaccard_under, False), (0.53, jaccard_over, True)):
            a, b = built_pair(seed, n_a, n_b, share)
            sa, sb = shingles(a), shingles(b)
            assert similarity(sa, sb) == pytest.approx(share, abs=0.003)
            assert len(sa & sb) / len(sa | sb) == pytest.approx(jaccard, abs=0.003)
            # with 128 hashes the estimate strays by 0.1 and more on either side of 0.5 here (0.37-0.57 at 0.47)
            copy, candidate = decided(a, b)
            assert copy is (expected and candidate), (seed, share)
            assert mark_duplicates([{"doc_id": "a", "text": a}, {"doc_id": "b", "text": b}])[1]["duplicate_of"] == (
                "a" if copy else None)
            proposed += expected and candidate
    # the LSH index's recall, not the decision: a pair of Jaccard 0.215 shares a band 91 times in 100
    assert proposed == 30 if n_a == n_b else proposed >= 25


def test_only_candidates_the_estimate_leaves_open_are_decided_exactly_and_the_kept_shingles_are_bounded():
    finder = DuplicateFinder()
    finder.KEYS_KEPT = 2_000  # a few texts' shingles
    texts = ["".join(random.Random(seed).sample(POOL, 500)) for seed in range(40)]  # unrelated
    for k, text in enumerate(texts):
        assert finder.add(f"u{k}", signature(text), None, text) is None
    assert finder.exact_checks == 0  # no candidate of an unrelated text is read back
    base = texts[0]
    for k in range(10):  # copies far above the threshold: the estimate settles them
        copy = base[: 480 + k] + "".join(random.Random(100 + k).sample(POOL, 10))
        assert finder.add(f"c{k}", signature(copy), None, copy) is not None
    assert finder.exact_checks == 0
    for k in range(10):  # texts near it, half of each from the first: decided exactly, shingles kept bounded
        near = base[: 250 + k] + "".join(random.Random(200 + k).sample(POOL, 240))
        finder.add(f"n{k}", signature(near), None, near)
        assert finder._keys_size <= finder.KEYS_KEPT + 500
    assert finder.exact_checks >= 10


def test_a_run_decides_as_the_finder_first_run_update_and_partitioned(tmp_path, monkeypatch):
    """The run's three ways of marking (first run, an update's patch or replay, partitioned) decide exactly."""
    root = tmp_path / "corpus"
    root.mkdir()
    expected = {}
    # seeds whose pair the estimate puts on the wrong side of 0.5 (0.47 estimated over, 0.53 under)
    for seed, share in ((0, 0.47), (4, 0.47), (8, 0.47), (7, 0.53), (10, 0.53), (12, 0.53)):
        a, b = built_pair(seed, 600, 600, share)
        (root / f"{seed}a.txt").write_text(a, encoding="utf-8")
        (root / f"{seed}b.txt").write_text(b, encoding="utf-8")
        expected[f"{seed}b.txt"] = share > THRESHOLD

    def marks(out) -> dict:
        docs = pd.read_parquet(out / "documents.parquet")
        ids = dict(zip(docs["doc_id"], docs["source"]))
        return {source: isinstance(d, str) and ids[d] == source.replace("b.txt", "a.txt")
                for source, d in zip(docs["source"], docs["duplicate_of"]) if source.endswith("b.txt")}

    pipeline.ingest([root], tmp_path / "out", progress=False)
    assert marks(tmp_path / "out") == expected
    pipeline.ingest([root], tmp_path / "parts", progress=False, partitioned=True)
    assert marks(tmp_path / "parts") == expected
    calls = []
    for name in ("_patch", "_replay"):
        monkeypatch.setattr(remark, name, _spied(getattr(remark, name), name, calls))
    a, b = built_pair(20, 600, 600, 0.53)
    (root / "0a.txt").write_text(a, encoding="utf-8")  # an edited pair: the update patches the index
    (root / "0b.txt").write_text(b, encoding="utf-8")
    pipeline.ingest([root], tmp_path / "out", progress=False)
    expected["0b.txt"] = True
    assert marks(tmp_path / "out") == expected
    (root / "9a.txt").write_text(built_pair(14, 600, 600, 0.47)[0], encoding="utf-8")  # files added: replayed
    (root / "9b.txt").write_text(built_pair(14, 600, 600, 0.47)[1], encoding="utf-8")
    pipeline.ingest([root], tmp_path / "out", progress=False)
    assert marks(tmp_path / "out") == {**expected, "9b.txt": False}
    assert calls == ["_patch", "_replay"]


def _spied(function, name: str, calls: list):
    def spied(*args, **kwargs):
        calls.append(name)
        return function(*args, **kwargs)
    return spied
