"""The specificity fast path (content characters by ``str.isalnum``) equals the per-character regex."""

from __future__ import annotations

import importlib

import numpy as np
from fast_paths import GENRE, RAW, SETTINGS
from hypothesis import given
from hypothesis import strategies as st

sp = importlib.import_module("unionmine.stats.insights.specificity")  # the package exports the function of that name


def test_content_mask_equals_the_regex_on_every_code_point():
    chars = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    want = np.array([bool(sp._CONTENT.match(c)) for c in chars], dtype=bool)
    assert want.sum() > 100_000 and (~want).sum() > 100_000
    assert np.array_equal(sp.content_mask(chars), want)


@SETTINGS
@given(st.one_of(GENRE, RAW))
def test_content_mask_equals_the_regex(text):
    assert np.array_equal(sp.content_mask(text), np.array([bool(sp._CONTENT.match(c)) for c in text], dtype=bool))
