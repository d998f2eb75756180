"""`cut` within `shared_cuts` (line by line, each line cut once) gives exactly the words the
backend gives for the whole text, with jieba-rs and with jieba."""

from __future__ import annotations

import pytest
from conftest import SEEDS
from fast_paths import GENRE, RAW, SETTINGS
from hypothesis import given
from hypothesis import strategies as st

from unionmine.text import tokenize as tk


@pytest.fixture(params=["rjieba", "jieba"])
def backend(request, monkeypatch):
    if request.param == "rjieba" and tk._rjieba_module() is None:
        pytest.skip("rjieba not installed")
    monkeypatch.setenv("UNIONMINE_SEGMENTER", request.param)
    tk._backend.cache_clear()
    yield tk._backend()
    monkeypatch.undo()
    tk._backend.cache_clear()


def _seed_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    # the same lines again in other texts (sections, paragraphs), and a Windows line end
    return texts + [line for t in texts[:3] for line in t.split("\n")[:40]] + ["工会\r\n慰问\n\n 篮球赛 \n"]


def test_shared_cuts_equal_whole_cuts_on_the_seeds(backend):
    texts = _seed_texts()
    want = [backend(t) for t in texts]
    assert sum(map(len, want)) > 10_000
    with tk.shared_cuts() as memo:
        assert [tk.cut(t) for t in texts] == want
        assert [tk.cut(t) for t in texts] == want  # from the memo this time
        assert [tk.tokenize(t) for t in texts] == [[w for w in ws if w not in tk.stopwords() and tk.TOKEN_CHARACTERS.search(w)]
                                                   for ws in want]
    assert len(memo) > 100
    assert tk._SHARED.get() is None  # the memo lives only inside the block


@SETTINGS
@given(st.lists(st.one_of(GENRE, RAW), min_size=1, max_size=6))
def test_shared_cuts_equal_whole_cuts(texts):
    texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]  # documents hold no lone surrogates
    backend = tk._backend()
    want = [backend(t) for t in texts]
    with tk.shared_cuts():
        assert [tk.cut(t) for t in texts] == want
        assert [tk.cut(t) for t in reversed(texts)] == want[::-1]
