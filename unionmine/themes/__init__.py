"""Theme classification: several methods behind one interface, and the functions the CLI calls.

Methods: ``lexicon`` (weighted seed terms of the taxonomy), ``supervised`` (TF-IDF words and
character n-grams, logistic regression), ``combined`` (supervised plus lexicon scores as
features), ``blend`` (the supervised probability and the lexicon score, each calibrated per
theme on grouped cross-validated scores of the training rows, combined by noisy-OR: either part
can carry a theme; the default, see docs/EVALUATION.md; the default classifier then decides with
the calibration fitted on labelled real documents that ships in ``data/real_calibration.json``,
see ``realcal``)
and ``baseline`` (any seed term present). Every method has ``fit``, ``predict_proba``, ``predict``, ``explain``.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..schema import OTHER
from ..sections.parse import finest_units
from ..sections.profile import has_labels, theme_shares
from . import realcal
from ._text import has_chinese, prepare
from .annotations import annotations_path, load_annotations
from .baseline import KeywordBaseline
from .lexicon import LexiconScorer
from .modelcache import cached_model, model_file
from .supervised import ThemeClassifier
from .taxonomy import load_taxonomy

__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "KeywordBaseline",
    "LexiconScorer",
    "ThemeClassifier",
    "classify",
    "get_classifier",
    "labelled_units",
    "load_annotations",
    "make_model",
    "needs_training",
    "score_sections",
    "theme_profile",
]

log = logging.getLogger(__name__)

METHODS = ("combined", "supervised", "lexicon", "blend", "baseline")
DEFAULT_METHOD = "blend"
# blend: the supervised probability (words and character n-grams, without lexicon features) and
# the lexicon score, each calibrated per theme on cross-validated scores of the training rows
# (STACK_C: the calibrations' regularisation) and combined by noisy-OR. The former average with
# fixed lexicon shares (``ThemeClassifier(blend=...)``) needed both parts to agree; see docs/EVALUATION.md.
STACK_C = 1.0
_cache: dict[tuple, object] = {}
_lock = threading.Lock()


def make_model(method: str, taxonomy: str | None = None):
    """A fresh, untrained model of the named method."""
    if method == "combined":
        return ThemeClassifier(taxonomy=taxonomy, use_lexicon=True)
    if method == "supervised":
        return ThemeClassifier(taxonomy=taxonomy, use_lexicon=False)
    if method == "blend":
        return ThemeClassifier(taxonomy=taxonomy, use_lexicon=False, stack=True, stack_C=STACK_C)
    if method == "lexicon":
        return LexiconScorer(taxonomy=taxonomy)
    if method == "baseline":
        return KeywordBaseline(taxonomy=taxonomy)
    raise UsageError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")


def get_classifier(method: str | None = None, annotations: str | Path | None = None, model: str | Path | None = None):
    """The trained classifier, built once per process and argument set.

    ``model`` loads a file written by ``ThemeClassifier.save``. Otherwise the method is
    trained on all shipped annotations (both splits), and the fitted model is kept in the
    disk cache (``modelcache``) so later processes load it in well under a second; without
    annotations it falls back to the lexicon scorer with default thresholds, and logs a warning.
    """
    if model is not None:
        key = ("file", str(Path(model).resolve()))
        with _lock:
            if key not in _cache:
                _cache[key] = ThemeClassifier.load(model)
            return _cache[key]
    method = method or DEFAULT_METHOD
    where = annotations_path(annotations)
    key = (method, str(where), where.stat().st_mtime_ns if where and where.exists() else None)
    with _lock:
        if key in _cache:
            return _cache[key]
        if where is None or not where.exists():
            if method not in ("lexicon", "baseline"):
                log.warning("no theme annotations found; using the lexicon method instead of %s", method)
            clf = make_model("baseline" if method == "baseline" else "lexicon")
        else:
            clf = _fit_default(method, where)
        _cache[key] = clf
        return clf


def needs_training(method: str | None = None, annotations: str | Path | None = None) -> bool:
    """Whether `get_classifier` would train a model (about a minute) rather than load one: not built in
    this process, and not in the disk cache. The first run on a machine says so before it starts."""
    method = method or DEFAULT_METHOD
    where = annotations_path(annotations)
    if where is None or not where.exists() or not hasattr(type(make_model(method)), "load"):
        return False
    if any(key[:2] == (method, str(where)) for key in list(_cache)):
        return False
    try:
        return not model_file(method, where).is_file()
    except OSError:
        return True


def _fit_default(method: str, where: Path):
    """Train METHOD on all annotations at WHERE; saveable models go through the disk cache.

    The default method then takes the shipped real-document calibration (``realcal``) when it
    was fitted for a model of these annotations."""

    def fit():
        data = load_annotations(where, themes=load_taxonomy().names)
        return make_model(method).fit(data["text"].tolist(), data["labels"].tolist(), groups=data["group"].tolist())

    model_class = type(make_model(method))
    if not hasattr(model_class, "load"):
        return fit()
    model = cached_model(method, where, fit, model_class.load)
    if method == realcal.METHOD:
        calibration = realcal.read_calibration()
        if calibration is not None:
            realcal.apply_calibration(model, calibration, where)
    return model


def _predict(clf, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    themes = list(clf.themes_)
    proba = np.zeros((len(texts), len(themes)))
    prepared = [prepare(t) for t in texts]  # once: every method takes prepared texts
    usable = [i for i, t in enumerate(prepared) if has_chinese(t)]
    if usable:
        proba[usable] = clf.predict_proba([prepared[i] for i in usable], prepared=True)
    thresholds = np.asarray(getattr(clf, "thresholds_", np.full(len(themes), 0.5)))
    return proba, proba >= thresholds


def _labels(row: np.ndarray, themes: list[str]) -> list[str]:
    chosen = [t for t, on in zip(themes, row) if on]
    return chosen or [OTHER]


def classify(
    texts: list[str],
    method: str | None = None,
    explain: bool = False,
    annotations: str | Path | None = None,
    model: str | Path | None = None,
) -> list[dict]:
    """Labels and per-theme scores for each text, in order (``labels`` is never empty).

    A text without Chinese characters (empty, English, markup only) gets ["其他"] and zero scores.
    ``explain`` adds, per theme, the score of each part of the method (``supervised``,
    ``lexicon``), the ``combined`` score, the ``threshold`` it is judged by, whether the theme
    is ``on``, and the ``reasons`` (terms and words that pushed most).
    """
    texts = ["" if t is None else str(t) for t in texts]
    clf = get_classifier(method, annotations, model)
    themes = list(clf.themes_)
    proba, on = _predict(clf, texts)
    out = []
    for i in range(len(texts)):
        item = {
            "labels": _labels(on[i], themes),
            "scores": {t: round(float(p), 4) for t, p in zip(themes, proba[i])},
        }
        out.append(item)
    if explain and texts:
        thresholds = np.asarray(getattr(clf, "thresholds_", np.full(len(themes), 0.5)), dtype=float)
        parts = _parts(clf, texts)
        for i, (item, why) in enumerate(zip(out, clf.explain(texts))):
            item["explain"] = {
                t: {
                    **{name: round(float(values[i, j]), 4) for name, values in parts.items()},
                    "combined": item["scores"][t],
                    "threshold": round(float(thresholds[j]), 4),
                    "on": bool(on[i, j]),
                    "reasons": why[t],
                }
                for j, t in enumerate(themes)
            }
    return out


def _parts(clf, texts: list[str]) -> dict[str, np.ndarray]:
    """Per part of the method (``supervised``, ``lexicon``, ``char``), its score per text and theme; zero
    for texts without Chinese characters, as their combined score."""
    prepared = [prepare(t) for t in texts]
    usable = [i for i, t in enumerate(prepared) if has_chinese(t)]
    if not hasattr(clf, "parts"):
        return {}
    found = clf.parts([prepared[i] for i in usable], prepared=True) if usable else {}
    out = {}
    for name, values in found.items():
        if name == "combined":
            continue
        full = np.zeros((len(texts), len(clf.themes_)))
        full[usable] = values
        out[name] = full
    return out


def score_sections(sections: pd.DataFrame, method: str | None = None, **kwargs) -> pd.DataFrame:
    """Add ``labels`` and one ``score_<theme>`` column to section rows (heading and text are read)."""
    out = sections.copy()  # pandas 3 copies lazily: the concat below reads it unchanged
    clf = get_classifier(method, kwargs.get("annotations"), kwargs.get("model"))
    themes = list(clf.themes_)
    if out.empty:
        out["labels"] = pd.Series([], dtype=object)
        for t in themes:
            out[f"score_{t}"] = pd.Series([], dtype=float)
        return out
    proba, on = _predict(clf, _section_texts(out))
    added = {"labels": pd.Series([_labels(row, themes) for row in on], index=out.index, dtype=object)}
    added.update({f"score_{t}": proba[:, j] for j, t in enumerate(themes)})
    if out.columns.isin(list(added)).any():  # scored before: replace the columns where they stand
        for name, values in added.items():
            out[name] = values
        return out
    # one concat instead of a column insert per theme: a fifth of the time outside the model
    return pd.concat([out, pd.DataFrame(added, index=out.index)], axis=1)


def _section_texts(sections: pd.DataFrame) -> list[str]:
    """Heading, line break and text per row, stripped (missing parts empty). Python strings are
    ~3x faster here than pandas string arithmetic, and strip the same white space."""

    def plain(value) -> str:
        return value if isinstance(value, str) else "" if value is None or pd.isna(value) else str(value)

    texts = sections["text"].tolist()
    headings = sections["heading"].tolist() if "heading" in sections else [""] * len(texts)
    return [(plain(h) + "\n" + plain(t)).strip() for h, t in zip(headings, texts)]


def theme_profile(sections: pd.DataFrame, method: str | None = None, **kwargs) -> pd.DataFrame:
    """Per doc_id, the share of its characters in each theme and 其他, from the finest units.

    Units are paragraphs of sections (``sections.finest_units``); a unit that is a whole row keeps
    the row's labels, the others are classified; the shares are ``sections.profile.theme_shares``.
    """
    units, tax_names = labelled_units(sections, method, **kwargs)
    return theme_shares(((u["doc_id"], u["n_chars"], u["labels"]) for u in units), tax_names)


def labelled_units(sections: pd.DataFrame, method: str | None = None, **kwargs) -> tuple[list[dict], list[str]]:
    """The paragraph units of SECTIONS (``sections.finest_units``), each with its labels, and the themes.

    A unit that is a whole row keeps the row's labels; the others are classified on their own."""
    tax_names = list(get_classifier(method, kwargs.get("annotations"), kwargs.get("model")).themes_)
    units = finest_units(sections)
    todo = [i for i, u in enumerate(units) if not has_labels(u.get("labels")) or not u.get("whole_row")]
    if todo:
        labelled = classify([units[i]["text"] for i in todo], method=method, **kwargs)
        for i, res in zip(todo, labelled):
            units[i]["labels"] = res["labels"]
    return units, tax_names
