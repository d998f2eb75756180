#!/usr/bin/env python3
"""Round 11 (issue 13): the shipped recipe (char part + three-input calibration, ``refit --char``) over the ten
development sets, fast: the blend's two inputs are computed once (the blend is fitted on the committed rows only,
so they do not depend on the set left out) and the char features once (vocabulary from the committed rows). The
inner folds group by the same set-prefixed groups as ``real_themes.py loso`` (the first fitting set unprefixed, the
next ``2:``, …), so ``loso`` below reproduces ``loso --variants calibrated-char`` set by set.

    python scripts/real_themes_round11.py build            # local/r11_cache.pkl (texts stay local)
    python scripts/real_themes_round11.py loso [VARIANT …] # LOSO over the ten sets, paired with the shipped recipe
    python scripts/real_themes_round11.py curve [SEED]     # learning curve: fitted on 4, 6, 8, 9 of the other sets
    python scripts/real_themes_round11.py errors 9 10      # local/r11_errors.jsonl: the LOSO errors of those sets
    python scripts/real_themes_round11.py heldout [VARIANT …]  # held out (sets 1-10, 4_shared), paired with the first
    python scripts/real_themes_round11.py heldout-pair     # held out: the char row fitted on sets 1-8 and on 1-10, paired

Variants (``VARIANTS``): ``default`` (the shipped recipe), per-theme real-row weights, a vocabulary that also takes
the fitting sets' n-grams (keyed by hash in the shipped file, as the committed ones are), balanced class weights in
the char part or the calibration, and thresholds chosen by leaving one fitting set out.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_themes_data import _calibration, _fit, build_set_cache
from real_themes_metrics import label_matrix, macro_f1

L, W = "corpus/annotations/real", "/work/local"
SETS = [("1", f"{L}/labels.jsonl", f"{W}/real_sections.jsonl")] + [
    (str(k), f"{L}/labels{k}.jsonl", f"{W}/real_sections{k}.jsonl") for k in range(2, 11)]
CACHE = Path("local/r11_cache.pkl")
ANNOTATIONS = None  # the committed annotations (a folder: tests)
OTHER = "其他"


def build() -> None:
    build_set_cache(SETS, ANNOTATIONS, CACHE)

class Harness:
    def __init__(self):
        from unionmine.taxonomy import load_taxonomy
        from unionmine.themes._text import prepare

        self.themes = load_taxonomy().names
        c = pickle.load(CACHE.open("rb"))
        self.names = list(c["sets"])
        self.rows = [dict(r, set=n) for n in self.names for r in c["sets"][n]]
        self.setof = np.array([r["set"] for r in self.rows])
        self.raw_group = np.array([str(r["group"]) for r in self.rows], dtype=object)
        self.gold = label_matrix([r["labels"] for r in self.rows], self.themes).astype(int)
        self.feats, self.cy = c["feats"], c["cy"]
        self.ptexts = [prepare(r["text"]) for r in self.rows]
        self.pctexts = [prepare(t) for t in c["ctexts"]]
        self._vec = {}

    def X(self, fit_idx=None):
        """Committed and real rows as the char part's TF-IDF (2-3-grams, min_df 3, sublinear tf); the vocabulary and
        idf from the committed rows, or (FIT_IDX given) from the committed rows and those real rows."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        key = None if fit_idx is None else tuple(fit_idx)
        if key not in self._vec:
            docs = self.pctexts + ([] if fit_idx is None else [self.ptexts[i] for i in fit_idx])
            vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=3, sublinear_tf=True).fit(docs)
            if fit_idx is not None:
                self._vec.clear()  # one direction at a time
            self._vec[key] = (vec.transform(self.pctexts).tocsr(), vec.transform(self.ptexts).tocsr())
        return self._vec[key]

    def fit_rows(self, fit_sets: list[str]) -> tuple[np.ndarray, list[str]]:
        """The rows of FIT_SETS in that order, and their groups as ``_load`` names them (``k:`` for the k-th set)."""
        idx = np.concatenate([np.flatnonzero(self.setof == n) for n in fit_sets])
        prefix = {n: "" if k == 0 else f"{k + 1}:" for k, n in enumerate(fit_sets)}
        return idx, [prefix[self.setof[i]] + self.raw_group[i] for i in idx]

    def part(self, Xc, Xr, idx, w, cw=None, C=10.0):
        """Per theme the char part's regression on the committed rows and the real rows IDX; W: a real row's weight,
        one number or one per theme."""
        from sklearn.linear_model import LogisticRegression

        X = sp.vstack([Xc, Xr[idx]]).tocsr()
        ws = np.broadcast_to(np.asarray(w, dtype=float), (len(self.themes),))
        out = []
        for j in range(len(self.themes)):
            wt = np.r_[np.ones(Xc.shape[0]), np.full(len(idx), ws[j])]
            out.append(LogisticRegression(C=C, solver="liblinear", class_weight=cw).fit(
                X, np.r_[self.cy[:, j], self.gold[idx, j]], sample_weight=wt))
        return out

    def stack(self, fit_idx, groups, score_idx, w=3.0, cw=None, vocab_real=False, k=4):
        """As ``realcal.fit_char_stack``: out-of-fold char decisions on the fitting rows (grouped k-fold) and the
        decisions of the part fitted on them all for the rows scored, beside the blend's two inputs."""
        from unionmine.themes import realcal

        Xc, Xr = self.X(fit_idx if vocab_real else None)

        def dec(ms, X):
            return np.stack([m.decision_function(X) for m in ms], axis=1)

        oof = np.zeros((len(fit_idx), len(self.themes)))
        for fi, si in realcal.group_folds(groups, k):
            oof[si] = dec(self.part(Xc, Xr, fit_idx[fi], w, cw), Xr[fit_idx[si]])
        full = dec(self.part(Xc, Xr, fit_idx, w, cw), Xr[score_idx])
        return (np.concatenate([self.feats[fit_idx], oof[..., None]], -1),
                np.concatenate([self.feats[score_idx], full[..., None]], -1))


def _theme_weights(h: Harness, **by_theme) -> np.ndarray:
    return np.array([by_theme.get(t, 3.0) for t in h.themes])


# name -> (stack keyword arguments, calibration rule)
VARIANTS = {
    "default": ({}, "shipped"),
    "w-wq-dm6": (lambda h: {"w": _theme_weights(h, 维权=6.0, 民主管理=6.0)}, "shipped"),
    "w-all6-wt3": (lambda h: {"w": _theme_weights(h, 送温暖=6.0, 文体活动=6.0, 民主管理=6.0)}, "shipped"),
    "vocab-real": ({"vocab_real": True}, "shipped"),
    "balanced-part": ({"cw": "balanced"}, "shipped"),
    "balanced-calib": ({}, "balanced"),
    "set-thresholds": ({}, "set-folds"),
}


def calibrate(rule: str, fin, y, groups, fit_sets_of_rows, sin) -> np.ndarray:
    """Decisions for the rows scored: ``shipped`` is ``realcal.fit_joint_calibration`` (C among 0.1, 1, 10 and
    thresholds by grouped 4-fold CV); ``balanced``: the same with balanced class weights; ``set-folds``: C and
    thresholds by leaving one fitting set out."""
    from unionmine.themes import realcal

    if rule == "shipped":
        coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, y, groups)
        return realcal.joint_scores(sin, coef, icpt) >= thr
    from real_themes_round10_calib import calib

    if rule == "balanced":
        return calib(fin, y, groups, sin, cw="balanced")
    return calib(fin, y, list(fit_sets_of_rows), sin, k=len(set(fit_sets_of_rows)))


def direction(h: Harness, left_out: str, fit_sets: list[str], variant: str = "default"):
    """Predictions (and the stack inputs) for the set LEFT_OUT, the variant fitted on FIT_SETS."""
    kwargs, rule = VARIANTS[variant]
    kwargs = kwargs(h) if callable(kwargs) else kwargs
    fit_idx, groups = h.fit_rows(fit_sets)
    score_idx = np.flatnonzero(h.setof == left_out)
    fin, sin = h.stack(fit_idx, groups, score_idx, **kwargs)
    return score_idx, calibrate(rule, fin, h.gold[fit_idx], groups, h.setof[fit_idx], sin), sin


def cmd_loso(variants: list[str]) -> None:
    saved = Path("local/r11_loso.json")
    h, out = Harness(), json.loads(saved.read_text()) if saved.exists() else {}
    for v in variants:
        f1s = []
        for n in h.names:
            score_idx, pred, _ = direction(h, n, [m for m in h.names if m != n], v)
            f1s.append(macro_f1(pred, h.gold[score_idx].astype(bool)))
        out[v] = f1s
        line = f"{v}: " + " ".join(f"{f:.3f}" for f in f1s) + f" mean {np.mean(f1s):.3f}"
        if v != "default" and "default" in out:
            d = np.array(f1s) - np.array(out["default"])
            line += f"; minus default {d.mean():+.3f} (up {(d > 0).sum()} / down {(d < 0).sum()}; " \
                    f"sets 1-8 {d[:8].mean():+.3f}; 9, 10 {d[8]:+.3f} {d[9]:+.3f})"
        print(line, flush=True)
        saved.write_text(json.dumps(out))


def cmd_curve(ks=(4, 6, 8), draws: int = 1, seed: int = 11) -> None:
    """Per set left out, the recipe fitted on K of the nine other sets (DRAWS random choices each) and on all nine
    (the ``loso`` default's figures when saved); mean over the ten sets per K."""
    h = Harness()
    rng = np.random.default_rng(seed)
    saved = Path("local/r11_loso.json")
    nine = json.loads(saved.read_text()).get("default") if saved.exists() else None
    table = {k: [] for k in (*ks, 9)}
    for i, n in enumerate(h.names):
        others = [m for m in h.names if m != n]
        for k in (*ks, 9):
            if k == 9 and nine:
                table[k].append(nine[i])
                continue
            picks = [others] if k == 9 else [sorted(rng.choice(others, k, replace=False), key=h.names.index)
                                            for _ in range(draws)]
            f1s = []
            for fit_sets in picks:
                score_idx, pred, _ = direction(h, n, list(fit_sets))
                f1s.append(macro_f1(pred, h.gold[score_idx].astype(bool)))
            table[k].append(float(np.mean(f1s)))
            print(f"set {n} k={k}: " + " ".join(f"{f:.3f}" for f in f1s), flush=True)
    for k, f1s in table.items():
        print(f"k={k}: " + " ".join(f"{f:.3f}" for f in f1s) + f" mean {np.mean(f1s):.3f}")
    Path(f"local/r11_curve{seed}.json").write_text(json.dumps({str(k): v for k, v in table.items()}))


def cmd_errors(sets: list[str]) -> None:
    """The shipped recipe's LOSO errors on SETS, with every input, to read (local: the texts are third-party)."""
    h = Harness()
    with Path("local/r11_errors.jsonl").open("w", encoding="utf-8") as fh:
        for n in sets:
            score_idx, pred, sin = direction(h, n, [m for m in h.names if m != n])
            for i, p, s in zip(score_idx, pred, sin):
                g = h.gold[i].astype(bool)
                if (p != g).any():
                    row = h.rows[i]
                    fh.write(json.dumps({
                        "set": n, "id": row["id"], "gold": row["labels"],
                        "pred": [t for t, on in zip(h.themes, p) if on] or [OTHER],
                        "missed": [t for t, a, b in zip(h.themes, g, p) if a and not b],
                        "added": [t for t, a, b in zip(h.themes, g, p) if b and not a],
                        "inputs": np.round(s, 2).tolist(), "note": row.get("note", ""), "text": row["text"]},
                        ensure_ascii=False) + "\n")
    counts = {}
    for line in Path("local/r11_errors.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        for kind in ("missed", "added"):
            for t in r[kind]:
                counts[(r["set"], kind, t)] = counts.get((r["set"], kind, t), 0) + 1
    for key in sorted(counts):
        print(*key, counts[key])


def _heldout_char(label_sets: list[tuple[str, str, str]], annotations=None):
    """``heldout``'s char row (blend on the train split; char part and calibration on the real rows of LABEL_SETS,
    repeats dropped): decisions on the 150 test sections, their labels and articles."""
    from types import SimpleNamespace

    from real_themes_data import _committed_char
    from real_themes_fit import _rows

    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations, realcal

    themes = load_taxonomy().names
    rows, _ = _rows(SimpleNamespace(local=[loc for _, _, loc in label_sets], labels=[lab for _, lab, _ in label_sets],
                                    drop_repeats=True))
    texts, groups = [r["text"] for r in rows], [r["group"] for r in rows]
    base = _fit("blend", "train", annotations)[0]
    gold = label_matrix([r["labels"] for r in rows], themes).astype(int)
    test = load_annotations(annotations, themes).query("split == 'test'")
    vocabulary, X_committed, y_committed, X_real = _committed_char(annotations, texts, "train")
    part, coef, intercept, thresholds, C = realcal.fit_char_stack(
        _calibration(base, texts), X_real, gold, groups, X_committed, y_committed, themes, vocabulary)
    inputs = np.concatenate([_calibration(base, test["text"].tolist()), part.decision(test["text"].tolist())[..., None]], -1)
    return (realcal.joint_scores(inputs, coef, intercept) >= thresholds, label_matrix(test["labels"].tolist(), themes),
            test["group"].tolist(), C)


class HeldoutHarness(Harness):
    """``heldout``'s char row as a harness: the blend and the committed rows of the train split; the real rows of
    sets 1-10 and 4_shared (repeats dropped, groups as ``_load`` names them) are fitted on, the 150 test sections
    scored. ``variant`` gives the variants of ``VARIANTS`` there."""

    def __init__(self, annotations=None):
        from types import SimpleNamespace

        from real_themes_fit import _rows, _set_of

        from unionmine.taxonomy import load_taxonomy
        from unionmine.themes import load_annotations
        from unionmine.themes._text import prepare

        self.themes = load_taxonomy().names
        shared = ("4_shared", f"{L}/labels4_shared.jsonl", f"{W}/real_sections4_shared.jsonl")
        sets = [*SETS, shared]
        rows, _ = _rows(SimpleNamespace(local=[loc for *_, loc in sets], labels=[lab for _, lab, _ in sets],
                                        drop_repeats=True))
        data = load_annotations(annotations, self.themes)
        train, test = data[data["split"] == "train"], data[data["split"] == "test"]
        base = _fit("blend", "train", annotations)[0]
        texts = [r["text"] for r in rows] + test["text"].tolist()
        self.n_real, self.groups = len(rows), [r["group"] for r in rows]
        self.setof = np.array([_set_of(g) for g in self.groups] + [0] * len(test))
        self.gold = label_matrix([r["labels"] for r in rows] + test["labels"].tolist(), self.themes).astype(int)
        self.test_groups = test["group"].tolist()
        self.feats = _calibration(base, texts)
        self.cy = label_matrix(train["labels"].tolist(), self.themes).astype(int)
        self.ptexts, self.pctexts = [prepare(t) for t in texts], [prepare(t) for t in train["text"].tolist()]
        self._vec = {}

    def variant(self, variant: str = "default"):
        kwargs, rule = VARIANTS[variant]
        kwargs = kwargs(self) if callable(kwargs) else kwargs
        fit_idx, score_idx = np.arange(self.n_real), np.arange(self.n_real, len(self.gold))
        fin, sin = self.stack(fit_idx, self.groups, score_idx, **kwargs)
        return calibrate(rule, fin, self.gold[fit_idx], self.groups, self.setof[fit_idx], sin), self.gold[score_idx]


def cmd_heldout_variants(variants: list[str]) -> None:
    from real_themes_metrics import paired_difference

    h, first = HeldoutHarness(), None
    for v in variants:
        pred, gold = h.variant(v)
        line = f"held out, {v}: {macro_f1(pred, gold.astype(bool)):.3f}"
        if first is None:
            first = pred
        else:
            lo, hi = paired_difference(pred, first, gold.astype(bool), h.test_groups, 1000, 0)
            line += f"; minus {variants[0]} {macro_f1(pred, gold.astype(bool)) - macro_f1(first, gold.astype(bool)):+.3f} " \
                    f"(95% {lo:+.3f} to {hi:+.3f})"
        print(line, flush=True)


def cmd_heldout_pair() -> None:
    """The held-out char row fitted on sets 1-8 (and 4_shared) and on sets 1-10 (and 4_shared), paired."""
    from real_themes_metrics import paired_difference

    shared = ("4_shared", f"{L}/labels4_shared.jsonl", f"{W}/real_sections4_shared.jsonl")
    eight, c8 = _heldout_char([*SETS[:8], shared])[0::3]
    ten, gold, groups, c10 = _heldout_char([*SETS, shared])
    lo, hi = paired_difference(ten, eight, gold, groups, 1000, 0)
    print(f"held out, char row: sets 1-8 {macro_f1(eight, gold):.3f} (C {c8}), sets 1-10 {macro_f1(ten, gold):.3f} "
          f"(C {c10}); ten minus eight {macro_f1(ten, gold) - macro_f1(eight, gold):+.3f} (95% {lo:+.3f} to {hi:+.3f}); "
          f"decisions that differ {(ten != eight).sum()} in {(ten != eight).any(axis=1).sum()} sections")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "build":
        build()
    elif cmd == "loso":
        cmd_loso(sys.argv[2:] or ["default"])
    elif cmd == "curve":  # curve [SEED]: another seed draws other subsets
        cmd_curve(seed=int(sys.argv[2]) if len(sys.argv) > 2 else 11)
    elif cmd == "heldout":
        cmd_heldout_variants(sys.argv[2:] or ["default"])
    elif cmd == "heldout-pair":
        cmd_heldout_pair()
    elif cmd == "errors":
        cmd_errors(sys.argv[2:] or ["9", "10"])
    else:
        raise SystemExit(__doc__)
