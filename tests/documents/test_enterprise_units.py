"""An enterprise group's member unions (USER7, session 13): a branch company named by its trade (铸造分公司,
a verb), a company's head-office union (集团机关工会) and an official notice's record at its foot (抄送, 印发).
The rules were prompted by scripts/collections/user7_group.py (华辰集团); every fixture here is another
invented unit."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.clean import clean_text
from unionmine.documents.describe import describe_article


@pytest.mark.parametrize("title, text, org", [
    ("装配分公司工会2023年工作总结", "", "装配分公司"),
    ("安装分公司工会2024年工作计划", "", "安装分公司"),
    ("工作总结", "2023年，维修分公司工会在公司党委的领导下，团结带领职工完成了各项任务。", "维修分公司"),
])
def test_a_branch_company_named_by_its_trade_is_named(title, text, org):
    got = describe_article(title, text)
    assert (got["org"], got["org_type"]) == (org, "enterprise")


@pytest.mark.parametrize("text", [
    "一年来，参加分公司工会举办的技能比武，获得团体第二名。",
    "全年，配合分公司工会开展送温暖活动，走访职工十余户。",
    "2023年，完成分公司下达的生产任务，产值增长百分之五。",
])
def test_a_verb_before_a_branch_company_in_a_clause_names_none(text):
    assert describe_article("班组工作总结", text)["org"] is None


@pytest.mark.parametrize("title, org_type", [
    ("公司机关工会2024年工作计划", "enterprise"),
    ("集团公司机关工会2023年工作总结", "enterprise"),
    ("分公司机关工会2022年工作总结", "enterprise"),
    ("市直机关工会2023年工作总结", "agency"),
    ("县交通运输局机关工会2023年工作总结", "agency"),
])
def test_a_company_head_office_union_is_an_enterprise(title, org_type):
    assert describe_article(title, "")["org_type"] == org_type


@pytest.mark.parametrize("line", [
    "抄送：市总工会办公室，县委办公室。", "抄报：市总工会。", "主题词：工会　要点　通知",
    "青川县总工会办公室　　2023年3月2日印发", "某某公司工会办公室 2024年12月5日 印发",
])
def test_an_official_documents_record_is_chrome(line):
    assert form_feature(line) == "doc_number"


@pytest.mark.parametrize("line", [
    "抄送给各分会的意见已全部收到。", "3月，工会印发了《困难职工帮扶办法》。", "2024年1月10日",
    "会议印发了《职工代表提案办理办法》，请各分工会抓好落实。",
])
def test_a_sentence_of_copying_or_printing_stays(line):
    assert form_feature(line) is None


def test_a_notice_loses_its_record_under_the_attached_text():
    # the record (版记) closes the last page, under the attachment, no signature between
    body = ["青川县总工会2023年工作要点", "一、总体要求", "2023年，全县工会工作的总体要求是：围绕中心、服务大局，团结动员广大职工建功立业。",
            "二、重点工作", "（一）深化劳动和技能竞赛", "围绕重点项目开展劳动竞赛，举办全县职工技能大赛。",
            "（二）做实困难职工帮扶", "建立困难职工档案，开展金秋助学。"]
    text = "\n".join([*body, "抄送：县委办公室，县政府办公室。", "青川县总工会办公室　　2023年3月2日印发"])
    assert clean_text(text).split("\n") == body


@pytest.mark.parametrize("title, text, org", [
    ("机修车间工会2023年工作总结", "2023年，第二机械厂机修车间工会在厂党委的领导下，团结职工完成了各项任务。", "第二机械厂机修车间"),
    ("工作总结", "2023年，电缆分公司挤塑车间工会在分公司党委的领导下，团结职工完成了各项任务。", "电缆分公司挤塑车间"),
    ("车间工会2023年工作总结", "2023年，水泥集团包装车间工会在集团党委的领导下，团结职工完成了各项任务。", "水泥集团包装车间"),
    ("包装车间分工会2024年工作总结", "2024年，青石水泥分公司包装车间分工会在分公司党委的领导下，团结职工完成了各项任务。",
     "青石水泥分公司包装车间"),
])
def test_a_workshop_named_under_its_company_in_the_opening_is_named(title, text, org):
    # the title names the workshop only (every plant has a 检修车间); the opening's own union names its company
    got = describe_article(title, text)
    assert (got["org"], got["org_type"]) == (org, "enterprise")


@pytest.mark.parametrize("text", [
    "2023年，工厂生产车间分工会在党委的领导下开展工作。",  # 工厂: no company's name
    "一年来，经济管理学院分工会在学院党委的领导下开展工作。",  # a department, its parent not named
    "2023年，装配车间分工会在分公司党委的领导下开展工作。",
])
def test_a_workshop_or_department_without_its_parent_names_none(text):
    assert describe_article("工作总结", text)["org"] is None
