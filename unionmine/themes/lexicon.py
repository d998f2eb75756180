"""A transparent scorer: weighted seed terms of the taxonomy, counted in the text.

Per theme, each seed term found adds its weight (strong 1.0, weak 0.4), dampened for
repeats (1 + log count) and for length (long sections mention many things in passing);
phrases listed under ``exclude`` are blanked first, so 劳动竞赛 does not count as sport.
Where found terms overlap, the longest wins (工会法律援助 is 法律援助, not 工会法); a term may
hold gaps (``关心…职工`` finds 关心退休职工: up to ``taxonomy.GAP_MAX`` characters of one clause);
a theme's ``pair`` rules add evidence when two kinds of words stand close together (教代会
deciding performance-pay rules is also 维权).
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

from ..text.sentences import SENTENCE_MARKS, SENTENCE_RUNS
from ._matching import (  # noqa: F401 - tests reach them here
    _GAP_PATTERN,
    _alternation,
    _find_terms,
    _longest,
    _matcher,
    _pair_pattern,
    _trie_pattern,
)
from ._text import as_label_matrix, prepare, tune_thresholds
from .taxonomy import STRONG_WEIGHT, Context, Taxonomy, Theme, load_taxonomy

_SENTENCE = SENTENCE_RUNS  # a sentence ends at text.sentences.SENTENCE_MARKS or a line break
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


def _pair_hits(text: str, theme: Theme, context: Context) -> dict[str, float]:
    """Contribution of each of the theme's pairs found in (exclude-blanked) text: counted like a
    term (weight, times the strongest place of its finds, times 1 + log count), a find standing
    in the sentence where it starts. Never spans a line break, so never two texts of a batch."""
    out: dict[str, float] = {}
    starts = None
    for pair in theme.pairs:
        found = [m.start() for m in _pair_pattern(pair).finditer(text)]
        if not found:
            continue
        if starts is None:
            sentences = list(_SENTENCE.finditer(text))
            starts = [m.start() for m in sentences]
        against = _alternation(theme.against)
        slogan = _alternation(context.slogan)
        best = 0.0
        for at in found:
            k = max(0, bisect_right(starts, at) - 1)
            sentence = sentences[k].group() if sentences else ""
            has_slogan = slogan is not None and slogan.search(sentence) is not None
            best = max(best, _weight(sentence, has_slogan, against, context, k == 0, len(text)))
        out[pair.name] = pair.weight * best * (1.0 + math.log(len(found)))
    return out


# a sentence ends at these marks or a line break; a heading is a short numbered first sentence


def _slow_term_hits(text: str, theme: Theme, context: Context) -> dict[str, float]:
    """The reference: terms counted sentence by sentence (used when a term could span sentences)."""
    weights = theme.weighted_terms()
    terms = tuple(weights)
    excl = _alternation(theme.exclude)
    if excl is not None:
        text = excl.sub(lambda m: "\x00" * len(m.group()), text)
    counts: dict[str, int] = {}
    best: dict[str, float] = {}
    for sentence, place in _sentence_weights(text, theme, context):
        for _, term in _find_terms(sentence, terms):
            counts[term] = counts.get(term, 0) + 1
            best[term] = max(best.get(term, 0.0), place)
    hits = {t: weights[t] * best[t] * (1.0 + math.log(c)) for t, c in counts.items()}
    hits.update(_pair_hits(text, theme, context))
    return hits


_BREAKS = frozenset(SENTENCE_MARKS + "\n")  # what ends a SENTENCE_RUNS run


@lru_cache(maxsize=64)
def _inside_sentences(terms: tuple[str, ...]) -> bool:
    """True if no term can span two sentences, nor erase a sentence's end when it is an exclude
    phrase blanked out (none is empty or holds a sentence break)."""
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
    if not terms or not text:
        return {}
    if not _inside_sentences(terms) or not _inside_sentences(theme.exclude):
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
    for at, term in _find_terms(text, terms):
        k = bisect_right(starts, at) - 1
        place = places.get(k)
        if place is None:
            place = places[k] = _place(text, k, sentences, theme, context, same_text)
        counts[term] = counts.get(term, 0) + 1
        best[term] = max(best.get(term, 0.0), place)
    hits = {t: weights[t] * best[t] * (1.0 + math.log(c)) for t, c in counts.items()}
    hits.update(_pair_hits(text, theme, context))
    return hits


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
    """A theme's terms, then its pairs, numbered: name -> number, and per number its weight and
    whether it is strong."""
    weights = theme.hit_weights()
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
    if not terms:
        return _from_dicts([], theme)
    if not _inside_sentences(terms) or not _inside_sentences(theme.exclude):
        return _from_dicts([_term_hits(text, theme, context) for text in batch.texts], theme)
    text = batch.joined
    excl = _alternation(theme.exclude)
    if excl is not None:
        text = excl.sub(lambda m: "\x00" * len(m.group()), text)
    found = _find_terms(text, terms)
    paired = _batch_pairs(batch, text, theme, context)
    if not found:
        return _with_pairs(_from_dicts([], theme), paired, theme) if paired else _from_dicts([], theme)
    number, weight, strong = _term_table(theme)
    at = np.fromiter((f[0] for f in found), dtype=np.int64, count=len(found))
    term_of = np.fromiter((number[f[1]] for f in found), dtype=np.int64, count=len(found))
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
    found_terms = Contributions(pairs // len(terms), term, weight[term] * best * repeats, strong[term])
    return _with_pairs(found_terms, paired, theme) if paired else found_terms


def _batch_pairs(batch: _Batch, blanked: str, theme: Theme, context: Context) -> dict[int, dict[str, float]]:
    """Per text of the batch with a pair find, ``_pair_hits`` of its (blanked) text. A pair never
    spans a line break, so a find in the joined text lies in one text."""
    if not theme.pairs:
        return {}
    starts = np.array(batch.text_starts, dtype=np.int64)
    texts = sorted({int(np.searchsorted(starts, m.start(), side="right") - 1)
                    for pair in theme.pairs for m in _pair_pattern(pair).finditer(blanked)})
    out = {}
    for i in texts:
        a = batch.text_starts[i]
        hits = _pair_hits(blanked[a : a + len(batch.texts[i])], theme, context)
        if hits:
            out[i] = hits
    return out


def _with_pairs(found: Contributions, paired: dict[int, dict[str, float]], theme: Theme) -> Contributions:
    """The pairs' contributions added after each text's terms (the order ``_term_hits`` gives)."""
    number, _, strong = _term_table(theme)
    rows = [(i, number[name], value) for i, hits in sorted(paired.items()) for name, value in hits.items()]
    text = np.concatenate([found.text, np.array([r[0] for r in rows], dtype=np.int64)])
    term = np.concatenate([found.term, np.array([r[1] for r in rows], dtype=np.int64)])
    value = np.concatenate([found.value, np.array([r[2] for r in rows], dtype=np.float64)])
    order = np.argsort(text, kind="stable")
    return Contributions(text[order], term[order], value[order], strong[term[order]])


def _batch_term_hits(batch: _Batch, theme: Theme, context: Context) -> list[dict[str, float]]:
    """``_term_hits`` of theme for every text of the batch (``_batch_contributions`` as dicts)."""
    found = _batch_contributions(batch, theme, context)
    terms = list(theme.hit_weights())
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

    def fit(self, X: list[str], Y, groups=None) -> LexiconScorer:
        y = as_label_matrix(Y, self.themes_)
        self.thresholds_ = tune_thresholds(self.raw_scores(list(X)), y)
        return self

    def predict_proba(self, X: list[str], prepared: bool = False) -> np.ndarray:
        return self.raw_scores(list(X), prepared=prepared)

    def parts(self, X: list[str], prepared: bool = False) -> dict[str, np.ndarray]:
        """The one part of this method and the combined score (the same)."""
        scores = self.raw_scores(list(X), prepared=prepared)
        return {"lexicon": scores, "combined": scores}

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
