"""One home for theme profiles: sections.profile.theme_shares, which both theme_profile (paragraph
units, themes/) and simple_profile (leaf sections with stored labels, stats/) go through."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from unionmine.sections.parse import parse_sections
from unionmine.sections.profile import theme_shares
from unionmine.stats.tables import simple_profile
from unionmine.themes import score_sections, theme_profile

FIXTURE = Path(__file__).parents[1] / "data" / "themes" / "annotations.jsonl"


def test_shares_split_a_unit_among_its_labels_and_count_the_unlabelled_as_other():
    units = [("a", 60, ["维权", "送温暖"]), ("a", 40, []), ("b", 10, None), ("a", 0, ["文体活动"]),
             ("c", 0, ["维权"]), ("b", 30, ["未知主题"])]
    out = theme_shares(units).set_index("doc_id")
    assert list(out.index) == ["a", "b", "c"]
    assert out.loc["a", "n_chars"] == 100
    assert out.loc["a", ["share_维权", "share_送温暖", "share_其他"]].tolist() == pytest.approx([0.3, 0.3, 0.4])
    assert out.loc["b", "share_其他"] == 1.0  # an unknown label counts as no label
    assert out.loc["c"].drop("n_chars").sum() == 0.0  # no characters: shares of 0, not a division by 0
    assert theme_shares([]).empty and "share_其他" in theme_shares([]).columns


def test_paragraph_and_leaf_profiles_agree_where_their_units_are_the_same():
    """Rows of one paragraph each, labelled: theme_profile reuses the labels, so both functions
    see the same units and must give the same table (they are one computation)."""
    rows = parse_sections("d1", "一、文体活动\n举办篮球赛，组织教职工登山。\n二、送温暖\n慰问生病住院教师。")
    rows += parse_sections("d2", "召开教代会，审议提案。")
    scored = score_sections(pd.DataFrame(rows), method="lexicon", annotations=FIXTURE)
    scored = scored[~scored["section_id"].isin(set(scored["parent_id"].dropna()))]  # leaves only
    paragraphs = theme_profile(scored, method="lexicon", annotations=FIXTURE)
    pd.testing.assert_frame_equal(paragraphs, simple_profile(scored))
