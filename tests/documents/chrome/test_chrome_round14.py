"""Round 14 (issue 12, branch chrome14): chrome repeated inside a page (``documents/chrome_echo``), the
review chain with slashes, widgets and meta fields whose values a copied page lost, a month-day posting
time, and photo captions between a news item's headline and its copy. Every fixture is invented and worded
unlike the development pages that prompted the rule."""

from __future__ import annotations

from unionmine.documents.chrome.echo import echo_chrome
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.line_shapes import title_like
from unionmine.documents.chrome.lines import line_feature

OPENING = "为活跃教职工业余生活，增强团队协作意识，十一月八日下午，北塘中学工会在学校体育馆举办教职工气排球联赛。"
NEWS = [OPENING, "比赛共有八支代表队参加，经过三轮激烈角逐，初三年级组获得冠军，后勤组获得体育道德风尚奖。",
        "校工会主席表示，今后将继续开展形式多样的文体活动，让教职工在运动中放松身心、凝聚力量。"]


def _removed(lines: list[str]) -> list[str]:
    return [lines[i] for i in sorted(find_chrome(lines).removed)]


def test_a_preview_repeating_the_texts_opening_is_taken_and_the_text_kept():
    lines = ["北塘中学工会举办教职工气排球联赛", "内容简介：" + OPENING[:40] + "……", *NEWS]
    marks: dict[int, str] = {}
    echo_chrome(lines, marks, title_like)
    assert marks == {1: "preview"}


def test_a_title_glued_to_the_opening_is_a_preview_but_a_repeated_title_is_not():
    lines = ["北塘中学工会2025年工作总结" + OPENING[:30], "北塘中学工会2025年工作总结", *NEWS, "北塘中学工会2025年工作总结"]
    marks: dict[int, str] = {}
    echo_chrome(lines, marks, title_like)
    assert marks == {0: "preview"}


def test_a_label_repeated_down_a_list_above_the_text_is_taken_not_one_in_the_text():
    lines = ["学校工会工作计划", "星级：", "学校工会工作计划", "星级：", "学校工会工作计划", "星级：",
             "一、指导思想", *NEWS, "活动地点：", "体育馆", "活动地点：", "操场", "活动地点：", "礼堂"]
    marks: dict[int, str] = {}
    echo_chrome(lines, marks, title_like)
    assert sorted(marks) == [1, 3, 5] and set(marks.values()) == {"page_repeat"}


def test_the_review_chain_with_slashes_is_a_byline_but_a_sentence_with_credits_is_text():
    for line in ["审核/欧阳青", "终审/马立群", "（编辑/苏晴 审核/何远）", "宣传办联系人：罗青 0571-8800123（文/罗青 图/任杰）"]:
        assert form_feature(line) == "byline", line
    assert form_feature("赛后全体队员合影留念。（文/罗青 图/任杰）") is None
    assert form_feature("一、加强职工之家建设") is None


def test_widgets_and_fields_whose_values_were_lost():
    assert line_feature("【字体：字体颜色") == "font_size"
    assert line_feature("发布日期 2024-05-06字号调整") == "font_size"
    assert line_feature("2024年05月06日 点击次数：") == "meta"
    assert line_feature("2024年5月6日 活动时间：") is None  # a plan's own field


def test_a_month_and_day_with_the_time_under_the_headline_is_the_posting_time():
    lines = ["北塘中学工会举办教职工气排球联赛", "11-09 16:45", *NEWS]
    assert _removed(lines) == ["11-09 16:45"]
    assert _removed(["北塘中学工会举办教职工气排球联赛", "11-09", *NEWS]) == []


def test_photo_captions_between_the_headline_and_the_copy_stay():
    captions = ["比赛现场", "初三年级组发球", "校工会主席为获奖教职工颁奖并与职工代表合影"]
    lines = ["北塘中学工会举办教职工气排球联赛", *captions, *NEWS]
    assert title_like(captions[-1])  # the last caption is title-shaped, on top of the copy
    assert _removed(lines) == []


def test_a_title_the_text_restates_at_its_start_is_no_preview():
    title = "北塘中学工会二〇二五年度教职工文体活动总结"
    lines = [title, title + "如下：" + OPENING, *NEWS[1:]]
    marks: dict[int, str] = {}
    echo_chrome(lines, marks, title_like)
    assert marks == {}


def test_a_hard_wrapped_line_running_into_the_next_is_no_preview():
    first = "为让新入职教师尽快融入集体，经学校工会委员会研究决定，" + NEWS[1][:20]
    lines = [first, NEWS[1], NEWS[2]]
    marks: dict[int, str] = {}
    echo_chrome(lines, marks, title_like)
    assert marks == {}


def test_a_genre_title_on_top_of_the_text_is_still_the_last_title():
    # a compilation's numbered first title under the page's heading: the byline between them is the site's
    lines = ["北塘中学工会工作计划", "马一鸣老师", "北塘中学工会工作计划1", *NEWS]
    removed = _removed(lines)
    assert "马一鸣老师" in removed and "北塘中学工会工作计划1" not in removed and not set(NEWS) & set(removed)


def test_a_sites_welcome_date_widget_login_and_lone_phone_line():
    assert form_feature("欢迎您访问青川县教育信息网！") == "welcome"
    assert form_feature("今天是：") == "welcome"
    assert form_feature("今天是：2024年11月8日 星期五") == "welcome"
    assert form_feature("欢迎新入职的十二位教师加入工会大家庭。") is None
    assert form_feature("马上注册！") == "login_comment"
    assert form_feature("招生咨询电话：0816-3312345") == "contact_footer"
    assert form_feature("联系人：罗青，联系电话：0571-8800123") is None  # a notice's own contact sentence


def test_a_zero_padded_date_in_words_over_the_text_is_the_posting_date_not_a_signing_date():
    lines = ["北塘中学工会举办教职工气排球联赛", "2024年11月09日", *NEWS, "北塘中学工会", "2024年11月9日"]
    assert _removed(lines) == ["2024年11月09日"]
    # round 40: unpadded too, under a news headline (five labelled pages of sets 14-26, all chrome); under a genre
    # title or a unit's name it is the document's own date and stays (tests/documents/chrome/test_chrome_round40.py)
    assert _removed(["北塘中学工会举办教职工气排球联赛", "2024年11月9日", *NEWS]) == ["2024年11月9日"]
    assert _removed(["北塘中学工会2024年工作总结", "2024年11月9日", *NEWS]) == []


def test_a_bare_label_of_the_texts_part_over_it():
    lines = ["北塘中学工会举办教职工气排球联赛", "文本内容：", *NEWS]
    assert _removed(lines) == ["文本内容："]


def test_a_chat_assistants_furniture_a_papers_jump_line_and_a_bracketed_reporter():
    assert form_feature("已深度思考（用时 8 秒）") == "assistant"
    assert form_feature("内容由AI生成，仅供参考") == "assistant"
    assert form_feature("但愿这份计划能满足您的要求，有需要修改的地方请随时告诉我。") == "assistant"
    assert form_feature("希望各分工会认真组织，确保活动取得实效。") is None
    assert form_feature("（上接第2版）") == "edition"
    assert form_feature("（本报通讯员 韩晓梅）") == "byline"
    assert form_feature("（韩晓梅）") is None  # a bracketed name alone: a signature or a byline, keys differ


def test_a_related_header_naming_the_page_in_quotes_takes_its_list():
    lines = ["北塘中学工会工作计划", *NEWS, "更多“北塘中学工会工作计划”相关内容推荐：", "学校工会工作总结", "教职工趣味运动会方案"]
    assert _removed(lines) == lines[-3:]


def test_a_document_sites_definition_of_the_genre_over_its_samples():
    assert form_feature("计划是我们为了把事情做在前头而预先拟定的一种应用文，写好它能让工作有条不紊。") == "intro"
    assert form_feature("学校工会工作总结（精选3篇）总结就是对过去一段工作进行回顾分析的一种书面文体。") == "intro"
    assert form_feature("总结是为了找差距，一年来我们在这种认识下做了一种新的尝试。") is None  # no genre defined


def test_a_link_bars_lone_piece_is_taken_but_a_tables_rows_are_not():
    lines = ["北塘中学工会举办教职工气排球联赛", "| 青松范文网3", *NEWS, "北塘镇总工会 |"]
    assert _removed(lines) == ["| 青松范文网3", "北塘镇总工会 |"]
    table = ["月份 |", "活动内容 |", "十月 |", "气排球联赛 |"]
    assert _removed(["北塘中学工会2025年工作计划", *NEWS, *table]) == []


def test_a_bare_date_under_the_credits_is_the_posting_date_one_under_a_signature_is_not():
    lines = ["北塘中学工会举办教职工气排球联赛", *NEWS, "撰稿：罗青", "2024年11月9日"]
    assert _removed(lines) == ["撰稿：罗青", "2024年11月9日"]
    assert _removed(["北塘中学工会举办教职工气排球联赛", *NEWS, "北塘中学工会", "2024年11月9日"]) == []


def test_a_writing_sites_note_on_where_its_text_comes_from():
    assert form_feature("#### 前言 本文整理自青松写作网，请在 WeChat 中搜索青松写作，获取更多范文。") == "intro"
    assert form_feature("本次活动的经验整理自各分工会的汇报材料。") is None


def test_a_summary_box_over_the_text_is_taken_one_inside_the_text_is_not():
    box = "内容提要：北塘中学工会组织八支代表队举行气排球联赛，初三年级组夺冠。"
    lines = ["北塘中学工会举办教职工气排球联赛", box, *NEWS]
    assert _removed(lines) == [box]
    inside = ["北塘中学工会2025年工作计划", *NEWS, "简介：", "本校共有教职工一百二十人，会员一百一十八人。"]
    assert _removed(inside) == []


def test_a_pages_own_link():
    assert form_feature("本文链接：青松范文网/jihua/1024.html") == "intro"
    assert form_feature("本文介绍了学校工会的三项工作。") is None


def test_a_bare_abstract_heading_stays():
    lines = ["学校工会工作总结的写法", "摘要", "本文说明学校工会工作总结写什么、怎样写，供工会干部参考使用。", *NEWS]
    assert "摘要" not in _removed(lines)
