"""The run fast paths give exactly what the plain code gives, each against the reference it replaces."""

from __future__ import annotations

from conftest import SEEDS
from fast_paths import GENRE, SETTINGS
from hypothesis import given
from hypothesis import strategies as st

# ---------------------------------------------------------------- pipeline: section rows from column values


def _reference_section_rows(results):
    """_add_sections as it was: the scored frame through astype(object), where and to_dict."""
    import pandas as pd

    from unionmine.run.measures import add_measures
    from unionmine.sections.parse import parse_sections
    from unionmine.themes import score_sections

    rows = [row for result in results for record in result["documents"] for row in parse_sections(record["doc_id"], record["text"], title=record.get("title"))]
    scored = add_measures([{"documents": []}], score_sections(pd.DataFrame(rows)))  # with its chars_<theme>
    return scored.astype(object).where(scored.notna(), None).to_dict("records")


def _same_rows(got, want):
    assert len(got) == len(want)
    for a, b in zip(got, want):
        assert list(a) == list(b)
        assert [type(v) for v in a.values()] == [type(v) for v in b.values()]
        assert a == b  # missing values are None on both sides, never NaN


def test_section_rows_equal_the_to_dict_rows_on_the_seeds():
    from unionmine.run.chain import _add_sections

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["一、工会工作\n（一）慰问困难职工。\n\n二、其他\n职代会", "没有标题的一段话"]
    # each with its first line as its title: the title line is left out on both sides
    results = [{"documents": [{"doc_id": f"d{i}", "text": t, "title": t.strip().split("\n")[0]}], "sections": []}
               for i, t in enumerate(texts)]
    _add_sections(results)
    _same_rows([row for r in results for row in r["sections"]], _reference_section_rows(results))


@SETTINGS
@given(st.lists(GENRE, min_size=1, max_size=5))
def test_section_rows_equal_the_to_dict_rows(texts):
    from unionmine.run.chain import _add_sections

    texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]  # Arrow strings hold no lone surrogates
    results = [{"documents": [{"doc_id": str(i), "text": t}], "sections": []} for i, t in enumerate(texts)]
    _add_sections(results)
    got = [row for r in results for row in r["sections"]]
    want = _reference_section_rows(results) if got else []
    _same_rows(got, want)
