#!/usr/bin/env python3
"""Round 15 (issue 13): festival events on the 送温暖 / 文体活动 line, judged with round 13's refit harness.

A change to the lexicon or to the authored training rows moves the blend's two inputs and the char part's committed
rows, so the shipped recipe (char part + three-input calibration, ``refit --char``) is refitted in every direction
on both package states and the two are paired: the package as it was (``base``, run with PYTHONPATH at an export of
main) and as this branch has it (``new``). Sets 1-15 and 4_shared; set 13 and 4_shared in every fit, never scored;
each of sets 1-12, 14 and 15 left out in turn (repeats dropped as ``refit --drop-repeats`` drops them); three inner
partitions (GroupKFold, ``R13_SEED=1``, ``R13_SEED=2``). Blind set 16 is never read.

    git archive 8a512fa unionmine | tar -x -C local/base_pkg          # main before the round (BASE)
    PYTHONPATH=BASE python scripts/real_themes_festivals.py build base     # local/fest/base_cache.pkl
    PYTHONPATH=PKG python scripts/real_themes_festivals.py build TAG       # local/fest/TAG_cache.pkl
    [R13_SEED=N] PYTHONPATH=PKG python scripts/real_themes_festivals.py loso TAG     # local/fest/TAG_loso[_sN].pkl
    [R13_SEED=N] PYTHONPATH=PKG python scripts/real_themes_festivals.py heldout TAG  # local/fest/TAG_heldout[_sN].pkl
    python scripts/real_themes_festivals.py table base TAG              # per set, per partition, per theme; the bar
    python scripts/real_themes_festivals.py errors TAG 14 15            # TAG's wrong decisions there, to read

Tags of round 15: ``lex`` (PKG: an export of this branch's ``unionmine``: the festival line in the lexicon, what
ships) and ``new`` (the same with ``scripts/data/authored_festivals.jsonl`` copied into its
``unionmine/data/annotations/``: the lexicon and 36 written rows; measured, not shipped).

Round 26 (which sets a shipped default should be fitted on): ``FEST_POOL=1,…,8`` fits every direction on the pool's
sets only (the left-out set never), so ``loso`` gives what a default fitted on those sets scores; ``FEST_FIT=…``
gives ``heldout``'s one fit on the sets named (4_shared too), stored under the key of their count.
"""

from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_round13 as r13
from real_themes_metrics import macro_f1, paired_difference

L, W = r13.L, r13.W
# REAL_SETS=1,2,…: the sets of this run (a later round, or a machine where some local copies could not be made
# again); default round 15's sets 1-15. Set 13 and 4_shared are in every fit and never scored.
_NUMBERS = [int(k) for k in os.environ.get("REAL_SETS", ",".join(map(str, range(1, 16)))).split(",")]
SETS = [(str(k), f"{L}/labels{'' if k == 1 else k}.jsonl", f"{W}/real_sections{'' if k == 1 else k}.jsonl")
        for k in _NUMBERS]
SHARED = ("4s", f"{L}/labels4_shared.jsonl", f"{W}/real_sections4_shared.jsonl")
ALWAYS = ["13", "4s"]  # in every fit, never scored
SCORED = [str(k) for k in _NUMBERS if str(k) not in ALWAYS]
OUT = Path(os.environ.get("FEST_OUT", "local/fest"))  # FEST_OUT: another run beside the first
SEED = os.environ.get("R13_SEED")
# FEST_POOL=1,…,8: the sets a fit may use (13 and 4_shared always), as a shipped default fitted on fewer sets than
# REAL_SETS is (round 26: sets 1-8 against every spent set); FEST_FIT=1,…: the sets of ``heldout``'s one fit.
POOL = os.environ.get("FEST_POOL", "").split(",") if os.environ.get("FEST_POOL") else []
FIT = os.environ.get("FEST_FIT", "").split(",") if os.environ.get("FEST_FIT") else []
THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def _path(tag: str, what: str, seed=SEED) -> Path:
    return OUT / f"{tag}_{what}{'' if seed is None else '_s' + str(seed)}.pkl"


def cmd_build(tag: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    r13.build_set_cache([*SETS, SHARED], None, OUT / f"{tag}_cache.pkl")


def fit_sets(names, left_out: str, pool=None) -> list[str]:
    """The sets a fit uses when LEFT_OUT is scored: every other set, or (FEST_POOL) every other set of the pool and
    the sets in every fit (13, 4_shared)."""
    pool = POOL if pool is None else pool
    return [m for m in names if m != left_out and (not pool or m in pool or m in ALWAYS)]


def cmd_loso(tag: str) -> None:
    """Each scored set left out: the recipe fitted on every other set (13 and 4_shared included)."""
    r13.CACHE = OUT / f"{tag}_cache.pkl"
    h = r13.harness()
    out = {}
    for n in SCORED:
        idx = np.flatnonzero(h.setof == n)
        pred = r13.run(h, "recipe", fit_sets(h.names, n), idx)
        out[n] = {"pred": pred, "gold": h.gold[idx].astype(bool), "groups": list(h.raw_group[idx]),
                  "ids": [h.rows[i]["id"] for i in idx]}
        print(f"  {tag} set {n}: {macro_f1(pred, out[n]['gold']):.3f}", flush=True)
    _path(tag, "loso").write_bytes(pickle.dumps(out))


def cmd_heldout(tag: str) -> None:
    """The 150 held-out sections: the recipe fitted on sets 1-8 and 4_shared (the shipped default's sets) and on
    sets 1-15 and 4_shared; the blend on the train split (4_shared is the sixteenth file here: set "16")."""
    full = [n for n, *_ in SETS] == [str(k) for k in range(1, 16)] and not FIT
    r13.SETS = SETS if full else [s for s in SETS if (s[0] in FIT if FIT else int(s[0]) <= 8)]
    if not FIT and [n for n, *_ in r13.SETS][:8] != [str(k) for k in range(1, 9)]:
        raise SystemExit("held out needs the local copies of sets 1-8 (the shipped default's sets)")
    h = r13.Heldout()
    out = {}
    for upto in (8, 15) if full else (len(r13.SETS) if FIT else 8,):
        cal = [str(k) for k in range(1, upto + 1)] + [str(len(r13.SETS) + 1)]  # 4_shared: named by its place
        score_idx = np.arange(h.n_real, len(h.gold))
        out[upto] = r13.run(h, "recipe", cal, score_idx, h.rows_of)
        gold = h.gold[score_idx].astype(bool)
        print(f"  {tag} held out, sets 1-{upto}: {macro_f1(out[upto], gold):.3f}", flush=True)
    out["gold"], out["groups"] = gold, h.test_groups
    _path(tag, "heldout").write_bytes(pickle.dumps(out))


def _f1(p, g, j):
    return 2 * (p[:, j] & g[:, j]).sum() / max(p[:, j].sum() + g[:, j].sum(), 1)


def _errs(dec: dict, sets: list[str], j: int) -> tuple[int, int]:
    """Theme J's decisions added and missed over SETS."""
    return (sum(int((dec[n]["pred"][:, j] & ~dec[n]["gold"][:, j]).sum()) for n in sets),
            sum(int((~dec[n]["pred"][:, j] & dec[n]["gold"][:, j]).sum()) for n in sets))


def compare(a: dict, b: dict) -> dict:
    """Per set macro-F1 of A and B (B minus A), and per theme the mean over sets of each side's F1."""
    fa = np.array([macro_f1(a[n]["pred"], a[n]["gold"]) for n in SCORED])
    fb = np.array([macro_f1(b[n]["pred"], b[n]["gold"]) for n in SCORED])
    ta = np.array([[_f1(a[n]["pred"], a[n]["gold"], j) for j in range(4)] for n in SCORED]).mean(0)
    tb = np.array([[_f1(b[n]["pred"], b[n]["gold"], j) for j in range(4)] for n in SCORED]).mean(0)
    return {"a": fa, "b": fb, "ta": ta, "tb": tb}


def bar(c: dict) -> tuple[bool, bool, bool, bool]:
    """The brief's bar on one partition (``compare``'s output): the mean up, most sets up or flat (a set moved by
    less than 0.0005 is flat), 送温暖's and 文体活动's F1 (mean over sets) up."""
    d = c["b"] - c["a"]
    return (bool(d.mean() > 0), bool((d >= -5e-4).sum() > len(d) / 2), bool(c["tb"][1] > c["ta"][1]),
            bool(c["tb"][2] > c["ta"][2]))


def cmd_table(base: str = "base", new: str = "new") -> None:
    print("| partition | " + " | ".join(SCORED) + " | mean | minus base (up / flat / down) |")
    print("|---" * (len(SCORED) + 3) + "|")
    verdict = []
    for seed in (None, 1, 2):
        pa, pb = _path(base, "loso", seed), _path(new, "loso", seed)
        if not (pa.exists() and pb.exists()):
            continue
        da, db = pickle.loads(pa.read_bytes()), pickle.loads(pb.read_bytes())
        da = _same_gold(da, db)
        c = compare(da, db)
        d = c["b"] - c["a"]
        up, flat, down = (d > 5e-4).sum(), (abs(d) <= 5e-4).sum(), (d < -5e-4).sum()
        name = "GroupKFold" if seed is None else f"seed {seed}"
        for tag, f in ((base, c["a"]), (new, c["b"])):
            print(f"| {name}: `{tag}` | " + " | ".join(f"{x:.3f}" for x in f) + f" | {f.mean():.3f} | "
                  + (f"**{d.mean():+.4f} ({up} / {flat} / {down})**" if tag == new else "") + " |")
        print(f"    per theme, mean over sets ({name}): " + "; ".join(
            f"{t} {x:.3f} → {y:.3f}" for t, x, y in zip(THEMES, c["ta"], c["tb"])))
        for label, sets in (("all sets", SCORED), ("sets 14-18", [n for n in SCORED if int(n) >= 14])):
            print(f"    added / missed, {label}: " + "; ".join(
                f"{t} " + " → ".join(f"{a}/{m}" for a, m in (_errs(d, sets, j) for d in (da, db)))
                for j, t in enumerate(THEMES)))
        verdict.append(bar(c))
    for seed in (None, 1, 2):
        pa, pb = _path(base, "heldout", seed), _path(new, "heldout", seed)
        if not (pa.exists() and pb.exists()):
            continue
        a, b = pickle.loads(pa.read_bytes()), pickle.loads(pb.read_bytes())
        for upto in [k for k in (8, 15) if k in a and k in b]:
            fa, fb = macro_f1(a[upto], a["gold"]), macro_f1(b[upto], b["gold"])
            lo, hi = paired_difference(b[upto], a[upto], a["gold"], a["groups"], 1000, 0)
            print(f"held out ({'GroupKFold' if seed is None else f'seed {seed}'}), sets 1-{upto}: {base} {fa:.3f}, "
                  f"{new} {fb:.3f} ({fb - fa:+.3f}; 95% {lo:+.3f} to {hi:+.3f}; {(a[upto] != b[upto]).sum()} decisions)")
    print("bar per partition (mean up, most sets up or flat, 送温暖 F1 up, 文体活动 F1 up):", verdict,
          "-> clears" if verdict and all(all(v) for v in verdict) else "-> does not clear")


def cmd_errors(tag: str, sets: list[str], seed=None) -> None:
    """The decisions TAG gets wrong on SETS (under the partition SEED), with the other tag's, to read: printed."""
    r13.CACHE = OUT / f"{tag}_cache.pkl"
    h = r13.harness()
    dec = pickle.loads(_path(tag, "loso", seed).read_bytes())
    for n in sets:
        idx = np.flatnonzero(h.setof == n)
        for i, p in zip(idx, dec[n]["pred"]):
            g = h.gold[i].astype(bool)
            if (p != g).any():
                add = [t for t, x, y in zip(THEMES, g, p) if y and not x]
                miss = [t for t, x, y in zip(THEMES, g, p) if x and not y]
                print(f"[{n}] {h.rows[i]['id']} gold {h.rows[i]['labels']} +{add} -{miss}: {h.rows[i]['text'][:160]!r}")


def _pin_c() -> None:
    """FEST_C=1: the calibration's C pinned at that value in every fit (round 25: what ``refit --C 1`` ships)
    instead of chosen among 0.1, 1, 10 by the inner grouped CV."""
    if not os.environ.get("FEST_C"):
        return
    from unionmine.themes import realcal

    fit, pinned = realcal.fit_joint_calibration, (float(os.environ["FEST_C"]),)
    realcal.fit_joint_calibration = lambda features, y, groups, k=4, cs=None: fit(features, y, groups, k, pinned)


def _same_gold(a: dict, b: dict) -> dict:
    """A's decisions judged by B's gold where both hold the same rows (a label changed between the two package
    states, round 25's two R13 rows: both sides are scored against the labels as they now are)."""
    return {n: {**a[n], "gold": b[n]["gold"]} if n in b and a[n]["ids"] == b[n]["ids"] else a[n] for n in a}


if __name__ == "__main__":
    r13._seeded_partition()
    _pin_c()
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "build":
        cmd_build(args[0])
    elif cmd == "loso":
        cmd_loso(args[0])
    elif cmd == "heldout":
        cmd_heldout(args[0])
    elif cmd == "table":
        cmd_table(*args)
    elif cmd == "errors":
        cmd_errors(args[0], args[1:] or ["14", "15"], SEED)
    else:
        raise SystemExit(__doc__)
