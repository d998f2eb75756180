"""Round 19 (issue 12, branch chrome12): chrome found by where a line stands, with the cleaning rules' drops as
landmarks. Every fixture is invented; each shape was seen on pages of several sites."""

from __future__ import annotations

from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.chrome.head import (
    above_breadcrumb,
    above_news_title,
    after_the_end,
    edge_bylines,
)
from unionmine.documents.clean import clean_page

TITLE = "桂香满园——青禾镇第二小学工会开展中秋慰问活动"
NEWS = ["九月二十日下午，青禾镇第二小学工会主席带领工会委员走访慰问了八名退休教师，送去月饼和慰问金。",
        "每到一户，慰问组都仔细询问老教师的身体状况和生活情况，感谢他们多年来为学校发展作出的贡献。",
        "工会主席表示，学校工会将持续关心退休教职工的生活，让老教师们感受到学校大家庭的温暖。"]


# ---------------------------------------------------------------- the site's header above the breadcrumb


def test_lines_above_a_breadcrumb_over_the_title_are_the_sites_header():
    header = ["某某区人民政府 欢迎访问某某区总工会网站！",
              "通知公告：某某区开展职工运动会报名【报名】2024.3.1.某某区职工书屋评选结果公示2024.3.1"]
    lines = [*header, "当前位置: 首页 > 工会动态", TITLE, "发布时间：2024-09-21", *NEWS]
    marks = {2: "breadcrumb", 4: "meta"}
    above_breadcrumb(lines, marks)
    assert marks == {0: "above_breadcrumb", 1: "above_breadcrumb", 2: "breadcrumb", 4: "meta"}


def test_a_title_above_the_breadcrumb_with_none_under_it_stays():
    lines = [TITLE, "当前位置: 首页 > 工会动态", "发布时间：2024-09-21", *NEWS]
    marks = {1: "breadcrumb", 2: "meta"}
    above_breadcrumb(lines, marks)
    assert marks == {1: "breadcrumb", 2: "meta"}


def test_a_breadcrumb_under_the_first_paragraph_takes_nothing_above_it():
    lines = [TITLE, NEWS[0], "当前位置: 首页 > 工会动态", "某某区总工会工作动态", *NEWS[1:]]
    marks = {2: "breadcrumb"}
    above_breadcrumb(lines, marks)
    assert marks == {2: "breadcrumb"}


def test_a_breadcrumb_the_cleaning_rules_drop_still_marks_the_header_above_it():
    page = "\n".join(["某某区人民政府 欢迎访问某某区总工会网站！", "当前位置：首页 > 工会动态 > 基层动态",
                      TITLE, "发布时间：2024-09-21 来源：区总工会", *NEWS])
    cleaned = clean_page(page).text
    assert "欢迎访问" not in cleaned and cleaned.startswith(TITLE)
    assert all(line in cleaned for line in NEWS)


# ---------------------------------------------------------------- an author's by-line at the text's edge


def test_a_unit_and_a_persons_name_at_the_texts_edge_is_a_byline():
    lines = [TITLE, "青禾镇二中 李晓梅", *NEWS, "（青禾镇第二小学工会 周文）"]
    marks: dict[int, str] = {}
    edge_bylines(lines, marks)
    assert marks == {1: "byline", 5: "byline"}


def test_a_unit_signature_and_a_list_of_names_stay():
    signed = [TITLE, *NEWS, "青禾镇第二小学工会", "2024年9月21日"]
    marks: dict[int, str] = {}
    edge_bylines(signed, marks)
    assert marks == {}  # a unit with no person is the text's signature (ruling d)
    winners = [TITLE, *NEWS, "青禾镇二中 李晓梅", "青禾镇第二小学 周文", "城北二中 王平"]
    edge_bylines(winners, marks)
    assert marks == {}  # names in a row: a list of winners, not a by-line


def test_a_credit_whose_slash_the_normaliser_made_a_full_stop_is_a_credit():
    assert credit_line("周文杰/文。图") and credit_line("周文杰/文.图")
    assert not credit_line("周文杰写文。图书馆今日开放")


# ---------------------------------------------------------------- what follows the text's evident end


def test_what_follows_a_closing_date_or_an_editors_line_is_the_sites():
    notice = ["关于公布教职工讲故事比赛获奖名单的通知", *NEWS, "附件：教职工讲故事比赛获奖名单", "某某区教育工会",
              "2024年6月23日", "附件：教职工讲故事比赛获奖名单.docx"]
    marks: dict[int, str] = {}
    after_the_end(notice, marks)
    assert marks == {7: "after_the_end"}
    news = [TITLE, *NEWS, "责编：周文", "青禾镇第一小学举行新学期教职工大会 凝心聚力再出发 ——城北二中举行教师节表彰会"]
    marks = {4: "meta"}
    after_the_end(news, marks)
    assert marks == {4: "meta", 5: "after_the_end"}


def test_a_schedules_rows_and_a_signature_after_the_date_stay():
    plan = ["2024年工会工作计划", *NEWS, "具体安排：", "一月", "春节送温暖 职工联欢会", "三月", "女职工联欢 羽毛球比赛"]
    marks: dict[int, str] = {}
    after_the_end(plan, marks)
    assert marks == {}  # a bare month is no closing date
    dated = ["2024年工会工作计划", *NEWS, "3月15日", "召开教职工代表大会", "5月20日", "举办职工运动会"]
    after_the_end(dated, marks)
    assert marks == {}  # a later date: the first was a schedule's row, not the end
    signed = [TITLE, *NEWS, "2024年9月21日", "青禾镇第二小学工会"]
    after_the_end(signed, marks)
    assert marks == {}


# ---------------------------------------------------------------- over a news title and its meta line


def test_lines_above_a_news_title_over_its_meta_line_are_the_sites():
    headline = "桂香满园！青禾镇第二小学工会开展中秋慰问活动"  # an exclaiming headline: no title by its shape
    lines = ["查看原文", "其他", headline, "发布时间：2024-09-21 来源：校工会", *NEWS]
    marks = {0: "widget", 3: "meta"}
    above_news_title(lines, marks)
    assert marks == {0: "widget", 1: "above_news_title", 3: "meta"}


def test_without_a_headline_right_above_the_meta_line_nothing_is_taken():
    lines = ["其他", "工作动态", "发布时间：2024-09-21", *NEWS]  # a meta line under a column's words
    marks = {2: "meta"}
    above_news_title(lines, marks)
    assert marks == {2: "meta"}
    lines = ["其他", TITLE, NEWS[0], "发布时间：2024-09-21", *NEWS[1:]]  # a meta line under the first paragraph
    marks = {3: "meta"}
    above_news_title(lines, marks)
    assert marks == {3: "meta"}
