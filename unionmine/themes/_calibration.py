"""How the blend's two parts become one decision: calibrated log-odds, noisy-OR, grouped folds."""

from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """The logistic function of log-odds Z (clipped to +-35, so no overflow): a probability."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -35, 35)))




def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def stack_inputs(proba: np.ndarray, lexicon: np.ndarray) -> np.ndarray:
    """What each part's calibration reads, per text and theme, shape (n, themes, 2): the
    supervised log-odds (clipped to +-9) and the lexicon score."""
    return np.stack([_logit(proba), lexicon], axis=-1)


def noisy_or(calibrated: np.ndarray) -> np.ndarray:
    """Either part carries: 1 - (1 - c_supervised) * (1 - c_lexicon), per text and theme."""
    return 1.0 - np.prod(1.0 - calibrated, axis=-1)


def _folds(n: int, k: int, groups, random_state: int):
    """Cross-validation folds: grouped by document when groups are given (no document on both
    sides), else shuffled k-fold; deterministic either way."""
    from sklearn.model_selection import GroupKFold, KFold

    if groups is not None:
        groups = np.asarray(groups)
        k = min(k, len(np.unique(groups)))
        if k >= 2:
            return list(GroupKFold(k).split(np.zeros(n), groups=groups))
    k = min(k, n)
    return list(KFold(k, shuffle=True, random_state=random_state).split(np.zeros(n))) if k >= 2 else []


def calibration_rows(exclude: tuple[str, ...], groups, y: np.ndarray) -> np.ndarray | None:
    """Rows the calibrations and thresholds are fitted on: those whose group does not start
    with one of EXCLUDE (e.g. written examples, cleaner than collected text),
    when they hold a positive of every theme in two groups or more; None: every row."""
    if not exclude or groups is None:
        return None
    keep = np.array([not str(g).startswith(tuple(exclude)) for g in groups])
    if len({groups[i] for i in np.flatnonzero(keep)}) < 2 or (y[keep].sum(axis=0) == 0).any():
        return None
    return np.flatnonzero(keep)
