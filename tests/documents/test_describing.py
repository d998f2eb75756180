"""Describing: org and type, year forms, kinds, on-topic, near-duplicates, on small hand-written articles."""

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.duplicates import mark_duplicates

UNION = (
    "一年来,学校工会组织教职工开展篮球比赛,慰问困难职工,召开教代会,推进校务公开,"
    "维护教职工合法权益,发展会员,工会委员会认真履行职责。"
)


@pytest.mark.parametrize(
    "title, text, org, org_type",
    [
        ("平望镇中心小学2017年工会工作总结", UNION, "平望镇中心小学", "school"),
        ("学校工会工作计划", "春风送暖,桃李芬芳,五马中学工会迎来了崭新的一年。" + UNION, "五马中学", "school"),
        ("学校工会的工作总结", "20___年,我们新碧镇教育工会在县教委工会的领导下," + UNION, "新碧镇教育工会", "education_union"),
        ("工作总结", "中央财经大学工会2008年10月27日召开会议," + UNION, "中央财经大学", "university"),
        ("红星机械有限公司工会工作总结", UNION, "红星机械有限公司", "enterprise"),
        ("吴江市教育局机关工会工作总结", UNION, "吴江市教育局", "agency"),
        ("学校工会工作总结", "同志们," + UNION + "同志们,甘浚镇中心学校第三届第一次教职工代表大会胜利召开。", "甘浚镇中心学校", "school"),
    ],
)
def test_org_and_type(title, text, org, org_type):
    d = describe_article(title, text)
    assert (d["org"], d["org_type"]) == (org, org_type), d["evidence"]


@pytest.mark.parametrize(
    "title, text",
    [
        ("xx中学工会工作总结", UNION),
        ("**中学工会工作总结", UNION),
        ("我校工会工作总结", UNION),
        ("学校工会工作总结", "本校工会在上级工会的领导下," + UNION),
        ("工会工作计划", "一年来,在县教育工会的正确领导下,服务大局,配合学校中心工作。" + UNION),
    ],
)
def test_generic_or_outside_orgs_are_rejected(title, text):
    assert describe_article(title, text)["org"] is None


@pytest.mark.parametrize(
    "title, text, year, source",
    [
        ("平望镇中心小学2017年工会工作总结", "20**年我校工会" + UNION, 2017, "title"),
        ("2019-2020学年度学校工会工作总结", UNION, 2019, "title"),
        ("学校工会工作报告", "各位代表:\n" + UNION + "\n2019年工作回顾\n" + UNION, 2019, "text"),
        ("学校工会工作总结", "2018年,学校工会" + UNION, 2018, "text"),
        ("20xx学校工会工作总结", "2018年,学校工会" + UNION, None, None),
        ("学校工会工作总结", "20xx年,学校工会" + UNION, None, None),
        ("学校工会工作总结", "20___年,学校工会" + UNION, None, None),
        ("学校工会工作总结", "组织学习《2008年劳动合同法》," + UNION, None, None),
    ],
)
def test_year(title, text, year, source):
    d = describe_article(title, text)
    assert (d["year"], d["year_source"]) == (year, source), d["evidence"]


@pytest.mark.parametrize(
    "title, text, kind",
    [
        ("学校工会工作总结", UNION, "summary"),
        ("学校工会2020年工作计划", UNION, "plan"),
        ("学校工会工作要点", UNION, "plan"),
        ("机关工会年度工作报告", UNION, "report"),
        ("学校工会的工作总结", "各位代表:\n现在,我受学校工会委员会委托,向大会做工会工作报告,请代表们审议。" + UNION, "report"),
        ("工会材料", "2019年工作回顾\n" + UNION + "\n2020年工作思路\n" + UNION, "report"),
        ("校园安全", "学校保卫处负责校园安全巡查。", "other"),
    ],
)
def test_kind(title, text, kind):
    d = describe_article(title, text)
    assert d["kind"] == kind, d["evidence"]


DORM = (
    "在以爱心、耐心为宿舍工作理念的指导下,宿舍工作小组从管理的规范化等方面来逐步开展宿舍工作。"
    "学校宿舍管理涉及学生生活的多方面,宿管人员每晚查寝,学生宿舍卫生评比每周一次。"
)
CONGRESS = "20xx年,人大在县人大常委会的指导下,依法开好镇人大会议,认真做好人大代表工作,加大人大监督。"
HIGHLIGHTS = "学校注重德育,提高教学质量。亮点一:管理创新。亮点二:教研活动丰富多彩,学生社团活跃,课堂教学规范。"


@pytest.mark.parametrize(
    "title, text, on_topic",
    [
        ("学校工会工作总结", UNION, True),
        ("20xx学校工会工作总结", DORM, False),
        ("工会工作计划表", CONGRESS, False),
        ("前望小学亮点工作汇报材料", HIGHLIGHTS, False),
    ],
)
def test_on_topic(title, text, on_topic):
    d = describe_article(title, text)
    assert d["on_topic"] is on_topic, d["evidence"]


def test_description_has_the_columns():
    d = describe_article("学校工会工作总结", UNION)
    assert set(d) >= {"org", "org_type", "year", "year_source", "kind", "on_topic", "evidence"}


def test_mark_duplicates_points_to_the_earlier_record():
    base = UNION * 3 + "三八节组织女教师座谈,重阳节走访退休教师。"
    records = [
        {"doc_id": "a", "text": "前望小学" + base},
        {"doc_id": "b", "text": "学校宿舍管理规范化,宿管人员每晚查寝,学生宿舍卫生评比。" * 3},
        {"doc_id": "c", "text": "蔡奇完小" + base + "年底举办篮球赛。"},
        {"doc_id": "d", "text": base[: len(base) // 2]},  # a copy cut short
    ]
    out = mark_duplicates(records)
    assert [r["duplicate_of"] for r in out] == [None, None, "a", "a"]


def test_mark_duplicates_among_many_unrelated_records():
    base = UNION * 3
    filler = [f"第{i}所学校组织教职工参加第{i}届运动会,项目有{i}个。" * 4 for i in range(300)]
    texts = [base, "宿舍管理规范化,宿管人员每晚查寝。" * 5, *filler, base + "补充一句。", "人大代表视察。" * 8]
    records = [{"doc_id": str(i), "text": t} for i, t in enumerate(texts)]
    marked = {r["doc_id"]: r["duplicate_of"] for r in mark_duplicates(records)}
    assert marked[str(len(texts) - 2)] == "0"
    assert marked["0"] is None and marked[str(len(texts) - 1)] is None