"""Cross-validation on the real sets for scripts/real_themes.py: ``cv`` (grouped folds over the joined sets) and
``loso`` (leave one set out: fit on the others, score it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from real_themes_data import _calibration, _committed_char, _committed_hashed, _fit, _load
from real_themes_metrics import _format, bootstrap, label_matrix, macro_f1, paired_difference, score

VARIANTS = ("shipped", "calibrated", "calibrated-hashed", "calibrated-char", "calibrated-char-raw", "calibrated-or", "refit",
            "refit-collected")
CALIBRATED = ("shipped", "calibrated", "calibrated-hashed", "calibrated-char", "calibrated-char-raw", "calibrated-or")


def real_folds(groups: list[str], k: int = 5, seed: int | None = None) -> list[tuple[np.ndarray, np.ndarray]]:
    """GroupKFold over the repost groups (a page, or the pages that repost one text): no page and
    no repost on both sides. With SEED, the groups are dealt to the folds in a random order
    instead (another partition, to see how much a figure owes to one)."""
    from unionmine.themes.realcal import group_folds

    if seed is None:
        return group_folds(groups, k)
    order = sorted(set(groups))
    perm = np.random.default_rng(seed).permutation(len(order))
    fold_of = {g: int(perm[i] % k) for i, g in enumerate(order)}
    at = np.array([fold_of[g] for g in groups])
    return [(np.flatnonzero(at != f), np.flatnonzero(at == f)) for f in range(k)]


def _noisy_or_calibration(model, features: np.ndarray, y: np.ndarray, groups: list[str], k: int = 4):
    """The blend's own rule refitted on real rows: per theme and part a Platt calibration, noisy-OR,
    thresholds tuned on grouped out-of-fold predictions. Returns a scoring function and thresholds."""
    from unionmine.themes._calibration import noisy_or, sigmoid
    from unionmine.themes._text import tune_thresholds

    def combine(f, c, b):
        return noisy_or(sigmoid(f * c + b))

    oof = np.zeros(y.shape)
    for fit_idx, score_idx in real_folds(groups, k):
        oof[score_idx] = combine(features[score_idx], *model._fit_stacker(features[fit_idx], y[fit_idx]))
    coef, intercept = model._fit_stacker(features, y)
    return (lambda f: combine(f, coef, intercept)), tune_thresholds(oof, y)


def char_part_scores(committed_texts: list[str], committed_y: np.ndarray, texts: list[str], y: np.ndarray,
                     fit_idx: np.ndarray, score_texts: list[str], weight: float = 3.0, C: float = 10.0) -> np.ndarray:
    """Per theme, the decision of a char 2-3-gram TF-IDF logistic regression (vocabulary and idf from the committed,
    team-written rows only, min_df 3, sublinear tf; so its numbers are keyed by no n-gram of a real page) fitted on the
    committed rows and the real rows FIT_IDX (each counting WEIGHT times), for SCORE_TEXTS."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=3, sublinear_tf=True).fit(committed_texts)
    X = vec.transform(committed_texts)
    if len(fit_idx):
        X = sp.vstack([X, vec.transform([texts[i] for i in fit_idx])])
    w = np.r_[np.ones(len(committed_texts)), np.full(len(fit_idx), float(weight))]
    Xs, out = vec.transform(score_texts), np.zeros((len(score_texts), y.shape[1]))
    for j in range(y.shape[1]):
        model = LogisticRegression(C=C, solver="liblinear").fit(X, np.r_[committed_y[:, j], y[fit_idx, j]], sample_weight=w)
        out[:, j] = model.decision_function(Xs)
    return out


def _char_stack(features, texts, gold, groups, fit_idx, score_idx, themes, annotations, weight):
    """``calibrated-char-raw`` (round 8's measurement: the text as given, Traditional not converted): the char TF-IDF
    part's out-of-fold decision (grouped 4-fold over the fitting rows) as the
    calibration's third input; the part refitted on every fitting row scores the rows left out."""
    from unionmine.themes import load_annotations, realcal

    data = load_annotations(annotations, themes)
    ctexts, cy = data["text"].tolist(), label_matrix(data["labels"].tolist(), themes).astype(int)
    sub = [groups[i] for i in fit_idx]
    oof = np.zeros((len(fit_idx), gold.shape[1]))
    for inner_fit, inner_score in realcal.group_folds(sub, 4):
        oof[inner_score] = char_part_scores(ctexts, cy, texts, gold, fit_idx[inner_fit],
                                            [texts[fit_idx[i]] for i in inner_score], weight)
    full = char_part_scores(ctexts, cy, texts, gold, fit_idx, [texts[i] for i in score_idx], weight)
    coef, intercept, thresholds, _ = realcal.fit_joint_calibration(
        np.concatenate([features[fit_idx], oof[..., None]], axis=-1), gold[fit_idx], sub)
    return realcal.joint_scores(np.concatenate([features[score_idx], full[..., None]], axis=-1), coef, intercept) >= thresholds


def cv_predictions(variant: str, rows: list[dict], themes: list[str], folds, annotations=None,
                   base=None, weight: int = 1) -> np.ndarray:
    """Out-of-fold predictions of VARIANT for the real rows:
    ``shipped``: the blend fitted on the committed annotations, nothing learned from real rows;
    ``calibrated``: that blend with its decision refitted on the real rows of the training folds
    (per theme a logistic regression over both parts, C and thresholds by inner grouped CV: what
    ``refit`` ships); ``calibrated-char``: the same with a third input, the char part (``themes.charpart``: TF-IDF
    2-3-grams, vocabulary from the committed rows) fitted on the committed and the real training rows, as
    ``refit --char`` ships it; ``calibrated-char-raw``: round 8's measurement of it (``char_part_scores``, the text not
    prepared: Traditional stays Traditional); ``calibrated-or``: the same parts recalibrated with the blend's own rule
    (Platt per part, noisy-OR); ``refit``: the blend fitted on the committed annotations plus
    the real rows of the training folds; ``refit-collected``: the same, its calibrations and
    thresholds fitted on the collected and real rows only (not the authored ones)."""
    from unionmine.themes import realcal

    texts = [r["text"] for r in rows]
    gold = label_matrix([r["labels"] for r in rows], themes).astype(int)
    groups = [r["group"] for r in rows]
    pred = np.zeros(gold.shape, dtype=bool)
    if variant in CALIBRATED:
        base = base or _fit("blend", None, annotations)[0]
        if variant == "shipped":
            return np.asarray(base.predict(texts)).astype(bool)
        features = _calibration(base, texts)
        if variant == "calibrated-hashed":
            from unionmine.themes.hashed import HashedPart

            X_committed, y_committed = _committed_hashed(annotations)
            X_real = HashedPart().features(texts)
        if variant == "calibrated-char":
            vocabulary, X_committed, y_committed, X_real = _committed_char(annotations, texts)
        for fit_idx, score_idx in folds:
            sub = [groups[i] for i in fit_idx]
            if variant == "calibrated-hashed":
                part, coef, intercept, thresholds, _ = realcal.fit_hashed_stack(
                    features[fit_idx], X_real[fit_idx], gold[fit_idx], sub, X_committed, y_committed, themes,
                    real_weight=weight)
                inputs = np.concatenate([features[score_idx], part.decision_features(X_real[score_idx])[..., None]], axis=-1)
                pred[score_idx] = realcal.joint_scores(inputs, coef, intercept) >= thresholds
            elif variant == "calibrated-char":
                part, coef, intercept, thresholds, _ = realcal.fit_char_stack(
                    features[fit_idx], X_real[fit_idx], gold[fit_idx], sub, X_committed, y_committed, themes, vocabulary,
                    real_weight=realcal.CHAR_WEIGHT * weight)
                inputs = np.concatenate([features[score_idx], part.decision_features(X_real[score_idx])[..., None]], axis=-1)
                pred[score_idx] = realcal.joint_scores(inputs, coef, intercept) >= thresholds
            elif variant == "calibrated-char-raw":
                pred[score_idx] = _char_stack(features, texts, gold, groups, np.asarray(fit_idx), np.asarray(score_idx),
                                              themes, annotations, 3.0 * weight)
            elif variant == "calibrated":
                coef, intercept, thresholds, _ = realcal.fit_joint_calibration(features[fit_idx], gold[fit_idx], sub)
                pred[score_idx] = realcal.joint_scores(features[score_idx], coef, intercept) >= thresholds
            else:
                scorer, thresholds = _noisy_or_calibration(base, features[fit_idx], gold[fit_idx], sub)
                pred[score_idx] = scorer(features[score_idx]) >= thresholds
        return pred
    if variant in ("refit", "refit-collected"):
        params = {"calibrate_exclude": ("authored#",)} if variant == "refit-collected" else {}
        for n, (fit_idx, score_idx) in enumerate(folds, start=1):
            model, _ = _fit("blend", None, annotations, [rows[i] for i in fit_idx], weight, **params)
            pred[score_idx] = np.asarray(model.predict([texts[i] for i in score_idx])).astype(bool)
            print(f"  refit fold {n}/{len(folds)}", file=sys.stderr)
        return pred
    raise SystemExit(f"unknown variant {variant!r}; choose from {', '.join(VARIANTS)}")


def cmd_cv(args) -> int:
    """Grouped CV of every variant on one partition (GroupKFold, or ``--fold-seed N``), or on
    several (``--fold-seed 0 1 2``: each partition scored apart, then the paired differences
    against the first variant summarised over the partitions)."""
    from unionmine.taxonomy import load_taxonomy

    themes = load_taxonomy().names
    _, check = _load(args)
    rows = check["matched"]
    gold = label_matrix([r["labels"] for r in rows], themes)
    groups = [r["group"] for r in rows]
    lengths = np.array([len(r["text"]) for r in rows])
    seeds = args.fold_seed or [None]
    first = args.variants[0]
    base = _fit("blend", None, args.annotations)[0] if set(CALIBRATED) & set(args.variants) else None
    runs, saved = [], {"ids": [r["id"] for r in rows], "fold_seed": seeds}
    for seed in seeds:
        folds = real_folds(groups, args.folds, seed)
        result = {"n_scored": len(rows), "n_groups": len(set(groups)), "folds": args.folds,
                  "fold_seed": seed, "variants": {}}
        preds = {}
        for variant in args.variants:
            pred = preds[variant] = cv_predictions(variant, rows, themes, folds, args.annotations, base, args.weight)
            res = score(pred, gold, themes, lengths)
            res["interval"] = bootstrap(pred, gold, groups, args.boot, args.seed)
            res["n_train"] = "cv"
            if variant != first:
                res["difference_vs_" + first] = paired_difference(pred, preds[first], gold, groups, args.boot, args.seed)
            result["variants"][variant] = res
            where = "GroupKFold" if seed is None else f"partition {seed}"
            print(_format(f"{variant} (grouped CV, {args.folds} folds over {len(set(groups))} groups, {where})", res, themes))
            if "difference_vs_" + first in res:
                lo, hi = res["difference_vs_" + first]
                print(f"macro-F1 minus {first}: {res['macro_f1'] - result['variants'][first]['macro_f1']:+.3f}"
                      f" (95% {lo:+.3f} to {hi:+.3f}, paired group resamples)")
            key = variant if len(seeds) == 1 else f"{variant}/{seed}"
            saved[key] = pred.astype(int).tolist()
        if args.reference:  # out-of-fold predictions saved by another run (``--preds-out``; e.g. the shipped code's), same folds;
            # with several partitions, FILE:KEY pairs each with that run's KEY/SEED
            _pair_with_reference(args.reference if len(seeds) == 1 else f"{args.reference}/{seed}", rows, preds, gold,
                                 groups, result, args)
        runs.append(result)
    if len(seeds) > 1:
        print(f"\n== over {len(seeds)} partitions: macro-F1, and minus {first} (95% paired interval) ==")
        for variant in args.variants:
            cells = []
            for run in runs:
                res = run["variants"][variant]
                diff = res.get("difference_vs_" + first)
                gain = res["macro_f1"] - run["variants"][first]["macro_f1"]
                cells.append(f"{res['macro_f1']:.3f}" + (f" ({gain:+.3f} [{diff[0]:+.3f}, {diff[1]:+.3f}])" if diff else ""))
            mean = np.mean([run["variants"][variant]["macro_f1"] for run in runs])
            above = sum(run["variants"][variant].get("difference_vs_" + first, [0])[0] > 0 for run in runs)
            print(f"{variant}: mean {mean:.3f}; " + "; ".join(cells)
                  + ("" if variant == first else f"; interval above 0 on {above} of {len(runs)}"))
            if args.reference:
                gains = [run["variants"][variant]["macro_f1"] - run["reference"]["macro_f1"] for run in runs]
                lows = [run["variants"][variant]["difference_vs_reference"][0] for run in runs]
                print(f"  minus reference {args.reference}: mean {np.mean(gains):+.3f}; "
                      + "; ".join(f"{g:+.3f} (low {lo:+.3f})" for g, lo in zip(gains, lows))
                      + f"; interval above 0 on {sum(lo > 0 for lo in lows)} of {len(runs)}")
    if args.preds_out:
        Path(args.preds_out).write_text(json.dumps(saved), encoding="utf-8")
    if args.json:
        out = runs[0] if len(runs) == 1 else {"partitions": runs}
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


def _pair_with_reference(reference: str, rows: list[dict], preds: dict, gold: np.ndarray, groups: list[str],
                         result: dict, args) -> None:
    """Paired differences of every prediction in PREDS against saved predictions (FILE:KEY, ids per row)."""
    file, _, key = reference.partition(":")
    saved = json.loads(Path(file).read_text(encoding="utf-8"))
    at = {i: k for k, i in enumerate(saved["ids"])}
    if set(at) != {r["id"] for r in rows}:
        raise SystemExit(f"{file} holds predictions for other rows")
    ref = np.asarray(saved[key], dtype=bool)[[at[r["id"]] for r in rows]]
    print(f"\nreference {reference}: macro-F1 {macro_f1(ref, gold):.3f}, exact {(ref == gold).all(axis=1).mean():.3f}")
    result["reference"] = {"file": file, "key": key, "macro_f1": macro_f1(ref, gold),
                           "exact_match": float((ref == gold).all(axis=1).mean())}
    block = result.get("variants", result.get("methods"))
    for name, pred in preds.items():
        lo, hi = paired_difference(pred, ref, gold, groups, args.boot, args.seed)
        block[name]["difference_vs_reference"] = [lo, hi]
        print(f"  {name} minus reference: {macro_f1(pred, gold) - macro_f1(ref, gold):+.3f} (95% {lo:+.3f} to {hi:+.3f})")


def loso_sets(args) -> list[tuple[str, list[dict], list[dict]]]:
    """Per labelled set, (name, training rows, scored rows): the set left out is scored, the others (in the order
    given, matched as ``test``'s first set would be: the first unprefixed, the next ``2:``, …), then the training-only
    sets (``--also-labels``/``--also-local``: always fitted on, never scored) are fitted on. Sets given as
    ``--score-labels``/``--score-local`` are scored only, each fitted on every ``--labels`` and ``--also-labels`` set
    (the calibration as shipped, judged on sets it never saw), and never fitted on."""
    if len(args.labels) < 2:
        raise SystemExit("loso needs two labelled sets or more (--labels A B … --local A B …)")
    if len(args.labels) != len(args.local):
        raise SystemExit(f"{len(args.labels)} label files but {len(args.local)} local copies: give one local copy per label file")
    also_labels, also_local = list(getattr(args, "also_labels", None) or []), list(getattr(args, "also_local", None) or [])
    if len(also_labels) != len(also_local):
        raise SystemExit(f"{len(also_labels)} --also-labels but {len(also_local)} --also-local: give one local copy per label file")
    score_labels, score_local = list(getattr(args, "score_labels", None) or []), list(getattr(args, "score_local", None) or [])
    if len(score_labels) != len(score_local):
        raise SystemExit(f"{len(score_labels)} --score-labels but {len(score_local)} --score-local: give one local copy per label file")
    out = []
    for k, (lab, loc) in enumerate(zip(args.labels, args.local)):
        others = [i for i in range(len(args.labels)) if i != k]
        print(f"\nleft out: {lab}")
        _, fit_check = _load(args, [args.local[i] for i in others] + also_local, [args.labels[i] for i in others] + also_labels)
        _, test_check = _load(args, [loc], [lab])
        out.append((Path(lab).name, fit_check["matched"], test_check["matched"]))
    for lab, loc in zip(score_labels, score_local):  # scored only: fitted on every other set, never fitted on
        print(f"\nscored only: {lab}")
        _, fit_check = _load(args, list(args.local) + also_local, list(args.labels) + also_labels)
        _, test_check = _load(args, [loc], [lab])
        out.append((Path(lab).name, fit_check["matched"], test_check["matched"]))
    return out


def cmd_loso(args) -> int:
    """Leave one set out: for every labelled set, each variant fitted on the other sets' rows (what ``test`` does
    with them as the first set) scores it; per direction and on the mean over directions, with paired differences
    against the first variant (group resamples of the scored set)."""
    from unionmine.taxonomy import load_taxonomy

    themes = load_taxonomy().names
    first = args.variants[0]
    base = _fit("blend", None, args.annotations)[0] if set(args.variants) - {"refit", "refit-collected"} else None
    result = {"variants": list(args.variants), "directions": {}}
    for name, fit_rows, test_rows in loso_sets(args):
        rows = fit_rows + test_rows
        fold = [(np.arange(len(fit_rows)), np.arange(len(fit_rows), len(rows)))]
        gold = label_matrix([r["labels"] for r in test_rows], themes)
        groups = [r["group"] for r in test_rows]
        lengths = np.array([len(r["text"]) for r in test_rows])
        block, preds = {}, {}
        for variant in args.variants:
            pred = preds[variant] = cv_predictions(variant, rows, themes, fold, args.annotations, base, args.weight)[len(fit_rows):]
            res = score(pred, gold, themes, lengths)
            res["interval"] = bootstrap(pred, gold, groups, args.boot, args.seed)
            res["n_train"] = f"fitted on {len(fit_rows)} rows of the other sets"
            if variant != first:
                res["difference_vs_" + first] = paired_difference(pred, preds[first], gold, groups, args.boot, args.seed)
            res["rate"] = {t: [float(pred[:, j].mean()), float(gold[:, j].mean())] for j, t in enumerate(themes)}
            block[variant] = res
            print(_format(f"{variant}, {name} left out", res, themes))
            print("share of sections, predicted / labelled: "
                  + ", ".join(f"{t} {p:.3f} / {g:.3f}" for t, (p, g) in res["rate"].items()))
            if variant != first:
                lo, hi = res["difference_vs_" + first]
                print(f"macro-F1 minus {first}: {res['macro_f1'] - block[first]['macro_f1']:+.3f} (95% {lo:+.3f} to {hi:+.3f})")
        result["directions"][name] = block
    names = list(result["directions"])
    print(f"\n== leave one set out: macro-F1 per set left out ({', '.join(names)}), mean, and minus {first} ==")
    for variant in args.variants:
        f1s = [result["directions"][n][variant]["macro_f1"] for n in names]
        line = f"{variant}: " + ", ".join(f"{f:.3f}" for f in f1s) + f"; mean {np.mean(f1s):.3f}"
        if variant != first:
            gains = [f - result["directions"][n][first]["macro_f1"] for f, n in zip(f1s, names)]
            lows = [result["directions"][n][variant]["difference_vs_" + first][0] for n in names]
            line += (f"; minus {first} " + ", ".join(f"{g:+.3f}" for g in gains) + f" (mean {np.mean(gains):+.3f}); "
                     f"gains in {sum(g > 0 for g in gains)} of {len(names)}, interval above 0 in {sum(lo > 0 for lo in lows)}")
        print(line)
        result.setdefault("summary", {})[variant] = {"macro_f1": dict(zip(names, f1s)), "mean": float(np.mean(f1s))}
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0
