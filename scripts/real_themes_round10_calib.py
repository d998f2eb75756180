"""Calibration variants for scripts/real_themes_round10.py ``calib``: on the default char part's saved stack inputs
(``stack``), per set left out, the shipped rule (``realcal.fit_joint_calibration``) against: C and thresholds by
leave-one-set-out inside the fitting sets, balanced class weights, thresholds by F-beta (beta 0.8 trades misses
for fewer added sections, 1.2 the reverse), and every other theme's char log-odds as extra inputs (``cross``)."""

from __future__ import annotations

import pickle

import numpy as np
from real_themes_metrics import macro_f1
from real_themes_round10 import STACK, Harness


def _fit(F, y, C, cw=None):
    from sklearn.linear_model import LogisticRegression

    return [LogisticRegression(C=C, class_weight=cw, max_iter=1000).fit(F[:, j, :], y[:, j]) for j in range(y.shape[1])]


def _score(models, F):
    return np.stack([m.predict_proba(F[:, j, :])[:, 1] for j, m in enumerate(models)], 1)


def tune(p, y, beta=1.0):
    """Per theme the threshold of the grid that maximises F-beta on P (ties: the first)."""
    grid, out = np.round(np.arange(0.05, 0.951, 0.025), 3), np.full(p.shape[1], 0.5)
    if beta == 1.0:
        from unionmine.themes._text import tune_thresholds

        return tune_thresholds(p, y)
    for j in range(p.shape[1]):
        best = -1.0
        for t in grid:
            pr = p[:, j] >= t
            tp = (pr & (y[:, j] == 1)).sum()
            P, R = tp / max(pr.sum(), 1), tp / max(y[:, j].sum(), 1)
            f = (1 + beta ** 2) * P * R / max(beta ** 2 * P + R, 1e-9)
            if f > best + 1e-12:
                best, out[j] = f, t
    return out


def calib(fin, y, grp, sin, k=4, cs=(0.1, 1.0, 10.0), cw=None, beta=1.0):
    from unionmine.themes import realcal

    folds, best = realcal.group_folds(grp, k), None
    for C in cs:
        oof = np.zeros(y.shape)
        for fi, si in folds:
            oof[si] = _score(_fit(fin[fi], y[fi], C, cw), fin[si])
        thr = tune(oof, y, beta)
        pred = oof >= thr
        f1 = np.mean([2 * (pred[:, j] & (y[:, j] == 1)).sum() / max(pred[:, j].sum() + y[:, j].sum(), 1)
                      for j in range(y.shape[1])])
        if best is None or f1 > best[0] + 1e-12:
            best = (f1, C, thr)
    return _score(_fit(fin, y, best[1], cw), sin) >= best[2]


def cross(F):
    """Per theme its own inputs and every other theme's char log-odds."""
    return np.stack([np.concatenate([F[:, j, :], np.delete(F[:, :, -1], j, axis=1)], 1) for j in range(F.shape[1])], 1)


def main() -> None:
    from unionmine.themes import realcal

    h, S = Harness(), pickle.load(STACK.open("rb"))

    def shipped(fin, y, g, sin, s):
        coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, y, g)
        return realcal.joint_scores(sin, coef, icpt) >= thr

    variants = {
        "shipped rule": shipped,
        "set folds": lambda fin, y, g, sin, s: calib(fin, y, list(s), sin, k=7),
        "balanced": lambda fin, y, g, sin, s: calib(fin, y, g, sin, cw="balanced"),
        "beta 0.8": lambda fin, y, g, sin, s: calib(fin, y, g, sin, beta=0.8),
        "beta 1.2": lambda fin, y, g, sin, s: calib(fin, y, g, sin, beta=1.2),
        "cross": lambda fin, y, g, sin, s: calib(cross(fin), y, g, cross(sin)),
        "cross, set folds": lambda fin, y, g, sin, s: calib(cross(fin), y, list(s), cross(sin), k=7),
    }
    for label, fn in variants.items():
        f1s = []
        for n in h.names:
            fit_idx, score_idx, fin, sin = S[n]
            p = fn(fin, h.gold[fit_idx], list(h.groups[fit_idx]), sin, h.setof[fit_idx])
            f1s.append(macro_f1(p, h.gold[score_idx].astype(bool)))
        print(f"{label}: " + " ".join(f"{f:.3f}" for f in f1s) + f" mean {np.mean(f1s):.3f}", flush=True)
