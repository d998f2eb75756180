"""scripts/real_themes_round10_calib.py: the F-beta thresholds and the cross-theme inputs of round 10's calibration
variants, on invented scores (no real text)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from real_themes_round10_calib import calib, cross, tune


def test_fbeta_threshold_trades_misses_for_additions():
    # one theme: positives at 0.9, 0.8, 0.6; negatives at 0.7, 0.5, 0.2
    p = np.array([[0.9], [0.8], [0.6], [0.7], [0.5], [0.2]])
    y = np.array([[1], [1], [1], [0], [0], [0]])
    low, high = tune(p, y, 0.5)[0], tune(p, y, 2.0)[0]
    assert (p[:, 0] >= low).sum() < (p[:, 0] >= high).sum()  # precision-weighted: fewer sections given the theme
    assert ((p[:, 0] >= high) & (y[:, 0] == 1)).sum() == 3  # recall-weighted: every positive found
    assert 0.7 < low <= 0.8 and 0.5 < high <= 0.6  # F0.5 best at two sections (0.909), F2 at four (0.938)


def test_cross_adds_every_other_theme_last_input():
    F = np.arange(2 * 3 * 2, dtype=float).reshape(2, 3, 2)  # rows, themes, inputs (last: char log-odds)
    out = cross(F)
    assert out.shape == (2, 3, 4)
    assert out[0, 1].tolist() == [2.0, 3.0, 1.0, 5.0]  # theme 1's own inputs, then themes 0 and 2's char log-odds


def test_calib_learns_a_separable_theme():
    rng = np.random.default_rng(0)
    y = (rng.random((80, 2)) < 0.4).astype(int)
    F = np.stack([y * 4.0 - 2 + rng.normal(0, 0.3, y.shape), rng.normal(0, 1, y.shape)], axis=-1)
    groups = [f"g{i // 2}" for i in range(80)]
    pred = calib(F[:60], y[:60], groups[:60], F[60:])
    assert (pred == y[60:].astype(bool)).all()
