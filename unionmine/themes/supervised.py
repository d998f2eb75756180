"""The supervised theme model: TF-IDF over words and character n-grams, plus lexicon scores.

One logistic regression per theme (multi-label); thresholds are tuned per theme on
cross-validated predictions over the training data only (grouped by document when ``fit`` gets
``groups``). With ``use_lexicon=True`` the taxonomy's lexicon scores are extra features, so
wording unseen in training still counts. With ``stack=True`` the supervised probability and the
lexicon score are each calibrated per theme (a one-variable logistic regression fitted on the
cross-validated scores of the training rows) and combined by noisy-OR: either part can carry a
theme when it is confident, unlike an average with a threshold, which needs both. ``realcal`` may set
``joint_coef_``/``joint_intercept_`` (a regression over both parts, fitted on real documents) in its place,
and with it ``hashed_part_``: a part fitted on real rows (``themes.charpart``, or ``themes.hashed``), whose log-odds
are then the regression's third input.
Follows the scikit-learn contract: ``__init__`` stores parameters, ``fit`` returns self,
learned attributes end in ``_``, the tokenizer is a parameter.

``save`` writes JSON (vocabularies, idf weights, coefficients, thresholds): safe to load,
small, diffable. No pickle is involved, so loading a model file never runs code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from ..errors import UsageError
from ..text.tokenize import tokenize as default_tokenize
from ._calibration import _folds, _logit, calibration_rows, noisy_or, sigmoid, stack_inputs  # noqa: F401 - tests reach _folds here
from ._model_file import load_model, save_model
from ._text import as_label_matrix, prepare, tune_thresholds
from .features import (
    char_counts,
    char_vocabulary_index,
    tfidf,
    tokenizable_vocabulary,
    word_counts,
)
from .intro import congress_business, drops, introductions
from .lexicon import LexiconScorer
from .taxonomy import load_taxonomy


def __getattr__(name: str):
    """``CharTfidf`` subclasses scikit-learn's vectorizer: imported only when asked for (fitting)."""
    if name == "CharTfidf":
        from ._char_tfidf import CharTfidf  # deferred: scikit-learn's vectoriser

        return CharTfidf
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ThemeClassifier:
    """Multi-label theme classifier with per-theme probabilities and thresholds."""

    def __init__(
        self,
        taxonomy: str | None = None,
        tokenizer: Callable[[str], list[str]] | None = None,
        use_lexicon: bool = True,
        lexicon_weight: float = 2.0,
        char_ngram_range: tuple[int, int] = (2, 3),
        C: float = 4.0,
        cv: int = 5,
        random_state: int = 0,
        blend: float | tuple[float, ...] = 0.0,
        stack: bool = False,
        stack_C: float = 1.0,
        calibrate_exclude: tuple[str, ...] = (),
    ):
        self.taxonomy = taxonomy
        self.tokenizer = tokenizer
        self.use_lexicon = use_lexicon
        self.lexicon_weight = lexicon_weight
        self.char_ngram_range = char_ngram_range
        self.C = C
        self.cv = cv
        self.random_state = random_state
        self.blend = blend
        self.stack = stack
        self.stack_C = stack_C
        self.calibrate_exclude = tuple(calibrate_exclude)

    # -- features ---------------------------------------------------------------
    def _new_vectorizers(self):
        from sklearn.feature_extraction.text import TfidfVectorizer

        from ._char_tfidf import CharTfidf  # deferred: scikit-learn's vectoriser

        words = TfidfVectorizer(
            analyzer=self.tokenizer or default_tokenize, sublinear_tf=True, min_df=1, dtype=np.float64
        )
        chars = CharTfidf(
            analyzer="char", ngram_range=tuple(self.char_ngram_range), sublinear_tf=True, min_df=2,
            dtype=np.float64,
        )
        return words, chars

    def _lexicon(self, texts: list[str]) -> np.ndarray:
        return LexiconScorer(self.taxonomy).raw_scores(texts, prepared=True) * self.lexicon_weight

    def _features(self, texts: list[str], words, chars, fit: bool = False):
        blocks = [
            words.fit_transform(texts) if fit else words.transform(texts),
            chars.fit_transform(texts) if fit else chars.transform(texts),
        ]
        if self.use_lexicon:
            blocks.append(sp.csr_matrix(self._lexicon(texts)))
        return sp.hstack(blocks, format="csr")

    def _blend_weights(self, n_themes: int) -> np.ndarray:
        b = np.asarray(self.blend, dtype=float).reshape(-1)
        if b.size == 0 or ((b < 0) | (b > 1)).any():
            raise UsageError(f"blend must be a share between 0 and 1 (one, or one per theme), not {self.blend!r}")
        # one share for all themes; per-theme shares that do not fit the taxonomy: their mean
        return np.full(n_themes, b[0] if b.size == 1 else b.mean()) if b.size != n_themes else b

    def _uses_lexicon_score(self) -> bool:
        """True when the lexicon score is a second part beside the supervised probability."""
        return bool(self.stack) or bool(self._blend_weights(1).any())

    def _combine(self, proba: np.ndarray, lex: np.ndarray | None, stacker=None, hashed: np.ndarray | None = None) -> np.ndarray:
        """The combined probability from the supervised part and the lexicon score (and, with the
        real-document calibration, the hashed part's log-odds ``hashed``).

        ``stack``: the stacker's logistic model per theme; else the lexicon's share ``blend``
        averaged in (no share: the supervised probability alone)."""
        if lex is None:
            return proba
        if self.stack:
            if stacker is None and getattr(self, "joint_coef_", None) is not None:
                # the decision fitted on labelled real documents (themes.realcal), every part at once
                inputs = stack_inputs(proba, lex)
                if self.joint_coef_.shape[1] == 3:
                    inputs = np.concatenate([inputs, hashed[..., None]], axis=-1)
                return sigmoid((inputs * self.joint_coef_).sum(axis=-1) + self.joint_intercept_)
            coef, intercept = stacker if stacker is not None else (self.stack_coef_, self.stack_intercept_)
            return noisy_or(sigmoid(stack_inputs(proba, lex) * coef + intercept))
        b = self._blend_weights(proba.shape[1])
        return (1.0 - b) * proba + b * lex

    def _lexicon_part(self, texts: list[str]) -> np.ndarray | None:
        if not self._uses_lexicon_score() or not len(texts):
            return None
        return LexiconScorer(self.taxonomy).raw_scores(texts, prepared=True)

    def _hashed_part(self, texts: list[str]) -> np.ndarray | None:
        """The third part's log-odds (``themes.charpart`` or ``themes.hashed``) when the real-document calibration reads it."""
        joint = getattr(self, "joint_coef_", None)
        part = getattr(self, "hashed_part_", None)
        if not self.stack or joint is None or joint.shape[1] != 3 or not len(texts):
            return None
        if part is None:
            raise UsageError("this model's calibration reads a third part (char or hashed), which it does not hold")
        return part.decision(texts, prepared=True)

    def _mix(self, proba: np.ndarray, texts: list[str]) -> np.ndarray:
        return self._context_rules(self._combine(proba, self._lexicon_part(texts), hashed=self._hashed_part(texts)), texts)

    def _context_rules(self, combined: np.ndarray, texts: list[str]) -> np.ndarray:
        """With the real-document calibration (the shipped default), a section that only opens a report scores 0
        for every theme (``themes.intro``: the codebook's introductions, ruling R12); a section given 民主管理 whose
        congress adopts a rule on pay or appraisal scores 维权 at least at its threshold (the 教代会 rule); a section
        of a kind that never holds a theme (``[[context.drop]]``: aid outside the union, the union's own congress)
        scores 0 for it."""
        if not self.stack or getattr(self, "joint_coef_", None) is None:
            return combined
        context = load_taxonomy(self.taxonomy).context
        found = introductions(texts, context)
        business = congress_business(texts, context)  # (none without the taxonomy's patterns)
        kinds = [(self.themes_.index(theme), where) for theme, where in drops(texts, context) if where.any()]
        if not found.any() and not business.any() and not kinds:
            return combined
        combined = combined.copy()
        combined[found] = 0.0
        if business.any():
            given, adds = (self.themes_.index(t) for t in context.congress_business_adds)
            lift = business & (combined[:, given] >= self.thresholds_[given])
            combined[lift, adds] = np.maximum(combined[lift, adds], self.thresholds_[adds])
        for j, where in kinds:  # a kind of section that never holds the theme (round 31)
            combined[where, j] = 0.0
        return combined

    def _fit_stacker(self, features: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per theme and part, a calibration ``sigmoid(slope * input + intercept)`` (Platt scaling):
        slopes and intercepts of shape (themes, 2), parts in the order of ``stack_inputs``."""
        from sklearn.linear_model import LogisticRegression

        coef = np.zeros((y.shape[1], 2))
        intercept = np.full((y.shape[1], 2), -10.0)  # a theme never seen in training never fires
        for j in range(y.shape[1]):
            if 0 < y[:, j].sum() < len(y):
                for k in range(2):
                    model = LogisticRegression(C=self.stack_C, solver="lbfgs").fit(features[:, j, k : k + 1], y[:, j])
                    coef[j, k], intercept[j, k] = model.coef_[0, 0], model.intercept_[0]
            elif y[:, j].sum() == len(y):
                intercept[j] = 10.0
        return coef, intercept

    def _fit_core(self, texts: list[str], y: np.ndarray):
        from sklearn.linear_model import LogisticRegression

        words, chars = self._new_vectorizers()
        X = self._features(texts, words, chars, fit=True)
        coef = np.zeros((y.shape[1], X.shape[1]))
        intercept = np.full(y.shape[1], -10.0)  # a theme never seen in training never fires
        for j in range(y.shape[1]):
            if 0 < y[:, j].sum() < len(y):
                model = LogisticRegression(
                    C=self.C, class_weight="balanced", solver="liblinear", random_state=self.random_state
                )
                model.fit(X, y[:, j])
                coef[j], intercept[j] = model.coef_[0], model.intercept_[0]
            elif y[:, j].sum() == len(y):
                intercept[j] = 10.0
        return words, chars, coef, intercept

    # -- estimator API ----------------------------------------------------------
    def fit(self, X: list[str], Y, groups=None) -> ThemeClassifier:
        """Learn from texts X and labels Y (label lists or a binary matrix over the themes).

        ``groups`` (optional, one per text: the document it comes from) makes the internal
        cross-validation that sets the thresholds and the stacker grouped, so that a document's
        other sections never vouch for it."""
        self.themes_ = load_taxonomy(self.taxonomy).names
        self.joint_coef_ = self.joint_intercept_ = self.hashed_part_ = None  # a fit decides with its own calibrations
        texts = [prepare(t) for t in X]
        y = as_label_matrix(Y, self.themes_)
        if len(texts) != len(y):
            raise UsageError(f"{len(texts)} texts but {len(y)} label rows")
        if len(texts) < 2:
            raise UsageError("need at least two annotated texts to train the theme model")
        if groups is not None:
            groups = [str(g) for g in groups]
            if len(groups) != len(texts):
                raise UsageError(f"{len(texts)} texts but {len(groups)} groups")
        order = sorted(range(len(texts)), key=lambda i: (texts[i], tuple(y[i]), groups[i] if groups else ""))
        texts, y = [texts[i] for i in order], y[order]  # input order never matters
        groups = [groups[i] for i in order] if groups is not None else None
        self.thresholds_ = self._cv_thresholds(texts, y, groups)
        words, chars, self.coef_, self.intercept_ = self._fit_core(texts, y)
        self.word_vocabulary_ = {k: int(v) for k, v in words.vocabulary_.items()}
        self.word_idf_ = words.idf_.tolist()
        self.char_vocabulary_ = {k: int(v) for k, v in chars.vocabulary_.items()}
        self.char_idf_ = chars.idf_.tolist()
        self._vectorizers = (words, chars)
        return self

    def _cv_thresholds(self, texts: list[str], y: np.ndarray, groups=None) -> np.ndarray:
        """Thresholds (and, with ``stack``, the stacker) from cross-validated probabilities of the training rows."""
        folds = _folds(len(texts), self.cv, groups, self.random_state)
        if not folds:
            if self.stack:  # too few rows to calibrate: each part as it is (slope 1 on log-odds)
                self.stack_coef_ = np.tile([1.0, 4.0], (y.shape[1], 1))
                self.stack_intercept_ = np.tile([0.0, -2.0], (y.shape[1], 1))
            return np.full(y.shape[1], 0.5)
        proba = np.zeros(y.shape, dtype=float)
        for train, test in folds:
            words, chars, coef, intercept = self._fit_core([texts[i] for i in train], y[train])
            Xt = self._features([texts[i] for i in test], words, chars)
            proba[test] = sigmoid(Xt @ coef.T + intercept)
        lex = self._lexicon_part(texts)
        keep = calibration_rows(self.calibrate_exclude, groups, y)
        if keep is not None:  # calibrate on the rows kept only; every row trained the weights above
            proba, lex, y = proba[keep], (None if lex is None else lex[keep]), y[keep]
            groups = [groups[i] for i in keep]
            folds = _folds(len(y), self.cv, groups, self.random_state)
        if not self.stack:
            return tune_thresholds(self._combine(proba, lex), y)
        # The calibrations learn from the out-of-fold probabilities; the thresholds come from their
        # own out-of-fold predictions over the same folds, so no row sets the threshold it is judged by.
        features = stack_inputs(proba, lex)
        self.stack_coef_, self.stack_intercept_ = self._fit_stacker(features, y)
        stacked = np.zeros(y.shape, dtype=float)
        for train, test in folds:
            coef, intercept = self._fit_stacker(features[train], y[train])
            stacked[test] = self._combine(proba[test], lex[test], (coef, intercept))
        return tune_thresholds(stacked, y)

    def _check(self) -> None:
        if not hasattr(self, "coef_"):
            raise UsageError("the theme model is not trained yet: call fit() or load() first")

    def _get_vectorizers(self):
        if getattr(self, "_vectorizers", None) is None:
            words, chars = self._new_vectorizers()
            words.vocabulary_, words.idf_ = self.word_vocabulary_, np.asarray(self.word_idf_)
            chars.vocabulary_, chars.idf_ = self.char_vocabulary_, np.asarray(self.char_idf_)
            self._vectorizers = (words, chars)
        return self._vectorizers

    def _prediction_tables(self):
        """Vocabularies and idf weights as ``features`` uses them, built once per fitted model."""
        fitted = (self.word_vocabulary_, self.word_idf_, self.char_vocabulary_, self.char_idf_)
        cached = getattr(self, "_tables", None)
        if cached is None or any(a is not b for a, b in zip(cached[0], fitted)):
            keys, cols = char_vocabulary_index(self.char_vocabulary_)
            tables = (
                tokenizable_vocabulary(self.word_vocabulary_), np.asarray(self.word_idf_, dtype=np.float64),
                keys, cols, np.asarray(self.char_idf_, dtype=np.float64),
            )
            self._tables = cached = (fitted, tables)
        return cached[1]

    def _numpy_features(self) -> bool:
        """True when ``features`` computes what the fitted vectorizers would (default tokenizer, n-grams up to 3)."""
        lo, hi = self.char_ngram_range
        return self.tokenizer in (None, default_tokenize) and 1 <= lo <= hi <= 3

    def _transform(self, X: list[str], prepared: bool = False):
        texts = X if prepared else [prepare(t) for t in X]
        if not self._numpy_features():
            words, chars = self._get_vectorizers()
            return self._features(texts, words, chars)
        word_vocabulary, word_idf, char_keys, char_cols, char_idf = self._prediction_tables()
        blocks = [
            tfidf(word_counts(texts, word_vocabulary, len(self.word_vocabulary_)), word_idf),
            tfidf(char_counts(texts, char_keys, char_cols, len(self.char_vocabulary_), self.char_ngram_range), char_idf),
        ]
        if self.use_lexicon:
            blocks.append(sp.csr_matrix(self._lexicon(texts)))
        return sp.hstack(blocks, format="csr")

    def predict_proba(self, X: list[str], prepared: bool = False) -> np.ndarray:
        """Probability per text and theme (columns in ``themes_`` order); ``prepared``: X went through ``prepare``."""
        self._check()
        X = list(X)
        if not X:
            return np.zeros((0, len(self.themes_)))
        texts = X if prepared else [prepare(t) for t in X]
        return self._mix(self._supervised(texts), texts)

    def _supervised(self, texts: list[str]) -> np.ndarray:
        return sigmoid(self._transform(texts, prepared=True) @ self.coef_.T + self.intercept_)

    def parts(self, X: list[str], prepared: bool = False) -> dict[str, np.ndarray]:
        """Per text and theme, the score of each part and the combined score the thresholds judge:
        ``supervised``, ``lexicon`` (when it is a part of the combination) and ``combined``."""
        self._check()
        texts = list(X) if prepared else [prepare(t) for t in X]
        if not texts:
            empty = np.zeros((0, len(self.themes_)))
            return {"supervised": empty, "combined": empty}
        proba = self._supervised(texts)
        lex = self._lexicon_part(texts)
        hashed = self._hashed_part(texts)
        out = {"supervised": proba}
        if lex is not None:
            out["lexicon"] = lex
        if hashed is not None:
            # as a probability, like the supervised part; named after the part (char or hashed)
            out["char" if type(self.hashed_part_).__name__ == "CharPart" else "hashed"] = sigmoid(hashed)
        out["combined"] = self._context_rules(self._combine(proba, lex, hashed=hashed), texts)
        return out

    def predict(self, X: list[str]) -> np.ndarray:
        return (self.predict_proba(X) >= self.thresholds_).astype(int)

    def explain(self, X: list[str], top: int = 5) -> list[dict[str, list]]:
        """Per text and theme, readable reasons: seed terms found, then the words that pushed most.

        Character n-grams also feed the score but are left out: a bare 2-gram explains nothing.
        With the lexicon, its terms come first (weight = their share of the lexicon feature's push).
        """
        self._check()
        X = list(X)
        features = self._transform(X)
        n_words = len(self.word_vocabulary_)
        words = [""] * n_words
        for w, k in self.word_vocabulary_.items():
            words[k] = w
        # how much the lexicon score pushes each theme besides the lexicon features: its share in a
        # blend, or the slope of its calibration
        joint = getattr(self, "joint_coef_", None)
        shares = ((joint if joint is not None else self.stack_coef_)[:, 1] > 0).astype(float) if self.stack \
            else self._blend_weights(len(self.themes_))
        lex = LexiconScorer(self.taxonomy).explain(X, top=top) if self.use_lexicon or shares.any() else None
        out = []
        for i in range(features.shape[0]):
            row = features.getrow(i)
            row_out = {}
            for j, theme in enumerate(self.themes_):
                reasons: list[list] = []
                if lex is not None:
                    push = float(self.coef_[j, -len(self.themes_) + j]) * self.lexicon_weight if self.use_lexicon else 0.0
                    push = max(push, 0.0) + float(shares[j])  # a blended lexicon score also pushes
                    if push > 0:
                        reasons += [[t, round(w * push, 3)] for t, w in lex[i][theme]]
                seen = {t for t, _ in reasons}
                contrib = [
                    (words[k], float(v * self.coef_[j, k]))
                    for k, v in zip(row.indices, row.data)
                    if k < n_words and v * self.coef_[j, k] > 0 and words[k] not in seen
                ]
                contrib.sort(key=lambda kv: (-kv[1], kv[0]))
                reasons += [[w, round(c, 3)] for w, c in contrib[: max(0, top - len(reasons)) or 2]]
                row_out[theme] = reasons
            out.append(row_out)
        return out

    # -- persistence ------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the trained model as JSON (safe to load: no code is run)."""
        self._check()
        return save_model(self, path)

    @classmethod
    def load(cls, path: str | Path) -> ThemeClassifier:
        """Read a model written by ``save``."""
        return load_model(cls, path)
