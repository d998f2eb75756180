"""The commands of scripts/real_themes.py that fit the shipped choice on real sets: ``refit`` (write the
calibration, and with ``--char`` the char part's weights), ``heldout`` (the team's held-out split) and ``test``
(fit on some sets, score another once)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
from real_themes_data import (
    _calibration,
    _committed_char,
    _committed_hashed,
    _fit,
    _load,
    _repo_path,
)
from real_themes_metrics import _format, bootstrap, label_matrix, macro_f1, paired_difference, score


def _set_of(group: str) -> int:
    """Which joined set a row is from (``_load`` puts ``k:`` before the groups of the k-th set, k >= 2)."""
    head, sep, _ = group.partition(":")
    return int(head) if sep and head.isdigit() else 1


def _rows(args, local=None, labels=None) -> tuple[list[dict], dict]:
    """The matched rows of the sets; with ``--drop-repeats``, a row whose text (digest) an earlier set has is
    dropped (set 4_shared repeats texts of sets 5 and 6, and 5 and 6 share some); reposts inside a set stay."""
    _, check = _load(args, local, labels)
    rows = check["matched"]
    if getattr(args, "drop_repeats", False):
        first_set: dict[str, int] = {}
        for row in rows:
            first_set.setdefault(row["sha256"], _set_of(row["group"]))
        kept = [row for row in rows if first_set[row["sha256"]] == _set_of(row["group"])]
        print(f"repeats dropped: {len(rows) - len(kept)} rows whose text an earlier set has")
        rows = kept
    return rows, check


def cmd_refit(args) -> int:
    """Fit the default model's calibration on every matched real row and write it (with ``--char``, also the
    char part, its decision the calibration's third input; ``--hashed``: the hashed part instead)."""
    from unionmine.store.paths import ANNOTATIONS
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import realcal
    from unionmine.themes.annotations import annotations_path

    if args.char and args.hashed:
        raise SystemExit("--char and --hashed: the calibration reads one third part; choose one")
    themes = load_taxonomy().names
    rows, check = _rows(args)
    if check["missing"] or check["changed"]:
        print(f"warning: {len(check['missing']) + len(check['changed'])} labels have no matching local text; "
              f"the calibration is fitted on the {len(check['matched'])} that match")
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
        "repeats_dropped": len(check["matched"]) - len(rows),
        "refit": "python scripts/real_themes.py refit [--char | --hashed] [--drop-repeats] [--C C] --labels LABELS... --local LOCAL_COPY...",
    }
    part_out = hashed_out = char_out = None
    if args.char:
        vocabulary, X_committed, y_committed, X_real = _committed_char(args.annotations, texts)
        part, coef, intercept, thresholds, C = realcal.fit_char_stack(
            features, X_real, gold, groups, X_committed, y_committed, themes, vocabulary,
            cs=(args.C,) if args.C else realcal.CS)
        part_out = char_out = Path(args.char_out or Path(args.out).with_name("real_char.json"))
    elif args.hashed:
        from unionmine.themes.hashed import HashedPart

        X_committed, y_committed = _committed_hashed(args.annotations)
        part, coef, intercept, thresholds, C = realcal.fit_hashed_stack(
            features, HashedPart().features(texts), gold, groups, X_committed, y_committed, themes)
        part_out = hashed_out = Path(args.hashed_out or Path(args.out).with_name("real_hashed.json"))
    else:
        coef, intercept, thresholds, C = realcal.fit_joint_calibration(features, gold, groups)
    if part_out is not None:
        part.save(part_out, {
            "annotations_digest": realcal.training_digest(where), "n_committed_rows": int(X_committed.shape[0]),
            **{k: sources[k] for k in ("labels", "labels_sha256", "n_sections", "n_pages", "n_groups", "repeats_dropped")},
            "refit": sources["refit"]})
        print(f"{'char' if args.char else 'hashed'} part written to {part_out} ({part_out.stat().st_size // 1024} KiB)")
    out = realcal.write_calibration(args.out, themes, coef, intercept, thresholds, where, sources, C, hashed_out, char_out)
    print(f"C = {C} ({'pinned by --C' if args.C else 'grouped CV'})")
    third = "char" if args.char else "hashed"
    for j, theme in enumerate(themes):
        extra = f" {coef[j, 2]:+.3f} x {third} log-odds" if coef.shape[1] == 3 else ""
        print(f"{theme}: {coef[j, 0]:+.3f} x supervised log-odds {coef[j, 1]:+.3f} x lexicon{extra} {intercept[j]:+.3f}, "
              f"threshold {thresholds[j]:.3f}")
    print(f"calibration written to {out}")
    return 0


def cmd_heldout(args) -> int:
    """The held-out figure of the shipped method: the blend fitted on the train split of the
    committed annotations, its decision fitted on the real rows (as ``refit`` does), scored on the
    test split (collected sections no fit has seen); also with the hashed and the char part (fitted on the
    train split and the real rows) as the third input."""
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations, realcal
    from unionmine.themes.hashed import HashedPart

    themes = load_taxonomy().names
    rows, _ = _rows(args)
    texts, groups = [r["text"] for r in rows], [r["group"] for r in rows]
    base = _fit("blend", "train", args.annotations)[0]
    features = _calibration(base, texts)
    gold = label_matrix([r["labels"] for r in rows], themes).astype(int)
    coef, intercept, thresholds, C = realcal.fit_joint_calibration(features, gold, groups)
    data = load_annotations(args.annotations, themes)
    test = data[data["split"] == "test"]
    test_texts = test["text"].tolist()
    test_gold = label_matrix(test["labels"].tolist(), themes)
    test_features = _calibration(base, test_texts)
    # the third parts as shipped, but fitted on the train split and the real rows (the test split unseen)
    X_committed, y_committed = _committed_hashed(args.annotations, "train")
    part, h_coef, h_intercept, h_thresholds, h_C = realcal.fit_hashed_stack(
        features, HashedPart().features(texts), gold, groups, X_committed, y_committed, themes)
    h_inputs = np.concatenate([test_features, part.decision(test_texts)[..., None]], axis=-1)
    vocabulary, X_committed, y_committed, X_real = _committed_char(args.annotations, texts, "train")
    cpart, c_coef, c_intercept, c_thresholds, c_C = realcal.fit_char_stack(
        features, X_real, gold, groups, X_committed, y_committed, themes, vocabulary)
    c_inputs = np.concatenate([test_features, cpart.decision(test_texts)[..., None]], axis=-1)
    results = {}
    for name, pred in (("blend (training-row calibration)", np.asarray(base.predict(test_texts)).astype(bool)),
                       (f"blend + real calibration, two inputs (C={C})",
                        realcal.joint_scores(test_features, coef, intercept) >= thresholds),
                       (f"blend + hashed part + real calibration, three inputs (C={h_C})",
                        realcal.joint_scores(h_inputs, h_coef, h_intercept) >= h_thresholds),
                       (f"blend + char part + real calibration, three inputs (C={c_C})",
                        realcal.joint_scores(c_inputs, c_coef, c_intercept) >= c_thresholds)):
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
    two-input calibration fitted on the first set, with the hashed part and with the char part and their
    three-input calibrations fitted on the first set; paired differences against the two-input calibration."""
    from real_themes_cv import _pair_with_reference

    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import realcal
    from unionmine.themes.hashed import HashedPart

    themes = load_taxonomy().names
    rows, _ = _rows(args)
    _, tcheck = _load(args, args.test_local, args.test_labels)
    trows = tcheck["matched"]
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
    vocabulary, X_committed, y_committed, X_real = _committed_char(args.annotations, texts)
    part, coef, intercept, thresholds, C = realcal.fit_char_stack(
        features, X_real, gold, groups, X_committed, y_committed, themes, vocabulary)
    inputs = np.concatenate([tfeatures, part.decision(ttexts)[..., None]], axis=-1)
    preds[f"calibrated-char (three inputs, C={C})"] = realcal.joint_scores(inputs, coef, intercept) >= thresholds
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
