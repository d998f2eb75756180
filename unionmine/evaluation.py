"""Held-out evaluation of the theme methods: train on split == "train", score on "test".

Thresholds and everything else are learned from the training rows only; the test rows
are read once, for scoring. Same data, same result: every model is deterministic.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .errors import UsageError
from .storage import write_csv, write_text
from .taxonomy import load_taxonomy
from .themes import METHODS, load_annotations, make_model
from .themes._text import as_label_matrix

MACRO = "macro"


def _prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float, int]:
    tp = int((pred & gold).sum())
    p = tp / pred.sum() if pred.sum() else (1.0 if not gold.sum() else 0.0)
    r = tp / gold.sum() if gold.sum() else (1.0 if not pred.sum() else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, int(gold.sum())


def evaluate(
    annotations: str | Path | pd.DataFrame | None = None,
    out: Path | None = None,
    methods: tuple[str, ...] = METHODS,
) -> pd.DataFrame:
    """Per method and theme: precision, recall, F1, support; plus a macro row with exact match.

    ``out`` (optional) gets the table as CSV (``.csv``) or as a Markdown table (any other suffix).
    """
    themes = load_taxonomy().names
    data = annotations if isinstance(annotations, pd.DataFrame) else load_annotations(annotations, themes)
    train, test = data[data["split"] == "train"], data[data["split"] == "test"]
    if train.empty or test.empty:
        raise UsageError("the annotations need rows with split 'train' and rows with split 'test'")
    gold = as_label_matrix(test["labels"].tolist(), themes).astype(bool)
    rows = []
    for method in methods:
        model = make_model(method).fit(train["text"].tolist(), train["labels"].tolist())
        pred = model.predict(test["text"].tolist()).astype(bool)
        f1s = []
        for j, theme in enumerate(themes):
            p, r, f, n = _prf(pred[:, j], gold[:, j])
            f1s.append(f)
            rows.append({"method": method, "theme": theme, "precision": p, "recall": r, "f1": f,
                         "support": n, "exact_match": np.nan})
        rows.append(
            {
                "method": method, "theme": MACRO,
                "precision": float(np.mean([r["precision"] for r in rows[-len(themes):]])),
                "recall": float(np.mean([r["recall"] for r in rows[-len(themes):]])),
                "f1": float(np.mean(f1s)), "support": len(test),
                "exact_match": float((pred == gold).all(axis=1).mean()),
            }
        )
    table = pd.DataFrame(rows)
    table[["precision", "recall", "f1", "exact_match"]] = table[["precision", "recall", "f1", "exact_match"]].round(4)
    table.attrs["n_train"], table.attrs["n_test"] = len(train), len(test)
    if out is not None:
        write_table(table, Path(out))
    return table


def to_markdown(table: pd.DataFrame) -> str:
    """The evaluation table as Markdown (no extra dependency)."""
    cols = list(table.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for _, row in table.iterrows():
        cells = ["" if isinstance(v, float) and np.isnan(v) else (f"{v:.3f}" if isinstance(v, float) else str(v))
                 for v in row]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def write_table(table: pd.DataFrame, out: Path) -> Path:
    if out.suffix.lower() == ".csv":
        return write_csv(table, out)
    return write_text(to_markdown(table), out)
