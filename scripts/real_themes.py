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

``loso`` (leave one set out) fits each variant on all labelled sets but one and scores the one left out, for
every set in turn (what ``test`` does, each way round): the honest yardstick for real text not yet seen, where
grouped CV inside the sets over-promises. Per direction and on the mean, with paired differences:

    python scripts/real_themes.py loso --labels L1 L2 L3 --local C1 C2 C3 --variants calibrated calibrated-hashed

``--also-labels`` sets are fitted on in every direction and never scored; ``--score-labels`` sets are scored only,
each fitted on every other set (the shipped choice judged on new sets). Each direction also prints every theme's
predicted and labelled share of sections (a drift check). ``calibrated-char`` adds a char TF-IDF part (vocabulary
from the committed rows only) fitted with the real training rows as a third calibration input (measured, not shipped).

The commands live in sibling modules: ``real_themes_metrics`` (scoring, resampling), ``real_themes_data``
(loading, fitting the blend) and ``real_themes_cv`` (``cv``, ``loso``).

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

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules, also when loaded by path (tests)

from real_themes_cv import (  # noqa: F401
    VARIANTS,
    _pair_with_reference,
    char_part_scores,
    cmd_cv,
    cmd_loso,
    cv_predictions,
    loso_sets,
    real_folds,
)
from real_themes_data import (
    LABELS,
    LOCAL,
    REPO,
    _calibration,
    _committed_hashed,
    _fit,
    _load,
    _repo_path,
)
from real_themes_metrics import (  # noqa: F401
    OTHER,
    _format,
    _prf,
    bootstrap,
    check_digests,
    digest,
    label_matrix,
    macro_f1,
    paired_difference,
    read_jsonl,
    resample_groups,
    score,
    to_annotation_rows,
)


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
    for name in ("score", "export", "cv", "loso", "refit", "heldout", "test"):
        p = sub.add_parser(name)
        if name in ("refit", "cv", "loso", "heldout", "test"):  # several labelled sets may be joined (groups kept apart by set)
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
        elif name == "loso":
            p.add_argument("--variants", nargs="+", default=["shipped", "calibrated"], choices=VARIANTS,
                           help="what to fit on the other sets (the first is the reference of the paired differences)")
            p.add_argument("--also-labels", nargs="+", default=[], help="training-only sets: fitted on in every direction, never scored")
            p.add_argument("--also-local", nargs="+", default=[], help="their local copies, one per --also-labels file")
            p.add_argument("--score-labels", nargs="+", default=[], help="scored-only sets: each fitted on every other set, "
                                                                          "never fitted on (e.g. new sets against the shipped choice)")
            p.add_argument("--score-local", nargs="+", default=[], help="their local copies, one per --score-labels file")
            p.add_argument("--weight", type=int, default=1, help="refit, calibrated-hashed: each real row counts this many times")
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
            "test": cmd_test, "loso": cmd_loso}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
