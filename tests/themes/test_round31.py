"""Round 31 (issue 13): kinds of section that never hold a theme, the codebook's rulings as decisions
(``[[context.drop]]`` in the taxonomy). Fixtures are invented sentences.

- R5: donations or aid whose recipients are outside the union (a disaster area, the community's elderly, children of a
  kindergarten visited) are not 送温暖; aid to members, their children or retired staff still is;
- R2: the union's own congress, elections and fund audit are not 民主管理; a joint staff congress, or one that hears the
  unit's own report, still is;
- only the real-document calibration (the shipped default) applies them, after the 教代会 rule."""

from pathlib import Path

import numpy as np
import pytest

from unionmine.errors import UsageError
from unionmine.themes import classify
from unionmine.themes._text import prepare
from unionmine.themes.intro import drops
from unionmine.themes.taxonomy import _load, load_taxonomy

OUTSIDERS = [
    "3月，工会组织教职工为西南旱区捐款，全体教职工共捐款2300元，及时上交教育局。",
    "11月，工会与社区一起看望慰问了辖区孤寡老人，送去米面油等慰问品。",
    "六一前夕，区总工会领导到中心幼儿园慰问小朋友，为孩子们送去图书和玩具。",
]
MEMBERS = [
    "工会发起爱心捐款，为身患重病的职工筹集医疗费用2万余元。",
    "重阳节前，工会看望慰问退休教职工，送上节日的问候和慰问品。",
    "幼儿园工会为8位外地单身青年教师举行暖心慰问，大家一起包饺子、话家常。",
]
UNION = [
    "12月2日，公司召开第二届工会会员代表大会，选举产生了新一届工会委员会和经费审查委员会。",
    "会议审议通过了工会工作报告和工会经费收支情况报告，选举产生了出席上级工代会的代表。",
]
STAFF = [
    "学院召开第六届教职工暨工会会员代表大会，代表们审议了院长工作报告和工会工作报告。",
    "会上，院长报告了全年学院工作，工会主席报告了工会工作，经审委员报告了经费使用情况。",
    "公司召开职代会，选举产生了职工董事，并对中层干部进行民主评议。",
]


def _dropped(texts, theme):
    found = [where for t, where in drops([prepare(x) for x in texts], load_taxonomy().context) if t == theme]
    return np.any(found, axis=0)


def test_aid_outside_the_union_is_found_and_aid_to_members_is_not():
    assert _dropped(OUTSIDERS, "送温暖").all()
    assert not _dropped(MEMBERS, "送温暖").any()


def test_the_unions_own_congress_is_found_and_a_staff_congress_is_not():
    assert _dropped(UNION, "民主管理").all()
    assert not _dropped(STAFF, "民主管理").any()


def test_the_default_gives_no_care_to_outsiders_and_no_democratic_management_to_a_union_congress():
    for item in classify(OUTSIDERS, explain=True):
        assert "送温暖" not in item["labels"] and item["explain"]["送温暖"]["combined"] == 0.0
    for item in classify(UNION):
        assert "民主管理" not in item["labels"]


def test_the_drops_need_the_real_document_calibration():
    from unionmine.themes.supervised import ThemeClassifier

    model = ThemeClassifier()
    model.stack, model.joint_coef_ = True, None
    scores = np.array([[0.1, 0.9, 0.1, 0.9]])
    assert (model._context_rules(scores, [prepare(OUTSIDERS[0])]) == scores).all()
    model.joint_coef_, model.themes_ = np.zeros((4, 3)), ["维权", "送温暖", "文体活动", "民主管理"]
    model.thresholds_ = np.array([0.4, 0.5, 0.3, 0.25])
    out = model._context_rules(scores, [prepare(OUTSIDERS[0])])
    assert out[0, 1] == 0.0 and (out[0, [0, 2, 3]] == scores[0, [0, 2, 3]]).all()


def test_a_drop_must_name_a_known_theme(tmp_path):
    text = Path(load_taxonomy().path).read_text(encoding="utf-8")
    assert text.count('theme = "送温暖"') >= 1  # (round 33: a second drop of 送温暖, blood drives)
    bad = tmp_path / "taxonomy.toml"
    bad.write_text(text.replace('theme = "送温暖"', 'theme = "福利"', 1), encoding="utf-8")
    with pytest.raises(UsageError, match="drop"):
        _load(str(bad))
