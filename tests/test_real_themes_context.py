"""Round 13's context features (``scripts/real_themes_context_features.py``): neighbours stay inside their own page,
the heading path's nearest step is the section above with a heading, and the theme-free facts read the page's
opening and the section's own words. Invented pages and numbers."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from real_themes_context_features import EXTRA, SHARED, context_features, standardise

M = 3  # inputs per theme


def _page():
    """Two invented pages: a congress report (three sections) and an event plan alone on its page."""
    pages = ["a", "a", "a", "b"]
    kinds = ["summary", "summary", "summary", "plan"]
    headings = ["", "一、会议议程", "", "三、活动时间"]
    texts = ["5月8日下午,青禾小学召开第三届教职工代表大会,全体教职工代表出席。",
             "一、会议议程\n大会审议通过了绩效工资分配方案。",
             "校长在讲话中指出,要继续依靠教职工办学。",
             "三、活动时间\n报名截止到本月二十日,会员以部门为单位参加。"]
    inputs = np.arange(4 * 2 * M, dtype=float).reshape(4, 2, M)  # 4 sections, 2 themes
    return inputs, pages, kinds, headings, texts


def test_neighbours_stay_on_their_page_and_heading_above_is_the_last_heading():
    inputs, pages, kinds, headings, texts = _page()
    F = context_features(inputs, pages, kinds, headings, texts)
    assert F.shape == (4, 2, 5 * M + 1 + len(SHARED))
    np.testing.assert_array_equal(F[:, :, :M], inputs)  # own inputs first
    np.testing.assert_array_equal(F[0, :, M:2 * M], 0)  # nothing before the first section
    np.testing.assert_array_equal(F[1, :, M:2 * M], inputs[0])
    np.testing.assert_array_equal(F[2, :, 2 * M:3 * M], 0)  # the last section of page a: nothing after it
    np.testing.assert_array_equal(F[3, :, M:3 * M], 0)  # alone on page b: no neighbour from page a
    np.testing.assert_array_equal(F[0, :, 3 * M:4 * M], inputs[[1, 2]].mean(axis=0))
    np.testing.assert_array_equal(F[0, :, 4 * M], inputs[[1, 2], :, -1].max(axis=0))
    np.testing.assert_array_equal(F[2, :, 4 * M + 1:5 * M + 1], inputs[1])  # under the heading of section 2
    np.testing.assert_array_equal(F[1, :, 4 * M + 1:5 * M + 1], inputs[1])  # no heading above: its own


def test_theme_free_facts_read_the_page_opening_and_the_section():
    inputs, pages, kinds, headings, texts = _page()
    F = context_features(inputs, pages, kinds, headings, texts, extra=True)
    facts = dict(zip([*SHARED, *EXTRA], F[:, 0, 5 * M + 1:].T))
    assert facts["page opens as congress"].tolist() == [1, 1, 1, 0]
    assert facts["page opens as news"].tolist() == [1, 1, 1, 0]
    assert facts["plan"].tolist() == [0, 0, 0, 1]
    assert facts["practicalities in heading"].tolist() == [0, 1, 0, 1]  # 议程 and 时间
    assert facts["members words"].tolist() == [0, 0, 0, 1]
    assert facts["speech words"].tolist() == [0, 0, 1, 0]
    assert facts["heading level"].tolist() == [0, 1, 0, 1]
    assert np.allclose(facts["place on page"], [0, 0.5, 1, 0])
    np.testing.assert_array_equal(F[:, 0, 5 * M + 1:], F[:, 1, 5 * M + 1:])  # the same for every theme


def test_standardise_uses_the_fitting_rows_only():
    fit, other = np.array([[1.0, 5.0], [3.0, 5.0]]), np.array([[5.0, 7.0]])
    a, b = standardise(fit, other)
    assert np.allclose(a, [[-1, 0], [1, 0]]) and np.allclose(b, [[3, 2]])
