"""Round 18 (issue 12, branch chrome10): the edge features widened by their evidence, after reading every chrome
line real sets 9 and 10 left. Every fixture is invented; each shape was seen on several pages."""

from __future__ import annotations

from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.chrome.edges import column_words, ranking_rows
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.headlines import headline_lists, title_copies
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.chrome.widgets import widget_line
from unionmine.documents.repairs import undouble_line

TITLE = "桂香满园——青禾镇第二小学工会开展中秋慰问活动"
NEWS = ["九月二十日下午，青禾镇第二小学工会主席带领工会委员走访慰问了八名退休教师，送去月饼和慰问金。",
        "每到一户，慰问组都仔细询问老教师的身体状况和生活情况，感谢他们多年来为学校发展作出的贡献。",
        "工会主席表示，学校工会将持续关心退休教职工的生活，让老教师们感受到学校大家庭的温暖。"]


# ---------------------------------------------------------------- headline runs under the text


def test_an_exclaiming_headline_long_enough_for_a_paragraph_does_not_end_the_text():
    others = ["两个一等奖！我校青年教师斩获市赛佳绩", "本周五，相约运动场！教职工趣味运动会邀你参加",
              "文化馆 × 工会 | 经典话剧《春山》邀您免费观看，名额有限先到先得！", "寻找校园好声音！教工歌手大赛报名开始"]
    marks: dict[int, str] = {}
    headline_lists([TITLE, *NEWS, *others], marks)
    assert sorted(marks) == [4, 5, 6, 7]


def test_a_short_closing_line_of_the_text_is_no_list():
    closing = ["让我们携手同行，共创美好明天！"]
    marks: dict[int, str] = {}
    headline_lists([TITLE, *NEWS, *closing], marks)
    assert marks == {}


# ---------------------------------------------------------------- menu words above the text


def test_a_menus_bare_words_over_the_first_paragraph_under_chrome_are_chrome():
    lines = ["网站首页 | 工会概况 | 工作动态", "工会新闻", "权益保障", "职工之家", "下载专区", *NEWS]
    marks = {0: "link_bar"}
    column_words(lines, marks)
    assert marks == {0: "link_bar", 1: "menu_words", 2: "menu_words", 3: "menu_words", 4: "menu_words"}


def test_bare_words_above_the_text_stay_without_chrome_over_them_or_when_the_text_holds_them():
    marks: dict[int, str] = {}
    column_words(["工会新闻", "权益保障", "职工之家", *NEWS], marks)
    assert marks == {}
    marks = {0: "link_bar"}
    column_words(["网站首页 | 工会概况", "慰问组", "老教师", "工会委员", *NEWS], marks)  # the text's own words
    assert marks == {0: "link_bar"}


# ---------------------------------------------------------------- credits, widgets, fields


def test_credits_with_pinyin_with_a_space_a_reporting_role_or_a_name_in_brackets():
    for line in ("公司工会(huì ) 周小梅/报道", "厂工会 李文斌 报道", "（韩雪松）", "（新媒体责编：李芳）"):
        assert credit_line(line) or line_feature(line) == "meta", line
    for line in ("（周小梅）老师在会上发言。", "（一）", "工会活动报道"):
        assert not credit_line(line), line


def test_engagement_buttons_and_empty_fields_are_widgets_but_sentences_are_not():
    for line in ("点赞、在看、转发扩散！", "收藏 分享", "今天是： 今日天气："):
        assert widget_line(line), line
    for line in ("欢迎老师们积极参与。", "分享会", "时间：3月8日 地点：会议室"):
        assert not widget_line(line), line


def test_disclosure_card_and_department_fields_are_meta():
    for line in ("索引号：11330000A00000000X/2023-000001 文件编号：", "公开方式：主动公开 公开范围：面向全社会",
                 "发布部门：工会", "首 页 工会概况 工作动态 政策法规 下载专区"):
        assert line_feature(line) in ("meta", "link_bar"), line


def test_a_posted_date_with_its_column_above_the_text_and_a_sites_disclaimer():
    lines = [TITLE, "2023-09-21 工作动态", *NEWS, "1、凡本网注明“来源：青禾教育”的作品，转载请联系授权",
             "2、部分稿件转自其他媒体，转载目的在于传递更多信息，不代表本网赞同其观点"]
    assert {lines[i] for i in find_chrome(lines).removed} == {"2023-09-21 工作动态", "1、凡本网注明“来源：青禾教育”的作品，转载请联系授权",
                            "2、部分稿件转自其他媒体，转载目的在于传递更多信息，不代表本网赞同其观点"}


def test_a_news_opening_naming_this_site_stays():
    lines = [TITLE, "本网讯（通讯员 周小梅）九月二十日下午，青禾镇第二小学工会走访慰问了八名退休教师。", *NEWS[1:]]
    assert 1 not in find_chrome(lines).removed


# ---------------------------------------------------------------- a ranking table, a title's copy


def test_a_ranked_table_under_the_text_is_a_leaderboard_with_its_header():
    rows = ["部门 | 发稿数 | |", "1 | 办公室 | 15 |", "2 | 教务处 | 12 |", "3 | 后勤处 | 12 |", "4 | 团委 | 7 |"]
    marks: dict[int, str] = {}
    ranking_rows([TITLE, *NEWS, *rows], marks)
    assert sorted(marks) == [4, 5, 6, 7, 8]


def test_a_documents_own_table_is_not_ranked():
    rows = ["序号 | 项目 | 人数 |", "1 | 拔河比赛 | 40 |", "2 | 羽毛球赛 | 56 |", "3 | 健步走 | 120 |"]
    marks: dict[int, str] = {}
    ranking_rows([TITLE, *NEWS, *rows], marks)
    assert marks == {}
    rows = ["1 | 张小红 | 优秀工会干部 |", "2 | 王大明 | 优秀会员 |", "3 | 李青 | 优秀会员 |"]
    ranking_rows([TITLE, *NEWS, *rows], marks)
    assert marks == {}


def test_a_sites_copy_of_the_title_over_it_goes_and_the_title_nearest_the_text_stays():
    lines = ["中学工会工作总结2024", "2024年中学工会工作总结", *NEWS]
    marks: dict[int, str] = {}
    title_copies(lines, marks)
    assert marks == {0: "title_copy"}
    lines = ["中学2023年工会工作总结", "中学xx年工会工作总结", *NEWS]
    marks = {}
    title_copies(lines, marks)
    assert marks == {0: "title_copy"}
    marks = {}
    title_copies(["2024年中学工会工作总结", "2024年中学工会工作计划", *NEWS], marks)  # two documents' titles
    assert marks == {}


# ---------------------------------------------------------------- a table row is not doubled text


def test_equal_neighbouring_cells_of_a_table_row_stay():
    assert undouble_line("全体教职工 全体教职工 部分教职工 |") == "全体教职工 全体教职工 部分教职工 |"
    assert undouble_line("全体教职工全体教职工部分教职工部分教职工") == "全体教职工部分教职工"


# ---------------------------------------------------------------- a site's prompt words inside a report


def test_a_report_that_tells_how_staff_scanned_a_code_keeps_its_line():
    # seen on a set-11 page (a workers' station opened by a street union) and phrased anew: the report of an
    # event may say that people scan a code or follow an account; only a line that tells nothing else is a prompt
    told = ("新建成的职工爱心小屋里，沙发、热水壶和急救箱样样齐全。快递小哥和保洁阿姨刷手机扫码即可开门，小屋"
            "昼夜开放。“以后送件间隙也有地方歇歇脚了。”一位快递员笑着说。")
    assert line_feature(told) is None
    quiz = "活动期间，全体会员关注工会公众号参与答题，共有三百一十二人次参加。获奖名单将在下周公布。"
    assert line_feature(quiz) is None
    for prompt in ("扫码关注公众号，免费阅读全文", "长按二维码，扫一扫关注我们", "微信扫一扫，免费阅读更多范文。"):
        assert line_feature(prompt) == "download_ad", prompt
