#!/usr/bin/env python3
"""Round 11b (issue 13): do a section's sentences tell 其他 from a theme? Leave one set out over the real sets with
sentence-pooled inputs (``real_themes_pooling``) added to the real-document calibration, paired with the
shipped recipe in the same harness (round 10's: the blend's two inputs computed once, the char part fitted per set
left out on the other sets' rows, its inputs out-of-fold by grouped 4-fold, ``realcal.fit_joint_calibration``
deciding). Each sentence (and the heading) is scored by the blend's supervised and lexicon parts (fitted on the
committed rows only) and by the char part of the fold that scores its section (so a fitting row's sentences are
scored out-of-fold, as its section is); nothing is fitted on the set left out.

    python scripts/real_themes_round11b.py build                 # local/r11b_cache.pkl: sets 1-10 (texts stay local)
    python scripts/real_themes_round11b.py stack 8               # local/r11b_stack8.pkl: stack inputs, sets 1-8
    python scripts/real_themes_round11b.py stack 10              # the same over sets 1-10
    python scripts/real_themes_round11b.py rest 8                # local/r11b_rest8.pkl: the section without its best sentence
    python scripts/real_themes_round11b.py rest 10
    python scripts/real_themes_round11b.py calib 8 [variants]    # LOSO per variant, per set and theme, errors
    python scripts/real_themes_round11b.py calib 10 [variants]
    python scripts/real_themes_round11b.py diag 8                # do pooled scores tell right from added sections?

``R11B_SEED=N`` before a command: every inner grouped split uses another partition (seeded deal of the groups), its
own cache files; the noise one inner partition makes, for reference and variants alike.

Set 4_shared is not used (it repeats texts of sets 5, 6, 7), as in rounds 9 and 10; sets 11 and 12 are blind and
never read.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_themes_data import _calibration, _fit, _load
from real_themes_metrics import _prf, label_matrix, macro_f1

L, W = "corpus/annotations/real", "/work/local"
SETS = [("1", f"{L}/labels.jsonl", f"{W}/real_sections.jsonl")] + [
    (str(k), f"{L}/labels{k}.jsonl", f"{W}/real_sections{k}.jsonl") for k in range(2, 11)]
CACHE = Path("local/r11b_cache.pkl")


SEED = os.environ.get("R11B_SEED")  # another inner partition: groups dealt to the folds in a seeded random order


def _seeded_partition() -> None:
    """With R11B_SEED set, every inner grouped split (the char part's out-of-fold inputs and the calibration's C and
    thresholds) deals the groups to the folds in that seed's order (``real_themes_cv.real_folds``), not GroupKFold's."""
    if SEED is None:
        return
    from real_themes_cv import real_folds

    from unionmine.themes import realcal

    realcal.group_folds = lambda groups, k: real_folds(list(groups), min(k, len(set(groups))), int(SEED))


def stack_path(nsets: int) -> Path:
    return Path(f"local/r11b_stack{nsets}{'' if SEED is None else '_s' + SEED}.pkl")


def rest_path(nsets: int) -> Path:
    return Path(f"local/r11b_rest{nsets}{'' if SEED is None else '_s' + SEED}.pkl")


def build() -> None:
    from real_themes_pooling import sentence_table

    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations

    themes = load_taxonomy().names
    sets = {name: _load(None, [loc], [lab])[1]["matched"] for name, lab, loc in SETS}
    texts = [r["text"] for n in sets for r in sets[n]]
    units, owner, is_heading = sentence_table(texts)
    print(f"{len(texts)} sections, {len(units)} units ({int(is_heading.sum())} headings)", flush=True)
    base = _fit("blend", None, None)[0]
    feats, ufeats = _calibration(base, texts), _calibration(base, units)
    data = load_annotations(None, themes)
    pickle.dump({"sets": sets, "feats": feats, "units": units, "owner": owner, "is_heading": is_heading,
                 "ufeats": ufeats, "ctexts": data["text"].tolist(),
                 "cy": label_matrix(data["labels"].tolist(), themes).astype(int)}, CACHE.open("wb"))


class Harness:
    def __init__(self, nsets: int = 10):
        from sklearn.feature_extraction.text import TfidfVectorizer

        from unionmine.taxonomy import load_taxonomy
        from unionmine.themes._text import prepare

        self.themes = load_taxonomy().names
        c = pickle.load(CACHE.open("rb"))
        names = list(c["sets"])
        keep_sets = names[:nsets]
        rows = [dict(r, set=n, group=f"{n}:{r['group']}") for n in names for r in c["sets"][n]]
        keep = np.array([r["set"] in keep_sets for r in rows])
        self.names = keep_sets
        self.rows = [r for r, k in zip(rows, keep) if k]
        self.setof = np.array([r["set"] for r in self.rows])
        self.gold = label_matrix([r["labels"] for r in self.rows], self.themes).astype(int)
        self.groups = np.array([r["group"] for r in self.rows])
        self.feats, self.cy = c["feats"][keep], c["cy"]
        new_index = np.cumsum(keep) - 1  # sections kept are a prefix-ordered subset: renumber the owners
        ukeep = keep[c["owner"]]
        self.owner, self.is_heading = new_index[c["owner"][ukeep]], c["is_heading"][ukeep]
        self.ufeats = c["ufeats"][ukeep]
        units = [u for u, k in zip(c["units"], ukeep) if k]
        pc = [prepare(t) for t in c["ctexts"]]
        vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=3, sublinear_tf=True).fit(pc)
        self.vec, self.punits = vec, [prepare(u) for u in units]
        self.Xc = vec.transform(pc).tocsr()
        self.Xr = vec.transform([prepare(r["text"]) for r in self.rows]).tocsr()
        self.Xu = vec.transform(self.punits).tocsr()
        starts = np.searchsorted(self.owner, np.arange(len(self.rows)), side="left")
        ends = np.searchsorted(self.owner, np.arange(len(self.rows)), side="right")
        self.span = list(zip(starts, ends))

    def units_of(self, idx) -> np.ndarray:
        return np.concatenate([np.arange(*self.span[i]) for i in idx]).astype(np.int64)

    def part(self, idx, C=10.0, w=3.0):
        from sklearn.linear_model import LogisticRegression

        X = sp.vstack([self.Xc, self.Xr[idx]]).tocsr()
        wt = np.r_[np.ones(self.Xc.shape[0]), np.full(len(idx), float(w))]
        return [LogisticRegression(C=C, solver="liblinear").fit(X, np.r_[self.cy[:, j], self.gold[idx, j]], sample_weight=wt)
                for j in range(len(self.themes))]

    def rest(self, ms, idx, U) -> np.ndarray:
        """Per row of IDX and theme, the decision of models MS on the section without its best unit for that theme
        (U: unit decisions in ``units_of(idx)`` order): does the theme rest on one sentence?"""
        out, at = np.zeros((len(idx), len(self.themes))), 0
        for j, m in enumerate(ms):
            texts, at = [], 0
            for i in idx:
                a, b = self.span[i]
                best = a + int(np.argmax(U[at: at + b - a, j]))
                texts.append("\n".join(self.punits[u] for u in range(a, b) if u != best))
                at += b - a
            out[:, j] = m.decision_function(self.vec.transform(texts))
        return out

    def stack_rest(self, fit_idx, score_idx, uoof, ufull, k=4):
        """``rest`` out-of-fold for the fitting rows (the same inner folds as ``stack``) and for the rows scored."""
        from unionmine.themes import realcal

        ufit = self.units_of(fit_idx)
        upos = {u: p for p, u in enumerate(ufit)}
        oof = np.zeros((len(fit_idx), len(self.themes)))
        for fi, si in realcal.group_folds(list(self.groups[fit_idx]), k):
            us = self.units_of(fit_idx[si])
            oof[si] = self.rest(self.part(fit_idx[fi]), fit_idx[si], uoof[[upos[u] for u in us]])
        return oof, self.rest(self.part(fit_idx), score_idx, ufull)

    def stack(self, fit_idx, score_idx, k=4):
        """Char decisions for sections and their units: out-of-fold (grouped k-fold) on the fitting rows, from the
        part fitted on them all for the rows scored. Returns (section char, unit char) for fit and score rows."""
        from unionmine.themes import realcal

        dec = lambda ms, X: np.stack([m.decision_function(X) for m in ms], axis=1)
        ufit, uscore = self.units_of(fit_idx), self.units_of(score_idx)
        oof, uoof = np.zeros((len(fit_idx), len(self.themes))), np.zeros((len(self.units_of(fit_idx)), len(self.themes)))
        upos = {u: p for p, u in enumerate(ufit)}
        for fi, si in realcal.group_folds(list(self.groups[fit_idx]), k):
            ms = self.part(fit_idx[fi])
            oof[si] = dec(ms, self.Xr[fit_idx[si]])
            us = self.units_of(fit_idx[si])
            uoof[[upos[u] for u in us]] = dec(ms, self.Xu[us])
        ms = self.part(fit_idx)
        return oof, uoof, dec(ms, self.Xr[score_idx]), dec(ms, self.Xu[uscore])


def save_stack(nsets: int) -> None:
    h = Harness(nsets)
    out = {}
    for n in h.names:
        fit_idx, score_idx = np.flatnonzero(h.setof != n), np.flatnonzero(h.setof == n)
        out[n] = (fit_idx, score_idx, *h.stack(fit_idx, score_idx))
        print(f"set {n} done", flush=True)
    pickle.dump(out, stack_path(nsets).open("wb"))


def save_rest(nsets: int) -> None:
    h, S = Harness(nsets), pickle.load(stack_path(nsets).open("rb"))
    out = {n: h.stack_rest(S[n][0], S[n][1], S[n][3], S[n][5]) for n in h.names}
    with rest_path(nsets).open("wb") as fh:
        pickle.dump(out, fh)


def inputs(h: Harness, idx, char, uchar, variant: str, rest=None) -> np.ndarray:
    """The calibration's inputs per row and theme for VARIANT: the shipped three, plus pooled sentence scores."""
    from real_themes_pooling import STATS, pool

    base = np.concatenate([h.feats[idx], char[..., None]], axis=-1)
    if variant == "reference":
        return base
    units = h.units_of(idx)
    owner = np.repeat(np.arange(len(idx)), [h.span[i][1] - h.span[i][0] for i in idx])
    head = h.is_heading[units]
    pooled = {"char": pool(uchar, owner, head, len(idx), 0.0),
              "sup": pool(h.ufeats[units, :, 0], owner, head, len(idx), 0.0),
              "lex": pool(h.ufeats[units, :, 1], owner, head, len(idx), 1e-9)}
    parts, stats = VARIANTS[variant]
    cols = [STATS.index(s) for s in stats]
    extra = [rest[..., None], (char - rest)[..., None]] if "rest" in variant else []
    return np.concatenate([base, *[pooled[p][..., cols] for p in parts], *extra], axis=-1)


ALL = ("max", "mean", "share", "count", "first", "heading")
VARIANTS = {"reference": ((), ()),
            "char pooled": (("char",), ALL),
            "char max+share+count": (("char",), ("max", "share", "count")),
            "char count+share": (("char",), ("share", "count")),
            "char heading+first": (("char",), ("first", "heading")),
            "all pooled": (("char", "sup", "lex"), ALL),
            "lex+char pooled": (("char", "lex"), ALL),
            "all count+share": (("char", "sup", "lex"), ("share", "count")),
            "char rest": ((), ()),
            "char rest+pooled": (("char",), ALL),
            "second stage": ((), ())}


def second_stage(h: Harness, fit_idx, score_idx, oof, uoof, full, ufull):
    """Stage 1: the shipped calibration (three inputs) fitted on the fitting rows and applied to every sentence and
    heading (its inputs: the blend's two parts and the char part on the unit), out-of-fold for the fitting rows
    (inner grouped 4-fold, the calibration of the other folds scoring a fold's units). Stage 2 inputs: the section's
    three inputs plus, from the unit probabilities as log-odds, max, share and count at or above stage 1's threshold,
    and the heading's. Returns the stage 2 inputs for the fitting and scored rows."""
    from real_themes_pooling import STATS, pool

    from unionmine.themes import realcal
    from unionmine.themes._calibration import _logit

    def unit_inputs(idx, uchar):
        return np.concatenate([h.ufeats[h.units_of(idx)], uchar[..., None]], axis=-1)

    def pooled(idx, uprob, thr):
        units = h.units_of(idx)
        owner = np.repeat(np.arange(len(idx)), [h.span[i][1] - h.span[i][0] for i in idx])
        lo = _logit(uprob)
        p = pool(lo - _logit(np.asarray(thr)), owner, h.is_heading[units], len(idx), 0.0)  # cut at the threshold
        return p[..., [STATS.index(k) for k in ("max", "share", "count", "heading")]]

    fin = np.concatenate([h.feats[fit_idx], oof[..., None]], axis=-1)
    sin = np.concatenate([h.feats[score_idx], full[..., None]], axis=-1)
    groups = list(h.groups[fit_idx])
    ufit_in = unit_inputs(fit_idx, uoof)
    uprob_fit = np.zeros(ufit_in.shape[:2])
    ufit = h.units_of(fit_idx)
    upos = {u: p for p, u in enumerate(ufit)}
    thr_fit = np.zeros((len(fit_idx), len(h.themes)))
    for fi, si in realcal.group_folds(groups, 4):
        coef, icpt, thr, _ = realcal.fit_joint_calibration(fin[fi], h.gold[fit_idx[fi]], [groups[i] for i in fi])
        at = [upos[u] for u in h.units_of(fit_idx[si])]
        uprob_fit[at] = realcal.joint_scores(ufit_in[at], coef, icpt)
        thr_fit[si] = thr
    coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, h.gold[fit_idx], groups)
    uprob_score = realcal.joint_scores(unit_inputs(score_idx, ufull), coef, icpt)
    # per fitting row the threshold of the calibration that scored its units; for the scored rows stage 1's own
    pf = np.concatenate([pooled(fit_idx[[i]], uprob_fit[[upos[u] for u in h.units_of(fit_idx[[i]])]], thr_fit[i])
                         for i in range(len(fit_idx))])
    return np.concatenate([fin, pf], -1), np.concatenate([sin, pooled(score_idx, uprob_score, thr)], -1)


def calib(nsets: int, variants: list[str]) -> None:
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    from unionmine.themes import realcal

    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    h, S = Harness(nsets), pickle.load(stack_path(nsets).open("rb"))
    R = {}
    if any("rest" in v for v in variants):
        with rest_path(nsets).open("rb") as fh:
            R = pickle.load(fh)
    T = len(h.themes)
    table = {}
    for v in variants:
        f1s, per_theme, added_other, added, missed = [], [], np.zeros(T, int), np.zeros(T, int), np.zeros(T, int)
        for n in h.names:
            fit_idx, score_idx, oof, uoof, full, ufull = S[n]
            rf, rs = R.get(n, (None, None))
            if v == "second stage":
                fin, sin = second_stage(h, fit_idx, score_idx, oof, uoof, full, ufull)
            else:
                fin, sin = inputs(h, fit_idx, oof, uoof, v, rf), inputs(h, score_idx, full, ufull, v, rs)
            coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, h.gold[fit_idx], list(h.groups[fit_idx]))
            pred, gold = realcal.joint_scores(sin, coef, icpt) >= thr, h.gold[score_idx].astype(bool)
            f1s.append(macro_f1(pred, gold))
            per_theme.append([_prf(pred[:, j], gold[:, j])[2] for j in range(T)])
            other = ~gold.any(axis=1)
            added += (pred & ~gold).sum(0)
            added_other += (pred & ~gold & other[:, None]).sum(0)
            missed += (~pred & gold).sum(0)
        table[v] = f1s
        pt = np.mean(per_theme, axis=0)
        line = f"{v}: " + " ".join(f"{f:.3f}" for f in f1s) + f" mean {np.mean(f1s):.3f}"
        if v != "reference" and "reference" in table:
            d = np.array(f1s) - np.array(table["reference"])
            line += f" | minus reference {d.mean():+.3f} (up {int((d > 0).sum())} / down {int((d < 0).sum())})"
        print(line)
        print("   per theme (mean over sets): " + ", ".join(f"{t} {f:.3f}" for t, f in zip(h.themes, pt))
              + " | added (on 其他) / missed: " + ", ".join(f"{t} {a} ({o}) / {m}" for t, a, o, m in
                                                      zip(h.themes, added, added_other, missed)), flush=True)
        for j, t in enumerate(h.themes):
            print(f"   {t} per set: " + " ".join(f"{row[j]:.2f}" for row in per_theme))


def diag(nsets: int) -> None:
    """Among the sections the reference decides a theme for (sets left out in turn): do the pooled sentence scores
    tell the right ones from the added ones once the section's score is known? Grouped 5-fold AUC of a logistic
    regression on the section's calibrated log-odds alone, with the char part's pooled scores, with all three parts'.
    Also how many units (heading and sentences) the sections added to a theme from 其他 have."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    from unionmine.themes import realcal
    from unionmine.themes._calibration import _logit

    h, S = Harness(nsets), pickle.load(stack_path(nsets).open("rb"))
    idx, prob, pred, pooled = [], [], [], []
    for n in h.names:
        fit_idx, score_idx, oof, uoof, full, ufull = S[n]
        coef, icpt, thr, _ = realcal.fit_joint_calibration(inputs(h, fit_idx, oof, uoof, "reference"), h.gold[fit_idx],
                                                           list(h.groups[fit_idx]))
        p = realcal.joint_scores(inputs(h, score_idx, full, ufull, "reference"), coef, icpt)
        idx.append(score_idx), prob.append(p), pred.append(p >= thr)
        pooled.append(inputs(h, score_idx, full, ufull, "all pooled")[..., 3:])
    idx, prob, pred, pooled = map(np.concatenate, (idx, prob, pred, pooled))
    gold = h.gold[idx].astype(bool)
    other = ~gold.any(axis=1)
    nunits = np.array([h.span[i][1] - h.span[i][0] for i in idx])
    for j, t in enumerate(h.themes):
        at = np.flatnonzero(pred[:, j])
        y, g = gold[at, j].astype(int), h.groups[idx[at]]
        aucs = []
        for X in (_logit(prob[at, j])[:, None], np.c_[_logit(prob[at, j]), pooled[at, j, :6]],
                  np.c_[_logit(prob[at, j]), pooled[at, j]]):
            o = np.zeros(len(y))
            for a, b in GroupKFold(5).split(X, y, g):
                o[b] = LogisticRegression(C=1.0, max_iter=2000).fit(X[a], y[a]).decision_function(X[b])
            aucs.append(roc_auc_score(y, o))
        fp = pred[:, j] & other
        print(f"{t}: {len(at)} decided, {int((1 - y).sum())} wrong; AUC section {aucs[0]:.3f}, + char pooled "
              f"{aucs[1]:.3f}, + all pooled {aucs[2]:.3f}; added from 其他 {int(fp.sum())}, of which one or two units "
              f"{int((fp & (nunits <= 2)).sum())}; units per section: added from 其他 {nunits[fp].mean():.2f}, right "
              f"{nunits[pred[:, j] & gold[:, j]].mean():.2f}")


if __name__ == "__main__":
    _seeded_partition()
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "build":
        build()
    elif cmd == "stack":
        save_stack(int(sys.argv[2]))
    elif cmd == "diag":
        diag(int(sys.argv[2]))
    elif cmd == "rest":
        save_rest(int(sys.argv[2]))
    elif cmd == "calib":
        calib(int(sys.argv[2]), sys.argv[3:] or list(VARIANTS))
    else:
        raise SystemExit(__doc__)
