"""A transparent scorer: weighted seed terms of the taxonomy, counted in the text.

Per theme, each seed term found adds its weight (strong 1.0, weak 0.4), dampened for
repeats (1 + log count) and for length (long sections mention many things in passing);
phrases listed under ``exclude`` are blanked first, so 劳动竞赛 does not count as sport.
The sum becomes a score in [0, 1) by 1 - exp(-sum / scale) (supporting terms alone count half); thresholds are tuned per
theme on training data (default 0.5).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from ._text import as_label_matrix, prepare, tune_thresholds
from .taxonomy import STRONG_WEIGHT, Context, Taxonomy, Theme, load_taxonomy


@lru_cache(maxsize=64)
def _alternation(terms: tuple[str, ...]):
    """One regex finding the longest of the terms at the leftmost place, as ``a|b|...`` sorted
    longest first would, but written as a trie of the terms (``工(?:会|资)``): at each place
    only the branch of the next character is tried, ~1.6x faster over a theme's ~120 terms."""
    trie: dict = {}
    for term in set(terms):
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}  # a term ends here
    return re.compile(_trie_pattern(trie)) if trie else None


def _trie_pattern(node: dict) -> str:
    # The next character picks at most one branch, and the optional group tries a longer term
    # before stopping at a shorter one, so the match is the longest term starting here.
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if "" in node else pattern


# a sentence ends at these marks or a line break; a heading is a short numbered first sentence
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_NUMBERED = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十百\d]{1,3}[)）、.．:：]|[（(][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]+|亮点)")


def _sentence_weights(text: str, theme: Theme, context: Context) -> list[tuple[str, float]]:
    """Sentences of text with the weight their terms get for theme (slogans and outsiders count less)."""
    slogan = _alternation(context.slogan)
    against = _alternation(theme.against)
    out = []
    for n, m in enumerate(_SENTENCE.finditer(text)):
        sentence = m.group()
        has_slogan = slogan is not None and slogan.search(sentence) is not None
        out.append((sentence, _weight(sentence, has_slogan, against, context, n == 0, len(text))))
    return out


def _weight(sentence: str, has_slogan: bool, against, context: Context, first: bool, text_length: int) -> float:
    """The weight terms get in SENTENCE: less in a slogan or beside an 'against' cue, more in a
    heading (a short numbered first sentence). The one rule every scoring path uses."""
    weight = 1.0
    if has_slogan:
        weight *= context.slogan_weight
    if against is not None and against.search(sentence):
        weight *= context.against_weight
    if first and len(sentence) <= 40 and len(sentence) < text_length - 5 and _NUMBERED.match(sentence):
        weight *= context.heading_weight
    return weight


def _slow_term_hits(text: str, theme: Theme, context: Context) -> dict[str, float]:
    """The reference: terms counted sentence by sentence (used when a term could span sentences)."""
    weights = theme.weighted_terms()
    pattern = _alternation(tuple(weights))
    excl = _alternation(theme.exclude)
    if excl is not None:
        text = excl.sub(lambda m: "\x00" * len(m.group()), text)
    counts: dict[str, int] = {}
    best: dict[str, float] = {}
    for sentence, place in _sentence_weights(text, theme, context):
        for m in pattern.finditer(sentence):
            term = m.group()
            counts[term] = counts.get(term, 0) + 1
            best[term] = max(best.get(term, 0.0), place)
    return {t: weights[t] * best[t] * (1.0 + math.log(c)) for t, c in counts.items()}


_BREAKS = frozenset("。；;！!？?\n")


@lru_cache(maxsize=64)
def _inside_sentences(terms: tuple[str, ...]) -> bool:
    """True if no term can span two sentences (none is empty or holds a sentence break)."""
    return all(t and not _BREAKS.intersection(t) for t in terms)


class _Sentences:
    """The sentences of one text, found once and shared by every theme scored on it."""

    def __init__(self, text: str):
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _SENTENCE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self.slogan: dict[int, bool] = {}  # sentence number -> has a slogan marker (text as given)


def _place(text: str, k: int, sentences: _Sentences, theme: Theme, context: Context, same_text: bool) -> float:
    """Weight of the terms in sentence k of text, as ``_sentence_weights`` gives it."""
    sentence = text[sentences.starts[k] : sentences.ends[k]]
    slogan = _alternation(context.slogan)
    found = False
    if slogan is not None:
        found = sentences.slogan.get(k) if same_text else None
        if found is None:
            found = slogan.search(sentence) is not None
            if same_text:
                sentences.slogan[k] = found
    return _weight(sentence, found, _alternation(theme.against), context, k == 0, len(text))


def _term_hits(text: str, theme: Theme, context: Context, sentences: _Sentences | None = None) -> dict[str, float]:
    weights = theme.weighted_terms()
    terms = tuple(weights)
    pattern = _alternation(terms)
    if pattern is None or not text:
        return {}
    if not _inside_sentences(terms):
        return _slow_term_hits(text, theme, context)
    # One pass over the whole text, then each hit is placed in its sentence: the same hits as
    # sentence by sentence, since no term holds a sentence break. Blanking keeps the length,
    # and NUL is no break, so the sentences stay where they were.
    sentences = sentences if sentences is not None and sentences.text == text else _Sentences(text)
    excl = _alternation(theme.exclude)
    if excl is not None:
        text = excl.sub(lambda m: "\x00" * len(m.group()), text)
    same_text = text is sentences.text or text == sentences.text
    counts: dict[str, int] = {}
    best: dict[str, float] = {}
    places: dict[int, float] = {}
    starts = sentences.starts
    for m in pattern.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        place = places.get(k)
        if place is None:
            place = places[k] = _place(text, k, sentences, theme, context, same_text)
        term = m.group()
        counts[term] = counts.get(term, 0) + 1
        best[term] = max(best.get(term, 0.0), place)
    return {t: weights[t] * best[t] * (1.0 + math.log(c)) for t, c in counts.items()}


class _Batch:
    """Many texts joined by line breaks, and their sentences: scanned once per theme, not once per text.

    Per text and theme, the regular expressions were a fifth of the pipeline's time (most of it
    fixed costs per call). No fast-path term or exclude phrase holds a line break, so a match in
    the joined text never spans two texts, and every sentence lies inside one text.
    """

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.joined = "\n".join(texts)
        self.text_starts: list[int] = []
        at = 0
        for text in texts:
            self.text_starts.append(at)
            at += len(text) + 1
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _SENTENCE.finditer(self.joined):
            self.starts.append(m.start())
            self.ends.append(m.end())
        self.start_array = np.array(self.starts, dtype=np.int64)
        # per sentence: the text it lies in, and whether it is that text's first sentence
        text_of = np.searchsorted(np.array(self.text_starts, dtype=np.int64), self.start_array, side="right") - 1
        self.text_of: list[int] = text_of.tolist()
        self.text_array = text_of
        self.first: list[bool] = (np.diff(text_of, prepend=-1) != 0).tolist()
        self.slogan: dict[int, bool] = {}  # sentence number -> has a slogan marker (unblanked text)
        self.slogan_pattern: re.Pattern | None = None

    def place(self, text: str, k: int, against: re.Pattern | None, context: Context) -> float:
        """Weight of the terms in sentence k of the (blanked) joined text, as ``_place`` gives it
        (``against``: the theme's compiled ``against`` cues)."""
        start, end = self.starts[k], self.ends[k]
        sentence = text[start:end]
        slogan = self.slogan_pattern
        found = False
        if slogan is not None:
            unchanged = text is self.joined or sentence == self.joined[start:end]
            found = self.slogan.get(k) if unchanged else None
            if found is None:
                found = slogan.search(sentence) is not None
                if unchanged:
                    self.slogan[k] = found
        return _weight(sentence, found, against, context, self.first[k], len(self.texts[self.text_of[k]]))


@lru_cache(maxsize=64)
def _term_table(theme: Theme) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """A theme's terms numbered: term -> number, and per number its weight and whether it is strong."""
    weights = theme.weighted_terms()
    number = {term: k for k, term in enumerate(weights)}
    weight = np.array(list(weights.values()), dtype=np.float64)
    return number, weight, weight >= STRONG_WEIGHT


class Contributions(NamedTuple):
    """Per (text, term) found, in the order ``_term_hits``'s dicts hold them (texts in order, terms
    by first occurrence): the text's number, the term's number, its contribution, strong or not."""

    text: np.ndarray
    term: np.ndarray
    value: np.ndarray
    strong: np.ndarray


def _from_dicts(hits: list[dict[str, float]], theme: Theme) -> Contributions:
    number, _, strong = _term_table(theme)
    pairs = [(i, number[t], v) for i, found in enumerate(hits) for t, v in found.items()]
    text = np.array([i for i, _, _ in pairs], dtype=np.int64)
    term = np.array([k for _, k, _ in pairs], dtype=np.int64)
    return Contributions(text, term, np.array([v for _, _, v in pairs], dtype=np.float64), strong[term])


def _batch_contributions(batch: _Batch, theme: Theme, context: Context) -> Contributions:
    """What ``_term_hits`` gives for every text of the batch, from one pass over the joined text.

    Counts, strongest places and contributions are array operations over all hits at once (the
    per-hit dict updates were a third of the lexicon's time); every number is computed as there.
    """
    terms = tuple(theme.weighted_terms())
    pattern = _alternation(terms)
    if pattern is None:
        return _from_dicts([], theme)
    if not _inside_sentences(terms) or not _inside_sentences(theme.exclude):
        return _from_dicts([_term_hits(text, theme, context) for text in batch.texts], theme)
    text = batch.joined
    excl = _alternation(theme.exclude)
    if excl is not None:
        text = excl.sub(lambda m: "\x00" * len(m.group()), text)
    found = list(pattern.finditer(text))
    if not found:
        return _from_dicts([], theme)
    number, weight, strong = _term_table(theme)
    at = np.fromiter(map(re.Match.start, found), dtype=np.int64, count=len(found))
    term_of = np.fromiter(map(number.__getitem__, map(re.Match.group, found)), dtype=np.int64, count=len(found))
    sentence_of = np.searchsorted(batch.start_array, at, side="right") - 1
    batch.slogan_pattern = _alternation(context.slogan)
    against = _alternation(theme.against)
    sentences, sentence_at = np.unique(sentence_of, return_inverse=True)
    places = np.array([batch.place(text, k, against, context) for k in sentences.tolist()], dtype=np.float64)
    # one key per (text, term); hits come in text order, so the first hit of a key is the
    # term's first occurrence in its text
    keys = batch.text_array[sentence_of] * len(terms) + term_of
    pairs, first, pair_of, counts = np.unique(keys, return_index=True, return_inverse=True, return_counts=True)
    best = np.zeros(len(pairs))
    np.maximum.at(best, pair_of, places[sentence_at])  # max(0.0, place, ...) as the dicts took it
    distinct, count_at = np.unique(counts, return_inverse=True)
    repeats = np.array([1.0 + math.log(c) for c in distinct.tolist()])[count_at]  # math.log, as before
    order = np.argsort(first, kind="stable")
    pairs, best, repeats = pairs[order], best[order], repeats[order]
    term = pairs % len(terms)
    return Contributions(pairs // len(terms), term, weight[term] * best * repeats, strong[term])


def _batch_term_hits(batch: _Batch, theme: Theme, context: Context) -> list[dict[str, float]]:
    """``_term_hits`` of theme for every text of the batch (``_batch_contributions`` as dicts)."""
    found = _batch_contributions(batch, theme, context)
    terms = list(theme.weighted_terms())
    out: list[dict[str, float]] = [{} for _ in batch.texts]
    for i, k, value in zip(found.text.tolist(), found.term.tolist(), found.value.tolist()):
        out[i][terms[k]] = value
    return out


def term_hits(text: str, theme: Theme, context: Context | None = None) -> dict[str, float]:
    """Contribution of each seed term of theme found in (prepared) text.

    A term's weight is scaled by where it stands (``context``: slogans, outsiders, heading),
    taking its strongest occurrence, and repeats add ``log(count)``.
    """
    return _term_hits(text, theme, context or Context())


class LexiconScorer:
    """Score themes by seed terms of the taxonomy; fit only tunes the thresholds."""

    def __init__(self, taxonomy: str | None = None, scale: float = 1.0, length_unit: int = 200):
        self.taxonomy = taxonomy
        self.scale = scale
        self.length_unit = length_unit

    def _tax(self) -> Taxonomy:
        return load_taxonomy(self.taxonomy)

    @property
    def themes_(self) -> list[str]:
        return self._tax().names

    def raw_scores(self, X: list[str], prepared: bool = False) -> np.ndarray:
        """Scores in [0, 1) per text and theme, before thresholds."""
        tax = self._tax()
        texts = list(X) if prepared else [prepare(text) for text in X]
        out = np.zeros((len(texts), len(tax.themes)))
        damps = [math.sqrt(max(1.0, len(text) / self.length_unit)) for text in texts]
        batch = _Batch(texts)
        for j, theme in enumerate(tax.themes):
            found = _batch_contributions(batch, theme, tax.context)
            if not len(found.text):
                continue  # no term: every score stays 0.0 (1 - exp(-0.0))
            values = found.value.tolist()
            strong_values = np.where(found.strong, found.value, 0.0).tolist()  # adding 0.0 changes no sum
            bounds = np.flatnonzero(np.diff(found.text)) + 1
            starts = [0, *bounds.tolist()]
            ends = [*bounds.tolist(), len(values)]
            for i, a, b in zip(found.text[starts].tolist(), starts, ends):
                # summed in Python, in the order the terms were found, as the per-text dicts were
                strong = sum(strong_values[a:b])
                weak = sum(values[a:b]) - strong
                # supporting terms count fully only beside a term that shows the theme
                total = (strong + (weak if strong else weak / 2)) / damps[i]
                out[i, j] = 1.0 - math.exp(-total / self.scale)
        return out

    def fit(self, X: list[str], Y) -> LexiconScorer:
        y = as_label_matrix(Y, self.themes_)
        self.thresholds_ = tune_thresholds(self.raw_scores(list(X)), y)
        return self

    def predict_proba(self, X: list[str], prepared: bool = False) -> np.ndarray:
        return self.raw_scores(list(X), prepared=prepared)

    def predict(self, X: list[str]) -> np.ndarray:
        thresholds = getattr(self, "thresholds_", np.full(len(self.themes_), 0.5))
        return (self.predict_proba(X) >= thresholds).astype(int)

    def explain(self, X: list[str], top: int = 5) -> list[dict[str, list]]:
        """Per text and theme, the seed terms found and their contribution."""
        tax = self._tax()
        out = []
        for text in X:
            text = prepare(text)
            row = {}
            sentences = _Sentences(text)
            for theme in tax.themes:
                hits = sorted(_term_hits(text, theme, tax.context, sentences).items(), key=lambda kv: (-kv[1], kv[0]))
                row[theme.name] = [[t, round(w, 3)] for t, w in hits[:top]]
            out.append(row)
        return out
