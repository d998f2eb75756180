"""Two versions of one summary a sender sent (…（定稿）.docx and the …（修改稿）.docx before it): the final is the one
counted, the other is its near-duplicate, whatever order their names sort in (invented school texts)."""

from __future__ import annotations

import pandas as pd

from unionmine.documents.discover import discover_files, reading_order
from unionmine.run import pipeline

SUMMARY = """柳塘小学工会2023年工作总结
一年来，柳塘小学工会在镇教育工会的指导下，围绕学校中心工作，认真履行维护、建设、参与、教育职能。
一、坚持民主管理
学校召开三届四次教职工代表大会，审议通过了绩效工资分配方案，校务公开栏每月更新，教职工提出的九条建议全部得到答复。
二、关心教职工生活
春节前走访慰问困难教职工六人，为生病住院的三位教师送去慰问金，组织全体教职工进行健康体检，为退休教师举办荣休仪式。
三、丰富文体活动
举办教职工趣味运动会和迎新年合唱比赛，组织教师参加镇乒乓球联赛并获得团体第二名{note}。
柳塘小学工会
2023年12月26日
"""


def test_the_final_version_is_read_first_then_a_revision_the_plain_name_and_a_draft():
    names = ["工作总结-初稿.txt", "工作总结（修改稿）.txt", "工作总结.txt", "工作总结【终稿】.txt", "工会简报.txt"]
    assert sorted(names, key=reading_order) == [
        "工会简报.txt", "工作总结【终稿】.txt", "工作总结（修改稿）.txt", "工作总结.txt", "工作总结-初稿.txt"]


def test_of_a_final_and_its_revision_the_final_is_counted(tmp_path):
    root = tmp_path / "收件箱"
    root.mkdir()
    # by their names alone the revision (修 U+4FEE) sorts before the final (定 U+5B9A), and would be the one kept
    (root / "柳塘小学2023年工会工作总结（修改稿）.txt").write_text(SUMMARY.format(note="（数字待核）"), encoding="utf-8")
    (root / "柳塘小学2023年工会工作总结（定稿）.txt").write_text(SUMMARY.format(note=""), encoding="utf-8")
    assert next(p.name for p, _ in discover_files([root])).endswith("（定稿）.txt")
    out = tmp_path / "out"
    pipeline.ingest([root], out, progress=False)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    final, revision = docs.loc["柳塘小学2023年工会工作总结（定稿）.txt"], docs.loc["柳塘小学2023年工会工作总结（修改稿）.txt"]
    assert pd.isna(final["duplicate_of"]) and revision["duplicate_of"] == final["doc_id"]
