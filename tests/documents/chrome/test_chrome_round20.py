"""Round 20 (issue 12, branch chrome13): runs of chrome under the text, credits naming a bare unit or two units,
a line in Latin letters only over a Chinese text, a label wrapped in brackets or dashes over the text, a head of bare
words with no title. Every fixture is invented; each shape was seen on pages of two
development sets or more, and the fixtures take another page shape than those pages."""

from __future__ import annotations

from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.head import bare_head, decorated_labels, tail_runs
from unionmine.documents.clean import clean_page

TITLE = "青禾镇第二小学工会举办教职工趣味运动会"
TEXT = ["十月十二日下午，青禾镇第二小学工会在学校操场举办教职工趣味运动会，全校六十余名教职工参加。",
        "运动会设置了拔河、托球跑、夹球接力等六个项目，各年级组教师积极报名，赛场上欢声笑语不断。",
        "工会主席表示，学校工会将继续开展形式多样的文体活动，丰富教职工的业余文化生活。"]


# ---------------------------------------------------------------- a run of lines between chrome under the text


def test_a_run_of_lines_between_two_chrome_lines_under_the_text_is_the_sites():
    lines = [TITLE, *TEXT, "上一篇：学校工会召开第三次会员代表大会", "本站声明：", "联系我们 网站地图",
             "某某市教育网 版权所有"]
    marks = {4: "prev_next", 7: "copyright"}
    tail_runs(lines, marks)
    assert marks[5] == marks[6] == "tail_run"


def test_a_run_between_chrome_keeps_a_date_a_heading_a_sentence_and_a_picture_caption():
    lines = [TITLE, *TEXT, "上一篇：学校工会召开第三次会员代表大会", "2024年10月12日", "下一篇：工会慰问退休教师",
             "二、下一步打算", "扫一扫分享本页", "全体教职工合影留念。", "某某市教育网 版权所有"]
    marks = {4: "prev_next", 6: "prev_next", 8: "widget", 10: "copyright"}
    tail_runs(lines, marks)
    assert marks == {4: "prev_next", 6: "prev_next", 8: "widget", 10: "copyright"}
    captioned = [TITLE, *TEXT, "photo_0012.jpg", "教师拔河比赛现场", "某某市教育网 版权所有"]
    marks = {4: "image_name", 6: "copyright"}
    tail_runs(captioned, marks)
    assert 5 not in marks  # a picture's name beside it: the line is its caption


def test_a_run_from_the_texts_end_into_a_footer_that_reaches_the_pages_end_is_the_sites():
    lines = [TITLE, *TEXT, "评论 0 条 我要评论", "| 首页 | 学校概况 | 教学科研 |", "地址：某某市青禾镇学府路1号 电话：0000-1234567",
             "某某市教育网 版权所有"]
    marks = {6: "contact_footer", 7: "copyright"}
    tail_runs(lines, marks)
    assert marks[4] == marks[5] == "footer_run"


def test_a_signature_or_a_line_with_text_after_it_stays_before_a_footer():
    signed = [TITLE, *TEXT, "（青禾镇第二小学工会）", "地址：某某市青禾镇学府路1号 电话：0000-1234567"]
    marks = {5: "contact_footer"}
    tail_runs(signed, marks)
    assert 4 not in marks  # a unit alone: the text's signature (ruling d)
    unfinished = [TITLE, *TEXT, "活动剪影", "地址：某某市青禾镇学府路1号 电话：0000-1234567", "教师们在终点合影"]
    marks = {5: "contact_footer"}
    tail_runs(unfinished, marks)
    assert 4 not in marks  # the footer does not reach the page's end: no footer


# ---------------------------------------------------------------- a credit naming a bare unit, or a desk and a union


def test_a_credit_may_name_a_bare_unit_or_two_units():
    assert credit_line("图文：工会") and credit_line("办公室 供稿")
    assert credit_line("供稿｜校工会 宣传部")
    assert not credit_line("工会 办公室")  # no role word: a signature or a menu
    assert not credit_line("供稿：一中 二中 三中")  # three units: a list


def test_a_bare_unit_credit_under_the_text_is_chrome():
    page = "\n".join([TITLE, *TEXT, "工会 供稿", "分享到：微信 微博"])
    cleaned = clean_page(page).text
    assert "供稿" not in cleaned and all(line in cleaned for line in TEXT)


# ---------------------------------------------------------------- Latin letters only over a Chinese text


def test_a_line_in_latin_letters_only_over_a_chinese_text_is_chrome():
    lines = ["== TEACHERS' UNION ==", TITLE, "✿ Spring", *TEXT]
    marks = find_chrome(lines).removed
    assert marks.get(0) == marks.get(2) == "column"
    assert 1 not in marks and not any(marks.get(k) for k in range(3, 6))


def test_latin_letters_under_the_first_paragraph_or_beside_chinese_stay():
    lines = [TITLE, TEXT[0], "Keep Moving", "2024 Autumn 运动会", *TEXT[1:]]
    marks = find_chrome(lines).removed
    assert 2 not in marks and 3 not in marks


# ---------------------------------------------------------------- a label wrapped in brackets or dashes over the text


def test_a_wrapped_label_over_the_first_paragraph_is_the_sites():
    lines = ["〔工会风采〕", TITLE, "== 本期导读 ==", *TEXT]
    marks: dict[int, str] = {}
    decorated_labels(lines, marks)
    assert marks == {0: "decorated_label", 2: "decorated_label"}


def test_a_wrapped_heading_marker_or_title_and_a_label_inside_the_text_stay():
    lines = ["【篇二】", "【2024年学校工会工作计划】", "【一、指导思想】", "<h2>", *TEXT[:2], "【活动剪影】", TEXT[2]]
    marks: dict[int, str] = {}
    decorated_labels(lines, marks)
    assert marks == {}


# ---------------------------------------------------------------- a head of bare words, no title


def test_one_or_two_bare_words_alone_over_the_text_are_the_sites_column():
    lines = ["工会动态", "正文阅读", *TEXT]
    marks: dict[int, str] = {}
    bare_head(lines, marks)
    assert marks == {0: "bare_head", 1: "bare_head"}


def test_bare_words_beside_a_title_a_longer_head_or_a_signature_stay():
    marks: dict[int, str] = {}
    bare_head(["工会动态", TITLE, *TEXT], marks)  # a title there: the head rules decide
    bare_head(["工会动态", "校园新闻", "通知公告", *TEXT], marks)  # three lines: a poem's or a list's lines
    bare_head(["青禾小学", *TEXT], marks)  # a unit's name: a signature
    bare_head(["工会", "慰问信", *TEXT], marks)  # a document's genre: its title
    assert marks == {}
