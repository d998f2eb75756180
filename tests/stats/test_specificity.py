"""Formulaic language: stock phrases versus concrete facts."""

import pytest

from unionmine.stats.insights.specificity import load_stock_phrases, specificity, specificity_table

SLOGANS = "以科学发展观为指导，与时俱进，求真务实，取得了一定的成绩。"
FACTS = "5月4日，局工会走访慰问了白箬铺镇洪山村困难户张世民，捐款28000余元。"


def test_slogans_score_zero_and_facts_score_one():
    s = specificity(SLOGANS)
    assert s["stock_share"] == 1.0 and s["fact_share"] == 0.0 and s["specificity"] == 0.0
    f = specificity(FACTS)
    assert f["stock_share"] == 0.0 and f["fact_share"] > 0.4 and f["specificity"] == 1.0


def test_mixed_text_lies_between_and_gap_phrases_match():
    mixed = specificity(SLOGANS + FACTS)
    assert 0.0 < mixed["specificity"] < 1.0
    assert specificity("以邓小平理论和“三个代表”重要思想为指导")["stock_share"] == 1.0


def test_named_person_place_and_date_are_facts():
    text = "黄赛群同志分管工会工作"
    assert specificity(text)["fact_share"] == pytest.approx(3 / len(text))  # the name; 同志 is the cue, not the fact
    assert specificity("组织区教师开展活动")["fact_share"] == 0.0


def test_empty_text_and_custom_phrases(tmp_path):
    assert specificity("")["specificity"] is None
    path = tmp_path / "p.txt"
    path.write_text("# mine\n团结奋进\n", encoding="utf-8")
    phrases = load_stock_phrases(path)
    assert phrases == ["团结奋进"]
    assert specificity("团结奋进", phrases)["stock_share"] == 1.0
    assert specificity("与时俱进", phrases)["stock_share"] == 0.0


def test_table_has_one_row_per_article():
    import pandas as pd

    table = specificity_table(pd.DataFrame({"doc_id": ["a", "b"], "title": ["x", "y"], "text": [SLOGANS, FACTS]}))
    assert table["specificity"].tolist() == [0.0, 1.0]
