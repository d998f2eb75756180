"""Finding a theme's terms and pair rules in a text: one trie regex per term list, longest match.

Private to the lexicon scorer: overlapping finds resolve to the longest term, a term with a gap
(``关心…职工``) allows up to ``taxonomy.GAP_MAX`` characters of one clause, and pair rules look for
two kinds of words within a window.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # a C Aho-Corasick automaton: one pass per text for all of a theme's terms
    import ahocorasick
except ImportError:  # pragma: no cover - the look-ahead regex gives the same finds, slower
    ahocorasick = None

from .taxonomy import GAP, GAP_MAX, Pair


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


# a gap inside a term: a few characters of the same clause (no sentence or clause mark)
_GAP_PATTERN = f"[^。；;！!？?\n，,、：:]{{0,{GAP_MAX}}}?"


@lru_cache(maxsize=64)
def _matcher(terms: tuple[str, ...]) -> tuple[re.Pattern | None, tuple[tuple[re.Pattern, str], ...]]:
    """The longest contiguous term starting at each place (a look-ahead over the trie, so
    overlapping finds are all seen), and one pattern per term with a gap."""
    plain = tuple(t for t in terms if GAP not in t)
    trie = _alternation(plain)
    lookahead = re.compile(f"(?=({trie.pattern}))") if trie is not None else None
    gaps = tuple(
        (re.compile(_GAP_PATTERN.join(re.escape(part) for part in t.split(GAP))), t) for t in sorted(set(terms) - set(plain))
    )
    return lookahead, gaps


@lru_cache(maxsize=64)
def _automaton(terms: tuple[str, ...]):
    """An Aho-Corasick automaton of the terms without a gap (value: (length, term)); None without
    pyahocorasick or without such terms."""
    plain = {t for t in terms if GAP not in t and t}
    if ahocorasick is None or not plain:
        return None
    automaton = ahocorasick.Automaton()
    for term in plain:
        automaton.add_word(term, (len(term), term))
    automaton.make_automaton()
    return automaton


def _longest_at_each_start(text: str, terms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, term): the longest term without a gap starting at each place where one starts,
    in text order. One pass of the automaton (C) over the text finds every occurrence of every
    term; they come by end, so at one start a longer term comes after a shorter one and the last
    seen is the longest. The same finds as the look-ahead trie regex (`_regex_longest_at_each_start`,
    the reference: tests/themes/test_matching_fast_paths.py), which tries the trie at every place."""
    automaton = _automaton(terms)
    if automaton is None:
        return _regex_longest_at_each_start(text, terms)
    best: dict[int, tuple[int, int, str]] = {}
    for end, (n, term) in automaton.iter(text):
        start = end - n + 1
        best[start] = (start, end + 1, term)
    return [best[start] for start in sorted(best)]


def _regex_longest_at_each_start(text: str, terms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    lookahead, _gaps = _matcher(terms)
    return [(m.start(), m.end(1), m.group(1)) for m in lookahead.finditer(text)] if lookahead is not None else []


def _find_terms(text: str, terms: tuple[str, ...], fast: bool = True) -> list[tuple[int, str]]:
    """(start, term) of every term found in text, in text order. Where finds overlap, the one with
    the most characters of its own wins (a gap's characters do not count; among equals a term
    without a gap, then the leftmost), so a short term inside a longer one never counts.
    FAST=False: the plain terms found by the look-ahead regex (the reference) instead of the automaton."""
    _lookahead, gaps = _matcher(terms)
    found = (_longest_at_each_start if fast else _regex_longest_at_each_start)(text, terms)
    if gaps:
        for pattern, term in gaps:
            found += [(m.start(), m.end(), term) for m in pattern.finditer(text)]
        found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, str]] = []
    i, n = 0, len(found)
    while i < n:  # clusters of finds that overlap one another
        j, end = i + 1, found[i][1]
        while j < n and found[j][0] < end:
            end = max(end, found[j][1])
            j += 1
        if j == i + 1:
            out.append((found[i][0], found[i][2]))
        else:
            out += _longest(found[i:j])
        i = j
    return out


def _longest(cluster: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Overlapping finds: take the one with the most characters of its own, drop what overlaps
    it, repeat; in text order."""
    kept: list[tuple[int, int, str]] = []
    rank = sorted(cluster, key=lambda f: (-len(f[2].replace(GAP, "")), GAP in f[2], f[0]))
    for start, end, term in rank:
        if all(end <= a or start >= b for a, b, _ in kept):
            kept.append((start, end, term))
    return [(start, term) for start, _, term in sorted(kept)]


@lru_cache(maxsize=64)
def _pair_pattern(pair: Pair) -> re.Pattern:
    first, second = _alternation(pair.first).pattern, _alternation(pair.second).pattern
    gap = f"[^\n]{{0,{pair.window}}}?"
    return re.compile(f"(?:{first}){gap}(?:{second})|(?:{second}){gap}(?:{first})")
