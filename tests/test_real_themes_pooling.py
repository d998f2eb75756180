"""Sentence-pooled inputs (round 11b): heading and sentence cutting, pooled statistics per section and theme."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from real_themes_pooling import STATS, pool, sentence_table, split_heading, split_sentences


def test_heading_is_a_short_first_line_followed_by_body():
    assert split_heading("二、民主管理\n召开第三届教代会。审议通过绩效方案。") == ("二、民主管理", "召开第三届教代会。审议通过绩效方案。")
    # one line only, or a first line that ends a sentence before its end: no heading
    assert split_heading("召开第三届教代会,审议通过绩效方案。") == ("", "召开第三届教代会,审议通过绩效方案。")
    assert split_heading("召开教代会。审议方案\n通过了。")[0] == ""
    long_first = "本学期工会组织全体教职工开展了丰富多彩的文体活动包括篮球比赛拔河比赛和登山活动深受欢迎\n第二行"
    assert split_heading(long_first)[0] == ""


def test_sentences_cut_at_ends_and_line_breaks_short_pieces_dropped():
    text = "组织篮球赛；举办拔河比赛!慰问退休教师\n1.\n召开教代会？好。"
    assert split_sentences(text) == ["组织篮球赛", "举办拔河比赛", "慰问退休教师", "召开教代会"]
    assert split_sentences("短") == ["短"]  # a body with no sentence of MIN_CHARS is its own sentence
    assert split_sentences("") == []


def test_sentence_table_keeps_heading_first_and_owners_in_order():
    texts = ["三、文体活动\n举办教职工篮球赛。开展登山活动。", "慰问生病住院的教职工十二人次。", "四、民主管理\n好"]
    units, owner, is_heading = sentence_table(texts)
    assert units == ["三、文体活动", "举办教职工篮球赛", "开展登山活动", "慰问生病住院的教职工十二人次", "四、民主管理", "好"]
    assert owner.tolist() == [0, 0, 0, 1, 2, 2]
    assert is_heading.tolist() == [True, False, False, False, True, False]


def test_pool_statistics_per_section_and_theme():
    texts = ["三、文体活动\n举办教职工篮球赛。开展登山活动。召开教代会。", "慰问生病住院的教职工十二人次。"]
    _units, owner, is_heading = sentence_table(texts)
    # two themes; unit scores chosen by hand: heading, three sentences, then the second section's one sentence
    scores = np.array([[2.0, -1.0], [1.0, -2.0], [3.0, -3.0], [-1.0, 0.5], [-4.0, 4.0]])
    out = pool(scores, owner, is_heading, len(texts), cut=0.0)
    assert out.shape == (2, 2, len(STATS))
    first = dict(zip(STATS, out[0, 0]))
    assert first["max"] == 3.0 and first["mean"] == pytest.approx(1.0)  # the heading is not a sentence
    assert first["share"] == pytest.approx(2 / 3) and first["count"] == pytest.approx(np.log1p(2))
    assert first["first"] == 1.0 and first["heading"] == 2.0
    other = dict(zip(STATS, out[0, 1]))
    assert other["max"] == 0.5 and other["share"] == pytest.approx(1 / 3) and other["heading"] == -1.0
    # no heading: the heading statistic is the first sentence's score
    second = dict(zip(STATS, out[1, 1]))
    assert second["heading"] == second["first"] == second["max"] == 4.0 and second["count"] == pytest.approx(np.log1p(1))
