#!/usr/bin/env python3
"""Score the theme methods on the real-document evaluation set, or export it for refitting.

The repository keeps only the labels (``corpus/annotations/real/labels.jsonl``: source address,
SHA-256 of the section text, themes); the section texts are third-party writing and stay in a
local, git-ignored copy (``local/real_sections.jsonl``). ``score`` first checks every label's
digest against that copy and reports the labels whose text is missing or changed, then scores
only the rows that match.

    python scripts/real_themes.py score --local local/real_sections.jsonl --json real.json
    python scripts/real_themes.py score --methods blend lexicon --boot 2000 --seed 1
    python scripts/real_themes.py export --local local/real_sections.jsonl local/real_labelled.jsonl

``score`` trains every method of ``unionmine.themes.METHODS`` (the keyword baseline is one of
them) on the committed annotations (``unionmine/data/annotations/*.jsonl``, both splits, as the shipped
classifier is trained; ``--train-split train`` uses the train split only), predicts the real
sections and prints per theme precision, recall, F1 and support, macro-F1 over the four themes
with a 95% interval from resampling pages (repost groups, so reposts stay together), exact
match overall and on multi-label sections, the share of text each theme gets from the labels
and from the method, and the errors per theme (missed, added).

``score`` never applies the shipped real-document calibration (``unionmine/data/real_calibration.json``):
scored on the rows it was fitted on, that would be an in-sample figure. The default's figure on the
real set is the grouped cross-validation of ``cv``:

    python scripts/real_themes.py cv --local local/real_sections.jsonl --json local/cv.json
    python scripts/real_themes.py refit --local local/real_sections.jsonl     # rewrite the calibration
    python scripts/real_themes.py heldout --local local/real_sections.jsonl   # held-out split, calibrated

``cv`` (5 folds grouped by repost group: a page, or the pages that repost one text) scores the
shipped blend, the blend with its decision fitted on the real rows of the training folds (what
``refit`` ships; its C and thresholds by an inner grouped CV), the blend's own noisy-OR rule
refitted there, and the blend refitted with the real training rows, with intervals and paired
differences from resampling the groups.

``export`` writes the matched rows with text, labels and group in the annotation format that
``unionmine.themes.load_annotations`` reads (``source`` = ``real``, ``article`` = the repost
group), so a model or calibration can be refitted and cross-validated from a local copy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "corpus" / "annotations" / "real" / "labels.jsonl"
LOCAL = Path("local") / "real_sections.jsonl"
OTHER = "其他"


# ---- pure parts -------------------------------------------------------------------------

def digest(text: str) -> str:
    """SHA-256 of a section text, UTF-8, as stored."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_jsonl(path: str | Path) -> list[dict]:
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise SystemExit(f"{path}:{n}: not a JSON object: {exc}") from exc
    return rows


def check_digests(labels: list[dict], local: list[dict]) -> dict:
    """Match labels to local texts by id and digest.

    Returns ``matched`` (label rows with ``text`` and ``heading`` added, in label order),
    ``missing`` (label ids with no local row), ``changed`` (label ids whose local text has
    another digest) and ``extra`` (local ids with no label).
    """
    by_id = {row["id"]: row for row in local}
    matched, missing, changed = [], [], []
    for lab in labels:
        row = by_id.get(lab["id"])
        if row is None:
            missing.append(lab["id"])
        elif digest(row["text"]) != lab["sha256"]:
            changed.append(lab["id"])
        else:
            matched.append({**lab, "text": row["text"], "heading": row.get("heading", "")})
    known = {lab["id"] for lab in labels}
    extra = [row["id"] for row in local if row["id"] not in known]
    return {"matched": matched, "missing": missing, "changed": changed, "extra": extra}


def label_matrix(labels: list[list[str]], themes: list[str]) -> np.ndarray:
    """Boolean rows x themes; 其他 (or no theme) is an empty row."""
    index = {t: j for j, t in enumerate(themes)}
    out = np.zeros((len(labels), len(themes)), dtype=bool)
    for i, labs in enumerate(labels):
        for lab in labs:
            if lab in index:
                out[i, index[lab]] = True
    return out


def _prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = int((pred & gold).sum())
    p = tp / pred.sum() if pred.sum() else (1.0 if not gold.sum() else 0.0)
    r = tp / gold.sum() if gold.sum() else (1.0 if not pred.sum() else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return float(p), float(r), float(f)


def macro_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    return float(np.mean([_prf(pred[:, j], gold[:, j])[2] for j in range(gold.shape[1])]))


def score(pred: np.ndarray, gold: np.ndarray, themes: list[str], lengths: np.ndarray | None = None) -> dict:
    """Per theme precision/recall/F1/support/missed/added, 其他 as "no theme", macro-F1, exact match.

    ``lengths`` (characters per section) adds each theme's share of the text: the characters
    of the sections that carry it, over all characters, from the gold labels and the prediction.
    """
    pred, gold = np.asarray(pred, dtype=bool), np.asarray(gold, dtype=bool)
    per = {}
    for j, theme in enumerate(themes):
        p, r, f = _prf(pred[:, j], gold[:, j])
        per[theme] = {"precision": p, "recall": r, "f1": f, "support": int(gold[:, j].sum()),
                      "missed": int((gold[:, j] & ~pred[:, j]).sum()),
                      "added": int((pred[:, j] & ~gold[:, j]).sum())}
    none_p, none_g = ~pred.any(axis=1), ~gold.any(axis=1)
    p, r, f = _prf(none_p, none_g)
    per[OTHER] = {"precision": p, "recall": r, "f1": f, "support": int(none_g.sum()),
                  "missed": int((none_g & ~none_p).sum()), "added": int((none_p & ~none_g).sum())}
    exact = (pred == gold).all(axis=1)
    multi = gold.sum(axis=1) > 1
    out = {
        "n": len(gold),
        "per_theme": per,
        "macro_f1": macro_f1(pred, gold),
        "exact_match": float(exact.mean()) if len(gold) else float("nan"),
        "n_multi": int(multi.sum()),
        "exact_match_multi": float(exact[multi].mean()) if multi.any() else float("nan"),
        "multi_given": int((pred.sum(axis=1) > 1).sum()),
    }
    if lengths is not None:
        lengths = np.asarray(lengths, dtype=float)
        total = lengths.sum() or 1.0
        for j, theme in enumerate(themes):
            per[theme]["text_share_gold"] = float(lengths[gold[:, j]].sum() / total)
            per[theme]["text_share_pred"] = float(lengths[pred[:, j]].sum() / total)
    return out


def resample_groups(groups: list[str], rng: np.random.Generator) -> np.ndarray:
    """Row indices of one bootstrap sample: as many groups as there are, drawn with replacement,
    each drawn group bringing all of its rows."""
    order = list(dict.fromkeys(groups))
    rows_of = {g: [] for g in order}
    for i, g in enumerate(groups):
        rows_of[g].append(i)
    drawn = rng.integers(0, len(order), size=len(order))
    return np.array([i for k in drawn for i in rows_of[order[k]]], dtype=int)


def bootstrap(pred: np.ndarray, gold: np.ndarray, groups: list[str], n_boot: int = 1000,
              seed: int = 0, level: float = 0.95) -> dict:
    """Percentile intervals of macro-F1 and of each theme's F1, resampling groups (pages)."""
    rng = np.random.default_rng(seed)
    macro, per = [], [[] for _ in range(gold.shape[1])]
    for _ in range(n_boot):
        idx = resample_groups(groups, rng)
        p, g = pred[idx], gold[idx]
        f1s = [_prf(p[:, j], g[:, j])[2] for j in range(gold.shape[1])]
        macro.append(float(np.mean(f1s)))
        for j, f in enumerate(f1s):
            per[j].append(f)
    lo, hi = (1 - level) / 2 * 100, (1 + level) / 2 * 100
    return {"macro_f1": [float(np.percentile(macro, lo)), float(np.percentile(macro, hi))],
            "f1": [[float(np.percentile(v, lo)), float(np.percentile(v, hi))] for v in per],
            "n_boot": n_boot, "seed": seed, "level": level}


def to_annotation_rows(matched: list[dict], split: str = "test") -> list[dict]:
    """Matched rows in the format ``load_annotations`` reads; the repost group is the article."""
    return [{"id": r["id"], "source": "real", "article": r["group"], "split": split,
             "heading": r.get("heading", ""), "text": r["text"], "labels": r["labels"],
             "group": r["group"], "url": r["url"], "site": r["site"], "unit_type": r["unit_type"],
             "kind": r["kind"], "note": r.get("note", "")} for r in matched]


# ---- commands ---------------------------------------------------------------------------

def _load(args, local=None, labels_path=None) -> tuple[list[dict], dict]:
    """Labels and local copies, matched by digest; several sets (``--labels A B --local A B``) are
    joined, their repost groups kept apart (``2:`` before the second set's groups)."""
    locals_ = local or args.local
    label_files = labels_path or args.labels
    locals_ = [locals_] if isinstance(locals_, str) else list(locals_)
    label_files = [label_files] if isinstance(label_files, str) else list(label_files)
    if len(locals_) != len(label_files):
        raise SystemExit(f"{len(label_files)} label files but {len(locals_)} local copies: give one local copy per label file")
    labels, local_rows = [], []
    for k, (lab_file, loc_file) in enumerate(zip(label_files, locals_), start=1):
        if not Path(loc_file).exists():
            raise SystemExit(f"no local copy at {loc_file}: the section texts are not in the repository "
                             f"(see corpus/annotations/real/README.md)")
        prefix = "" if k == 1 else f"{k}:"
        labels += [{**row, "group": prefix + str(row["group"])} for row in read_jsonl(lab_file)]
        local_rows += read_jsonl(loc_file)
    check = check_digests(labels, local_rows)
    print(f"labels: {len(labels)}; matched {len(check['matched'])}, missing {len(check['missing'])}, "
          f"changed {len(check['changed'])}; local rows without a label: {len(check['extra'])}")
    for what in ("missing", "changed"):
        if check[what]:
            print(f"  {what}: " + ", ".join(check[what][:20]) + (" …" if len(check[what]) > 20 else ""))
    if not check["matched"]:
        raise SystemExit("no label matches the local copy: nothing to score")
    return labels, check


def _fit(method: str, train_split: str | None, annotations: str | None, extra: list[dict] | None = None,
         weight: int = 1, **params):
    """METHOD fitted on the committed annotations (one split or both) plus EXTRA real rows, with
    document groups (``evaluation.fit_model``), as the shipped classifier is fitted."""
    from unionmine.evaluation.themes import fit_model
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations, make_model

    data = load_annotations(annotations, load_taxonomy().names)
    if train_split:
        data = data[data["split"] == train_split]
    texts, labels, groups = data["text"].tolist(), data["labels"].tolist(), data["group"].tolist()
    for row in [r for r in extra or [] for _ in range(weight)]:
        texts.append(row["text"])
        labels.append(row["labels"])
        groups.append(f"real#{row['group']}")
    model = make_model(method)
    for key, value in params.items():
        setattr(model, key, value)
    return fit_model(model, texts, labels, groups), len(texts)


def cmd_score(args) -> int:
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import METHODS

    themes = load_taxonomy().names
    _, check = _load(args)
    rows = check["matched"]
    texts = [r["text"] for r in rows]
    gold = label_matrix([r["labels"] for r in rows], themes)
    groups = [r["group"] for r in rows]
    lengths = np.array([len(t) for t in texts])
    methods = args.methods or list(METHODS)
    result = {"n_labels": len(check["matched"]) + len(check["missing"]) + len(check["changed"]),
              "n_scored": len(rows), "n_pages": len({r["url"] for r in rows}), "n_groups": len(set(groups)),
              "missing": check["missing"], "changed": check["changed"], "themes": themes, "methods": {}}
    for method in methods:
        model, n_train = _fit(method, args.train_split, args.annotations)
        pred = np.asarray(model.predict(texts)).astype(bool)
        res = score(pred, gold, themes, lengths)
        res["interval"] = bootstrap(pred, gold, groups, args.boot, args.seed)
        res["n_train"] = n_train
        result["methods"][method] = res
        print(_format(method, res, themes))
        if args.errors:
            for i in np.flatnonzero((pred != gold).any(axis=1))[: args.errors]:
                got = [t for t, on in zip(themes, pred[i]) if on] or [OTHER]
                print(f"    {rows[i]['id']} gold {'+'.join(rows[i]['labels'])} got {'+'.join(got)}  "
                      f"{texts[i][:40]!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"figures written to {args.json}")
    return 0


# ---- grouped cross-validation on the real set -------------------------------------------

VARIANTS = ("shipped", "calibrated", "calibrated-hashed", "calibrated-or", "refit", "refit-collected")


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


def _calibration(model, texts: list[str]):
    """The two parts of a fitted blend (stack inputs per text, theme and part)."""
    from unionmine.themes._calibration import stack_inputs
    from unionmine.themes._text import prepare

    parts = model.parts([prepare(t) for t in texts], prepared=True)
    return stack_inputs(parts["supervised"], parts["lexicon"])


def _committed_hashed(annotations=None, split: str | None = None):
    """The committed annotation rows (one split or both) as hashed features and a 0/1 label matrix."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations
    from unionmine.themes.hashed import HashedPart

    themes = load_taxonomy().names
    data = load_annotations(annotations, themes)
    if split:
        data = data[data["split"] == split]
    return HashedPart().features(data["text"].tolist()), label_matrix(data["labels"].tolist(), themes).astype(int)


def _noisy_or_calibration(model, features: np.ndarray, y: np.ndarray, groups: list[str], k: int = 4):
    """The blend's own rule refitted on real rows: per theme and part a Platt calibration, noisy-OR,
    thresholds tuned on grouped out-of-fold predictions. Returns a scoring function and thresholds."""
    from unionmine.themes._calibration import _sigmoid, noisy_or
    from unionmine.themes._text import tune_thresholds

    def combine(f, c, b):
        return noisy_or(_sigmoid(f * c + b))

    oof = np.zeros(y.shape)
    for fit_idx, score_idx in real_folds(groups, k):
        oof[score_idx] = combine(features[score_idx], *model._fit_stacker(features[fit_idx], y[fit_idx]))
    coef, intercept = model._fit_stacker(features, y)
    return (lambda f: combine(f, coef, intercept)), tune_thresholds(oof, y)


def cv_predictions(variant: str, rows: list[dict], themes: list[str], folds, annotations=None,
                   base=None, weight: int = 1) -> np.ndarray:
    """Out-of-fold predictions of VARIANT for the real rows:
    ``shipped``: the blend fitted on the committed annotations, nothing learned from real rows;
    ``calibrated``: that blend with its decision refitted on the real rows of the training folds
    (per theme a logistic regression over both parts, C and thresholds by inner grouped CV: what
    ``refit`` ships); ``calibrated-or``: the same parts recalibrated with the blend's own rule
    (Platt per part, noisy-OR); ``refit``: the blend fitted on the committed annotations plus
    the real rows of the training folds; ``refit-collected``: the same, its calibrations and
    thresholds fitted on the collected and real rows only (not the authored ones)."""
    from unionmine.themes import realcal

    texts = [r["text"] for r in rows]
    gold = label_matrix([r["labels"] for r in rows], themes).astype(int)
    groups = [r["group"] for r in rows]
    pred = np.zeros(gold.shape, dtype=bool)
    if variant in ("shipped", "calibrated", "calibrated-hashed", "calibrated-or"):
        base = base or _fit("blend", None, annotations)[0]
        if variant == "shipped":
            return np.asarray(base.predict(texts)).astype(bool)
        features = _calibration(base, texts)
        if variant == "calibrated-hashed":
            from unionmine.themes.hashed import HashedPart

            X_committed, y_committed = _committed_hashed(annotations)
            X_real = HashedPart().features(texts)
        for fit_idx, score_idx in folds:
            sub = [groups[i] for i in fit_idx]
            if variant == "calibrated-hashed":
                part, coef, intercept, thresholds, _ = realcal.fit_hashed_stack(
                    features[fit_idx], X_real[fit_idx], gold[fit_idx], sub, X_committed, y_committed, themes,
                    real_weight=weight)
                inputs = np.concatenate([features[score_idx], part.decision_features(X_real[score_idx])[..., None]], axis=-1)
                pred[score_idx] = realcal.joint_scores(inputs, coef, intercept) >= thresholds
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


def paired_difference(pred_a: np.ndarray, pred_b: np.ndarray, gold: np.ndarray, groups: list[str],
                      n_boot: int = 1000, seed: int = 0) -> list[float]:
    """95% interval of macro-F1(a) - macro-F1(b), resampling groups (the same draws for both)."""
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n_boot):
        idx = resample_groups(groups, rng)
        diffs.append(macro_f1(pred_a[idx], gold[idx]) - macro_f1(pred_b[idx], gold[idx]))
    return [float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))]


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
    base = _fit("blend", None, args.annotations)[0] if {"shipped", "calibrated", "calibrated-hashed", "calibrated-or"} & set(args.variants) else None
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


def cmd_refit(args) -> int:
    """Fit the default model's calibration on every matched real row and write it."""
    from unionmine.store.paths import ANNOTATIONS
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import realcal
    from unionmine.themes.annotations import annotations_path

    themes = load_taxonomy().names
    _, check = _load(args)
    if check["missing"] or check["changed"]:
        print(f"warning: {len(check['missing']) + len(check['changed'])} labels have no matching local text; "
              f"the calibration is fitted on the {len(check['matched'])} that match")
    rows = check["matched"]
    texts, groups = [r["text"] for r in rows], [r["group"] for r in rows]
    where = annotations_path(args.annotations) or ANNOTATIONS
    base = _fit("blend", None, args.annotations)[0]
    features = _calibration(base, texts)
    gold = label_matrix([r["labels"] for r in rows], themes).astype(int)
    label_files = [Path(f) for f in args.labels]
    sources = {
        "labels": [_repo_path(f) for f in label_files],
        "labels_sha256": [hashlib.sha256(f.read_bytes()).hexdigest() for f in label_files],
        "n_sections": len(rows), "n_pages": len({r["url"] for r in rows}),
        "n_groups": len(set(groups)),
        "not_used": sorted(check["missing"] + check["changed"]),
        "refit": "python scripts/real_themes.py refit [--hashed] --labels LABELS... --local LOCAL_COPY...",
    }
    if not args.hashed:
        coef, intercept, thresholds, C = realcal.fit_joint_calibration(features, gold, groups)
        hashed_out = None
    else:
        from unionmine.themes.hashed import HashedPart

        X_committed, y_committed = _committed_hashed(args.annotations)
        part, coef, intercept, thresholds, C = realcal.fit_hashed_stack(
            features, HashedPart().features(texts), gold, groups, X_committed, y_committed, themes)
        hashed_out = part.save(args.hashed_out or Path(args.out).with_name("real_hashed.json"), {
            "annotations_digest": realcal.training_digest(where), "n_committed_rows": int(X_committed.shape[0]),
            **{k: sources[k] for k in ("labels", "labels_sha256", "n_sections", "n_pages", "n_groups")},
            "refit": sources["refit"]})
        print(f"hashed part written to {hashed_out} ({hashed_out.stat().st_size // 1024} KiB)")
    out = realcal.write_calibration(args.out, themes, coef, intercept, thresholds, where, sources, C, hashed_out)
    print(f"C = {C} (grouped CV)")
    for j, theme in enumerate(themes):
        extra = f" {coef[j, 2]:+.3f} x hashed log-odds" if coef.shape[1] == 3 else ""
        print(f"{theme}: {coef[j, 0]:+.3f} x supervised log-odds {coef[j, 1]:+.3f} x lexicon{extra} {intercept[j]:+.3f}, "
              f"threshold {thresholds[j]:.3f}")
    print(f"calibration written to {out}")
    return 0


def _repo_path(path: Path) -> str:
    """PATH relative to the repository when it is inside it, else as given."""
    try:
        return Path(path).resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


def cmd_heldout(args) -> int:
    """The held-out figure of the shipped method: the blend fitted on the train split of the
    committed annotations, its decision fitted on the real rows (as ``refit`` does), scored on the
    test split (collected sections no fit has seen)."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations, realcal

    themes = load_taxonomy().names
    _, check = _load(args)
    rows = check["matched"]
    base = _fit("blend", "train", args.annotations)[0]
    features = _calibration(base, [r["text"] for r in rows])
    gold = label_matrix([r["labels"] for r in rows], themes).astype(int)
    coef, intercept, thresholds, C = realcal.fit_joint_calibration(features, gold, [r["group"] for r in rows])
    data = load_annotations(args.annotations, themes)
    test = data[data["split"] == "test"]
    test_gold = label_matrix(test["labels"].tolist(), themes)
    test_features = _calibration(base, test["text"].tolist())
    # the hashed part as shipped, but fitted on the train split and the real rows (the test split unseen)
    from unionmine.themes.hashed import HashedPart

    X_committed, y_committed = _committed_hashed(args.annotations, "train")
    part, h_coef, h_intercept, h_thresholds, h_C = realcal.fit_hashed_stack(
        features, HashedPart().features([r["text"] for r in rows]), gold, [r["group"] for r in rows],
        X_committed, y_committed, themes)
    h_inputs = np.concatenate([test_features, part.decision(test["text"].tolist())[..., None]], axis=-1)
    results = {}
    for name, pred in (("blend (training-row calibration)", np.asarray(base.predict(test["text"].tolist())).astype(bool)),
                       (f"blend + real calibration, two inputs (C={C})",
                        realcal.joint_scores(test_features, coef, intercept) >= thresholds),
                       (f"blend + hashed part + real calibration, three inputs (C={h_C})",
                        realcal.joint_scores(h_inputs, h_coef, h_intercept) >= h_thresholds)):
        res = score(pred, test_gold, themes)
        res["interval"] = bootstrap(pred, test_gold, test["group"].tolist(), args.boot, args.seed)
        res["n_train"] = int((data["split"] == "train").sum())
        results[name] = res
        print(_format(f"{name}, held out", res, themes, "test sections of sections.jsonl"))
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def cmd_test(args) -> int:
    """Fit on one labelled real set (``--labels``/``--local``), score once on another
    (``--test-labels``/``--test-local``): the blend with its training-row calibration, with the
    two-input calibration fitted on the first set, and with the hashed part and the three-input
    calibration fitted on the first set; paired differences against the two-input calibration."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import realcal
    from unionmine.themes.hashed import HashedPart

    themes = load_taxonomy().names
    _, check = _load(args)
    _, tcheck = _load(args, args.test_local, args.test_labels)
    rows, trows = check["matched"], tcheck["matched"]
    texts, ttexts = [r["text"] for r in rows], [r["text"] for r in trows]
    groups, tgroups = [r["group"] for r in rows], [r["group"] for r in trows]
    gold = label_matrix([r["labels"] for r in rows], themes).astype(int)
    tgold = label_matrix([r["labels"] for r in trows], themes)
    base = _fit("blend", None, args.annotations)[0]
    features, tfeatures = _calibration(base, texts), _calibration(base, ttexts)
    preds = {"blend (training-row calibration)": np.asarray(base.predict(ttexts)).astype(bool)}
    coef, intercept, thresholds, C = realcal.fit_joint_calibration(features, gold, groups)
    preds[f"calibrated (two inputs, C={C})"] = realcal.joint_scores(tfeatures, coef, intercept) >= thresholds
    X_committed, y_committed = _committed_hashed(args.annotations)
    part, coef, intercept, thresholds, C = realcal.fit_hashed_stack(
        features, HashedPart().features(texts), gold, groups, X_committed, y_committed, themes)
    inputs = np.concatenate([tfeatures, part.decision(ttexts)[..., None]], axis=-1)
    preds[f"calibrated-hashed (three inputs, C={C})"] = realcal.joint_scores(inputs, coef, intercept) >= thresholds
    reference = list(preds)[1]
    result = {"fit_on": len(rows), "scored": len(trows), "n_groups": len(set(tgroups)), "methods": {}}
    lengths = np.array([len(t) for t in ttexts])
    for name, pred in preds.items():
        res = score(pred, tgold, themes, lengths)
        res["interval"] = bootstrap(pred, tgold, tgroups, args.boot, args.seed)
        res["n_train"] = f"{len(rows)} real rows of the first set"
        if name != reference:
            res["difference_vs_reference"] = paired_difference(pred, preds[reference], tgold, tgroups, args.boot, args.seed)
        result["methods"][name] = res
        print(_format(f"{name}, fitted on the first set, scored on the second", res, themes))
        if "difference_vs_reference" in res:
            lo, hi = res["difference_vs_reference"]
            print(f"macro-F1 minus {reference}: {res['macro_f1'] - macro_f1(preds[reference], tgold):+.3f} "
                  f"(95% {lo:+.3f} to {hi:+.3f}, paired group resamples)")
    if args.reference:
        _pair_with_reference(args.reference, trows, preds, tgold, tgroups, result, args)
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
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


def _format(method: str, res: dict, themes: list[str], what: str = "real sections") -> str:
    iv = res["interval"]
    trained = ("cross-validated" if res["n_train"] == "cv" else res["n_train"] if isinstance(res["n_train"], str)
               else f"trained on {res['n_train']} rows")
    lines = [f"\n== {method} ({trained}; {res['n']} {what}) ==",
             (f"{'theme':<6} {'P':>6} {'R':>6} {'F1':>6} {'F1 95%':>13} {'n':>4} {'missed':>6} {'added':>6}"
              f" {'share gold':>10} {'share pred':>10}")]
    for j, theme in enumerate([*themes, OTHER]):
        t = res["per_theme"][theme]
        ci = f"{iv['f1'][j][0]:.2f}-{iv['f1'][j][1]:.2f}" if j < len(themes) else ""
        share = (f" {t['text_share_gold']:>10.3f} {t['text_share_pred']:>10.3f}" if "text_share_gold" in t else "")
        lines.append(f"{theme:<6} {t['precision']:>6.3f} {t['recall']:>6.3f} {t['f1']:>6.3f} {ci:>13} "
                     f"{t['support']:>4} {t['missed']:>6} {t['added']:>6}{share}")
    lines.append(f"macro-F1 {res['macro_f1']:.3f} (95% {iv['macro_f1'][0]:.3f}-{iv['macro_f1'][1]:.3f}, "
                 f"{iv['n_boot']} group resamples); exact match {res['exact_match']:.3f}; "
                 f"multi-label exact {res['exact_match_multi']:.3f} of {res['n_multi']}; "
                 f"two or more themes given {res['multi_given']} times")
    return "\n".join(lines)


def cmd_export(args) -> int:
    _, check = _load(args)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in to_annotation_rows(check["matched"], args.split):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(check['matched'])} labelled sections written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("score", "export", "cv", "refit", "heldout", "test"):
        p = sub.add_parser(name)
        if name in ("refit", "cv", "heldout", "test"):  # several labelled sets may be joined (groups kept apart by set)
            p.add_argument("--local", nargs="+", default=[str(LOCAL)], help="local copies of the section texts (JSONL), one per label file")
            p.add_argument("--labels", nargs="+", default=[str(LABELS)], help="the labels (JSONL)")
        else:
            p.add_argument("--local", default=str(LOCAL), help="local copy of the section texts (JSONL)")
            p.add_argument("--labels", default=str(LABELS), help="the committed labels (JSONL)")
        if name == "score":
            p.add_argument("--methods", nargs="+", help="methods to score (default: all of METHODS)")
            p.add_argument("--annotations", help="training annotations (default: the committed ones)")
            p.add_argument("--train-split", choices=["train", "test"],
                           help="train on one split only (default: both, as the shipped classifier)")
            p.add_argument("--boot", type=int, default=1000, help="page resamples for the intervals")
            p.add_argument("--seed", type=int, default=0)
            p.add_argument("--json", help="write the figures to this JSON file")
            p.add_argument("--errors", type=int, default=0, help="print up to N wrong sections per method")
        elif name == "cv":
            p.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=VARIANTS,
                           help="what to cross-validate (the first is the reference of the paired differences)")
            p.add_argument("--folds", type=int, default=5)
            p.add_argument("--fold-seed", type=int, nargs="+",
                           help="deal the groups to the folds in a random order (default: GroupKFold); several seeds: "
                                "one partition each, and a summary of the paired differences over them")
            p.add_argument("--weight", type=int, default=1, help="refit, calibrated-hashed: each real row counts this many times")
            p.add_argument("--preds-out", help="write the out-of-fold predictions (ids and 0/1 rows per variant) to this JSON file")
            p.add_argument("--reference", help="FILE:KEY: out-of-fold predictions saved by --preds-out (e.g. by the shipped "
                                               "code on the same folds) to pair every variant against")
            p.add_argument("--annotations", help="training annotations (default: the committed ones)")
            p.add_argument("--boot", type=int, default=1000, help="group resamples for the intervals")
            p.add_argument("--seed", type=int, default=0)
            p.add_argument("--json", help="write the figures to this JSON file")
        elif name == "test":
            p.add_argument("--test-local", required=True, help="local copy of the second set's texts")
            p.add_argument("--test-labels", required=True, help="the second set's labels")
            p.add_argument("--reference", help="FILE:KEY: predictions for the second set saved elsewhere (ids and 0/1 rows; "
                                               "e.g. by the shipped code) to pair every method against")
            p.add_argument("--annotations", help="training annotations (default: the committed ones)")
            p.add_argument("--boot", type=int, default=1000, help="group resamples for the intervals")
            p.add_argument("--seed", type=int, default=0)
            p.add_argument("--json", help="write the figures to this JSON file")
        elif name == "heldout":
            p.add_argument("--annotations", help="training annotations (default: the committed ones)")
            p.add_argument("--boot", type=int, default=1000, help="article resamples for the intervals")
            p.add_argument("--seed", type=int, default=0)
            p.add_argument("--json", help="write the figures to this JSON file")
        elif name == "refit":
            p.add_argument("--annotations", help="training annotations (default: the committed ones)")
            p.add_argument("--hashed", action="store_true",
                           help="also fit the hashed part (themes.hashed) and calibrate over three inputs "
                                "(not the default: it did not beat the two-input calibration under grouped CV)")
            p.add_argument("--hashed-out", help="where to write the hashed part's weights (default: real_hashed.json "
                                                "beside --out, where the calibration looks for it)")
            p.add_argument("--out", default=str(REPO / "unionmine" / "data" / "real_calibration.json"),
                           help="where to write the calibration (default: the shipped one)")
        else:
            p.add_argument("out", help="where to write the merged labelled file (JSONL)")
            p.add_argument("--split", default="test", choices=["train", "test"],
                           help="split given to every exported row (default: test)")
    args = ap.parse_args(argv)
    return {"score": cmd_score, "export": cmd_export, "cv": cmd_cv, "refit": cmd_refit, "heldout": cmd_heldout,
            "test": cmd_test}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
