"""Round 36: a title that is a label reads its opening name whole before a unit's suffix, whatever jieba tags the
name (安定 "v", 美好 "a"); a unit's numbered branch union (7分会) is the unit's own body.
Own invented lines; the places are names only."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.organisations.label import label_heads

BODY = "\n一、工作回顾\n今年学校工会积极开展活动，丰富教职工的文化生活。\n二、存在不足\n活动形式还不够多样。"


def _described(title: str, body: str = BODY) -> tuple[str | None, str | None]:
    found = describe_article(title, title + body)
    return found["org"], found["org_type"]


def test_a_label_title_names_a_place_jieba_reads_as_a_verb_or_an_adjective():
    assert _described("安定中心小学5分会2021年工会工作总结") == ("安定中心小学", "school")
    assert _described("美好实验小学2020年工会年度工作总结") == ("美好实验小学", "school")
    assert _described("丰收镇教育工会2019年工会工作计划") == ("丰收镇教育工会", "education_union")
    assert _described("安定幼儿园2018-2019学年度工会工作计划") == ("安定幼儿园", "school")


def test_a_numbered_branch_of_a_school_is_the_school_not_a_university_department():
    assert _described("美好职业学校7分会2022年工会工作要点") == ("美好职业学校", "school")
    text = "\n各分工会要积极配合，二级学院和研究生工作同步推进。"  # a university's words in the text
    assert _described("丰收职业学校12分会2020年工会工作总结", text) == ("丰收职业学校", "school")


def test_a_title_that_is_a_sentence_keeps_the_clause_reading():
    # a verb of the title's own after the suffix: no label
    assert label_heads("安定中心小学工会举办趣味运动会", [("中心小学", "school", 2, 6, "", True)], "title")[0][0] \
        == "中心小学"
    assert label_heads("加强学校工会建设的几点思考", [("学校", "school", 2, 4, "", True)], "title")[0][4] == ""
    # a pronoun or a time word is no name (我校, 今年), however short
    assert _described("今年中心小学工会工作计划")[0] is None
    assert _described("我校实验小学2020年工会工作总结")[0] is None
    # only the title: an opening sentence keeps its cut (做好中心小学… is a clause)
    assert label_heads("安定中心小学2021年工作总结", [("中心小学", "school", 2, 6, "", True)], "opening")[0][0] \
        == "中心小学"
    # four characters or more before the suffix are the rules' business (a clause's words glued before a name)
    assert label_heads("积极推动中心小学2021年工作总结", [("中心小学", "school", 4, 8, "", True)], "title")[0][0] \
        == "中心小学"


def test_a_numbered_branch_does_not_make_a_phrase_a_name():
    # a weak suffix needs three characters of name before the branch, as before its 工会
    assert _described("学校3分会2021年工会工作总结")[0] is None


def test_a_label_title_that_names_the_union_stands_for_the_writer_union_after_a_weak_suffix():
    from unionmine.documents.organisations.label import label_after

    title = "安定职业学校2016年工会年度工作总结"
    assert label_after(title, 6).startswith("工会")
    assert label_after("安定职业学校2016年工作总结", 6) == "2016年工作总结"  # no union named: as before
    assert label_after("安定职业学校举办2016年工会年度工作总结会", 6).startswith("举办")  # a clause: as before
    assert label_after("生命学院分工会2016年工作总结", 4).startswith("分工会")  # a department's branch stays one
    # another unit's name in the opening does not outrank the label's writer
    body = "\n一、工作回顾\n同志们，长乐镇中心学校第三届第一次教职工代表大会胜利召开，必将谱写我校工会工作的新篇章。"
    assert _described(title, body) == ("安定职业学校", "school")
