"""Round 34 (issue 13): ruling R16 read as a decision after the fit (no refit: the shipped calibration's numbers are
unchanged, only its digests). Fixtures are invented sentences, with near misses.

- R16: collective bargaining is 维权 through its whole procedure; it is 民主管理 too only where a staff congress acts on
  it or other 民主管理 work is reported beside it. A bargaining meeting, negotiators chosen, staff views gathered for the
  union's side, a draft that "will be put to" the congress (Simplified and Traditional) are not 民主管理; a congress
  that votes the contract, delegates who approve it, a congress held in the same item, a congress written 职工(代表)大会,
  厂务公开 or motions beside the bargaining still are.
"""

import numpy as np

from unionmine.themes import classify
from unionmine.themes._text import prepare
from unionmine.themes.intro import drops
from unionmine.themes.taxonomy import load_taxonomy

BARGAINING_ONLY = [
    "集团公司召开集体合同协商会议，行政方和职工方首席代表各带领五名代表，就工资增长幅度进行协商，达成一致意见。",
    "公司工会征求职工代表意见后，向公司方发出工资集体协商要约，并民主推选产生四名职工方协商代表。",
    "经过协商的集体合同草案将提交下月召开的职代会审议通过，双方签字后报劳动部门备案。",
    "本礦工會召開平等協商會議，雙方代表討論了集體合同文本，正式合同將在今年職代會上審議通過。",
    "工会与企业方代表就女职工权益保护专项集体合同进行了三轮协商。",
]
BARGAINING_AND_CONGRESS = [
    "随后召开职工代表大会，与会代表认真讨论了集体合同草案，经举手表决全票通过。",
    "在当天五十名职工代表一致同意后，工资集体协商协议经双方签字生效。",
    "公司召开三届二次职代会，会上双方首席代表签订了新一轮集体合同。",
    "各校召开职工（代表）大会，对集体合同草案进行审议通过。",
    "公司工会推进工资集体协商，同时深化厂务公开，每季度公开福利费使用情况。",
    "工会开展集体协商，并督促职能部门办理职工代表提案十二件。",
]
CONGRESS_NO_BARGAINING = ["学校召开教代会，代表们听取了校长工作报告。"]  # the drop does not look here


def _dropped(texts, theme="民主管理"):
    context = load_taxonomy().context
    found = [where for t, where in drops([prepare(x) for x in texts], context) if t == theme]
    return np.any(found, axis=0)


def test_bargaining_alone_or_with_the_congress_only_to_come_is_not_democratic_management_r16():
    assert _dropped(BARGAINING_ONLY).all()


def test_a_congress_acting_on_the_contract_or_other_democratic_management_beside_it_keeps_it():
    assert not _dropped(BARGAINING_AND_CONGRESS).any()
    assert not _dropped(CONGRESS_NO_BARGAINING).any()


def test_the_default_applies_it():
    for item in classify(BARGAINING_ONLY, explain=True):
        assert "民主管理" not in item["labels"] and item["explain"]["民主管理"]["combined"] == 0.0
