#!/usr/bin/env python3
"""Round 29 (issue 13): a theme carried by how an event is written (组织, 参加, 人次 …), not by what it is.

Round 28's harness (``real_themes_festivals.py``: the shipped recipe refitted in every direction, sets left out in
turn, three inner partitions, the 150 held-out sections) with two general remedies switched on by the environment,
so that any package state (PYTHONPATH) can be measured with them; nothing here changes the package:

- ``R29_MASK=组织,参加,…`` (remedy a): the words are taken out of the supervised part's word and char features and
  out of the char part's features (each occurrence read as a space, in fitting and in scoring), so they carry no
  theme; the lexicon reads the text as it is.
- ``R29_RULE=组织,参加,…`` (remedy c): a theme is given only when it also passes its threshold on the text with those
  words taken out (the supervised part and the char part as fitted, read on that text; ``R29_RULE_LEX=1``: the
  lexicon too), so a theme that only the shared words carry is dropped and either part can still carry it on the
  topical words. It only ever takes a theme away.

    export REAL_SETS=1,…,12,14,…,26 FEST_C=1 FEST_OUT=/tmp/t29fest OMP_NUM_THREADS=1
    R29_MASK=… PYTHONPATH=PKG python scripts/real_themes_round29.py build TAG
    [R13_SEED=N] FEST_POOL=$A R29_… PYTHONPATH=PKG python scripts/real_themes_round29.py loso TAG
    [R13_SEED=N] FEST_FIT=$A R29_… PYTHONPATH=PKG python scripts/real_themes_round29.py heldout TAG
    python scripts/real_themes_festivals.py table base@a TAG

(``build`` with ``R29_RULE`` also stores the blend's inputs on the texts without the rule's words.)
"""

from __future__ import annotations

import os
import pickle
import re
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_data as rdata
import real_themes_festivals as fest
import real_themes_round11 as r11
import real_themes_round13 as r13

MASK = [w for w in os.environ.get("R29_MASK", "").split(",") if w]
RULE = [w for w in os.environ.get("R29_RULE", "").split(",") if w]
RULE_LEX = os.environ.get("R29_RULE_LEX") == "1"


def masker(words: list[str]):
    """TEXT with every occurrence of WORDS (longest first) read as one space."""
    if not words:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    return lambda text: pattern.sub(" ", text)


def patch_features(words: list[str]) -> None:
    """Remedy a: the supervised part's word and char blocks (fitting and scoring) read the text without WORDS."""
    if not words:
        return
    from unionmine.themes import supervised

    mask = masker(words)
    tc = supervised.ThemeClassifier

    def _features(self, texts, w, c, fit=False):
        m = [mask(t) for t in texts]
        blocks = [w.fit_transform(m) if fit else w.transform(m), c.fit_transform(m) if fit else c.transform(m)]
        if self.use_lexicon:
            blocks.append(sp.csr_matrix(self._lexicon(texts)))
        return sp.hstack(blocks, format="csr")

    def _transform(self, X, prepared=False):
        from unionmine.themes._text import prepare

        texts = X if prepared else [prepare(t) for t in X]
        return self._features(texts, *self._get_vectorizers())

    tc._features, tc._transform = _features, _transform


def patch_harness(words: list[str]) -> None:
    """Remedy a in the harnesses: the char part's texts (committed and real) without WORDS."""
    if not words:
        return
    mask = masker(words)
    for cls in (r11.Harness, r11.HeldoutHarness):
        init = cls.__init__

        def __init__(self, *args, _init=init, **kwargs):
            _init(self, *args, **kwargs)
            self.ptexts = [mask(t) for t in self.ptexts]
            self.pctexts = [mask(t) for t in self.pctexts]

        cls.__init__ = __init__


# ---- remedy c: the same fit, the decision also read on the text without the rule's words ----------------------

def _masked_inputs(model, texts: list[str]) -> np.ndarray:
    """The blend's two inputs on TEXTS without the rule's words (the lexicon on the text as it is unless RULE_LEX)."""
    from unionmine.themes._calibration import stack_inputs
    from unionmine.themes._text import prepare

    mask = masker(RULE)
    plain = [prepare(t) for t in texts]
    masked = [mask(t) for t in plain]
    parts = model.parts(masked, prepared=True)
    lex = parts["lexicon"] if RULE_LEX else model.parts(plain, prepared=True)["lexicon"]
    return stack_inputs(parts["supervised"], lex)


def cmd_build(tag: str) -> None:
    fest.cmd_build(tag)
    if not RULE:
        return
    path = fest.OUT / f"{tag}_cache.pkl"
    cache = pickle.loads(path.read_bytes())
    base = rdata._fit("blend", None, None)[0]
    cache["feats_rule"] = _masked_inputs(base, [r["text"] for n in cache["sets"] for r in cache["sets"][n]])
    path.write_bytes(pickle.dumps(cache))


def _stack_both(h, idx, name: dict, score_idx, feats_rule, Xr_rule, k=4):
    """``r13.stack`` for the recipe (char part and calibration on the same rows), with the scored rows' inputs also
    on the texts without the rule's words (FEATS_RULE, XR_RULE: those rows' blend inputs and char features)."""
    from unionmine.themes import realcal

    Xc, Xr = h.X()
    groups = [name[i] for i in idx]
    weights = r13.row_weights(h, idx, 3.0)
    oof = np.zeros((len(idx), len(h.themes)))
    for fi, si in realcal.group_folds(groups, k):
        oof[si] = r13._dec(r13.part(h, Xc, Xr, idx[fi], weights[fi]), Xr[idx[si]])
    full = r13.part(h, Xc, Xr, idx, weights)
    fin = np.concatenate([h.feats[idx], oof[..., None]], -1)
    sin = np.concatenate([h.feats[score_idx], r13._dec(full, Xr[score_idx])[..., None]], -1)
    sin_rule = np.concatenate([feats_rule, r13._dec(full, Xr_rule)[..., None]], -1)
    return fin, sin, sin_rule


def _rule_decisions(h, idx, groups, score_idx, feats_rule, Xr_rule) -> np.ndarray:
    from unionmine.themes import realcal

    fin, sin, sin_rule = _stack_both(h, idx, dict(zip(idx.tolist(), groups)), score_idx, feats_rule, Xr_rule)
    coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, h.gold[idx], groups, 4)
    return (realcal.joint_scores(sin, coef, icpt) >= thr) & (realcal.joint_scores(sin_rule, coef, icpt) >= thr)


def _rule_char_features(h) -> sp.csr_matrix:
    """The real rows' char features without the rule's words, with the harness's vectorizer (committed rows)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    mask = masker(RULE)
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=3, sublinear_tf=True).fit(h.pctexts)
    return vec.transform([mask(t) for t in h.ptexts]).tocsr()


def cmd_loso_rule(tag: str) -> None:
    r13.CACHE = fest.OUT / f"{tag}_cache.pkl"
    h = r13.harness()
    feats_rule = pickle.loads(r13.CACHE.read_bytes())["feats_rule"]
    Xr_rule = _rule_char_features(h)
    out = {}
    for n in fest.SCORED:
        idx = np.flatnonzero(h.setof == n)
        fit_idx, groups = h.fit_rows(fest.fit_sets(h.names, n))
        pred = _rule_decisions(h, fit_idx, groups, idx, feats_rule[idx], Xr_rule[idx])
        out[n] = {"pred": pred, "gold": h.gold[idx].astype(bool), "groups": list(h.raw_group[idx]),
                  "ids": [h.rows[i]["id"] for i in idx]}
        print(f"  {tag} set {n}: {fest.macro_f1(pred, out[n]['gold']):.3f}", flush=True)
    fest._path(tag, "loso").write_bytes(pickle.dumps(out))


def cmd_heldout_rule(tag: str) -> None:
    """``fest.cmd_heldout`` with FEST_FIT (one fit on the sets named) and the rule."""
    r13.SETS = [s for s in fest.SETS if s[0] in fest.FIT]
    captured = {}
    plain = r11._calibration

    def _calibration(model, texts):
        captured["model"] = model
        return plain(model, texts)

    r11._calibration = _calibration
    h = r13.Heldout()
    r11._calibration = plain
    cal = [str(k) for k in range(1, len(r13.SETS) + 1)] + [str(len(r13.SETS) + 1)]
    idx, groups = h.rows_of(cal)
    score_idx = np.arange(h.n_real, len(h.gold))
    feats_rule = _masked_inputs(captured["model"], [h.ptexts[i] for i in score_idx])
    Xr_rule = _rule_char_features(h)[score_idx]
    pred = _rule_decisions(h, idx, groups, score_idx, feats_rule, Xr_rule)
    gold = h.gold[score_idx].astype(bool)
    print(f"  {tag} held out, sets {len(r13.SETS)}: {fest.macro_f1(pred, gold):.3f}", flush=True)
    fest._path(tag, "heldout").write_bytes(pickle.dumps({len(r13.SETS): pred, "gold": gold, "groups": h.test_groups}))


if __name__ == "__main__":
    r13._seeded_partition()
    fest._pin_c()
    patch_features(MASK)
    patch_harness(MASK)
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "build":
        cmd_build(args[0])
    elif cmd == "loso":
        (cmd_loso_rule if RULE else fest.cmd_loso)(args[0])
    elif cmd == "heldout":
        (cmd_heldout_rule if RULE else fest.cmd_heldout)(args[0])
    else:
        raise SystemExit(__doc__)
