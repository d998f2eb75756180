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
scored on the rows it was fitted on, that would be an in-sample figure. ``score --shipped`` scores the package's
default exactly as shipped (calibration and char part included), the figure for a blind set nothing was fitted on:

    python scripts/real_themes.py score --shipped --local local/real_sections10.jsonl --labels corpus/annotations/real/labels10.jsonl The default's figure on the
real set is the grouped cross-validation of ``cv``:

    python scripts/real_themes.py cv --local local/real_sections.jsonl --json local/cv.json
    python scripts/real_themes.py refit --char --drop-repeats --labels L1 L2 … --local C1 C2 …   # the calibration and char part
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
predicted and labelled share of sections (a drift check). ``calibrated-char`` adds the char part (``themes.charpart``:
char TF-IDF, vocabulary from the committed rows only) fitted with the real training rows as a third calibration input:
what ``refit --char`` ships since round 9 (``calibrated-char-raw``: round 8's measurement, text not converted to Simplified).

The commands live in sibling modules: ``real_themes_metrics`` (scoring, resampling), ``real_themes_data``
(loading, fitting the blend), ``real_themes_cv`` (``cv``, ``loso``) and ``real_themes_fit`` (``refit``, ``heldout``,
``test``).

``rebuild`` writes a lost local copy again from the pages (``real_themes_rebuild``, whose docstring has the cuts):

    python scripts/real_themes.py rebuild local/theme_raw/set2/q*.txt --labels corpus/annotations/real/labels2.jsonl \
        --out local/real_sections2.jsonl
    python scripts/real_themes.py rebuild --pages local/real_pages14/pages corpus/annotations/real_ingest/labels14.jsonl \
        --labels corpus/annotations/real/labels18.jsonl --out local/real_sections18.jsonl

``export`` writes the matched rows with text, labels and group in the annotation format that
``unionmine.themes.load_annotations`` reads (``source`` = ``real``, ``article`` = the repost
group), so a model or calibration can be refitted and cross-validated from a local copy.
"""

from __future__ import annotations

import argparse
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
from real_themes_data import (  # noqa: F401
    LABELS,
    LOCAL,
    REPO,
    _calibration,
    _committed_char,
    _committed_hashed,
    _fit,
    _load,
    _repo_path,
)
from real_themes_fit import cmd_heldout, cmd_refit, cmd_test
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
from real_themes_rebuild import cmd_rebuild


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
    methods = ["shipped default"] if args.shipped else args.methods or list(METHODS)
    result = {"n_labels": len(check["matched"]) + len(check["missing"]) + len(check["changed"]),
              "n_scored": len(rows), "n_pages": len({r["url"] for r in rows}), "n_groups": len(set(groups)),
              "missing": check["missing"], "changed": check["changed"], "themes": themes, "methods": {}}
    for method in methods:
        if args.shipped:
            from unionmine.themes import get_classifier

            model, n_train = get_classifier(), "shipped"
        else:
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
    r = sub.add_parser("rebuild", help="the local copy again from saved excerpts or pages (real_themes_rebuild)")
    r.add_argument("raw", nargs="*", help="files of `#url URL` + the excerpt as returned")
    r.add_argument("--pages", nargs=2, action="append", metavar=("FOLDER", "INGEST_LABELS"),
                   help="a real ingestion set's pages folder and its labels (page id -> url); repeatable")
    r.add_argument("--body-labels", nargs="+", help="real ingestion labels: cut raw excerpts on their body lines too")
    r.add_argument("--labels", required=True, help="the set's hash-only labels (JSONL)")
    r.add_argument("--out", required=True, help="the local copy to write (JSONL)")
    for name in ("score", "export", "cv", "loso", "refit", "heldout", "test"):
        p = sub.add_parser(name)
        if name in ("refit", "cv", "loso", "heldout", "test"):  # several labelled sets may be joined (groups kept apart by set)
            p.add_argument("--local", nargs="+", default=[str(LOCAL)], help="local copies of the section texts (JSONL), one per label file")
            p.add_argument("--labels", nargs="+", default=[str(LABELS)], help="the labels (JSONL)")
        else:
            p.add_argument("--local", default=str(LOCAL), help="local copy of the section texts (JSONL)")
            p.add_argument("--labels", default=str(LABELS), help="the committed labels (JSONL)")
        if name in ("refit", "heldout", "test"):
            p.add_argument("--drop-repeats", action="store_true",
                           help="fit each text once: a row whose digest an earlier row (set) has is dropped")
        if name == "score":
            p.add_argument("--methods", nargs="+", help="methods to score (default: all of METHODS)")
            p.add_argument("--shipped", action="store_true",
                           help="score only the package's default as a user gets it (its shipped calibration and "
                                "char part included): honest only on a set those weights were not fitted on")
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
            p.add_argument("--C", type=float, help="--char: the calibration's C pinned at this value (default: chosen "
                                                   "among realcal.CS by grouped CV; round 25 ships C 1 pinned)")
            p.add_argument("--hashed", action="store_true",
                           help="also fit the hashed part (themes.hashed) and calibrate over three inputs "
                                "(not the default: it did not beat the two-input calibration under grouped CV)")
            p.add_argument("--hashed-out", help="where to write the hashed part's weights (default: real_hashed.json "
                                                "beside --out, where the calibration looks for it)")
            p.add_argument("--char", action="store_true",
                           help="also fit the char part (themes.charpart: character 2-3-gram TF-IDF, vocabulary from the "
                                "committed rows) and calibrate over three inputs (the shipped default since round 9)")
            p.add_argument("--char-out", help="where to write the char part's weights (default: real_char.json beside --out)")
            p.add_argument("--out", default=str(REPO / "unionmine" / "data" / "real_calibration.json"),
                           help="where to write the calibration (default: the shipped one)")
        else:
            p.add_argument("out", help="where to write the merged labelled file (JSONL)")
            p.add_argument("--split", default="test", choices=["train", "test"],
                           help="split given to every exported row (default: test)")
    args = ap.parse_args(argv)
    return {"score": cmd_score, "export": cmd_export, "cv": cmd_cv, "refit": cmd_refit, "heldout": cmd_heldout,
            "test": cmd_test, "loso": cmd_loso, "rebuild": cmd_rebuild}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
