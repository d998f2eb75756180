"""Round 16 (issue 12, branch edge12): features of a line at the edge of a page's text. A picture's file name
whatever its name holds, a credit line (role words, names and at most one unit) above the first paragraph or
under the last, and a news title that a context rule took between a breadcrumb and its meta line. Every fixture
is invented (units, people, dates and sentences)."""

from __future__ import annotations

from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.chrome.edges import edge_credits, overlay_fragments
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.headlines import keep_news_title

NEWS = ["为丰富教职工业余生活，四月十二日下午，青崖县实验小学工会在学校操场举办教职工趣味运动会。",
        "运动会设有拔河、跳绳、托球跑等六个项目，全校八十余名教职工参加，现场气氛热烈。",
        "校工会主席表示，今后将继续开展形式多样的文体活动，让教职工在运动中放松身心、凝聚力量。"]


def _removed(lines: list[str]) -> dict[str, str]:
    return {lines[i]: name for i, name in find_chrome(lines).removed.items()}


# ---------------------------------------------------------------- picture file names


def test_a_pictures_file_name_is_chrome_whatever_its_name_holds():
    for name in ("20240412趣味运动会“拔河 (3).JPG", "运动会 现场 2.png", "IMG_0412(1).jpeg", "拔河，比赛.webp"):
        assert form_feature(name) == "image_name", name


def test_a_line_naming_a_picture_without_ending_in_its_extension_is_not_a_file_name():
    assert form_feature("请将照片以jpg格式发送至工会邮箱") is None
    assert form_feature("附照片3张") is None


# ---------------------------------------------------------------- credits


def test_credit_lines_of_several_forms_have_the_shape():
    for line in ("供稿 青崖县总工会", "供稿：工会办公室", "罗安平/文.图", "初审（一审）：邓晓光",
                 "山城新闻记者钱立群 通讯员 苏晓", "校对丨胡一鸣 陈可", "文/孟凡 图/严冬", "排版:郑小雨"):
        assert credit_line(line), line


def test_headings_signatures_and_sentences_do_not_have_the_credit_shape():
    for line in ("文艺汇演", "摄影比赛", "图书漂流", "编辑部", "青崖县实验小学工会", "王晓明",
                 "一、文体活动", "图片新闻", "记者节当天，工会慰问了全体编辑。", "审核小组：刘一 张二 李三 王四 赵五 钱六"):
        assert not credit_line(line), line


def test_a_credit_goes_at_the_texts_edge_but_not_inside_it():
    lines = ["青崖县实验小学举办教职工趣味运动会", "记者 罗安平 通讯员 苏晓", *NEWS[:2], "编辑 胡一鸣",
             NEWS[2], "供稿：校工会办公室", "审核：邓晓光"]
    marks: dict[int, str] = {}
    edge_credits(lines, marks)
    assert marks == {1: "credit", 6: "credit", 7: "credit"}


def test_a_unit_under_the_text_with_no_role_word_is_the_signature_and_stays():
    lines = [*NEWS, "青崖县实验小学工会", "2024年4月12日"]
    marks: dict[int, str] = {}
    edge_credits(lines, marks)
    assert marks == {}
    assert "青崖县实验小学工会" not in _removed(lines)


# ---------------------------------------------------------------- a picture's overlay words


def test_a_run_of_the_texts_own_words_under_it_is_a_pictures_overlay():
    lines = [*NEWS, "青崖", "教职工", "拔河", "运动会"]
    marks: dict[int, str] = {}
    overlay_fragments(lines, marks)
    assert sorted(marks) == [3, 4, 5, 6]


def test_short_lines_not_in_the_text_or_too_few_stay():
    for tail in (["青崖", "教职工"], ["张红梅", "李建国", "赵一凡"], ["青崖", "教职工", "三等奖"]):
        marks: dict[int, str] = {}
        overlay_fragments([*NEWS, *tail], marks)
        assert marks == {}, tail


# ---------------------------------------------------------------- a news title between chrome


def test_a_short_news_title_over_its_meta_line_stays_when_no_other_line_could_be_the_title():
    lines = ["我校举行“金秋登高”健身活动", "栏目：工会动态 发布时间：2024-10-15", "分享到：", *NEWS]
    assert "我校举行“金秋登高”健身活动" not in _removed(lines)
    marks = {0: "between_chrome", 1: "meta", 2: "actions"}
    keep_news_title(lines, marks)
    assert marks == {1: "meta", 2: "actions"}


def test_the_guard_gives_nothing_back_when_another_line_could_be_the_title():
    lines = ["我校举行“金秋登高”健身活动", "栏目：工会动态 发布时间：2024-10-15",
             "青崖县实验小学工会组织教职工登高健身", *NEWS]
    marks = {0: "between_chrome", 1: "meta"}
    keep_news_title(lines, marks)
    assert marks == {0: "between_chrome", 1: "meta"}


def test_the_guard_leaves_a_line_a_line_feature_took():
    lines = ["当前位置：首页 > 工会动态 > 正文", "发布时间：2024-10-15 浏览：120", *NEWS]
    marks = {0: "breadcrumb", 1: "meta"}
    keep_news_title(lines, marks)
    assert marks == {0: "breadcrumb", 1: "meta"}


def test_a_dashed_meta_field_is_meta_so_the_title_above_it_is_no_page_heading():
    lines = ["校工会组织退休教职工重阳登高活动", "- 时间：2024-10-11", "- 点击：212", "- 来源：工会（离退休工作处）", *NEWS]
    removed = _removed(lines)
    assert removed.get("- 来源：工会（离退休工作处）") == "meta"
    assert "校工会组织退休教职工重阳登高活动" not in removed
