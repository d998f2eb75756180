"""Fast paths of the statistics give exactly what the plain code they replace gives."""

from __future__ import annotations

import random

import pandas as pd

from unionmine.stats.terms import _contrast, _contrast_rows


def _plain(counts_by_group, n_top, min_count):
    """The per-group tables of `_contrast` (one log-odds table over the whole vocabulary per group)."""
    frames = []
    for key, table in _contrast(counts_by_group, n_top, min_count).items():
        table.insert(0, "key", key)
        frames.append(table)
    return pd.concat(frames, ignore_index=True)[["key", "rank", "term", "count", "count_rest", "log_odds", "z"]]


def test_contrast_rows_equal_the_per_group_tables_bit_for_bit():
    rng = random.Random(7)
    vocab = [f"词{i}" for i in range(300)]
    for trial in range(20):
        groups = {}
        for g in range(rng.randint(2, 40)):
            words = rng.sample(vocab, rng.randint(1, 120))
            groups[f"单位{g}"] = {w: rng.choice([1, 1, 2, 3, 5, 8, 40]) for w in words}
        n_top, min_count = rng.choice([(10, 2), (15, 3), (3, 1)])
        fast = pd.DataFrame(_contrast_rows(groups, n_top, min_count),
                            columns=["key", "rank", "term", "count", "count_rest", "log_odds", "z"])
        plain = _plain(groups, n_top, min_count)
        assert len(plain) > 0, trial
        pd.testing.assert_frame_equal(fast, plain, check_dtype=False, check_exact=True)
