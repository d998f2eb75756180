"""Term counts with the shared tokenizer (per-token decisions looked up) equal the plain counts."""

from __future__ import annotations

from conftest import SEEDS
from fast_paths import GENRE, RAW, SETTINGS
from hypothesis import given
from hypothesis import strategies as st

from unionmine.stats import terms
from unionmine.text.tokenize import shared_cuts, tokenize


def _plain(texts):
    return terms.term_counts(texts, lambda text: tokenize(text))  # not the shared tokenizer: the plain loop


def _same(got, want):
    assert got == want
    assert [list(c) for c in got] == [list(c) for c in want]  # the same order of terms too


def test_same_term_counts_on_the_seeds():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [line for t in texts for line in t.split("\n")][:500] + ["", " 工会 ", "AB ab", "的的的"]
    want = _plain(texts)
    assert sum(map(len, want)) > 1000
    _same(terms.term_counts(texts, tokenize), want)
    with shared_cuts():
        _same(terms.term_counts(texts, tokenize), want)


@SETTINGS
@given(st.lists(st.one_of(GENRE, RAW), max_size=5))
def test_same_term_counts(texts):
    texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]
    _same(terms.term_counts(texts, tokenize), _plain(texts))
