"""Round 30 (issue 13): the codebook's 教代会 rule as a decision. A section the shipped default gives 民主管理, in which a
staff congress (or its delegates) adopts, votes on or discusses a named rule on pay, appraisal, posts, welfare or
contracts, gets 维权 too (ruling R1). Fixtures are invented sentences.

- congress business on such a rule is found, also when the congress is named only by its delegates (与会代表) and the
  rule by its own name (…奖励办法, …分配实施细则, 员工手册);
- a congress that only hears reports, proposals on welfare, disclosure of title results and a rule adopted by a
  leaders' meeting are not (the codebook: "a 教代会 that only hears reports is 民主管理 alone");
- only the real-document calibration (the shipped default) applies the rule, and only beside 民主管理."""

from pathlib import Path

import numpy as np
import pytest

from unionmine.errors import UsageError
from unionmine.themes import classify
from unionmine.themes._text import prepare
from unionmine.themes.intro import congress_business
from unionmine.themes.taxonomy import _load, load_taxonomy

BUSINESS = [
    "3月12日，学校召开第六届二次教职工代表大会，全体代表听取并审议了校长工作报告，表决通过了《教师绩效工资分配方案》。",
    "经现场审议，与会代表以举手表决方式一致通过了学院工作报告、岗位聘任及绩效分配实施细则。",
    "公司召开一届三次职代会，会议审议通过了《员工手册》等管理制度，选举产生了新一届职工董事。",
    "代表们分组讨论了学校工作报告和《教学质量奖励办法（征求意见稿）》，提出修改意见十余条。",
]
NOT_BUSINESS = [
    "学校召开教代会，代表们听取并审议了校长工作报告和学校财务工作报告，会议圆满完成各项议程。",
    "本次教代会共征集提案12件，内容涉及教育教学、后勤保障、教职工福利等方面，均已交有关部门办理。",
    "学校通过校务公开栏公示职称评定结果和年度考核等次，接受全体教职工监督。",
    "校长办公会审议通过了《学校绩效工资分配方案》，并在全校范围内组织实施。",
]


def _found(texts):
    return congress_business([prepare(t) for t in texts], load_taxonomy().context)


def test_congress_business_on_pay_rules_is_found_and_reports_are_not():
    assert _found(BUSINESS).all()
    assert not _found(NOT_BUSINESS).any()


def test_the_default_gives_rights_beside_democratic_management():
    for item in classify(BUSINESS[:3], explain=True):
        if "民主管理" in item["labels"]:
            assert "维权" in item["labels"]
            assert item["explain"]["维权"]["combined"] >= item["explain"]["维权"]["threshold"]
    for item in classify(NOT_BUSINESS[:1]):
        assert "维权" not in item["labels"]


def test_the_rule_needs_the_first_theme_and_the_real_document_calibration():
    from unionmine.themes.supervised import ThemeClassifier

    model = ThemeClassifier()
    model.stack, model.joint_coef_ = True, None
    scores = np.array([[0.1, 0.1, 0.1, 0.9]])
    assert (model._context_rules(scores, [prepare(BUSINESS[0])]) == scores).all()
    model.joint_coef_, model.themes_ = np.zeros((4, 3)), ["维权", "送温暖", "文体活动", "民主管理"]
    model.thresholds_ = np.array([0.4, 0.5, 0.3, 0.25])
    lifted = model._context_rules(scores, [prepare(BUSINESS[0])])
    assert lifted[0, 0] == pytest.approx(0.4) and (lifted[0, 1:] == scores[0, 1:]).all()
    below = np.array([[0.1, 0.1, 0.1, 0.2]])  # 民主管理 not given: nothing added
    assert (model._context_rules(below, [prepare(BUSINESS[0])]) == below).all()


def test_congress_business_must_name_two_known_themes(tmp_path):
    text = Path(load_taxonomy().path).read_text(encoding="utf-8")
    bad = tmp_path / "taxonomy.toml"
    bad.write_text(text.replace('congress_business_adds = ["民主管理", "维权"]', 'congress_business_adds = ["民主"]'),
                   encoding="utf-8")
    with pytest.raises(UsageError, match="congress_business_adds"):
        _load(str(bad))
