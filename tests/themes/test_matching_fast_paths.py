"""The lexicon's term finder by an Aho-Corasick automaton gives exactly the finds of the look-ahead
trie regex it replaces (`_matching._find_terms(..., fast=False)`, the reference)."""

from __future__ import annotations

import random

import pytest
from conftest import SEEDS
from fast_paths import GENRE, PIECES, SETTINGS, _seed_paragraphs
from hypothesis import given
from hypothesis import strategies as st

from unionmine.themes import _matching
from unionmine.themes._text import prepare
from unionmine.themes.taxonomy import GAP, load_taxonomy


def _term_lists() -> list[tuple[str, ...]]:
    """Every term list the lexicon looks for: each theme's weighted terms, excludes, against cues,
    the slogans, and each pair's two sides."""
    tax = load_taxonomy()
    lists = [tax.context.slogan]
    for theme in tax.themes:
        lists += [tuple(theme.weighted_terms()), theme.exclude, theme.against]
        for pair in theme.pairs:
            lists += [pair.first, pair.second]
    return [terms for terms in lists if terms]


def _agree(text: str, lists=None) -> int:
    found = 0
    for terms in lists or _term_lists():
        fast = _matching._find_terms(text, terms)
        assert fast == _matching._find_terms(text, terms, fast=False)
        assert _matching._longest_at_each_start(text, terms) == _matching._regex_longest_at_each_start(text, terms)
        found += len(fast)
    return found


def test_the_automaton_is_used_when_installed():
    pytest.importorskip("ahocorasick")
    terms = tuple(load_taxonomy().themes[0].weighted_terms())
    assert _matching._automaton(terms) is not None
    assert _matching._automaton(("关心" + GAP + "职工",)) is None  # gapped terms stay regexes


def test_same_finds_on_the_seed_articles_and_paragraphs():
    texts = [prepare(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SEEDS.glob("*.txt"))]
    assert _agree("\n".join(texts)) > 1000  # a test that finds nothing proves nothing
    for text in texts + _seed_paragraphs():
        _agree(text)


def test_same_finds_on_texts_packed_with_overlapping_terms():
    """Random runs of the terms themselves, cut and glued: many overlapping and nested finds."""
    rng = random.Random(7)
    lists = _term_lists()
    words = sorted({part for terms in lists for t in terms for part in t.split(GAP)})
    for _ in range(300):
        pieces = []
        for _ in range(rng.randint(1, 25)):
            word = rng.choice(words)
            cut = rng.randint(0, len(word))
            pieces.append(rng.choice([word, word[:cut], word[cut:], rng.choice(PIECES), "退休"]))
        _agree("".join(pieces), lists)


def test_same_finds_for_nested_and_shared_prefix_terms():
    terms = ("工会", "工会法", "会法", "工", "法律援助", "工会法律援助", "援助", "a", "ab", "abc", "bc", "c")
    text = "工会法律援助工会法工会工工abcabc法律援助\x00工会𠀀工会法"
    assert _agree(text, [terms]) > 5
    assert _matching._longest_at_each_start("工会法。", terms) == [(0, 3, "工会法"), (1, 3, "会法")]


@SETTINGS
@given(GENRE, st.lists(st.sampled_from(["工会", "工会工作", "会工", "教职工", "职工", "工", "\x00", "𠀀", "İ", "ẞ"]),
                        min_size=1, max_size=6))
def test_same_finds_on_any_text(text, terms):
    _agree(text)
    _agree(text, [tuple(terms), (*terms, "慰问" + GAP + "教职工")])
