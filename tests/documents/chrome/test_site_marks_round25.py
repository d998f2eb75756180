"""Round 25 (issue 12, chrome and kinds): a font widget's 放大/缩小 buttons, a page's word count and reading time, a
by-line whose unit is a farm or a yard (某某场), a unit named for planning (规划局) in a title. Every fixture is invented;
each rule has its near misses (a sentence about enlarging, a text's own count of its parts, 现场/会场 before a name,
a plan that names a 规划)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.site_marks import font_widget, word_count_line
from unionmine.documents.kinds import find_kind


def test_a_font_widgets_buttons_are_chrome():
    for line in ("字体: 放大缩小", "放大 缩小 默认", "【放大】【缩小】", "字号：放大 | 缩小 | 还原", "放大缩小"):
        assert font_widget(line) and form_feature(line) == "font_size", line
    cleaned = _cleaned(["字体：放大 缩小", TITLE, *TEXT])
    assert "放大" not in cleaned and all(t in cleaned for t in TEXT)
    for line in ("图片可放大缩小查看", "要放大优势，缩小差距。", "缩小城乡差距", "放大镜", "字体 大 中 小 默认"):
        assert not font_widget(line), line


def test_a_pages_word_count_and_reading_time_are_chrome():
    for line in ("本篇文章512字,读完约2分钟", "[本文共1830字]", "全文共2345字，阅读大约需要6分钟", "本文共 968 字"):
        assert word_count_line(line) and form_feature(line) == "meta", line
    cleaned = _cleaned(["本篇文章512字，读完约2分钟", *TEXT])
    assert "读完" not in cleaned and all(t in cleaned for t in TEXT)
    for line in ("本文共分三个部分。", "文章共计5000字左右，请认真阅读。", "征文字数3000字以内", "比赛时间为40分钟"):
        assert not word_count_line(line) and form_feature(line) is None, line


def test_a_by_line_of_a_farm_or_a_yard_and_a_person_is_chrome():
    cleaned = _cleaned([TITLE, *TEXT, "（青禾林场 王小明）"])
    assert "王小明" not in cleaned and all(t in cleaned for t in TEXT)
    cleaned = _cleaned([TITLE, *TEXT, "（东湖贮木场 李晓红）"])
    assert "李晓红" not in cleaned
    # a place that is no unit (现场, 会场) with a name is no by-line of a unit
    cleaned = _cleaned([TITLE, *TEXT, "（会场 李晓红）"])
    assert "李晓红" in cleaned


def test_a_unit_named_for_planning_names_no_kind():
    news = "9月2日，青禾市自然资源和规划局召开工会会员大会，选举产生第一届工会委员会。"
    assert find_kind("青禾市自然资源和规划局选举产生第一届工会委员会", news)[0] == "other"
    assert find_kind("青禾市规划和自然资源委员会工会举办职工运动会", news)[0] == "other"
    # the unit's own plan, and a plan that is a 规划, keep their kind
    assert find_kind("青禾市规划局工会2024年工作计划", "一、指导思想")[0] == "plan"
    assert find_kind("青禾小学工会三年发展规划", "一、指导思想")[0] == "plan"


def test_a_bare_year_opening_a_sentence_dates_a_text_that_states_no_other():
    from unionmine.documents.describe import find_year
    from unionmine.documents.news import bare_year

    text = ("为丰富教职工业余生活，学校工会举办了教职工跳绳比赛。\n"
            "2019教职工“跳绳比赛”的初赛以工会小组为单位进行，共有十二个小组参加。")
    assert find_year("", text)[0] == 2019
    assert find_year("", "2023即将过去、2024马上到来，青禾中学工会举办教工迎新拔河比赛。", news=True)[0] == 2023
    # a cohort, an edition, a date, two different years, a year inside a sentence: no year
    for text in ("2019级新生入学后，工会组织教职工迎新。", "2020版工会会员证已经发放。", "2020-05-01，工会组织登山。",
                 "2019教职工跳绳比赛举行。2020教职工拔河比赛举行。", "学校工会于2019组织教职工跳绳比赛。"):
        assert bare_year(text, 1990, 2030)[0] is None, text
