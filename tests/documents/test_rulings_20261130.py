"""The conventions settled on 2026-11-30 (issue 12, corpus/annotations/real_ingest/README.md), rulings
a, c and e: a 文号 line is chrome, a site's additions to a title go, a photo caption is body wherever it
stands. Every fixture is invented."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.clean import clean_text
from unionmine.documents.title_additions import drop_site_additions
from unionmine.documents.titles import choose_title

OPENING = "为丰富教职工业余生活，十月十二日下午，青川镇中心小学工会在学校操场举办教职工趣味运动会。"
NEWS = [OPENING, "运动会设置了拔河、托球跑、跳长绳等六个项目，全校八十余名教职工分成四队参赛。",
        "校工会主席表示，今后将继续开展形式多样的文体活动，让教职工在运动中增进友谊、凝聚力量。"]


# ---------------------------------------------------------------- (a) a 文号 line is chrome
@pytest.mark.parametrize("line", [
    "青教工〔2023〕7号", "柳河县总工发[2019]12号", "溪山区教工字（2024）第3号", "X教工〔2021〕3号",
    "溪工委〔2022〕15号  签发人：孟远", "东岭处工字[2010]2號",
])
def test_a_document_number_alone_is_chrome(line):
    assert form_feature(line) == "doc_number"


@pytest.mark.parametrize("line", [
    "根据县总工会〔2020〕5号文件的要求，我校工会认真开展了自查。",
    "〔2023〕7号",  # no issuer's code: not the standard's form
    "2023年工作要点",
    "青川县总工会关于印发2024年工作要点的通知",
])
def test_a_sentence_citing_a_number_and_a_notice_title_stay(line):
    assert form_feature(line) is None


NOTICE_TITLE = "青川县教育工会关于印发2024年工作要点的通知"
NOTICE = ["各基层工会：", "现将《青川县教育工会2024年工作要点》印发给你们，请结合实际认真贯彻落实。", "青川县教育工会",
          "2024年2月20日"]


@pytest.mark.parametrize("head", [["青教工〔2024〕2号", NOTICE_TITLE], [NOTICE_TITLE, "青教工〔2024〕2号"]])
def test_a_notice_loses_its_number_and_keeps_its_title(head):
    # the number over the title (the standard's place) or under it (a copy): the title stays either way
    kept = clean_text("\n".join(head + NOTICE)).split("\n")
    assert kept == [NOTICE_TITLE, *NOTICE]


# ---------------------------------------------------------------- (c) a site's additions to a title go
@pytest.mark.parametrize("title, own", [
    ("社区工会工作计划范本", "社区工会工作计划"),
    ("2023年街道工会工作总结范文", "2023年街道工会工作总结"),
    ("幼儿园工会工作总结模板", "幼儿园工会工作总结"),
    ("2022年中学工会工作总结优秀范文", "2022年中学工会工作总结"),
    ("卫生院工会工作总结集合", "卫生院工会工作总结"),
    ("工会上半年工作总结PPt", "工会上半年工作总结"),
    ("学校工会工作计划(精选)", "学校工会工作计划"),
    ("20xx最新镇工会工作计划范文", "20xx镇工会工作计划"),
    ("最新机关工会工作要点", "机关工会工作要点"),
    ("【2024第12期】青川县总工会召开基层工会主席培训会", "青川县总工会召开基层工会主席培训会"),
    ("【五届三次会议】工会工作报告", "工会工作报告"),
    ("中学工会工作总结报告（学校工会年度工作总结）", "中学工会工作总结报告"),
    ("总工会2023年工作总结和2024年工作计划(乡镇)", "总工会2023年工作总结和2024年工作计划"),
])
def test_a_sites_additions_go(title, own):
    assert drop_site_additions(title) == own


@pytest.mark.parametrize("title", [
    "20__年村(社区)工会工作总结", "20xx年学校工会工作计划", "工会(妇委会)2024年工作总结",
    "关于召开工会委员会(扩大)会议的通知", "青川县总工会工作计划（2025年）", "机关工会工作思路（提纲）",
    "工会经费管理办法（试行）", "范文", "工作模板",
])
def test_a_title_keeps_its_own_brackets_and_blanks(title):
    assert drop_site_additions(title) == title


def test_choose_title_drops_the_additions_of_a_heading_and_of_a_text_line():
    body = "一年来，在镇党委和上级工会的领导下，镇工会围绕中心、服务大局，较好地完成了各项工作任务。"
    assert choose_title(None, body, hint="柳河镇工会工作总结范文")[0] == "柳河镇工会工作总结"
    assert choose_title(None, "柳河镇工会工作总结模板\n" + body)[0] == "柳河镇工会工作总结"


# ---------------------------------------------------------------- (e) a photo caption is body
@pytest.mark.parametrize("caption", [
    "10月12日，青川镇中心小学教职工趣味运动会现场。孟小川 摄",
    "图 教职工拔河比赛现场",
    "校工会主席为获胜队颁奖并合影留念",
])
def test_a_caption_between_paragraphs_is_body(caption):
    text = "\n".join([NEWS[0], caption, NEWS[1], NEWS[2]])
    assert caption in clean_text(text).split("\n")


@pytest.mark.parametrize("line", ["孟小川 摄", "（本报记者 孟小川 摄）", "IMG_20241012_1530.jpg", "图片"])
def test_a_lone_credit_an_image_name_and_a_bare_picture_line_stay_chrome(line):
    text = "\n".join([NEWS[0], line, NEWS[1], NEWS[2]])
    assert line not in clean_text(text).split("\n")


def test_captions_under_a_headline_that_is_not_title_shaped_stay():
    # the span pass: a column name above the headline goes; the captions between headline and copy stay
    lines = ["校园动态", "趣味运动会欢乐开赛", "运动会开幕式", "教职工托球跑比赛", *NEWS]
    removed = {lines[i] for i in find_chrome(lines).removed}
    assert removed == {"校园动态"}


def test_a_column_tag_parted_from_the_text_by_the_posting_date_still_goes():
    lines = ["趣味运动会欢乐开赛", "[ 工会动态 ]", "2024-10-12", "运动会开幕式", *NEWS]
    removed = {lines[i] for i in find_chrome(lines).removed}
    assert removed == {"[ 工会动态 ]", "2024-10-12"}


def test_the_describer_reads_the_title_as_written():
    from unionmine.documents.titles import title_as_written
    body = "十月十二日，青川县总工会召开专题会议，传达学习全市工会工作会议精神，机关全体干部参加。"
    hint = "【2024第12期】青川县总工会传达学习全市工会工作会议精神"
    assert title_as_written(None, f"{hint}\n{body}")[0] == hint  # its issue tag dates the item
    assert choose_title(None, f"{hint}\n{body}")[0] == hint[len("【2024第12期】"):]


def test_a_caption_on_top_of_a_summary_does_not_make_it_news():
    from unionmine.documents.news import news_lead
    caption = "3月8日，青川县总工会举办女职工健步走活动。孟小川 摄"
    summary = "2024年，青川县总工会在县委和上级工会的领导下，围绕中心、服务大局，较好地完成了全年各项任务。"
    assert not news_lead(f"{caption}\n{summary}")
    assert news_lead(f"{caption[:-6]}\n{summary}")  # the same line without its credit leads a news item
