"""Scoring parts of scripts/real_themes.py: digests, label matrices, per-theme figures, group resampling.

Pure functions (no model): ``real_themes`` re-exports them, ``label_agreement`` imports them from there.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

OTHER = "其他"


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


def paired_difference(pred_a: np.ndarray, pred_b: np.ndarray, gold: np.ndarray, groups: list[str],
                      n_boot: int = 1000, seed: int = 0) -> list[float]:
    """95% interval of macro-F1(a) - macro-F1(b), resampling groups (the same draws for both)."""
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n_boot):
        idx = resample_groups(groups, rng)
        diffs.append(macro_f1(pred_a[idx], gold[idx]) - macro_f1(pred_b[idx], gold[idx]))
    return [float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))]


def to_annotation_rows(matched: list[dict], split: str = "test") -> list[dict]:
    """Matched rows in the format ``load_annotations`` reads; the repost group is the article."""
    return [{"id": r["id"], "source": "real", "article": r["group"], "split": split,
             "heading": r.get("heading", ""), "text": r["text"], "labels": r["labels"],
             "group": r["group"], "url": r["url"], "site": r["site"], "unit_type": r["unit_type"],
             "kind": r["kind"], "note": r.get("note", "")} for r in matched]


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
