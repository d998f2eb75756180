#!/usr/bin/env python3
"""Round 10 (issue 13): fast leave-one-set-out over the eight real sets for variants of the char part and of the
calibration, the blend's two inputs computed once (the blend fitted on the committed rows does not depend on the
set left out). Paired reference: the shipped recipe (char 2-3-grams, min_df 3, C 10, real rows x3) in the same
harness; the inner 4-fold split groups by set-prefixed repost group, so figures differ from ``loso``'s by the
inner partition (up to 0.018 on one set), not by the recipe.

    python scripts/real_themes_round10.py build            # local/r10_cache.pkl (texts stay local)
    python scripts/real_themes_round10.py parts default c3 2-4 word char+word w6 1-3
    python scripts/real_themes_round10.py stack            # local/r10_stack.pkl: the default's stack inputs
    python scripts/real_themes_round10.py calib            # calibration variants on those inputs
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_themes_data import build_set_cache
from real_themes_metrics import label_matrix, macro_f1

L, W = "corpus/annotations/real", "/work/local"
SETS = [("1", f"{L}/labels.jsonl", f"{W}/real_sections.jsonl")] + [
    (str(k), f"{L}/labels{k}.jsonl", f"{W}/real_sections{k}.jsonl") for k in range(2, 9)]
CACHE, STACK = Path("local/r10_cache.pkl"), Path("local/r10_stack.pkl")


def build() -> None:
    build_set_cache(SETS, None, CACHE)

class Harness:
    def __init__(self):
        from unionmine.taxonomy import load_taxonomy
        from unionmine.themes._text import prepare

        self.themes = load_taxonomy().names
        c = pickle.load(CACHE.open("rb"))
        self.names = list(c["sets"])
        rows = [dict(r, set=n, group=f"{n}:{r['group']}") for n in self.names for r in c["sets"][n]]
        self.setof = np.array([r["set"] for r in rows])
        self.gold = label_matrix([r["labels"] for r in rows], self.themes).astype(int)
        self.groups = np.array([r["group"] for r in rows])
        self.feats, self.cy = c["feats"], c["cy"]
        self.ptexts = [prepare(r["text"]) for r in rows]
        self.pctexts = [prepare(t) for t in c["ctexts"]]
        self._vec = {}

    def X(self, ngram=(2, 3), min_df=3, word=False):
        """Committed and real rows as TF-IDF (vocabulary and idf from the committed rows only; sublinear tf)."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        k = (ngram, min_df, word)
        if k not in self._vec:
            if word:
                from unionmine.text.tokenize import tokenize
                kw = {"tokenizer": tokenize, "token_pattern": None}
            else:
                kw = {"analyzer": "char"}
            vec = TfidfVectorizer(ngram_range=ngram, min_df=min_df, sublinear_tf=True, **kw).fit(self.pctexts)
            self._vec[k] = (vec.transform(self.pctexts).tocsr(), vec.transform(self.ptexts).tocsr())
        return self._vec[k]

    def part(self, Xc, Xr, idx, C, w):
        from sklearn.linear_model import LogisticRegression

        X = sp.vstack([Xc, Xr[idx]]).tocsr()
        wt = np.r_[np.ones(Xc.shape[0]), np.full(len(idx), float(w))]
        return [LogisticRegression(C=C, solver="liblinear").fit(X, np.r_[self.cy[:, j], self.gold[idx, j]], sample_weight=wt)
                for j in range(len(self.themes))]

    def stack(self, parts, fit_idx, score_idx, k=4):
        """Per part (Xc, Xr, C, weight): out-of-fold decisions on the fitting rows (grouped k-fold, as
        ``realcal.fit_char_stack``) and the decisions of the part fitted on them all for the rows scored."""
        from unionmine.themes import realcal

        dec = lambda ms, X: np.stack([m.decision_function(X) for m in ms], axis=1)
        sub, oofs, fulls = list(self.groups[fit_idx]), [], []
        for Xc, Xr, C, w in parts:
            oof = np.zeros((len(fit_idx), len(self.themes)))
            for fi, si in realcal.group_folds(sub, k):
                oof[si] = dec(self.part(Xc, Xr, fit_idx[fi], C, w), Xr[fit_idx[si]])
            oofs.append(oof[..., None])
            fulls.append(dec(self.part(Xc, Xr, fit_idx, C, w), Xr[score_idx])[..., None])
        return np.concatenate([self.feats[fit_idx], *oofs], -1), np.concatenate([self.feats[score_idx], *fulls], -1)


PARTS = {"default": [{}], "c3": [{"C": 3.0}], "c30": [{"C": 30.0}], "w6": [{"w": 6.0}], "2-4": [{"x": {"ngram": (2, 4)}}],
         "1-3": [{"x": {"ngram": (1, 3)}}], "min_df2": [{"x": {"min_df": 2}}],
         "word": [{"x": {"ngram": (1, 2), "min_df": 2, "word": True}}],
         "char+word": [{}, {"x": {"ngram": (1, 2), "min_df": 2, "word": True}}], "1-4": [{"x": {"ngram": (1, 4)}}],
         "1-3+word": [{"x": {"ngram": (1, 3)}}, {"x": {"ngram": (1, 2), "min_df": 2, "word": True}}]}


def parts(variants: list[str]) -> None:
    from unionmine.themes import realcal

    h = Harness()
    for v in variants:
        f1s = []
        for n in h.names:
            fit_idx, score_idx = np.flatnonzero(h.setof != n), np.flatnonzero(h.setof == n)
            spec = [(*h.X(**p.get("x", {})), p.get("C", 10.0), p.get("w", 3.0)) for p in PARTS[v]]
            fin, sin = h.stack(spec, fit_idx, score_idx)
            coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, h.gold[fit_idx], list(h.groups[fit_idx]))
            f1s.append(macro_f1(realcal.joint_scores(sin, coef, icpt) >= thr, h.gold[score_idx].astype(bool)))
        print(f"{v}: " + " ".join(f"{f:.3f}" for f in f1s) + f" mean {np.mean(f1s):.3f}", flush=True)


def save_stack() -> None:
    h = Harness()
    out = {}
    for n in h.names:
        fit_idx, score_idx = np.flatnonzero(h.setof != n), np.flatnonzero(h.setof == n)
        out[n] = (fit_idx, score_idx, *h.stack([(*h.X(), 10.0, 3.0)], fit_idx, score_idx))
    pickle.dump(out, STACK.open("wb"))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "build":
        build()
    elif cmd == "parts":
        parts(sys.argv[2:] or ["default"])
    elif cmd == "stack":
        save_stack()
    elif cmd == "calib":
        from real_themes_round10_calib import main
        main()
    else:
        raise SystemExit(__doc__)
