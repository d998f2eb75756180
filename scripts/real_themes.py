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

def _load(args) -> tuple[list[dict], dict]:
    labels = read_jsonl(args.labels)
    if not Path(args.local).exists():
        raise SystemExit(f"no local copy at {args.local}: the section texts are not in the repository "
                         f"(see corpus/annotations/real/README.md)")
    check = check_digests(labels, read_jsonl(args.local))
    print(f"labels: {len(labels)}; matched {len(check['matched'])}, missing {len(check['missing'])}, "
          f"changed {len(check['changed'])}; local rows without a label: {len(check['extra'])}")
    for what in ("missing", "changed"):
        if check[what]:
            print(f"  {what}: " + ", ".join(check[what][:20]) + (" …" if len(check[what]) > 20 else ""))
    if not check["matched"]:
        raise SystemExit("no label matches the local copy: nothing to score")
    return labels, check


def _fit(method: str, train_split: str | None, annotations: str | None):
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations, make_model

    data = load_annotations(annotations, load_taxonomy().names)
    if train_split:
        data = data[data["split"] == train_split]
    return make_model(method).fit(data["text"].tolist(), data["labels"].tolist()), len(data)


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


def _format(method: str, res: dict, themes: list[str]) -> str:
    iv = res["interval"]
    lines = [f"\n== {method} (trained on {res['n_train']} rows; {res['n']} real sections) ==",
             (f"{'theme':<6} {'P':>6} {'R':>6} {'F1':>6} {'F1 95%':>13} {'n':>4} {'missed':>6} {'added':>6}"
              f" {'share gold':>10} {'share pred':>10}")]
    for j, theme in enumerate([*themes, OTHER]):
        t = res["per_theme"][theme]
        ci = f"{iv['f1'][j][0]:.2f}-{iv['f1'][j][1]:.2f}" if j < len(themes) else ""
        share = (f" {t['text_share_gold']:>10.3f} {t['text_share_pred']:>10.3f}" if "text_share_gold" in t else "")
        lines.append(f"{theme:<6} {t['precision']:>6.3f} {t['recall']:>6.3f} {t['f1']:>6.3f} {ci:>13} "
                     f"{t['support']:>4} {t['missed']:>6} {t['added']:>6}{share}")
    lines.append(f"macro-F1 {res['macro_f1']:.3f} (95% {iv['macro_f1'][0]:.3f}-{iv['macro_f1'][1]:.3f}, "
                 f"{iv['n_boot']} page resamples); exact match {res['exact_match']:.3f}; "
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
    for name in ("score", "export"):
        p = sub.add_parser(name)
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
        else:
            p.add_argument("out", help="where to write the merged labelled file (JSONL)")
            p.add_argument("--split", default="test", choices=["train", "test"],
                           help="split given to every exported row (default: test)")
    args = ap.parse_args(argv)
    return cmd_score(args) if args.cmd == "score" else cmd_export(args)


if __name__ == "__main__":
    sys.exit(main())
