"""County organs' unions as a 县直机关工会工委 receives them (USER11): a title naming the writer by a bare level and a
category (县公安局工会…, 县交通运输局机关工会…) or as a bare 机关工会 is completed by the signature's full name, before a
unit of the bureau the opening mentions; a vertically managed bureau signs with its national parent; a county's
融媒体中心 is filed with the organs. Invented units, none of the USER11 collection's."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.signed import signed_fuller


def _text(opening: str, body: str, signature: str, date: str = "2023年12月22日") -> str:
    more = "组织干部职工开展健步走和工间操，职工书屋新增图书300册，举办读书分享会4场，参加干部职工120人次。" * 4
    return f"{opening}\n一、关心关爱干部职工\n{body}\n二、丰富文体活动\n{more}\n{signature}\n{date}"


def test_a_bare_level_and_category_in_the_title_takes_the_signatures_full_name():
    text = _text("2023年，局机关工会在局党组的领导下，坚持机关党建带工建，较好地完成了全年各项任务。现总结如下：",
                 "春节前走访慰问困难职工5人。公路管理站结合路网改造，配合做好防暑降温工作。",
                 "柳川县交通运输局机关工会")
    found = describe_article("县交通运输局机关工会2023年工作总结", text, "2023年/县交通运输局机关工会2023年工作总结.docx")
    assert (found["org"], found["org_type"]) == ("柳川县交通运输局", "agency")  # was None (县交通运输局: ruling g)


def test_the_signature_wins_over_a_part_of_the_bureau_the_opening_names():
    text = _text("2023年，县公安局工会在局党委的领导下，团结带领民警辅警，较好地完成了全年各项任务。城北派出所结合"
                 "夏季治安整治，开展了慰问一线民警活动。现总结如下：",
                 "春节前走访慰问困难民警辅警9人。", "柳川县公安局工会委员会")
    found = describe_article("县公安局工会2023年工作总结", text, "县公安局工会2023年工作总结.pdf")
    assert (found["org"], found["org_type"]) == ("柳川县公安局", "agency")  # was 城北派出所


def test_a_bare_office_union_signed_by_a_vertically_managed_bureau():
    text = _text("2022年，机关工会在局党委的领导下，围绕税收中心工作，较好地完成了全年任务。东城税务分局结合办税服务，"
                 "开展了岗位练兵。现总结如下：",
                 "春节前走访慰问困难职工4人。", "国家税务总局柳川县税务局机关工会", "2022年12月20日")
    found = describe_article("机关工会2022年工作总结", text, "税务局/机关工会2022年工作总结.ofd")
    assert (found["org"], found["org_type"]) == ("国家税务总局柳川县税务局", "agency")  # was 东城税务分局


def test_a_county_media_centre_is_an_organ_and_its_bare_name_is_completed():
    text = _text("2023年，中心工会在中心党组的领导下，团结带领全体职工，较好地完成了全年各项任务。现总结如下：",
                 "春节前走访慰问困难职工3人。", "石门县融媒体中心工会")
    found = describe_article("县融媒体中心工会2023年工作总结", text, "县融媒体中心工会2023年工作总结.docx")
    assert (found["org"], found["org_type"]) == ("石门县融媒体中心", "agency")  # was 县融媒体中心, other
    named = describe_article("石门县融媒体中心工会2024年工作计划", text.replace("2023", "2024"), "计划.docx")
    assert (named["org"], named["org_type"]) == ("石门县融媒体中心", "agency")


def test_a_signature_of_another_unit_or_a_named_title_changes_nothing():
    text = _text("2023年，县公安局工会在局党委的领导下，较好地完成了全年各项任务。现总结如下：",
                 "春节前走访慰问困难民警辅警9人。", "柳川县交警大队工会")
    assert signed_fuller("县公安局工会2023年工作总结", text, default_describe_rules()) is None  # not …县公安局
    named = describe_article("柳川县审计局机关工会2023年工作总结", text.replace("柳川县交警大队工会", "柳川县审计局机关工会"),
                             "总结.docx")
    assert named["org"] == "柳川县审计局"


def test_a_notice_sending_to_a_body_forms_no_name_with_its_verb():
    text = ("市直各单位机关工会：\n为做好2025年工会工作，请各单位工会认真制定年度计划。现将有关事项通知如下：\n"
            "一、请于2025年1月20日前将计划盖章扫描件或OFD版式文件报市直机关工会工委办公室。\n"
            "二、市直机关工会工委将把计划执行情况纳入年度考评。\n石门市直属机关工会工作委员会\n2025年1月6日")
    found = describe_article("关于报送2025年度工会工作计划的通知", text, "通知.docx")
    assert found["org"] == "石门市直属机关工会工作委员会"  # was 版式文件报市直机关 (OFD cut the run before it)
