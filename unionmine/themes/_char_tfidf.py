"""scikit-learn's character n-gram TF-IDF, for fitting (imported only when a model is trained)."""

from __future__ import annotations

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .features import char_counts, char_vocabulary_index


class CharTfidf(TfidfVectorizer):
    """scikit-learn's character n-gram TF-IDF whose ``transform`` counts n-grams with numpy.

    Counting character n-grams one Python string at a time was a fifth of the pipeline's time;
    here every n-gram of up to 3 characters becomes one integer and is looked up in the sorted
    keys of the fitted vocabulary (``features.char_counts``). The numbers are the same as
    sklearn's (fitting is sklearn's); settings the fast path does not cover fall back to sklearn.
    """

    def _fast(self, docs) -> bool:
        return (
            self.analyzer == "char" and self.input == "content" and self.preprocessor is None
            and self.strip_accents is None and 1 <= self.ngram_range[0] <= self.ngram_range[1] <= 3
            and all(isinstance(d, str) for d in docs)
        )

    def _vocabulary_index(self):
        vocabulary = self.vocabulary_
        cached = getattr(self, "_keys_for", None)
        if cached is None or cached[0] is not vocabulary:
            self._keys_for = (vocabulary, *char_vocabulary_index(vocabulary))
        return self._keys_for[1], self._keys_for[2]

    def transform(self, raw_documents):
        if isinstance(raw_documents, str):
            return super().transform(raw_documents)  # sklearn's error for a lone string
        docs = list(raw_documents)
        if not self._fast(docs):
            return super().transform(docs)
        check_is_fitted(self, msg="The TF-IDF vectorizer is not fitted")
        keys, cols = self._vocabulary_index()
        X = char_counts(docs, keys, cols, len(self.vocabulary_), self.ngram_range, self.lowercase)
        return self._tfidf.transform(X.astype(self.dtype, copy=False), copy=False)
