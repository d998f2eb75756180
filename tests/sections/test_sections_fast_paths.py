"""The sections fast paths give exactly what the plain code gives, each against the reference it replaces."""

from __future__ import annotations

from conftest import SEEDS
from fast_paths import GENRE, RAW, SETTINGS, _seed_paragraphs
from hypothesis import given
from hypothesis import strategies as st

# ---------------------------------------------------------------- sections: non-space count


@SETTINGS
@given(st.lists(RAW, max_size=3))
def test_n_chars_counts_like_isspace(parts):
    from unionmine.sections.parse import _n_chars

    assert _n_chars(*parts) == sum(len(p) - sum(1 for ch in p if ch.isspace()) for p in parts)
    assert _n_chars("一、工会\u3000工作\n\x1c\x85 总结") == 8


# ---------------------------------------------------------------- sections: heading end by a character-class search


def _reference_first_stop(text, stops, start, stop):
    return next((j + 1 for j in range(start, stop) if text[j] in stops), stop)


@SETTINGS
@given(GENRE, st.sampled_from(["。！？；;!?\n", "，,", "，,。！？；;!?：:\n", "-]^\\"]), st.integers(0, 40), st.integers(0, 40))
def test_heading_end_search_equals_the_character_loop(text, stops, start, stop):
    from unionmine.sections.parse import _any_of

    stop = min(stop, len(text))  # a line end; the marker's end (start) may lie past it
    found = _any_of(stops).search(text, start, stop)
    assert (found.end() if found else stop) == _reference_first_stop(text, stops, start, stop)


def test_heading_end_search_equals_the_character_loop_on_the_seeds():
    from unionmine.sections.parse import _any_of, load_heading_styles

    styles = load_heading_styles()[1]
    for text in _seed_paragraphs():
        for stops in {s.heading_end for s in styles} | {"，,"}:
            for start in range(0, len(text), 7):
                stop = min(len(text), start + 45)
                found = _any_of(stops).search(text, start, stop)
                assert (found.end() if found else stop) == _reference_first_stop(text, stops, start, stop)


# ---------------------------------------------------------------- sections: heading patterns that start with a class

_REFERENCE_STYLE_PATTERNS = {  # heading_styles.toml as first written (a repeat or alternation first)
    "chinese": r"(?P<num>[一二三四五六七八九十]{1,3})\s*[、.．]",
    "roman": r"(?P<num>[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[、.．](?![A-Za-z0-9])",
    "shi": r"(?P<num>[一二三四五六七八九十]{1,2})是(?=[^是，,。])",
}
HEADING_PIECES = ["一", "二", "十", "三十", "I", "V", "X", "IV", "Ⅲ", "Ⅰ", "ⅩII", "是", "是是", "、", ".", "．", " ", "\n", "，", "。",
                  "a", "1", "工会"]


def _same_style_matches(text):
    import re

    from unionmine.sections.parse import load_heading_styles

    styles = {s.name: s.pattern for s in load_heading_styles()[1]}
    for name, reference in _REFERENCE_STYLE_PATTERNS.items():
        got = [(m.span(), m.group("num")) for m in styles[name].finditer(text)]
        assert got == [(m.span(), m.group("num")) for m in re.finditer(reference, text)], name


def test_heading_patterns_match_like_the_first_written_ones_on_the_seeds():
    for p in sorted(SEEDS.glob("*.txt")):
        _same_style_matches(p.read_text(encoding="utf-8"))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(HEADING_PIECES), st.text(max_size=2)), max_size=30).map("".join))
def test_heading_patterns_match_like_the_first_written_ones(text):
    _same_style_matches(text)
