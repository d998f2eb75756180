"""Held-out evaluation of the theme methods: train on split == "train", score on "test".

Thresholds and everything else are learned from the training rows only; the test rows
are read once, for scoring. Same data, same result: every model is deterministic.
``cross_validate`` scores methods and settings by grouped CV on the training rows alone:
that is where choices are made, so the held-out figures stay a fair report.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm import tqdm

from ..errors import UsageError
from ..labels import say
from ..store.tables import write_csv, write_text
from ..themes import METHODS, load_annotations, make_model
from ..themes._text import as_label_matrix
from ..themes.annotations import AUTHORED
from ..themes.taxonomy import load_taxonomy

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
    progress: bool = False,
) -> pd.DataFrame:
    """Per method and theme: precision, recall, F1, support; plus a macro row with exact match.

    ``out`` (optional) gets the table as CSV (``.csv``) or as a Markdown table (any other suffix).
    ``progress`` shows a bar on stderr, one step per method trained and scored.
    """
    themes = load_taxonomy().names
    data = annotations if isinstance(annotations, pd.DataFrame) else load_annotations(annotations, themes)
    train, test = data[data["split"] == "train"], data[data["split"] == "test"]
    if train.empty or test.empty:
        raise UsageError("the annotations need rows with split 'train' and rows with split 'test'")
    gold = as_label_matrix(test["labels"].tolist(), themes).astype(bool)
    rows = []
    bar = tqdm(methods, desc=say("progress.evaluate"), unit=say("progress.evaluate_unit"), disable=not progress,
               file=sys.stderr, leave=False)
    for method in bar:
        bar.set_postfix_str(method)
        model = fit_model(make_model(method), train["text"].tolist(), train["labels"].tolist(), _groups(train))
        pred = model.predict(test["text"].tolist()).astype(bool)
        rows += _score_rows(method, pred, gold, themes)
    table = pd.DataFrame(rows)
    table[["precision", "recall", "f1", "exact_match"]] = table[["precision", "recall", "f1", "exact_match"]].round(4)
    table.attrs["n_train"], table.attrs["n_test"] = len(train), len(test)
    if out is not None:
        write_table(table, Path(out))
    return table


def _groups(rows: pd.DataFrame) -> list[str] | None:
    return rows["group"].tolist() if "group" in rows else None


def fit_model(model, texts: list[str], labels: list, groups: list[str] | None = None):
    """``model.fit`` with the documents (``groups``) when it takes them, so its own internal
    cross-validation keeps each document on one side."""
    import inspect

    if groups is not None and "groups" in inspect.signature(model.fit).parameters:
        return model.fit(texts, labels, groups=groups)
    return model.fit(texts, labels)


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


def cross_validate(
    annotations: str | Path | pd.DataFrame | None = None,
    methods: tuple[str, ...] = METHODS,
    folds: int = 4,
    models: dict[str, object] | None = None,
    score_authored: bool = False,
) -> pd.DataFrame:
    """Grouped k-fold cross-validation on the ``train`` rows only, in the table of ``evaluate``.

    Folds are grouped by ``group`` (source#article), so no document is on both sides; the
    out-of-fold predictions of all folds are pooled and scored once. The ``test`` rows are
    never read, so this is where methods and settings are chosen. ``models`` maps extra names
    to unfitted models (anything with ``fit`` and ``predict``), to compare settings.

    Authored rows (written examples, ``source == "authored"``) are in the fitting part of every
    fold and are not scored: they are easier than collected text and would flatter every
    method. ``score_authored=True`` folds and scores them like the rest.
    """
    from sklearn.model_selection import GroupKFold

    themes = load_taxonomy().names
    data = annotations if isinstance(annotations, pd.DataFrame) else load_annotations(annotations, themes)
    train = data[data["split"] == "train"].reset_index(drop=True)
    groups = train["group"] if "group" in train else pd.Series(range(len(train)))
    if groups.nunique() < folds:
        raise UsageError(f"cross-validation needs at least {folds} documents (groups) among the training rows")
    written = (train["source"] == AUTHORED).to_numpy() if "source" in train and not score_authored else np.zeros(len(train), bool)
    scored = np.flatnonzero(~written)
    always = np.flatnonzero(written)
    if groups.iloc[scored].nunique() < folds:
        raise UsageError(f"cross-validation needs at least {folds} collected documents among the training rows")
    gold = as_label_matrix(train["labels"].iloc[scored].tolist(), themes).astype(bool)
    texts, labels, group_list = train["text"].tolist(), train["labels"].tolist(), groups.astype(str).tolist()
    candidates = {m: (lambda m=m: make_model(m)) for m in methods}
    for name, model in (models or {}).items():
        candidates[name] = lambda model=model: _clone(model)
    rows = []
    for name, build in candidates.items():
        pred = np.zeros(gold.shape, dtype=bool)
        for fit_pos, score_pos in GroupKFold(n_splits=folds).split(scored, groups=groups.iloc[scored]):
            fit_idx = np.concatenate([scored[fit_pos], always])
            model = fit_model(build(), [texts[i] for i in fit_idx], [labels[i] for i in fit_idx],
                              [group_list[i] for i in fit_idx])
            pred[score_pos] = model.predict([texts[i] for i in scored[score_pos]]).astype(bool)
        rows += _score_rows(name, pred, gold, themes)
    table = pd.DataFrame(rows)
    table[["precision", "recall", "f1", "exact_match"]] = table[["precision", "recall", "f1", "exact_match"]].round(4)
    table.attrs["n_train"], table.attrs["n_scored"], table.attrs["folds"] = len(train), len(scored), folds
    return table


def _clone(model):
    """A fresh unfitted copy with the same constructor parameters."""
    params = {k: v for k, v in vars(model).items() if not k.endswith("_") and not k.startswith("_")}
    return type(model)(**params)


def _score_rows(method: str, pred: np.ndarray, gold: np.ndarray, themes: list[str]) -> list[dict]:
    rows = []
    for j, theme in enumerate(themes):
        p, r, f, n = _prf(pred[:, j], gold[:, j])
        rows.append({"method": method, "theme": theme, "precision": p, "recall": r, "f1": f,
                     "support": n, "exact_match": np.nan})
    rows.append(
        {
            "method": method, "theme": MACRO,
            "precision": float(np.mean([r["precision"] for r in rows])),
            "recall": float(np.mean([r["recall"] for r in rows])),
            "f1": float(np.mean([r["f1"] for r in rows])), "support": len(gold),
            "exact_match": float((pred == gold).all(axis=1).mean()),
        }
    )
    return rows
