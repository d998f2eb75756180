#!/usr/bin/env python3
"""Round 13 (issue 13): the shipped recipe (char part + three-input calibration) over thirteen real sets.

Sets 11 and 12 (blind sets scored on the shipped default, now development data) and 13 (training data cut from the
ingestion sets' pages, 70% 其他) join sets 1-10. Set 13 is in every fit and never scored; each of sets 1-12 is scored
by a recipe fitted on the twelve others, beside the shipped default as shipped (fitted on sets 1-8 and 4_shared:
for sets 1-8 that is an in-sample figure, for sets 9-12 an honest one).

A recipe here is (which sets the char part is fitted on, which sets the calibration is fitted on, weights): the
char part's decision on a calibration row is out-of-fold (grouped k-fold) when the part was fitted on that row's set,
and the full part's decision otherwise (a set the part never saw needs no fold). ``recipe`` fits both on every
other set (what ``refit --char`` does with more labels, round 11's refit); ``calonly`` keeps the char part on the old
sets 1-8 (the shipped part's sets) and refits the calibration on every other set, so the char part's coefficients
do not move (its vocabulary and idf never do: they come from the committed rows only). ``VARIANT@N`` fits on sets
1-N and 4_shared only (``recipe@8``: the shipped default's fit); ``R13_SEED=N`` deals the inner folds' groups in a
seeded order (another partition).

    python scripts/real_themes_round13.py build                  # local/r13_cache.pkl (texts stay local)
    python scripts/real_themes_round13.py shipped                # the shipped default on sets 1-12 (9-12 honest)
    python scripts/real_themes_round13.py loso VARIANT…          # each of sets 1-12 left out, paired with the shipped
    python scripts/real_themes_round13.py heldout VARIANT…       # the 150 held-out sections, sets 1-13 and 4_shared
    python scripts/real_themes_round13.py errors VARIANT 9 10 11 12   # local/r13_errors_VARIANT.jsonl (counts printed)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_round11 as r11
from real_themes_data import build_set_cache
from real_themes_metrics import macro_f1, paired_difference

L, W = "corpus/annotations/real", "/work/local"
SETS = [("1", f"{L}/labels.jsonl", f"{W}/real_sections.jsonl")] + [
    (str(k), f"{L}/labels{k}.jsonl", f"{W}/real_sections{k}.jsonl") for k in range(2, 14)]
OLD = [str(k) for k in range(1, 9)]  # the sets the shipped default was fitted on (with 4_shared)
SHARED = ("14", f"{L}/labels4_shared.jsonl", f"{W}/real_sections4_shared.jsonl")  # in the shipped fit; never scored
ALWAYS = ["13", "14"]  # in every fit, never scored
CACHE = Path("local/r13_cache.pkl")
ANNOTATIONS = None  # the committed annotations (a folder: tests)
SEED = os.environ.get("R13_SEED")  # another inner partition: groups dealt to the folds in a seeded order (round 11b)
SAVED = Path("local")  # r13_loso_VARIANT.json: each variant's per-set figures


def saved(variant: str) -> Path:
    return SAVED / f"r13_loso_{variant}{'' if SEED is None or variant == 'shipped' else '_s' + SEED}.json"


def _seeded_partition() -> None:
    """With R13_SEED set, every inner grouped split (the char part's out-of-fold inputs, the calibration's C and
    thresholds) deals the groups to the folds in that seed's order (``real_themes_cv.real_folds``)."""
    if SEED is None:
        return
    from real_themes_cv import real_folds

    from unionmine.themes import realcal

    realcal.group_folds = lambda groups, k: real_folds(list(groups), min(k, len(set(groups))), int(SEED))


def build() -> None:
    build_set_cache([*SETS, SHARED], ANNOTATIONS, CACHE)


def harness() -> r11.Harness:
    """Round 11's harness over the cache, its ``fit_rows`` dropping repeats as ``refit --drop-repeats`` does: a row
    whose text (digest) a set earlier in the fitting order has is not fitted on (4_shared repeats sets 5-7; set 6
    repeats some of set 5)."""
    r11.CACHE = CACHE
    h = r11.Harness()
    plain = h.fit_rows

    def fit_rows(fit_sets):
        idx, groups = plain(fit_sets)
        first: dict[str, str] = {}
        for i in idx:
            first.setdefault(h.rows[i]["sha256"], h.setof[i])
        keep = np.array([first[h.rows[i]["sha256"]] == h.setof[i] for i in idx])
        return idx[keep], [g for g, k in zip(groups, keep) if k]

    h.fit_rows = fit_rows
    return h


# ---- the recipe with its char part and its calibration on different sets -----------------------------

def part(h, Xc, Xr, idx, weights, C: float = 10.0):
    """Per theme the char part's regression on the committed rows (weight 1) and the real rows IDX; WEIGHTS: per
    real row and theme (rows x themes), as ``realcal.fit_char_stack`` counts a real row ``real_weight`` times."""
    from sklearn.linear_model import LogisticRegression

    X = sp.vstack([Xc, Xr[idx]]).tocsr()
    return [LogisticRegression(C=C, solver="liblinear").fit(
        X, np.r_[h.cy[:, j], h.gold[idx, j]], sample_weight=np.r_[np.ones(Xc.shape[0]), weights[:, j]])
        for j in range(len(h.themes))]


def _dec(models, X) -> np.ndarray:
    return np.stack([m.decision_function(X) for m in models], axis=1)


def row_weights(h, idx, w=3.0, balance: str | None = None) -> np.ndarray:
    """A real row's weight per theme: W (one number or one per theme); ``balance="sets"`` scales each set's rows so
    that every set weighs as much as the mean set (their sum unchanged)."""
    out = np.tile(np.broadcast_to(np.asarray(w, dtype=float), (len(h.themes),)), (len(idx), 1))
    if balance == "sets":
        sets = h.setof[idx]
        names, counts = np.unique(sets, return_counts=True)
        size = dict(zip(names, counts))
        out *= np.array([len(idx) / len(names) / size[s] for s in sets])[:, None]
    return out


def stack(h, char_idx, cal_idx, name: dict, score_idx, w=3.0, balance=None, k=4):
    """Calibration inputs of the rows CAL_IDX and of the rows SCORE_IDX: the blend's two and the char part's
    log-odds, the part fitted on the committed rows and the real rows CHAR_IDX. A calibration row of CHAR_IDX gets
    the out-of-fold decision (grouped K-fold over CHAR_IDX, groups as NAME (row -> group) names them, as
    ``realcal.fit_char_stack`` does when both are the same rows); any other row the decision of the part fitted on
    all of CHAR_IDX."""
    from unionmine.themes import realcal

    Xc, Xr = h.X()
    char_idx = np.asarray(char_idx)
    char_groups = [name[i] for i in char_idx]
    weights = row_weights(h, char_idx, w, balance)
    oof_at = {}
    for fi, si in realcal.group_folds(char_groups, k):
        for i, d in zip(char_idx[si], _dec(part(h, Xc, Xr, char_idx[fi], weights[fi]), Xr[char_idx[si]])):
            oof_at[int(i)] = d
    full = part(h, Xc, Xr, char_idx, weights)
    rest = [int(i) for i in cal_idx if int(i) not in oof_at]
    rest_dec = dict(zip(rest, _dec(full, Xr[rest]))) if rest else {}
    cal_char = np.array([oof_at[int(i)] if int(i) in oof_at else rest_dec[int(i)] for i in cal_idx])
    return (np.concatenate([h.feats[cal_idx], cal_char[..., None]], -1),
            np.concatenate([h.feats[score_idx], _dec(full, Xr[score_idx])[..., None]], -1))


def calibrate(fin, y, groups, sin, sw=None, k=4) -> np.ndarray:
    """``realcal.fit_joint_calibration`` (C among 0.1, 1, 10 and thresholds by grouped K-fold CV) when SW is None;
    with sample weights SW (per row), the same rule with weighted fits and weighted F1 for C and thresholds."""
    from unionmine.themes import realcal

    if sw is None:
        coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, y, groups, k)
        return realcal.joint_scores(sin, coef, icpt) >= thr
    from sklearn.linear_model import LogisticRegression

    def fit(F, Y, s, C):
        return [LogisticRegression(C=C, solver="lbfgs").fit(F[:, j, :], Y[:, j], sample_weight=s)
                for j in range(Y.shape[1])]

    def proba(models, F):
        return np.stack([m.predict_proba(F[:, j, :])[:, 1] for j, m in enumerate(models)], 1)

    def wf1(pred, yj, s):
        tp = (s * (pred & (yj == 1))).sum()
        return 2 * tp / max((s * pred).sum() + (s * yj).sum(), 1e-12)

    grid, best = np.round(np.arange(0.05, 0.951, 0.025), 3), None
    folds = realcal.group_folds(groups, k)
    for C in realcal.CS:
        oof = np.zeros(y.shape)
        for fi, si in folds:
            oof[si] = proba(fit(fin[fi], y[fi], sw[fi], C), fin[si])
        thr = np.array([max(grid, key=lambda t, j=j: (round(wf1(oof[:, j] >= t, y[:, j], sw), 12), -abs(t - 0.5)))
                        for j in range(y.shape[1])])
        f1 = np.mean([wf1(oof[:, j] >= thr[j], y[:, j], sw) for j in range(y.shape[1])])
        if best is None or f1 > best[0] + 1e-12:
            best = (f1, C, thr)
    return proba(fit(fin, y, sw, best[1]), sin) >= best[2]


# name -> (char part's sets, calibration's sets: None for all the fitting sets, "old" for those of sets 1-8 and
# 4_shared), a real row's weight in the char part, set balance in the char part, set balance in the calibration
VARIANTS = {
    "recipe": (None, None, 3.0, None, None),
    "calonly": ("old", None, 3.0, None, None),
    "charonly": (None, "old", 3.0, None, None),
    "recipe-balchar": (None, None, 3.0, "sets", None),
    "recipe-balcal": (None, None, 3.0, None, "sets"),
    "recipe-bal": (None, None, 3.0, "sets", "sets"),
    "calonly-balcal": ("old", None, 3.0, None, "sets"),
    "recipe-w1": (None, None, 1.0, None, None),
    "recipe-w6": (None, None, 6.0, None, None),
    "recipe-wq6": (None, None, (6.0, 3.0, 3.0, 3.0), None, None),  # per theme, in the taxonomy's order: 维权 x6
    "recipe-wq6-dm1": (None, None, (6.0, 3.0, 3.0, 1.0), None, None),  # and 民主管理 x1 (set 12: 21 added on 其他)
}
OLD_ROWS = {*OLD, "14"}  # "14": 4_shared, the fourteenth file of the held-out harness


def run(h, variant: str, sets: list[str], score_idx, fit_rows=None):
    """Decisions for SCORE_IDX, VARIANT fitted on SETS (groups named as ``real_themes.py loso`` names them)."""
    char_rule, cal_rule, w, bal_char, bal_cal = VARIANTS[variant]
    idx, groups = fit_rows(sets) if fit_rows else h.fit_rows(sets)
    old = np.isin(h.setof[idx].astype(str), list(OLD_ROWS))
    char_idx = idx[old] if char_rule == "old" else idx
    keep = old if cal_rule == "old" else np.ones(len(idx), dtype=bool)
    cal_idx, cal_groups = idx[keep], [g for g, k in zip(groups, keep) if k]
    fin, sin = stack(h, char_idx, cal_idx, dict(zip(idx.tolist(), groups)), score_idx, w, bal_char)
    sw = row_weights(h, cal_idx, 1.0, "sets")[:, 0] if bal_cal == "sets" else None
    return calibrate(fin, h.gold[cal_idx], cal_groups, sin, sw)


# ---- the shipped default, as shipped -------------------------------------------------------------

def shipped_decisions(h, idx) -> np.ndarray:
    """The package's default on rows IDX: the blend's inputs (fitted on the committed rows, as shipped) and the
    shipped char part and calibration files."""
    from unionmine.themes import charpart, realcal

    cal = realcal.read_calibration()
    cpart = charpart.CharPart.load()
    inputs = np.concatenate([h.feats[idx], cpart.decision([h.ptexts[i] for i in idx], prepared=True)[..., None]], -1)
    return realcal.joint_scores(inputs, np.asarray(cal["coef"]), np.asarray(cal["intercept"])) >= np.asarray(cal["thresholds"])


def scored_sets(h) -> list[str]:
    return [n for n in h.names if n not in ALWAYS]


def cmd_shipped() -> None:
    h = harness()
    f1s = []
    for n in scored_sets(h):
        idx = np.flatnonzero(h.setof == n)
        f1s.append(macro_f1(shipped_decisions(h, idx), h.gold[idx].astype(bool)))
    saved("shipped").write_text(json.dumps(f1s))
    print("shipped: " + " ".join(f"{f:.3f}" for f in f1s) + f"; mean 9-12 {np.mean(f1s[8:]):.3f}")


def cmd_loso(variants: list[str]) -> None:
    h = harness()
    names = scored_sets(h)
    for v in variants:
        variant, _, upto = v.partition("@")  # VARIANT@8: fitted on sets 1-8 only (the shipped default's sets)
        pool = [m for m in h.names if not upto or int(m) <= int(upto) or m == SHARED[0]]
        f1s, preds = [], {}
        for n in names:
            score_idx = np.flatnonzero(h.setof == n)
            pred = run(h, variant, [m for m in pool if m != n], score_idx)
            preds[n] = pred
            f1s.append(macro_f1(pred, h.gold[score_idx].astype(bool)))
            print(f"  {v} set {n}: {f1s[-1]:.3f}", flush=True)
        saved(v).write_text(json.dumps(f1s))
        line = f"{v}: " + " ".join(f"{f:.3f}" for f in f1s) + f"; mean 1-12 {np.mean(f1s):.3f}, 9-12 {np.mean(f1s[8:]):.3f}"
        if saved("shipped").exists():
            d = np.array(f1s) - np.array(json.loads(saved("shipped").read_text()))
            line += (f"; minus shipped on 9-12 {d[8:].mean():+.3f} (" + " ".join(f"{x:+.3f}" for x in d[8:]) + ")")
            for n in names[8:]:
                idx = np.flatnonzero(h.setof == n)
                lo, hi = paired_difference(preds[n], shipped_decisions(h, idx), h.gold[idx].astype(bool),
                                           list(h.raw_group[idx]), 1000, 0)
                line += f"\n    set {n}: 95% {lo:+.3f} to {hi:+.3f}"
        print(line, flush=True)


# ---- held out -----------------------------------------------------------------------------------

class Heldout(r11.HeldoutHarness):
    """``heldout``'s char row as a harness over sets 1-13 and 4_shared (repeats dropped; 4_shared is the 14th file, so
    its rows are set 14), the 150 test sections scored; ``run`` with CAL_SETS picks the sets."""

    def __init__(self, annotations=None):
        r11.SETS, r11.L, r11.W = SETS, L, W
        super().__init__(annotations)
        self.setof = self.setof.astype(str)

    def rows_of(self, cal_sets):
        """The rows of CAL_SETS, their groups named as ``heldout --labels`` of those sets in that order names them
        (the inner folds then are ``heldout``'s: sets 1-8 and 4_shared give its 0.900)."""
        idx = np.concatenate([np.flatnonzero(self.setof[: self.n_real] == n) for n in cal_sets])
        prefix = {n: "" if k == 0 else f"{k + 1}:" for k, n in enumerate(cal_sets)}
        raw = [g.partition(":")[2] if g.partition(":")[0].isdigit() and ":" in g else g for g in self.groups]
        return idx, [prefix[self.setof[i]] + raw[i] for i in idx]


def cmd_heldout(args: list[str]) -> None:
    """heldout VARIANT[@SETS]…: SETS ``8`` (sets 1-8 and 4_shared), ``10``, ``13`` (default); paired with the first."""
    h, first = Heldout(), None
    for arg in args:
        v, _, upto = arg.partition("@")
        cal_sets = [str(k) for k in range(1, int(upto or 13) + 1)] + ["14"]
        score_idx = np.arange(h.n_real, len(h.gold))
        pred = run(h, v, cal_sets, score_idx, h.rows_of)
        gold = h.gold[score_idx].astype(bool)
        f = macro_f1(pred, gold)
        f1t = [2 * (pred[:, j] & gold[:, j]).sum() / max(pred[:, j].sum() + gold[:, j].sum(), 1) for j in range(4)]
        line = f"held out, {arg}: {f:.3f} (" + " ".join(f"{t} {x:.2f}" for t, x in zip(h.themes, f1t)) + ")"
        line += "; added/missed " + " ".join(f"{(pred[:, j] & ~gold[:, j]).sum()}/{(~pred[:, j] & gold[:, j]).sum()}"
                                             for j in range(len(h.themes)))
        if first is None:
            first = pred
        else:
            lo, hi = paired_difference(pred, first, gold, h.test_groups, 1000, 0)
            line += f"; minus {args[0]} {f - macro_f1(first, gold):+.3f} (95% {lo:+.3f} to {hi:+.3f}; " \
                    f"{(pred != first).sum()} decisions)"
        print(line, flush=True)


def cmd_errors(variant: str, sets: list[str]) -> None:
    """VARIANT's LOSO errors on SETS (and the shipped default's), counted by theme: added (on 其他) / missed."""
    h = harness()
    rows = []
    for n in sets:
        idx = np.flatnonzero(h.setof == n)
        for side, pred in (("shipped", shipped_decisions(h, idx)), (variant, run(h, variant, [m for m in h.names if m != n], idx))):
            for i, p in zip(idx, pred):
                g = h.gold[i].astype(bool)
                if (p != g).any():
                    rows.append({"set": n, "side": side, "id": h.rows[i]["id"], "gold": h.rows[i]["labels"],
                                 "added": [t for t, a, b in zip(h.themes, g, p) if b and not a],
                                 "missed": [t for t, a, b in zip(h.themes, g, p) if a and not b],
                                 "other": not g.any(), "text": h.rows[i]["text"]})
    Path(f"local/r13_errors_{variant}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for side in ("shipped", variant):
        cells = []
        for t in h.themes:
            add = [r for r in rows if r["side"] == side and t in r["added"]]
            miss = sum(t in r["missed"] for r in rows if r["side"] == side)
            cells.append(f"{t} {len(add)} ({sum(r['other'] for r in add)}) / {miss}")
        print(f"{side}: " + "; ".join(cells))


if __name__ == "__main__":
    _seeded_partition()
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "build":
        build()
    elif cmd == "shipped":
        cmd_shipped()
    elif cmd == "loso":
        cmd_loso(sys.argv[2:] or ["recipe"])
    elif cmd == "heldout":
        cmd_heldout(sys.argv[2:] or ["recipe@8", "recipe@10", "recipe@13", "calonly@13"])
    elif cmd == "errors":
        cmd_errors(sys.argv[2], sys.argv[3:] or ["9", "10", "11", "12"])
    else:
        raise SystemExit(__doc__)
