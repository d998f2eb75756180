"""Round 24 (issue 12, chrome, titles and years): a site's media channels as link labels, a document site's repost
notice, a view counter glued to the page's copy of its headline, a column's name closing the page, bracketed credits
of joined roles, a 概要 summary box, a slogan over its subtitle, a headline's exclamation marks, the event's own time.
Every fixture is invented; each shape was seen on real pages of two or more sites, and each rule has its near misses
(a sentence naming a channel, a compilation's numbered titles, a year after a title, a salutation, a mail's field)."""

from __future__ import annotations

# the round 23 fixtures: an invented headline, its three paragraphs, the cleaner's text of a page
from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.chrome.site_marks import channel_line, closing_column, unglue_counters


def test_a_line_of_the_sites_own_channels_is_chrome():
    for line in ("官方微博", "官方微信", "网站群", "微信矩阵", "官方抖音 | 视频号", "学校官方微博", "新媒体矩阵"):
        assert channel_line(line), line
    for lines in ([TITLE, *TEXT, "官方微博", "官方微信"], ["网站群", "微信矩阵", TITLE, *TEXT], ["網站群", "微信矩陣", TITLE, *TEXT]):
        cleaned = _cleaned(lines)
        assert not any(w in cleaned for w in ("官方微", "网站群", "網站群", "矩阵", "矩陣")), lines
        assert all(t in cleaned for t in TEXT)
    # a sentence or a heading that names a channel is text
    for line in ("在学校官方微信开设“工会之声”专栏，全年发布稿件48篇。", "（三）用好官方微博和微信矩阵", "微信公众号建设情况",
                 "官方微博粉丝突破一万"):
        assert not channel_line(line) and form_feature(line) is None, line
    cleaned = _cleaned([TITLE, TEXT[0], "（三）用好官方微博和微信矩阵", TEXT[1]])
    assert "（三）用好官方微博和微信矩阵" in cleaned


def test_a_document_sites_repost_notice_is_chrome():
    line = f"{TITLE} 0 来自青禾文档网m.example.com转载请标明出处."
    assert line_feature(line) == "copyright"
    cleaned = _cleaned([TITLE, *TEXT, line])
    assert "转载" not in cleaned and all(t in cleaned for t in TEXT)
    assert line_feature("本文来自青禾博客，转载请注明出处") == "copyright"
    assert line_feature("工会会员标明身份后可以免费参观。") is None


def test_a_view_counter_glued_to_the_headlines_copy_goes():
    page = ["青禾信息网 > 本地新闻 > 正文", TITLE, "2010-12-31 20:57 来源：青禾信息网  收藏  举报", f"{TITLE} 0", *TEXT]
    assert unglue_counters(page)[3] == TITLE
    cleaned = _cleaned(page)
    assert cleaned.splitlines()[0] == TITLE and f"{TITLE} 0" not in cleaned and all(t in cleaned for t in TEXT)
    assert unglue_counters([TITLE, "浏览：12", f"{TITLE} 12", *TEXT])[2] == TITLE


def test_numbers_that_are_no_counter_stay():
    # a compilation's numbered titles under its heading
    heading = "青禾小学工会工作总结"
    page = [heading, f"{heading} 1", TEXT[0], f"{heading} 2", TEXT[1]]
    assert unglue_counters(page) == page
    page = [heading, f"{heading} 1", TEXT[0], f"{heading}2", TEXT[1]]
    assert unglue_counters(page) == page
    # a year after the title, a number with no clean copy above, a short label
    for page in ([heading, f"{heading} 2023", *TEXT], [f"{TITLE} 0", *TEXT], ["第二期", "第二期 2", *TEXT],
                 [TITLE, *TEXT, "小组", f"{TITLE} 3"]):
        assert unglue_counters(page) == page, page


# ---------------------------------------------------------------- a slogan over its subtitle is the title's own


def test_a_bracketed_slogan_of_two_phrases_is_no_column_tag():
    from unionmine.documents.title_additions import drop_site_additions

    for title in ("【知识百变 乐趣无限】——青禾幼儿园工会开展教职工趣味知识竞赛活动",
                  "【凝心聚力，共创佳绩】青禾中学工会举办教职工运动会"):
        assert drop_site_additions(title) == title, title
    # a column or issue tag is one name: it goes (ruling c)
    for title, expected in (("【学院动态】我校召开2021年工会工作总结表彰大会", "我校召开2021年工会工作总结表彰大会"),
                            ("【2023第1期】青禾中学工会工作简报", "青禾中学工会工作简报"),
                            ("【三届二次会议】工会工作报告", "工会工作报告")):
        assert drop_site_additions(title) == expected, title


def test_a_slogan_over_a_dash_subtitle_on_top_of_the_text_stays():
    from unionmine.documents.titles import choose_title

    slogan = "我运动我健康 我工作我快乐"
    page = ["首页 >> 校园快讯 >> " + slogan, "详细内容", slogan, "—青禾中学成功举办教工迎新拔河比赛", *TEXT]
    cleaned = _cleaned(page)
    assert slogan in cleaned and "详细内容" not in cleaned and all(t in cleaned for t in TEXT)
    assert choose_title(None, cleaned)[0] == slogan
    # near miss: with no dash under it, a short line two above the text is still the site's
    cleaned = _cleaned(["首页 >> 校园快讯", "详细内容", "青禾中学举办教工迎新拔河比赛", *TEXT])
    assert "详细内容" not in cleaned


# ---------------------------------------------------------------- a column's name closing the page


def test_a_columns_name_closing_the_page_is_chrome():
    for last in ("新闻热点", "最新动态", "工会要闻"):
        cleaned = _cleaned([TITLE, *TEXT, last])
        assert last not in cleaned and all(t in cleaned for t in TEXT), last
    # with only chrome under it
    cleaned = _cleaned([TITLE, *TEXT, "最新动态", "版权所有：青禾镇第二小学"])
    assert "最新动态" not in cleaned
    # near misses: the text's own closing lines, a page of no text, a column's name over the text (not this rule's)
    for page in ([TITLE, *TEXT, "青禾镇第二小学工会"], [TITLE, *TEXT, "工作通知"], [TITLE, "最新动态"]):
        assert page[-1] in _cleaned(page), page
    lines = ["新闻动态", TITLE, *TEXT]
    marks = {}
    closing_column(lines, marks)
    assert marks == {}


def test_a_bracketed_credit_of_joined_roles_and_a_unit_is_a_by_line():
    for line in ("(文、图/德育处提供)", "（文、图/青禾小学工会提供）", "(图/校工会供图)"):
        assert form_feature(line) == "byline", line
        cleaned = _cleaned([TITLE, *TEXT, line])
        assert line not in cleaned and all(t in cleaned for t in TEXT), line
    # a photo's caption crediting a unit is body (ruling e); a sentence saying who provided something is text
    for line in ("图为会议现场。青禾镇总工会供图", "德育处提供", "(图片由德育处提供)", "活动场地由德育处提供。"):
        assert form_feature(line) is None, line


# ---------------------------------------------------------------- the event's time in the text dates it


def test_the_events_time_field_dates_a_text_that_states_no_other_year():
    from unionmine.documents.describe import find_year
    from unionmine.documents.news import time_field_year

    notice = ("青禾学院机关各工会小组：\n为庆祝“三八”国际劳动妇女节，现将读书分享活动有关事项通知如下。\n"
              "一、活动安排\n1.时间：2025年3月7日（星期五）下午3:00\n2.地点：图书馆报告厅")
    assert find_year("", notice)[0] == 2025
    news = ("为丰富职工业余生活，青禾学院后勤分工会举办第一届职工羽毛球赛。\n"
            "比赛采取自愿报名，分男女两大组循环比赛。比赛时间为2018年4月2日—4月27日，每日中午进行。")
    assert find_year("后勤分工会成功举办第一届职工羽毛球赛", news, news=True)[0] == 2018
    # near misses: a mail's or a page's field, two years in the time clauses, a time with no year
    for text in ("发送时间：2024年12月30日 16:42\n各位老师：\n附件是本学期的活动照片，请查收。",
                 "发布时间：2019年11月29日\n青禾学院工会举办教职工趣味运动会，老师们踊跃参加。",
                 "一、时间：2023年12月30日\n二、时间：2024年1月6日\n三、地点：体育馆",
                 "时间：3月7日下午3:00\n地点：图书馆报告厅"):
        assert time_field_year(text, 1990, 2030)[0] is None, text


# ---------------------------------------------------------------- a headline with exclamation marks


def test_a_headline_with_exclamation_marks_is_the_title():
    from unionmine.documents.titles import choose_title

    for head in ("春风暖、谋新篇！和青禾工会一起逐梦“一流”！", "喜讯！青禾镇第二小学工会荣获模范职工之家称号"):
        text = "\n".join([head, "实干开新局 建功新时代", *TEXT])
        assert choose_title(None, text)[0] == head, head
    # near misses: a salutation, a line with a question or a full stop, a line of three exclamations
    from unionmine.documents.title_additions import exclaimed_headline

    for first in ("同志们！", "今年，工会准备怎么干？这场会议告诉你！", "活动结束了。老师们纷纷表示收获满满！",
                  "加油！加油！青禾镇第二小学工会加油！"):
        assert exclaimed_headline(first) == first, first
    assert choose_title(None, "\n".join(["同志们！", *TEXT]))[0] != "同志们！"


def test_a_sites_summary_labelled_gaiyao_over_the_text_is_chrome():
    line = "概要：为丰富教职工的文化生活，青禾镇第二小学工会于四月中旬举办教职工书画比赛……"
    cleaned = _cleaned([line, TITLE, *TEXT])
    assert "概要" not in cleaned and all(t in cleaned for t in TEXT)
    # under the text's first paragraph, a 概要 line is the text's own
    own = "概要：本次比赛共评出一等奖三名、二等奖五名、三等奖八名，获奖作品将在校内展出。"
    cleaned = _cleaned([TITLE, *TEXT[:2], own, TEXT[2]])
    assert own in cleaned
