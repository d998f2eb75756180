"""A university union office's sub-unions (USER9, session 14): a college named by two fields joined by 与, 和 or 及
(材料科学与工程学院), a university's own departments (后勤服务集团, 图书馆, 机关) named with the university. The rules were
prompted by scripts/collections/user9_university.py (江澜大学); every fixture here is another invented unit."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article


@pytest.mark.parametrize("title, text, org", [
    ("分工会2023年工作总结", "2023年，机械与汽车工程学院工会在学院党委的领导下，团结带领教职工完成了各项任务。",
     "机械与汽车工程学院"),
    ("分工会2024年工作总结", "2024年，青禾大学经济与管理学院分工会坚持以教职工为中心，做好服务。",
     "青禾大学经济与管理学院"),
    ("工作总结", "2022年，化学及化工学院工会认真贯彻学校党委的部署，扎实推进各项工作。", "化学及化工学院"),
])
def test_a_college_named_by_two_fields_joined_keeps_both(title, text, org):
    assert describe_article(title, text)["org"] == org


@pytest.mark.parametrize("text, org", [
    # the conjunction joins two bodies, not two fields: the college alone, or none
    ("2023年，学校党委和计算机学院工会共同举办教职工联谊活动。", "计算机学院"),
    ("2023年，学校与外国语学院联合举办教职工联谊会。", None),
])
def test_a_conjunction_between_bodies_still_cuts_the_name(text, org):
    assert describe_article("活动简报", text)["org"] == org


@pytest.mark.parametrize("title, source", [
    # the notice asks for the documents its title names; the file name, the notice's own title, names them too
    ("关于做好2024年暑期教职工疗休养工作的通知", "2024/关于做好2024年暑期教职工疗休养工作计划的通知.docx"),
    ("关于提交2023年度工会工作总结的通知", "通知/关于提交2023年度工会工作总结的通知.docx"),
])
def test_a_notice_is_other_whatever_its_file_name_says(title, source):
    text = "各分工会：\n请于1月20日前将材料报送校工会办公室。\n特此通知。\n青禾大学工会\n2024年1月5日"
    assert describe_article(title, text, source)["kind"] == "other"


def test_a_file_name_still_labels_a_document_whose_title_names_no_kind():
    text = "2024年，学院分工会将围绕中心工作，做好服务。\n一、加强民主管理\n按期召开二级教代会。"
    assert describe_article("学院分工会", text, "2024/学院分工会2024年工作计划.docx")["kind"] == "plan"


@pytest.mark.parametrize("title, text, org", [
    ("后勤服务中心工会2023年工作总结", "2023年，青禾理工学院后勤服务中心工会团结职工做好服务。", "青禾理工学院后勤服务中心"),
    ("博物馆工会2023年工作总结", "2023年，青禾大学博物馆工会团结职工做好服务。", "青禾大学博物馆"),
    ("图书馆工会2024年工作计划", "2024年，青禾大学图书馆工会将团结教职工做好服务。", "青禾大学图书馆"),
])
def test_a_universitys_own_department_named_with_it_is_a_university_unit(title, text, org):
    got = describe_article(title, text)
    assert (got["org"], got["org_type"]) == (org, "university")


def test_a_service_group_answering_to_the_university_union_is_a_university_unit():
    text = "2024年，后勤集团工会在集团党委和校工会的领导下，做好职工服务。"
    assert describe_article("后勤集团工会2024年工作要点", text)["org_type"] == "university"


@pytest.mark.parametrize("title, text, org_type", [
    ("图书馆工会2023年工作总结", "2023年，柳川市图书馆工会团结职工做好服务。", "other"),  # a city's library
    ("2024年工作计划", "2024年，鸿运后勤集团工会在集团党委的领导下，做好员工服务。", "enterprise"),  # a company
    ("附属医院工会2023年工作总结", "2023年，青禾大学附属第二医院工会在医院党委的领导下做好工作。", "other"),
])
def test_a_library_company_or_affiliated_hospital_keeps_its_type(title, text, org_type):
    assert describe_article(title, text)["org_type"] == org_type


@pytest.mark.parametrize("title, text, org", [
    # a department's own union (部门工会) after its name, the university named with it: the department, as a college's
    ("博物馆部门工会2023年工作总结", "一年来，博物馆部门工会做好服务。\n一、工作\n做了很多。\n青禾大学博物馆部门工会\n2023年12月28日",
     "青禾大学博物馆"),
    ("工作总结", "2023年，青禾师范学院图书馆部门工会在馆党委的领导下，做好服务。", "青禾师范学院图书馆"),
    # 部 after a school is still a part of it (初中部, 高中部), not a union
    ("工作总结", "2023年，实验中学初中部工会在学校党委的领导下，做好服务。", "实验中学"),
])
def test_a_department_union_after_a_universitys_department_names_the_department(title, text, org):
    assert describe_article(title, text)["org"] == org


def test_a_department_union_signing_with_its_university_names_the_department():
    # the opening says only 博物馆部门工会 (every university has one); the signature below the text names it
    items = "\n".join(f"（{n}）开展第{n}项活动\n组织教职工参加学校第{n}届运动会和读书活动，参加教职工{n}十人次，效果良好。"
                      for n in "一二三四五六")
    text = ("博物馆部门工会2023年工作总结\n\n过去的一年，博物馆部门工会坚持服务大局、服务教职工，在馆党委和校工会的领导下，"
            f"各项工作取得了新进展。现总结如下：\n一、丰富教职工文化生活\n{items}\n青禾大学博物馆部门工会\n2023年12月26日")
    assert describe_article("博物馆部门工会2023年工作总结", text)["org"] == "青禾大学博物馆"
    assert describe_article("博物馆部门工会2023年工作总结", text.replace("青禾大学博物馆部门工会\n", ""))["org"] is None


@pytest.mark.parametrize("title, text, org_type", [
    ("机关第三分工会2024年工作计划", "2024年，机关第三分工会将在校工会的指导下，团结机关教职工做好服务。", "university"),
    ("机关分工会2022年工作总结", "2022年，机关分工会在学校党委和机关党委的领导下，团结机关教职工做好服务。", "university"),
    # a government organ's sub-union answers to a bureau's party group and its organs' union
    ("机关分工会2023年工作总结", "2023年，机关分工会在局党组和县直机关工会的领导下，团结干部职工做好服务。", "agency"),
])
def test_a_title_s_administration_sub_union_answering_to_a_university_is_a_university_unit(title, text, org_type):
    assert describe_article(title, text)["org_type"] == org_type
