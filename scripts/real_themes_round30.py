#!/usr/bin/env python3
"""Round 30 (issue 13): the second theme of a section, and 维权 written without its words.

Round 28's harness (``real_themes_festivals.py``: the shipped recipe refitted in every direction, sets left out in
turn, three inner partitions, the 150 held-out sections), with each direction's scores kept (the three inputs, the
combined score and the thresholds: what ``classify(…, explain=True)`` shows), round 28's introduction rule applied
to the decisions (so base and variants are both judged with it) and, when the package on the path has it, round 30's
教代会 rule (``[context] congress_business``: 维权 beside 民主管理 for a congress adopting a rule on pay), and one
general remedy switched on by the environment:

- ``R30_SECOND=1`` (remedy a): a second, lower threshold per theme for a section that another theme already passes
  and that is at least L characters long (a summary's area). Per theme, L (among ``R30_LENGTHS``) and the lower
  threshold are chosen on the fitting rows' out-of-fold combined scores (the calibration's own grouped folds and C),
  the F1 of that theme on those rows; a theme keeps its single threshold unless the pair raises that F1. Only the
  fitting rows choose: the scored set never does.

    export REAL_SETS=1,…,12,14,…,30 FEST_C=1 FEST_OUT=/tmp/t30fest OMP_NUM_THREADS=1
    PYTHONPATH=PKG python scripts/real_themes_festivals.py build TAG
    [R13_SEED=N] FEST_POOL=$A [R30_SECOND=1] PYTHONPATH=PKG python scripts/real_themes_round30.py loso TAG2
    [R13_SEED=N] FEST_FIT=$A [R30_SECOND=1] PYTHONPATH=PKG python scripts/real_themes_round30.py heldout TAG2
    python scripts/real_themes_festivals.py table base TAG2

(``loso``/``heldout`` read ``TAG_cache.pkl`` of the tag before an ``@``: ``base@2`` reads ``base_cache.pkl``.)
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_festivals as fest
import real_themes_round13 as r13
from real_themes_metrics import macro_f1

SECOND = os.environ.get("R30_SECOND") == "1"
LENGTHS = [int(x) for x in os.environ.get("R30_LENGTHS", "0,100,200,300,500").split(",")]
GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


def oof_scores(fin, y, groups, C, k=4) -> np.ndarray:
    """The calibration's out-of-fold combined scores on its fitting rows (its folds, its C)."""
    from unionmine.themes import realcal

    oof = np.zeros(y.shape)
    for fi, si in realcal.group_folds(groups, k):
        oof[si] = realcal.joint_scores(fin[si], *realcal._fit_joint(fin[fi], y[fi], C))
    return oof


def _f1(pred, yj) -> float:
    return 2 * (pred & (yj == 1)).sum() / max(pred.sum() + yj.sum(), 1)


def choose_second(oof, y, thr, lengths) -> list[tuple[int, float] | None]:
    """Per theme (L, lower threshold) raising that theme's out-of-fold F1 the most, or None."""
    first = oof >= thr
    out = []
    for j in range(y.shape[1]):
        other = np.delete(first, j, axis=1).any(axis=1)
        best, pick = _f1(first[:, j], y[:, j]), None
        for L in LENGTHS:
            where = other & (lengths >= L) & ~first[:, j]
            for t in GRID[GRID < thr[j]][::-1]:
                f = _f1(first[:, j] | (where & (oof[:, j] >= t)), y[:, j])
                if f > best + 1e-9:
                    best, pick = f, (L, float(t))
        out.append(pick)
    return out


def apply_second(scores, thr, lengths, second) -> np.ndarray:
    first = scores >= thr
    pred = first.copy()
    for j, pick in enumerate(second):
        if pick is None:
            continue
        other = np.delete(first, j, axis=1).any(axis=1)
        pred[:, j] |= other & (lengths >= pick[0]) & (scores[:, j] >= pick[1])
    return pred


def run(h, sets, score_idx, fit_rows=None) -> dict:
    """The recipe (``r13.run(h, "recipe", …)``) with its scores kept, remedy a when on, the introduction rule."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import intro, realcal

    idx, groups = fit_rows(sets) if fit_rows else h.fit_rows(sets)
    fin, sin = r13.stack(h, idx, idx, dict(zip(idx.tolist(), groups)), score_idx, 3.0, None)
    y = h.gold[idx]
    coef, icpt, thr, C = realcal.fit_joint_calibration(fin, y, groups, 4)
    scores = realcal.joint_scores(sin, coef, icpt)
    lengths = np.array([len(h.ptexts[i].strip()) for i in score_idx])
    second = None
    if SECOND:
        fit_len = np.array([len(h.ptexts[i].strip()) for i in idx])
        second = choose_second(oof_scores(fin, y, groups, C), y, thr, fit_len)
        pred = apply_second(scores, thr, lengths, second)
    else:
        pred = scores >= thr
    context, texts = load_taxonomy().context, [h.ptexts[i] for i in score_idx]
    pred[intro.introductions(texts, context)] = False
    if getattr(context, "congress_business", ()):  # the package's 教代会 rule (round 30), when the package on the path has it
        given, adds = (list(load_taxonomy().names).index(t) for t in context.congress_business_adds)
        pred[:, adds] |= pred[:, given] & intro.congress_business(texts, context)
    for theme, where in getattr(intro, "drops", lambda *_: [])(texts, context):  # round 31's kinds, when the package has them
        pred[where, list(load_taxonomy().names).index(theme)] = False
    return {"pred": pred, "scores": scores, "thr": thr, "inputs": sin, "second": second, "coef": coef}


def _cache(tag: str) -> Path:
    return fest.OUT / f"{tag.partition('@')[0]}_cache.pkl"


def cmd_loso(tag: str) -> None:
    r13.CACHE = _cache(tag)
    h = r13.harness()
    out = {}
    for n in fest.SCORED:
        idx = np.flatnonzero(h.setof == n)
        res = run(h, fest.fit_sets(h.names, n), idx)
        out[n] = {**res, "gold": h.gold[idx].astype(bool), "groups": list(h.raw_group[idx]),
                  "ids": [h.rows[i]["id"] for i in idx]}
        print(f"  {tag} set {n}: {macro_f1(res['pred'], out[n]['gold']):.3f} second {res['second']}", flush=True)
    fest._path(tag, "loso").write_bytes(pickle.dumps(out))


def cmd_heldout(tag: str) -> None:
    """One fit on the sets of FEST_FIT (4_shared too), the 150 held-out sections scored."""
    r13.SETS = [s for s in fest.SETS if s[0] in fest.FIT]
    h = r13.Heldout()
    cal = [str(k) for k in range(1, len(r13.SETS) + 1)] + [str(len(r13.SETS) + 1)]
    score_idx = np.arange(h.n_real, len(h.gold))
    res = run(h, cal, score_idx, h.rows_of)
    gold = h.gold[score_idx].astype(bool)
    print(f"  {tag} held out, sets {len(r13.SETS)}: {macro_f1(res['pred'], gold):.3f} second {res['second']}",
          flush=True)
    fest._path(tag, "heldout").write_bytes(pickle.dumps({len(r13.SETS): res["pred"], "gold": gold,
                                                        "groups": h.test_groups, "res": res}))


if __name__ == "__main__":
    r13._seeded_partition()
    fest._pin_c()
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "loso":
        cmd_loso(args[0])
    elif cmd == "heldout":
        cmd_heldout(args[0])
    else:
        raise SystemExit(__doc__)
