"""The theme model's file: JSON only, so that loading a model file never runs code.

``ThemeClassifier.save``/``load`` are these two functions; the record lives here so that the
estimator's module stays about fitting and predicting.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ..errors import UsageError
from ..store.tables import write_text
from ..text.tokenize import tokenize as default_tokenize
from .charpart import part_from_dict
from .taxonomy import load_taxonomy

FORMAT = "unionmine-theme-model/1"


def save_model(model, path: str | Path) -> Path:
    """Write a trained ``ThemeClassifier`` as JSON: vocabularies, idf weights, coefficients, thresholds."""
    path = Path(path)
    if model.tokenizer is not None and model.tokenizer is not default_tokenize:
        raise UsageError("a model with a custom tokenizer cannot be saved; pass the tokenizer again")
    params = {k: getattr(model, k) for k in ("taxonomy", "use_lexicon", "lexicon_weight", "C", "cv", "random_state", "stack", "stack_C")}
    params["calibrate_exclude"] = list(model.calibrate_exclude)
    params["blend"] = [float(v) for v in np.asarray(model.blend, dtype=float).reshape(-1)]
    params["char_ngram_range"] = list(model.char_ngram_range)
    data = {
        "format": FORMAT,
        "params": params,
        "themes": model.themes_,
        "thresholds": [float(t) for t in model.thresholds_],
        "intercept": [float(v) for v in model.intercept_],
        "coef": [[round(float(v), 8) for v in row] for row in model.coef_],
        **({"stack_coef": model.stack_coef_.tolist(), "stack_intercept": model.stack_intercept_.tolist()} if model.stack else {}),
        **({"joint_coef": model.joint_coef_.tolist(), "joint_intercept": model.joint_intercept_.tolist()} if getattr(model, "joint_coef_", None) is not None else {}),
        **({"hashed_part": model.hashed_part_.to_dict(getattr(model.hashed_part_, "fitted_on_", None))} if getattr(model, "hashed_part_", None) is not None else {}),
        "word_vocabulary": model.word_vocabulary_,
        "word_idf": model.word_idf_,
        "char_vocabulary": model.char_vocabulary_,
        "char_idf": model.char_idf_,
    }
    write_text(json.dumps(data, ensure_ascii=False), path)
    return path


def load_model(cls, path: str | Path):
    """Read a model written by ``save_model`` into a new ``cls`` (checks the format and the taxonomy)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read theme model {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UsageError(f"{path} is not a unionmine theme model ({FORMAT})")
    params = dict(data["params"])
    params["char_ngram_range"] = tuple(params["char_ngram_range"])
    params["calibrate_exclude"] = tuple(params.get("calibrate_exclude", ()))
    blend = params.get("blend", 0.0)
    params["blend"] = blend if not isinstance(blend, list) else (blend[0] if len(blend) == 1 else tuple(blend))
    model = cls(**params)
    model.themes_ = list(data["themes"])
    if model.themes_ != load_taxonomy(model.taxonomy).names and model.use_lexicon:
        raise UsageError(f"{path} was trained on themes {model.themes_}, the taxonomy now has others")
    model.thresholds_ = np.asarray(data["thresholds"], dtype=float)
    model.intercept_ = np.asarray(data["intercept"], dtype=float)
    model.coef_ = np.asarray(data["coef"], dtype=float)
    if model.stack:
        model.stack_coef_ = np.asarray(data["stack_coef"], dtype=float).reshape(len(model.themes_), 2)
        model.stack_intercept_ = np.asarray(data["stack_intercept"], dtype=float).reshape(len(model.themes_), 2)
    joint = data.get("joint_coef") if model.stack else None
    model.joint_coef_ = None if joint is None else np.asarray(joint, dtype=float).reshape(len(model.themes_), -1)
    model.joint_intercept_ = None if joint is None else np.asarray(data["joint_intercept"], dtype=float)
    model.hashed_part_ = part_from_dict(data["hashed_part"]) if data.get("hashed_part") else None
    model.word_vocabulary_ = data["word_vocabulary"]
    model.word_idf_ = data["word_idf"]
    model.char_vocabulary_ = data["char_vocabulary"]
    model.char_idf_ = data["char_idf"]
    return model
