"""Where the work runs: segmentation backends and parallel engines give identical results."""

from __future__ import annotations

import pytest

from unionmine import segmentation
from unionmine.errors import UsageError
from unionmine.reading import read_document


@pytest.fixture
def fresh_backend(monkeypatch):
    """Choose a segmentation backend by name for one test, and forget it afterwards."""

    def use(name: str):
        monkeypatch.setenv("UNIONMINE_SEGMENTER", name)
        segmentation._backend.cache_clear()
        return segmentation._backend()

    yield use
    segmentation._backend.cache_clear()


def test_rjieba_gives_the_same_tokens_as_jieba_on_the_seed_articles(seed_dir, fresh_backend):
    pytest.importorskip("rjieba")
    texts = [read_document(path).text for path in sorted(seed_dir.iterdir())]
    reference = [fresh_backend("jieba")(text) for text in texts]
    fast_cut = fresh_backend("rjieba")
    assert fast_cut.name == "rjieba"
    fast = [fast_cut(text) for text in texts]
    for ref, got in zip(reference, fast):
        assert len(ref) > 500
        assert got == ref
    # the user dictionary is loaded in both: domain words stay whole
    joined = "".join(texts)
    assert "教代会" in joined and any("教代会" in words for words in fast)


@pytest.mark.parametrize(
    "text",
    ["会议于2023-12-30日召开", "网址www.f215.com与xx-xx学年", "增长3.5%，C++课程", "签订集体合同，召开教代会"],
)
def test_rjieba_resplits_latin_runs_like_jieba(text, fresh_backend):
    pytest.importorskip("rjieba")
    assert fresh_backend("rjieba")(text) == fresh_backend("jieba")(text)


def test_unknown_segmenter_is_a_usage_error(fresh_backend):
    with pytest.raises(UsageError, match="UNIONMINE_SEGMENTER"):
        fresh_backend("pkuseg")
