"""Round 28 (issue 13): a section that only opens a report gets no theme from the shipped default (the codebook:
introductions are 其他; ruling R12). Fixtures are invented sentences.

- a report's announcement (现将…工作总结如下, 现就…作如下总结报告), a report handed to a congress (报告…提交…审议) and
  "a series of activities" without one named are introductions;
- a notice that names its activity (现将有关事项通知如下), a long section and an activity named after the series are not;
- only the real-document calibration (the shipped default) applies the rule: a model fitted on the committed rows
  keeps its scores;
- 维权's `against` cues are read (round 28 moved them out of the 教代会 pair, where nothing read them)."""

from pathlib import Path

import numpy as np
import pytest

from unionmine.errors import UsageError
from unionmine.themes import classify
from unionmine.themes._text import prepare
from unionmine.themes.intro import introductions
from unionmine.themes.taxonomy import _load, load_taxonomy

OPENINGS = [
    "学校工会在党支部领导下，坚持教代会制度，关心教职工生活，组织丰富多彩的文体活动。现将本年度工会工作总结如下：",
    "对照学院年度工作要点，现就本部门重点工作推进情况作如下总结报告：",
    "根据学校安排，现将本年度工会工作报告提交第五届三次教代会，请各位代表审议。",
    "为庆祝三八妇女节，展现女教职工风采，校工会开展了一系列有意义的活动。",
    "現將本學期工會工作總結如下：",
]
NOT_OPENINGS = [
    "为丰富职工业余生活，工会决定举办职工羽毛球比赛。现将有关事项通知如下：",
    "为庆祝三八妇女节，校工会开展了一系列活动：组织女教职工登山、插花和瑜伽课。",
    "现将本年度工会工作总结如下：" + "工会全年组织篮球赛、羽毛球赛和迎新春联欢，教职工参与面达九成以上。" * 4,
]


def _found(texts):
    return introductions([prepare(t) for t in texts], load_taxonomy().context)


def test_openings_are_found_and_notices_are_not():
    assert _found(OPENINGS).all()
    assert not _found(NOT_OPENINGS).any()


def test_the_default_gives_an_opening_no_theme():
    for item in classify(OPENINGS, explain=True):
        assert item["labels"] == ["其他"]
        assert all(v == 0.0 for v in item["scores"].values())
        assert all(e["combined"] == 0.0 and not e["on"] for e in item["explain"].values())
    # the notice keeps the theme it names
    assert "文体活动" in classify(NOT_OPENINGS[:1])[0]["labels"]


def test_a_model_without_the_real_document_calibration_keeps_its_scores():
    from unionmine.themes.supervised import ThemeClassifier

    model = ThemeClassifier()
    model.stack, model.joint_coef_ = True, None
    scores = np.full((1, 4), 0.7)
    assert (model._context_rules(scores, [prepare(OPENINGS[0])]) == scores).all()


def test_a_bad_introduction_pattern_is_refused(tmp_path):
    text = Path(load_taxonomy().path).read_text(encoding="utf-8")
    bad = tmp_path / "taxonomy.toml"
    bad.write_text(text.replace("'报告.{0,20}提交", "'报告.{0,20}(提交"), encoding="utf-8")
    with pytest.raises(UsageError, match="not a regular expression"):
        _load(str(bad))


def test_rights_terms_beside_pupils_congresses_or_family_planning_count_less():
    """Round 28: 维权's `against` cues, moved where the loader reads them, as written (they had sat, unread, inside the
    教代会 pair)."""
    from unionmine.themes.lexicon import term_hits

    tax = load_taxonomy()
    theme = tax.theme("维权")
    assert {"学生", "普法", "人大", "计划生育"} <= set(theme.against)
    assert all("against" not in vars(pair) for pair in theme.pairs)
    assert max(term_hits("工会律师为学生开展法律咨询。", theme, tax.context).values()) == pytest.approx(0.5)
    assert max(term_hits("工会律师为职工开展法律咨询。", theme, tax.context).values()) == pytest.approx(1.0)
    assert max(term_hits("人大代表视察农民工工资支付情况。", theme, tax.context).values()) == pytest.approx(0.5)
