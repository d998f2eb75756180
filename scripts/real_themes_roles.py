#!/usr/bin/env python3
"""Round 13b (issue 13): would knowing a section's ROLE on its page fix the 其他 errors? An oracle ceiling.

Round 13's context harness (``real_themes_context``: the cache ``local/r13_cache.pkl`` and the stack inputs per
direction ``local/r13_stack.pkl``, GroupKFold partition) with a section's role (``real_themes_roles_features``) as
extra inputs. Each role-labelled set among 1-12 is left out in turn (the others of 1-13 fitted on, as round 13); every
rule is paired with ``shipped`` on the same inputs and partition.

    python scripts/real_themes_roles.py classify              # the role classifier: grouped CV by page, LOSO by set
    python scripts/real_themes_roles.py loso MODE [SEED] RULE…  # MODE: gold | gold-only | pred | gold+pred | pred-all
    python scripts/real_themes_roles.py errors MODE RULE      # 其他 additions and misses by gold role, shipped vs RULE

MODE ``gold``: gold roles one-hot on the rows of role-labelled sets, an "unknown" column for the other sets' rows
(their role coefficients are learnt from the labelled sets that are fitted on). ``gold-only``: fitting restricted to
the rows of the other role-labelled sets (``shipped`` too, for the pairing). ``pred``: every row gets the role
probabilities of the classifier — fitted on the role-labelled sets other than the one left out; a row of those sets
gets its out-of-fold probabilities (GroupKFold by page among them) — so no row's own gold role reaches it.
``gold+pred``: gold roles on the labelled rows (the set left out included), ``pred``'s on the others (sets 1-8, 13),
so that every fitting row has a role: the oracle with ``pred``'s coverage. ``pred-all``: ``pred`` with every set of
1-12 left out in turn (a set nobody labelled gets the roles of the classifier fitted on all four labelled sets).

Rules: ``shipped`` (the three-input calibration), ``role-lr`` (the same regression with the role columns added),
``role-x`` (and role x the char log-odds), ``ctx2-gbm`` (round 13's tree model over the context features),
``ctx-role-gbm`` (the same with the role columns added), ``ens-role`` (mean of ``role-x``'s probability and
``ctx-role-gbm``'s, thresholds on the mean's out-of-fold values).
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_context as rc
from real_themes_metrics import macro_f1
from real_themes_roles_features import (
    ROLES,
    RoleClassifier,
    grouped_oof,
    load_roles,
    place_features,
    role_matrix,
    role_text,
)

ROLE_FILES = {n: f"{rc.L}/roles{n}.jsonl" for n in ("9", "10", "11", "12")}


class RoleContext(rc.Context):
    """The context harness's rows with their gold roles (-1: not labelled), role texts and place facts."""

    def __init__(self):
        super().__init__()
        files = [p for p in ROLE_FILES.values() if Path(p).exists()]
        self.role, self.role_counts = load_roles(self.rows, files)
        self.labelled = sorted({r["set"] for r, k in zip(self.rows, self.role) if k >= 0}, key=int)
        self.setof = np.array([r["set"] for r in self.rows])
        self.rtexts = [role_text(r["heading"], r["text"]) for r in self.rows]
        self.place = place_features(self.pages, [r["kind"] for r in self.rows], [r["heading"] for r in self.rows],
                                    [r["text"] for r in self.rows])
        self.page_key = [f"{s}|{u}" for s, u in self.pages]

    def predicted_roles(self, left_out: str, C: float = 3.0) -> np.ndarray:
        """(n, len(ROLES) + 1) role probabilities of every row for direction LEFT_OUT (last column 0): rows of the
        other labelled sets out-of-fold by page, every other row from the classifier fitted on those sets."""
        train = np.flatnonzero((self.role >= 0) & (self.setof != left_out))
        out = np.zeros((len(self.rows), len(ROLES) + 1))
        tx = [self.rtexts[i] for i in train]
        out[train, :-1] = grouped_oof(tx, self.place[train], self.role[train], [self.page_key[i] for i in train], C=C)
        rest = np.setdiff1d(np.arange(len(self.rows)), train)
        clf = RoleClassifier(C).fit(tx, self.place[train], self.role[train])
        out[rest, :-1] = clf.proba([self.rtexts[i] for i in rest], self.place[rest])
        return out


def _with_roles(inputs: np.ndarray, R: np.ndarray, cross: bool) -> np.ndarray:
    """INPUTS (n, themes, m) with R's columns added per theme (and R times the last input, the char log-odds)."""
    t = inputs.shape[1]
    Rt = np.repeat(R[:, None, :], t, axis=1)
    parts = [inputs, Rt] + ([Rt * inputs[:, :, -1:]] if cross else [])
    return np.concatenate(parts, axis=-1)


def decide(rule: str, ctx: RoleContext, d: dict, R: np.ndarray) -> np.ndarray:
    """Decisions on the rows scored of direction D under RULE, R the role columns of every row."""
    fit_idx, score_idx, fin, sin = d["fit_idx"], d["score_idx"], d["fin"], d["sin"]
    y, groups = ctx.gold[fit_idx], list(d["groups"])
    if rule in ("shipped", "ctx2-gbm"):
        return rc.decide(rule, ctx, d)
    if rule in ("role-lr", "role-x"):
        cross = rule == "role-x"
        return rc._lr_rule(_with_roles(fin, R[fit_idx], cross), y, groups, _with_roles(sin, R[score_idx], cross))
    inputs_all = np.zeros((len(ctx.rows), *fin.shape[1:]))
    inputs_all[fit_idx], inputs_all[score_idx] = fin, sin
    F = _with_roles(ctx.features(inputs_all, True), R, False)
    if rule == "ctx-role-gbm":
        return rc._gbm_rule(F[fit_idx], y, groups, F[score_idx])
    if rule == "ens-role":
        return _ens(_with_roles(fin, R[fit_idx], True), F[fit_idx], y, groups, _with_roles(sin, R[score_idx], True),
                    F[score_idx])
    raise SystemExit(f"unknown rule {rule}")


def _ens(fin, Fin, y, groups, sin, Fsin, k=4):
    from unionmine.themes import realcal
    from unionmine.themes._text import tune_thresholds

    def both(fi, a, A):
        coef, icpt, _, _ = realcal.fit_joint_calibration(fin[fi], y[fi], [groups[i] for i in fi])
        return (realcal.joint_scores(a, coef, icpt) + rc._gbm_proba(Fin[fi], y[fi], A)) / 2

    oof = np.zeros(y.shape)
    for fi, si in realcal.group_folds(groups, k):
        oof[si] = both(fi, fin[si], Fin[si])
    return both(np.arange(len(y)), sin, Fsin) >= tune_thresholds(oof, y)


def directions(mode: str, ctx: RoleContext, seed: int | None = None) -> dict:
    """The stack directions of the labelled sets (SEED: round 13's other partitions); under ``gold-only`` each
    restricted to the labelled rows."""
    stacks = pickle.load(rc._stack_path(seed).open("rb"))
    out = {}
    for n in (stacks if mode == "pred-all" else ctx.labelled):
        d = dict(stacks[n])
        if mode == "gold-only":
            keep = np.flatnonzero(ctx.role[d["fit_idx"]] >= 0)
            d = {**d, "fit_idx": d["fit_idx"][keep], "fin": d["fin"][keep],
                 "groups": [d["groups"][i] for i in keep]}
        out[n] = d
    return out


def role_columns(mode: str, ctx: RoleContext, n: str) -> np.ndarray:
    """The role columns of every row for direction N under MODE (``gold+pred``: gold where labelled, the predicted
    probabilities of ``pred`` on the rows of sets nobody labelled)."""
    if mode in ("pred", "pred-all", "gold+pred"):
        cache = Path(f"local/r13b_pred_{n}.npy")
        if not cache.exists():
            np.save(cache, ctx.predicted_roles(n))
        R = np.load(cache)
        if mode == "gold+pred":
            known = ctx.role >= 0
            R[known] = role_matrix(ctx.role[known])
        return R
    return role_matrix(ctx.role)


def cmd_loso(mode: str, rules: list[str], seed: int | None = None) -> None:
    rc._setup(seed)
    ctx = RoleContext()
    print("roles matched:", ctx.role_counts, "labelled sets:", ctx.labelled)
    dirs = directions(mode, ctx, seed)
    saved = Path(f"local/r13b_loso_{mode}{'' if seed is None else '_s' + str(seed)}.json")
    out = json.loads(saved.read_text()) if saved.exists() else {}
    for rule in ["shipped", *[r for r in rules if r != "shipped"]]:
        preds = [decide(rule, ctx, d, role_columns(mode, ctx, n)) for n, d in dirs.items()]
        golds = [ctx.gold[d["score_idx"]].astype(bool) for d in dirs.values()]
        f1s = [macro_f1(p, g) for p, g in zip(preds, golds)]
        out[rule] = f1s
        per = np.mean([[2 * (p[:, j] & g[:, j]).sum() / max(p[:, j].sum() + g[:, j].sum(), 1)
                        for j in range(len(ctx.themes))] for p, g in zip(preds, golds)], axis=0)
        add = sum(int((p[~g.any(axis=1)]).sum()) for p, g in zip(preds, golds))
        print(f"  {rule} per theme: " + ", ".join(f"{t} {v:.3f}" for t, v in zip(ctx.themes, per))
              + f"; theme decisions on 其他 sections {add}")
        line = f"{rule} [{mode}, seed {seed}] sets {' '.join(dirs)}: " + " ".join(f"{f:.3f}" for f in f1s)
        line += f" mean {np.mean(f1s):.3f}"
        if rule != "shipped":
            dd = np.array(f1s) - np.array(out["shipped"])
            line += f"; minus shipped {dd.mean():+.3f} (up {(dd > 0).sum()} / down {(dd < 0).sum()})"
        print(line, flush=True)
        saved.write_text(json.dumps(out))


def cmd_errors(mode: str, rule: str) -> None:
    """Per gold role of the rows scored: sections, themes added on 其他 sections and themes missed, shipped vs
    RULE (counts only; the texts stay local)."""
    rc._setup()
    ctx = RoleContext()
    counts = Counter()
    for n, d in directions(mode, ctx).items():
        R = role_columns(mode, ctx, n)
        for r in ("shipped", rule):
            p = decide(r, ctx, d, R)
            g = ctx.gold[d["score_idx"]].astype(bool)
            for k, i in enumerate(d["score_idx"]):
                role = ROLES[ctx.role[i]] if ctx.role[i] >= 0 else "?"
                if r == "shipped":
                    counts[("sections", role, "")] += 1
                    counts[("其他 sections", role, "")] += int(not g[k].any())
                for j, t in enumerate(ctx.themes):
                    if p[k, j] and not g[k, j]:
                        counts[(r, role, f"{t} added" + (" on 其他" if not g[k].any() else ""))] += 1
                    elif g[k, j] and not p[k, j]:
                        counts[(r, role, f"{t} missed")] += 1
    for key in sorted(counts):
        print(*key, counts[key])


def cmd_classify(C: float = 3.0) -> None:
    """Role classifier accuracy over the labelled sets: GroupKFold (5) by page, and leave one labelled set out."""
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

    rc._setup()
    ctx = RoleContext()
    idx = np.flatnonzero(ctx.role >= 0)
    y, tx = ctx.role[idx], [ctx.rtexts[i] for i in idx]
    base = Counter(y.tolist()).most_common(1)[0]
    print(f"{len(idx)} labelled sections in sets {ctx.labelled}; majority role {ROLES[base[0]]}: "
          f"{base[1] / len(idx):.3f}")
    oof = grouped_oof(tx, ctx.place[idx], y, [ctx.page_key[i] for i in idx], C=C).argmax(axis=1)
    print(f"grouped CV by page: accuracy {accuracy_score(y, oof):.3f}, macro F1 "
          f"{f1_score(y, oof, average='macro'):.3f}")
    present = sorted(set(y.tolist()))
    for k, v in zip(present, f1_score(y, oof, labels=present, average=None)):
        print(f"  {ROLES[k]} ({(y == k).sum()}): F1 {v:.3f}")
    print("confusion (rows gold, columns predicted):", [ROLES[k] for k in present])
    print(confusion_matrix(y, oof, labels=present))
    for n in ctx.labelled:
        tr, te = idx[ctx.setof[idx] != n], idx[ctx.setof[idx] == n]
        p = RoleClassifier(C).fit([ctx.rtexts[i] for i in tr], ctx.place[tr], ctx.role[tr]).proba(
            [ctx.rtexts[i] for i in te], ctx.place[te]).argmax(axis=1)
        print(f"set {n} left out: accuracy {accuracy_score(ctx.role[te], p):.3f}")


if __name__ == "__main__":
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "classify":
        cmd_classify(float(args[0]) if args else 3.0)
    elif cmd == "loso" and args:
        seed = int(args.pop(1)) if len(args) > 1 and args[1].isdigit() else None
        cmd_loso(args[0], args[1:] or ["role-lr"], seed)
    elif cmd == "errors" and len(args) == 2:
        cmd_errors(args[0], args[1])
    else:
        raise SystemExit(__doc__)
