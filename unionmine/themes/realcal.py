"""The shipped calibration of the default (``blend``) model, fitted on labelled real documents.

``unionmine/data/real_calibration.json`` holds numbers only: per theme, a logistic regression
over the blend's two parts (a weight for the supervised log-odds, one for the lexicon score, an
intercept) that replaces the noisy-OR of the training-row calibrations, and the decision
threshold; with ``inputs`` of three, also a weight for the log-odds of a third part fitted on real
rows: the char part (``themes.charpart``, weights in ``real_char.json`` beside it) or the hashed
part (``themes.hashed``, ``real_hashed.json``), its file's SHA-256 recorded here;
fitted by ``scripts/real_themes.py refit [--char]`` on the
real-document evaluation set (``corpus/annotations/real/labels.jsonl``: source addresses and
text digests; the texts stay in a local copy). No text, vocabulary or term of those pages is in it.

The calibration belongs to the model fitted on the committed annotations: the file records a
digest of everything that model is fitted from (annotation files, taxonomy, word lists), and it
is applied only when that digest matches, so a model fitted on other annotations keeps its own
calibration (with a warning when the annotations are the default folder's).
See docs/EVALUATION.md for how it was chosen (cross-validation grouped by page and repost).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import numpy as np

from ..errors import UsageError
from ..store.paths import ANNOTATIONS, DATA, annotation_files
from ..text.tokenize import STOPWORDS, USERDICT
from . import charpart, hashed
from ._calibration import sigmoid
from ._text import tune_thresholds
from .hashed import HASHED_PART
from .taxonomy import DEFAULT_TAXONOMY

log = logging.getLogger(__name__)

REAL_CALIBRATION = DATA / "real_calibration.json"
INPUTS = ["supervised log-odds", "lexicon score", "hashed log-odds"]
CHAR_INPUT = "char log-odds"  # the third input when it is the char part's (``themes.charpart``)
FORMAT = "unionmine-real-calibration/1"
METHOD = "blend"


def training_digest(annotations: Path, taxonomy: str | Path | None = None) -> str:
    """sha256 of the files the default model is fitted from: annotations, taxonomy, word lists."""
    digest = hashlib.sha256()
    for file in [*annotation_files(Path(annotations)), Path(taxonomy) if taxonomy else DEFAULT_TAXONOMY, USERDICT, STOPWORDS]:
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def read_calibration(path: str | Path = REAL_CALIBRATION) -> dict | None:
    """The calibration file's content, or None when there is none."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the theme calibration {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UsageError(f"{path} is not a unionmine real-document calibration ({FORMAT})")
    data["_folder"] = str(path.parent)  # in memory only: where the hashed part's weight file is looked for
    return data


def apply_calibration(model, calibration: dict, annotations: Path) -> bool:
    """Set MODEL's calibrations and thresholds from CALIBRATION when it was fitted for a model of
    these annotations and themes; True when applied."""
    if calibration.get("training_digest") != training_digest(annotations):
        (log.warning if Path(annotations).resolve() == ANNOTATIONS.resolve() else log.debug)("the real-document theme calibration (%s) was fitted for other annotations or word "
                    "lists; the model keeps its own. Refit it: scripts/real_themes.py refit", REAL_CALIBRATION.name)
        return False
    if list(calibration["themes"]) != list(model.themes_) or not getattr(model, "stack", False):
        return False
    n = len(model.themes_)
    inputs = list(calibration.get("inputs", INPUTS[:2]))
    part = None
    if len(inputs) == 3:  # a part fitted on real rows is the third input: its weights must be the ones fitted with it
        part = _third_part(calibration)
        if part is None:
            return False
        if part.themes_ != list(model.themes_):
            return False
    model.hashed_part_ = part
    model.joint_coef_ = np.asarray(calibration["coef"], dtype=float).reshape(n, len(inputs))
    model.joint_intercept_ = np.asarray(calibration["intercept"], dtype=float).reshape(n)
    model.thresholds_ = np.asarray(calibration["thresholds"], dtype=float).reshape(n)
    return True


def _third_part(calibration: dict):
    """The char or hashed part the calibration's third input reads, from the file beside the calibration
    file (``read_calibration`` notes where that is). The char part's file missing, unreadable or not the
    one the calibration was fitted with is an error (the shipped default needs it); the hashed part's
    gives None and a warning (the model keeps its own calibration)."""
    char = "char_file" in calibration
    module, name = (charpart, "char") if char else (hashed, "hashed")
    default = (charpart.CHAR_PART if char else HASHED_PART).name
    path = Path(calibration.get("_folder", DATA)) / calibration.get(f"{name}_file", default)
    found = module.file_digest(path)
    if found != calibration.get(f"{name}_sha256"):
        why = "is missing" if found is None else "is not the one the calibration was fitted with (changed or damaged)"
        if char:
            raise UsageError(f"the real-document theme calibration reads the char part {path}, which {why}; "
                             "reinstall unionmine or refit both: scripts/real_themes.py refit --char")
        log.warning("the hashed theme part (%s) %s; the model keeps its own calibration. "
                    "Refit both: scripts/real_themes.py refit --hashed", path.name, why)
        return None
    return (charpart.CharPart if char else hashed.HashedPart).load(path)


def write_calibration(path: str | Path, themes: list[str], coef: np.ndarray, intercept: np.ndarray,
                      thresholds: np.ndarray, annotations: Path, sources: dict, C: float,
                      hashed_file: str | Path | None = None, char_file: str | Path | None = None) -> Path:
    """Write a calibration (numbers, theme names and the description of its sources); with
    CHAR_FILE or HASHED_FILE (that part's weights, beside the calibration) its third input is that part's log-odds."""
    coef = np.asarray(coef)
    extra, inputs = {}, INPUTS[: coef.shape[1]]
    if coef.shape[1] == 3:
        name, third = ("char", char_file) if char_file is not None else ("hashed", hashed_file)
        if third is None or Path(third).resolve().parent != Path(path).resolve().parent:
            raise UsageError("a calibration over three inputs needs its third part's file beside it")
        extra = {f"{name}_file": Path(third).name, f"{name}_sha256": (charpart if name == "char" else hashed).file_digest(third)}
        inputs = [*INPUTS[:2], CHAR_INPUT if name == "char" else INPUTS[2]]
    data = {
        "format": FORMAT,
        "method": METHOD,
        "inputs": inputs,
        **extra,
        "themes": list(themes),
        "coef": [[round(float(v), 6) for v in row] for row in np.asarray(coef)],
        "intercept": [round(float(v), 6) for v in np.asarray(intercept)],
        "thresholds": [round(float(v), 6) for v in np.asarray(thresholds)],
        "C": float(C),
        "training_digest": training_digest(annotations),
        "sources": sources,
    }
    path = Path(path)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


# ---- fitting (scripts/real_themes.py refit and cv) ---------------------------------------

CS = (0.1, 1.0, 10.0)  # the regularisations tried, chosen by grouped cross-validation


def joint_scores(features: np.ndarray, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    """Per text and theme, ``sigmoid(a * supervised log-odds + b * lexicon score + c)``."""
    return sigmoid((features * coef).sum(axis=-1) + intercept)


def _fit_joint(features: np.ndarray, y: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression  # deferred: only fitting needs sklearn

    coef, intercept = np.zeros((y.shape[1], features.shape[-1])), np.full(y.shape[1], -10.0)  # no positive: never fires
    for j in range(y.shape[1]):
        if 0 < y[:, j].sum() < len(y):
            model = LogisticRegression(C=C, solver="lbfgs").fit(features[:, j, :], y[:, j])
            coef[j], intercept[j] = model.coef_[0], model.intercept_[0]
        elif y[:, j].sum() == len(y):
            intercept[j] = 10.0
    return coef, intercept


def group_folds(groups: list[str], k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """GroupKFold over GROUPS (pages, reposts merged): no group on both sides."""
    from sklearn.model_selection import (
        GroupKFold,  # deferred: sklearn loads only when a calibration is fitted
    )

    k = min(k, len(set(groups)))
    return list(GroupKFold(n_splits=k).split(np.zeros(len(groups)), groups=groups)) if k >= 2 else []


def fit_joint_calibration(features: np.ndarray, y: np.ndarray, groups: list[str], k: int = 4, cs=CS):
    """Per theme a logistic regression over both parts (stack inputs: supervised log-odds and
    lexicon score), its regularisation C chosen among CS by grouped k-fold CV on these rows, and
    thresholds tuned on that CV's out-of-fold scores (no row sets the threshold it is judged by).
    Returns coef (themes, 2), intercept (themes), thresholds (themes) and the chosen C."""
    y = np.asarray(y, dtype=int)
    folds = group_folds(groups, k)
    best = None
    for C in cs:
        oof = np.zeros(y.shape)
        for fit_idx, score_idx in folds:
            oof[score_idx] = joint_scores(features[score_idx], *_fit_joint(features[fit_idx], y[fit_idx], C))
        thresholds = tune_thresholds(oof, y) if folds else np.full(y.shape[1], 0.5)
        pred = oof >= thresholds
        f1 = np.mean([2 * (pred[:, j] & (y[:, j] == 1)).sum() / max(pred[:, j].sum() + y[:, j].sum(), 1)
                      for j in range(y.shape[1])])
        if best is None or f1 > best[0] + 1e-12:
            best = (f1, C, thresholds)
    _, C, thresholds = best
    coef, intercept = _fit_joint(features, y, C)
    return coef, intercept, thresholds, C


HASHED_C = 1.0  # the hashed part's regularisation (grouped CV on the real set: 0.3, 1 and 10 within 0.005)
BAGGED = True  # the shipped part is the mean of the fold models (else one fit on every row)
REAL_WEIGHT = 1.0  # how much a real row counts beside a committed one in the hashed part's fit


def fit_hashed_stack(features: np.ndarray, X_real, y: np.ndarray, groups: list[str], X_committed, y_committed,
                     themes: list[str], k: int = 4, C: float = HASHED_C, real_weight: float = REAL_WEIGHT):
    """The hashed part (``themes.hashed``) fitted on the committed rows and the real rows, and the
    calibration over three inputs (supervised log-odds, lexicon score, hashed log-odds) fitted on
    the real rows, the hashed input out-of-fold (grouped k-fold over GROUPS: the part that scores a
    row never saw its page or reposts). FEATURES: the blend's two parts on the real rows
    (``stack_inputs``); X_REAL, X_COMMITTED: hashed rows (``HashedPart.features``).
    Returns the fitted part and ``fit_joint_calibration``'s coef, intercept, thresholds and C."""
    import scipy.sparse as sp

    y = np.asarray(y, dtype=int)
    y_committed = np.asarray(y_committed, dtype=int)

    def fit(idx):
        weights = np.r_[np.ones(X_committed.shape[0]), np.full(len(idx), float(real_weight))]
        return hashed.HashedPart(C=C).fit_features(sp.vstack([X_committed, X_real[idx]]),
                                                   np.vstack([y_committed, y[idx]]), themes, sample_weight=weights)

    oof = np.zeros(y.shape)
    parts = []
    for fit_idx, score_idx in group_folds(groups, k):
        parts.append(fit(fit_idx))
        oof[score_idx] = parts[-1].decision_features(X_real[score_idx])
    # the part that scores new text: the mean of the fold models (a linear model again), so that new
    # text meets a part like the one whose out-of-fold scores the calibration learned from
    part = hashed.mean_part(parts) if BAGGED and parts else fit(np.arange(len(y)))
    inputs = np.concatenate([features, oof[..., None]], axis=-1)
    return (part, *fit_joint_calibration(inputs, y, groups, k))


CHAR_WEIGHT = 3.0  # how much a real row counts beside a committed one in the char part's fit (LOSO, docs/EVALUATION.md)


def fit_char_stack(features: np.ndarray, X_real, y: np.ndarray, groups: list[str], X_committed, y_committed,
                   themes: list[str], vocabulary, k: int = 4, real_weight: float = CHAR_WEIGHT, cs=CS):
    """The char part (``themes.charpart``) fitted on the committed rows and every real row, and the calibration
    over three inputs (supervised log-odds, lexicon score, char log-odds) fitted on the real rows, the char input
    out-of-fold (grouped k-fold over GROUPS: the part that scores a row never saw its page or reposts).
    FEATURES: the blend's two parts on the real rows (``stack_inputs``); X_REAL, X_COMMITTED: rows of
    ``VOCABULARY.features`` (a ``CharPart`` whose vocabulary was fitted on the committed rows).
    Returns the fitted part and ``fit_joint_calibration``'s coef, intercept, thresholds and C."""
    import scipy.sparse as sp

    y = np.asarray(y, dtype=int)
    y_committed = np.asarray(y_committed, dtype=int)

    def fit(idx):
        part = charpart.CharPart(vocabulary.ngram_range, vocabulary.min_df, vocabulary.C)
        part.keys_, part.idf_ = vocabulary.keys_, vocabulary.idf_
        weights = np.r_[np.ones(X_committed.shape[0]), np.full(len(idx), float(real_weight))]
        return part.fit_features(sp.vstack([X_committed, X_real[idx]]).tocsr(), np.vstack([y_committed, y[idx]]),
                                 themes, sample_weight=weights)

    oof = np.zeros(y.shape)
    for fit_idx, score_idx in group_folds(groups, k):
        oof[score_idx] = fit(fit_idx).decision_features(X_real[score_idx])
    inputs = np.concatenate([features, oof[..., None]], axis=-1)
    return (fit(np.arange(len(y))), *fit_joint_calibration(inputs, y, groups, k, cs))
