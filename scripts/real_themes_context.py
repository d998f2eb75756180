#!/usr/bin/env python3
"""Round 13 (issue 13): a context part — the section's page context beside its own scores — judged over the
thirteen development sets, paired with the shipped recipe (char part + three-input calibration).

Round 11's harness (``real_themes_round11``: the blend's inputs and char features computed once, the char part's
out-of-fold decisions on the fitting rows) over sets 1-13; each of sets 1-12 is left out in turn, set 13 (training
only) is always fitted on. Per direction the stack inputs are computed once (``local/r13_stack{_sSEED}.pkl``);
every calibration rule then reads them, so the shipped rule and a context rule see the same inputs and partition.

    python scripts/real_themes_context.py build              # local/r13_cache.pkl (texts stay local)
    python scripts/real_themes_context.py stack [SEED]       # the stack inputs per direction (SEED: another partition)
    python scripts/real_themes_context.py loso [SEED] RULE…  # LOSO over sets 1-12, each rule paired with ``shipped``
    python scripts/real_themes_context.py errors RULE [SEED] # local/r13_errors_RULE.jsonl: what is added and missed
    python scripts/real_themes_context.py tags RULE          # a crude word tag of the 其他 sections given a theme

Rules (``RULES``): ``shipped`` (``realcal.fit_joint_calibration`` over the three inputs), ``ctx-lr`` (the same
regression over ``context_features``, standardised), ``nbr-lr`` (own and neighbours' inputs only, no word or place
facts), ``ctx-gbm`` (per theme a small gradient-boosted tree model over the context features, thresholds by the
same grouped cross-validation); ``ctx2-lr``, ``ctx2-gbm``: the same with ``EXTRA`` words of the section itself
(speech, a union rather than staff congress, aims or a review); ``ens``, ``ens2``: the mean of the shipped
probability and ``ctx-gbm``'s (``ctx2-gbm``'s); ``gbm-dm`` (diagnostic): ``ctx-gbm`` for 民主管理 only.
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_round11 as r11
from real_themes_context_features import SHARED, context_features, standardise
from real_themes_metrics import macro_f1

L, W = r11.L, r11.W
SETS = [("1", f"{L}/labels.jsonl", f"{W}/real_sections.jsonl")] + [
    (str(k), f"{L}/labels{k}.jsonl", f"{W}/real_sections{k}.jsonl") for k in range(2, 14)]
TRAIN_ONLY = ["13"]  # always fitted on, never left out
CACHE = Path("local/r13_cache.pkl")


def _setup(seed: int | None = None) -> None:
    r11.SETS, r11.CACHE = SETS, CACHE
    if seed is not None:
        from real_themes_cv import real_folds

        from unionmine.themes import realcal

        realcal.group_folds = lambda groups, k: real_folds(list(groups), min(k, len(set(groups))), seed)


def _stack_path(seed):
    return Path(f"local/r13_stack{'' if seed is None else '_s' + str(seed)}.pkl")


def cmd_stack(seed: int | None = None) -> None:
    """Per set left out (1-12): fitting rows and groups, the stack inputs of fitting rows (char out-of-fold) and of
    the rows scored."""
    _setup(seed)
    h = r11.Harness()
    out = {}
    for n in [m for m in h.names if m not in TRAIN_ONLY]:
        fit_idx, groups = h.fit_rows([m for m in h.names if m != n])
        score_idx = np.flatnonzero(h.setof == n)
        fin, sin = h.stack(fit_idx, groups, score_idx)
        out[n] = {"fit_idx": fit_idx, "groups": groups, "score_idx": score_idx, "fin": fin, "sin": sin}
        print(f"stack {n}: {len(fit_idx)} fitted, {len(score_idx)} scored", flush=True)
    pickle.dump(out, _stack_path(seed).open("wb"))


class Context:
    """The rows of the cache in page order with their page keys, kinds, headings and texts, and the gold."""

    def __init__(self):
        from real_themes_metrics import label_matrix

        from unionmine.taxonomy import load_taxonomy

        self.themes = load_taxonomy().names
        c = pickle.load(CACHE.open("rb"))
        self.rows = [dict(r, set=n) for n in c["sets"] for r in c["sets"][n]]
        self.pages = [(r["set"], r["url"]) for r in self.rows]
        self.gold = label_matrix([r["labels"] for r in self.rows], self.themes).astype(int)

    def features(self, inputs_all: np.ndarray, extra: bool = False) -> np.ndarray:
        r = self.rows
        return context_features(inputs_all, self.pages, [x["kind"] for x in r], [x["heading"] for x in r],
                                [x["text"] for x in r], extra)


def _gbm_rule(fin, y, groups, sin, k=4):
    from unionmine.themes import realcal
    from unionmine.themes._text import tune_thresholds

    oof = np.zeros(y.shape)
    for fi, si in realcal.group_folds(groups, k):
        oof[si] = _gbm_proba(fin[fi], y[fi], fin[si])
    return _gbm_proba(fin, y, sin) >= tune_thresholds(oof, y)


def _gbm_proba(a, ya, b):
    from sklearn.ensemble import HistGradientBoostingClassifier

    out = np.zeros((len(b), ya.shape[1]))
    for j in range(ya.shape[1]):
        m = HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05, l2_regularization=1.0,
                                           min_samples_leaf=30, random_state=0).fit(a[:, j], ya[:, j])
        out[:, j] = m.predict_proba(b[:, j])[:, 1]
    return out


def _ens_rule(fin, Fin, y, groups, sin, Fsin, k=4):
    """The mean of the shipped calibration's probability (three inputs) and the tree model's over the context
    features; thresholds on the mean's out-of-fold values (the shipped C chosen inside each fold)."""
    from unionmine.themes import realcal
    from unionmine.themes._text import tune_thresholds

    def both(fi, a, A):
        coef, icpt, _, _ = realcal.fit_joint_calibration(fin[fi], y[fi], [groups[i] for i in fi])
        return (realcal.joint_scores(a, coef, icpt) + _gbm_proba(Fin[fi], y[fi], A)) / 2

    oof = np.zeros(y.shape)
    for fi, si in realcal.group_folds(groups, k):
        oof[si] = both(fi, fin[si], Fin[si])
    return both(np.arange(len(y)), sin, Fsin) >= tune_thresholds(oof, y)


def _lr_rule(fin, y, groups, sin):
    from unionmine.themes import realcal

    coef, icpt, thr, _ = realcal.fit_joint_calibration(fin, y, groups)
    return realcal.joint_scores(sin, coef, icpt) >= thr


def decide(rule: str, ctx: Context, d: dict) -> np.ndarray:
    """Decisions on the rows scored of direction D under RULE."""
    fit_idx, score_idx, fin, sin = d["fit_idx"], d["score_idx"], d["fin"], d["sin"]
    y, groups = ctx.gold[fit_idx], d["groups"]
    if rule == "shipped":
        return _lr_rule(fin, y, groups, sin)
    inputs_all = np.zeros((len(ctx.rows), *fin.shape[1:]))
    inputs_all[fit_idx], inputs_all[score_idx] = fin, sin
    F = ctx.features(inputs_all, rule.startswith("ctx2") or rule == "ens2")
    if rule == "nbr-lr":
        F = F[..., : F.shape[-1] - len(SHARED)]
    ff, fs = standardise(F[fit_idx], F[score_idx])
    if rule.startswith("ens"):
        return _ens_rule(fin, F[fit_idx], y, list(groups), sin, F[score_idx])
    if rule == "gbm-dm":  # the tree model for 民主管理 only, the shipped rule for the others (a diagnostic)
        pred = _lr_rule(fin, y, groups, sin)
        j = ctx.themes.index("民主管理")
        pred[:, j] = _gbm_rule(F[fit_idx], y, groups, F[score_idx])[:, j]
        return pred
    if rule.endswith("gbm"):
        return _gbm_rule(F[fit_idx], y, groups, F[score_idx])
    return _lr_rule(ff, y, groups, fs)


def cmd_loso(seed: int | None, rules: list[str]) -> None:
    _setup(seed)
    stacks = pickle.load(_stack_path(seed).open("rb"))
    ctx = Context()
    saved = Path(f"local/r13_loso{'' if seed is None else '_s' + str(seed)}.json")
    out = json.loads(saved.read_text()) if saved.exists() else {}
    for rule in ["shipped", *[r for r in rules if r != "shipped"]]:
        preds = [decide(rule, ctx, d) for d in stacks.values()]
        golds = [ctx.gold[d["score_idx"]].astype(bool) for d in stacks.values()]
        f1s = [macro_f1(p, g) for p, g in zip(preds, golds)]
        out[rule] = f1s
        per = np.mean([[2 * (p[:, j] & g[:, j]).sum() / max(p[:, j].sum() + g[:, j].sum(), 1)
                        for j in range(len(ctx.themes))] for p, g in zip(preds, golds)], axis=0)
        print(f"  {rule} per theme (mean F1 over sets): " + ", ".join(f"{t} {v:.3f}" for t, v in zip(ctx.themes, per)))
        line = f"{rule} (seed {seed}): " + " ".join(f"{f:.3f}" for f in f1s) + f" mean {np.mean(f1s):.3f}"
        if rule != "shipped":
            dd = np.array(f1s) - np.array(out["shipped"])
            line += f"; minus shipped {dd.mean():+.3f} (up {(dd > 0).sum()} / down {(dd < 0).sum()})"
        print(line, flush=True)
        saved.write_text(json.dumps(out))


def cmd_errors(rule: str, seed: int | None = None) -> None:
    """Errors of RULE and of the shipped rule over sets 1-12 (local: the texts are third-party), and counts."""
    _setup(seed)
    stacks = pickle.load(_stack_path(seed).open("rb"))
    ctx = Context()
    counts = {}
    with Path(f"local/r13_errors_{rule}.jsonl").open("w", encoding="utf-8") as fh:
        for n, d in stacks.items():
            preds = {r: decide(r, ctx, d) for r in ("shipped", rule)}
            for k, i in enumerate(d["score_idx"]):
                g = ctx.gold[i].astype(bool)
                for r, p in preds.items():
                    for j, t in enumerate(ctx.themes):
                        if p[k, j] != g[j]:
                            kind = "added" + (" on 其他" if not g.any() else "") if p[k, j] else "missed"
                            counts[(r, t, kind)] = counts.get((r, t, kind), 0) + 1
                if (preds[rule][k] != g).any() or (preds["shipped"][k] != g).any():
                    row = ctx.rows[i]
                    fh.write(json.dumps({"set": n, "id": row["id"], "url": row["url"], "kind": row["kind"],
                                         "gold": row["labels"], **{r: [t for t, on in zip(ctx.themes, p[k]) if on]
                                                                    for r, p in preds.items()},
                                         "heading": row["heading"], "text": row["text"][:300]},
                                        ensure_ascii=False) + "\n")
    for key in sorted(counts):
        print(*key, counts[key])


TAGS = [("speech", r"讲话|致辞|指出|强调|希望|講話"),
        ("members' congress or election", r"会员代表大会|会员大会|工代会|工会代表大会|换届|选举|工代會|會員"),
        ("practicalities", r"时间|地点|报名|参赛|对象|奖项|口号|主题|经费|预算|规则"),
        ("aims, review, intro", r"指导思想|工作目标|总体要求|基本情况|概况|思路|成绩|不足|指導思想"),
        ("congress or meeting report", r"大会|会议|报告|審議|审议")]


def cmd_tags(rule: str) -> None:
    """A crude word tag (the first of ``TAGS`` found in the heading and text) of the 其他 sections each theme is
    added to, by the shipped rule and RULE, from ``errors RULE``'s file."""
    import re
    from collections import Counter

    rows = [json.loads(x) for x in Path(f"local/r13_errors_{rule}.jsonl").read_text(encoding="utf-8").splitlines()]

    def tag(r):
        return next((name for name, p in TAGS if re.search(p, r["heading"] + r["text"])), "rest")

    for theme in ("维权", "送温暖", "文体活动", "民主管理"):
        for r_ in ("shipped", rule):
            c = Counter(tag(r) for r in rows if r["gold"] == ["其他"] and theme in r[r_])
            print(theme, "added on 其他,", r_, sum(c.values()), dict(c.most_common()))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    args = sys.argv[2:]
    seed = int(args.pop(0)) if args and args[0].isdigit() else None
    if cmd == "build":
        _setup()
        r11.build()
    elif cmd == "stack":
        cmd_stack(seed)
    elif cmd == "loso":
        cmd_loso(seed, args or ["ctx-lr"])
    elif cmd == "tags":
        cmd_tags(args[0] if args else "ctx-gbm")
    elif cmd == "errors":
        cmd_errors(args[0] if args else "ctx-lr", int(args[1]) if len(args) > 1 else None)
    else:
        raise SystemExit(__doc__)
