"""Round 16 of describing (issue 12): organisation names the finders never formed. Invented wording only.

A name with digits (第2中学, a corps regiment's 34团中学), a place in brackets inside it (（清江）), a place whose
first character is a preposition (从江县, 经八路), a unit whose head is a common noun that names a unit only with
its own union or congress (…中心工会, …车间工会) and holds a proper name; and each one's false-hit twin: a year's
digits, a count (5个小学), a preposition before a place (在嘉兴市), 以…为中心, a kind of centre without a name, a
service desk's heading, a banner's congratulation.
"""

import pytest

from unionmine.documents.describe import find_org
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.names import glued_place, run_start

PLAIN = "全年组织职工参加健步走、篮球赛等活动，走访慰问困难职工二十余人次，职工满意度逐步提高。"


@pytest.mark.parametrize(("text", "suffix", "name"), [
    ("城关第2中学", "中学", "城关第2"),  # 第N inside a name: the run goes on before 第
    ("2021年34团中学", "中学", "34团"),  # a numbered regiment opens the name, the year before it does not
    ("德瑞精工（清江）有限公司", "有限公司", "德瑞精工（清江）"),  # a place in brackets inside a company's name
    ("2021年红岭中学", "中学", "年红岭"),  # the year's digits stay out (its 年 goes with the leading words)
    ("共有5个小学", "小学", "个"),  # a count: the run stops at its digit
    ("截至2023年（含）公司", "公司", ""),  # brackets right after a digit open no name
])
def test_the_run_of_a_name(text, suffix, name):
    end = len(text) - len(suffix)
    assert text[run_start(text, end, 16):end] == name


@pytest.mark.parametrize(("name", "i", "word", "glued"), [
    ("从江县第五", 0, "从", True),  # 从江县: a county, not "from 江县"
    ("经八路街道", 0, "经", True),  # a road named 经八路
    ("和平区实验", 0, "和", True),
    ("在嘉兴市", 0, "在", False),  # a preposition before a place of two characters
    ("在市教育", 0, "在", False),  # before a bare level
    ("我们在县", 2, "在", False),
    ("上半年县", 0, "上半年", False),  # only one-character words
])
def test_a_preposition_glued_to_a_level_is_a_place(name, i, word, glued):
    assert glued_place(name, i, word) is glued


R = default_describe_rules()


@pytest.mark.parametrize(("title", "text", "org"), [
    ("", "20xx年，34团中学工会在团党委的领导下，" + PLAIN, "34团中学"),
    ("城关第2中学工会工作总结", PLAIN, "城关第2中学"),
    ("2017年向阳县第五中学工会工作总结", PLAIN, "向阳县第五中学"),
    ("", "2022年，从江县第三小学工会在县教育工会的领导下，" + PLAIN, "从江县第三小学"),
    ("经八路街道总工会2023年工作总结", PLAIN, "经八路街道总工会"),
    ("德瑞精密机械（清江）有限公司工会2023年工作总结", PLAIN, "德瑞精密机械（清江）有限公司"),
    ("", "1月10日，岚江邮区中心第四届第二次职工代表大会召开。" + PLAIN, "岚江邮区中心"),
    ("", "省闽川流域中心工会召开第八届第三次会员代表大会，" + PLAIN, "省闽川流域中心"),
    ("", "2023年，宣平车间工会在上级工会和车间党总支的领导下，" + PLAIN, "宣平车间"),
])
def test_names_formed(title, text, org):
    assert find_org(title, text, R)[0] == org


@pytest.mark.parametrize(("title", "text"), [
    ("", "坚持以职工为中心，" + PLAIN),  # 以…为中心
    ("", "工会围绕学校中心工作，" + PLAIN),  # 中心工作
    ("2024公路养护中心工会工作总结", "本中心工会在上级工会的领导下，" + PLAIN),  # a kind of centre, no name
    ("苏州新区一站式服务中心", "区总工会召开工作部署会。" + PLAIN),  # a service desk as a heading, no union
    ("热烈祝贺中心工会获得模范职工之家称号", "中心工会号召全体会员珍惜荣誉。" + PLAIN),  # a banner
    ("", "工会干部深入生产车间一线，" + PLAIN),  # a workshop as a place
    ("", "机修车间工会在厂工会领导下，" + PLAIN),  # a kind of workshop, no proper name
    ("", "全县共有5个小学参加比赛，" + PLAIN),  # a count before a suffix
    # a preposition inside a run breaks the clause (the glued place opens a run only): never 学校工会以林区教育工会
    ("工会工作计划", "学校工会以林区教育工会工作为指导，在校党支部的领导下，" + PLAIN),
])
def test_false_hits_stay_out(title, text):
    assert find_org(title, text, R)[0] is None
