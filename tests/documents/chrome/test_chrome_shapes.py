"""Round 17 (issue 12, branch edge12c): chrome shapes as features of a line or a run of lines at the text's edge.
Interaction widgets (an interface verb and what it acts on), headline lists without a heading (other items'
headlines above the article's title or under its text), a related-reading heading fused to the article's title,
crumbs without separators and a menu's words under the text. Every fixture is invented."""

from __future__ import annotations

from unionmine.documents.chrome.edges import column_words, edge_widgets, fused_related
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.headlines import headline_lists
from unionmine.documents.chrome.widgets import widget_line

TITLE = "暖冬送温情——柳岸镇中心小学工会慰问困难教职工"
NEWS = ["一月十六日上午，柳岸镇中心小学工会主席带领工会委员走访慰问了六名困难教职工，送去慰问金和米面油。",
        "每到一户，慰问组都详细询问教职工的身体状况和家庭生活，认真倾听他们的困难和诉求。",
        "工会主席表示，学校工会将持续关心困难教职工的工作和生活，把党和组织的温暖送到每一位教职工心中。"]


def _removed(lines: list[str]) -> dict[str, str]:
    return {lines[i]: name for i, name in find_chrome(lines).removed.items()}


# ---------------------------------------------------------------- widgets


def test_widget_lines_have_an_interface_verb_and_what_it_acts_on():
    for line in ("查看原文", "一键分享到朋友圈", "还能输入200字", "【打印正文】", "即可在手机端查看", "扫描二维码下载APP",
                 "用户评论", "点击复制本文链接"):
        assert widget_line(line), line


def test_headings_titles_and_sentences_are_not_widgets():
    for line in ("关注教职工身心健康", "读书分享会", "一、关注困难职工", "柳岸镇中心小学工会下载资料培训工作总结",
                 "请各分会于周五前下载表格并提交。", "查看", "职工书屋阅读活动"):
        assert not widget_line(line), line


def test_a_widget_goes_at_the_edge_but_not_inside_the_text():
    lines = ["分享到朋友圈", TITLE, NEWS[0], "点击查看全文", *NEWS[1:], "还能输入140字", "用户评论"]
    marks: dict[int, str] = {}
    edge_widgets(lines, marks)
    assert marks == {0: "widget", 6: "widget", 7: "widget"}


# ---------------------------------------------------------------- headline lists


OTHER = ["东湖公园樱花进入最佳观赏期", "本周末全市气温将回升至二十度", "地铁五号线南延段下月试运行",
         "青山区新增三处城市书房"]


def test_other_items_headlines_above_the_title_are_a_list():
    lines = ["某某网 首页", *OTHER, "查看原文", TITLE, *NEWS]
    marks = {0: "site_name", 5: "widget"}
    headline_lists(lines, marks)
    assert marks == {0: "site_name", 1: "headline_list", 2: "headline_list", 3: "headline_list",
                     4: "headline_list", 5: "widget"}


def test_two_headlines_are_no_list_and_the_texts_own_words_are_no_list():
    marks: dict[int, str] = {}
    headline_lists([*OTHER[:2], TITLE, *NEWS], marks)
    assert marks == {}
    # short lines of the article's own words above its first paragraph (a public account's opening)
    own = ["慰问困难教职工送去温暖", "工会委员走访六名教职工", "倾听困难和诉求送去米面油"]
    marks = {}
    headline_lists([TITLE, *own, *NEWS], marks)
    assert marks == {}


def test_under_the_text_a_run_of_headlines_goes_but_a_plans_numbered_items_stay():
    lines = [TITLE, *NEWS, *OTHER[:3]]
    marks: dict[int, str] = {}
    headline_lists(lines, marks)
    assert sorted(marks) == [4, 5, 6]
    items = ["1.东湖公园樱花进入最佳观赏期", "2.本周末全市气温将回升至二十度", "3.地铁五号线南延段下月试运行"]
    marks = {}
    headline_lists([TITLE, *NEWS, *items], marks)
    assert marks == {}


def test_a_sentence_wrapped_over_lines_under_the_text_is_no_list():
    wrapped = ["召开教代会，组织春节联欢会，开展送温暖，", "发放节日福利品和宣传门诊楼搬家情况等，", "拍摄宣传照片等工作（已做）."]
    marks: dict[int, str] = {}
    headline_lists([TITLE, *NEWS, *wrapped], marks)
    assert marks == {}


def test_a_sentence_broken_before_its_marks_under_the_text_is_no_list():
    # a copy that broke every sentence before its commas: each piece opens with the mark (seen on two sites' pages)
    broken = ["，两队队员你追我赶互不相让", "，啦啦队的加油声一浪高过一浪", "！”最后一局终于分出了胜负", "、后勤组获得并列第二名"]
    marks: dict[int, str] = {}
    headline_lists([TITLE, *NEWS, *broken], marks)
    assert marks == {}
    marks = {}
    headline_lists([TITLE, *NEWS, *OTHER[:3]], marks)  # another item's headlines still go
    assert sorted(marks) == [4, 5, 6]


# ---------------------------------------------------------------- a related-reading heading fused to a title


def test_a_related_heading_fused_to_the_title_cuts_the_tail_under_it():
    fused = "柳岸镇中心小学2024年工会工作计划的延伸阅读——计划的写法"
    tips = "写计划要注意三条：目标明确，措施具体，时间清楚。"
    lines = ["柳岸镇中心小学2024年工会工作计划", *NEWS, fused, tips]
    marks: dict[int, str] = {}
    fused_related(lines, marks)
    assert marks == {4: "related", 5: "related_tail"}


def test_a_fused_heading_over_more_text_than_above_it_only_goes_itself():
    fused = "柳岸镇中心小学2024年工会工作计划的延伸阅读"
    lines = ["柳岸镇中心小学2024年工会工作计划", NEWS[0], fused, *NEWS[1:], *NEWS]
    marks: dict[int, str] = {}
    fused_related(lines, marks)
    assert marks == {2: "related"}


def test_a_line_naming_reading_in_the_text_is_no_fused_heading():
    marks: dict[int, str] = {}
    fused_related([TITLE, NEWS[0], "开展职工读书活动的延伸阅读", *NEWS[1:]], marks)
    assert marks == {}


# ---------------------------------------------------------------- crumbs and menu words


def test_crumbs_without_separators():
    for line in ("首页 新闻中心 校园动态", "您现在的位置首页工会之窗", "首页 > 述职报告", "您当前的位置：首页 工会新闻 工会新闻"):
        assert form_feature(line) == "breadcrumb", line
    for line in ("首页设计评比", "首页 新闻中心，校园动态", "首页改版后，工会栏目点击量上升。"):
        assert form_feature(line) != "breadcrumb", line


def test_a_crumb_is_taken_before_the_page_head_is_read():
    # the crumb ends in a genre word: taken first, the page's heading and the document's own title are told apart
    lines = ["首页 工作总结 工作总结报告", "工会工作总结与计划范文", "会员上传 分享", "更新时间：2023-12-20 10:15:31",
             "2023年工会工作总结", *NEWS]
    removed = _removed(lines)
    assert removed.get(lines[0]) == "breadcrumb" and lines[4] not in removed


def test_a_menus_words_under_the_text_to_the_pages_end_go():
    lines = [TITLE, *NEWS, "返回首页", "学校概况", "师资队伍", "招生信息"]
    removed = _removed(lines)
    assert [removed.get(w) for w in lines[-3:]] == ["menu_words"] * 3
    # not after a line of the text, nor when a word is the text's own, nor fewer than three
    for tail in (["学校概况", "师资队伍", "招生信息"], ["返回首页", "学校概况", "困难教职工", "招生信息"],
                 ["返回首页", "学校概况", "师资队伍"][:2]):
        marks: dict[int, str] = {}
        lines = [TITLE, *NEWS, *tail]
        marks = {k: "actions" for k, s in enumerate(lines) if s == "返回首页"}
        column_words(lines, marks)
        assert not [v for v in marks.values() if v == "menu_words"], tail
